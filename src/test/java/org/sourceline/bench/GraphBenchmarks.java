package org.sourceline.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the graph benchmarks (group "layout") and prints their table, until the suite's own
 * command registers them. Headless by default (Monocle, software rendering), as in the tests:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.sourceline.bench.GraphBenchmarks
 * </pre>
 */
public final class GraphBenchmarks {
    private GraphBenchmarks() {
    }

    /** The graph benchmarks, in the order the suite should list them. */
    public static List<Benchmark> all() {
        return List.of(
                GraphLayoutBenchmark.small(),
                GraphLayoutBenchmark.large(),
                new JGraphTLayoutBenchmark(200, 1_000),
                new JGraphTLayoutBenchmark(2_000, 20_000),
                GraphRedrawBenchmark.bundled(GraphRedrawBenchmark.Kind.HOVER),
                GraphRedrawBenchmark.bundled(GraphRedrawBenchmark.Kind.FULL),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.HOVER),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.FULL),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.HOVER, 2_000, 20_000, 1280, 800),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.FULL, 2_000, 20_000, 1280, 800));
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new BenchmarkRunner(out).runAll(all());
        javafx.application.Platform.exit();
    }
}
