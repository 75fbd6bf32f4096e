package org.sourceline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.data.snapshot.SnapshotCache;

/**
 * Opening a big dataset in the app, to the first frame of the timeline drawn with it: a new
 * process runs {@code java -jar target/sourceline.jar FILE} with the open probe
 * ({@code sourceline.exitAfterFirstFrame}), which prints the time from the start of the open to
 * that frame. Cold: no snapshot (the cache folder is emptied before each run); warm: the snapshot
 * the app wrote after an earlier open is there. The app writes a snapshot before it quits, so
 * each cold run also leaves one (untimed).
 */
final class OpenBenchmark extends DatasetBenchmark {
    private static final long TIMEOUT_SECONDS = 900;

    private final boolean warm;
    private final List<Double> fromJvmStart = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();
    private boolean timedRun;
    private double lastOpening = Double.NaN;
    private SnapshotCache cache;

    OpenBenchmark(BenchData data, int events, boolean warm) {
        super(data, events);
        this.warm = warm;
    }

    /** Cold and warm, for the biggest load size. */
    static List<Benchmark> all(BenchData data) {
        int events = data.loadSizes().get(data.loadSizes().size() - 1);
        return List.of(new OpenBenchmark(data, events, false), new OpenBenchmark(data, events, true));
    }

    /** The snapshot folder the open benchmarks use (never the user's own cache). */
    static Path cacheFolder(BenchData data) {
        return data.folder().toAbsolutePath().resolve("snapshot-cache");
    }

    @Override
    public String group() {
        return "open";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "open to first timeline frame, %,d events, %s", events,
                warm ? "warm (snapshot present)" : "cold (no snapshot)");
    }

    @Override
    public double targetMillis() {
        if (events < 1_000_000) {
            return Double.NaN;
        }
        return warm ? 2_000 : 10_000;
    }

    private Path jar() {
        return StartupBenchmark.buildFolder().resolve("sourceline.jar");
    }

    @Override
    public String unavailable() {
        return Files.isRegularFile(jar()) ? null : "skipped: no " + jar() + " (build it with mvn package)";
    }

    @Override
    public void setUp() throws Exception {
        super.setUp();
        file = file.toAbsolutePath();
        cache = new SnapshotCache(cacheFolder(data), SnapshotCache.DEFAULT_MIN_BYTES, SnapshotCache.DEFAULT_MAX_BYTES);
        fromJvmStart.clear();
        cpu.clear();
        timedRun = false;
        if (warm && !Files.isRegularFile(cache.snapshotFile(file))) {
            // An open from JSON leaves the snapshot (the app finishes writing it before it quits).
            probe();
        }
    }

    @Override
    public void clear() {
        timedRun = true;
    }

    @Override
    public void run() throws IOException, InterruptedException {
        if (!warm) {
            cache.clear();
        } else if (!Files.isRegularFile(cache.snapshotFile(file))) {
            throw new IOException("no snapshot of " + file + " in " + cache.folder());
        }
        AppProbe.Frame frame = probe();
        // "dataset frame after N ms; opening took M ms; process CPU time C ms"
        String[] numbers = frame.line().replaceAll("[^0-9]+", " ").trim().split(" ");
        lastOpening = Double.parseDouble(numbers[1]);
        if (timedRun) {
            fromJvmStart.add(Double.parseDouble(numbers[0]));
            cpu.add(Double.parseDouble(numbers[2]));
        }
    }

    private AppProbe.Frame probe() throws IOException, InterruptedException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar().toString(),
                file.toString());
        return AppProbe.run(command, List.of("-D" + SnapshotCache.FOLDER_PROPERTY + "=" + cache.folder()),
                "dataset frame after ", "the dataset could not be opened", TIMEOUT_SECONDS);
    }

    @Override
    public double lastRunMillis() {
        return lastOpening;
    }

    @Override
    public int warmups() {
        return warm ? 1 : 0;
    }

    @Override
    public int iterations() {
        return 3;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    @Override
    public String remark() {
        String jvm = fromJvmStart.isEmpty() ? "" : "from JVM start " + BenchmarkRunner.millis(median(fromJvmStart))
                + ", process CPU time to the frame " + BenchmarkRunner.millis(median(cpu)) + " (medians); ";
        return jvm + "time from the open to the frame, in a fresh `java -jar` JVM (default heap)"
                + (org.sourceline.render.FxToolkit.isHeadless() ? ", headless" : "");
    }
}
