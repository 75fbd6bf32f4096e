package org.sourceline.bench;

import java.nio.file.Path;

/**
 * A benchmark over one generated dataset file of a given size: it fetches the file in
 * {@link #setUp()} and runs fewer iterations the bigger the file (a million-event load takes
 * seconds; its median over three runs is steady enough).
 */
abstract class DatasetBenchmark implements Benchmark {
    protected final BenchData data;
    protected final int events;
    protected Path file;

    DatasetBenchmark(BenchData data, int events) {
        this.data = data;
        this.events = events;
    }

    @Override
    public int warmups() {
        return events >= 1_000_000 ? 1 : events >= 100_000 ? 4 : 10;
    }

    @Override
    public int iterations() {
        return events >= 1_000_000 ? 3 : events >= 100_000 ? 5 : 9;
    }

    @Override
    public void setUp() throws Exception {
        file = data.dataset(events);
    }
}
