package org.sourceline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every benchmark of Sourceline, by group: the one place where benchmarks are registered.
 *
 * <p>To add one: write a class implementing {@link Benchmark} (untimed work in {@code setUp},
 * one timed operation in {@code run}, a target where the issue sets one), and add it to its
 * group's method below, or add a group to {@link #GROUPS}. {@code sourceline bench} then runs
 * it, each benchmark in its own JVM, and prints its row in the table.
 */
public final class BenchmarkSuite {
    /** A named group and how to make its benchmarks for the sizes asked for. */
    public record Group(String name, Function<BenchData, List<Benchmark>> benchmarks) {
    }

    /** The groups, in the order the table shows them. */
    public static final List<Group> GROUPS = List.of(
            new Group("load", BenchmarkSuite::load),
            new Group("open", BenchmarkSuite::open),
            new Group("filter", BenchmarkSuite::filter),
            new Group("render", BenchmarkSuite::render),
            new Group("layout", data -> layout()),
            new Group("export", BenchmarkSuite::export),
            new Group("merge", data -> MergeBenchmark.all(data)),
            new Group("import", data -> List.of(new ArticleImportBenchmark())),
            new Group("source", data -> ArticleReaderBenchmarks.all(data)),
            new Group("text", data -> text()),
            new Group("edit", EditBenchmarks::all),
            new Group("startup", data -> StartupBenchmark.all())
    );

    private BenchmarkSuite() {
    }

    /** Read + validate + index, next to the tokenise-only floor of the same file. */
    static List<Benchmark> load(BenchData data) {
        List<Benchmark> list = new ArrayList<>();
        for (int events : data.loadSizes()) {
            list.add(new TokeniseBenchmark(data, events));
            list.add(new LoadBenchmark(data, events));
        }
        // The biggest size again, its events spread over a thousand articles (one text file each).
        int biggest = data.loadSizes().get(data.loadSizes().size() - 1);
        list.add(new LoadBenchmark(data, biggest, BenchData.manyArticlesFor(biggest)));
        return list;
    }

    /** Opening the biggest dataset in the app, cold and warm, and its snapshot's read and write. */
    static List<Benchmark> open(BenchData data) {
        List<Benchmark> list = new ArrayList<>(OpenBenchmark.all(data));
        int biggest = data.loadSizes().get(data.loadSizes().size() - 1);
        list.add(new SnapshotBenchmark(data, biggest, false));
        list.add(new SnapshotBenchmark(data, biggest, true));
        return list;
    }

    /** One filter change applied to the whole index. */
    static List<Benchmark> filter(BenchData data) {
        List<Benchmark> list = new ArrayList<>();
        for (int events : data.filterSizes()) {
            list.add(new FilterBenchmark(data, events, FilterBenchmark.Change.TOGGLE_ACTOR));
            list.add(new FilterBenchmark(data, events, FilterBenchmark.Change.DATE_RANGE));
            list.add(new FilterBenchmark(data, events, FilterBenchmark.Change.SOURCES));
        }
        return list;
    }

    /** One full timeline redraw at 1600 × 900, zoomed out (fit all) and zoomed in (1% of the extent). */
    static List<Benchmark> render(BenchData data) {
        List<Benchmark> list = new ArrayList<>();
        for (int events : data.loadSizes()) {
            double target = events >= 1_000_000 ? 33 : 16;
            java.util.function.Supplier<org.sourceline.model.Dataset> dataset = () -> {
                try {
                    return new org.sourceline.data.DatasetReader().load(data.dataset(events));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            String size = String.format("%,d events", events);
            list.add(new TimelineRedrawBenchmark("timeline redraw 1600×900, " + size + ", fit all", dataset, 1.0, target));
            list.add(new TimelineRedrawBenchmark("timeline redraw 1600×900, " + size + ", 1% in view", dataset, 0.01,
                    target));
        }
        return list;
    }

    /** The actor graph: force layout, the JGraphT layout as a baseline, and redraws. */
    static List<Benchmark> layout() {
        return List.of(GraphLayoutBenchmark.small(), GraphLayoutBenchmark.large(),
                new JGraphTLayoutBenchmark(200, 1_000), new JGraphTLayoutBenchmark(2_000, 20_000),
                GraphRedrawBenchmark.bundled(GraphRedrawBenchmark.Kind.HOVER),
                GraphRedrawBenchmark.bundled(GraphRedrawBenchmark.Kind.FULL),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.HOVER),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.FULL),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.HOVER, 2_000, 20_000, 1280, 800),
                new GraphRedrawBenchmark(GraphRedrawBenchmark.Kind.FULL, 2_000, 20_000, 1280, 800));
    }

    /** PNG export of 10,000 events at 8000 × 2000, and the TimelineJS/CSV exports and import. */
    static List<Benchmark> export(BenchData data) {
        List<Benchmark> list = new ArrayList<>();
        list.add(new PngExportBenchmark(data, 10_000));
        list.addAll(InteropBenchmarks.all(10_000));
        return list;
    }

    /** Reading the time phrases of a long article, and scrolling it with and without their marks. */
    static List<Benchmark> text() {
        List<Benchmark> list = new ArrayList<>(TimePhraseBenchmark.all());
        list.addAll(TimePhraseScrollBenchmark.all());
        return list;
    }

    /** The benchmarks of the named groups (all when {@code only} is empty). */
    public static List<Benchmark> benchmarks(BenchData data, List<String> only) {
        List<Benchmark> list = new ArrayList<>();
        for (Group group : GROUPS) {
            if (only.isEmpty() || only.contains(group.name())) {
                list.addAll(group.benchmarks().apply(data));
            }
        }
        return list;
    }

    /** Names of every group. */
    public static List<String> groupNames() {
        return GROUPS.stream().map(Group::name).toList();
    }
}
