package org.sourceline.ui.graph;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.RangeSlider;
import org.sourceline.graph.TimeWindow;
import org.sourceline.model.Days;

/**
 * A range slider over the dataset's days that picks the graph's time window, so the graph shows
 * the relations as they stood then. A handle at either end leaves that side open, so events
 * known only as "before 2022" or "in the future" count as long as the window reaches that end.
 */
final class TimeWindowBar extends HBox {
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final Label range = new Label();
    private final Button all = new Button("All");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window", TimeWindow.ALL);
    private TimeWindow extent;

    TimeWindowBar() {
        getStyleClass().add("graph-time-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Time");
        title.getStyleClass().add("graph-time-title");
        title.setMinWidth(USE_PREF_SIZE);
        slider.setId("graph-time-slider");
        slider.setShowTickMarks(false);
        slider.setShowTickLabels(false);
        slider.setMinWidth(80);
        slider.setTooltip(new Tooltip("Show the relations as they stood between two days"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        range.setId("graph-time-range");
        range.getStyleClass().add("graph-time-range");
        range.setMinWidth(USE_PREF_SIZE);
        all.setId("graph-time-all");
        all.setOnAction(e -> showAll());
        all.setFocusTraversable(false);
        all.setTooltip(new Tooltip("Show the relations of all time"));
        all.setMinWidth(USE_PREF_SIZE);
        slider.lowValueProperty().addListener((obs, old, now) -> update());
        slider.highValueProperty().addListener((obs, old, now) -> update());
        getChildren().addAll(title, slider, range, all);
        setExtent(null);
    }

    /** The chosen window: {@link TimeWindow#ALL} while both handles sit at the ends. */
    ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    RangeSlider slider() {
        return slider;
    }

    /** Spans the slider over a dataset's known days (null: nothing to choose) and resets it. */
    void setExtent(TimeWindow days) {
        extent = days;
        setDisable(days == null || days.from() == days.to());
        double min = days == null ? 0 : days.from();
        double max = days == null ? 1 : Math.max(days.to(), days.from() + 1);
        // Widen before narrowing so the slider never holds low > high in between.
        slider.setMin(Math.min(slider.getMin(), min));
        slider.setMax(Math.max(slider.getMax(), max));
        slider.setLowValue(slider.getMin());
        slider.setHighValue(slider.getMax());
        slider.setMin(min);
        slider.setMax(max);
        slider.setLowValue(min);
        slider.setHighValue(max);
        slider.setBlockIncrement(7);
        update();
    }

    /** Sets the window to [from, to] (epoch days), clamped to the slider's span. */
    void select(long from, long to) {
        slider.setHighValue(slider.getMax());
        slider.setLowValue(Math.max(slider.getMin(), from));
        slider.setHighValue(Math.min(slider.getMax(), to));
    }

    void showAll() {
        slider.setLowValue(slider.getMin());
        slider.setHighValue(slider.getMax());
    }

    private void update() {
        if (extent == null) {
            window.set(TimeWindow.ALL);
            range.setText("all time");
            return;
        }
        long low = Math.round(slider.getLowValue());
        long high = Math.round(slider.getHighValue());
        boolean openStart = low <= extent.from();
        boolean openEnd = high >= extent.to();
        TimeWindow chosen = new TimeWindow(openStart ? Days.OPEN_START : low, openEnd ? Days.OPEN_END : Math.max(low, high));
        window.set(chosen);
        range.setText(chosen.isAll() ? "all time"
                : (openStart ? "… " : Days.format(low)) + " – " + (openEnd ? " …" : Days.format(Math.max(low, high))));
        all.setDisable(chosen.isAll());
    }
}
