package org.sourceline.bench;

import java.io.PrintWriter;
import java.util.List;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;

/** Runs the redraw benchmark on synthetic data from the test helpers (a quick local check; not a test). */
public final class TimelineRedrawBenchmarkCheck {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int actors = Integer.parseInt(args.length > 1 ? args[1] : "200");
        Dataset dataset = TestDatasets.random(n, actors, 42);
        new BenchmarkRunner(new PrintWriter(System.out, true)).runAll(List.of(
                new TimelineRedrawBenchmark(n + " events, fit all", () -> dataset, 1.0, 33),
                new TimelineRedrawBenchmark(n + " events, 1% in view", () -> dataset, 0.01, 33),
                new TimelineRedrawBenchmark(n + " events, 0.05% in view", () -> dataset, 0.0005, 33)));
        System.exit(0);
    }
}
