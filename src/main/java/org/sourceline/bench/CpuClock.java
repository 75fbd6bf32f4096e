package org.sourceline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time spent by threads, collected per run: a figure that, unlike the wall clock, hardly
 * changes when other processes share the machine (as on a busy two-core build box), so it can
 * be put beside the medians in a remark.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long[] samples = new long[16];
    private int count;

    /** CPU nanoseconds of the calling thread so far. */
    static long currentThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * CPU nanoseconds of the whole process so far (every thread: garbage collection and the JIT
     * compiler too), or -1 where the platform cannot tell.
     */
    static long process() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** CPU nanoseconds of the threads whose names start with {@code prefix}, together. */
    static long threadsNamed(String prefix) {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(prefix)) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
            }
        }
        return sum;
    }

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    void clear() {
        count = 0;
    }

    /** The median of the samples after the first {@code skip} (the warm-ups), as "12.3 ms". */
    String median(int skip) {
        if (count <= skip) {
            return "n/a";
        }
        long[] measured = Arrays.copyOfRange(samples, skip, count);
        Arrays.sort(measured);
        return BenchmarkRunner.millis(measured[measured.length / 2] / 1e6);
    }
}
