package org.sourceline.bench;

/**
 * One measured operation of the benchmark suite, e.g. "filter · toggle one actor · 1M events".
 * The harness calls {@link #setUp()} once (untimed), {@link #run()} for the warm-up and the
 * measured iterations, then {@link #tearDown()}; it reports the median.
 */
public interface Benchmark {
    /** The feature measured: load, filter, render, layout, export, startup. */
    String group();

    /** What exactly, e.g. "toggle one actor, 1,000,000 events". */
    String name();

    /** The target median in milliseconds, or {@code Double.NaN} when there is none. */
    double targetMillis();

    /** The target for the median peak heap in MB (2^20 bytes), or {@code Double.NaN} when there is none. */
    default double targetHeapMegabytes() {
        return Double.NaN;
    }

    /** Unique and stable: how the suite and a forked JVM name this benchmark. */
    default String id() {
        return group() + "/" + name();
    }

    /**
     * The {@link #id()} of a benchmark this one is compared with (e.g. the tokenise-only floor of
     * a load), shown as a ratio in the table; null for none.
     */
    default String baseline() {
        return null;
    }

    /** Untimed preparation: generate data, build indexes, start the toolkit. */
    void setUp() throws Exception;

    /** One timed run. */
    void run() throws Exception;

    /**
     * Drops what the last {@link #run()} produced (untimed, before the next one), so that each
     * iteration's heap figures are its own.
     */
    default void clear() {
    }

    /** Releases what {@link #setUp()} took. */
    default void tearDown() throws Exception {
    }

    /**
     * The time of the last {@link #run()} as the benchmark measured it itself (e.g. by the clock
     * of a process it started), or NaN to let the harness time the call.
     */
    default double lastRunMillis() {
        return Double.NaN;
    }

    /**
     * Why this benchmark cannot run here (e.g. what it measures has not been built), or null when
     * it can. A benchmark that cannot run is a row saying so, not a failure.
     */
    default String unavailable() {
        return null;
    }

    /** A remark for the table after the figures (a floor, a ratio, peak heap), read after the runs. */
    default String remark() {
        return "";
    }

    default int warmups() {
        return 2;
    }

    default int iterations() {
        return 7;
    }
}
