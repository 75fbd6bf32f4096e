package org.sourceline.ui.graph;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorNode;
import org.sourceline.graph.Relation;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.query.EventIndex;
import org.sourceline.render.GraphGeometry;
import org.sourceline.render.GraphGeometry.Target;
import org.sourceline.ui.AppModel;

/**
 * What the mouse and keys do on the graph canvas: wheel zooms around the pointer, dragging the
 * background pans, dragging an actor moves and pins it, hovering brings a neighbourhood forward
 * with a tooltip, clicking selects an actor or an edge's first event (listing its events), and
 * the context menu offers "Filter to this actor". Keys: + and − zoom, 0 fits.
 */
final class GraphGestures {
    /** Pointer travel, in pixels, before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 3;
    /** Events listed in an edge's tooltip before "and n more". */
    private static final int TOOLTIP_EVENTS = 5;

    private final GraphView view;
    private final AppModel model;
    private final Canvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private ContextMenu menu;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int pressedActor = -1;
    private double grabX;
    private double grabY;
    private boolean dragging;

    GraphGestures(GraphView view, AppModel model) {
        this.view = view;
        this.model = model;
        this.canvas = view.canvas();
        tooltip.setId("graph-tooltip");
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        canvas.setFocusTraversable(true);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> {
            view.hover(-1, -1);
            tooltip.hide();
        });
        canvas.setOnContextMenuRequested(this::contextMenu);
        canvas.setOnKeyPressed(this::keyPressed);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            // The pivot in the view's coordinates: the canvas may be shown scaled from its own.
            Point2D pivot = canvas.localToParent(e.getX(), e.getY());
            view.zoomAround(Math.exp(e.getDeltaY() * 0.0025), pivot.getX(), pivot.getY());
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        hideMenu();
        tooltip.hide();
        canvas.requestFocus();
        // Drags are followed in scene coordinates: a pan slides the canvas itself along.
        pressX = e.getSceneX();
        pressY = e.getSceneY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        pressedActor = -1;
        GraphGeometry g = view.geometry();
        int node = g == null ? -1 : g.nodeAt(e.getX(), e.getY());
        if (node >= 0 && e.getButton() == MouseButton.PRIMARY) {
            pressedActor = g.graph().node(node).actorIndex();
            grabX = g.nodeX(node) - e.getX();
            grabY = g.nodeY(node) - e.getY();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
            canvas.setCursor(pressedActor >= 0 ? Cursor.MOVE : Cursor.CLOSED_HAND);
        }
        if (dragging) {
            if (pressedActor >= 0) {
                Point2D to = canvas.localToParent(e.getX() + grabX, e.getY() + grabY);
                view.moveAndPin(pressedActor, to.getX(), to.getY());
            } else {
                // From the press point on, so the picture follows the pointer exactly.
                view.pan(e.getSceneX() - lastX, e.getSceneY() - lastY);
            }
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        }
    }

    private void released(MouseEvent e) {
        if (dragging) {
            canvas.setCursor(Cursor.DEFAULT);
            if (pressedActor < 0) {
                view.panFinished();
            }
        }
        dragging = false;
        pressedActor = -1;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress() && (menu == null || !menu.isShowing())) {
            // Platforms without a context-menu gesture (and headless tests) still get the menu.
            showContextMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        GraphGeometry g = view.geometry();
        if (g == null) {
            return;
        }
        Target target = targetAt(g, e.getX(), e.getY());
        int node = target.node();
        if (node >= 0) {
            model.selectedActorProperty().set(g.graph().node(node).actor());
            return;
        }
        int relation = target.relation();
        if (relation >= 0) {
            Relation r = g.graph().relations().get(relation);
            model.setSelectedEvent(view.index().event(r.event(0)));
            showMenu(eventsMenu(g.graph(), r), e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getClickCount() == 2) {
            view.fitToView();
        } else {
            model.selectedActorProperty().set(null);
        }
    }

    private void moved(MouseEvent e) {
        GraphGeometry g = view.geometry();
        if (g == null) {
            return;
        }
        Target target = targetAt(g, e.getX(), e.getY());
        int node = target.node();
        int relation = target.relation();
        int actor = node >= 0 ? g.graph().node(node).actorIndex() : -1;
        boolean changed = actor != view.hoveredActor() || relation != view.hoveredRelation();
        view.hover(actor, relation);
        canvas.setCursor(node >= 0 || relation >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (!changed) {
            return;
        }
        if (node >= 0) {
            tooltip.setText(describe(g.graph(), g.graph().node(node)));
        } else if (relation >= 0) {
            tooltip.setText(describe(g.graph(), g.graph().relations().get(relation)));
        } else {
            tooltip.hide();
            return;
        }
        if (menu == null || !menu.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 18);
        }
    }

    private void contextMenu(ContextMenuEvent e) {
        showContextMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void showContextMenu(double x, double y, double screenX, double screenY) {
        tooltip.hide();
        GraphGeometry g = view.geometry();
        if (g == null) {
            return;
        }
        Target target = targetAt(g, x, y);
        int node = target.node();
        int relation = target.relation();
        ContextMenu shown;
        if (node >= 0) {
            ActorNode actor = g.graph().node(node);
            model.selectedActorProperty().set(actor.actor());
            shown = actorMenu(actor);
        } else if (relation >= 0) {
            shown = eventsMenu(g.graph(), g.graph().relations().get(relation));
        } else {
            shown = viewMenu();
        }
        showMenu(shown, screenX, screenY);
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> view.zoom(1.25);
            case MINUS, SUBTRACT -> view.zoom(0.8);
            case DIGIT0, NUMPAD0 -> view.fitToView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static Target targetAt(GraphGeometry g, double x, double y) {
        return g == null ? Target.NONE : g.targetAt(x, y);
    }

    // ----- menus ---------------------------------------------------------------------------

    private ContextMenu actorMenu(ActorNode node) {
        Actor actor = node.actor();
        MenuItem filter = new MenuItem("Filter to " + actor.name());
        filter.setId("graph-filter-to-actor");
        filter.setMnemonicParsing(false);
        filter.setOnAction(e -> model.setFilter(model.getFilter().withActors(Set.of(actor.id()))));
        ContextMenu actorMenu = new ContextMenu(filter);
        if (model.getFilter().restrictsActors()) {
            MenuItem all = new MenuItem("Show All Actors");
            all.setId("graph-show-all-actors");
            all.setOnAction(e -> model.setFilter(model.getFilter().withActors(null)));
            actorMenu.getItems().add(all);
        }
        int a = node.actorIndex();
        MenuItem pin = new MenuItem(view.isPinned(a) ? "Unpin" : "Pin in Place");
        pin.setId("graph-pin");
        pin.setOnAction(e -> {
            if (view.isPinned(a)) {
                view.unpin(a);
            } else {
                view.pin(a);
            }
        });
        actorMenu.getItems().addAll(new SeparatorMenuItem(), pin);
        actorMenu.setId("graph-actor-menu");
        return actorMenu;
    }

    /** The events behind an edge, in time order; choosing one selects it. */
    private ContextMenu eventsMenu(ActorGraph graph, Relation relation) {
        EventIndex index = graph.index();
        MenuItem header = new MenuItem(relationTitle(graph, relation) + " · " + relation.label());
        header.setMnemonicParsing(false);
        header.setDisable(true);
        ContextMenu events = new ContextMenu(header, new SeparatorMenuItem());
        Event selected = model.getSelectedEvent();
        for (int i = 0; i < relation.count(); i++) {
            Event event = index.event(relation.event(i));
            CheckMenuItem item = new CheckMenuItem(event.time().displayText() + " — " + event.title());
            item.setMnemonicParsing(false);
            item.setSelected(event == selected);
            item.setOnAction(e -> model.setSelectedEvent(event));
            events.getItems().add(item);
        }
        events.setId("graph-edge-events");
        return events;
    }

    private ContextMenu viewMenu() {
        MenuItem relayout = new MenuItem("Re-layout");
        relayout.setOnAction(e -> view.relayout());
        MenuItem unpin = new MenuItem("Unpin All Actors");
        unpin.setDisable(view.pinnedActors().isEmpty());
        unpin.setOnAction(e -> view.unpinAll());
        MenuItem fit = new MenuItem("Fit to View");
        fit.setOnAction(e -> view.fitToView());
        ContextMenu viewMenu = new ContextMenu(relayout, unpin, fit);
        viewMenu.setId("graph-view-menu");
        return viewMenu;
    }

    private void showMenu(ContextMenu shown, double screenX, double screenY) {
        hideMenu();
        menu = shown;
        // A little off the pointer, so that the first item does not open highlighted under it.
        menu.show(canvas, screenX + 4, screenY + 4);
    }

    private void hideMenu() {
        if (menu != null) {
            menu.hide();
            menu = null;
        }
    }

    // ----- tooltips ------------------------------------------------------------------------

    private String describe(ActorGraph graph, ActorNode node) {
        Actor actor = node.actor();
        StringBuilder sb = new StringBuilder(actor.name());
        sb.append('\n').append(actor.kind().id()).append(" · ").append(node.eventCount())
                .append(node.eventCount() == 1 ? " event" : " events");
        if (actor.role() != null) {
            sb.append('\n').append(actor.role());
        }
        int parent = graph.parentOf(graph.nodeOf(actor));
        if (parent >= 0) {
            sb.append("\nbelongs to ").append(graph.node(parent).actor().name());
        }
        if (view.isPinned(node.actorIndex())) {
            sb.append("\npinned (drag to move it)");
        }
        return sb.toString();
    }

    private String describe(ActorGraph graph, Relation relation) {
        EventIndex index = graph.index();
        StringBuilder sb = new StringBuilder(relationTitle(graph, relation));
        sb.append('\n').append(relation.label()).append(" · ").append(relation.count())
                .append(relation.count() == 1 ? " event" : " events").append(" · at best ")
                .append(relation.strongestCertainty().label().toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < Math.min(TOOLTIP_EVENTS, relation.count()); i++) {
            Event event = index.event(relation.event(i));
            sb.append("\n• ").append(event.time().displayText()).append(": ").append(event.title());
        }
        if (relation.count() > TOOLTIP_EVENTS) {
            sb.append("\n… and ").append(relation.count() - TOOLTIP_EVENTS).append(" more");
        }
        sb.append("\nClick to list the events and select the first");
        return sb.toString();
    }

    private static String relationTitle(ActorGraph graph, Relation relation) {
        String source = graph.node(relation.source()).actor().name();
        String target = graph.node(relation.target()).actor().name();
        return switch (relation.kind()) {
            case ACTS_ON -> source + " → " + target;
            case TOGETHER -> source + " and " + target;
            case TOOK_PART -> "Took part together: " + source + ", " + target;
            case ALONE -> source + ", with no one else";
        };
    }
}
