package org.sourceline.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.query.FilterResult;
import org.sourceline.render.OverviewRenderer;
import org.sourceline.render.Palette;
import org.sourceline.render.TimelineFrame;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.export.PngExportJob;
import org.sourceline.render.layout.FirstView;
import org.sourceline.render.layout.TimeMapping;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * Draws a {@link TimelineView}: the lanes on a canvas with the overview strip above and a scroll
 * bar for the lanes, all from the control's state. Input is {@link TimelineGestures}' job.
 * Redraws are coalesced: many changes in one pulse draw once.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    static final double OVERVIEW_HEIGHT = 42;

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final OverviewRenderer overviewRenderer = new OverviewRenderer();
    private final TimelineGestures gestures;

    private TimelineIndex.Visible visible;
    /** The filter result and mode the control's mapping was built for. */
    private TimelineIndex.Visible mappingFor;
    private TimeScaleMode mappingMode;
    private TimelineLayout layout;
    private TimeScale overviewScale;
    private boolean redrawPending;
    private double legendHeight;
    /** Where a dragged lane would drop (an index into the lanes), or -1. */
    private int dropIndex = -1;
    private boolean syncingScrollBar;

    TimelineSkin(TimelineView control) {
        super(control);
        canvas.setId("timeline-canvas");
        overview.setId("timeline-overview");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setId("timeline-scrollbar");
        getChildren().addAll(overview, canvas, scrollBar);

        AppModel model = control.getModel();
        model.loadedProperty().addListener((obs, old, loaded) -> {
            visible = null;
            if (loaded != null && loaded.isVersionOf(old) && old.index().size() > 0) {
                // An edit: keep the view where it is; the selection brings the edited event into it.
                requestRedraw();
                return;
            }
            control.showFirstView();
        });
        model.filterResultProperty().addListener((obs, old, result) -> {
            visible = null;
            requestRedraw();
        });
        model.selectedEventProperty().addListener((obs, old, event) -> {
            control.reveal(event);
            updateAccessibleText(event);
            requestRedraw();
            // Vertically once the frame that holds the event has been laid out.
            LoadedDataset loaded = model.getLoaded();
            if (event != null && loaded != null) {
                rowToReveal = loaded.index().indexOf(event);
            } else {
                rowToReveal = -1;
            }
        });
        // What is pending is drawn in the next pulse once it has laid out the scene (the one way
        // the timeline is drawn), so that the frame of a change (an edit: the editor, the table)
        // shows the timeline's part of it too, at the size just laid out.
        control.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(drawAfterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(drawAfterLayout);
            }
        });
        if (control.getScene() != null) {
            control.getScene().addPostLayoutPulseListener(drawAfterLayout);
        }
        control.visibleStartProperty().addListener(o -> requestRedraw());
        control.visibleEndProperty().addListener(o -> requestRedraw());
        control.laneScrollProperty().addListener(o -> requestRedraw());
        control.hoveredEventProperty().addListener(o -> requestRedraw());
        control.modeProperty().addListener(o -> {
            control.setLaneScroll(0);
            requestRedraw();
        });
        control.showLegendProperty().addListener(o -> requestRedraw());
        control.timeScaleProperty().addListener(o -> {
            // The days in view stay; the mapping is rebuilt for the new mode at the next frame.
            mappingFor = null;
            requestRedraw();
        });
        control.getLaneOrder().addListener((ListChangeListener<String>) c -> requestRedraw());
        control.focusedProperty().addListener(o -> requestRedraw());
        scrollBar.valueProperty().addListener((obs, old, v) -> {
            if (!syncingScrollBar) {
                control.setLaneScroll(v.doubleValue());
            }
        });
        gestures = new TimelineGestures(control, this);

        if (model.getLoaded() != null) {
            control.showFirstView();
        }
    }

    // ----- what the gestures need ----------------------------------------------------------

    Canvas canvas() {
        return canvas;
    }

    Canvas overview() {
        return overview;
    }

    /** The overview's scale as last drawn (null before the first frame). */
    TimeScale overviewScale() {
        return overviewScale;
    }

    /** What lies under a canvas point (null outside the lanes or before the first frame). */
    TimelineLayout.Hit hitAt(double x, double y) {
        if (layout == null || y < TimelineRenderer.AXIS_HEIGHT || y > canvas.getHeight() - legendHeight) {
            return null;
        }
        return layout.hit(x, y - TimelineRenderer.AXIS_HEIGHT + getSkinnable().getLaneScroll(),
                TimelineRenderer.LABEL_COLUMN_WIDTH);
    }

    /** The lane index a lane dragged to canvas y would take. */
    int dropIndexAt(double canvasY) {
        double y = canvasY - TimelineRenderer.AXIS_HEIGHT + getSkinnable().getLaneScroll();
        List<TimelineLayout.Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            TimelineLayout.Lane lane = lanes.get(i);
            if (y < lane.y() + lane.height() / 2) {
                return i;
            }
        }
        return lanes.size();
    }

    /** Shows (index ≥ 0) or hides (-1) the line where a dragged lane would drop. */
    void showDropMarker(int index) {
        if (index != dropIndex) {
            dropIndex = index;
            requestRedraw();
        }
    }

    // ----- layout and drawing --------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barWidth = scrollBar.prefWidth(-1);
        double canvasWidth = Math.max(1, w - barWidth);
        double canvasHeight = Math.max(1, h - OVERVIEW_HEIGHT);
        boolean resized = canvasWidth != canvas.getWidth() || canvasHeight != canvas.getHeight()
                || overview.getWidth() != Math.max(1, w);
        overview.setLayoutX(x);
        overview.setLayoutY(y);
        overview.setWidth(Math.max(1, w));
        overview.setHeight(OVERVIEW_HEIGHT);
        canvas.setLayoutX(x);
        canvas.setLayoutY(y + OVERVIEW_HEIGHT);
        canvas.setWidth(canvasWidth);
        canvas.setHeight(canvasHeight);
        scrollBar.resizeRelocate(x + w - barWidth, y + OVERVIEW_HEIGHT + TimelineRenderer.AXIS_HEIGHT, barWidth,
                Math.max(1, h - OVERVIEW_HEIGHT - TimelineRenderer.AXIS_HEIGHT - legendHeight));
        // Laid out again at the same size (the scroll bar shown or hidden, say): nothing to draw anew.
        if (resized || layout == null) {
            requestRedraw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    /** Drawn in the next pulse, once it has laid out the scene ({@link #drawAfterLayout}). */
    void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.requestNextPulse();
        }
    }

    /** The events index position of the selected event whose row is brought into view once drawn, or -1. */
    private int rowToReveal = -1;

    /**
     * Run once each pulse has laid out the scene, before it hands the frame to the renderer: what
     * is pending is drawn into this frame, at the size just laid out (the first frame shows the
     * timeline, not an empty canvas; an edit's frame shows its event).
     */
    private final Runnable drawAfterLayout = this::drawPending;

    private void drawPending() {
        if (redrawPending || (rowToReveal >= 0 && layout == null)) {
            redrawNow();
        }
        if (rowToReveal >= 0) {
            int e = rowToReveal;
            rowToReveal = -1;
            getSkinnable().revealRow(e);
            // Scrolled to it: drawn in the same frame.
            if (redrawPending) {
                redrawNow();
            }
        }
    }

    /** Draws now; normally called through {@link #requestRedraw()}. */
    void redrawNow() {
        redrawPending = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        TimelineView control = getSkinnable();
        AppModel model = control.getModel();
        LoadedDataset loaded = model.getLoaded();
        FilterResult result = model.getFilterResult();
        double areaWidth = canvas.getWidth() - TimelineRenderer.LABEL_COLUMN_WIDTH - TimelineView.RIGHT_MARGIN;
        if (loaded == null || result == null || result.index() != loaded.index()) {
            gc.setFill(Palette.BACKGROUND);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            layout = null;
            control.drawn(null, areaWidth, canvas.getHeight());
            return;
        }
        if (visible == null || visible.result() != result) {
            visible = loaded.timeline().visible(result);
        }
        TimeScaleMode timeScale = control.getTimeScale();
        if (mappingFor != visible || mappingMode != timeScale) {
            control.mappingChanged(TimeMapping.of(timeScale, visible));
            mappingFor = visible;
            mappingMode = timeScale;
        }
        boolean showLegend = control.showLegendProperty().get();
        TimelineFrame probe = new TimelineFrame(null, canvas.getWidth(), canvas.getHeight(), 0, 0, 0, -1, -1, showLegend);
        legendHeight = renderer.legendHeight(probe, loaded.index(), timeScale);
        double viewHeight = canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT - legendHeight;
        // The lane area's width first, so that the scale below is the one drawn.
        control.laneArea(areaWidth, viewHeight);
        TimelineLayout.Mode mode = control.modeProperty().get();
        TimelineLayout.Metrics metrics = TimelineLayout.Metrics.DEFAULT;
        if (mode == TimelineLayout.Mode.COMPACT) {
            metrics = metrics.withMaxRows(Math.max(3, (int) ((viewHeight - 24) / metrics.rowHeight())));
        }
        int[] laneOrder = laneOrder(loaded);
        java.util.Set<Integer> hidden = PngExportJob.hiddenActors(loaded.index(), result.filter());
        if (control.takeFirstViewRequest() && areaWidth > 40) {
            double[] first = FirstView.choose(new FirstView.Request(visible, control.getMapping(), mode, laneOrder, hidden,
                    renderer.labelMeasurer(), metrics, TimelineRenderer.LABEL_COLUMN_WIDTH, areaWidth));
            control.setVisibleRange(first[0], first[1]);
        }
        // What was asked for so far (the first view's range above, the lane area) is drawn below:
        // the redraw those changes queued has nothing left to do (at start-up it drew the whole
        // timeline a second time, some 0.1 s, before the start-up's second pulse).
        redrawPending = false;
        double scrollY = control.getLaneScroll();
        layout = TimelineLayout.compute(new TimelineLayout.Input(visible, control.scale(), mode, laneOrder, hidden,
                renderer.labelMeasurer(), metrics, scrollY, scrollY + viewHeight));
        control.drawn(layout, areaWidth, viewHeight);
        scrollY = control.getLaneScroll();
        syncScrollBar(viewHeight, scrollY);
        int selected = loaded.index().indexOf(model.getSelectedEvent());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        renderer.draw(gc, new TimelineFrame(layout, canvas.getWidth(), canvas.getHeight(),
                TimelineRenderer.LABEL_COLUMN_WIDTH, TimelineRenderer.AXIS_HEIGHT, scrollY, selected,
                control.hoveredEventProperty().get(), showLegend), loaded.index());
        if (dropIndex >= 0) {
            drawDropMarker(gc, scrollY);
        }
        if (control.isFocused()) {
            gc.setStroke(Palette.SELECTION.deriveColor(0, 1, 1, 0.6));
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, canvas.getWidth() - 2, canvas.getHeight() - 2);
        }
        drawOverview(loaded);
    }

    private void syncScrollBar(double viewHeight, double scrollY) {
        double maxScroll = getSkinnable().maxLaneScroll();
        syncingScrollBar = true;
        scrollBar.setMax(maxScroll);
        scrollBar.setVisibleAmount(Math.max(1, viewHeight * maxScroll / Math.max(1, layout.contentHeight())));
        scrollBar.setValue(scrollY);
        scrollBar.setVisible(maxScroll > 0);
        syncingScrollBar = false;
    }

    private void drawOverview(LoadedDataset loaded) {
        TimelineIndex timeline = loaded.timeline();
        TimelineView control = getSkinnable();
        double start;
        double end;
        double x0 = TimelineRenderer.LABEL_COLUMN_WIDTH;
        double[] fitted = control.getMapping().fit(timeline.domainStart(), timeline.domainEnd() + 1.0);
        start = Math.min(fitted[0], control.getVisibleStart());
        end = Math.max(fitted[1], control.getVisibleEnd());
        overviewScale = new TimeScale(start, end, x0,
                Math.max(20, overview.getWidth() - x0 - TimelineView.RIGHT_MARGIN - scrollBar.prefWidth(-1)),
                control.getMapping());
        GraphicsContext gc = overview.getGraphicsContext2D();
        overviewRenderer.draw(gc, overview.getWidth(), overview.getHeight(), overviewScale, visible,
                control.getVisibleStart(), control.getVisibleEnd());
        gc.setFill(Palette.TEXT_MUTED);
        gc.setFont(TimelineRenderer.SMALL_FONT);
        gc.fillText("Overview: drag the window", 10, 16);
        gc.fillText("or click to move it", 10, 30);
    }

    private void drawDropMarker(GraphicsContext gc, double scrollY) {
        List<TimelineLayout.Lane> lanes = layout.lanes();
        double y = dropIndex < lanes.size() ? lanes.get(dropIndex).y() : layout.contentHeight();
        y = y + TimelineRenderer.AXIS_HEIGHT - scrollY;
        gc.setStroke(Palette.SELECTION);
        gc.setLineWidth(3);
        gc.strokeLine(0, y, canvas.getWidth(), y);
    }

    private int[] laneOrder(LoadedDataset loaded) {
        List<String> ids = getSkinnable().getLaneOrder();
        if (ids.isEmpty()) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (String id : ids) {
            Actor actor = loaded.dataset().actor(id);
            if (actor != null) {
                order.add(loaded.index().indexOf(actor));
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private void updateAccessibleText(Event event) {
        getSkinnable().setAccessibleText(event == null ? "Timeline. No event selected."
                : "Timeline. Selected: " + describe(event));
    }

    static String describe(Event event) {
        String actors = event.actors().stream().map(a -> a.name() + " (" + event.roleOf(a).label() + ")")
                .collect(Collectors.joining(", "));
        return event.title() + ". " + event.time().displayText() + " (" + event.time().boundsText() + "). "
                + actors + ". " + event.certainty().describe() + ".";
    }

    // ----- for tests -----------------------------------------------------------------------

    TimelineLayout currentLayout() {
        return layout;
    }

    TimelineGestures gestures() {
        return gestures;
    }
}
