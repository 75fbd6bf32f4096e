package org.sourceline.ui.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;

/**
 * The interactive timeline: one lane per actor (or one compact band), drawn on a canvas, with
 * an overview strip above it. It shows the app model's filtered events and selection; wheel
 * zooms around the pointer, dragging pans, and the keyboard does both. The visible time range
 * is a pair of properties, so other views (and tests) can follow or set it.
 */
public final class TimelineView extends Control {
    private final AppModel model;
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 365);
    private final ObjectProperty<TimelineLayout.Mode> mode =
            new SimpleObjectProperty<>(this, "mode", TimelineLayout.Mode.LANES);
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final ObservableList<String> laneOrder = FXCollections.observableArrayList();

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

    /** Actor lanes (default) or one compact band. */
    public ObjectProperty<TimelineLayout.Mode> modeProperty() {
        return mode;
    }

    public BooleanProperty showLegendProperty() {
        return showLegend;
    }

    /** Actor ids in the order the user dragged them; actors not listed follow, most active first. */
    public ObservableList<String> getLaneOrder() {
        return laneOrder;
    }

    private TimelineSkin timelineSkin() {
        return (TimelineSkin) getSkin();
    }

    /** Zooms in around the middle. */
    public void zoomIn() {
        if (getSkin() != null) {
            timelineSkin().zoomAtCenter(2);
        }
    }

    public void zoomOut() {
        if (getSkin() != null) {
            timelineSkin().zoomAtCenter(0.5);
        }
    }

    /** Shows the whole extent of the data. */
    public void fitAll() {
        if (getSkin() != null) {
            timelineSkin().fitAll();
        }
    }

    /** What was drawn last: lanes, items and marks (null before the first frame). */
    public TimelineLayout getDrawnLayout() {
        return getSkin() == null ? null : timelineSkin().currentLayout();
    }

    /** Zooms to the selected event's span. */
    public void zoomToSelection() {
        if (getSkin() != null) {
            timelineSkin().zoomToSelection();
        }
    }
}
