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
    /** Articles the events are spread over (1 for the classic single-article dataset). */
    protected final int articles;
    protected Path file;
    /** CPU time of each run: of the running thread, and of the whole process (GC and JIT too). */
    private final CpuClock threadCpu = new CpuClock();
    private final CpuClock processCpu = new CpuClock();
    private long threadStart;
    private long processStart;

    DatasetBenchmark(BenchData data, int events) {
        this(data, events, 1);
    }

    DatasetBenchmark(BenchData data, int events, int articles) {
        this.data = data;
        this.events = events;
        this.articles = articles;
    }

    /** ", 1,000 articles" for a dataset of many articles, else nothing. */
    protected String articlesLabel() {
        return articles == 1 ? "" : String.format(java.util.Locale.ROOT, ", %,d articles", articles);
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
        file = data.dataset(events, articles);
        threadCpu.clear();
        processCpu.clear();
    }

    /** Call first in {@link #run()}: starts the CPU clocks of this run. */
    protected final void startCpu() {
        threadStart = CpuClock.currentThread();
        processStart = CpuClock.process();
    }

    /** Call last in {@link #run()}: stops the CPU clocks of this run. */
    protected final void stopCpu() {
        threadCpu.add(CpuClock.currentThread() - threadStart);
        processCpu.add(CpuClock.process() - processStart);
    }

    /**
     * "CPU time median 1.2 s (all threads 1.5 s)": unlike the wall clock, hardly changed by
     * other processes on the machine, so runs on a busy machine can still be compared.
     */
    protected final String cpuRemark() {
        return "CPU time median " + threadCpu.median(warmups()) + " (all threads " + processCpu.median(warmups()) + ")";
    }
}
