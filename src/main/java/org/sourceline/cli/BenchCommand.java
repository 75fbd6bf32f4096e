package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourceline.bench.BenchData;
import org.sourceline.bench.Benchmark;
import org.sourceline.bench.BenchmarkRunner;
import org.sourceline.bench.BenchmarkSuite;
import org.sourceline.bench.ForkedJvm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sourceline bench}: runs the benchmark suite and prints a markdown table of medians.
 * Each benchmark runs in a fresh JVM with the given heap (default {@code -Xmx2g}), on datasets
 * generated once and cached.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Runs the benchmark suite (warm-up, several iterations, each benchmark in a fresh JVM) and "
                + "prints a markdown table of medians: time and peak heap against the targets.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every benchmark ran (targets met or not: see the table)", "1:a benchmark failed",
            "2:usage error"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "small sizes only (load 10k and 100k, filter 100k)")
    boolean quick;

    @Option(names = "--only", paramLabel = "GROUP", split = ",",
            description = "run only these groups: ${COMPLETION-CANDIDATES}", completionCandidates = GroupNames.class)
    List<String> only = new ArrayList<>();

    @Option(names = "--sizes", paramLabel = "N", split = ",", description = "event counts to measure instead of the defaults")
    List<Integer> sizes;

    @Option(names = "--data", paramLabel = "DIR", description = "cache folder for generated datasets "
            + "(default: target/bench-data, or sourceline-bench in the temp folder)")
    Path data;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "2g", description = "heap of each forked JVM (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--no-fork", description = "run everything in this JVM (figures less clean)")
    boolean noFork;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "-1", description = "warm-up runs instead of each benchmark's own")
    int warmups;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "-1", description = "timed runs instead of each benchmark's own")
    int iterations;

    /** Set in a forked JVM: run this one benchmark and print its result line. */
    @Option(names = "--child", hidden = true, paramLabel = "ID")
    String child;

    /** The machine's 1-minute load average (other work competing for the cores), "unknown" where the OS does not say. */
    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", load);
    }

    static final class GroupNames extends ArrayList<String> {
        GroupNames() {
            super(BenchmarkSuite.groupNames());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String group : only) {
            if (!BenchmarkSuite.groupNames().contains(group)) {
                err.println("sourceline bench: unknown group \"" + group + "\" (groups: "
                        + String.join(", ", BenchmarkSuite.groupNames()) + ")");
                return 2;
            }
        }
        if (sizes != null && sizes.stream().anyMatch(n -> n < 1)) {
            err.println("sourceline bench: --sizes must be positive event counts");
            return 2;
        }
        if (!xmx.matches("\\d+[kKmMgG]?")) {
            err.println("sourceline bench: --xmx must be a heap size such as 2g or 1536m, not \"" + xmx + "\"");
            return 2;
        }
        BenchData benchData = new BenchData(data != null ? data : BenchData.defaultFolder(), seed,
                sizes != null ? sizes : quick ? BenchData.QUICK_LOAD_SIZES : BenchData.LOAD_SIZES,
                sizes != null ? sizes : quick ? BenchData.QUICK_FILTER_SIZES : BenchData.FILTER_SIZES);
        List<Benchmark> benchmarks = BenchmarkSuite.benchmarks(benchData, only);
        BenchmarkRunner runner = new BenchmarkRunner(out).withCounts(warmups, iterations);
        if (child != null) {
            Benchmark benchmark = benchmarks.stream().filter(b -> b.id().equals(child)).findFirst().orElse(null);
            if (benchmark == null) {
                err.println("sourceline bench: no benchmark \"" + child + "\"");
                return 2;
            }
            out.println(BenchmarkRunner.encode(runner.run(benchmark)));
            out.flush();
            return 0;
        }
        out.printf("Sourceline %s benchmarks · Java %s (%s) · %d cores, load %s · %s%n%n", org.sourceline.Version.get(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), loadAverage(),
                noFork ? "in one JVM, -Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m"
                        : "a fresh JVM per benchmark, -Xmx" + xmx);
        out.flush();
        List<BenchmarkRunner.Result> results;
        if (noFork) {
            results = runner.runAll(benchmarks);
        } else {
            List<String> childArgs = new ArrayList<>(List.of("bench", "--data", benchData.folder().toAbsolutePath().toString(),
                    "--seed", Long.toString(seed), "--warmups", Integer.toString(warmups),
                    "--iterations", Integer.toString(iterations)));
            if (sizes != null) {
                childArgs.add("--sizes");
                childArgs.add(String.join(",", sizes.stream().map(String::valueOf).toList()));
            } else if (quick) {
                childArgs.add("--quick");
            }
            childArgs.add("--child");
            results = runner.runAll(benchmarks, new ForkedJvm(List.of("-Xmx" + xmx), childArgs));
        }
        out.printf("%nMachine load (1-minute average) at the end: %s%n", loadAverage());
        out.flush();
        return results.size() + runner.skipped() == benchmarks.size() ? 0 : 1;
    }
}
