package org.sourceline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;
import org.sourceline.ui.graph.BackgroundRunner;

/**
 * The app's state, shared by every view: the open dataset, the filter, what it lets through,
 * and the selection. Views observe the read-only properties and change state through the
 * setters and commands here, never through each other.
 *
 * <p>Filters over small datasets are applied at once on the JavaFX thread; over big ones they
 * run on a background thread, the newest request winning, so typing never freezes the window.
 * Observable state changes only on the JavaFX thread.
 */
public final class AppModel {
    /** Above this many events a filter change is computed off the JavaFX thread. */
    static final int BACKGROUND_FILTER_THRESHOLD = 50_000;

    private final ReadOnlyObjectWrapper<LoadedDataset> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ReadOnlyObjectWrapper<FilterResult> filterResult = new ReadOnlyObjectWrapper<>(this, "filterResult");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    private final ObservableList<Event> visibleEvents = FXCollections.observableArrayList();
    private final ObservableList<Event> visibleEventsReadOnly = FXCollections.unmodifiableObservableList(visibleEvents);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Actor> selectedActor = new SimpleObjectProperty<>(this, "selectedActor");

    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final BackgroundRunner filterRunner = new BackgroundRunner("sourceline-filter");
    private FilterEngine engine;

    public AppModel() {
        filter.addListener((obs, old, now) -> refilter());
    }

    // ----- properties ----------------------------------------------------------------------

    /** The open dataset, or null before the first one is open. */
    public ReadOnlyObjectProperty<LoadedDataset> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LoadedDataset getLoaded() {
        return loaded.get();
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    /** Sets the filter; from another thread than JavaFX's, the change is made on it, later. */
    public void setFilter(EventFilter value) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> setFilter(value));
            return;
        }
        filter.set(value == null ? EventFilter.NONE : value);
    }

    /** What the current filter lets through, with facet counts. */
    public ReadOnlyObjectProperty<FilterResult> filterResultProperty() {
        return filterResult.getReadOnlyProperty();
    }

    public FilterResult getFilterResult() {
        return filterResult.get();
    }

    /** True while a filter is being computed in the background. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    /** Why the last filter could not be applied (for the status bar), or empty. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** The events the filter lets through, in time order. */
    public ObservableList<Event> visibleEvents() {
        return visibleEventsReadOnly;
    }

    /** The one selected event every view shows, or null. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event event) {
        selectedEvent.set(event);
    }

    /** The selected actor (from the graph or a lane), or null. */
    public ObjectProperty<Actor> selectedActorProperty() {
        return selectedActor;
    }

    // ----- commands ------------------------------------------------------------------------

    /**
     * Replaces the open dataset. The filter is reset to {@code initialFilter} (a remembered one,
     * or {@link EventFilter#NONE}) and the selection cleared. From another thread than JavaFX's,
     * this happens on it, later.
     */
    public void open(LoadedDataset dataset, EventFilter initialFilter) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> open(dataset, initialFilter));
            return;
        }
        engine = new FilterEngine(dataset.index());
        selectedEvent.set(null);
        selectedActor.set(null);
        loaded.set(dataset);
        EventFilter start = initialFilter == null ? EventFilter.NONE : initialFilter;
        if (start.equals(filter.get())) {
            refilter();
        } else {
            filter.set(start);
        }
    }

    /** Clears every filter. */
    public void clearFilter() {
        setFilter(EventFilter.NONE);
    }

    /** Selects the next visible event in time order (the first when none is selected). */
    public void selectNext() {
        step(+1);
    }

    /** Selects the previous visible event in time order (the last when none is selected). */
    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        FilterResult result = filterResult.get();
        if (result == null || result.visibleCount() == 0) {
            return;
        }
        EventIndex index = result.index();
        int[] order = index.timeOrder();
        int current = index.indexOf(selectedEvent.get());
        int rank = current < 0 ? (direction > 0 ? -1 : order.length) : index.timeRank(current);
        for (int r = rank + direction; r >= 0 && r < order.length; r += direction) {
            if (result.isVisible(order[r])) {
                selectedEvent.set(index.event(order[r]));
                return;
            }
        }
    }

    /**
     * Applies the filter to the open dataset: at once on the JavaFX thread below
     * {@link #BACKGROUND_FILTER_THRESHOLD} events, else on the one background runner, newest
     * request first. Every path ends with "filtering" cleared and either the result published
     * or the failure in {@link #filterProblemProperty()}; observable state only ever changes on
     * the JavaFX thread (a call from another thread is handed over to it).
     */
    private void refilter() {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::refilter);
            return;
        }
        LoadedDataset current = loaded.get();
        if (current == null) {
            return;
        }
        FilterEngine forDataset = engine;
        EventFilter wanted = filter.get();
        if (current.index().size() < BACKGROUND_FILTER_THRESHOLD) {
            // A bigger dataset's filter may still be running: its result is out of date.
            filterRunner.cancel();
            FilterResult result;
            try {
                result = computation.apply(forDataset, wanted, () -> false);
            } catch (RuntimeException | OutOfMemoryError e) {
                filterFailed(e);
                return;
            }
            filtered(result);
            return;
        }
        filtering.set(true);
        filterRunner.submit(cancelled -> computation.apply(forDataset, wanted, cancelled), this::filtered,
                this::filterFailed);
    }

    private void filtered(FilterResult result) {
        // Published first: whoever sees "filtering" end sees the result it waited for.
        publish(result);
        filterProblem.set("");
        filtering.set(false);
    }

    private void filterFailed(Throwable error) {
        filtering.set(false);
        String reason = error instanceof OutOfMemoryError ? "not enough memory"
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        filterProblem.set("Filtering failed (" + reason + "); the events shown are those of the previous filter");
    }

    /** How a filter is computed: the engine's, unless a test makes it fail. */
    @FunctionalInterface
    interface FilterComputation {
        FilterResult apply(FilterEngine engine, EventFilter filter, BooleanSupplier cancelled);
    }

    FilterComputation computation = FilterEngine::apply;

    private void publish(FilterResult result) {
        List<Event> events = new ArrayList<>(result.visibleCount());
        EventIndex index = result.index();
        for (int e : result.visibleInTimeOrder()) {
            events.add(index.event(e));
        }
        filterResult.set(result);
        visibleEvents.setAll(events);
        Event selected = selectedEvent.get();
        if (selected != null && !result.isVisible(index.indexOf(selected))) {
            selectedEvent.set(null);
        }
    }
}
