package org.sourceline.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Role;
import org.sourceline.model.TimeSpan;
import org.sourceline.query.EventIndex;
import org.sourceline.render.layout.TextMeasurer;
import org.sourceline.render.layout.TimeAxis;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.render.layout.TimelineLayout.Item;
import org.sourceline.render.layout.TimelineLayout.Kind;
import org.sourceline.render.layout.TimelineLayout.Lane;

/**
 * Draws the timeline on any {@link GraphicsContext}: the control's canvas and the PNG export use
 * it alike. Fuzzy time is drawn honestly: an exact day is a solid diamond, a span a bar, an
 * approximate or uncertain end fades out, an open end runs off the view with an arrow, and a
 * forecast has a dashed outline; the fill's strength says how certain the article is.
 */
public final class TimelineRenderer {
    public static final Font LABEL_FONT = Font.font("System", 12);
    public static final Font LANE_FONT = Font.font("System", FontWeight.BOLD, 12);
    public static final Font AXIS_FONT = Font.font("System", 11);
    public static final Font CONTEXT_FONT = Font.font("System", FontWeight.BOLD, 11);
    public static final Font SMALL_FONT = Font.font("System", 10);
    /** The figures of the corroboration marks on event bars. */
    static final Font MARK_FONT = Font.font("System", FontWeight.BOLD, 10);

    /** Height of the axis: a context row (month or year) above the tick labels. */
    public static final double AXIS_HEIGHT = 40;
    /** Width of the lane label column. */
    public static final double LABEL_COLUMN_WIDTH = 196;

    private final FxTextMeasurer labelMeasurer = new FxTextMeasurer(LABEL_FONT);
    private final FxTextMeasurer laneMeasurer = new FxTextMeasurer(LANE_FONT);
    private final FxTextMeasurer axisMeasurer = new FxTextMeasurer(AXIS_FONT);
    private final FxTextMeasurer smallMeasurer = new FxTextMeasurer(SMALL_FONT);

    /** The measurer layouts must use for item labels, so they elide exactly as drawn. */
    public TextMeasurer labelMeasurer() {
        return labelMeasurer;
    }

    /**
     * Draws one frame at (0, 0) in the context's current transform. Callers drawing a live canvas
     * clear it first ({@code clearRect} over the whole canvas lets JavaFX drop the commands of
     * frames not yet shown); exports draw into tiles under a scale and translation.
     */
    public void draw(GraphicsContext gc, TimelineFrame frame, EventIndex index) {
        TimelineLayout layout = frame.layout();
        gc.save();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, frame.width(), frame.height());
        gc.setTextBaseline(VPos.BASELINE);

        double top = frame.axisHeight();
        double bottom = frame.height() - legendHeight(frame, index, layout.scale().mapping().mode());
        TimeAxis.Layout axis = TimeAxis.layout(layout.scale(), axisMeasurer);

        // Lane area. No clip: the label column, the axis and the legend are drawn afterwards,
        // opaque, over anything that strays onto them. (A clip costs little on screen but makes
        // the software pipeline rasterise a tile translated far from the origin 15× slower.)
        gc.save();
        gc.translate(0, top - frame.scrollY());
        double viewTop = frame.scrollY();
        double viewBottom = frame.scrollY() + bottom - top;
        drawLaneBands(gc, frame, layout, viewTop, viewBottom);
        drawEras(gc, layout, index, viewTop, viewBottom);
        drawGrid(gc, axis, viewTop, viewBottom);
        drawBreaks(gc, axis, viewTop, viewBottom);
        if (layout.isDetail()) {
            drawConnectors(gc, frame, layout, index);
            java.util.Map<Item, Integer> numbers = frame.numberClusters() ? layout.clusterNumbers() : java.util.Map.of();
            for (Item item : layout.items()) {
                double cy = layout.rowCenterY(item);
                if (cy + 20 < viewTop || cy - 20 > viewBottom) {
                    continue;
                }
                drawItem(gc, frame, layout, item, index, cy, numbers.get(item));
            }
            drawBreakCuts(gc, axis, layout, viewTop, viewBottom);
            drawRoleMarks(gc, frame, layout, index, viewTop, viewBottom);
        } else {
            drawDensities(gc, layout);
        }
        drawEraTitles(gc, layout, index, viewTop);
        gc.restore();

        if (layout.showsNoEvents()) {
            drawEmptyMessage(gc, frame, emptyMessage(index), top, bottom);
        }
        drawLaneLabels(gc, frame, layout, top, bottom);
        drawAxis(gc, frame, axis, layout.scale());
        if (frame.showLegend()) {
            drawLegend(gc, frame, index, layout.scale().mapping().mode());
        }
        gc.restore();
    }

    /**
     * What the lane area says when no lane holds a visible event: the dataset has no events yet,
     * or the filters let none through.
     */
    static String emptyMessage(EventIndex index) {
        return index.size() == 0 ? "No events yet" : "No events match the filters";
    }

    private void drawEmptyMessage(GraphicsContext gc, TimelineFrame frame, String message, double top, double bottom) {
        gc.setFont(LABEL_FONT);
        gc.setFill(Palette.TEXT_MUTED);
        gc.setTextAlign(TextAlignment.CENTER);
        double left = frame.labelColumnWidth();
        gc.fillText(message, left + (frame.width() - left) / 2, top + Math.max(16, (bottom - top) / 2));
        gc.setTextAlign(TextAlignment.LEFT);
    }

    // ----- lanes and grid ------------------------------------------------------------------

    private void drawLaneBands(GraphicsContext gc, TimelineFrame frame, TimelineLayout layout, double viewTop,
                               double viewBottom) {
        List<Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            if (lane.y() + lane.height() < viewTop || lane.y() > viewBottom) {
                continue;
            }
            if (i % 2 == 1) {
                gc.setFill(Palette.BAND);
                gc.fillRect(frame.labelColumnWidth(), lane.y(), frame.width(), lane.height());
            }
            if (layout.mode() == TimelineLayout.Mode.LANES) {
                gc.setStroke(Palette.GRID);
                gc.setLineWidth(1);
                gc.setLineDashes();
                double rail = Math.round(lane.railY()) + 0.5;
                gc.strokeLine(frame.labelColumnWidth(), rail, frame.width(), rail);
            }
        }
    }

    /** Eras (named periods) as shaded bands behind the events; their names come later, over the marks' row. */
    private void drawEras(GraphicsContext gc, TimelineLayout layout, EventIndex index, double viewTop, double viewBottom) {
        List<org.sourceline.model.Era> eras = index.dataset().eras();
        for (int i = 0; i < eras.size(); i++) {
            double[] span = eraSpan(layout.scale(), eras.get(i));
            if (span != null) {
                gc.setFill(Palette.ERAS[i % Palette.ERAS.length].deriveColor(0, 1, 1, 0.75));
                gc.fillRect(span[0], viewTop, span[1] - span[0], viewBottom - viewTop);
            }
        }
    }

    /** Where an era lies across the view, clipped to it; null when it lies outside. */
    private static double[] eraSpan(TimeScale scale, org.sourceline.model.Era era) {
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        double x0 = era.time().isOpenStart() ? left : Math.max(left, scale.toX(era.time().earliest()));
        double x1 = era.time().isOpenEnd() ? right : Math.min(right, scale.toX(era.time().latest() + 1));
        return x1 > x0 ? new double[] {x0, x1} : null;
    }

    /**
     * Era names along the top of the view, drawn after the events so nothing covers them, and
     * placed clear of the role marks on the rail they share: a name that would touch a mark moves
     * right past it (and is shortened to what is left of its era).
     */
    private void drawEraTitles(GraphicsContext gc, TimelineLayout layout, EventIndex index, double viewTop) {
        List<org.sourceline.model.Era> eras = index.dataset().eras();
        if (eras.isEmpty()) {
            return;
        }
        double[] markXs = roleMarksNear(layout, viewTop - 6, viewTop + 18);
        gc.setFont(SMALL_FONT);
        gc.setFill(Palette.TEXT_MUTED);
        gc.setTextAlign(TextAlignment.LEFT);
        for (org.sourceline.model.Era era : eras) {
            double[] span = eraSpan(layout.scale(), era);
            if (span == null) {
                continue;
            }
            double x = clearOf(markXs, span[0] + 4, smallMeasurer.width(era.title()));
            String title = smallMeasurer.elide(era.title(), span[1] - x - 4);
            if (!title.isEmpty()) {
                gc.fillText(title, x, viewTop + 11);
            }
        }
    }

    /** How far an era's name keeps from the centre of a role mark. */
    static final double ERA_TITLE_CLEARANCE = 7;

    /**
     * The first x at or after {@code x} where a text of this width keeps clear of every mark
     * (sorted centres); a text shortened afterwards stays clear.
     */
    static double clearOf(double[] markXs, double x, double width) {
        for (double markX : markXs) {
            if (markX - ERA_TITLE_CLEARANCE > x + width) {
                break;
            }
            if (markX + ERA_TITLE_CLEARANCE >= x) {
                x = markX + ERA_TITLE_CLEARANCE;
            }
        }
        return x;
    }

    /** The x of the role marks whose lane's rail lies between two heights, in order. */
    private static double[] roleMarksNear(TimelineLayout layout, double top, double bottom) {
        if (!layout.isDetail()) {
            return new double[0];
        }
        double[] xs = new double[8];
        int n = 0;
        for (TimelineLayout.RoleMark mark : layout.roleMarks()) {
            double y = layout.lanes().get(mark.lane()).railY();
            if (y >= top && y <= bottom) {
                if (n == xs.length) {
                    xs = java.util.Arrays.copyOf(xs, n * 2);
                }
                xs[n++] = mark.x();
            }
        }
        xs = java.util.Arrays.copyOf(xs, n);
        java.util.Arrays.sort(xs);
        return xs;
    }

    private void drawGrid(GraphicsContext gc, TimeAxis.Layout axis, double viewTop, double viewBottom) {
        gc.setStroke(Palette.GRID.deriveColor(0, 1, 1, 0.6));
        gc.setLineWidth(1);
        gc.setLineDashes();
        for (TimeAxis.Tick tick : axis.ticks()) {
            double x = Math.round(tick.x()) + 0.5;
            gc.strokeLine(x, viewTop, x, viewBottom);
        }
    }

    /** Each shrunk stretch of time (gaps mode) as a pale band across the lanes. */
    private void drawBreaks(GraphicsContext gc, TimeAxis.Layout axis, double viewTop, double viewBottom) {
        for (TimeAxis.BreakMark mark : axis.breaks()) {
            double w = Math.max(2, mark.x1() - mark.x0());
            gc.setFill(Palette.BAND);
            gc.fillRect(mark.x0(), viewTop, w, viewBottom - viewTop);
            gc.setStroke(Palette.GRID);
            gc.setLineWidth(1);
            gc.setLineDashes(3, 3);
            gc.strokeLine(Math.round(mark.x0()) + 0.5, viewTop, Math.round(mark.x0()) + 0.5, viewBottom);
            gc.strokeLine(Math.round(mark.x0() + w) - 0.5, viewTop, Math.round(mark.x0() + w) - 0.5, viewBottom);
            gc.setLineDashes();
        }
    }

    /** A bar that runs through a break is cut there (⫽), so it does not look as short as it is drawn. */
    private void drawBreakCuts(GraphicsContext gc, TimeAxis.Layout axis, TimelineLayout layout, double viewTop,
                               double viewBottom) {
        if (axis.breaks().isEmpty()) {
            return;
        }
        gc.setStroke(Palette.BACKGROUND);
        gc.setLineWidth(2);
        gc.setLineDashes();
        for (Item item : layout.items()) {
            if (item.kind() != Kind.BAR) {
                continue;
            }
            double cy = layout.rowCenterY(item);
            if (cy + 20 < viewTop || cy - 20 > viewBottom) {
                continue;
            }
            for (TimeAxis.BreakMark mark : axis.breaks()) {
                double x = (mark.x0() + mark.x1()) / 2;
                boolean onLabel = item.labelInside() && x + 5 > item.labelX() && x - 5 < item.labelX() + item.labelWidth();
                if (item.x0() < x - 4 && item.x1() > x + 4 && !onLabel) {
                    gc.strokeLine(x - 4, cy + 8, x - 1, cy - 8);
                    gc.strokeLine(x + 1, cy + 8, x + 4, cy - 8);
                }
            }
        }
    }

    // ----- events --------------------------------------------------------------------------

    private void drawConnectors(GraphicsContext gc, TimelineFrame frame, TimelineLayout layout, EventIndex index) {
        List<Item> items = layout.items();
        double[] minY = new double[items.size()];
        double[] maxY = new double[items.size()];
        for (int k = 0; k < items.size(); k++) {
            minY[k] = maxY[k] = layout.rowCenterY(items.get(k));
        }
        for (TimelineLayout.RoleMark mark : layout.roleMarks()) {
            double y = layout.lanes().get(mark.lane()).railY();
            minY[mark.item()] = Math.min(minY[mark.item()], y);
            maxY[mark.item()] = Math.max(maxY[mark.item()], y);
        }
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item.kind() == Kind.CLUSTER || maxY[k] - minY[k] < 1) {
                continue;
            }
            Event event = index.event(item.event());
            boolean emphasised = item.event() == frame.selectedEvent() || item.event() == frame.hoveredEvent();
            gc.setStroke(Palette.of(event.type()).deriveColor(0, 1, 1, emphasised ? 0.95 : 0.45));
            gc.setLineWidth(emphasised ? 2.5 : 1.2);
            double x = Math.round(item.anchorX()) + 0.5;
            gc.strokeLine(x, minY[k], x, maxY[k]);
        }
    }

    private void drawItem(GraphicsContext gc, TimelineFrame frame, TimelineLayout layout, Item item, EventIndex index,
                          double cy, Integer clusterNumber) {
        TimelineLayout.Metrics m = layout.metrics();
        if (item.kind() == Kind.CLUSTER) {
            drawCluster(gc, item, cy, clusterNumber);
            return;
        }
        Event event = index.event(item.event());
        Color color = Palette.of(event.type());
        CertaintyStyle style = Palette.style(event.certainty().level());
        boolean selected = item.event() == frame.selectedEvent();
        boolean hovered = item.event() == frame.hoveredEvent();
        double left = layout.scale().x0();
        double right = layout.scale().x0() + layout.scale().width();
        if (item.kind() == Kind.POINT) {
            double s = m.markSize() / 2 + 1;
            double x = item.anchorX();
            double[] xs = {x, x + s, x, x - s};
            double[] ys = {cy - s, cy, cy + s, cy};
            gc.setFill(fill(color, style));
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(color);
            gc.setLineWidth(1.5);
            gc.setLineDashes(style.dashes());
            gc.strokePolygon(xs, ys, 4);
            gc.setLineDashes();
            if (selected || hovered) {
                outline(gc, x - s - 3, cy - s - 3, 2 * s + 6, 2 * s + 6, selected);
            }
            // Left of a point: its label is to the right.
            drawSourceMarks(gc, index, item.event(), x - 1, cy - s - 5);
            drawLabel(gc, item, cy, Palette.TEXT);
            return;
        }
        double h = 16;
        double x0 = Math.max(item.x0(), left - 4);
        double x1 = Math.min(item.x1(), right + 4);
        double y0 = cy - h / 2;
        TimeSpan time = event.time();
        boolean openStart = time.isOpenStart();
        boolean openEnd = time.isOpenEnd();
        boolean fuzzyStart = !openStart && time.startQualifier().isFuzzy();
        boolean fuzzyEnd = !openEnd && time.endQualifier().isFuzzy();
        gc.setFill(barFill(color, style, x0, x1, fuzzyStart, fuzzyEnd));
        gc.fillRoundRect(x0, y0, x1 - x0, h, 6, 6);
        gc.setStroke(style.isDashed() ? color : color.deriveColor(0, 1, 1, 0.9));
        gc.setLineWidth(style.isDashed() ? 1.5 : 1);
        gc.setLineDashes(style.dashes());
        if (fuzzyStart || fuzzyEnd) {
            gc.setStroke(barFill(color, new CertaintyStyle(1, style.dashes(), ""), x0, x1, fuzzyStart, fuzzyEnd));
        }
        gc.strokeRoundRect(x0 + 0.5, y0 + 0.5, x1 - x0 - 1, h - 1, 6, 6);
        gc.setLineDashes();
        // On a bar drawn in the arrow's own colour the arrow is drawn in the bar's text colour instead,
        // so that an open end is never lost (a stated open start would otherwise look like a start).
        Color arrowColor = style.fillOpacity() >= 0.5 ? textOn(color, style.fillOpacity()) : color;
        if (openStart && item.x0() <= left) {
            arrow(gc, left + 1, cy, -1, arrowColor);
        }
        if (openEnd && item.x1() >= right) {
            arrow(gc, right - 1, cy, +1, arrowColor);
        }
        if (selected || hovered) {
            outline(gc, x0 - 2, y0 - 2, x1 - x0 + 4, h + 4, selected);
        }
        drawSourceMarks(gc, index, item.event(), x1 - 1, y0 - 6);
        if (item.labelInside()) {
            drawLabel(gc, item, cy, textOn(color, style.fillOpacity()));
        } else {
            drawLabel(gc, item, cy, Palette.TEXT);
        }
    }

    /**
     * Corroboration on an event: a small count of the articles that support it (from two on) and
     * a red "!" disc when a quote disputes it, ending at {@code right}, their top at {@code top}
     * (straddling the top corner of a bar). An event of one source, undisputed, gets nothing.
     */
    private void drawSourceMarks(GraphicsContext gc, EventIndex index, int event, double right, double top) {
        int sources = index.sourceCount(event);
        boolean disputed = index.isDisputed(event);
        if (sources < 2 && !disputed) {
            return;
        }
        double x = right;
        if (disputed) {
            x -= DISPUTED_MARK;
            disputedMark(gc, x, top);
            x -= 2;
        }
        if (sources >= 2) {
            String text = sources >= 127 ? "127+" : Integer.toString(sources);
            double w = Math.max(MARK_HEIGHT, smallMeasurer.width(text) + 6);
            sourcesMark(gc, x - w, top, w, text);
        }
    }

    private static final double MARK_HEIGHT = 13;
    private static final double DISPUTED_MARK = 13;

    /** A white pill with a dark outline and the number of supporting articles. */
    static void sourcesMark(GraphicsContext gc, double x, double y, double w, String text) {
        gc.setLineDashes();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRoundRect(x, y, w, MARK_HEIGHT, MARK_HEIGHT, MARK_HEIGHT);
        gc.setStroke(Palette.TEXT);
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, MARK_HEIGHT - 1, MARK_HEIGHT - 1, MARK_HEIGHT - 1);
        gc.setFill(Palette.TEXT);
        gc.setFont(MARK_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(text, x + w / 2, y + 10);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** A red disc with a white "!" and a white rim: a quote disputes the event. */
    static void disputedMark(GraphicsContext gc, double x, double y) {
        gc.setLineDashes();
        gc.setFill(Palette.DISPUTED);
        gc.fillOval(x, y, DISPUTED_MARK, DISPUTED_MARK);
        gc.setStroke(Palette.BACKGROUND);
        gc.setLineWidth(1);
        gc.strokeOval(x - 0.5, y - 0.5, DISPUTED_MARK + 1, DISPUTED_MARK + 1);
        gc.setFill(Color.WHITE);
        gc.setFont(MARK_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("!", x + DISPUTED_MARK / 2, y + 10);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private void drawLabel(GraphicsContext gc, Item item, double cy, Color color) {
        if (item.label().isEmpty()) {
            return;
        }
        gc.setFont(LABEL_FONT);
        gc.setFill(color);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(item.label(), item.labelX(), cy + 4.5);
    }

    /**
     * A cluster: a badge with the count where it starts, and a thin line over the time it covers.
     * Numbered ("#3 +5") where a list below says what it holds (an image cannot be clicked open).
     */
    private void drawCluster(GraphicsContext gc, Item item, double cy, Integer number) {
        String text = (number == null ? "" : "#" + number + " ") + "+" + item.count();
        double w = smallMeasurer.width(text) + 12;
        gc.setStroke(Palette.TEXT_MUTED.deriveColor(0, 1, 1, 0.6));
        gc.setLineWidth(2);
        gc.setLineDashes();
        gc.strokeLine(item.x0(), cy, item.x1(), cy);
        gc.setFill(Palette.TEXT_MUTED);
        gc.fillRoundRect(item.x0(), cy - 8, w, 16, 16, 16);
        gc.setFill(Color.WHITE);
        gc.setFont(SMALL_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(text, item.x0() + w / 2, cy + 3.5);
        gc.setTextAlign(TextAlignment.LEFT);
        if (!item.label().isEmpty()) {
            gc.setFont(SMALL_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            gc.fillText(item.label(), item.x0() + w + 6, cy - 3);
        }
    }

    private void drawRoleMarks(GraphicsContext gc, TimelineFrame frame, TimelineLayout layout, EventIndex index,
                               double viewTop, double viewBottom) {
        for (TimelineLayout.RoleMark mark : layout.roleMarks()) {
            Lane lane = layout.lanes().get(mark.lane());
            double y = lane.railY();
            if (y < viewTop - 10 || y > viewBottom + 10) {
                continue;
            }
            Color color = Palette.of(index.event(mark.event()).type());
            boolean emphasised = mark.event() == frame.selectedEvent() || mark.event() == frame.hoveredEvent();
            roleGlyph(gc, mark.role(), mark.x(), y, color, emphasised ? 1.4 : 1.0);
        }
    }

    /** The role symbols: a filled circle acts, a triangle pointing down is acted upon, a ring takes part. */
    static void roleGlyph(GraphicsContext gc, Role role, double x, double y, Color color, double scale) {
        gc.setLineDashes();
        gc.setLineWidth(1.5);
        switch (role) {
            case SOURCE -> {
                double r = 4.5 * scale;
                gc.setFill(color);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(Palette.BACKGROUND);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case TARGET -> {
                double s = 5.5 * scale;
                double[] xs = {x - s, x + s, x};
                double[] ys = {y - s * 0.8, y - s * 0.8, y + s * 0.9};
                gc.setFill(color);
                gc.fillPolygon(xs, ys, 3);
                gc.setStroke(Palette.BACKGROUND);
                gc.strokePolygon(xs, ys, 3);
            }
            case PARTICIPANT -> {
                double r = 3.8 * scale;
                gc.setFill(Palette.BACKGROUND);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(color);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void drawDensities(GraphicsContext gc, TimelineLayout layout) {
        int max = 1;
        for (TimelineLayout.Density d : layout.densities()) {
            max = Math.max(max, d.count());
        }
        // Axis-aligned rectangles: the software pipeline fills them far faster than ovals, which
        // matters with thousands of marks per frame.
        for (TimelineLayout.Density d : layout.densities()) {
            Lane lane = layout.lanes().get(d.lane());
            double cy = lane.y() + lane.height() / 2;
            double level = densityLevel(d.count(), max);
            double h = Math.max(3, (lane.height() - 6) * (0.3 + 0.7 * level));
            gc.setFill(DENSITY_SHADES[(int) Math.round(level * (DENSITY_SHADES.length - 1))]);
            gc.fillRect(Math.round(d.x()) + 1, Math.round(cy - h / 2), Math.max(1, Math.round(d.width()) - 2), Math.round(h));
        }
    }

    private static final Color[] DENSITY_SHADES = new Color[16];

    static {
        // From a pale to a deep shade of the accent: opaque, so no blending is needed.
        for (int i = 0; i < DENSITY_SHADES.length; i++) {
            double t = (double) i / (DENSITY_SHADES.length - 1);
            DENSITY_SHADES[i] = Palette.BACKGROUND.interpolate(Palette.SELECTION, 0.18 + 0.5 * t)
                    .interpolate(Palette.TEXT, 0.6 * t * t);
        }
    }

    /**
     * How dark a density mark is, from 0 (one event) to 1 (the most crowded mark of the picture),
     * on a log scale: with a million events the few crowded days stand out from the many quiet ones.
     */
    static double densityLevel(int count, int max) {
        if (max <= 1) {
            return 0;
        }
        return Math.log(Math.max(1, count)) / Math.log(max);
    }

    private static Paint fill(Color color, CertaintyStyle style) {
        return Palette.BACKGROUND.interpolate(color, style.fillOpacity());
    }

    /** A bar's fill; a fuzzy end fades out over the last part of the bar. */
    private static Paint barFill(Color color, CertaintyStyle style, double x0, double x1, boolean fuzzyStart,
                                 boolean fuzzyEnd) {
        Color solid = (Color) fill(color, style);
        if (!fuzzyStart && !fuzzyEnd) {
            return solid;
        }
        double width = Math.max(1, x1 - x0);
        double fade = Math.min(0.45, 40 / width);
        Color clear = solid.deriveColor(0, 1, 1, 0);
        Stop[] stops;
        if (fuzzyStart && fuzzyEnd) {
            stops = new Stop[] {new Stop(0, clear), new Stop(fade, solid), new Stop(1 - fade, solid), new Stop(1, clear)};
        } else if (fuzzyStart) {
            stops = new Stop[] {new Stop(0, clear), new Stop(fade, solid), new Stop(1, solid)};
        } else {
            stops = new Stop[] {new Stop(0, solid), new Stop(1 - fade, solid), new Stop(1, clear)};
        }
        return new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE, stops);
    }

    /** Dark or white text, whichever reads better on a bar of this colour and strength. */
    static Color textOn(Color color, double fillOpacity) {
        Color effective = Palette.BACKGROUND.interpolate(color, fillOpacity);
        double luminance = 0.2126 * effective.getRed() + 0.7152 * effective.getGreen() + 0.0722 * effective.getBlue();
        return luminance < 0.55 ? Color.WHITE : Palette.TEXT;
    }

    private static void arrow(GraphicsContext gc, double x, double cy, int direction, Color color) {
        double s = 7;
        double[] xs = {x, x - direction * s, x - direction * s};
        double[] ys = {cy, cy - s, cy + s};
        gc.setFill(color);
        gc.fillPolygon(xs, ys, 3);
    }

    private static void outline(GraphicsContext gc, double x, double y, double w, double h, boolean selected) {
        gc.setLineDashes();
        gc.setStroke(selected ? Palette.SELECTION : Palette.TEXT_MUTED);
        gc.setLineWidth(selected ? 2.5 : 1.5);
        gc.strokeRoundRect(x, y, w, h, 8, 8);
    }

    // ----- label column and axis -----------------------------------------------------------

    private void drawLaneLabels(GraphicsContext gc, TimelineFrame frame, TimelineLayout layout, double top, double bottom) {
        double w = frame.labelColumnWidth();
        gc.save();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, top, w, bottom - top);
        gc.translate(0, top - frame.scrollY());
        List<Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double y = lane.y();
            if (y + lane.height() < frame.scrollY() || y > frame.scrollY() + bottom - top) {
                continue;
            }
            if (i % 2 == 1) {
                gc.setFill(Palette.BAND);
                gc.fillRect(0, y, w, lane.height());
            }
            String count = Integer.toString(lane.visible());
            double countWidth = smallMeasurer.width(count);
            double baseline = layout.isDetail() || layout.mode() == TimelineLayout.Mode.COMPACT ? lane.railY() + 5
                    : y + lane.height() / 2 + 4;
            gc.setFont(LANE_FONT);
            gc.setFill(Palette.TEXT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(laneMeasurer.elide(lane.name(), w - 20 - countWidth - 8), 10, baseline);
            gc.setFont(SMALL_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(count, w - 10, baseline);
        }
        gc.restore();
        gc.setStroke(Palette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(w - 0.5, top, w - 0.5, bottom);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private void drawAxis(GraphicsContext gc, TimelineFrame frame, TimeAxis.Layout axis, TimeScale scale) {
        double h = frame.axisHeight();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, frame.width(), h);
        gc.setStroke(Palette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(0, h - 0.5, frame.width(), h - 0.5);
        gc.setFont(CONTEXT_FONT);
        gc.setFill(Palette.TEXT);
        gc.setTextAlign(TextAlignment.LEFT);
        for (TimeAxis.ContextLabel label : axis.context()) {
            gc.fillText(label.label(), label.x() + 3, 15);
            gc.setStroke(Palette.GRID);
            double x = Math.round(label.x()) + 0.5;
            if (label.x() > scale.x0() + 1) {
                gc.strokeLine(x, 4, x, h);
            }
        }
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        for (TimeAxis.Tick tick : axis.ticks()) {
            double x = Math.round(tick.x()) + 0.5;
            gc.setStroke(Palette.TEXT_MUTED);
            gc.strokeLine(x, h - 6, x, h);
            if (!tick.label().isEmpty()) {
                gc.setFill(Palette.TEXT_MUTED);
                gc.fillText(tick.label(), tick.labelX(), h - 10);
            }
        }
        drawAxisBreaks(gc, axis, h);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** Each break on the axis: the ⫽ mark, and how much time it leaves out where its words fit. */
    private void drawAxisBreaks(GraphicsContext gc, TimeAxis.Layout axis, double h) {
        for (TimeAxis.BreakMark mark : axis.breaks()) {
            double x0 = mark.x0();
            double w = Math.max(2, mark.x1() - mark.x0());
            double x = x0 + w / 2;
            gc.setFill(Palette.BAND);
            gc.fillRect(x0, 20, w, h - 21);
            gc.setStroke(Palette.TEXT_MUTED);
            gc.setLineWidth(1.5);
            // The ⫽ low in the tick row, how long the break is just above it.
            gc.strokeLine(x - 4, h - 2, x - 1, h - 10);
            gc.strokeLine(x + 1, h - 2, x + 4, h - 10);
            double half = axisMeasurer.width(mark.duration()) / 2;
            boolean free = true;
            for (TimeAxis.Tick tick : axis.ticks()) {
                double tickHalf = tick.label().isEmpty() ? 0 : axisMeasurer.width(tick.label()) / 2;
                if (tickHalf > 0 && Math.abs(tick.labelX() - x) < half + tickHalf + 4) {
                    free = false;
                    break;
                }
            }
            if (free) {
                gc.setFont(SMALL_FONT);
                gc.setFill(Palette.TEXT_MUTED);
                gc.fillText(mark.duration(), x, h - 13);
                gc.setFont(AXIS_FONT);
            }
        }
        gc.setLineWidth(1);
    }

    // ----- legend --------------------------------------------------------------------------

    private EventIndex legendIndex;
    private TimeScaleMode legendMode;
    private Legend legend;
    /** What {@link #legend} shows: another index (an edit's next version) showing the same keeps it. */
    private LegendContent legendContent;

    /** The entries a legend has: it is built again (its words measured again) only when they change. */
    private record LegendContent(Set<EventType> types, boolean breaks, boolean density, boolean sources) {
    }

    /** The legend for a dataset and time scale mode, built once for each (and kept while it would be the same). */
    public Legend legendFor(EventIndex index, TimeScaleMode mode) {
        if (legendIndex != index || legendMode != mode) {
            LegendContent content = new LegendContent(typesOf(index), mode == TimeScaleMode.GAPS,
                    index.size() > TimelineLayout.Metrics.DEFAULT.detailLimit(), hasSourceMarks(index));
            if (!content.equals(legendContent)) {
                legend = new Legend(content.types(), content.breaks(), content.density(), content.sources());
                legendContent = content;
            }
            legendIndex = index;
            legendMode = mode;
        }
        return legend;
    }

    /** Height the legend strip needs at this width (0 when hidden). */
    public double legendHeight(TimelineFrame frame, EventIndex index, TimeScaleMode mode) {
        return frame.showLegend() ? legendFor(index, mode).height(frame.width()) : 0;
    }

    private void drawLegend(GraphicsContext gc, TimelineFrame frame, EventIndex index, TimeScaleMode mode) {
        Legend current = legendFor(index, mode);
        double h = current.height(frame.width());
        current.draw(gc, 0, frame.height() - h, frame.width());
    }

    /**
     * True when some event gets a corroboration mark (several supporting articles, or disputed):
     * the legend then explains them. From the index's totals, kept across edits, not a pass over the events.
     */
    static boolean hasSourceMarks(EventIndex index) {
        EventIndex.Totals totals = index.totals();
        return totals.mostSources() > 1 || totals.anyDisputed();
    }

    /** The event types the dataset has (from the index's totals). */
    static Set<EventType> typesOf(EventIndex index) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        int[] byType = index.totals().byType();
        for (int t = 0; t < byType.length; t++) {
            if (byType[t] > 0) {
                types.add(EventType.values()[t]);
            }
        }
        return types;
    }

    /**
     * The legend: event types present, how certainty is drawn, how time and roles are drawn.
     * Entries flow left to right in rows across the given width; shared with the export.
     */
    public static final class Legend {
        private static final double ROW = 20;
        private static final double PAD = 10;
        private static final double GROUP_GAP = 14;
        private final List<Entry> entries = new java.util.ArrayList<>();
        private final FxTextMeasurer measurer = new FxTextMeasurer(SMALL_FONT);
        private final FxTextMeasurer headingMeasurer = new FxTextMeasurer(CONTEXT_FONT);

        /** One legend entry: a symbol and its words; a heading starts a group. */
        private record Entry(String text, boolean heading, java.util.function.BiConsumer<GraphicsContext, double[]> symbol) {
        }

        /**
         * @param present     the event types of the dataset
         * @param breaks      include the break mark of the gaps mode
         * @param density     include the shades of density marks (for datasets big enough to show them)
         */
        public Legend(Set<EventType> present, boolean breaks, boolean density) {
            this(present, breaks, density, false);
        }

        /**
         * @param present     the event types of the dataset
         * @param breaks      include the break mark of the gaps mode
         * @param density     include the shades of density marks (for datasets big enough to show them)
         * @param sources     include the corroboration marks (several supporting articles, disputed)
         */
        public Legend(Set<EventType> present, boolean breaks, boolean density, boolean sources) {
            entries.add(new Entry("Type", true, null));
            for (EventType type : present.stream().sorted().toList()) {
                entries.add(new Entry(type.label(), false, (gc, p) -> {
                    gc.setFill(Palette.of(type));
                    gc.fillRoundRect(p[0], p[1] + 4, 14, 10, 3, 3);
                }));
            }
            entries.add(new Entry("The article", true, null));
            for (CertaintyLevel level : CertaintyLevel.values()) {
                CertaintyStyle style = CertaintyStyle.of(level);
                entries.add(new Entry(level.label(), false, (gc, p) -> {
                    gc.setFill(Palette.BACKGROUND.interpolate(Palette.TEXT_MUTED, style.fillOpacity()));
                    gc.fillRoundRect(p[0], p[1] + 3, 22, 12, 5, 5);
                    gc.setStroke(Palette.TEXT_MUTED);
                    gc.setLineWidth(1.5);
                    gc.setLineDashes(style.dashes());
                    gc.strokeRoundRect(p[0] + 0.5, p[1] + 3.5, 21, 11, 5, 5);
                    gc.setLineDashes();
                }));
            }
            Color c = Palette.TEXT_MUTED;
            entries.add(new Entry("Time", true, null));
            entries.add(new Entry("exact day", false, (gc, p) -> {
                double x = p[0] + 7;
                double y = p[1] + 9;
                gc.setFill(c);
                gc.fillPolygon(new double[] {x, x + 6, x, x - 6}, new double[] {y - 6, y, y + 6, y}, 4);
            }));
            entries.add(new Entry("span", false, (gc, p) -> {
                gc.setFill(c);
                gc.fillRoundRect(p[0], p[1] + 4, 22, 10, 4, 4);
            }));
            entries.add(new Entry("approximate end", false, (gc, p) -> {
                gc.setFill(new LinearGradient(p[0], 0, p[0] + 22, 0, false, CycleMethod.NO_CYCLE, new Stop(0, c),
                        new Stop(0.35, c), new Stop(1, c.deriveColor(0, 1, 1, 0))));
                gc.fillRoundRect(p[0], p[1] + 4, 22, 10, 4, 4);
            }));
            entries.add(new Entry("open end", false, (gc, p) -> {
                gc.setFill(c);
                gc.fillRect(p[0], p[1] + 5, 14, 8);
                gc.fillPolygon(new double[] {p[0] + 14, p[0] + 21, p[0] + 14},
                        new double[] {p[1] + 2, p[1] + 9, p[1] + 16}, 3);
            }));
            // An open start's connector and role marks stand at its known end, not at the view's edge.
            entries.add(new Entry("open start, marked at its end", false, (gc, p) -> {
                gc.setFill(c);
                gc.fillPolygon(new double[] {p[0], p[0] + 7, p[0] + 7}, new double[] {p[1] + 9, p[1] + 2, p[1] + 16}, 3);
                gc.fillRect(p[0] + 7, p[1] + 5, 13, 8);
                gc.setStroke(c);
                gc.setLineWidth(1.2);
                gc.strokeLine(p[0] + 18.5, p[1] + 1, p[0] + 18.5, p[1] + 17);
            }));
            if (breaks) {
                entries.add(new Entry("time left out", false, (gc, p) -> {
                    gc.setFill(Palette.BAND);
                    gc.fillRect(p[0] + 4, p[1], 14, 18);
                    gc.setStroke(c);
                    gc.setLineWidth(1.2);
                    gc.strokeLine(p[0] + 6, p[1] + 15, p[0] + 10, p[1] + 3);
                    gc.strokeLine(p[0] + 12, p[1] + 15, p[0] + 16, p[1] + 3);
                }));
            }
            if (density) {
                entries.add(new Entry("many events: darker = more (log scale)", false, (gc, p) -> {
                    for (int i = 0; i < 4; i++) {
                        gc.setFill(DENSITY_SHADES[i * (DENSITY_SHADES.length - 1) / 3]);
                        gc.fillRect(p[0] + i * 6, p[1] + 4, 5, 10);
                    }
                }));
            }
            if (sources) {
                entries.add(new Entry("Sources", true, null));
                entries.add(new Entry("supported by 3 articles", false, (gc, p) -> {
                    gc.setFill(c);
                    gc.fillRoundRect(p[0], p[1] + 6, 22, 10, 4, 4);
                    sourcesMark(gc, p[0] + 10, p[1], MARK_HEIGHT, "3");
                }));
                entries.add(new Entry("disputed by a quote", false, (gc, p) -> {
                    gc.setFill(c);
                    gc.fillRoundRect(p[0], p[1] + 6, 22, 10, 4, 4);
                    disputedMark(gc, p[0] + 10, p[1]);
                }));
            }
            entries.add(new Entry("Role", true, null));
            entries.add(new Entry("acts", false, (gc, p) -> roleGlyph(gc, Role.SOURCE, p[0] + 7, p[1] + 9, c, 1)));
            entries.add(new Entry("acted upon", false, (gc, p) -> roleGlyph(gc, Role.TARGET, p[0] + 7, p[1] + 9, c, 1)));
            entries.add(new Entry("takes part", false, (gc, p) -> roleGlyph(gc, Role.PARTICIPANT, p[0] + 7, p[1] + 9, c, 1)));
        }

        private double entryWidth(Entry entry) {
            return entry.heading() ? headingMeasurer.width(entry.text()) + 8 : 28 + measurer.width(entry.text()) + 8;
        }

        /** Positions of every entry as (x, row) for a width; the last element holds the row count. */
        private List<double[]> flow(double width) {
            List<double[]> positions = new java.util.ArrayList<>();
            double x = PAD;
            int row = 0;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                double w = entryWidth(entry);
                if (entry.heading() && i > 0) {
                    x += GROUP_GAP;
                }
                // Keep a heading with its first entry.
                double need = entry.heading() && i + 1 < entries.size() ? w + entryWidth(entries.get(i + 1)) : w;
                if (x + need > width - PAD && x > PAD) {
                    row++;
                    x = PAD;
                }
                positions.add(new double[] {x, row});
                x += w;
            }
            positions.add(new double[] {0, row + 1});
            return positions;
        }

        /** Height of the legend strip at this width. */
        public double height(double width) {
            List<double[]> flow = flow(width);
            return flow.get(flow.size() - 1)[1] * ROW + 2 * 6;
        }

        /** Draws the legend as a strip at (x, y) of the given width. */
        public void draw(GraphicsContext gc, double x, double y, double width) {
            gc.save();
            double h = height(width);
            gc.setFill(Palette.BAND);
            gc.fillRect(x, y, width, h);
            gc.setStroke(Palette.GRID);
            gc.setLineWidth(1);
            gc.setLineDashes();
            gc.strokeLine(x, y + 0.5, x + width, y + 0.5);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
            List<double[]> flow = flow(width);
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                double ex = x + flow.get(i)[0];
                double ey = y + 6 + flow.get(i)[1] * ROW;
                if (entry.heading()) {
                    gc.setFont(CONTEXT_FONT);
                    gc.setFill(Palette.TEXT);
                    gc.fillText(entry.text(), ex, ey + 13);
                } else {
                    entry.symbol().accept(gc, new double[] {ex, ey});
                    gc.setFont(SMALL_FONT);
                    gc.setFill(Palette.TEXT);
                    gc.fillText(entry.text(), ex + 28, ey + 13);
                }
            }
            gc.restore();
        }
    }
}
