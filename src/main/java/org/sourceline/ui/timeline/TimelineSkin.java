package org.sourceline.ui.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;
import org.sourceline.render.OverviewRenderer;
import org.sourceline.render.Palette;
import org.sourceline.render.TimelineFrame;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * Draws a {@link TimelineView} on a canvas, with the overview strip above and a scroll bar for
 * the lanes, and turns mouse and keyboard input into zooming, panning, selecting and lane
 * reordering. Redraws are coalesced: many changes in one pulse draw once.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    static final double OVERVIEW_HEIGHT = 42;
    private static final double RIGHT_MARGIN = 12;

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final OverviewRenderer overviewRenderer = new OverviewRenderer();
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu laneMenu = new ContextMenu();

    private TimelineIndex.Visible visible;
    private TimelineLayout layout;
    private TimeScale overviewScale;
    private double scrollY;
    private int hoveredEvent = -1;
    private boolean redrawPending;
    private boolean tooltipInstalled;
    private double legendHeight;

    // Drag state.
    private double pressX;
    private double pressY;
    private double pressStart;
    private double pressEnd;
    private double pressScroll;
    private boolean dragged;
    private TimelineLayout.Lane draggedLane;
    private int dropIndex = -1;
    private boolean draggingOverview;

    TimelineSkin(TimelineView control) {
        super(control);
        canvas.setId("timeline-canvas");
        overview.setId("timeline-overview");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setId("timeline-scrollbar");
        getChildren().addAll(overview, canvas, scrollBar);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        AppModel model = control.getModel();
        model.loadedProperty().addListener((obs, old, loaded) -> {
            visible = null;
            if (loaded != null && loaded.isVersionOf(old) && old.index().size() > 0) {
                // An edit: keep the view where it is; the selection brings the edited event into it.
                requestRedraw();
                return;
            }
            scrollY = 0;
            showFocus();
        });
        model.filterResultProperty().addListener((obs, old, result) -> {
            visible = null;
            requestRedraw();
        });
        model.selectedEventProperty().addListener((obs, old, event) -> {
            reveal(event);
            updateAccessibleText(event);
            requestRedraw();
        });
        control.visibleStartProperty().addListener(o -> requestRedraw());
        control.visibleEndProperty().addListener(o -> requestRedraw());
        control.modeProperty().addListener(o -> {
            scrollY = 0;
            requestRedraw();
        });
        control.showLegendProperty().addListener(o -> requestRedraw());
        control.getLaneOrder().addListener((javafx.collections.ListChangeListener<String>) c -> requestRedraw());
        control.focusedProperty().addListener(o -> requestRedraw());
        scrollBar.valueProperty().addListener((obs, old, v) -> {
            if (Math.abs(v.doubleValue() - scrollY) > 0.5) {
                scrollY = v.doubleValue();
                requestRedraw();
            }
        });

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        overview.addEventHandler(MouseEvent.MOUSE_PRESSED, this::overviewPressed);
        overview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::overviewDragged);
        overview.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);

        if (model.getLoaded() != null) {
            showFocus();
        }
    }

    // ----- layout and drawing --------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barWidth = scrollBar.prefWidth(-1);
        overview.setLayoutX(x);
        overview.setLayoutY(y);
        overview.setWidth(Math.max(1, w));
        overview.setHeight(OVERVIEW_HEIGHT);
        canvas.setLayoutX(x);
        canvas.setLayoutY(y + OVERVIEW_HEIGHT);
        canvas.setWidth(Math.max(1, w - barWidth));
        canvas.setHeight(Math.max(1, h - OVERVIEW_HEIGHT));
        scrollBar.resizeRelocate(x + w - barWidth, y + OVERVIEW_HEIGHT + TimelineRenderer.AXIS_HEIGHT, barWidth,
                Math.max(1, h - OVERVIEW_HEIGHT - TimelineRenderer.AXIS_HEIGHT - legendHeight));
        requestRedraw();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    /** The scale for the lane area of a canvas of the current width. */
    private TimeScale scale() {
        double x0 = TimelineRenderer.LABEL_COLUMN_WIDTH;
        double width = Math.max(20, canvas.getWidth() - x0 - RIGHT_MARGIN);
        TimelineView control = getSkinnable();
        double start = control.getVisibleStart();
        double end = Math.max(control.getVisibleEnd(), start + TimeScale.MIN_SPAN_DAYS);
        return new TimeScale(start, end, x0, width);
    }

    /** Draws now; normally called through {@link #requestRedraw()}. */
    void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        AppModel model = getSkinnable().getModel();
        LoadedDataset loaded = model.getLoaded();
        FilterResult result = model.getFilterResult();
        if (loaded == null || result == null || result.index() != loaded.index()) {
            gc.setFill(Palette.BACKGROUND);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        if (visible == null || visible.result() != result) {
            visible = loaded.timeline().visible(result);
        }
        TimelineFrame probe = new TimelineFrame(null, canvas.getWidth(), canvas.getHeight(), 0, 0, 0, -1, -1,
                getSkinnable().showLegendProperty().get());
        legendHeight = renderer.legendHeight(probe, loaded.index());
        double viewHeight = canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT - legendHeight;
        TimelineLayout.Metrics metrics = TimelineLayout.Metrics.DEFAULT;
        if (getSkinnable().modeProperty().get() == TimelineLayout.Mode.COMPACT) {
            metrics = metrics.withMaxRows(Math.max(3, (int) ((viewHeight - 24) / metrics.rowHeight())));
        }
        layout = TimelineLayout.compute(new TimelineLayout.Input(visible, scale(), getSkinnable().modeProperty().get(),
                laneOrder(loaded), hiddenActors(loaded, result.filter()), renderer.labelMeasurer(), metrics,
                scrollY, scrollY + viewHeight));
        double maxScroll = Math.max(0, layout.contentHeight() - viewHeight);
        scrollY = Math.max(0, Math.min(scrollY, maxScroll));
        scrollBar.setMax(maxScroll);
        scrollBar.setVisibleAmount(Math.max(1, viewHeight * maxScroll / Math.max(1, layout.contentHeight())));
        scrollBar.setValue(scrollY);
        scrollBar.setVisible(maxScroll > 0);
        int selected = loaded.index().indexOf(model.getSelectedEvent());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        renderer.draw(gc, new TimelineFrame(layout, canvas.getWidth(), canvas.getHeight(),
                TimelineRenderer.LABEL_COLUMN_WIDTH, TimelineRenderer.AXIS_HEIGHT, scrollY, selected, hoveredEvent,
                getSkinnable().showLegendProperty().get()), loaded.index());
        if (draggedLane != null && dropIndex >= 0) {
            drawDropMarker(gc);
        }
        if (getSkinnable().isFocused()) {
            gc.setStroke(Palette.SELECTION.deriveColor(0, 1, 1, 0.6));
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, canvas.getWidth() - 2, canvas.getHeight() - 2);
        }
        drawOverview(loaded);
    }

    private void drawOverview(LoadedDataset loaded) {
        TimelineIndex timeline = loaded.timeline();
        double[] fit = timeline.fitRange();
        TimelineView control = getSkinnable();
        double start = Math.min(fit[0], control.getVisibleStart());
        double end = Math.max(fit[1], control.getVisibleEnd());
        double x0 = TimelineRenderer.LABEL_COLUMN_WIDTH;
        overviewScale = new TimeScale(start, end, x0, Math.max(20, overview.getWidth() - x0 - RIGHT_MARGIN - scrollBar.prefWidth(-1)));
        GraphicsContext gc = overview.getGraphicsContext2D();
        overviewRenderer.draw(gc, overview.getWidth(), overview.getHeight(), overviewScale, visible,
                control.getVisibleStart(), control.getVisibleEnd());
        gc.setFill(Palette.TEXT_MUTED);
        gc.setFont(TimelineRenderer.SMALL_FONT);
        gc.fillText("Overview: drag the window", 10, 16);
        gc.fillText("or click to move it", 10, 30);
    }

    private void drawDropMarker(GraphicsContext gc) {
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

    /** Lanes of actors the actor filter leaves out are hidden. */
    private static Set<Integer> hiddenActors(LoadedDataset loaded, EventFilter filter) {
        if (!filter.restrictsActors()) {
            return null;
        }
        Set<Integer> hidden = new HashSet<>();
        EventIndex index = loaded.index();
        for (int a = 0; a < index.actorCount(); a++) {
            if (!filter.actors().contains(index.actor(a).id())) {
                hidden.add(a);
            }
        }
        return hidden;
    }

    // ----- navigation ----------------------------------------------------------------------

    void fitAll() {
        LoadedDataset loaded = getSkinnable().getModel().getLoaded();
        if (loaded == null) {
            return;
        }
        double[] range = loaded.timeline().fitRange();
        getSkinnable().setVisibleRange(range[0], range[1]);
        requestRedraw();
    }

    /** The first view of a dataset: the dense period in detail, everything in the overview. */
    void showFocus() {
        LoadedDataset loaded = getSkinnable().getModel().getLoaded();
        if (loaded == null) {
            return;
        }
        double[] range = loaded.timeline().focusRange();
        getSkinnable().setVisibleRange(range[0], range[1]);
        requestRedraw();
    }

    void zoomAtCenter(double factor) {
        TimeScale scale = scale();
        apply(scale.zoom(factor, scale.x0() + scale.width() / 2));
    }

    private void apply(TimeScale scale) {
        getSkinnable().setVisibleRange(scale.start(), scale.end());
    }

    void zoomToSelection() {
        Event event = getSkinnable().getModel().getSelectedEvent();
        if (event != null) {
            zoomTo(event.time().earliest(), event.time().latest());
        }
    }

    /** Shows [first, last] (open ends replaced by the current view's edges) with a margin. */
    private void zoomTo(long first, long last) {
        TimeScale scale = scale();
        double start = org.sourceline.model.Days.isOpen(first) ? scale.start() : first;
        double end = org.sourceline.model.Days.isOpen(last) ? scale.end() : last + 1;
        if (end <= start) {
            end = start + 1;
        }
        double margin = Math.max(2, (end - start) * 0.15);
        apply(scale.withRange(start - margin, end + margin));
    }

    /** Brings an event selected elsewhere into view, keeping the zoom when it fits. */
    private void reveal(Event event) {
        LoadedDataset loaded = getSkinnable().getModel().getLoaded();
        if (event == null || loaded == null || canvas.getWidth() < 2) {
            return;
        }
        int e = loaded.index().indexOf(event);
        if (e < 0) {
            return;
        }
        TimeScale scale = scale();
        double anchor = loaded.timeline().anchor(e) + 0.5;
        if (anchor < scale.start() || anchor > scale.end()) {
            double half = scale.span() / 2;
            apply(scale.withRange(anchor - half, anchor + half));
        }
        Platform.runLater(() -> revealVertically(e));
    }

    private void revealVertically(int event) {
        if (layout == null) {
            return;
        }
        TimelineLayout.Item item = layout.itemOf(event);
        if (item == null) {
            return;
        }
        double y = layout.rowCenterY(item);
        double viewHeight = canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT - legendHeight;
        if (y < scrollY + 10 || y > scrollY + viewHeight - 10) {
            scrollY = Math.max(0, y - viewHeight / 2);
            requestRedraw();
        }
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

    // ----- mouse ---------------------------------------------------------------------------

    private TimelineLayout.Hit hitAt(double x, double y) {
        if (layout == null || y < TimelineRenderer.AXIS_HEIGHT || y > canvas.getHeight() - legendHeight) {
            return null;
        }
        return layout.hit(x, y - TimelineRenderer.AXIS_HEIGHT + scrollY, TimelineRenderer.LABEL_COLUMN_WIDTH);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressStart = getSkinnable().getVisibleStart();
        pressEnd = getSkinnable().getVisibleEnd();
        pressScroll = scrollY;
        dragged = false;
        draggedLane = null;
        dropIndex = -1;
        laneMenu.hide();
        TimelineLayout.Hit hit = hitAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && hit != null && hit.laneLabel() != null
                && layout.mode() == TimelineLayout.Mode.LANES) {
            draggedLane = hit.laneLabel();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < 4) {
            return;
        }
        dragged = true;
        if (draggedLane != null) {
            dropIndex = dropIndexAt(e.getY());
            canvas.setCursor(Cursor.CLOSED_HAND);
            requestRedraw();
            return;
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        TimeScale start = new TimeScale(pressStart, pressEnd, TimelineRenderer.LABEL_COLUMN_WIDTH, scale().width());
        apply(start.panPixels(-dx));
        double maxScroll = scrollBar.getMax();
        scrollY = Math.max(0, Math.min(maxScroll, pressScroll - dy));
        requestRedraw();
    }

    private int dropIndexAt(double canvasY) {
        double y = canvasY - TimelineRenderer.AXIS_HEIGHT + scrollY;
        List<TimelineLayout.Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            TimelineLayout.Lane lane = lanes.get(i);
            if (y < lane.y() + lane.height() / 2) {
                return i;
            }
        }
        return lanes.size();
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (draggedLane != null && dragged && dropIndex >= 0) {
            moveLane(draggedLane, dropIndex);
        }
        boolean wasDrag = dragged;
        draggedLane = null;
        dropIndex = -1;
        if (wasDrag) {
            requestRedraw();
            return;
        }
        TimelineLayout.Hit hit = hitAt(e.getX(), e.getY());
        AppModel model = getSkinnable().getModel();
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit != null && hit.laneLabel() != null) {
                showLaneMenu(hit.laneLabel(), e.getScreenX(), e.getScreenY());
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() >= 2) {
            if (hit != null && hit.event() >= 0) {
                Event event = loaded.index().event(hit.event());
                zoomTo(event.time().earliest(), event.time().latest());
            } else {
                apply(scale().zoom(2, e.getX()));
            }
            return;
        }
        if (hit == null) {
            if (e.getX() > TimelineRenderer.LABEL_COLUMN_WIDTH) {
                model.setSelectedEvent(null);
            }
            return;
        }
        if (hit.event() >= 0) {
            model.setSelectedEvent(loaded.index().event(hit.event()));
        } else if (hit.item() != null) {
            zoomTo(hit.item().firstDay(), hit.item().lastDay());
        } else if (hit.density() != null) {
            apply(scale().zoom(4, hit.density().x() + hit.density().width() / 2));
        }
    }

    private void moveLane(TimelineLayout.Lane lane, int target) {
        List<String> order = new ArrayList<>();
        LoadedDataset loaded = getSkinnable().getModel().getLoaded();
        for (TimelineLayout.Lane l : layout.lanes()) {
            order.add(loaded.index().actor(l.actor()).id());
        }
        String id = loaded.index().actor(lane.actor()).id();
        int from = order.indexOf(id);
        order.remove(from);
        order.add(target > from ? target - 1 : target, id);
        getSkinnable().getLaneOrder().setAll(order);
    }

    private void showLaneMenu(TimelineLayout.Lane lane, double screenX, double screenY) {
        AppModel model = getSkinnable().getModel();
        Actor actor = model.getLoaded().index().actor(lane.actor());
        MenuItem filter = new MenuItem("Filter to “" + actor.name() + "”");
        filter.setOnAction(a -> model.setFilter(model.getFilter().withActors(Set.of(actor.id()))));
        MenuItem top = new MenuItem("Move Lane to Top");
        top.setOnAction(a -> moveLane(lane, 0));
        MenuItem reset = new MenuItem("Order Lanes by Number of Events");
        reset.setOnAction(a -> getSkinnable().getLaneOrder().clear());
        MenuItem select = new MenuItem("Select Actor");
        select.setOnAction(a -> model.selectedActorProperty().set(actor));
        laneMenu.getItems().setAll(filter, select, top, reset);
        laneMenu.show(canvas, screenX, screenY);
    }

    private void moved(MouseEvent e) {
        TimelineLayout.Hit hit = hitAt(e.getX(), e.getY());
        LoadedDataset loaded = getSkinnable().getModel().getLoaded();
        int event = hit == null ? -1 : hit.event();
        setHovered(event);
        if (hit == null || loaded == null) {
            uninstallTooltip();
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        String text;
        if (event >= 0) {
            text = tooltipText(loaded.index().event(event));
        } else if (hit.item() != null) {
            text = hit.item().count() + " events close together — click to zoom in";
        } else if (hit.density() != null) {
            text = hit.density().count() + (hit.density().count() == 1 ? " event" : " events") + ", "
                    + org.sourceline.model.Days.format(hit.density().from()) + " – "
                    + org.sourceline.model.Days.format(hit.density().to() - 1) + " — click to zoom in";
        } else {
            TimelineLayout.Lane lane = hit.laneLabel();
            text = lane.name() + ": " + lane.visible() + " visible events. Drag to reorder; right-click for more.";
        }
        canvas.setCursor(hit.laneLabel() != null ? Cursor.OPEN_HAND : Cursor.HAND);
        tooltip.setText(text);
        if (!tooltipInstalled) {
            Tooltip.install(canvas, tooltip);
            tooltipInstalled = true;
        }
    }

    static String tooltipText(Event event) {
        StringBuilder sb = new StringBuilder(event.title());
        sb.append('\n').append(event.time().displayText());
        if (!event.time().displayText().equals(event.time().edtf())) {
            sb.append("  (").append(event.time().edtf()).append(')');
        }
        sb.append('\n').append(event.actors().stream().map(a -> a.name() + " — " + event.roleOf(a).label())
                .collect(Collectors.joining(", ")));
        sb.append('\n').append(event.type().label()).append(event.mode() == null ? "" : " · " + event.mode())
                .append(" · ").append(event.certainty().describe());
        return sb.toString();
    }

    private void uninstallTooltip() {
        if (tooltipInstalled) {
            Tooltip.uninstall(canvas, tooltip);
            tooltipInstalled = false;
        }
    }

    private void setHovered(int event) {
        if (event != hoveredEvent) {
            hoveredEvent = event;
            requestRedraw();
        }
        if (event < 0 && layout == null) {
            uninstallTooltip();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || (e.getDeltaY() == 0 && e.getDeltaX() == 0)) {
            double delta = e.isShiftDown() ? (e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()) : 0;
            scrollY = Math.max(0, Math.min(scrollBar.getMax(), scrollY - delta));
            requestRedraw();
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            apply(scale().panPixels(-e.getDeltaX()));
        } else {
            double factor = Math.pow(1.25, e.getDeltaY() / 40.0);
            double x = e.getSource() == overview ? TimelineRenderer.LABEL_COLUMN_WIDTH + scale().width() / 2 : e.getX();
            apply(scale().zoom(factor, Math.max(TimelineRenderer.LABEL_COLUMN_WIDTH, x)));
        }
        e.consume();
    }

    private void overviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (overviewScale == null) {
            return;
        }
        TimelineView control = getSkinnable();
        double day = overviewScale.toDay(e.getX());
        double span = control.getVisibleEnd() - control.getVisibleStart();
        draggingOverview = day >= control.getVisibleStart() && day <= control.getVisibleEnd();
        if (!draggingOverview) {
            control.setVisibleRange(day - span / 2, day + span / 2);
        }
        pressX = e.getX();
        pressStart = control.getVisibleStart();
        pressEnd = control.getVisibleEnd();
    }

    private void overviewDragged(MouseEvent e) {
        if (overviewScale == null) {
            return;
        }
        double days = (e.getX() - pressX) / overviewScale.pixelsPerDay();
        getSkinnable().setVisibleRange(pressStart + days, pressEnd + days);
    }

    // ----- keyboard ------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        AppModel model = getSkinnable().getModel();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            zoomAtCenter(1.5);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomAtCenter(1 / 1.5);
        } else if (code == KeyCode.LEFT && !e.isShortcutDown()) {
            apply(scale().panPixels(-scale().width() * 0.2));
        } else if (code == KeyCode.RIGHT && !e.isShortcutDown()) {
            apply(scale().panPixels(scale().width() * 0.2));
        } else if (code == KeyCode.HOME) {
            fitAll();
        } else if (code == KeyCode.TAB && !e.isControlDown()) {
            if (e.isShiftDown()) {
                model.selectPrevious();
            } else {
                model.selectNext();
            }
        } else if (code == KeyCode.DOWN) {
            model.selectNext();
        } else if (code == KeyCode.UP) {
            model.selectPrevious();
        } else if (code == KeyCode.ENTER) {
            zoomToSelection();
        } else if (code == KeyCode.ESCAPE) {
            model.setSelectedEvent(null);
        } else if (code == KeyCode.PAGE_DOWN) {
            scrollY = Math.min(scrollBar.getMax(), scrollY + canvas.getHeight() * 0.8);
            requestRedraw();
        } else if (code == KeyCode.PAGE_UP) {
            scrollY = Math.max(0, scrollY - canvas.getHeight() * 0.8);
            requestRedraw();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ----- for tests -----------------------------------------------------------------------

    TimelineLayout currentLayout() {
        return layout;
    }

    Canvas canvas() {
        return canvas;
    }

    double scrollY() {
        return scrollY;
    }
}
