package org.sourceline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the app in a new process with the {@code sourceline.exitAfterFirstFrame} switch (it
 * prints a line once a frame has been drawn and quits) and waits for that line. The JVM
 * properties reach every launcher alike through {@code JAVA_TOOL_OPTIONS}; without a display the
 * app runs headless, with its settings in a folder of the temp dir.
 */
final class AppProbe {
    /** The line the app printed and when, from process start. */
    record Frame(String line, double fromProcessStartMillis) {
        /** The first number in the line (milliseconds the app measured). */
        long firstNumber() {
            return Long.parseLong(line.replaceFirst("^\\D*(\\d+).*$", "$1"));
        }
    }

    private AppProbe() {
    }

    /** The properties every probe run gets, plus {@code extra} ({@code -Dname=value} each). */
    static String toolOptions(List<String> extra) {
        List<String> properties = new ArrayList<>(List.of("-Dsourceline.exitAfterFirstFrame=true",
                "-Dsourceline.config.dir=" + System.getProperty("java.io.tmpdir") + File.separator + "sourceline-bench-settings"));
        if (org.sourceline.render.FxToolkit.isHeadless()) {
            properties.add("-Dsourceline.headless=true");
        }
        properties.addAll(extra);
        return String.join(" ", properties);
    }

    /**
     * Runs {@code command} until it prints a line starting with {@code prefix} and quits cleanly.
     *
     * @throws IOException when it fails, prints {@code failure} or does not finish in time
     */
    static Frame run(List<String> command, List<String> properties, String prefix, String failure, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions(properties));
        long start = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Frame> frame = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(prefix) && !frame.isDone()) {
                        frame.complete(new Frame(line, (System.nanoTime() - start) / 1e6));
                    } else if (failure != null && line.startsWith(failure)) {
                        frame.completeExceptionally(new IOException(line + "\n" + output));
                    } else if (output.length() < 4000) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException | RuntimeException e) {
                frame.completeExceptionally(e);
            }
            frame.completeExceptionally(new IOException("the app ended without drawing a frame:\n" + output));
        }, "app-probe-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Frame result = frame.get(timeoutSeconds, TimeUnit.SECONDS);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IOException("the app did not quit after its first frame");
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
            if (process.exitValue() != 0) {
                throw new IOException("the app did not start cleanly (exit " + process.exitValue() + "):\n" + output);
            }
            return result;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no frame within " + timeoutSeconds + " s:\n" + output);
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
