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
            new Group("filter", BenchmarkSuite::filter)
            // Added by the issues that build them: render (timeline redraw), layout (actor graph),
            // export (PNG), startup (first frame).
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
        return list;
    }

    /** One filter change applied to the whole index. */
    static List<Benchmark> filter(BenchData data) {
        List<Benchmark> list = new ArrayList<>();
        for (int events : data.filterSizes()) {
            list.add(new FilterBenchmark(data, events, FilterBenchmark.Change.TOGGLE_ACTOR));
            list.add(new FilterBenchmark(data, events, FilterBenchmark.Change.DATE_RANGE));
        }
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
