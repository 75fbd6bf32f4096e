package org.sourceline.render.layout;

import java.util.Arrays;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;
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

    private TimelineIndex(EventIndex index) {
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
            lo = Days.of(2000, 1, 1);
            hi = Days.of(2030, 1, 1);
        }
        domainStart = lo;
        domainEnd = hi;

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
        long[] earliest = new long[n];
        long[] latest = new long[n];
        for (int e = 0; e < n; e++) {
            earliest[e] = index.earliest(e);
            latest[e] = index.latest(e);
        }
        byEarliest = sortBy(earliest);
        earliestSorted = new long[n];
        byLatest = sortBy(latest);
        latestSorted = new long[n];
        for (int i = 0; i < n; i++) {
            earliestSorted[i] = earliest[byEarliest[i]];
            latestSorted[i] = latest[byLatest[i]];
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

    public static TimelineIndex of(EventIndex index) {
        return new TimelineIndex(index);
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

        Visible(TimelineIndex timeline, FilterResult result) {
            this.timeline = timeline;
            this.result = result;
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

        private static int[] prefix(int[] order, FilterResult result) {
            int[] prefix = new int[order.length + 1];
            for (int i = 0; i < order.length; i++) {
                prefix[i + 1] = prefix[i] + (result.isVisible(order[i]) ? 1 : 0);
            }
            return prefix;
        }

        /** Visible events whose [earliest, latest] overlaps [from, to): exact, two binary searches each side. */
        public int overlapCount(long from, long to) {
            int total = globalPrefix[globalPrefix.length - 1];
            int startAfter = total - earliestPrefix[SortedArrays.lowerBound(timeline.earliestSorted, to)];
            int endBefore = latestPrefix[SortedArrays.lowerBound(timeline.latestSorted, from)];
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
            int[] prefix = lanePrefix[actor];
            return prefix[prefix.length - 1];
        }

        /** Visible events of a lane whose anchor is in [from, to). */
        public int laneCount(int actor, long from, long to) {
            long[] anchors = timeline.laneAnchors[actor];
            int lo = SortedArrays.lowerBound(anchors, from);
            int hi = SortedArrays.lowerBound(anchors, to);
            return lanePrefix[actor][hi] - lanePrefix[actor][lo];
        }

        /** Visible events, all lanes, whose anchor is in [from, to). */
        public int globalCount(long from, long to) {
            long[] anchors = timeline.globalAnchors;
            return globalPrefix[SortedArrays.lowerBound(anchors, to)] - globalPrefix[SortedArrays.lowerBound(anchors, from)];
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
