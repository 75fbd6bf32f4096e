package org.sourceline.ui.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.FirstView;
import org.sourceline.render.layout.TimeMapping;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * The interactive timeline: one lane per actor (or one compact band), drawn on a canvas, with
 * an overview strip above it. It shows the app model's filtered events and selection.
 *
 * <p>The control owns the view's state — the visible time range, the vertical scroll of the
 * lanes, the mode, the legend, the lane order — and the commands that change it (zoom, pan,
 * fit, reveal). {@link TimelineSkin} draws that state and reports what it drew;
 * {@link TimelineGestures} turns mouse and keys into these commands.
 */
public final class TimelineView extends Control {
    /** Right margin of the lane area, in pixels. */
    static final double RIGHT_MARGIN = 12;

    private final AppModel model;
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 365);
    private final DoubleProperty laneScroll = new SimpleDoubleProperty(this, "laneScroll", 0);
    private final ObjectProperty<TimelineLayout.Mode> mode =
            new SimpleObjectProperty<>(this, "mode", TimelineLayout.Mode.LANES);
    private final ObjectProperty<TimeScaleMode> timeScale =
            new SimpleObjectProperty<>(this, "timeScale", TimeScaleMode.LINEAR);
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final ObservableList<String> laneOrder = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimelineLayout> drawnLayout = new ReadOnlyObjectWrapper<>(this, "drawnLayout");
    private final IntegerProperty hoveredEvent = new SimpleIntegerProperty(this, "hoveredEvent", -1);
    /** Width of the lane area (pixels right of the label column), as the skin last laid it out. */
    private double laneAreaWidth = 600;
    /** How days map to the axis for the current time scale and filter (set by the skin as they change). */
    private TimeMapping mapping = TimeMapping.LINEAR;
    /** Set when the first view of a dataset is due: the skin chooses it once it knows its size. */
    private boolean firstViewPending;
    /** Height of the lane area and how far its content reaches, as the skin last drew them. */
    private double laneViewHeight = 300;
    private double laneContentHeight;

    public TimelineView(AppModel model) {
        this.model = model;
        setId("timeline");
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setMinSize(0, 0);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    public AppModel getModel() {
        return model;
    }

    // ----- state ---------------------------------------------------------------------------

    /** First visible day (epoch day, fractional). */
    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public double getVisibleStart() {
        return visibleStart.get();
    }

    /** Day at the right edge (epoch day, fractional). */
    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public double getVisibleEnd() {
        return visibleEnd.get();
    }

    /** Sets the visible range in one step (listeners see a consistent range). */
    public void setVisibleRange(double start, double end) {
        if (start < visibleEnd.get()) {
            visibleStart.set(start);
            visibleEnd.set(end);
        } else {
            visibleEnd.set(end);
            visibleStart.set(start);
        }
    }

    /** How far the lanes are scrolled down, in pixels (kept within the lanes' height). */
    public DoubleProperty laneScrollProperty() {
        return laneScroll;
    }

    public double getLaneScroll() {
        return laneScroll.get();
    }

    /** Actor lanes (default) or one compact band. */
    public ObjectProperty<TimelineLayout.Mode> modeProperty() {
        return mode;
    }

    /** How time is laid along the axis: linear (default), events evenly spaced, or gaps shrunk. */
    public ObjectProperty<TimeScaleMode> timeScaleProperty() {
        return timeScale;
    }

    public TimeScaleMode getTimeScale() {
        return timeScale.get();
    }

    public void setTimeScale(TimeScaleMode value) {
        timeScale.set(value == null ? TimeScaleMode.LINEAR : value);
    }

    /** The mapping of days to the axis now in use. */
    public TimeMapping getMapping() {
        return mapping;
    }

    /** The skin reports a new mapping (the time scale or the filtered events changed); the range stays. */
    void mappingChanged(TimeMapping newMapping) {
        mapping = newMapping;
    }

    public BooleanProperty showLegendProperty() {
        return showLegend;
    }

    /** Actor ids in the order the user dragged them; actors not listed follow, most active first. */
    public ObservableList<String> getLaneOrder() {
        return laneOrder;
    }

    /** What was drawn last: lanes, items and marks (null before the first frame). */
    public ReadOnlyObjectProperty<TimelineLayout> drawnLayoutProperty() {
        return drawnLayout.getReadOnlyProperty();
    }

    public TimelineLayout getDrawnLayout() {
        return drawnLayout.get();
    }

    /** The event under the pointer, or -1 (drawn emphasised). */
    IntegerProperty hoveredEventProperty() {
        return hoveredEvent;
    }

    /** The skin reports the lane area's size before it lays out a frame (the scale depends on it). */
    void laneArea(double areaWidth, double viewHeight) {
        laneAreaWidth = Math.max(20, areaWidth);
        laneViewHeight = Math.max(1, viewHeight);
    }

    /** The skin reports each frame: what it drew and the lane area's size. */
    void drawn(TimelineLayout layout, double areaWidth, double viewHeight) {
        laneArea(areaWidth, viewHeight);
        laneContentHeight = layout == null ? 0 : layout.contentHeight();
        drawnLayout.set(layout);
        double max = maxLaneScroll();
        if (getLaneScroll() > max) {
            laneScroll.set(max);
        }
    }

    /** The scroll that shows the last lane at the bottom. */
    double maxLaneScroll() {
        return Math.max(0, laneContentHeight - laneViewHeight);
    }

    double laneViewHeight() {
        return laneViewHeight;
    }

    /** The scale for the lane area as it is now: the visible range over the lanes' width. */
    public TimeScale scale() {
        double start = getVisibleStart();
        double end = Math.max(getVisibleEnd(), start + TimeScale.MIN_SPAN_DAYS);
        return new TimeScale(start, end, TimelineRenderer.LABEL_COLUMN_WIDTH, laneAreaWidth, mapping);
    }

    // ----- commands ------------------------------------------------------------------------

    /** Zooms in around the middle. */
    public void zoomIn() {
        zoomAround(2, Double.NaN);
    }

    public void zoomOut() {
        zoomAround(0.5, Double.NaN);
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the time under canvas pixel {@code x} in place (NaN: the middle). */
    public void zoomAround(double factor, double x) {
        TimeScale scale = scale();
        double pivot = Double.isNaN(x) ? scale.x0() + scale.width() / 2 : Math.max(scale.x0(), x);
        show(scale.zoom(factor, pivot));
    }

    /** Moves the view right by {@code dx} pixels (the events move left). */
    public void pan(double dx) {
        show(scale().panPixels(dx));
    }

    /** Scrolls the lanes down by {@code dy} pixels (up when negative). */
    public void scrollLanes(double dy) {
        setLaneScroll(getLaneScroll() + dy);
    }

    /** Scrolls the lanes to {@code y}, kept within their height. */
    public void setLaneScroll(double y) {
        laneScroll.set(Math.max(0, Math.min(maxLaneScroll(), y)));
    }

    /** Shows the whole extent of the data. */
    public void fitAll() {
        LoadedDataset loaded = model.getLoaded();
        if (loaded != null) {
            double[] range = mapping.fit(loaded.timeline().domainStart(), loaded.timeline().domainEnd() + 1.0);
            setVisibleRange(range[0], range[1]);
        }
    }

    /**
     * The first view of a dataset: its densest stretch at a scale where the labels fit (see
     * {@link FirstView}), everything in the overview. Chosen at the next frame, when the lane
     * area's size is known; until then the dense period of the data is shown.
     */
    public void showFirstView() {
        LoadedDataset loaded = model.getLoaded();
        if (loaded != null) {
            double[] range = loaded.timeline().focusRange();
            setVisibleRange(range[0], range[1]);
            laneScroll.set(0);
            firstViewPending = true;
        }
    }

    /** True once when a first view is due (the skin then chooses it). */
    boolean takeFirstViewRequest() {
        boolean due = firstViewPending;
        firstViewPending = false;
        return due;
    }

    /** Zooms to the selected event's span. */
    public void zoomToSelection() {
        Event event = model.getSelectedEvent();
        if (event != null) {
            zoomTo(event.time().earliest(), event.time().latest());
        }
    }

    /** Shows days [first, last] (open ends replaced by the current view's edges) with a margin. */
    public void zoomTo(long first, long last) {
        TimeScale scale = scale();
        double start = Days.isOpen(first) ? scale.start() : first;
        double end = Days.isOpen(last) ? scale.end() : last + 1;
        if (end <= start) {
            end = start + 1;
        }
        double margin = Math.max(2, (end - start) * 0.15);
        show(scale.withRange(start - margin, end + margin));
    }

    /** Brings an event into view horizontally, keeping the zoom when it fits. */
    public void reveal(Event event) {
        LoadedDataset loaded = model.getLoaded();
        int e = event == null || loaded == null ? -1 : loaded.index().indexOf(event);
        if (e < 0) {
            return;
        }
        TimeScale scale = scale();
        // An event any part of which is in view stays where it is: the view moves only to bring it in.
        long earliest = loaded.index().earliest(e);
        long latest = loaded.index().latest(e);
        boolean inView = earliest < scale.end() && (Days.isOpen(latest) || latest + 1 > scale.start());
        if (!inView) {
            show(scale.centredOn(loaded.timeline().anchor(e) + 0.5));
        }
    }

    /** Scrolls the lanes so that a drawn event's row is in view. */
    void revealRow(int event) {
        TimelineLayout layout = getDrawnLayout();
        TimelineLayout.Item item = layout == null ? null : layout.itemOf(event);
        if (item == null) {
            return;
        }
        double y = layout.rowCenterY(item);
        if (y < getLaneScroll() + 10 || y > getLaneScroll() + laneViewHeight - 10) {
            setLaneScroll(y - laneViewHeight / 2);
        }
    }

    private void show(TimeScale scale) {
        setVisibleRange(scale.start(), scale.end());
    }
}
