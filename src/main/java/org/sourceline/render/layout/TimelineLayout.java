package org.sourceline.render.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Role;
import org.sourceline.query.EventIndex;

/**
 * Where everything on the timeline goes, computed without a toolkit: lanes (one per actor, or one
 * band in compact mode), each event's mark or bar, its label (elided to the room it has, never
 * over another), clusters where events crowd, the role marks joining an event to its actors'
 * lanes, and, when too many events are in view to draw one by one, per-lane density marks.
 * Coordinates: x in canvas pixels, y in content pixels from the top of the lane area.
 */
public final class TimelineLayout {
    /** One lane per actor, or every event in one band. */
    public enum Mode { LANES, COMPACT }

    /** How an item is drawn. */
    public enum Kind { POINT, BAR, CLUSTER }

    /** Sizes, in pixels. */
    public record Metrics(double railHeight, double rowHeight, double laneGap, double densityLaneHeight,
                          int maxRowsPerLane, double markSize, double itemGap, double densityBucket, int detailLimit) {
        /** The sizes the app uses. */
        public static final Metrics DEFAULT = new Metrics(12, 21, 6, 30, 10, 12, 8, 10, 4000);

        public Metrics withMaxRows(int rows) {
            return new Metrics(railHeight, rowHeight, laneGap, densityLaneHeight, rows, markSize, itemGap,
                    densityBucket, detailLimit);
        }
    }

    /**
     * A horizontal band.
     *
     * @param actor   actor position, or -1 for the compact band
     * @param name    label
     * @param y       top, in content pixels
     * @param height  height
     * @param visible visible events involving the actor (all, not only those in view)
     * @param rows    rows of items (detail mode)
     */
    public record Lane(int actor, String name, double y, double height, int visible, int rows) {
        public double railY() {
            return y + 6;
        }
    }

    /**
     * An event's body (or a cluster of events) in a lane row.
     *
     * @param event       the event (the first one for a cluster)
     * @param kind        point, bar or cluster
     * @param lane        lane position in {@link #lanes()}
     * @param row         row within the lane
     * @param x0          left edge of the mark or bar (may lie left of the view for open starts)
     * @param x1          right edge
     * @param anchorX     where the connector and role marks stand: where the event is seen to begin, or
     *                    the known end of an open start; NaN when no day of the event is known or in view
     * @param label       the label as drawn (possibly elided, possibly empty)
     * @param labelX      where the label starts (left of the mark or bar when there is no room after it)
     * @param labelWidth  the label's width as measured
     * @param labelInside whether the label is drawn inside the bar
     * @param count       1, or the number of events in a cluster
     * @param events      the events of a cluster (just the event for others)
     * @param firstDay    earliest finite day covered (for zooming into a cluster)
     * @param lastDay     latest finite day covered
     */
    public record Item(int event, Kind kind, int lane, int row, double x0, double x1, double anchorX, String label,
                       double labelX, double labelWidth, boolean labelInside, int count, int[] events, long firstDay,
                       long lastDay) {
        /** True when the event's connector and role marks are drawn (a known day of it is in view). */
        public boolean isAnchored() {
            return !Double.isNaN(anchorX);
        }

        Item inRow(int newRow) {
            return new Item(event, kind, lane, newRow, x0, x1, anchorX, label, labelX, labelWidth, labelInside, count,
                    events, firstDay, lastDay);
        }

        Item withLabel(String newLabel, double newLabelX, double newLabelWidth) {
            return new Item(event, kind, lane, row, x0, x1, anchorX, newLabel, newLabelX, newLabelWidth, labelInside,
                    count, events, firstDay, lastDay);
        }
    }

    /** A small mark on a lane's rail: this actor's role in an event drawn elsewhere. */
    public record RoleMark(int event, int lane, Role role, double x, int item) {
    }

    /** A density mark: {@code count} visible events with anchors in [from, to). */
    public record Density(int lane, double x, double width, int count, long from, long to) {
    }

    /** What lies under a point. */
    public record Hit(Item item, Density density, Lane laneLabel, RoleMark roleMark) {
        public int event() {
            if (item != null && item.kind() != Kind.CLUSTER) {
                return item.event();
            }
            return roleMark != null ? roleMark.event() : -1;
        }
    }

    /** What to lay out. */
    public record Input(TimelineIndex.Visible visible, TimeScale scale, Mode mode, int[] laneOrder,
                        java.util.Set<Integer> hiddenActors, TextMeasurer labelFont, Metrics metrics,
                        double viewTop, double viewBottom) {
    }

    private final Mode mode;
    private final TimeScale scale;
    private final boolean detail;
    private final List<Lane> lanes;
    private final List<Item> items;
    private final List<RoleMark> roleMarks;
    private final List<Density> densities;
    private final double contentHeight;
    private final Metrics metrics;

    private TimelineLayout(Mode mode, TimeScale scale, boolean detail, List<Lane> lanes, List<Item> items,
                           List<RoleMark> roleMarks, List<Density> densities, double contentHeight, Metrics metrics) {
        this.mode = mode;
        this.scale = scale;
        this.detail = detail;
        this.lanes = lanes;
        this.items = items;
        this.roleMarks = roleMarks;
        this.densities = densities;
        this.contentHeight = contentHeight;
        this.metrics = metrics;
    }

    public Mode mode() {
        return mode;
    }

    public TimeScale scale() {
        return scale;
    }

    /** True when events are drawn one by one; false when lanes show density marks. */
    public boolean isDetail() {
        return detail;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /**
     * True when no lane holds a visible event, in view or not: the dataset has none, or the
     * filters let none through (compact mode keeps its one band even then).
     */
    public boolean showsNoEvents() {
        for (Lane lane : lanes) {
            if (lane.visible() > 0) {
                return false;
            }
        }
        return true;
    }

    public List<Item> items() {
        return items;
    }

    public List<RoleMark> roleMarks() {
        return roleMarks;
    }

    public List<Density> densities() {
        return densities;
    }

    public double contentHeight() {
        return contentHeight;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** The y of the middle of an item's row, in content pixels. */
    public double rowCenterY(Item item) {
        Lane lane = lanes.get(item.lane());
        return lane.y() + metrics.railHeight() + item.row() * metrics.rowHeight() + metrics.rowHeight() / 2;
    }

    /**
     * The clusters in reading order (by the time they start, then lane and row), numbered from 1:
     * an image cannot be clicked open, so its clusters carry these numbers and a list says what each holds.
     */
    public java.util.Map<Item, Integer> clusterNumbers() {
        List<Item> clusters = new ArrayList<>();
        for (Item item : items) {
            if (item.kind() == Kind.CLUSTER) {
                clusters.add(item);
            }
        }
        clusters.sort(java.util.Comparator.comparingLong(Item::firstDay).thenComparingInt(Item::lane)
                .thenComparingInt(Item::row).thenComparingDouble(Item::x0));
        java.util.Map<Item, Integer> numbers = new java.util.IdentityHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            numbers.put(clusters.get(i), i + 1);
        }
        return numbers;
    }

    /** The item drawn for an event, or null when it is not drawn on its own. */
    public Item itemOf(int event) {
        for (Item item : items) {
            if (item.event() == event && item.kind() != Kind.CLUSTER) {
                return item;
            }
        }
        return null;
    }

    // ----- computing -----------------------------------------------------------------------

    /** Lays out the timeline for one frame. */
    public static TimelineLayout compute(Input in) {
        TimelineIndex.Visible visible = in.visible();
        TimelineIndex timeline = visible.timeline();
        EventIndex index = timeline.events();
        TimeScale scale = in.scale();
        Metrics m = in.metrics();
        long from = (long) Math.floor(scale.start());
        long to = (long) Math.ceil(scale.end()) + 1;
        long reach = timeline.maxShortReach();

        if (in.mode() == Mode.COMPACT) {
            return computeCompact(in, from, to, reach);
        }

        int[] order = laneOrder(in, index, visible);
        int[] laneOfActor = new int[index.actorCount()];
        Arrays.fill(laneOfActor, -1);
        for (int i = 0; i < order.length; i++) {
            laneOfActor[order[i]] = i;
        }
        // Decide exactly and cheaply whether to draw events one by one: events with an end in view
        // count one each; spans running through the whole view count at most THROUGH_LIMIT per lane
        // (beyond that a lane shows them as one band).
        int overlapping = visible.overlapCount(from, to);
        int throughAll = visible.longThroughCount(from, to);
        int local = overlapping - throughAll + Math.min(throughAll, THROUGH_LIMIT * Math.max(1, order.length));
        boolean detail = local <= m.detailLimit();
        if (!detail) {
            return computeDensity(in, order, from, to);
        }
        int[] through = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            for (int e : timeline.laneLongEvents(order[i])) {
                if (visible.isVisible(e) && overlaps(index, e, from, to) && runsThrough(index, e, from, to)) {
                    through[i]++;
                }
            }
        }

        // Collect each visible event overlapping the view once, in its home lane.
        List<List<int[]>> perLane = new ArrayList<>();
        List<List<int[]>> throughPerLane = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            perLane.add(new ArrayList<>());
            throughPerLane.add(new ArrayList<>());
        }
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            int[] events = timeline.laneEvents(a);
            int[] range = visible.laneRange(a, from - reach, to + reach);
            for (int k = range[0]; k < range[1]; k++) {
                if (!isLongSpan(index, events[k])) {
                    addIfHome(events[k], i, from, to, visible, index, laneOfActor, perLane);
                }
            }
            // Long and open spans cross windows their anchors lie outside of: they have their own list.
            for (int e : timeline.laneLongEvents(a)) {
                boolean isThrough = runsThrough(index, e, from, to) && through[i] > THROUGH_LIMIT;
                addIfHome(e, i, from, to, visible, index, laneOfActor, isThrough ? throughPerLane : perLane);
            }
        }

        List<Lane> lanes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            List<Item> laneItems = withThroughBand(pack(perLane.get(i), i, in, m.maxRowsPerLane()),
                    throughPerLane.get(i), i, in);
            int rows = 0;
            for (Item item : laneItems) {
                rows = Math.max(rows, item.row() + 1);
            }
            // A lane with nothing of its own in view keeps just its rail (and its label's line).
            double height = m.railHeight() + Math.max(rows, 0.5) * m.rowHeight() + m.laneGap();
            lanes.add(new Lane(a, index.actor(a).name(), y, height, visible.laneTotal(a), Math.max(rows, 1)));
            items.addAll(laneItems);
            y += height;
        }
        List<RoleMark> marks = roleMarks(items, index, laneOfActor, timeline);
        return new TimelineLayout(Mode.LANES, scale, true, lanes, items, marks, List.of(), y, m);
    }

    /** Lanes draw at most this many spans running through the whole view one by one. */
    static final int THROUGH_LIMIT = 12;

    private static boolean overlaps(EventIndex index, int e, long from, long to) {
        return index.earliest(e) < to && index.latest(e) >= from;
    }

    /** True when a span starts before the view and ends after it: neither end is in sight. */
    private static boolean runsThrough(EventIndex index, int e, long from, long to) {
        return index.earliest(e) < from && index.latest(e) >= to;
    }

    /** Puts the spans running through the view, when too many to draw, in one band on top of the lane. */
    private static List<Item> withThroughBand(List<Item> items, List<int[]> through, int lane, Input in) {
        if (through.isEmpty()) {
            return items;
        }
        EventIndex index = in.visible().timeline().events();
        int[] events = new int[through.size()];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < events.length; i++) {
            events[i] = through.get(i)[0];
            first = Math.min(first, index.earliest(events[i]));
            last = Math.max(last, index.latest(events[i]));
        }
        TimeScale scale = in.scale();
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        String label = in.labelFont().elide(events.length + " longer spans run through this period", right - left - 60);
        List<Item> out = new ArrayList<>(items.size() + 1);
        out.add(new Item(events[0], Kind.CLUSTER, lane, 0, left, right, Double.NaN, label, left + 52,
                in.labelFont().width(label), false, events.length, events, first, last));
        for (Item item : items) {
            out.add(item.inRow(item.row() + 1));
        }
        return out;
    }

    private static boolean isLongSpan(EventIndex index, int e) {
        long earliest = index.earliest(e);
        long latest = index.latest(e);
        return Days.isOpen(earliest) || Days.isOpen(latest) || latest - earliest > TimelineIndex.LONG_SPAN_DAYS;
    }

    private static void addIfHome(int e, int laneIdx, long from, long to, TimelineIndex.Visible visible,
                                  EventIndex index, int[] laneOfActor, List<List<int[]>> perLane) {
        if (!visible.isVisible(e) || index.earliest(e) >= to || index.latest(e) < from) {
            return;
        }
        // Home lane: the event's first actor (sources, then targets, then participants) that has a lane.
        for (int i = index.actorStart(e); i < index.actorEnd(e); i++) {
            int lane = laneOfActor[index.actorAt(i)];
            if (lane >= 0) {
                if (lane == laneIdx) {
                    perLane.get(laneIdx).add(new int[] {e});
                }
                return;
            }
        }
    }

    /** Visible lanes in display order: the given order first, then the rest by event count. */
    static int[] laneOrder(Input in, EventIndex index, TimelineIndex.Visible visible) {
        int actors = index.actorCount();
        boolean[] shown = new boolean[actors];
        for (int a = 0; a < actors; a++) {
            shown[a] = visible.laneTotal(a) > 0 && (in.hiddenActors() == null || !in.hiddenActors().contains(a));
        }
        List<Integer> order = new ArrayList<>();
        boolean[] placed = new boolean[actors];
        if (in.laneOrder() != null) {
            for (int a : in.laneOrder()) {
                if (a >= 0 && a < actors && shown[a] && !placed[a]) {
                    order.add(a);
                    placed[a] = true;
                }
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            if (shown[a] && !placed[a]) {
                rest.add(a);
            }
        }
        rest.sort((x, y) -> {
            int byCount = Integer.compare(visible.laneTotal(y), visible.laneTotal(x));
            return byCount != 0 ? byCount : index.actor(x).name().compareToIgnoreCase(index.actor(y).name());
        });
        order.addAll(rest);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Geometry of one event before packing. */
    private record Shape(int event, Kind kind, double x0, double x1, double anchorX, String title, double titleWidth,
                         boolean openStart) {
        double start(Metrics m) {
            return kind == Kind.POINT ? anchorX - m.markSize() / 2 : x0;
        }

        double bodyEnd(Metrics m) {
            return kind == Kind.POINT ? anchorX + m.markSize() / 2 : x1;
        }
    }

    private static Shape shape(int e, TimeScale scale, EventIndex index, TextMeasurer font, TimelineIndex timeline) {
        Event event = index.event(e);
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        long earliest = index.earliest(e);
        long latest = index.latest(e);
        long anchorDay = timeline.anchor(e);
        boolean slotted = scale.mapping().hasSlot(e);
        String title = event.title();
        if (event.time().isExactDay()) {
            double anchorX = scale.eventX(e, anchorDay);
            return new Shape(e, Kind.POINT, anchorX, anchorX, anchorX, title, font.width(title), false);
        }
        boolean openStart = Days.isOpen(earliest);
        boolean openEnd = Days.isOpen(latest);
        // In events mode a span begins at its own slot, so the events of one day stand apart.
        double slotStart = slotted && !openStart ? scale.eventX(e, anchorDay) - scale.pixelsPerUnit() / 2 : Double.NaN;
        double x0 = openStart ? left - 4 : slotted ? slotStart : scale.toX(earliest);
        double x1 = openEnd ? right + 4 : scale.toX(latest + 1);
        if (slotted && !openStart) {
            x1 = Math.max(x1, slotStart + scale.pixelsPerUnit());
        }
        // A span narrower than a few pixels is still drawn as a (short) bar, never as a day mark.
        if (x1 - x0 < 6) {
            double middle = (x0 + x1) / 2;
            x0 = middle - 3;
            x1 = middle + 3;
        }
        double anchorX;
        if (!openStart) {
            // Where the bar is seen to begin.
            anchorX = Math.max(x0, left) + 3;
        } else if (!openEnd && x1 >= left && x1 <= right) {
            // An open start has no first day: its marks stand at its known end, the one day the data gives.
            anchorX = x1 - 3;
        } else {
            anchorX = Double.NaN;
        }
        return new Shape(e, Kind.BAR, Math.max(x0, left - 4), Math.min(x1, right + 4), anchorX, title, font.width(title),
                openStart);
    }

    /** Where a label goes: after the mark or bar, inside the bar, or before it. */
    private record LabelPlace(double x, boolean inside, String text, double width) {
    }

    /**
     * After the mark or bar when it fits before the right edge; inside a bar when it fits there;
     * otherwise before it (to its left) when it fits there; and when it fits nowhere, wherever the
     * most of it can be read, elided.
     */
    private static LabelPlace placeLabel(Shape s, TimeScale scale, Metrics m, TextMeasurer font) {
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        double width = s.titleWidth();
        double after = s.kind() == Kind.POINT ? s.anchorX() + m.markSize() / 2 + 4 : s.x1() + 4;
        double before = s.kind() == Kind.POINT ? s.anchorX() - m.markSize() / 2 - 4 : s.x0() - 4;
        double roomAfter = right - 2 - after;
        double roomBefore = before - (left + 2);
        if (s.kind() == Kind.BAR) {
            // Leave room for the arrow drawn where a span runs off the left edge.
            double insideX = Math.max(s.x0(), left) + (s.x0() < left ? 12 : 5);
            double insideEnd = s.x1() >= right ? right - 12 : s.x1() - 5;
            double roomInside = insideEnd - insideX;
            if (roomInside >= width) {
                return new LabelPlace(insideX, true, s.title(), width);
            }
            if (roomAfter >= width) {
                return new LabelPlace(after, false, s.title(), width);
            }
            if (roomBefore >= width) {
                return new LabelPlace(before - width, false, s.title(), width);
            }
            double most = Math.max(roomInside, Math.max(roomAfter, roomBefore));
            if (most == roomInside && roomInside >= 40) {
                return new LabelPlace(insideX, true, s.title(), width);
            }
            if (most == roomBefore) {
                String text = font.elide(s.title(), roomBefore);
                double w = font.width(text);
                return new LabelPlace(before - w, false, text, w);
            }
            return new LabelPlace(after, false, s.title(), width);
        }
        if (roomAfter >= width || roomAfter >= roomBefore) {
            return new LabelPlace(after, false, s.title(), width);
        }
        String text = roomBefore >= width ? s.title() : font.elide(s.title(), roomBefore);
        double w = font.width(text);
        return new LabelPlace(before - w, false, text, w);
    }

    /**
     * Packs a lane's events into rows: each goes in the first row where it fits with its full
     * label; when rows run out, without its label; when even that fails, it joins a cluster.
     * Labels are then elided to the room before the next item of their row.
     */
    private static List<Item> pack(List<int[]> events, int lane, Input in, int maxRows) {
        Metrics m = in.metrics();
        TimeScale scale = in.scale();
        TimelineIndex timeline = in.visible().timeline();
        EventIndex index = timeline.events();
        TextMeasurer font = in.labelFont();
        double right = scale.x0() + scale.width();
        List<Shape> shapes = new ArrayList<>(events.size());
        for (int[] e : events) {
            shapes.add(shape(e[0], scale, index, font, timeline));
        }
        shapes.sort((a, b) -> a.start(m) != b.start(m) ? Double.compare(a.start(m), b.start(m))
                : Integer.compare(index.timeRank(a.event()), index.timeRank(b.event())));

        List<List<Item>> rows = new ArrayList<>();
        List<Double> rowEnd = new ArrayList<>();
        for (Shape s : shapes) {
            LabelPlace place = placeLabel(s, scale, m, font);
            boolean inside = place.inside();
            // A label placed before the mark or bar takes room on the row before it.
            double start = Math.min(s.start(m), inside ? Double.POSITIVE_INFINITY : place.x());
            double fullEnd = inside ? s.bodyEnd(m) : Math.max(s.bodyEnd(m), place.x() + place.width());
            fullEnd = Math.min(fullEnd, right + 4);
            int row = firstRowFree(rowEnd, start, m.itemGap());
            boolean withLabel = true;
            if (row < 0 && rows.size() < maxRows) {
                row = rows.size();
                rows.add(new ArrayList<>());
                rowEnd.add(Double.NEGATIVE_INFINITY);
            }
            if (row < 0) {
                row = firstRowFree(rowEnd, s.start(m), m.itemGap());
                withLabel = false;
            }
            if (row < 0) {
                // No room anywhere: join the cluster at the end of the row that frees up first.
                int target = 0;
                for (int r = 1; r < rowEnd.size(); r++) {
                    if (rowEnd.get(r) < rowEnd.get(target)) {
                        target = r;
                    }
                }
                List<Item> rowItems = rows.get(target);
                Item last = rowItems.remove(rowItems.size() - 1);
                Item cluster = merge(last, s, index);
                rowItems.add(cluster);
                rowEnd.set(target, Math.max(rowEnd.get(target), Math.max(cluster.x1(), s.bodyEnd(m))));
                continue;
            }
            // Without a row of its own the mark keeps only a label inside its bar.
            boolean keepLabel = inside || withLabel;
            double end = keepLabel && !inside ? fullEnd : s.bodyEnd(m);
            Item item = new Item(s.event(), s.kind(), lane, row, s.x0(), s.x1(), s.anchorX(),
                    keepLabel ? place.text() : "", place.x(), keepLabel ? place.width() : 0, inside, 1,
                    new int[] {s.event()}, index.earliest(s.event()), index.latest(s.event()));
            rows.get(row).add(item);
            rowEnd.set(row, end);
        }

        List<Item> out = new ArrayList<>();
        for (List<Item> rowItems : rows) {
            for (int i = 0; i < rowItems.size(); i++) {
                Item item = rowItems.get(i);
                if (item.label().isEmpty() || item.kind() == Kind.CLUSTER
                        || (!item.labelInside() && item.labelX() < startOf(item, m))) {
                    // Labels before their mark were placed whole (or elided) where they fit.
                    out.add(item);
                    continue;
                }
                double limit = i + 1 < rowItems.size() ? occupiedStart(rowItems.get(i + 1), m) - m.itemGap() : right - 2;
                if (item.labelInside()) {
                    // Stop short of the bar's end, or of the arrow where it runs off the right edge.
                    limit = Math.min(limit, item.x1() >= right ? right - 12 : item.x1() - 5);
                }
                String label = font.elide(item.label(), limit - item.labelX());
                if (label.length() < 3 && !label.equals(item.label())) {
                    label = "";
                }
                out.add(item.withLabel(label, item.labelX(), label.isEmpty() ? 0 : font.width(label)));
            }
        }
        return out;
    }

    private static double startOf(Item item, Metrics m) {
        return item.kind() == Kind.POINT ? item.anchorX() - m.markSize() / 2 : item.x0();
    }

    /** Where an item's room on its row begins: its mark or bar, or its label when that stands before it. */
    private static double occupiedStart(Item item, Metrics m) {
        double body = startOf(item, m);
        return !item.label().isEmpty() && !item.labelInside() ? Math.min(body, item.labelX()) : body;
    }

    private static int firstRowFree(List<Double> rowEnd, double start, double gap) {
        for (int r = 0; r < rowEnd.size(); r++) {
            if (rowEnd.get(r) + gap <= start) {
                return r;
            }
        }
        return -1;
    }

    private static Item merge(Item item, Shape s, EventIndex index) {
        int[] events = Arrays.copyOf(item.events(), item.events().length + 1);
        events[events.length - 1] = s.event();
        long first = Math.min(item.firstDay(), index.earliest(s.event()));
        long last = Math.max(item.lastDay(), index.latest(s.event()));
        double x0 = Math.min(startOfShape(item), s.kind() == Kind.POINT ? s.anchorX() - 6 : s.x0());
        double x1 = Math.max(item.x1(), s.kind() == Kind.POINT ? s.anchorX() + 6 : s.x1());
        return new Item(item.event(), Kind.CLUSTER, item.lane(), item.row(), x0, Math.max(x1, x0 + 28), item.anchorX(),
                "", x0, 0, false, item.count() + 1, events, first, last);
    }

    private static double startOfShape(Item item) {
        return item.kind() == Kind.POINT ? item.anchorX() - 6 : item.x0();
    }

    private static List<RoleMark> roleMarks(List<Item> items, EventIndex index, int[] laneOfActor, TimelineIndex timeline) {
        List<RoleMark> marks = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item.kind() == Kind.CLUSTER || !item.isAnchored()) {
                continue;
            }
            Event event = index.event(item.event());
            for (int i = index.actorStart(item.event()); i < index.actorEnd(item.event()); i++) {
                int actor = index.actorAt(i);
                int lane = laneOfActor[actor];
                if (lane >= 0) {
                    marks.add(new RoleMark(item.event(), lane, event.roleOf(index.actor(actor)), item.anchorX(), k));
                }
            }
        }
        return marks;
    }

    private static TimelineLayout computeDensity(Input in, int[] order, long from, long to) {
        Metrics m = in.metrics();
        TimeScale scale = in.scale();
        TimelineIndex.Visible visible = in.visible();
        EventIndex index = visible.timeline().events();
        List<Lane> lanes = new ArrayList<>(order.length);
        List<Density> densities = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            Lane lane = new Lane(a, index.actor(a).name(), y, m.densityLaneHeight(), visible.laneTotal(a), 1);
            lanes.add(lane);
            if (y + lane.height() >= in.viewTop() && y <= in.viewBottom()) {
                densities.addAll(densityRow(i, scale, m, (lo, hi) -> visible.laneCount(a, lo, hi)));
            }
            y += lane.height();
        }
        return new TimelineLayout(Mode.LANES, scale, false, lanes, List.of(), List.of(), densities, y, m);
    }

    private interface RangeCounter {
        int count(long from, long to);
    }

    private static List<Density> densityRow(int lane, TimeScale scale, Metrics m, RangeCounter counter) {
        List<Density> row = new ArrayList<>();
        double bucket = m.densityBucket();
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        for (double x = left; x < right; x += bucket) {
            long lo = (long) Math.ceil(scale.toDay(x));
            long hi = (long) Math.ceil(scale.toDay(Math.min(x + bucket, right)));
            if (hi <= lo) {
                continue;
            }
            int count = counter.count(lo, hi);
            if (count > 0) {
                row.add(new Density(lane, x, Math.min(bucket, right - x), count, lo, hi));
            }
        }
        return row;
    }

    private static TimelineLayout computeCompact(Input in, long from, long to, long reach) {
        Metrics m = in.metrics();
        TimeScale scale = in.scale();
        TimelineIndex.Visible visible = in.visible();
        TimelineIndex timeline = visible.timeline();
        EventIndex index = timeline.events();
        int throughCount = visible.longThroughCount(from, to);
        int total = visible.overlapCount(from, to) - throughCount + Math.min(throughCount, THROUGH_LIMIT);
        if (total > m.detailLimit()) {
            Lane band = new Lane(-1, "All events", 0, m.densityLaneHeight() * 3, visible.globalCount(Long.MIN_VALUE, Long.MAX_VALUE), 1);
            List<Density> densities = densityRow(0, scale, m, visible::globalCount);
            return new TimelineLayout(Mode.COMPACT, scale, false, List.of(band), List.of(), List.of(), densities,
                    band.height(), m);
        }
        List<int[]> events = new ArrayList<>();
        int[] order = timeline.globalOrder();
        int[] range = visible.globalRange(from - reach, to + reach);
        for (int k = range[0]; k < range[1]; k++) {
            int e = order[k];
            if (!isLongSpan(index, e) && visible.isVisible(e) && index.earliest(e) < to && index.latest(e) >= from) {
                events.add(new int[] {e});
            }
        }
        List<int[]> through = new ArrayList<>();
        for (int e : timeline.globalLongEvents()) {
            if (visible.isVisible(e) && overlaps(index, e, from, to)) {
                (runsThrough(index, e, from, to) && throughCount > THROUGH_LIMIT ? through : events).add(new int[] {e});
            }
        }
        List<Item> items = withThroughBand(pack(events, 0, in, m.maxRowsPerLane()), through, 0, in);
        int rows = 1;
        for (Item item : items) {
            rows = Math.max(rows, item.row() + 1);
        }
        double height = m.railHeight() + rows * m.rowHeight() + m.laneGap();
        Lane band = new Lane(-1, "All events", 0, height, visible.globalCount(Long.MIN_VALUE, Long.MAX_VALUE), rows);
        return new TimelineLayout(Mode.COMPACT, scale, true, List.of(band), items, List.of(), List.of(), height, m);
    }

    // ----- hit testing ---------------------------------------------------------------------

    /**
     * What is under canvas x and content y: an item (its body or label), a role mark, a density
     * mark, or a lane label (left of {@code labelColumnRight}).
     */
    public Hit hit(double x, double y, double labelColumnRight) {
        if (x < labelColumnRight) {
            for (Lane lane : lanes) {
                if (y >= lane.y() && y < lane.y() + lane.height()) {
                    return new Hit(null, null, lane, null);
                }
            }
            return null;
        }
        for (RoleMark mark : roleMarks) {
            Lane lane = lanes.get(mark.lane());
            if (Math.abs(x - mark.x()) <= 6 && Math.abs(y - lane.railY()) <= 6) {
                return new Hit(null, null, null, mark);
            }
        }
        Item best = null;
        for (Item item : items) {
            double top = rowCenterY(item) - metrics.rowHeight() / 2;
            if (y < top || y >= top + metrics.rowHeight()) {
                continue;
            }
            double left = item.kind() == Kind.POINT ? item.anchorX() - metrics.markSize() / 2 - 2 : item.x0();
            double right = item.kind() == Kind.POINT ? item.anchorX() + metrics.markSize() / 2 + 2 : item.x1();
            if (!item.label().isEmpty() && !item.labelInside()) {
                left = Math.min(left, item.labelX());
                right = Math.max(right, item.labelX() + item.labelWidth());
            }
            if (x >= left && x <= right) {
                // Prefer the narrower item when a point sits over a long bar.
                if (best == null || right - left < widthOf(best)) {
                    best = item;
                }
            }
        }
        if (best != null) {
            return new Hit(best, null, null, null);
        }
        for (Density d : densities) {
            Lane lane = lanes.get(d.lane());
            if (x >= d.x() && x < d.x() + d.width() && y >= lane.y() && y < lane.y() + lane.height()) {
                return new Hit(null, d, null, null);
            }
        }
        return null;
    }

    private double widthOf(Item item) {
        return item.kind() == Kind.POINT ? metrics.markSize() : item.x1() - item.x0();
    }
}
