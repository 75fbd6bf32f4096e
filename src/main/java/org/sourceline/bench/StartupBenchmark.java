package org.sourceline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up to first frame: a new JVM launches the app on the bundled dataset and exits as soon
 * as the main window has been drawn once (the app's {@code sourceline.exitAfterFirstFrame}
 * switch). Timed from process start to exit, so JVM start, class loading, toolkit start, reading
 * the dataset and the first layout and paint all count. Without a display it runs headless.
 */
final class StartupBenchmark implements Benchmark {
    private long lastFrameMillis;

    @Override
    public String group() {
        return "startup";
    }

    @Override
    public String name() {
        return "start-up to first frame, bundled dataset";
    }

    @Override
    public double targetMillis() {
        return 2000;
    }

    @Override
    public void setUp() {
    }

    @Override
    public void run() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dsourceline.exitAfterFirstFrame=true");
        if (org.sourceline.render.FxToolkit.isHeadless()) {
            command.add("-Dsourceline.headless=true");
        }
        command.add("-Dsourceline.config.dir=" + System.getProperty("java.io.tmpdir") + "/sourceline-bench-settings");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.sourceline.Main");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("first frame after ")) {
                    lastFrameMillis = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("the app did not start cleanly (exit " + process.exitValue() + ")");
        }
    }

    @Override
    public String remark() {
        return "the JVM's own clock says the first frame came " + lastFrameMillis + " ms after it started";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int iterations() {
        return 5;
    }
}
