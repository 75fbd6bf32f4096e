package org.sourceline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Two figures for the heap an iteration needs, between {@link #reset()} and {@link #stop()}:
 *
 * <ul>
 *   <li><b>live peak</b>: the most heap still in use just after a garbage collection (what the
 *       work really holds at once, floating garbage included), and at least what is retained
 *       at the end. This is the figure a heap target is held against: below it the work fails.</li>
 *   <li><b>used peak</b>: the sum of each heap pool's peak usage as the JVM tracks it, garbage
 *       included. It says more about how lazily the collector may run with the heap it was given
 *       (G1 lets the young generation grow into free heap) than about the work.</li>
 * </ul>
 */
final class HeapMeter implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();
    private final Set<String> heapPoolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong livePeak = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            livePeak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        }
    };

    HeapMeter() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private long heapUsed(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                sum += pool.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Starts a measurement; call after a full GC. */
    void reset() {
        for (MemoryPoolMXBean pool : pools) {
            pool.resetPeakUsage();
        }
        livePeak.set(0);
    }

    /** Ends a measurement: the used peak is read, then a full GC shows what the work retained. */
    long[] stop() {
        long usedPeak = 0;
        for (MemoryPoolMXBean pool : pools) {
            usedPeak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        // GC notifications arrive on another thread; the retained figure is read directly.
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new long[] {Math.max(livePeak.get(), retained), usedPeak};
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not registered on this one
                }
            }
        }
    }
}
