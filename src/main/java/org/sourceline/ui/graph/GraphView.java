package org.sourceline.ui.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LayoutInput;
import org.sourceline.graph.Point;
import org.sourceline.graph.Relation;
import org.sourceline.graph.TimeWindow;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;
import org.sourceline.render.GraphGeometry;
import org.sourceline.render.GraphHighlight;
import org.sourceline.render.GraphRenderer;
import org.sourceline.render.GraphViewport;
import org.sourceline.render.Palette;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * The actor-relationship view: who does what to whom in the filtered events, drawn on a canvas
 * by {@link GraphRenderer} and linked to the app's selection.
 *
 * <p>It follows {@link AppModel}'s filter result (the graph of the visible events is derived
 * again, and laid out again in the background when its actors or pairs change) and its selected
 * event and actor (emphasised). Users zoom with the wheel around the pointer, pan by dragging the
 * background, pin an actor by dragging it, hover to bring an actor's neighbourhood forward, click
 * an actor to select it (its context menu filters to it), click an edge to list its events and
 * select the first, and narrow the time slider to see the relations as they stood then; the
 * layout stays put while the window moves, so the picture can be compared over time.
 */
public final class GraphView extends BorderPane {
    private static final String STYLESHEET = "/css/graph.css";
    /** Above this many events in the dataset, graphs are derived off the JavaFX thread. */
    static final int BACKGROUND_DERIVE_THRESHOLD = 50_000;
    /** Seeds of successive "Re-layout" requests: a fixed sequence, so arrangements can be reproduced. */
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private final AppModel model;
    private final GraphRenderer renderer = new GraphRenderer();
    private final BackgroundRunner layouts = new BackgroundRunner("sourceline-graph-layout");
    private final BackgroundRunner derivations = new BackgroundRunner("sourceline-graph");
    private final ResizableCanvas surface = new ResizableCanvas();
    private final TimeWindowBar timeBar = new TimeWindowBar();
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyBooleanWrapper deriving = new ReadOnlyBooleanWrapper(this, "deriving");
    private final Map<Integer, Point> pins = new LinkedHashMap<>();

    private ActorGraph fullGraph;
    /** The filter result {@link #fullGraph} was derived from. */
    private FilterResult fullGraphOf;
    private ActorGraph shownGraph;
    private LayoutInput laidOut;
    private LayoutInput pending;
    private GraphLayout layout = GraphLayout.empty(0);
    /** True after an edit: the next layout keeps placed actors where they are (a re-layout clears it). */
    private boolean holdPlaced;
    /** True from the opening of a dataset until its graph is first derived: that waits for the timeline's first frame. */
    private boolean justOpened;
    /** Counts derivations asked for: a deferred one runs only if no other was asked for meanwhile. */
    private long deriveRequests;
    private GraphViewport viewport = new GraphViewport(120, 0, 0);
    /** The viewport the canvases were last drawn with (they may be shown moved from it). */
    private GraphViewport drawnViewport;
    private final PauseTransition zoomSettle = new PauseTransition(Duration.millis(150));
    private boolean autoFit = true;
    private long seed = ForceLayout.DEFAULT_SEED;
    private int hoveredActor = -1;
    private int hoveredRelation = -1;
    private GraphGeometry geometry;
    private String layoutError;
    private GraphLayout restricted;
    private GraphLayout restrictedFor;
    private ActorGraph restrictedGraph;

    public GraphView(AppModel model) {
        this.model = model;
        setId("graph-view");
        getStyleClass().add("graph-view");
        org.sourceline.ui.Theme.style(this, STYLESHEET);
        setMinSize(0, 0);

        surface.getStyleClass().add("graph-canvas");
        surface.overlay().setId("graph-canvas");
        surface.setOnResized(this::onResized);
        zoomSettle.setOnFinished(e -> repaint());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("graph-progress");
        progress.getStyleClass().add("graph-progress");
        progress.visibleProperty().bind(layingOut.or(deriving));
        progress.setMouseTransparent(true);
        StackPane.setAlignment(progress, Pos.TOP_RIGHT);
        StackPane centre = new StackPane(surface, progress);
        centre.setMinSize(0, 0);
        setCenter(centre);
        setTop(createToolBar());
        new GraphGestures(this, model); // installs the mouse and key handlers on the canvas

        model.loadedProperty().addListener((obs, old, now) -> {
            if (now != null && now.isVersionOf(old)) {
                onDatasetEdited(old, now);
            } else {
                onDatasetOpened(now);
            }
        });
        model.filterResultProperty().addListener((obs, old, now) -> onFilterResult(now));
        model.selectedEventProperty().addListener((obs, old, now) -> repaintSoon());
        model.selectedActorProperty().addListener((obs, old, now) -> repaintSoon());
        timeBar.windowProperty().addListener((obs, old, now) -> onTimeWindow());
        inView.addListener((obs, was, now) -> {
            if (now && stale) {
                repaint();
            }
        });
        onDatasetOpened(model.getLoaded());
        onFilterResult(model.getFilterResult());
    }

    private HBox createToolBar() {
        SplitMenuButton relayout = new SplitMenuButton();
        relayout.setId("graph-relayout");
        relayout.setText("Re-layout");
        relayout.setTooltip(new Tooltip("Arrange the actors afresh around the pinned ones"));
        relayout.setOnAction(e -> relayout());
        MenuItem unpin = new MenuItem("Unpin All Actors");
        unpin.setId("graph-unpin-all");
        unpin.setOnAction(e -> unpinAll());
        MenuItem reset = new MenuItem("Reset to the First Arrangement");
        reset.setId("graph-reset-layout");
        reset.setOnAction(e -> resetLayout());
        relayout.getItems().addAll(unpin, reset);
        relayout.setMinWidth(USE_PREF_SIZE);
        Button fit = new Button("Fit");
        fit.setMinWidth(USE_PREF_SIZE);
        fit.setId("graph-fit");
        fit.setTooltip(new Tooltip("Show the whole graph (0)"));
        fit.setOnAction(e -> fitToView());
        HBox.setHgrow(timeBar, Priority.ALWAYS);
        timeBar.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(relayout, fit, new Separator(Orientation.VERTICAL), timeBar);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("graph-tool-bar");
        return bar;
    }

    // ----- public state --------------------------------------------------------------------

    /** The graph drawn: the filtered events within the time window. */
    public ActorGraph shownGraph() {
        return shownGraph;
    }

    /** The graph laid out: the filtered events at any time. */
    public ActorGraph fullGraph() {
        return fullGraph;
    }

    /** Current positions (those of the last finished layout, with dragged actors moved). */
    public GraphLayout graphLayout() {
        return layout;
    }

    public GraphViewport viewport() {
        return viewport;
    }

    /** True while a big dataset's graph is derived in the background. */
    public ReadOnlyBooleanProperty derivingProperty() {
        return deriving.getReadOnlyProperty();
    }

    /** True while a layout runs in the background; the previous one stays on screen meanwhile. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public boolean isLayingOut() {
        return layingOut.get();
    }

    public ReadOnlyObjectProperty<TimeWindow> timeWindowProperty() {
        return timeBar.windowProperty();
    }

    /** Restricts the graph to events touching [from, to] (epoch days, clamped to the data's span). */
    public void setTimeWindow(long from, long to) {
        timeBar.select(from, to);
    }

    public void showAllTime() {
        timeBar.showAll();
    }

    /** Dataset positions of the pinned actors. */
    public Set<Integer> pinnedActors() {
        return Set.copyOf(pins.keySet());
    }

    /** The canvas that shows the graph and receives the mouse (the hover layer, above the picture). */
    public Canvas canvas() {
        return surface.overlay();
    }

    /** Where an actor's node is drawn, in screen coordinates, or null when it is not drawn. */
    public Point2D screenPointOfActor(String actorId) {
        if (geometry == null || shownGraph == null) {
            return null;
        }
        int node = shownGraph.nodeOf(actorId);
        if (node < 0 || !geometry.isPlaced(node)) {
            return null;
        }
        // Through the canvas: during a pan or zoom it is shown moved from where it was drawn.
        return canvas().localToScreen(geometry.nodeX(node), geometry.nodeY(node));
    }

    /**
     * A screen point where a click finds the relation (its caption, or a free point of its
     * curve), or null when it is not drawn.
     */
    public Point2D screenPointOfRelation(Relation relation) {
        int r = shownGraph == null ? -1 : shownGraph.relations().indexOf(relation);
        double[] p = geometry == null || r < 0 ? null : geometry.clickablePointOf(r);
        return p == null ? null : canvas().localToScreen(p[0], p[1]);
    }

    // ----- commands ------------------------------------------------------------------------

    /** Arranges the actors afresh (a new seed), keeping pinned actors where they are. */
    public void relayout() {
        holdPlaced = false;
        seed += SEED_STEP;
        startLayout(true);
    }

    /** Releases every pinned actor and lays out again. */
    public void unpinAll() {
        holdPlaced = false;
        pins.clear();
        startLayout(true);
    }

    /** Back to the arrangement the data gives by default: no pins, the first seed, fitted. */
    public void resetLayout() {
        holdPlaced = false;
        pins.clear();
        seed = ForceLayout.DEFAULT_SEED;
        autoFit = true;
        startLayout(true);
    }

    /** Zooms so that the whole graph shows, and keeps it fitted when the view is resized. */
    public void fitToView() {
        autoFit = true;
        fit();
        repaint();
    }

    /** Zooms by a factor around the centre of the view. */
    public void zoom(double factor) {
        zoomAround(factor, canvas().getWidth() / 2, canvas().getHeight() / 2);
    }

    // ----- used by the gestures ------------------------------------------------------------

    GraphGeometry geometry() {
        return geometry;
    }

    int hoveredActor() {
        return hoveredActor;
    }

    int hoveredRelation() {
        return hoveredRelation;
    }

    /**
     * Zooms around a point (in the view's coordinates). The picture already drawn is scaled at
     * once, and drawn afresh when the zooming pauses, so that wheel turns stay fluid on big graphs.
     */
    void zoomAround(double factor, double x, double y) {
        autoFit = false;
        viewport = viewport.zoomedAround(factor, x, y);
        showDrawnPictureMoved();
        zoomSettle.playFromStart();
    }

    /**
     * Pans during a drag: the picture already drawn is slid along (not redrawn), and drawn
     * afresh by {@link #panFinished}.
     */
    void pan(double dx, double dy) {
        autoFit = false;
        viewport = viewport.pannedBy(dx, dy);
        showDrawnPictureMoved();
    }

    /** Ends a pan: draws the picture at its new place. */
    void panFinished() {
        repaint();
    }

    /** Transforms the drawn canvases from the viewport they were drawn with to the current one. */
    private void showDrawnPictureMoved() {
        if (drawnViewport == null) {
            repaint();
            return;
        }
        double kx = viewport.scaleX() / drawnViewport.scaleX();
        double ky = viewport.scaleY() / drawnViewport.scaleY();
        double tx = viewport.translateX() - drawnViewport.translateX() * kx;
        double ty = viewport.translateY() - drawnViewport.translateY() * ky;
        surface.showMoved(kx, ky, tx, ty);
    }

    void hover(int actor, int relation) {
        if (actor != hoveredActor || relation != hoveredRelation) {
            hoveredActor = actor;
            hoveredRelation = relation;
            repaintHover();
        }
    }

    /** Moves an actor to a screen point and pins it there. */
    void moveAndPin(int actor, double screenX, double screenY) {
        double x = viewport.toLayoutX(screenX);
        double y = viewport.toLayoutY(screenY);
        layout = layout.moved(actor, x, y);
        pins.put(actor, new Point(x, y));
        repaint();
    }

    boolean isPinned(int actor) {
        return pins.containsKey(actor);
    }

    /** Releases one actor; it finds its place again at the next layout. */
    void unpin(int actor) {
        if (pins.remove(actor) != null) {
            repaint();
        }
    }

    /** Pins an actor where it is now. */
    void pin(int actor) {
        if (layout.has(actor)) {
            pins.put(actor, layout.position(actor));
            repaint();
        }
    }

    EventIndex index() {
        LoadedDataset loaded = model.getLoaded();
        return loaded == null ? null : loaded.index();
    }

    // ----- following the model -------------------------------------------------------------

    /**
     * A new version of the open dataset (an edit, undo or redo): the actors keep their places
     * and pins, so the picture does not jump; actors new to the graph find a place among them
     * when the next layout runs.
     */
    private void onDatasetEdited(LoadedDataset old, LoadedDataset now) {
        hoveredActor = -1;
        hoveredRelation = -1;
        org.sourceline.model.DatasetDiff change = now.change();
        if (change != null && change.actorsChanged()) {
            int[] newToOld = change.newToOldActors(old.index().actorCount());
            int[] oldToNew = change.oldToNewActors(old.index().actorCount());
            layout = layout.renumbered(newToOld);
            Map<Integer, Point> renumbered = new LinkedHashMap<>();
            pins.forEach((actor, point) -> {
                if (actor < oldToNew.length && oldToNew[actor] >= 0) {
                    renumbered.put(oldToNew[actor], point);
                }
            });
            pins.clear();
            pins.putAll(renumbered);
            laidOut = null;
        }
        holdPlaced = true;
        timeBar.setExtent(TimeWindow.extentOf(now.index()));
        repaintSoon();
    }

    private void onDatasetOpened(LoadedDataset loaded) {
        holdPlaced = false;
        justOpened = true;
        layouts.cancel();
        derivations.cancel();
        pins.clear();
        seed = ForceLayout.DEFAULT_SEED;
        autoFit = true;
        laidOut = null;
        pending = null;
        layingOut.set(false);
        hoveredActor = -1;
        hoveredRelation = -1;
        layout = GraphLayout.empty(loaded == null ? 0 : loaded.index().actorCount());
        fullGraph = null;
        fullGraphOf = null;
        shownGraph = null;
        deriving.set(false);
        timeBar.setExtent(loaded == null ? null : TimeWindow.extentOf(loaded.index()));
        repaint();
    }

    private void onFilterResult(FilterResult result) {
        if (result == null) {
            derivations.cancel();
            fullGraph = null;
            fullGraphOf = null;
            shownGraph = null;
            repaint();
            return;
        }
        if (layout.actorCount() != result.index().actorCount()) {
            layout = GraphLayout.empty(result.index().actorCount());
        }
        derive(result, timeBar.windowProperty().get());
    }

    private void onTimeWindow() {
        FilterResult result = model.getFilterResult();
        if (result != null) {
            derive(result, timeBar.windowProperty().get());
        }
    }

    /** The graphs derived for one filter result: at any time (laid out) and in the window (drawn). */
    private record Derived(FilterResult result, ActorGraph full, ActorGraph shown, LayoutInput input) {
    }

    /**
     * Derives the graphs of a filter result and a time window: at once on small datasets, in
     * the background on big ones (the previous graph stays meanwhile). The full graph is reused
     * when only the window changed.
     */
    private void derive(FilterResult result, TimeWindow window) {
        ActorGraph reusable = fullGraphOf == result ? fullGraph : null;
        Supplier<Derived> work = () -> {
            ActorGraph full = reusable != null ? reusable : ActorGraphBuilder.derive(result, TimeWindow.ALL);
            // The layout's input is made here too, off the JavaFX thread on big datasets.
            return new Derived(result, full, window.isAll() ? full : ActorGraphBuilder.derive(result, window),
                    reusable != null ? null : LayoutInput.of(full));
        };
        long request = ++deriveRequests;
        // Only the opened dataset's own result counts: a window change while it opens (its time bar
        // gets the new extent) derives the result still shown, which is the previous dataset's.
        LoadedDataset opened = model.getLoaded();
        boolean first = justOpened && opened != null && result.index() == opened.index();
        if (first) {
            justOpened = false;
        }
        if (result.index().size() < BACKGROUND_DERIVE_THRESHOLD) {
            derivations.cancel();
            deriving.set(false);
            show(work.get());
            return;
        }
        deriving.set(true);
        // Another version of the dataset (an edit, undo or redo) than the graph shows.
        boolean edited = fullGraphOf != null && fullGraphOf.index() != result.index();
        if (first || edited) {
            // A big dataset just opened, or edited: its timeline is drawn first (two cores: the
            // derivation would compete with the JavaFX thread and the renderer for them), then the
            // graph is derived; the previous graph stays meanwhile.
            derivations.cancel();
            org.sourceline.ui.AfterFrames.run(() -> {
                if (request == deriveRequests) {
                    submitDerive(work);
                }
            });
            return;
        }
        submitDerive(work);
    }

    private void submitDerive(Supplier<Derived> work) {
        derivations.submit(cancelled -> work.get(), derived -> {
            deriving.set(false);
            show(derived);
        }, error -> {
            deriving.set(false);
            layoutError = "Could not derive the graph: " + error.getMessage();
            repaint();
        });
    }

    private void show(Derived derived) {
        boolean newGraph = derived.full() != fullGraph;
        fullGraph = derived.full();
        fullGraphOf = derived.result();
        shownGraph = derived.shown();
        hoveredActor = -1;
        hoveredRelation = -1;
        if (newGraph) {
            startLayout(false, derived.input());
        }
        repaint();
    }

    /** Lays out the full graph in the background unless its layout input is unchanged. */
    private void startLayout(boolean force) {
        startLayout(force, null);
    }

    /** As {@link #startLayout(boolean)}, with the full graph's layout input when it is already made. */
    private void startLayout(boolean force, LayoutInput made) {
        if (fullGraph == null) {
            return;
        }
        LayoutInput input = made != null ? made : LayoutInput.of(fullGraph);
        if (!force && (input.equals(laidOut) || input.equals(pending))) {
            return;
        }
        pending = input;
        layoutError = null;
        layingOut.set(true);
        Map<Integer, Point> fixed = Map.copyOf(pins);
        if (holdPlaced) {
            // After an edit, actors already placed stay where they are; only new ones move.
            Map<Integer, Point> held = new LinkedHashMap<>();
            for (int a = 0; a < layout.actorCount(); a++) {
                if (layout.has(a)) {
                    held.put(a, layout.position(a));
                }
            }
            held.putAll(pins);
            fixed = held;
        }
        Map<Integer, Point> pinned = fixed;
        long layoutSeed = seed;
        layouts.submit(cancelled -> new ForceLayout(layoutSeed).layout(input, pinned, cancelled), result -> {
            layout = keepPinned(result);
            laidOut = input;
            pending = null;
            layingOut.set(false);
            if (autoFit) {
                fit();
            }
            repaint();
        }, error -> {
            pending = null;
            layingOut.set(false);
            layoutError = "Layout failed: " + error.getMessage();
            repaint();
        });
    }

    /** Actors dragged while the layout ran keep the place they were dragged to. */
    private GraphLayout keepPinned(GraphLayout result) {
        GraphLayout merged = result;
        for (Map.Entry<Integer, Point> pin : pins.entrySet()) {
            int a = pin.getKey();
            if (merged.has(a) && !pin.getValue().equals(merged.position(a))) {
                merged = merged.moved(a, pin.getValue().x(), pin.getValue().y());
            }
        }
        return merged;
    }

    private void onResized() {
        if (autoFit) {
            fit();
        }
        repaint();
    }

    private void fit() {
        if (fullGraph != null) {
            viewport = renderer.fit(fullGraph, layout, canvas().getWidth(), canvas().getHeight());
        }
    }

    /** Draws the picture and the hover layer afresh. */
    /**
     * Repaints once the listeners of the change in hand have all run: the several changes of one
     * edit (version, selection, filter result) make one drawing. While a newer graph is derived
     * in the background nothing is drawn: its arrival repaints, and drawing the graph it replaces
     * would only keep the JavaFX thread from the other views.
     */
    private void repaintSoon() {
        stale = true;
        if (!repaintQueued) {
            repaintQueued = true;
            Platform.runLater(() -> {
                repaintQueued = false;
                if (stale && !deriving.get()) {
                    repaint();
                }
            });
        }
    }

    /** A repaint was asked for and not yet made. */
    private boolean stale;
    private boolean repaintQueued;

    /**
     * Whether the graph is in view (its tab is the one chosen). A graph out of view is not drawn;
     * it is drawn when it comes into view, if anything changed meanwhile. Drawing thousands of
     * relations takes a while, which editing in another tab need not wait for.
     */
    public javafx.beans.property.BooleanProperty inViewProperty() {
        return inView;
    }

    private final javafx.beans.property.BooleanProperty inView = new javafx.beans.property.SimpleBooleanProperty(
            this, "inView", true);

    void repaint() {
        if (!inView.get()) {
            stale = true;
            return;
        }
        stale = false;
        Canvas base = surface.base();
        zoomSettle.stop();
        surface.showMoved(1, 1, 0, 0);
        drawnViewport = viewport;
        double w = base.getWidth();
        double h = base.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        EventIndex index = index();
        GraphicsContext gc = base.getGraphicsContext2D();
        if (shownGraph == null || index == null) {
            gc.clearRect(0, 0, w, h);
            canvas().getGraphicsContext2D().clearRect(0, 0, w, h);
            geometry = null;
            return;
        }
        geometry = renderer.drawBase(gc, shownGraph, laidOutPart(), viewport, highlight(), w, h);
        if (layoutError != null) {
            gc.setFill(Palette.TEXT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(layoutError, 8, 8);
        }
        repaintHover();
    }

    /** Draws only the hover layer: what the pointer brings forward, over the unchanged picture. */
    private void repaintHover() {
        Canvas overlay = canvas();
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (geometry != null) {
            renderer.drawHover(overlay.getGraphicsContext2D(), geometry, highlight(), overlay.getWidth(),
                    overlay.getHeight());
        }
    }

    private GraphHighlight highlight() {
        EventIndex index = index();
        int selectedEvent = index == null ? -1 : index.indexOf(model.getSelectedEvent());
        int selectedActor = index == null ? -1 : index.indexOf(model.selectedActorProperty().get());
        return new GraphHighlight(hoveredActor, hoveredRelation, selectedActor, selectedEvent, pins.keySet());
    }

    /**
     * The positions of the laid-out graph's actors only: actors left over from an earlier
     * filter are not drawn. Recomputed only when the layout or the graph changes.
     */
    private GraphLayout laidOutPart() {
        if (restrictedFor != layout || restrictedGraph != fullGraph) {
            restricted = fullGraph == null ? layout : layout.restrictedTo(fullGraph);
            restrictedFor = layout;
            restrictedGraph = fullGraph;
        }
        return restricted;
    }


}
