package org.sourceline.render.export;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.TimeWindow;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.FilterResult;
import org.sourceline.render.FxTextMeasurer;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.GraphHighlight;
import org.sourceline.render.GraphRenderer;
import org.sourceline.render.GraphViewport;
import org.sourceline.render.Palette;
import org.sourceline.render.TimelineRenderer;

/**
 * The actor-relationship graph as an image: title block, the graph drawn by the same
 * {@link GraphRenderer} as the app's Relationships view (fitted to the image), and the caption.
 */
public final class GraphImage implements ImageContent {
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 20);
    private static final Font SUBTITLE_FONT = Font.font("System", 12);
    private static final double MARGIN = 16;

    // Measurers are made once: the exporter draws the image once per tile.
    private final FxTextMeasurer titleMeasurer = new FxTextMeasurer(TITLE_FONT);
    private final FxTextMeasurer subtitleMeasurer = new FxTextMeasurer(SUBTITLE_FONT);
    private final FxTextMeasurer captionMeasurer = new FxTextMeasurer(TimelineRenderer.SMALL_FONT);

    private final String title;
    private final String subtitle;
    private final String caption;
    private final double width;
    private final double height;
    private final double headerHeight;
    private final double captionHeight;
    private final ActorGraph graph;
    private final GraphLayout layout;
    private final GraphRenderer renderer = new GraphRenderer();
    private final GraphViewport viewport;
    private final Map<String, String> metadata;

    private GraphImage(Dataset dataset, EventFilter filter, ActorGraph graph, GraphLayout layout, double width,
                       double height, boolean showTitle, boolean showCaption, int shown) {
        this.title = dataset.title();
        this.subtitle = ExportCaption.sourceLine(dataset);
        this.caption = showCaption ? ExportCaption.caption(dataset, filter, shown) : null;
        this.width = width;
        this.height = height;
        this.headerHeight = showTitle ? 58 : 0;
        this.captionHeight = caption == null ? 0 : 12 + 16 * caption.lines().count();
        this.graph = graph;
        this.layout = layout;
        this.viewport = renderer.fit(graph, layout, width, bodyHeight());
        this.metadata = ExportCaption.metadata(dataset, filter);
    }

    /**
     * The graph of the filtered events, laid out with the seeded force layout (the same picture
     * the Relationships view first shows), or with {@code layout} when the caller has one.
     * Built on the JavaFX thread, where text is measured.
     */
    public static GraphImage of(Dataset dataset, FilterResult result, GraphLayout layout, double width, double height,
                                boolean showTitle, boolean showCaption) {
        ActorGraph graph = ActorGraphBuilder.derive(result, TimeWindow.ALL);
        GraphLayout positions = layout != null ? layout : new ForceLayout().layout(graph);
        FxToolkit.start();
        return FxToolkit.call(() -> new GraphImage(dataset, result.filter(), graph, positions, width, height, showTitle,
                showCaption, result.visibleCount()));
    }

    private double bodyHeight() {
        return Math.max(100, height - headerHeight - captionHeight);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public Map<String, String> metadata() {
        return new LinkedHashMap<>(metadata);
    }

    @Override
    public void draw(GraphicsContext gc) {
        gc.save();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        if (headerHeight > 0) {
            gc.setFont(TITLE_FONT);
            gc.setFill(Palette.TEXT);
            gc.fillText(titleMeasurer.elide(title, width - 2 * MARGIN), MARGIN, 30);
            gc.setFont(SUBTITLE_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            gc.fillText(subtitleMeasurer.elide(subtitle, width - 2 * MARGIN), MARGIN, 49);
        }
        gc.save();
        gc.translate(0, headerHeight);
        // No clip (slow when tiles are translated far from the origin): the graph is fitted inside
        // its area, and the footer below is painted over anything that strays.
        renderer.draw(gc, graph, layout, viewport, GraphHighlight.NONE, width, bodyHeight());
        gc.restore();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, headerHeight + bodyHeight(), width, Math.max(0, height - headerHeight - bodyHeight()));
        if (caption != null) {
            double y = headerHeight + bodyHeight() + 18;
            gc.setFont(TimelineRenderer.SMALL_FONT);
            gc.setFill(Palette.TEXT_MUTED);
            for (String line : caption.lines().toList()) {
                gc.fillText(captionMeasurer.elide(line, width - 2 * MARGIN), MARGIN, y);
                y += 16;
            }
        }
        gc.restore();
    }
}
