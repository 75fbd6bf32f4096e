package org.sourceline.render.layout;

import java.util.Arrays;
import org.sourceline.data.snapshot.SnapshotColumns;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Days;
import org.sourceline.query.Concurrently;
import org.sourceline.query.EventIndex;
import org.sourceline.query.PositionOrders;
import org.sourceline.query.FilterResult;
import org.sourceline.query.SortedArrays;

/**
 * What the timeline needs to draw a million events fast, built once per dataset: each event's
 * anchor day (where its connector stands), and per actor lane the events sorted by anchor, so
 * that "how many visible events fall between these two pixels" is two binary searches on
 * prefix sums instead of a scan. Long or open-ended spans are also listed apart per lane, since
 * they cross windows their anchors lie outside of.
 */
public final class TimelineIndex {
    /** Spans longer than this (in days) are "long": found through their own list, not by anchor. */
    public static final long LONG_SPAN_DAYS = 2 * 366;

    private final EventIndex index;
    private final long[] anchor;
    private final int[][] laneEvents;
    private final long[][] laneAnchors;
    private final int[][] laneLongEvents;
    private final int[] globalLongEvents;
    private final int[] globalOrder;
    private final long[] globalAnchors;
    /** All events sorted by earliest and by latest day, for exact "how many overlap this range" counts. */
    private final int[] byEarliest;
    private final long[] earliestSorted;
    private final int[] byLatest;
    private final long[] latestSorted;
    private final long maxShortReach;
    private final long domainStart;
    private final long domainEnd;

    private TimelineIndex(EventIndex index, boolean concurrent) {
        this.index = index;
        int n = index.size();
        anchor = new long[n];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        long reach = 0;
        boolean[] isLong = new boolean[n];
        for (int e = 0; e < n; e++) {
            long earliest = index.earliest(e);
            long latest = index.latest(e);
            anchor[e] = anchorOf(earliest, latest);
            if (!Days.isOpen(earliest)) {
                lo = Math.min(lo, earliest);
                hi = Math.max(hi, earliest);
            }
            if (!Days.isOpen(latest)) {
                lo = Math.min(lo, latest);
                hi = Math.max(hi, latest);
            }
            isLong[e] = Days.isOpen(earliest) || Days.isOpen(latest) || latest - earliest > LONG_SPAN_DAYS;
            if (!isLong[e]) {
                reach = Math.max(reach, Math.max(anchor[e] - earliest, latest - anchor[e]));
            }
        }
        maxShortReach = reach;
        if (lo > hi) {
            lo = index.emptyDomainStart();
            hi = index.emptyDomainEnd();
        }
        domainStart = lo;
        domainEnd = hi;
        // A big dataset's two range orders are sorted on the other core while the lanes are built here.
        Concurrently.Result<RangeOrders> ranges = concurrent ? Concurrently.start(() -> RangeOrders.of(index)) : null;

        int actors = index.actorCount();
        laneEvents = new int[actors][];
        laneAnchors = new long[actors][];
        laneLongEvents = new int[actors][];
        for (int a = 0; a < actors; a++) {
            int[] events = index.eventsOf(a);
            int longCount = 0;
            for (int e : events) {
                if (isLong[e]) {
                    longCount++;
                }
            }
            laneEvents[a] = sortByAnchor(events);
            long[] anchors = new long[events.length];
            for (int i = 0; i < events.length; i++) {
                anchors[i] = anchor[laneEvents[a][i]];
            }
            laneAnchors[a] = anchors;
            int[] longs = new int[longCount];
            int k = 0;
            for (int e : events) {
                if (isLong[e]) {
                    longs[k++] = e;
                }
            }
            laneLongEvents[a] = longs;
        }
        int longTotal = 0;
        for (boolean b : isLong) {
            longTotal += b ? 1 : 0;
        }
        globalLongEvents = new int[longTotal];
        for (int e = 0, k = 0; e < n; e++) {
            if (isLong[e]) {
                globalLongEvents[k++] = e;
            }
        }
        globalOrder = sortBy(anchor);
        globalAnchors = new long[n];
        for (int i = 0; i < n; i++) {
            globalAnchors[i] = anchor[globalOrder[i]];
        }
        RangeOrders orders = ranges != null ? ranges.join() : RangeOrders.of(index);
        byEarliest = orders.byEarliest();
        earliestSorted = orders.earliestSorted();
        byLatest = orders.byLatest();
        latestSorted = orders.latestSorted();
    }

    /** All events in order of their earliest and of their latest day, with those days. */
    private record RangeOrders(int[] byEarliest, long[] earliestSorted, int[] byLatest, long[] latestSorted) {
        static RangeOrders of(EventIndex index) {
            int n = index.size();
            long[] earliest = new long[n];
            long[] latest = new long[n];
            for (int e = 0; e < n; e++) {
                earliest[e] = index.earliest(e);
                latest[e] = index.latest(e);
            }
            int[] byEarliest = sortBy(earliest);
            long[] earliestSorted = new long[n];
            int[] byLatest = sortBy(latest);
            long[] latestSorted = new long[n];
            for (int i = 0; i < n; i++) {
                earliestSorted[i] = earliest[byEarliest[i]];
                latestSorted[i] = latest[byLatest[i]];
            }
            return new RangeOrders(byEarliest, earliestSorted, byLatest, latestSorted);
        }
    }

    /** Positions 0..n-1 sorted by a key, ties by position, without boxing: one sort of packed longs. */
    static int[] sortBy(long[] key) {
        int n = key.length;
        long[] packed = new long[n];
        boolean fitsInt = true;
        for (long k : key) {
            if (k != Days.OPEN_START && k != Days.OPEN_END && (k <= Integer.MIN_VALUE || k >= Integer.MAX_VALUE)) {
                fitsInt = false;
                break;
            }
        }
        if (fitsInt) {
            // Days fit in 32 bits (any calendar year): key in the high half, position in the low half.
            for (int i = 0; i < n; i++) {
                long k = key[i] == Days.OPEN_START ? Integer.MIN_VALUE : key[i] == Days.OPEN_END ? Integer.MAX_VALUE : key[i];
                packed[i] = (k << 32) | i;
            }
        } else {
            long[] distinct = key.clone();
            Arrays.sort(distinct);
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) SortedArrays.lowerBound(distinct, key[i]) << 32) | i;
            }
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }

    /**
     * The index of an edited dataset ({@code index}, derived from {@code old}'s as {@code diff}
     * says): kept events are renumbered and the changed ones merged into each sorted list; lanes
     * the edit did not touch are shared with {@code old} when no event moved.
     */
    private TimelineIndex(TimelineIndex old, EventIndex index, DatasetDiff diff) {
        this.index = index;
        int n = index.size();
        int oldSize = old.anchor.length;
        int[] oldToNew = diff.oldToNewEvents(oldSize);
        int[] removed = diff.removedEvents();
        int[] inserted = diff.insertedEvents();
        int[] actorNewToOld = diff.newToOldActors(old.laneEvents.length);
        boolean kept = diff.keepsEventPositions(oldSize);
        long reach = old.maxShortReach;
        if (kept) {
            anchor = Arrays.copyOf(old.anchor, n);
            for (int p : inserted) {
                anchor[p] = anchorOf(index.earliest(p), index.latest(p));
            }
        } else {
            anchor = new long[n];
            for (int e = 0; e < n; e++) {
                anchor[e] = anchorOf(index.earliest(e), index.latest(e));
            }
        }
        // A reach kept from removed events only makes drawing look a little further: harmless.
        for (int p : inserted) {
            if (!isLong(index, p)) {
                reach = Math.max(reach, Math.max(anchor[p] - index.earliest(p), index.latest(p) - anchor[p]));
            }
        }
        maxShortReach = reach;

        // Which lanes gain events, and which lose some.
        int actors = index.actorCount();
        int[][] insertedOfLane = new int[actors][];
        int[] insertedCount = new int[actors];
        for (int p : inserted) {
            for (int i = index.actorStart(p); i < index.actorEnd(p); i++) {
                insertedCount[index.actorAt(i)]++;
            }
        }
        for (int a = 0; a < actors; a++) {
            insertedOfLane[a] = new int[insertedCount[a]];
            insertedCount[a] = 0;
        }
        for (int p : inserted) {
            for (int i = index.actorStart(p); i < index.actorEnd(p); i++) {
                int a = index.actorAt(i);
                insertedOfLane[a][insertedCount[a]++] = p;
            }
        }
        int[][] removedOfLane = new int[old.laneEvents.length][];
        int[] removedCount = new int[old.laneEvents.length];
        for (int r : removed) {
            for (int i = old.index.actorStart(r); i < old.index.actorEnd(r); i++) {
                removedCount[old.index.actorAt(i)]++;
            }
        }
        for (int a = 0; a < removedCount.length; a++) {
            removedOfLane[a] = new int[removedCount[a]];
            removedCount[a] = 0;
        }
        for (int r : removed) {
            for (int i = old.index.actorStart(r); i < old.index.actorEnd(r); i++) {
                int a = old.index.actorAt(i);
                removedOfLane[a][removedCount[a]++] = r;
            }
        }
        PositionOrders.PositionComparator byAnchor = (a, b) -> a == b ? 0
                : anchor[a] != anchor[b] ? Long.compare(anchor[a], anchor[b]) : Integer.compare(a, b);
        PositionOrders.PositionComparator byOldAnchor = (a, b) -> a == b ? 0
                : old.anchor[a] != old.anchor[b] ? Long.compare(old.anchor[a], old.anchor[b]) : Integer.compare(a, b);
        laneEvents = new int[actors][];
        laneAnchors = new long[actors][];
        laneLongEvents = new int[actors][];
        for (int a = 0; a < actors; a++) {
            int o = actorNewToOld[a];
            if (o < 0) {
                int[] events = index.eventsOf(a);
                laneEvents[a] = sortByAnchor(events);
                laneLongEvents[a] = longOnes(index, events);
            } else if (kept && removedOfLane[o].length == 0 && insertedOfLane[a].length == 0) {
                laneEvents[a] = old.laneEvents[o];
                laneAnchors[a] = old.laneAnchors[o];
                laneLongEvents[a] = old.laneLongEvents[o];
                continue;
            } else {
                int[] lost = removedOfLane[o];
                Arrays.sort(lost);
                laneEvents[a] = PositionOrders.update(old.laneEvents[o], lost, byOldAnchor, oldToNew, kept,
                        insertedOfLane[a], byAnchor);
                int[] lostLong = longOnes(old.index, lost);
                laneLongEvents[a] = PositionOrders.updateAscending(old.laneLongEvents[o], lostLong, oldToNew, kept,
                        longOnes(index, insertedOfLane[a]));
                // The lane's anchors, sorted as its events are: the old ones less the removed
                // events', plus the inserted ones' (array copies, not one look-up per event).
                long[] lostAnchors = new long[lost.length];
                for (int i = 0; i < lost.length; i++) {
                    lostAnchors[i] = old.anchor[lost[i]];
                }
                long[] gainedAnchors = new long[insertedOfLane[a].length];
                for (int i = 0; i < gainedAnchors.length; i++) {
                    gainedAnchors[i] = anchor[insertedOfLane[a][i]];
                }
                laneAnchors[a] = SortedArrays.update(old.laneAnchors[o], lostAnchors, gainedAnchors);
                continue;
            }
            long[] anchors = new long[laneEvents[a].length];
            for (int i = 0; i < anchors.length; i++) {
                anchors[i] = anchor[laneEvents[a][i]];
            }
            laneAnchors[a] = anchors;
        }
        globalLongEvents = PositionOrders.updateAscending(old.globalLongEvents, longOnes(old.index, removed), oldToNew,
                kept, longOnes(index, inserted));
        globalOrder = PositionOrders.update(old.globalOrder, removed, byOldAnchor, oldToNew, kept, inserted, byAnchor);
        long[] removedAnchors = new long[removed.length];
        long[] removedEarliest = new long[removed.length];
        long[] removedLatest = new long[removed.length];
        for (int i = 0; i < removed.length; i++) {
            removedAnchors[i] = old.anchor[removed[i]];
            removedEarliest[i] = old.index.earliest(removed[i]);
            removedLatest[i] = old.index.latest(removed[i]);
        }
        long[] insertedAnchors = new long[inserted.length];
        long[] insertedEarliest = new long[inserted.length];
        long[] insertedLatest = new long[inserted.length];
        for (int i = 0; i < inserted.length; i++) {
            insertedAnchors[i] = anchor[inserted[i]];
            insertedEarliest[i] = index.earliest(inserted[i]);
            insertedLatest[i] = index.latest(inserted[i]);
        }
        // Sorted values need no positions: drop the removed values, add the new ones.
        globalAnchors = SortedArrays.update(old.globalAnchors, removedAnchors, insertedAnchors);
        earliestSorted = SortedArrays.update(old.earliestSorted, removedEarliest, insertedEarliest);
        latestSorted = SortedArrays.update(old.latestSorted, removedLatest, insertedLatest);
        EventIndex before = old.index;
        byEarliest = PositionOrders.update(old.byEarliest, removed, (a, b) -> a == b ? 0
                : before.earliest(a) != before.earliest(b) ? Long.compare(before.earliest(a), before.earliest(b))
                : Integer.compare(a, b), oldToNew, kept, inserted, (a, b) -> a == b ? 0
                : index.earliest(a) != index.earliest(b) ? Long.compare(index.earliest(a), index.earliest(b))
                : Integer.compare(a, b));
        byLatest = PositionOrders.update(old.byLatest, removed, (a, b) -> a == b ? 0
                : before.latest(a) != before.latest(b) ? Long.compare(before.latest(a), before.latest(b))
                : Integer.compare(a, b), oldToNew, kept, inserted, (a, b) -> a == b ? 0
                : index.latest(a) != index.latest(b) ? Long.compare(index.latest(a), index.latest(b))
                : Integer.compare(a, b));
        // The finite extent, from the ends of the sorted bounds (open ends sort to the outside).
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long[] sorted : new long[][] {earliestSorted, latestSorted}) {
            for (long day : sorted) {
                if (!Days.isOpen(day)) {
                    lo = Math.min(lo, day);
                    break;
                }
            }
            for (int i = sorted.length - 1; i >= 0; i--) {
                if (!Days.isOpen(sorted[i])) {
                    hi = Math.max(hi, sorted[i]);
                    break;
                }
            }
        }
        if (lo > hi) {
            lo = index.emptyDomainStart();
            hi = index.emptyDomainEnd();
        }
        domainStart = lo;
        domainEnd = hi;
    }

    private static boolean isLong(EventIndex index, int e) {
        long earliest = index.earliest(e);
        long latest = index.latest(e);
        return Days.isOpen(earliest) || Days.isOpen(latest) || latest - earliest > LONG_SPAN_DAYS;
    }

    /** The long spans among some events (of that index), in their order. */
    private static int[] longOnes(EventIndex index, int[] events) {
        int k = 0;
        int[] out = new int[events.length];
        for (int e : events) {
            if (isLong(index, e)) {
                out[k++] = e;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /**
     * The index of an edited version of this index's dataset: {@code next} is that version's
     * event index, {@code diff} what the edit changed.
     */
    public TimelineIndex derive(EventIndex next, DatasetDiff diff) {
        return new TimelineIndex(this, next, diff);
    }

    /**
     * The day an event is counted at (clusters, densities, the overview): its start, or its end
     * when it has no known start.
     */
    public static long anchorOf(long earliest, long latest) {
        if (!Days.isOpen(earliest)) {
            return earliest;
        }
        return Days.isOpen(latest) ? 0 : latest;
    }

    private int[] sortByAnchor(int[] events) {
        long[] keys = new long[events.length];
        for (int i = 0; i < events.length; i++) {
            keys[i] = anchor[events[i]];
        }
        int[] order = sortBy(keys);
        int[] out = new int[events.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = events[order[i]];
        }
        return out;
    }

    // ----- kept in a snapshot ------------------------------------------------------------------

    private static final String COLUMN = "timeline.";

    /** Puts this index's arrays into {@code columns}, for {@link #fromColumns} when the same dataset opens again. */
    public void putColumns(SnapshotColumns columns) {
        columns.put(COLUMN + "anchor", anchor).put(COLUMN + "laneEvents", laneEvents)
                .put(COLUMN + "laneAnchors", laneAnchors).put(COLUMN + "laneLongEvents", laneLongEvents)
                .put(COLUMN + "globalLongEvents", globalLongEvents).put(COLUMN + "globalOrder", globalOrder)
                .put(COLUMN + "globalAnchors", globalAnchors).put(COLUMN + "byEarliest", byEarliest)
                .put(COLUMN + "earliestSorted", earliestSorted).put(COLUMN + "byLatest", byLatest)
                .put(COLUMN + "latestSorted", latestSorted)
                .put(COLUMN + "bounds", new long[] {maxShortReach, domainStart, domainEnd});
    }

    /**
     * The timeline index of {@code index} from the columns {@link #putColumns} kept for its
     * dataset, or null when they are missing or do not fit it (lengths, event positions out of
     * range): the caller then builds it.
     */
    public static TimelineIndex fromColumns(EventIndex index, SnapshotColumns columns) {
        int n = index.size();
        int actors = index.actorCount();
        long[] anchor = columns.longs(COLUMN + "anchor");
        int[][] laneEvents = columns.intRows(COLUMN + "laneEvents");
        long[][] laneAnchors = columns.longRows(COLUMN + "laneAnchors");
        int[][] laneLongEvents = columns.intRows(COLUMN + "laneLongEvents");
        int[] globalLongEvents = columns.ints(COLUMN + "globalLongEvents");
        int[] globalOrder = columns.ints(COLUMN + "globalOrder");
        long[] globalAnchors = columns.longs(COLUMN + "globalAnchors");
        int[] byEarliest = columns.ints(COLUMN + "byEarliest");
        long[] earliestSorted = columns.longs(COLUMN + "earliestSorted");
        int[] byLatest = columns.ints(COLUMN + "byLatest");
        long[] latestSorted = columns.longs(COLUMN + "latestSorted");
        long[] bounds = columns.longs(COLUMN + "bounds");
        if (anchor == null || anchor.length != n || laneEvents == null || laneEvents.length != actors
                || laneAnchors == null || laneAnchors.length != actors || laneLongEvents == null
                || laneLongEvents.length != actors || !positions(globalLongEvents, -1, n)
                || !positions(globalOrder, n, n) || globalAnchors == null || globalAnchors.length != n
                || !positions(byEarliest, n, n) || earliestSorted == null || earliestSorted.length != n
                || !positions(byLatest, n, n) || latestSorted == null || latestSorted.length != n
                || bounds == null || bounds.length != 3) {
            return null;
        }
        for (int a = 0; a < actors; a++) {
            if (!positions(laneEvents[a], -1, n) || laneAnchors[a] == null || laneAnchors[a].length != laneEvents[a].length
                    || !positions(laneLongEvents[a], -1, n)) {
                return null;
            }
        }
        return new TimelineIndex(index, anchor, laneEvents, laneAnchors, laneLongEvents, globalLongEvents, globalOrder,
                globalAnchors, byEarliest, earliestSorted, byLatest, latestSorted, bounds);
    }

    /** True when {@code values} exist, have {@code length} entries (any when -1) and are event positions below {@code n}. */
    private static boolean positions(int[] values, int length, int n) {
        if (values == null || (length >= 0 && values.length != length)) {
            return false;
        }
        for (int v : values) {
            if (v < 0 || v >= n) {
                return false;
            }
        }
        return true;
    }

    private TimelineIndex(EventIndex index, long[] anchor, int[][] laneEvents, long[][] laneAnchors, int[][] laneLongEvents,
                          int[] globalLongEvents, int[] globalOrder, long[] globalAnchors, int[] byEarliest,
                          long[] earliestSorted, int[] byLatest, long[] latestSorted, long[] bounds) {
        this.index = index;
        this.anchor = anchor;
        this.laneEvents = laneEvents;
        this.laneAnchors = laneAnchors;
        this.laneLongEvents = laneLongEvents;
        this.globalLongEvents = globalLongEvents;
        this.globalOrder = globalOrder;
        this.globalAnchors = globalAnchors;
        this.byEarliest = byEarliest;
        this.earliestSorted = earliestSorted;
        this.byLatest = byLatest;
        this.latestSorted = latestSorted;
        maxShortReach = bounds[0];
        domainStart = bounds[1];
        domainEnd = bounds[2];
    }

    public static TimelineIndex of(EventIndex index) {
        return of(index, index.size() >= Concurrently.MIN_EVENTS);
    }

    /** Builds the index on this thread alone, or with the range orders sorted on another (the same index either way). */
    static TimelineIndex of(EventIndex index, boolean concurrent) {
        return new TimelineIndex(index, concurrent);
    }

    public EventIndex events() {
        return index;
    }

    public long anchor(int event) {
        return anchor[event];
    }

    /** Events of an actor's lane, sorted by anchor; do not modify. */
    public int[] laneEvents(int actor) {
        return laneEvents[actor];
    }

    public long[] laneAnchors(int actor) {
        return laneAnchors[actor];
    }

    /** Events of a lane whose span is long or open-ended; do not modify. */
    public int[] laneLongEvents(int actor) {
        return laneLongEvents[actor];
    }

    /** All events whose span is long or open-ended; do not modify. */
    public int[] globalLongEvents() {
        return globalLongEvents;
    }

    public int[] globalOrder() {
        return globalOrder;
    }

    public long[] globalAnchors() {
        return globalAnchors;
    }

    /** The furthest a short span reaches from its anchor, in days. */
    public long maxShortReach() {
        return maxShortReach;
    }

    /** First and last finite day of any event: the extent "fit all" shows. */
    public long domainStart() {
        return domainStart;
    }

    public long domainEnd() {
        return domainEnd;
    }

    /**
     * The days where the story is dense, for the first view: the middle 80% of the days that
     * pin events down (whole short spans, and the known end of open ones), with a margin; the
     * whole extent when there are too few such days to say.
     */
    public double[] focusRange() {
        int n = index.size();
        long[] days = new long[Math.min(n, 200_000) * 2];
        int k = 0;
        int stride = Math.max(1, n / 200_000);
        for (int e = 0; e < n && k + 2 <= days.length; e += stride) {
            long earliest = index.earliest(e);
            long latest = index.latest(e);
            boolean openStart = Days.isOpen(earliest);
            boolean openEnd = Days.isOpen(latest);
            if (!openStart && !openEnd) {
                if (latest - earliest <= 366) {
                    days[k++] = earliest;
                    days[k++] = latest;
                }
            } else if (!openStart) {
                days[k++] = earliest;
            } else if (!openEnd) {
                days[k++] = latest;
            }
        }
        double[] all = {domainStart, domainEnd + 1.0};
        if (k < 6) {
            return pad(all);
        }
        long[] sorted = Arrays.copyOf(days, k);
        Arrays.sort(sorted);
        long lo = sorted[(int) Math.floor(k * 0.1)];
        long hi = sorted[Math.min(k - 1, (int) Math.ceil(k * 0.9) - 1)] + 1;
        if (hi - lo < 14) {
            return pad(all);
        }
        return pad(new double[] {lo, hi});
    }

    private static double[] pad(double[] range) {
        double span = Math.max(30, range[1] - range[0]);
        double margin = span * 0.12;
        return new double[] {range[0] - margin, range[1] + margin};
    }

    /** The whole finite extent with a small margin ("fit all"). */
    public double[] fitRange() {
        double span = Math.max(30, domainEnd + 1.0 - domainStart);
        double margin = span * 0.04;
        return new double[] {domainStart - margin, domainEnd + 1.0 + margin};
    }

    /** Prefix sums of visible events along each lane for one filter result. */
    public Visible visible(FilterResult result) {
        return new Visible(this, result);
    }


    /**
     * The visible events of one filter result as prefix counts along each lane and over all
     * events, so counting the visible events whose anchor lies in a day range costs two binary
     * searches. Built in one pass over all roles when the filter changes.
     */
    public static final class Visible {
        private final TimelineIndex timeline;
        private final FilterResult result;
        private final int[][] lanePrefix;
        private final int[] globalPrefix;
        private final int[] earliestPrefix;
        private final int[] latestPrefix;
        /**
         * Every event visible (no filter, the usual case): a count of visible events is then a
         * count of positions, and the prefix sums, a pass over every event and every lane, are
         * not made (null).
         */
        private final boolean all;

        Visible(TimelineIndex timeline, FilterResult result) {
            this.timeline = timeline;
            this.result = result;
            all = result.visibleCount() == result.totalCount();
            if (all) {
                lanePrefix = null;
                globalPrefix = null;
                earliestPrefix = null;
                latestPrefix = null;
                return;
            }
            int actors = timeline.laneEvents.length;
            lanePrefix = new int[actors][];
            for (int a = 0; a < actors; a++) {
                int[] events = timeline.laneEvents[a];
                int[] prefix = new int[events.length + 1];
                for (int i = 0; i < events.length; i++) {
                    prefix[i + 1] = prefix[i] + (result.isVisible(events[i]) ? 1 : 0);
                }
                lanePrefix[a] = prefix;
            }
            globalPrefix = prefix(timeline.globalOrder, result);
            earliestPrefix = prefix(timeline.byEarliest, result);
            latestPrefix = prefix(timeline.byLatest, result);
        }

        /** Visible events among the first {@code i} of an order (a prefix sum, or {@code i} when all are visible). */
        private int visibleBefore(int[] prefix, int i) {
            return all ? i : prefix[i];
        }

        private static int[] prefix(int[] order, FilterResult result) {
            int[] prefix = new int[order.length + 1];
            for (int i = 0; i < order.length; i++) {
                prefix[i + 1] = prefix[i] + (result.isVisible(order[i]) ? 1 : 0);
            }
            return prefix;
        }

        /** Visible events whose [earliest, latest] overlaps [from, to): exact, two binary searches each side. */
        public int overlapCount(long from, long to) {
            int total = visibleBefore(globalPrefix, timeline.globalOrder.length);
            int startAfter = total - visibleBefore(earliestPrefix, SortedArrays.lowerBound(timeline.earliestSorted, to));
            int endBefore = visibleBefore(latestPrefix, SortedArrays.lowerBound(timeline.latestSorted, from));
            return total - startAfter - endBefore;
        }

        /**
         * Visible long or open spans that start before {@code from} and end at or after {@code to}:
         * neither end in view. (Short spans are always drawn one by one, so they are not counted.)
         */
        public int longThroughCount(long from, long to) {
            EventIndex index = timeline.index;
            int count = 0;
            for (int e : timeline.globalLongEvents) {
                if (index.earliest(e) < from && index.latest(e) >= to && result.isVisible(e)) {
                    count++;
                }
            }
            return count;
        }

        /**
         * The distinct days, ascending, where a visible event starts or ends (its first day, and
         * the day after its last): the days the gaps mode keeps. Open ends add nothing.
         */
        public long[] markDays() {
            long[] starts = finiteVisible(timeline.byEarliest, timeline.earliestSorted, 0);
            long[] ends = finiteVisible(timeline.byLatest, timeline.latestSorted, 1);
            long[] merged = new long[starts.length + ends.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < starts.length || j < ends.length) {
                long next = j >= ends.length || (i < starts.length && starts[i] <= ends[j]) ? starts[i++] : ends[j++];
                if (k == 0 || merged[k - 1] != next) {
                    merged[k++] = next;
                }
            }
            return Arrays.copyOf(merged, k);
        }

        private long[] finiteVisible(int[] order, long[] sortedDays, long shift) {
            long[] out = new long[order.length];
            int k = 0;
            for (int i = 0; i < order.length; i++) {
                long day = sortedDays[i];
                if (!Days.isOpen(day) && result.isVisible(order[i])) {
                    long mark = day + shift;
                    if (k == 0 || out[k - 1] != mark) {
                        out[k++] = mark;
                    }
                }
            }
            return Arrays.copyOf(out, k);
        }

        public TimelineIndex timeline() {
            return timeline;
        }

        public FilterResult result() {
            return result;
        }

        public boolean isVisible(int event) {
            return result.isVisible(event);
        }

        /** Visible events of a lane in total. */
        public int laneTotal(int actor) {
            if (all) {
                return timeline.laneEvents[actor].length;
            }
            int[] prefix = lanePrefix[actor];
            return prefix[prefix.length - 1];
        }

        /** Visible events of a lane whose anchor is in [from, to). */
        public int laneCount(int actor, long from, long to) {
            long[] anchors = timeline.laneAnchors[actor];
            int lo = SortedArrays.lowerBound(anchors, from);
            int hi = SortedArrays.lowerBound(anchors, to);
            return all ? hi - lo : lanePrefix[actor][hi] - lanePrefix[actor][lo];
        }

        /** Visible events, all lanes, whose anchor is in [from, to). */
        public int globalCount(long from, long to) {
            long[] anchors = timeline.globalAnchors;
            return visibleBefore(globalPrefix, SortedArrays.lowerBound(anchors, to))
                    - visibleBefore(globalPrefix, SortedArrays.lowerBound(anchors, from));
        }

        /** Index range [lo, hi) of all events (in {@link TimelineIndex#globalOrder()}) with anchor in [from, to). */
        public int[] globalRange(long from, long to) {
            long[] anchors = timeline.globalAnchors;
            return new int[] {SortedArrays.lowerBound(anchors, from), SortedArrays.lowerBound(anchors, to)};
        }

        /** Index range [lo, hi) of a lane's anchor-sorted events with anchor in [from, to). */
        public int[] laneRange(int actor, long from, long to) {
            long[] anchors = timeline.laneAnchors[actor];
            return new int[] {SortedArrays.lowerBound(anchors, from), SortedArrays.lowerBound(anchors, to)};
        }
    }
}
