package org.sourceline.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Says early when a dataset being read will not fit in the heap. Near a full heap the JVM does
 * not fail at once: it collects garbage again and again, and the app looks frozen for minutes
 * before an {@link OutOfMemoryError}. So, as a file is read, the memory it has taken so far is
 * projected to the whole file; once that passes the budget, reading stops with a clear message
 * (and what was read is garbage, so the open dataset and the app carry on).
 */
public final class MemoryBudget {
    /** Share of the heap a read may project to fill. The index and the views need the rest. */
    static final double SHARE = 0.85;
    /** Before this share of the file (after the first report), projections are too rough to act on. */
    static final double FIRST_LOOK = 0.05;

    private final long maxHeap;
    private final LongSupplier live;
    private final Runnable collect;
    private long nextConfirmation;
    /** Bytes read and heap retained at the first report: the fixed costs (article text, actors) are in by then. */
    private long baseBytes = -1;
    private long baseLive;

    /**
     * @param maxHeap the heap the JVM may use, in bytes
     * @param live    an estimate of the heap in use by live objects, in bytes
     * @param collect makes {@code live} exact (a full garbage collection)
     */
    public MemoryBudget(long maxHeap, LongSupplier live, Runnable collect) {
        this.maxHeap = maxHeap;
        this.live = live;
        this.collect = collect;
    }

    /** The budget of this JVM, measured from now. */
    public static MemoryBudget ofThisJvm() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory(), MemoryBudget::retainedHeap, System::gc);
    }

    /**
     * Heap held by objects that survived a collection: the old and survivor pools (objects in
     * the young "eden" pool are mostly garbage while reading). With a collector that has one
     * pool, all of it.
     */
    static long retainedHeap() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
        boolean generational = heap.stream().anyMatch(pool -> pool.getName().contains("Eden"));
        long sum = 0;
        for (MemoryPoolMXBean pool : heap) {
            if (!generational || !pool.getName().contains("Eden")) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * What the whole read will hold, projected from the growth between a first report
     * ({@code baseBytes} read, {@code baseLive} held) and now; bytes.
     */
    static long projected(long baseLive, long baseBytes, long liveNow, long bytesRead, long totalBytes) {
        long grown = Math.max(0, liveNow - baseLive);
        double scale = (double) (totalBytes - baseBytes) / Math.max(1, bytesRead - baseBytes);
        return baseLive + (long) (grown * scale);
    }

    /**
     * Checks the read so far. The first report sets the base the growth is measured from; the
     * events after it are what grows with the file.
     *
     * @throws DatasetTooLargeException when the file will not fit
     */
    public void check(long bytesRead, long totalBytes) {
        long need = need(live.getAsLong(), bytesRead, totalBytes);
        if (need > maxHeap * SHARE && bytesRead >= nextConfirmation) {
            // The cheap figure counts garbage the collector has not reclaimed yet: before giving
            // up, collect and look again. Rare: only near the limit, and once per 5% of the file.
            collect.run();
            need = need(live.getAsLong(), bytesRead, totalBytes);
            nextConfirmation = bytesRead + (long) (totalBytes * FIRST_LOOK);
            if (need > maxHeap * SHARE) {
                throw new DatasetTooLargeException(need, maxHeap);
            }
        }
        if (baseBytes < 0) {
            baseBytes = bytesRead;
            baseLive = live.getAsLong();
        }
    }

    /** The heap the whole read is expected to need: at least what is held now. */
    private long need(long now, long bytesRead, long totalBytes) {
        if (baseBytes < 0 || totalBytes <= baseBytes || bytesRead - baseBytes < (totalBytes - baseBytes) * FIRST_LOOK) {
            return now;
        }
        return Math.max(now, projected(baseLive, baseBytes, now, bytesRead, totalBytes));
    }

    /** Reading stopped because the dataset would not fit in the heap. */
    public static final class DatasetTooLargeException extends RuntimeException {
        private final long neededBytes;
        private final long maxHeapBytes;

        DatasetTooLargeException(long neededBytes, long maxHeapBytes) {
            super(String.format(Locale.ROOT, "The file is too large for the memory Sourceline may use: it would need "
                    + "about %s, and Sourceline may use %s in all. Start Sourceline with more memory "
                    + "(e.g. java -Xmx%dg -jar sourceline.jar), or open a smaller dataset.",
                    size(neededBytes), size(maxHeapBytes), Math.max(2, (long) Math.ceil(neededBytes / SHARE / (1L << 30)) + 1)));
            this.neededBytes = neededBytes;
            this.maxHeapBytes = maxHeapBytes;
        }

        public long neededBytes() {
            return neededBytes;
        }

        public long maxHeapBytes() {
            return maxHeapBytes;
        }

        private static String size(long bytes) {
            return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                    : String.format(Locale.ROOT, "%d MB", bytes >> 20);
        }
    }
}
