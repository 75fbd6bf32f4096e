package org.sourceline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each benchmark in a fresh JVM (same Java, same class path, given heap options), so that
 * time and peak heap are not coloured by what ran before: no warm JIT from another benchmark,
 * no garbage left over. The child runs {@code Main <childArgs> <benchmark id>} and prints its
 * result as one line ({@link BenchmarkRunner#encode}); its other output goes to our stderr.
 */
public final class ForkedJvm implements BenchmarkRunner.Executor {
    private final List<String> jvmOptions;
    private final List<String> childArgs;

    /**
     * @param jvmOptions e.g. {@code -Xmx2g}
     * @param childArgs  arguments for {@code org.sourceline.Main} that make it run one benchmark,
     *                   the benchmark's id being appended
     */
    public ForkedJvm(List<String> jvmOptions, List<String> childArgs) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.childArgs = List.copyOf(childArgs);
    }

    /**
     * The command line that runs {@code sourceline ARGS} in a fresh JVM: this JVM's {@code java},
     * the given options (e.g. {@code -Xmx64m}) and this class path.
     */
    public static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.sourceline.Main");
        command.addAll(args);
        return command;
    }

    @Override
    public BenchmarkRunner.Result run(Benchmark benchmark) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(childArgs);
        arguments.add(benchmark.id());
        List<String> command = command(jvmOptions, arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BenchmarkRunner.Result result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                BenchmarkRunner.Result decoded = BenchmarkRunner.decode(line, benchmark);
                if (decoded != null) {
                    result = decoded;
                } else {
                    System.err.println(line);
                }
            }
        }
        int exit = process.waitFor();
        if (result == null) {
            throw new IOException("the JVM running \"" + benchmark.id() + "\" ended (exit " + exit + ") without a result");
        }
        return result;
    }
}
