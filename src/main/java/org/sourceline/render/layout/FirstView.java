package org.sourceline.render.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;

/**
 * The first view of a dataset: its densest stretch, at a scale where its labels fit.
 *
 * <ol>
 * <li>The whole extent, when it reads: nearly every event drawn with its whole title, and nearly
 * every event standing apart from the events of other dates (not piled into one spot). In gaps
 * mode, made to show it all, standing apart is enough.</li>
 * <li>Otherwise the densest stretch: the shortest stretch of the axis holding half the events.
 * It is shown with as much context as leaves it most of the view (three fifths or more), at the widest such
 * scale whose layout still draws nearly every event with its whole title; zoomed further in when
 * even the stretch alone does not.</li>
 * </ol>
 * Every candidate is laid out exactly as it would be drawn. Works for any dataset and in every
 * time scale mode: a news story whose events crowd into two days opens on those two days, not on
 * its years of background, while a gaps or events view that holds the whole story opens on all of it.
 */
public final class FirstView {
    /** "Nearly every": the share of events that must be labelled whole, or stand apart. */
    static final double NEARLY = 0.85;
    /** The densest stretch holds this share of the events. */
    static final double STRETCH_SHARE = 0.5;
    /** Context around the densest stretch: the view is at most this many times as wide. */
    private static final double[] CONTEXT = {1.6, 1.3};
    /** Most anchors used (more are sampled evenly). */
    private static final int MAX_ANCHORS = 200_000;

    /**
     * What the view will draw.
     *
     * @param visible   the filtered events
     * @param mapping   the time scale mode's mapping
     * @param mode      lanes or compact
     * @param laneOrder actor positions in the user's lane order, or null
     * @param hidden    actors whose lanes are hidden, or null
     * @param font      the label font's measurer
     * @param metrics   the layout's sizes
     * @param x0        left edge of the lane area, in pixels
     * @param width     width of the lane area, in pixels
     */
    public record Request(TimelineIndex.Visible visible, TimeMapping mapping, TimelineLayout.Mode mode, int[] laneOrder,
                          Set<Integer> hidden, TextMeasurer font, TimelineLayout.Metrics metrics, double x0,
                          double width) {
    }

    /** How a candidate window reads: the shares of its events labelled whole and standing apart. */
    record Reading(double labelled, double apart) {
        boolean labelsFit() {
            return labelled >= NEARLY;
        }
    }

    private FirstView() {
    }

    /** The days [start, end) to show first. */
    public static double[] choose(Request request) {
        TimelineIndex timeline = request.visible().timeline();
        TimeMapping mapping = request.mapping();
        double[] whole = mapping.fit(timeline.domainStart(), timeline.domainEnd() + 1.0);
        double[] units = anchorUnits(request);
        if (units.length < 2 || request.width() < 20) {
            return whole;
        }
        double wholeStart = mapping.toUnit(whole[0]);
        double wholeEnd = mapping.toUnit(whole[1]);
        Reading all = read(request, units, wholeStart, wholeEnd);
        // The gaps mode exists to show distant background and busy days together: it opens on the
        // whole story whenever its dates stand apart, even if some labels must wait for a zoom.
        boolean gaps = mapping.mode() == TimeScaleMode.GAPS;
        if (all.apart() >= NEARLY && (all.labelsFit() || (gaps && all.labelled() > 0))) {
            return whole;
        }
        double[] stretch = densestStretch(units, Math.max(2, (int) Math.ceil(units.length * STRETCH_SHARE)));
        double middle = (stretch[0] + stretch[1]) / 2;
        double narrowest = mapping.minSpan() * 2;
        double length = Math.max(stretch[1] - stretch[0], narrowest / CONTEXT[CONTEXT.length - 1]);
        for (double context : CONTEXT) {
            double span = Math.min(wholeEnd - wholeStart, Math.max(narrowest, length * context));
            double start = middle - span / 2;
            if (read(request, units, start, start + span).labelsFit()) {
                return days(mapping, start, start + span);
            }
        }
        // Not even the stretch alone reads: zoom further in, around its densest part.
        double span = length;
        double[] best = null;
        while (span / 1.6 >= narrowest) {
            span /= 1.6;
            double start = densestStart(units, span);
            best = new double[] {start, start + span};
            if (read(request, units, start, start + span).labelsFit()) {
                break;
            }
        }
        if (best == null) {
            best = new double[] {middle - narrowest / 2, middle + narrowest / 2};
        }
        return days(mapping, best[0], best[1]);
    }

    private static double[] days(TimeMapping mapping, double startUnit, double endUnit) {
        return new double[] {mapping.toDay(startUnit), mapping.toDay(endUnit)};
    }

    /** The shortest stretch [first, last] of sorted units holding {@code count} of them. */
    static double[] densestStretch(double[] units, int count) {
        int k = Math.min(count, units.length);
        double[] best = {units[0], units[units.length - 1]};
        for (int i = 0; i + k - 1 < units.length; i++) {
            double length = units[i + k - 1] - units[i];
            if (length < best[1] - best[0]) {
                best = new double[] {units[i], units[i + k - 1]};
            }
        }
        return best;
    }

    /** Where each visible event with a known day stands, in units, ascending. */
    static double[] anchorUnits(Request request) {
        TimelineIndex.Visible visible = request.visible();
        TimelineIndex timeline = visible.timeline();
        EventIndex index = timeline.events();
        int[] order = timeline.globalOrder();
        int stride = Math.max(1, order.length / MAX_ANCHORS);
        double[] units = new double[Math.min(order.length, MAX_ANCHORS + 1)];
        int k = 0;
        for (int i = 0; i < order.length && k < units.length; i += stride) {
            int e = order[i];
            if (visible.isVisible(e) && !(Days.isOpen(index.earliest(e)) && Days.isOpen(index.latest(e)))) {
                units[k++] = request.mapping().eventUnit(e, timeline.anchor(e));
            }
        }
        double[] out = Arrays.copyOf(units, k);
        Arrays.sort(out);
        return out;
    }

    /**
     * The start of the window of {@code span} units holding the most anchors, with a tenth of the
     * window kept free before its first event (so the first mark is not on the edge).
     */
    static double densestStart(double[] units, double span) {
        int bestCount = -1;
        double bestStart = units[0] - span * 0.1;
        int j = 0;
        for (int i = 0; i < units.length; i++) {
            if (i > 0 && units[i] == units[i - 1]) {
                continue;
            }
            double start = units[i] - span * 0.1;
            double end = start + span;
            if (j < i) {
                j = i;
            }
            while (j < units.length && units[j] < end) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                bestStart = start;
            }
        }
        return bestStart;
    }

    /** Lays the window out as it would be drawn and says how it reads. */
    static Reading read(Request request, double[] units, double startUnit, double endUnit) {
        TimeMapping mapping = request.mapping();
        double startDay = mapping.toDay(startUnit);
        double endDay = mapping.toDay(endUnit);
        TimelineIndex.Visible visible = request.visible();
        long from = (long) Math.floor(startDay);
        long to = (long) Math.ceil(endDay) + 1;
        if (!(endDay > startDay) || visible.overlapCount(from, to) > 2L * request.metrics().detailLimit()) {
            // Far too many events to draw one by one: no label would be read.
            return new Reading(0, 0);
        }
        TimeScale scale = new TimeScale(startDay, endDay, request.x0(), request.width(), mapping);
        TimelineLayout layout = TimelineLayout.compute(new TimelineLayout.Input(visible, scale, request.mode(),
                request.laneOrder(), request.hidden(), request.font(), request.metrics(), 0, Double.MAX_VALUE));
        if (!layout.isDetail()) {
            return new Reading(0, 0);
        }
        EventIndex index = visible.timeline().events();
        int drawn = 0;
        int full = 0;
        for (TimelineLayout.Item item : layout.items()) {
            drawn += item.count();
            if (item.kind() != TimelineLayout.Kind.CLUSTER && item.label().equals(index.event(item.event()).title())) {
                full++;
            }
        }
        return new Reading(drawn == 0 ? 0 : (double) full / drawn, apartShare(units, startUnit, endUnit, request));
    }

    /**
     * The share of the window's events that stand apart from the events of other dates: a mark's
     * width or more from the nearest place another date is drawn. Events of one day share a place.
     */
    static double apartShare(double[] units, double startUnit, double endUnit, Request request) {
        double pixelsPerUnit = request.width() / (endUnit - startUnit);
        double minGap = request.metrics().markSize();
        int from = lowerBound(units, startUnit);
        int to = lowerBound(units, endUnit);
        if (to <= from) {
            return 0;
        }
        int apart = 0;
        for (int i = from; i < to; ) {
            int j = i;
            while (j < to && units[j] == units[i]) {
                j++;
            }
            double before = i > from ? (units[i] - units[i - 1]) * pixelsPerUnit : Double.POSITIVE_INFINITY;
            double after = j < to ? (units[j] - units[i]) * pixelsPerUnit : Double.POSITIVE_INFINITY;
            if (before >= minGap && after >= minGap) {
                apart += j - i;
            }
            i = j;
        }
        return (double) apart / (to - from);
    }

    private static int lowerBound(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
