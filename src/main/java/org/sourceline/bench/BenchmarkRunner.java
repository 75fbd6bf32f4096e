package org.sourceline.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Runs benchmarks with warm-up and repeated iterations and prints a table of medians. */
public final class BenchmarkRunner {
    /** Figures of one benchmark. */
    public record Result(Benchmark benchmark, double medianMillis, double minMillis, double maxMillis, String remark) {
        public boolean meetsTarget() {
            return Double.isNaN(benchmark.targetMillis()) || medianMillis <= benchmark.targetMillis();
        }
    }

    private final PrintWriter out;

    public BenchmarkRunner(PrintWriter out) {
        this.out = out;
    }

    public Result run(Benchmark benchmark) throws Exception {
        benchmark.setUp();
        try {
            for (int i = 0; i < benchmark.warmups(); i++) {
                benchmark.run();
            }
            double[] times = new double[benchmark.iterations()];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                benchmark.run();
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double median = times.length % 2 == 1 ? times[times.length / 2]
                    : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
            return new Result(benchmark, median, times[0], times[times.length - 1], benchmark.remark());
        } finally {
            benchmark.tearDown();
        }
    }

    public List<Result> runAll(List<? extends Benchmark> benchmarks) throws Exception {
        List<Result> results = new ArrayList<>();
        printHeader();
        for (Benchmark benchmark : benchmarks) {
            Result result = run(benchmark);
            results.add(result);
            printRow(result);
        }
        return results;
    }

    public void printHeader() {
        out.println("| group | benchmark | median | min – max | target | met | remark |");
        out.println("|---|---|---:|---:|---:|:---:|---|");
        out.flush();
    }

    public void printRow(Result r) {
        Benchmark b = r.benchmark();
        String target = Double.isNaN(b.targetMillis()) ? "" : "≤ " + millis(b.targetMillis());
        String met = Double.isNaN(b.targetMillis()) ? "" : r.meetsTarget() ? "yes" : "**no**";
        out.printf(Locale.ROOT, "| %s | %s | %s | %s – %s | %s | %s | %s |%n", b.group(), b.name(), millis(r.medianMillis()),
                millis(r.minMillis()), millis(r.maxMillis()), target, met, r.remark());
        out.flush();
    }

    /** "12.3 ms" below ten seconds, else "12.3 s". */
    public static String millis(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
