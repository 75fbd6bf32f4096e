package org.sourceline.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs benchmarks with warm-up and repeated iterations and prints a markdown table of medians:
 * time and peak heap, each against its target, and the ratio to a baseline where one is named.
 * Each benchmark runs in this JVM or, through an {@link Executor} such as {@link ForkedJvm}, in
 * a fresh one.
 */
public final class BenchmarkRunner {
    /**
     * Figures of one benchmark: medians over the iterations, and the very first run (cold: the
     * JIT compiler has not yet compiled the code, as when a user opens one file). Heap figures (see {@link HeapMeter})
     * are -1 when unknown: {@code peakHeapBytes} the live peak, {@code usedHeapBytes} the pools' peak
     * usage, garbage included.
     */
    public record Result(Benchmark benchmark, double medianMillis, double minMillis, double maxMillis,
                         double firstMillis, long peakHeapBytes, long usedHeapBytes, String remark) {
        public boolean meetsTimeTarget() {
            return Double.isNaN(benchmark.targetMillis()) || medianMillis <= benchmark.targetMillis();
        }

        public boolean meetsHeapTarget() {
            return Double.isNaN(benchmark.targetHeapMegabytes()) || peakHeapBytes < 0
                    || peakHeapBytes <= benchmark.targetHeapMegabytes() * (1 << 20);
        }

        public boolean meetsTarget() {
            return meetsTimeTarget() && meetsHeapTarget();
        }
    }

    /** Runs one benchmark somewhere and returns its figures. */
    @FunctionalInterface
    public interface Executor {
        Result run(Benchmark benchmark) throws Exception;
    }

    private final PrintWriter out;
    private int warmupsOverride = -1;
    private int iterationsOverride = -1;
    private int skipped;

    public BenchmarkRunner(PrintWriter out) {
        this.out = out;
    }

    /** Overrides every benchmark's warm-up and iteration counts (negative: keep them). */
    public BenchmarkRunner withCounts(int warmups, int iterations) {
        this.warmupsOverride = warmups;
        this.iterationsOverride = iterations;
        return this;
    }

    /**
     * Runs one benchmark in this JVM: set-up, warm-up, then timed iterations, each after a full
     * GC and with the heap pools' peak usage reset, so the peak is that iteration's own.
     */
    public Result run(Benchmark benchmark) throws Exception {
        benchmark.setUp();
        try (HeapMeter heap = new HeapMeter()) {
            int warmups = warmupsOverride >= 0 ? warmupsOverride : benchmark.warmups();
            int iterations = Math.max(1, iterationsOverride >= 0 ? iterationsOverride : benchmark.iterations());
            double first = Double.NaN;
            for (int i = 0; i < warmups; i++) {
                if (i > 0) {
                    // As before every timed run: a warm-up that finds the last one's result (an
                    // undo with nothing left to undo) would warm nothing up.
                    benchmark.clear();
                }
                long start = System.nanoTime();
                benchmark.run();
                if (i == 0) {
                    first = timeOf(benchmark, start);
                }
            }
            double[] times = new double[iterations];
            long[] peaks = new long[iterations];
            long[] used = new long[iterations];
            for (int i = 0; i < times.length; i++) {
                benchmark.clear();
                System.gc();
                Thread.sleep(50); // let the collector's notifications of that GC arrive before the reset
                heap.reset();
                long start = System.nanoTime();
                benchmark.run();
                times[i] = timeOf(benchmark, start);
                if (Double.isNaN(first)) {
                    first = times[i];
                }
                long[] figures = heap.stop();
                peaks[i] = figures[0];
                used[i] = figures[1];
            }
            Arrays.sort(times);
            Arrays.sort(peaks);
            Arrays.sort(used);
            return new Result(benchmark, median(times), times[0], times[times.length - 1], first, peaks[peaks.length / 2],
                    used[used.length / 2], benchmark.remark());
        } finally {
            benchmark.tearDown();
        }
    }

    /** The benchmark's own measure of its last run, or the time since {@code start}. */
    private static double timeOf(Benchmark benchmark, long start) {
        double elapsed = (System.nanoTime() - start) / 1e6;
        double own = benchmark.lastRunMillis();
        return Double.isNaN(own) ? elapsed : own;
    }

    private static double median(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Runs the benchmarks in this JVM, printing the table as results come in. */
    public List<Result> runAll(List<? extends Benchmark> benchmarks) throws Exception {
        return runAll(benchmarks, this::run);
    }

    /** How many benchmarks {@link #runAll} skipped because they could not run here (see {@link Benchmark#unavailable()}). */
    public int skipped() {
        return skipped;
    }

    /** Runs the benchmarks with an executor, printing the table as results come in. */
    public List<Result> runAll(List<? extends Benchmark> benchmarks, Executor executor) throws Exception {
        List<Result> results = new ArrayList<>();
        Map<String, Result> byId = new HashMap<>();
        printHeader();
        for (Benchmark benchmark : benchmarks) {
            String unavailable = benchmark.unavailable();
            if (unavailable != null) {
                skipped++;
                out.printf(Locale.ROOT, "| %s | %s | skipped | | %s | | | | %s |%n", benchmark.group(), benchmark.name(),
                        Double.isNaN(benchmark.targetMillis()) ? "" : "≤ " + millis(benchmark.targetMillis()),
                        unavailable.replaceAll("[|\\r\\n]", " "));
                out.flush();
                continue;
            }
            Result result;
            try {
                result = executor.run(benchmark);
            } catch (Exception | OutOfMemoryError e) {
                // One failure (out of memory at 1M, a crash in a fork) is a row of the table, not the end of it.
                out.printf(Locale.ROOT, "| %s | %s | failed | | | | | **no** | %s |%n", benchmark.group(), benchmark.name(),
                        (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("[|\\r\\n]", " "));
                out.flush();
                continue;
            }
            results.add(result);
            byId.put(benchmark.id(), result);
            printRow(result, byId.get(benchmark.baseline()));
        }
        return results;
    }

    public void printHeader() {
        out.println("| group | benchmark | median | min – max | target | heap: live peak | heap: used peak | met | remark |");
        out.println("|---|---|---:|---:|---:|---:|---:|:---:|---|");
        out.flush();
    }

    /** One table row; {@code baseline} (or null) gives the "× floor" ratio. */
    public void printRow(Result r, Result baseline) {
        Benchmark b = r.benchmark();
        List<String> targets = new ArrayList<>();
        if (!Double.isNaN(b.targetMillis())) {
            targets.add("≤ " + millis(b.targetMillis()));
        }
        if (!Double.isNaN(b.targetHeapMegabytes())) {
            targets.add("≤ " + megabytes((long) (b.targetHeapMegabytes() * (1 << 20))) + " heap");
        }
        boolean hasTarget = !targets.isEmpty();
        String met = hasTarget ? (r.meetsTarget() ? "yes" : "**no**") : "";
        List<String> remarks = new ArrayList<>();
        if (baseline != null && baseline.medianMillis() > 0) {
            remarks.add(String.format(Locale.ROOT, "%.1f× %s", r.medianMillis() / baseline.medianMillis(),
                    baseline.benchmark().name().replaceAll(",.*", "")));
        }
        if (!Double.isNaN(r.firstMillis())) {
            remarks.add("first run " + millis(r.firstMillis()));
        }
        if (!r.remark().isEmpty()) {
            remarks.add(r.remark());
        }
        out.printf(Locale.ROOT, "| %s | %s | %s | %s – %s | %s | %s | %s | %s | %s |%n", b.group(), b.name(),
                millis(r.medianMillis()), millis(r.minMillis()), millis(r.maxMillis()), String.join(", ", targets),
                r.peakHeapBytes() < 0 ? "" : megabytes(r.peakHeapBytes()),
                r.usedHeapBytes() < 0 ? "" : megabytes(r.usedHeapBytes()), met, String.join("; ", remarks));
        out.flush();
    }

    /** "12.3 ms" below a tenth of a second, "123 ms" below ten seconds, else "12.3 s". */
    public static String millis(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** "812 MB", "1.21 GB" (binary units: 2^20, 2^30 bytes). */
    public static String megabytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (double) (1 << 20)));
    }

    // ----- results across JVMs ---------------------------------------------------------------

    private static final String RESULT_PREFIX = "@result\t";

    /** A result as one line a parent JVM can read back with {@link #decode}. */
    public static String encode(Result r) {
        return RESULT_PREFIX + r.benchmark().id().replace('\t', ' ') + "\t" + r.medianMillis() + "\t" + r.minMillis()
                + "\t" + r.maxMillis() + "\t" + r.firstMillis() + "\t" + r.peakHeapBytes() + "\t" + r.usedHeapBytes() + "\t" + r.remark().replaceAll("[\\t\\r\\n]", " ");
    }

    /** Reads a line written by {@link #encode} for {@code benchmark}; null when the line is not one. */
    public static Result decode(String line, Benchmark benchmark) {
        if (!line.startsWith(RESULT_PREFIX)) {
            return null;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 9 || !f[1].equals(benchmark.id().replace('\t', ' '))) {
            return null;
        }
        return new Result(benchmark, Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), f[8]);
    }
}
