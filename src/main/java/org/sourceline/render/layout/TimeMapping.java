package org.sourceline.render.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;

/**
 * How time is laid along the axis in one {@link TimeScaleMode}: a strictly increasing,
 * piecewise-linear map from days to axis units, so every day has its own place and every unit
 * its own day (zooming, panning and hit testing work the same in every mode). A {@link TimeScale}
 * then maps units linearly to pixels.
 *
 * <ul>
 * <li><b>linear</b>: a unit is a day.</li>
 * <li><b>events</b>: each visible event gets a slot one unit wide, in time order; the events of
 * one day share that day's stretch (a day with five events is five units wide), and the empty
 * days between two dates take a fixed half unit, however many they are.</li>
 * <li><b>gaps</b>: a unit is a day, except that each stretch of more than a week without any
 * event's start or end shrinks to a {@link Break} a few units wide.</li>
 * </ul>
 * Built from the visible events of one filter result, so that what is hidden takes no room.
 */
public final class TimeMapping {
    /** Width, in units, of the empty days between two dated days in events mode. */
    static final double EVENTS_DAY_GAP = 0.5;
    /** Units per day before the first and after the last event in events mode (half a slot a month). */
    static final double EVENTS_OUTSIDE_SLOPE = EVENTS_DAY_GAP / 30;
    /** Empty stretches longer than this many days shrink to a break. */
    static final double MIN_GAP_DAYS = 7;
    /** Room kept on either side of an event's start or end before a break begins, in days. */
    static final double GAP_PAD_DAYS = 0.5;

    /** Equal time, equal width. */
    public static final TimeMapping LINEAR = new TimeMapping(TimeScaleMode.LINEAR, new double[0], new double[0], 1,
            null, null, null, List.of(), Double.NaN);

    /**
     * An empty stretch of time drawn shrunk: days [fromDay, toDay) take units [fromUnit, toUnit).
     */
    public record Break(double fromDay, double toDay, double fromUnit, double toUnit) {
        /** How many days the break stands for. */
        public double skippedDays() {
            return toDay - fromDay;
        }
    }

    private final TimeScaleMode mode;
    private final double[] dayKnots;
    private final double[] unitKnots;
    private final double outsideSlope;
    /** Events mode: each event's rank among the visible events of its anchor day, or -1. */
    private final int[] slotRank;
    /** Events mode: the days that hold events, ascending, and how many each holds. */
    private final long[] slotDays;
    private final int[] slotDayEvents;
    private final List<Break> breaks;
    private final double gapThreshold;

    private TimeMapping(TimeScaleMode mode, double[] dayKnots, double[] unitKnots, double outsideSlope, int[] slotRank,
                        long[] slotDays, int[] slotDayEvents, List<Break> breaks, double gapThreshold) {
        this.mode = mode;
        this.dayKnots = dayKnots;
        this.unitKnots = unitKnots;
        this.outsideSlope = outsideSlope;
        this.slotRank = slotRank;
        this.slotDays = slotDays;
        this.slotDayEvents = slotDayEvents;
        this.breaks = breaks;
        this.gapThreshold = gapThreshold;
    }

    /** The mapping of a mode for the visible events of one filter result. */
    public static TimeMapping of(TimeScaleMode mode, TimelineIndex.Visible visible) {
        return switch (mode) {
            case LINEAR -> LINEAR;
            case EVENTS -> evenlySpaced(visible);
            case GAPS -> gapsShrunk(visible);
        };
    }

    public TimeScaleMode mode() {
        return mode;
    }

    // ----- mapping -------------------------------------------------------------------------

    /** The axis unit of a (fractional) day. */
    public double toUnit(double day) {
        int n = dayKnots.length;
        if (n == 0) {
            return day;
        }
        if (day <= dayKnots[0]) {
            return unitKnots[0] - (dayKnots[0] - day) * outsideSlope;
        }
        if (day >= dayKnots[n - 1]) {
            return unitKnots[n - 1] + (day - dayKnots[n - 1]) * outsideSlope;
        }
        int i = upperSegment(dayKnots, day);
        double f = (day - dayKnots[i]) / (dayKnots[i + 1] - dayKnots[i]);
        return unitKnots[i] + f * (unitKnots[i + 1] - unitKnots[i]);
    }

    /** The (fractional) day at an axis unit; the inverse of {@link #toUnit(double)}. */
    public double toDay(double unit) {
        int n = unitKnots.length;
        if (n == 0) {
            return unit;
        }
        if (unit <= unitKnots[0]) {
            return dayKnots[0] - (unitKnots[0] - unit) / outsideSlope;
        }
        if (unit >= unitKnots[n - 1]) {
            return dayKnots[n - 1] + (unit - unitKnots[n - 1]) / outsideSlope;
        }
        int i = upperSegment(unitKnots, unit);
        double f = (unit - unitKnots[i]) / (unitKnots[i + 1] - unitKnots[i]);
        return dayKnots[i] + f * (dayKnots[i + 1] - dayKnots[i]);
    }

    /** The segment [knots[i], knots[i+1]) holding a value strictly inside the knots' range. */
    private static int upperSegment(double[] knots, double value) {
        int lo = 0;
        int hi = knots.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (knots[mid] <= value) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where an event's mark stands, in units: in events mode the middle of its own slot, otherwise
     * the middle of its anchor day.
     */
    public double eventUnit(int event, long anchorDay) {
        if (slotRank != null && event < slotRank.length && slotRank[event] >= 0) {
            return toUnit(anchorDay) + slotRank[event] + 0.5;
        }
        return toUnit(anchorDay + 0.5);
    }

    /** True in events mode for a visible event with a known day: it has a slot of its own. */
    public boolean hasSlot(int event) {
        return slotRank != null && event < slotRank.length && slotRank[event] >= 0;
    }

    /** Stretches shown shrunk (gaps mode), in time order; empty in the other modes. */
    public List<Break> breaks() {
        return breaks;
    }

    /** The shortest empty stretch that shrinks, in days (gaps mode; NaN otherwise). */
    public double gapThreshold() {
        return gapThreshold;
    }

    /** The narrowest range one may zoom to, in units: two days, or two events' slots. */
    public double minSpan() {
        return TimeScale.MIN_SPAN_DAYS;
    }

    /** The widest range one may zoom out to, in units. */
    public double maxSpan() {
        if (mode == TimeScaleMode.EVENTS && unitKnots.length > 0) {
            return Math.max(50, 4 * (unitKnots[unitKnots.length - 1] - unitKnots[0]));
        }
        return TimeScale.MAX_SPAN_DAYS;
    }

    /** Days [first, last + 1) with a margin of 4% of their width in units on each side ("fit all"). */
    public double[] fit(double firstDay, double endDay) {
        double u0 = toUnit(firstDay);
        double u1 = toUnit(endDay);
        double span = Math.max(mode == TimeScaleMode.LINEAR ? 30 : minSpan() * 2, u1 - u0);
        double margin = span * 0.04;
        double middle = (u0 + u1) / 2;
        return new double[] {toDay(middle - span / 2 - margin), toDay(middle + span / 2 + margin)};
    }

    // ----- events mode's days --------------------------------------------------------------

    /** Events mode: how many days hold events (0 in other modes). */
    public int slotDayCount() {
        return slotDays == null ? 0 : slotDays.length;
    }

    /** Events mode: the i-th day that holds events. */
    public long slotDay(int i) {
        return slotDays[i];
    }

    /** Events mode: how many visible events the i-th day holds. */
    public int slotDayEvents(int i) {
        return slotDayEvents[i];
    }

    /** Events mode: the first day holding events at or after {@code day} (its position; the count when none). */
    public int firstSlotDayFrom(double day) {
        long d = (long) Math.ceil(day);
        int i = Arrays.binarySearch(slotDays, d);
        return i >= 0 ? i : -i - 1;
    }

    // ----- building ------------------------------------------------------------------------

    private static boolean hasKnownDay(EventIndex index, int e) {
        return !(Days.isOpen(index.earliest(e)) && Days.isOpen(index.latest(e)));
    }

    private static TimeMapping evenlySpaced(TimelineIndex.Visible visible) {
        TimelineIndex timeline = visible.timeline();
        EventIndex index = timeline.events();
        int[] order = timeline.globalOrder();
        long[] anchors = timeline.globalAnchors();
        int n = order.length;
        int[] rank = new int[index.size()];
        Arrays.fill(rank, -1);
        KnotList knots = new KnotList();
        List<long[]> days = new ArrayList<>();
        double unit = 0;
        long previousDay = Long.MIN_VALUE;
        int[] group = new int[16];
        for (int i = 0; i < n; ) {
            long day = anchors[i];
            int size = 0;
            int j = i;
            for (; j < n && anchors[j] == day; j++) {
                int e = order[j];
                if (visible.isVisible(e) && hasKnownDay(index, e)) {
                    if (size == group.length) {
                        group = Arrays.copyOf(group, size * 2);
                    }
                    group[size++] = e;
                }
            }
            i = j;
            if (size == 0) {
                continue;
            }
            // Within a day, in the events' time order.
            int[] sorted = Arrays.copyOf(group, size);
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                keys[k] = ((long) index.timeRank(sorted[k]) << 32) | k;
            }
            Arrays.sort(keys);
            for (int k = 0; k < size; k++) {
                rank[sorted[(int) keys[k]]] = k;
            }
            if (previousDay == Long.MIN_VALUE) {
                knots.add(day, unit);
            } else if (day > previousDay + 1) {
                unit += EVENTS_DAY_GAP;
                knots.add(day, unit);
            }
            unit += size;
            knots.add(day + 1.0, unit);
            days.add(new long[] {day, size});
            previousDay = day;
        }
        long[] slotDays = new long[days.size()];
        int[] counts = new int[days.size()];
        for (int k = 0; k < slotDays.length; k++) {
            slotDays[k] = days.get(k)[0];
            counts[k] = (int) days.get(k)[1];
        }
        return new TimeMapping(TimeScaleMode.EVENTS, knots.days(), knots.units(), EVENTS_OUTSIDE_SLOPE, rank,
                slotDays, counts, List.of(), Double.NaN);
    }

    private static TimeMapping gapsShrunk(TimelineIndex.Visible visible) {
        long[] marks = visible.markDays();
        if (marks.length < 2) {
            return new TimeMapping(TimeScaleMode.GAPS, new double[0], new double[0], 1, null, null, null, List.of(),
                    MIN_GAP_DAYS);
        }
        double threshold = gapThreshold(marks);
        // Kept stretches: marks closer than the threshold share one, padded on both sides.
        List<double[]> kept = new ArrayList<>();
        double from = marks[0] - GAP_PAD_DAYS;
        double to = marks[0] + GAP_PAD_DAYS;
        for (int i = 1; i < marks.length; i++) {
            if (marks[i] - marks[i - 1] > threshold) {
                kept.add(new double[] {from, to});
                from = marks[i] - GAP_PAD_DAYS;
            }
            to = marks[i] + GAP_PAD_DAYS;
        }
        kept.add(new double[] {from, to});
        double keptDays = 0;
        for (double[] k : kept) {
            keptDays += k[1] - k[0];
        }
        double breakUnits = Math.max(1.5, Math.min(threshold, 0.025 * keptDays));
        KnotList knots = new KnotList();
        List<Break> breaks = new ArrayList<>();
        double unit = kept.get(0)[0];
        for (int i = 0; i < kept.size(); i++) {
            double[] k = kept.get(i);
            if (i > 0) {
                double[] previous = kept.get(i - 1);
                breaks.add(new Break(previous[1], k[0], unit, unit + breakUnits));
                unit += breakUnits;
            }
            knots.add(k[0], unit);
            unit += k[1] - k[0];
            knots.add(k[1], unit);
        }
        return new TimeMapping(TimeScaleMode.GAPS, knots.days(), knots.units(), 1, null, null, null, List.copyOf(breaks),
                threshold);
    }

    /**
     * The shortest stretch that counts as a gap: a week. Thresholds taken from the data's own
     * rhythm failed on news, whose half-dozen background dates make every spacing look long: a
     * week keeps busy days and weeks as they are and shrinks what lies between them.
     */
    static double gapThreshold(long[] marks) {
        return MIN_GAP_DAYS;
    }

    /** Knots in increasing order; a knot at the last knot's day is skipped. */
    private static final class KnotList {
        private double[] days = new double[16];
        private double[] units = new double[16];
        private int size;

        void add(double day, double unit) {
            if (size > 0 && day <= days[size - 1]) {
                return;
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                units = Arrays.copyOf(units, size * 2);
            }
            days[size] = day;
            units[size] = unit;
            size++;
        }

        double[] days() {
            return Arrays.copyOf(days, size);
        }

        double[] units() {
            return Arrays.copyOf(units, size);
        }
    }
}
