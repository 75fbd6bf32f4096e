package org.sourceline.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.sourceline.model.Actor;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * What the mouse and keys do on the timeline, turned into the {@link TimelineView}'s commands:
 * wheel zooms around the pointer (Shift+wheel scrolls the lanes), dragging pans, dragging a lane
 * label reorders the lanes, clicking selects (a cluster or density mark zooms in), double-click
 * zooms, hovering shows a tooltip, right-clicking a lane label offers a menu; on the overview
 * strip, dragging moves the window and clicking centres it. Keys: + / − zoom, ← / → pan, Home
 * fits all, Tab / ↓ / ↑ step through the events, Enter zooms to the selection, Page Up / Down
 * scroll the lanes.
 */
final class TimelineGestures {
    /** Pointer travel, in pixels, before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 4;

    private final TimelineView view;
    private final TimelineSkin skin;
    private final AppModel model;
    private final Canvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu laneMenu = new ContextMenu();
    private boolean tooltipInstalled;

    // Drag state.
    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressScroll;
    private boolean dragged;
    private TimelineLayout.Lane draggedLane;
    private int dropIndex = -1;

    TimelineGestures(TimelineView view, TimelineSkin skin) {
        this.view = view;
        this.skin = skin;
        this.model = view.getModel();
        this.canvas = skin.canvas();
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        skin.overview().addEventHandler(MouseEvent.MOUSE_PRESSED, this::overviewPressed);
        skin.overview().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::overviewDragged);
        skin.overview().addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ----- mouse on the lanes --------------------------------------------------------------

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.scale();
        pressScroll = view.getLaneScroll();
        dragged = false;
        draggedLane = null;
        dropIndex = -1;
        laneMenu.hide();
        TimelineLayout.Hit hit = skin.hitAt(e.getX(), e.getY());
        TimelineLayout layout = view.getDrawnLayout();
        if (e.getButton() == MouseButton.PRIMARY && hit != null && hit.laneLabel() != null
                && layout != null && layout.mode() == TimelineLayout.Mode.LANES) {
            draggedLane = hit.laneLabel();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressScale == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        canvas.setCursor(Cursor.CLOSED_HAND);
        if (draggedLane != null) {
            dropIndex = skin.dropIndexAt(e.getY());
            skin.showDropMarker(dropIndex);
            return;
        }
        // From the press on, so the picture follows the pointer exactly.
        TimeScale panned = pressScale.panPixels(-dx);
        view.setVisibleRange(panned.start(), panned.end());
        view.setLaneScroll(pressScroll - dy);
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (draggedLane != null && dragged && dropIndex >= 0) {
            moveLane(draggedLane, dropIndex);
        }
        boolean wasDrag = dragged;
        draggedLane = null;
        dropIndex = -1;
        skin.showDropMarker(-1);
        LoadedDataset loaded = model.getLoaded();
        if (wasDrag || loaded == null) {
            return;
        }
        TimelineLayout.Hit hit = skin.hitAt(e.getX(), e.getY());
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
                view.zoomTo(event.time().earliest(), event.time().latest());
            } else {
                view.zoomAround(2, e.getX());
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
            view.zoomTo(hit.item().firstDay(), hit.item().lastDay());
        } else if (hit.density() != null) {
            view.zoomAround(4, hit.density().x() + hit.density().width() / 2);
        }
    }

    private void moveLane(TimelineLayout.Lane lane, int target) {
        LoadedDataset loaded = model.getLoaded();
        TimelineLayout layout = view.getDrawnLayout();
        if (loaded == null || layout == null) {
            return;
        }
        List<String> order = new ArrayList<>();
        for (TimelineLayout.Lane l : layout.lanes()) {
            order.add(loaded.index().actor(l.actor()).id());
        }
        String id = loaded.index().actor(lane.actor()).id();
        int from = order.indexOf(id);
        order.remove(from);
        order.add(target > from ? target - 1 : target, id);
        view.getLaneOrder().setAll(order);
    }

    private void showLaneMenu(TimelineLayout.Lane lane, double screenX, double screenY) {
        Actor actor = model.getLoaded().index().actor(lane.actor());
        MenuItem filter = new MenuItem("Filter to “" + actor.name() + "”");
        filter.setOnAction(a -> model.setFilter(model.getFilter().withActors(Set.of(actor.id()))));
        MenuItem top = new MenuItem("Move Lane to Top");
        top.setOnAction(a -> moveLane(lane, 0));
        MenuItem reset = new MenuItem("Order Lanes by Number of Events");
        reset.setOnAction(a -> view.getLaneOrder().clear());
        MenuItem select = new MenuItem("Select Actor");
        select.setOnAction(a -> model.selectedActorProperty().set(actor));
        laneMenu.getItems().setAll(filter, select, top, reset);
        laneMenu.show(canvas, screenX, screenY);
    }

    private void moved(MouseEvent e) {
        TimelineLayout.Hit hit = skin.hitAt(e.getX(), e.getY());
        LoadedDataset loaded = model.getLoaded();
        hover(hit == null ? -1 : hit.event());
        if (hit == null || loaded == null) {
            uninstallTooltip();
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        canvas.setCursor(hit.laneLabel() != null ? Cursor.OPEN_HAND : Cursor.HAND);
        tooltip.setText(tooltipText(hit, loaded));
        if (!tooltipInstalled) {
            Tooltip.install(canvas, tooltip);
            tooltipInstalled = true;
        }
    }

    private static String tooltipText(TimelineLayout.Hit hit, LoadedDataset loaded) {
        if (hit.event() >= 0) {
            return tooltipText(loaded.index().event(hit.event()));
        }
        if (hit.item() != null) {
            return hit.item().count() + " events close together — click to zoom in";
        }
        if (hit.density() != null) {
            return hit.density().count() + (hit.density().count() == 1 ? " event" : " events") + ", "
                    + Days.format(hit.density().from()) + " – " + Days.format(hit.density().to() - 1)
                    + " — click to zoom in";
        }
        TimelineLayout.Lane lane = hit.laneLabel();
        return lane.name() + ": " + lane.visible() + " visible events. Drag to reorder; right-click for more.";
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
        String sources = org.sourceline.text.Corroboration.label(event);
        if (!sources.isEmpty()) {
            sb.append('\n').append(sources).append(": ").append(org.sourceline.text.Corroboration.explain(event));
        }
        return sb.toString();
    }

    private void uninstallTooltip() {
        if (tooltipInstalled) {
            Tooltip.uninstall(canvas, tooltip);
            tooltipInstalled = false;
        }
    }

    private void hover(int event) {
        view.hoveredEventProperty().set(event);
        if (event < 0 && view.getDrawnLayout() == null) {
            uninstallTooltip();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || (e.getDeltaY() == 0 && e.getDeltaX() == 0)) {
            double delta = e.isShiftDown() ? (e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()) : 0;
            view.scrollLanes(-delta);
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            view.pan(-e.getDeltaX());
        } else {
            double factor = Math.pow(1.25, e.getDeltaY() / 40.0);
            view.zoomAround(factor, e.getSource() == skin.overview() ? Double.NaN : e.getX());
        }
        e.consume();
    }

    // ----- mouse on the overview -----------------------------------------------------------

    private void overviewPressed(MouseEvent e) {
        view.requestFocus();
        TimeScale overview = skin.overviewScale();
        if (overview == null) {
            return;
        }
        double day = overview.toDay(e.getX());
        boolean insideWindow = day >= view.getVisibleStart() && day <= view.getVisibleEnd();
        if (!insideWindow) {
            double span = view.getVisibleEnd() - view.getVisibleStart();
            view.setVisibleRange(day - span / 2, day + span / 2);
        }
        pressX = e.getX();
        pressScale = view.scale();
    }

    private void overviewDragged(MouseEvent e) {
        TimeScale overview = skin.overviewScale();
        if (overview == null || pressScale == null) {
            return;
        }
        // The window follows the pointer on the overview, whose pixels stand for more units.
        TimeScale moved = pressScale.panPixels((e.getX() - pressX) * pressScale.pixelsPerUnit() / overview.pixelsPerUnit());
        view.setVisibleRange(moved.start(), moved.end());
    }

    // ----- keyboard ------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            view.zoomAround(1.5, Double.NaN);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            view.zoomAround(1 / 1.5, Double.NaN);
        } else if (code == KeyCode.LEFT && !e.isShortcutDown()) {
            view.pan(-view.scale().width() * 0.2);
        } else if (code == KeyCode.RIGHT && !e.isShortcutDown()) {
            view.pan(view.scale().width() * 0.2);
        } else if (code == KeyCode.HOME) {
            view.fitAll();
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
            view.zoomToSelection();
        } else if (code == KeyCode.ESCAPE) {
            model.setSelectedEvent(null);
        } else if (code == KeyCode.PAGE_DOWN) {
            view.scrollLanes(canvas.getHeight() * 0.8);
        } else if (code == KeyCode.PAGE_UP) {
            view.scrollLanes(-canvas.getHeight() * 0.8);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
