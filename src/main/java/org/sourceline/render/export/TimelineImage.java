package org.sourceline.render.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sourceline.Version;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;
import org.sourceline.render.FxTextMeasurer;
import org.sourceline.render.Palette;
import org.sourceline.render.TimelineFrame;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimeMapping;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * The timeline as an image: an optional title block, the time axis and every lane (not only
 * what fits on a screen), the legend and a caption naming the filters and the source. Drawn with
 * the same {@link TimelineRenderer} as the app, so the export shows exactly what the app does.
 */
public final class TimelineImage implements ImageContent {
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 20);
    private static final Font SUBTITLE_FONT = Font.font("System", 12);
    private static final double MARGIN = 16;

    // Measurers are made once: the exporter draws the image once per tile.
    private final FxTextMeasurer titleMeasurer = new FxTextMeasurer(TITLE_FONT);
    private final FxTextMeasurer subtitleMeasurer = new FxTextMeasurer(SUBTITLE_FONT);

    /**
     * What to draw.
     *
     * @param title       the dataset's title
     * @param subtitle    a line under the title (the source credit), or null
     * @param caption     the caption lines (filters, source), or null for none
     * @param showTitle   draw the title block
     * @param showLegend  draw the legend
     * @param start       first day shown
     * @param end         last day shown (exclusive)
     * @param width       width in logical pixels
     * @param height      height in logical pixels, or 0 to fit every lane
     * @param mode        actor lanes or compact
     * @param timeScale   how time is laid along the axis
     * @param metadata    PNG text chunks
     */
    public record Spec(String title, String subtitle, String caption, boolean showTitle, boolean showLegend,
                       double start, double end, double width, double height, TimelineLayout.Mode mode,
                       TimeScaleMode timeScale, Map<String, String> metadata) {
    }

    private final Spec spec;
    private final EventIndex index;
    private final TimelineRenderer renderer;
    private final TimelineLayout layout;
    private final double headerHeight;
    private final double bodyHeight;
    private final double legendHeight;
    private final double captionHeight;
    /** The numbered clusters' list: an image cannot be clicked open, so it says what each "+N" holds. */
    private final List<String> clusterLines;
    private final double clusterListHeight;
    private final double height;
    private final int hiddenLanes;
    private final FxTextMeasurer captionMeasurer = new FxTextMeasurer(TimelineRenderer.SMALL_FONT);

    public TimelineImage(Spec spec, TimelineIndex.Visible visible, java.util.Set<Integer> hiddenActors, int[] laneOrder) {
        this.spec = spec;
        this.index = visible.timeline().events();
        this.renderer = new TimelineRenderer();
        double x0 = TimelineRenderer.LABEL_COLUMN_WIDTH;
        TimeScale scale = new TimeScale(spec.start(), spec.end(), x0, spec.width() - x0 - MARGIN,
                TimeMapping.of(spec.timeScale(), visible));
        headerHeight = spec.showTitle() ? 58 : 0;
        TimelineFrame probe = new TimelineFrame(null, spec.width(), 1, x0, TimelineRenderer.AXIS_HEIGHT, 0, -1, -1,
                spec.showLegend());
        legendHeight = renderer.legendHeight(probe, index, spec.timeScale());
        // A fixed height keeps a caption line free to say how many lanes it could not hold.
        captionHeight = (spec.caption() == null ? 0 : 12 + 16 * spec.caption().lines().count())
                + (spec.height() > 0 ? 16 : 0);
        TimelineLayout full = TimelineLayout.compute(new TimelineLayout.Input(visible, scale, spec.mode(), laneOrder,
                hiddenActors, renderer.labelMeasurer(), TimelineLayout.Metrics.DEFAULT, 0, Double.MAX_VALUE));
        layout = full;
        // A fixed height keeps most of itself for the lanes: the list gets at most a third of it.
        int maxLines = spec.height() > 0 ? Math.max(2, (int) ((spec.height() / 3 - 14) / LIST_LINE)) : Integer.MAX_VALUE;
        clusterLines = clusterList(full, index, spec.width() - 2 * MARGIN, maxLines);
        clusterListHeight = clusterLines.isEmpty() ? 0 : 14 + LIST_LINE * clusterLines.size();
        // Without events to show, room for the line that says why (see TimelineRenderer).
        double lanesHeight = full.showsNoEvents() ? Math.max(EMPTY_LANES_HEIGHT, full.contentHeight())
                : full.contentHeight();
        if (spec.height() > 0) {
            double available = spec.height() - headerHeight - legendHeight - clusterListHeight - captionHeight
                    - TimelineRenderer.AXIS_HEIGHT;
            int shown = 0;
            for (TimelineLayout.Lane lane : full.lanes()) {
                if (lane.y() + lane.height() <= available) {
                    shown++;
                }
            }
            hiddenLanes = full.lanes().size() - shown;
            bodyHeight = Math.max(0, available) + TimelineRenderer.AXIS_HEIGHT;
            height = spec.height();
        } else {
            hiddenLanes = 0;
            bodyHeight = TimelineRenderer.AXIS_HEIGHT + lanesHeight + 4;
            height = headerHeight + bodyHeight + legendHeight + clusterListHeight + captionHeight;
        }
    }

    /** Height of the lane area of an image that fits its lanes but has none. */
    static final double EMPTY_LANES_HEIGHT = 40;
    /** Height of a line of the clusters' list. */
    private static final double LIST_LINE = 15;
    /** Clusters listed at most; more are counted in a last line. */
    static final int MAX_LISTED_CLUSTERS = 200;
    /** Titles listed per cluster at most. */
    static final int MAX_LISTED_TITLES = 12;

    /**
     * One entry per numbered cluster, wrapped to the width: "#3 · Lane · 5 events, 2011-04-12 –
     * 2011-04-13: Title; Title; …" in the numbers' order.
     */
    private List<String> clusterList(TimelineLayout layout, EventIndex index, double width, int maxLines) {
        Map<TimelineLayout.Item, Integer> numbers = layout.clusterNumbers();
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<TimelineLayout.Item> clusters = new ArrayList<>(numbers.keySet());
        clusters.sort(java.util.Comparator.comparingInt(numbers::get));
        List<String> lines = new ArrayList<>();
        lines.add("Clusters (numbered on the timeline):");
        for (int listed = 0; listed < clusters.size(); listed++) {
            TimelineLayout.Item cluster = clusters.get(listed);
            List<String> entry = wrap(clusterEntry(cluster, numbers.get(cluster), layout, index), width, captionMeasurer);
            if (listed == MAX_LISTED_CLUSTERS || lines.size() + entry.size() + 1 > maxLines) {
                lines.add("… and " + (clusters.size() - listed) + " more clusters (from #" + numbers.get(cluster)
                        + "): export a shorter time range, fewer events or a taller image to list them.");
                break;
            }
            lines.addAll(entry);
        }
        return lines;
    }

    static String clusterEntry(TimelineLayout.Item cluster, int number, TimelineLayout layout, EventIndex index) {
        int[] events = cluster.events().clone();
        java.util.Arrays.sort(events);
        Integer[] byTime = java.util.Arrays.stream(events).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(byTime, java.util.Comparator.comparingInt(index::timeRank));
        StringBuilder sb = new StringBuilder("#").append(number).append(" · ");
        if (layout.mode() == TimelineLayout.Mode.LANES) {
            sb.append(layout.lanes().get(cluster.lane()).name()).append(" · ");
        }
        sb.append(String.format("%,d events", cluster.count()));
        String from = Days.format(cluster.firstDay());
        String to = Days.format(cluster.lastDay());
        boolean open = Days.isOpen(cluster.firstDay()) && Days.isOpen(cluster.lastDay());
        sb.append(", ").append(open ? "open-ended" : from.equals(to) ? from : from + " – " + to).append(": ");
        for (int i = 0; i < byTime.length && i < MAX_LISTED_TITLES; i++) {
            sb.append(i == 0 ? "" : "; ").append(index.event(byTime[i]).title());
        }
        if (byTime.length > MAX_LISTED_TITLES) {
            sb.append("; and ").append(byTime.length - MAX_LISTED_TITLES).append(" more");
        }
        return sb.toString();
    }

    /**
     * Words wrapped to a width; continuation lines indented. Each word is measured once and the
     * widths added up (a long list would otherwise measure ever longer lines word by word).
     */
    static List<String> wrap(String text, double width, org.sourceline.render.layout.TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        double space = measurer.width(" ");
        String indent = "    ";
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String word : text.split(" ")) {
            double w = measurer.width(word);
            if (line.length() > 0 && lineWidth + space + w > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(word);
                lineWidth = measurer.width(indent) + w;
            } else {
                lineWidth += (line.length() == 0 ? 0 : space) + w;
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(measurer.elide(line.toString(), width));
        }
        return lines;
    }

    /** The clusters' list as drawn under the legend (empty when nothing clusters). */
    public List<String> clusterLines() {
        return clusterLines;
    }

    /** Lanes left out because a fixed height could not hold them. */
    public int hiddenLanes() {
        return hiddenLanes;
    }

    public TimelineLayout layout() {
        return layout;
    }

    @Override
    public double width() {
        return spec.width();
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public Map<String, String> metadata() {
        return new LinkedHashMap<>(spec.metadata());
    }

    @Override
    public void draw(GraphicsContext gc) {
        gc.save();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width(), height);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        if (spec.showTitle()) {
            gc.setFont(TITLE_FONT);
            gc.setFill(Palette.TEXT);
            gc.fillText(titleMeasurer.elide(spec.title(), width() - 2 * MARGIN), MARGIN, 30);
            if (spec.subtitle() != null) {
                gc.setFont(SUBTITLE_FONT);
                gc.setFill(Palette.TEXT_MUTED);
                gc.fillText(subtitleMeasurer.elide(spec.subtitle(), width() - 2 * MARGIN), MARGIN, 49);
            }
        }
        gc.save();
        gc.translate(0, headerHeight);
        renderer.draw(gc, new TimelineFrame(layout, width(), bodyHeight + legendHeight, TimelineRenderer.LABEL_COLUMN_WIDTH,
                TimelineRenderer.AXIS_HEIGHT, 0, -1, -1, spec.showLegend(), true), index);
        gc.restore();
        // The footer is painted over whatever lanes a fixed height could not hold.
        double footer = headerHeight + bodyHeight + legendHeight;
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, footer, width(), Math.max(0, height - footer));
        if (!clusterLines.isEmpty()) {
            double y = footer + 22;
            gc.setFont(TimelineRenderer.SMALL_FONT);
            gc.setFill(Palette.TEXT);
            for (String line : clusterLines) {
                gc.fillText(line, MARGIN, y);
                y += LIST_LINE;
            }
        }
        if (spec.caption() != null) {
            double y = footer + clusterListHeight + 18;
            gc.setFont(TimelineRenderer.SMALL_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            for (String line : spec.caption().lines().toList()) {
                gc.fillText(captionMeasurer.elide(line, width() - 2 * MARGIN), MARGIN, y);
                y += 16;
            }
        }
        if (hiddenLanes > 0) {
            gc.setFont(TimelineRenderer.SMALL_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            gc.fillText(hiddenLanes + (hiddenLanes == 1 ? " more lane does" : " more lanes do")
                    + " not fit this image's height.", MARGIN, height - 10);
        }
        gc.restore();
    }

    /** The "Made with" line for captions and metadata. */
    public static String software() {
        return "Sourceline " + Version.get();
    }
}
