package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sourceline.data.NotEnoughMemoryError;

/**
 * What the running command works on (a file and its number of events), so that running out of
 * memory ends with "not enough memory for FILE (N events); run with more heap, e.g. -Xmx2g"
 * instead of a stack trace. Set by the shared options as they learn it; one command runs at a time.
 */
final class Workload {
    private static volatile String file;
    private static volatile Path path;
    private static volatile long events = -1;

    private Workload() {
    }

    static void clear() {
        file = null;
        path = null;
        events = -1;
    }

    /** The command now works on {@code file} (null: the bundled dataset); its size is not known yet. */
    static void reading(Path file) {
        Workload.path = file;
        Workload.file = file == null ? "the bundled dataset" : file.toString();
        events = -1;
    }

    /** The command works on {@code events} events of {@code name}. */
    static void working(String name, long eventCount) {
        file = name;
        events = eventCount;
    }

    /** The one-line message for an {@link OutOfMemoryError} met while working. */
    static String outOfMemory(OutOfMemoryError error) {
        String what = file;
        String size = null;
        if (events >= 0) {
            size = String.format(Locale.ROOT, "%,d events", events);
        } else if (error instanceof NotEnoughMemoryError reading) {
            what = reading.file();
            if (reading.eventsRead() > 0) {
                size = String.format(Locale.ROOT, "at least %,d events", reading.eventsRead());
            }
        }
        if (size == null && path != null) {
            try {
                size = String.format(Locale.ROOT, "a file of %.1f MB", Files.size(path) / 1e6);
            } catch (IOException | RuntimeException e) {
                // No size then.
            }
        }
        return "not enough memory for " + (what == null ? "this command" : what) + (size == null ? "" : " (" + size + ")")
                + "; run with more heap, e.g. -Xmx" + suggestedHeap(Runtime.getRuntime().maxMemory());
    }

    /** A heap worth trying: twice this one, in whole gigabytes, at least 2g. */
    static String suggestedHeap(long maxHeapBytes) {
        long gigabytes = Math.max(2, (long) Math.ceil(2.0 * maxHeapBytes / (1L << 30)));
        return gigabytes + "g";
    }
}
