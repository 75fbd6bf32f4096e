package org.sourceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sourceline.data.DatasetException;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.ReadResult;
import org.sourceline.data.merge.DatasetMerger;
import org.sourceline.data.merge.MergeNote;
import org.sourceline.data.merge.MergePlan;
import org.sourceline.model.Dataset;

/**
 * {@code sourceline merge} of two generated datasets, as the command does it: read both, plan
 * (match actors, rename, find likely duplicates), merge (keeping both of each pair) and write the
 * result with its article texts. Two cases: two different datasets (other seeds: other actors,
 * few matches), and a dataset with itself (every actor matched, every article kept once, every
 * event a likely duplicate of its copy), the hardest case for the duplicate search.
 */
final class MergeBenchmark implements Benchmark {
    /** Events in each dataset merged. */
    static final int EVENTS = 100_000;
    /** Articles in each: a hundred reports of a thousand events each. */
    static final int ARTICLES = 100;

    private final BenchData data;
    private final boolean self;
    private Path first;
    private Path second;
    private Path folder;
    private String remark = "";
    private final CpuClock cpu = new CpuClock();

    private MergeBenchmark(BenchData data, boolean self) {
        this.data = data;
        this.self = self;
    }

    static List<Benchmark> all(BenchData data) {
        return List.of(new MergeBenchmark(data, false), new MergeBenchmark(data, true));
    }

    @Override
    public String group() {
        return "merge";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "read, merge and write two %,d-event datasets (%d articles each), %s", EVENTS,
                ARTICLES, self ? "the same one twice" : "different seeds");
    }

    @Override
    public double targetMillis() {
        return 5_000;
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int iterations() {
        return 5;
    }

    @Override
    public void setUp() throws Exception {
        first = data.dataset(EVENTS, ARTICLES);
        second = self ? first : new BenchData(data.folder(), data.seed() + 1, data.loadSizes(), data.filterSizes())
                .dataset(EVENTS, ARTICLES);
        folder = Files.createTempDirectory("sourceline-merge-bench");
    }

    @Override
    public void run() throws Exception {
        long c0 = CpuClock.currentThread();
        long t0 = System.nanoTime();
        Dataset a = read(first);
        Dataset b = read(second);
        long c1 = CpuClock.currentThread();
        long t1 = System.nanoTime();
        MergePlan plan = DatasetMerger.plan(List.of(new DatasetMerger.Input("a", a), new DatasetMerger.Input("b", b)));
        long c2 = CpuClock.currentThread();
        long t2 = System.nanoTime();
        Dataset merged = plan.keepBoth(null).dataset();
        long c3 = CpuClock.currentThread();
        long t3 = System.nanoTime();
        new DatasetWriter().write(merged, folder.resolve("merged.json"));
        long c4 = CpuClock.currentThread();
        long t4 = System.nanoTime();
        cpu.add(c4 - c0);
        remark = String.format(Locale.ROOT, "wall: read %.0f ms, plan %.0f ms, merge %.0f ms, write %.0f ms; CPU of the "
                        + "merging thread: read %.0f ms, plan %.0f ms, merge %.0f ms, write %.0f ms; %,d actors matched, "
                        + "%,d likely duplicates; %,d events, %,d articles", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                (t3 - t2) / 1e6, (t4 - t3) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6, (c4 - c3) / 1e6,
                plan.notes(MergeNote.Kind.ACTOR_BY_ID).size() + plan.notes(MergeNote.Kind.ACTOR_BY_NAME).size(),
                plan.duplicates().size(), merged.events().size(), merged.articles().size());
    }

    private static Dataset read(Path file) throws DatasetException {
        ReadResult read = new DatasetReader().read(file);
        if (read.hasErrors()) {
            throw new DatasetException(read);
        }
        return read.dataset();
    }

    @Override
    public void tearDown() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Override
    public String remark() {
        return "CPU time median " + cpu.median(warmups()) + "; last run " + remark;
    }
}
