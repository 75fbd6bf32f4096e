package org.sourceline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.query.SortedArrays;

/**
 * The article's evidence passages cut into non-overlapping runs, so a reader can paint each
 * stretch of text once: where passages overlap or nest, the shared stretch becomes its own run
 * that knows every event it supports.
 *
 * <p>Runs are sorted by offset and never overlap; each lists its events with the innermost
 * passage first (the one that starts last, then the shortest), which is the event a single
 * colour should stand for. Events are ints: positions in {@link Dataset#events()}, the same
 * numbering the query index uses. Stored in flat arrays (compressed rows for the event lists),
 * so an article with a million passages costs a few arrays, not a million objects.
 */
public final class HighlightRuns {
    private static final int[] NONE = new int[0];

    private final int[] start;
    private final int[] end;
    /** Events of run r are {@code events[eventStart[r] .. eventStart[r+1])}. */
    private final int[] eventStart;
    private final int[] events;

    private HighlightRuns(int[] start, int[] end, int[] eventStart, int[] events) {
        this.start = start;
        this.end = end;
        this.eventStart = eventStart;
        this.events = events;
    }

    /** Runs of every evidence passage of a dataset, owned by the event's position. */
    public static HighlightRuns of(Dataset dataset) {
        List<Event> all = dataset.events();
        int n = dataset.evidenceCount();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] owners = new int[n];
        int k = 0;
        for (int e = 0; e < all.size(); e++) {
            for (Evidence evidence : all.get(e).evidence()) {
                starts[k] = evidence.start();
                ends[k] = evidence.end();
                owners[k] = e;
                k++;
            }
        }
        return of(starts, ends, owners);
    }

    /**
     * Runs of the passages that quote one article ({@link Evidence#articleId()}), owned by the
     * event's position: offsets count into that article's text only, so a reader showing it must
     * not paint another article's quotes. A dataset of one article gives the same runs as
     * {@link #of(Dataset)}.
     */
    public static HighlightRuns of(Dataset dataset, String articleId) {
        if (dataset.articles().size() == 1 && dataset.article().id().equals(articleId)) {
            return of(dataset);
        }
        List<Event> all = dataset.events();
        int n = 0;
        for (Event event : all) {
            for (Evidence evidence : event.evidence()) {
                if (quotes(evidence, articleId)) {
                    n++;
                }
            }
        }
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] owners = new int[n];
        int k = 0;
        for (int e = 0; e < all.size() && k < n; e++) {
            for (Evidence evidence : all.get(e).evidence()) {
                if (quotes(evidence, articleId)) {
                    starts[k] = evidence.start();
                    ends[k] = evidence.end();
                    owners[k] = e;
                    k++;
                }
            }
        }
        return of(starts, ends, owners);
    }

    private static boolean quotes(Evidence evidence, String articleId) {
        String id = evidence.articleId();
        // Ids read from a file are pooled: the identity test settles nearly every passage.
        return id == articleId || id.equals(articleId);
    }

    /**
     * Runs of passages {@code [starts[i], ends[i])} owned by {@code owners[i]}. Empty passages are
     * ignored; an owner with two passages over the same text is listed once there.
     */
    public static HighlightRuns of(int[] starts, int[] ends, int[] owners) {
        int n = starts.length;
        if (ends.length != n || owners.length != n) {
            throw new IllegalArgumentException("starts, ends and owners differ in length");
        }
        // Sort passage numbers by start as packed longs: a primitive sort, no boxing.
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (starts[i] < 0 || ends[i] < starts[i]) {
                throw new IllegalArgumentException("passage " + i + " has bad offsets " + starts[i] + "-" + ends[i]);
            }
            if (ends[i] > starts[i]) {
                packed[m++] = ((long) starts[i] << 32) | i;
            }
        }
        Arrays.sort(packed, 0, m);
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = (int) packed[i];
        }
        int[] boundaries = new int[2 * m];
        for (int i = 0; i < m; i++) {
            boundaries[2 * i] = starts[order[i]];
            boundaries[2 * i + 1] = ends[order[i]];
        }
        Arrays.sort(boundaries);
        int unique = 0;
        for (int i = 0; i < boundaries.length; i++) {
            if (i == 0 || boundaries[i] != boundaries[i - 1]) {
                boundaries[unique++] = boundaries[i];
            }
        }

        IntList runStart = new IntList(m * 2 + 1);
        IntList runEnd = new IntList(m * 2 + 1);
        IntList eventStart = new IntList(m * 2 + 2);
        IntList runEvents = new IntList(m * 2 + 1);
        List<Integer> active = new ArrayList<>();
        int next = 0;
        for (int b = 0; b + 1 < unique; b++) {
            int at = boundaries[b];
            active.removeIf(p -> ends[p] <= at);
            while (next < m && starts[order[next]] == at) {
                active.add(order[next++]);
            }
            if (active.isEmpty()) {
                continue;
            }
            // Innermost first: the latest start, then the earliest end, then the owner.
            active.sort((p, q) -> starts[p] != starts[q] ? Integer.compare(starts[q], starts[p])
                    : ends[p] != ends[q] ? Integer.compare(ends[p], ends[q]) : Integer.compare(owners[p], owners[q]));
            runStart.add(at);
            runEnd.add(boundaries[b + 1]);
            eventStart.add(runEvents.size());
            int first = runEvents.size();
            for (int p : active) {
                if (!runEvents.containsFrom(first, owners[p])) {
                    runEvents.add(owners[p]);
                }
            }
        }
        eventStart.add(runEvents.size());
        return new HighlightRuns(runStart.toArray(), runEnd.toArray(), eventStart.toArray(), runEvents.toArray());
    }

    /**
     * These runs with their events renumbered after an edit ({@code oldToNew[e]}, -1 for an event
     * that is gone): what a reader shows at once while the runs of the new version are computed.
     * Passages of gone events vanish (runs left with no event are dropped); passages of new events
     * are not there yet.
     */
    public HighlightRuns remap(int[] oldToNew) {
        // First what the renumbering does: nothing (the edit was elsewhere, or at the end), or
        // only drops some entries (an undo of New Event), or moves events.
        int dropped = 0;
        boolean moved = false;
        for (int e : events) {
            int mapped = e < oldToNew.length ? oldToNew[e] : -1;
            if (mapped < 0) {
                dropped++;
            } else if (mapped != e) {
                moved = true;
            }
        }
        if (dropped == 0 && !moved) {
            return this; // immutable: the same runs serve the new version
        }
        int[] keptEvents = new int[events.length - dropped];
        int[] runStart = new int[start.length];
        int[] runEnd = new int[start.length];
        int[] firsts = new int[start.length + 1];
        int runs = 0;
        int k = 0;
        for (int r = 0; r < start.length; r++) {
            int first = k;
            for (int i = eventStart[r]; i < eventStart[r + 1]; i++) {
                int e = events[i];
                int mapped = e < oldToNew.length ? oldToNew[e] : -1;
                if (mapped >= 0) {
                    keptEvents[k++] = mapped;
                }
            }
            if (k > first) {
                runStart[runs] = start[r];
                runEnd[runs] = end[r];
                firsts[runs++] = first;
            }
        }
        firsts[runs] = k;
        return runs == start.length ? new HighlightRuns(runStart, runEnd, firsts, keptEvents)
                : new HighlightRuns(Arrays.copyOf(runStart, runs), Arrays.copyOf(runEnd, runs),
                        Arrays.copyOf(firsts, runs + 1), keptEvents);
    }

    /**
     * These runs (of {@code before}'s passages in article {@code articleId}) without the events
     * an edit removed, {@code gone} (positions in {@code before}, ascending), when the edit moved
     * no other event (it removed them at the end: an undo of New Event): what {@link #remap} gives,
     * found from the removed events' passages (binary searches for the runs over them) instead
     * of a pass over every run; the runs after them are array copies, their event offsets shifted.
     */
    public HighlightRuns without(Dataset before, String articleId, int[] gone) {
        boolean allPassages = before.articles().size() == 1 && before.article().id().equals(articleId);
        int[] dropped = new int[8];
        int count = 0;
        for (int g : gone) {
            for (Evidence evidence : before.events().get(g).evidence()) {
                if (!allPassages && !quotes(evidence, articleId)) {
                    continue;
                }
                // Runs are disjoint and sorted: the first one ending after the passage's start, on.
                int first = SortedInts.firstGreaterThan(end, evidence.start());
                for (int r = first; r < start.length && start[r] < evidence.end(); r++) {
                    for (int i = eventStart[r]; i < eventStart[r + 1]; i++) {
                        if (Arrays.binarySearch(gone, events[i]) >= 0) {
                            if (count == dropped.length) {
                                dropped = Arrays.copyOf(dropped, count * 2);
                            }
                            dropped[count++] = i;
                        }
                    }
                }
            }
        }
        if (count == 0) {
            return this;
        }
        Arrays.sort(dropped, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || dropped[distinct - 1] != dropped[i]) {
                dropped[distinct++] = dropped[i];
            }
        }
        int[] keptEvents = new int[events.length - distinct];
        int k = 0;
        int from = 0;
        for (int i = 0; i < distinct; i++) {
            System.arraycopy(events, from, keptEvents, k, dropped[i] - from);
            k += dropped[i] - from;
            from = dropped[i] + 1;
        }
        System.arraycopy(events, from, keptEvents, k, events.length - from);
        // The runs: those between the ones that lost entries copied, their offsets less what went before.
        int[] runStart = new int[start.length];
        int[] runEnd = new int[start.length];
        int[] firsts = new int[start.length + 1];
        int runs = 0;
        int next = 0; // the next run to copy
        int shift = 0; // entries dropped before it
        for (int i = 0; i < distinct; ) {
            // The run holding entry dropped[i]: the last whose first entry is at or before it.
            int r = SortedInts.firstGreaterThan(eventStart, 0, start.length, dropped[i]) - 1;
            int copy = r - next;
            System.arraycopy(start, next, runStart, runs, copy);
            System.arraycopy(end, next, runEnd, runs, copy);
            SortedArrays.shiftedCopy(eventStart, next, firsts, runs, copy, -shift);
            runs += copy;
            int lost = 0;
            while (i < distinct && dropped[i] < eventStart[r + 1]) {
                lost++;
                i++;
            }
            if (lost < eventStart[r + 1] - eventStart[r]) {
                runStart[runs] = start[r];
                runEnd[runs] = end[r];
                firsts[runs++] = eventStart[r] - shift;
            }
            shift += lost;
            next = r + 1;
        }
        int copy = start.length - next;
        System.arraycopy(start, next, runStart, runs, copy);
        System.arraycopy(end, next, runEnd, runs, copy);
        SortedArrays.shiftedCopy(eventStart, next, firsts, runs, copy + 1, -shift);
        runs += copy;
        return runs == start.length ? new HighlightRuns(runStart, runEnd, firsts, keptEvents)
                : new HighlightRuns(Arrays.copyOf(runStart, runs), Arrays.copyOf(runEnd, runs),
                        Arrays.copyOf(firsts, runs + 1), keptEvents);
    }

    /** Number of runs. */
    public int size() {
        return start.length;
    }

    /** First offset of run r (inclusive, UTF-16 units). */
    public int start(int run) {
        return start[run];
    }

    /** Offset just after run r (exclusive). */
    public int end(int run) {
        return end[run];
    }

    /** How many events run r supports. */
    public int eventCount(int run) {
        return eventStart[run + 1] - eventStart[run];
    }

    /** The i-th event of run r; i = 0 is the innermost passage's event. */
    public int event(int run, int i) {
        if (i < 0 || i >= eventCount(run)) {
            throw new IndexOutOfBoundsException(i);
        }
        return events[eventStart[run] + i];
    }

    /** The events of run r, innermost first (a copy). */
    public int[] events(int run) {
        int from = eventStart[run];
        int to = eventStart[run + 1];
        return from == to ? NONE : Arrays.copyOfRange(events, from, to);
    }

    /** True when run r supports the event. */
    public boolean hasEvent(int run, int event) {
        for (int i = eventStart[run]; i < eventStart[run + 1]; i++) {
            if (events[i] == event) {
                return true;
            }
        }
        return false;
    }

    /** The run covering an offset, or -1 when no passage covers it. */
    public int runAt(int offset) {
        int r = firstEndingAfter(offset);
        return r < start.length && start[r] <= offset ? r : -1;
    }

    /**
     * The first run that ends after {@code offset} (it may start after it too), or {@link #size()}:
     * where to begin when painting the text from {@code offset} on.
     */
    public int firstEndingAfter(int offset) {
        // Runs do not overlap, so their ends ascend like their starts.
        return SortedInts.firstGreaterThan(end, offset);
    }

    /** A growable int array: the sweep emits an unknown number of runs without boxing them. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        boolean containsFrom(int from, int value) {
            for (int i = from; i < size; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
