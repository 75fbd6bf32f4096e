package org.sourceline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.sourceline.edit.Edit;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EventLookup;
import org.sourceline.edit.History;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;
import org.sourceline.ui.graph.BackgroundRunner;

/**
 * The app's state, shared by every view: the open dataset, the filter, what it lets through,
 * and the selection; and, for editing, the history of the dataset's versions (undo and redo),
 * whether the current one is saved, and the file it saves to. Views observe the read-only
 * properties and change state through the setters and commands here, never through each other.
 *
 * <p>Filters over small datasets are applied at once on the JavaFX thread; over big ones they
 * run on a background thread, the newest request winning, so typing never freezes the window.
 * Observable state changes only on the JavaFX thread.
 *
 * <p>An edit ({@link #apply}) makes the next version of the dataset; its indexes are derived
 * from the current ones, the filter is applied again at once, and the edited event is selected,
 * so every view shows the change in the same pulse. The versions an undo or redo is most likely
 * to reach keep their indexes ({@link #VERSIONS_KEPT}), so stepping back and forth costs nothing
 * but the views' update.
 */
public final class AppModel {
    /** Above this many events a filter change is computed off the JavaFX thread. */
    static final int BACKGROUND_FILTER_THRESHOLD = 50_000;

    private final ReadOnlyObjectWrapper<LoadedDataset> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ReadOnlyObjectWrapper<FilterResult> filterResult = new ReadOnlyObjectWrapper<>(this, "filterResult");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    /** What {@link #visibleEvents} holds, read directly when comparing versions (changed only through it). */
    private final List<Event> visibleBacking = new ArrayList<>();
    private final ObservableList<Event> visibleEvents = new EventList(visibleBacking);
    /** True while the visible list waits for a snapshot's events to be decoded (see {@link #eventsDecoded}). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper eventsPending =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "eventsPending");
    private final ObservableList<Event> visibleEventsReadOnly = FXCollections.unmodifiableObservableList(visibleEvents);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Actor> selectedActor = new SimpleObjectProperty<>(this, "selectedActor");

    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final BackgroundRunner filterRunner = new BackgroundRunner("sourceline-filter");
    private FilterEngine engine;

    /** Versions whose indexes are kept: the ones undo and redo reach first. */
    static final int VERSIONS_KEPT = 4;
    private History history;
    private final Map<Dataset, Prepared> prepared = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Dataset, Prepared> eldest) {
            return size() > VERSIONS_KEPT;
        }
    };
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** Set while an edit publishes its version with the filter result it computed (no other filtering then). */
    private boolean publishingEdit;
    /** Views following the dataset and selection together ({@link #followShown}). */
    private final List<Runnable> shownFollowers = new ArrayList<>();
    /** Set when the dataset or the selection changed while an edit was publishing both. */
    private boolean shownChangedWhilePublishing;

    /**
     * From this many events, the side panels follow an edit after the timeline has shown it
     * ({@link #updatePanel}): on two cores, the editor's form, the quote card, the reader, the
     * filter lists and the table's selection updated in the same frame as the timeline would hold
     * it back by some 50 ms (80 ms instead of 30 ms at 100,000 events, {@code bench --only edit}).
     */
    public static final int PANELS_AFTER_TIMELINE_FROM = 50_000;
    /** {@link #setPanelsAfterTimelineFrom}. */
    int panelsAfterTimelineFrom = PANELS_AFTER_TIMELINE_FROM;
    /** Set while an edit of a big dataset publishes its version: panel updates wait for its frame. */
    private boolean panelsWait;
    /** True while a big dataset just opened waits for its first filter result: panel updates wait for it and its frame. */
    private boolean panelsAwaitFirstResult;
    /** Panel updates waiting for the frame that shows an edit on the timeline, in the order they came. */
    private final List<Runnable> panelsPending = new ArrayList<>();

    /**
     * A version with its indexes and the engine that filters them, and the filter result last
     * shown for it with its visible events in time order (null when none was): undo and redo
     * back to it with the same filter show that result again instead of filtering once more.
     */
    private record Prepared(LoadedDataset loaded, FilterEngine engine, FilterResult result, int[] order) {
        Prepared(LoadedDataset loaded, FilterEngine engine) {
            this(loaded, engine, null, null);
        }

        /** The kept result when it is {@code filter}'s on this version's index, else null. */
        FilterResult resultFor(EventFilter filter) {
            return result != null && result.index() == loaded.index() && result.filter().equals(filter) ? result : null;
        }
    }

    /** The shown version, with the filter result shown for it (if it is this version's). */
    private Prepared keep(LoadedDataset current, FilterEngine currentEngine) {
        FilterResult shown = filterResult.get();
        return shown != null && shown.index() == current.index()
                ? new Prepared(current, currentEngine, shown, visibleOrder)
                : new Prepared(current, currentEngine);
    }

    public AppModel() {
        filter.addListener((obs, old, now) -> refilter());
        loaded.addListener((obs, old, now) -> shownChanged());
        selectedEvent.addListener((obs, old, now) -> shownChanged());
    }

    /**
     * Runs {@code follower} whenever the open dataset or the selected event changes, once for an
     * edit, undo or redo that changes both (where listeners of the two properties run twice):
     * for views that show the selected event of the current version, such as the quote card and
     * the event editor. It may run before or after the properties' own listeners: a follower
     * reads the model, never another view.
     */
    public void followShown(Runnable follower) {
        shownFollowers.add(follower);
    }

    private void shownChanged() {
        if (publishingEdit) {
            shownChangedWhilePublishing = true;
            return;
        }
        for (Runnable follower : List.copyOf(shownFollowers)) {
            updatePanel(follower);
        }
    }

    /**
     * Runs a side panel's response to a change of this model (the dataset shown, the selection,
     * the filter or its result): at once; or, while an edit, undo or redo of a dataset of at least
     * {@value #PANELS_AFTER_TIMELINE_FROM} events is being published, once the frame that shows it
     * on the timeline has been rendered; and while such a dataset just opened waits for its first
     * filter result, once the frame that shows that result has been rendered. Waiting responses run in the order they came, before any
     * later response: a panel sees every change, one frame late (a listener's response keeps the
     * values it was given; a {@link #followShown} follower reads the model when it runs). The
     * timeline and the status bar follow at once; the graph has its own background work.
     */
    public void updatePanel(Runnable response) {
        if (panelsWait || panelsAwaitFirstResult) {
            if (panelsPending.isEmpty() && !panelsAwaitFirstResult) {
                AfterFrames.run(this::runPendingPanelsAfterFrame);
            }
            panelsPending.add(response);
            return;
        }
        runPendingPanels();
        response.run();
    }

    /**
     * From how many events panel updates wait for the timeline's frame, after an edit and after
     * an open (by default {@value #PANELS_AFTER_TIMELINE_FROM}); tests lower it to see it on a
     * small dataset.
     */
    public void setPanelsAfterTimelineFrom(int events) {
        panelsAfterTimelineFrom = events;
    }

    /** True while panel updates wait for the timeline's frame of an edit ({@link #updatePanel}). */
    public boolean panelsPending() {
        return !panelsPending.isEmpty();
    }

    /**
     * The waiting responses, once the frame they waited for is drawn; unless a big dataset opened
     * meanwhile waits for its first result: its own release runs them, after its frame.
     */
    private void runPendingPanelsAfterFrame() {
        if (!panelsAwaitFirstResult) {
            runPendingPanels();
        }
    }

    private void runPendingPanels() {
        while (!panelsPending.isEmpty()) {
            panelsPending.remove(0).run();
        }
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
        open(dataset, initialFilter, true);
    }

    /**
     * Replaces the open dataset, saying whether it is saved: one read from a file (or the bundled
     * one) is; one made in the app, or recovered after a crash, is not until it is saved. The
     * history starts afresh.
     */
    public void open(LoadedDataset dataset, EventFilter initialFilter, boolean saved) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> open(dataset, initialFilter, saved));
            return;
        }
        history = new History(dataset.dataset(), saved, History.DEFAULT_REFERENCE_BUDGET);
        prepared.clear();
        file.set(dataset.file());
        notice.set("");
        engine = new FilterEngine(dataset.index());
        selectedEvent.set(null);
        selectedActor.set(null);
        // A big dataset's side panels (the reader cutting a long article into blocks, the filter
        // lists) follow once the timeline's first frame with it is drawn: until its filter
        // result is published (computed on the background runner) they wait.
        panelsAwaitFirstResult = panelsAwaitFirstResult || dataset.index().size() >= panelsAfterTimelineFrom;
        loaded.set(dataset);
        EventFilter start = initialFilter == null ? EventFilter.NONE : initialFilter;
        if (start.equals(filter.get())) {
            refilter();
        } else {
            filter.set(start);
        }
        updateHistoryState();
    }

    // ----- editing ---------------------------------------------------------------------------

    /** True when the current version differs from what the file holds (or there is no file yet). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The file Save writes to, or null when there is none yet (the bundled dataset, a new one). */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The name of the edit Undo takes back ("New Event"), or null when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** The name of the edit Redo makes again, or null. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** A passing remark for the status bar about what an edit did ("Filters cleared to show …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The current version of the dataset (what an edit applies to), or null before one is open. */
    public Dataset getDataset() {
        LoadedDataset current = loaded.get();
        return current == null ? null : current.dataset();
    }

    /** Finds events of the current version by id, through its index. */
    public EventLookup lookup() {
        EventIndex index = loaded.get().index();
        return index::positionOf;
    }

    /**
     * Applies an edit to the current version: the next version is shown in every view at once,
     * with the event the edit made or changed selected. A refused edit changes nothing.
     *
     * @return what the edit did
     * @throws EditException when the edit would make the dataset invalid (the message says why)
     */
    public Edit.Applied apply(Edit edit) throws EditException {
        LoadedDataset current = loaded.get();
        if (current == null) {
            throw new EditException("no dataset is open");
        }
        requireEvents(current);
        Edit.Applied applied = edit.apply(current.dataset(), lookup());
        Event selected = selectedEvent.get();
        history.push(edit.name(), applied, selected == null ? null : selected.id());
        show(applied.dataset(), applied.diff(), applied.focusEventId() != null ? applied.focusEventId()
                : selected == null ? null : selected.id());
        return applied;
    }

    /**
     * Makes sure every event of {@code current} is decoded before it is edited or saved: a dataset
     * just opened from its snapshot may still be decoding its events in the background (this
     * waits for them, a second at most for a million events).
     *
     * @throws EditException when the snapshot turned out damaged (the file is then read again)
     */
    static void requireEvents(LoadedDataset current) throws EditException {
        if (!current.eventsReady()) {
            try {
                current.decoding().decodeAll(n -> { });
            } catch (org.sourceline.data.snapshot.SnapshotEvents.DamagedSnapshotException e) {
                throw new EditException("the dataset's snapshot is damaged; it is being read again from its file");
            }
        }
    }

    /**
     * The events of {@code decoded}, opened from its snapshot, are all decoded now: the visible
     * list (empty until then, while the timeline drew from the indexes) is filled in.
     */
    public void eventsDecoded(LoadedDataset decoded) {
        FilterResult result = filterResult.get();
        if (isShown(decoded) && result != null && result.index() == decoded.index() && visibleEvents.isEmpty()) {
            replaceChanged(visibleEvents, visibleBacking, visibleOrder, result.index(), null, null);
            eventsPending.set(false);
        }
    }

    /**
     * True while {@link #visibleEvents()} is empty because the open dataset's events are still
     * being decoded from its snapshot (the timeline already shows them; the table says so).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty eventsPendingProperty() {
        return eventsPending.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} on the JavaFX thread once {@code shown} is the open dataset, its filter
     * result has been published and the frame drawn with it has been rendered: work that would
     * compete with the first frame of a big dataset (decoding its events, deriving its graph)
     * waits for it. Never runs when another dataset is opened first.
     */
    public void afterShown(LoadedDataset shown, Runnable work) {
        FilterResult now = filterResult.get();
        if (isShown(shown) && now != null && now.index() == shown.index()) {
            AfterFrames.run(work);
            return;
        }
        javafx.beans.InvalidationListener[] listener = new javafx.beans.InvalidationListener[1];
        listener[0] = o -> {
            FilterResult result = filterResult.get();
            if (!isShown(shown)) {
                filterResult.removeListener(listener[0]);
                loaded.removeListener(listener[0]);
            } else if (result != null && result.index() == shown.index()) {
                filterResult.removeListener(listener[0]);
                loaded.removeListener(listener[0]);
                AfterFrames.run(work);
            }
        };
        filterResult.addListener(listener[0]);
        loaded.addListener(listener[0]);
    }

    /**
     * {@link #visibleEvents()} for work that needs every one of them now (an export): a dataset
     * just opened from its snapshot has its events decoded first, here (a second at most for a
     * million), instead of waiting for the background.
     */
    public ObservableList<Event> visibleEventsNow() {
        LoadedDataset current = loaded.get();
        if (current != null && !current.eventsReady()) {
            try {
                current.decoding().decodeAll(n -> { });
                eventsDecoded(current);
            } catch (org.sourceline.data.snapshot.SnapshotEvents.DamagedSnapshotException e) {
                // The file is being read again; nothing is shown meanwhile.
            }
        }
        return visibleEventsReadOnly;
    }

    /** True when the open dataset is {@code version}'s (the same version, though perhaps saved elsewhere since). */
    private boolean isShown(LoadedDataset version) {
        LoadedDataset current = loaded.get();
        return current != null && current.dataset() == version.dataset() && current.index() == version.index();
    }

    /** Takes back the last edit (Edit → Undo). */
    public void undo() {
        if (history != null && history.canUndo()) {
            History.Step step = history.undo();
            show(step.dataset(), step.diff(), step.focusEventId());
        }
    }

    /** Makes the last undone edit again (Edit → Redo). */
    public void redo() {
        if (history != null && history.canRedo()) {
            History.Step step = history.redo();
            show(step.dataset(), step.diff(), step.focusEventId());
        }
    }

    /**
     * Records that {@code version} (the current one, or one before it if edits were made while it
     * was being written) is now in {@code savedTo}, which Save writes to from now on.
     */
    public void markSaved(Dataset version, Path savedTo) {
        history.markSaved(version);
        file.set(savedTo);
        LoadedDataset current = loaded.get();
        if (current != null && !savedTo.equals(current.file())) {
            // The views need not hear of it: the dataset is the same, only where it lives changed.
            LoadedDataset moved = current.savedAs(savedTo);
            prepared.put(moved.dataset(), keep(moved, engine));
            loaded.set(moved);
        }
        updateHistoryState();
    }

    /** Shows another version of the open document and selects {@code focusId}'s event. */
    private void show(Dataset version, DatasetDiff diff, String focusId) {
        LoadedDataset current = loaded.get();
        Prepared ready = prepared.get(version);
        LoadedDataset next;
        FilterEngine nextEngine;
        boolean kept = ready != null && ready.loaded().index().dataset() == version;
        if (kept) {
            next = ready.loaded().reached(diff);
            nextEngine = ready.engine();
        } else {
            next = current.derive(version, diff);
            nextEngine = engine.derive(next.index(), diff);
        }
        prepared.put(current.dataset(), keep(current, engine));
        prepared.put(version, new Prepared(next, nextEngine));
        Event focus = next.event(focusId);
        engine = nextEngine;
        EventFilter wanted = filter.get();
        FilterResult result;
        int[] keptOrder = null;
        try {
            // The version's result for this filter, kept from when it was last shown, or filtered now.
            result = kept ? ready.resultFor(wanted) : null;
            if (result != null) {
                keptOrder = ready.order();
            } else {
                result = computation.apply(nextEngine, wanted, () -> false);
            }
            if (focus != null && !result.isVisible(next.index().indexOf(focus))) {
                keptOrder = null;
                // The edited event must be seen: a filter hiding it gives way, and says so.
                wanted = EventFilter.NONE;
                result = computation.apply(nextEngine, wanted, () -> false);
                notice.set("Filters cleared to show “" + focus.title() + "”");
            } else {
                notice.set("");
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            result = null;
            filterFailed(e);
        }
        // The version, its selection and its filter result are published together, in that order;
        // for a big dataset the side panels follow once the timeline's frame shows them.
        panelsWait = next.index().size() >= panelsAfterTimelineFrom;
        try {
            publish(next, focus, wanted, result, keptOrder, current, diff);
        } finally {
            panelsWait = false;
        }
        updateHistoryState();
    }

    private void publish(LoadedDataset next, Event focus, EventFilter wanted, FilterResult result, int[] keptOrder,
                         LoadedDataset current, DatasetDiff diff) {
        publishingEdit = true;
        try {
            filterRunner.cancel();
            shownChangedWhilePublishing = false;
            loaded.set(next);
            selectedEvent.set(focus);
            filter.set(wanted);
        } finally {
            publishingEdit = false;
        }
        if (shownChangedWhilePublishing) {
            shownChangedWhilePublishing = false;
            shownChanged();
        }
        if (result != null) {
            // The list's order as positions of the version shown before, when the edit leaves them
            // meaning the same events in the new one: the list is then patched by comparing int arrays.
            FilterResult shown = filterResult.get();
            int[] listOrder = shown != null && current != null && shown.index() == current.index()
                    && positionsMeanTheSameEvents(diff, shown.index().size()) ? visibleOrder : null;
            filtered(result, keptOrder != null ? keptOrder : result.visibleInTimeOrder(), null, listOrder);
        }
    }

    /** Drops the indexes kept for nearby versions (benchmarks measure undo without them). */
    public void forgetKeptVersions() {
        prepared.clear();
    }

    private void updateHistoryState() {
        dirty.set(history != null && history.isDirty());
        undoName.set(history == null ? null : history.undoName());
        redoName.set(history == null ? null : history.redoName());
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
        if (publishingEdit) {
            // An edit publishes the result it computed for its version itself.
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
        // The visible events in time order, and their list (a million for a big dataset), are
        // made on the filter's thread too.
        filterRunner.submit(cancelled -> {
            FilterResult result = computation.apply(forDataset, wanted, cancelled);
            int[] order = result.visibleInTimeOrder();
            // Events still in a snapshot's bytes are not decoded for the list: it follows when they are.
            return new Filtered(result, order, current.eventsReady() ? visibleList(order, result.index()) : null);
        }, done -> filtered(done.result(), done.order(), done.events()), this::filterFailed);
    }

    /** A filter result with its visible events in time order, as indexes and as a list. */
    private record Filtered(FilterResult result, int[] order, List<Event> events) {
    }

    private void filtered(FilterResult result) {
        // An edit's or a small dataset's result: the list is patched, made only if it must be replaced.
        filtered(result, result.visibleInTimeOrder(), null);
    }

    private void filtered(FilterResult result, int[] order, List<Event> events) {
        filtered(result, order, events, null);
    }

    /** {@code listOrder}: the visible list's events as positions of {@code result}'s index too, or null. */
    private void filtered(FilterResult result, int[] order, List<Event> events, int[] listOrder) {
        // Published first: whoever sees "filtering" end sees the result it waited for.
        publish(result, order, events, listOrder);
        filterProblem.set("");
        filtering.set(false);
        releasePanels();
    }

    /** The first filter result of a dataset just opened is out (or failed): the waiting panels follow after its frame. */
    private void releasePanels() {
        if (panelsAwaitFirstResult) {
            panelsAwaitFirstResult = false;
            AfterFrames.run(this::runPendingPanelsAfterFrame);
        }
    }

    private void filterFailed(Throwable error) {
        filtering.set(false);
        String reason = error instanceof OutOfMemoryError ? "not enough memory"
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        filterProblem.set("Filtering failed (" + reason + "); the events shown are those of the previous filter");
        releasePanels();
    }

    /** How a filter is computed: the engine's, unless a test makes it fail. */
    @FunctionalInterface
    interface FilterComputation {
        FilterResult apply(FilterEngine engine, EventFilter filter, BooleanSupplier cancelled);
    }

    FilterComputation computation = FilterEngine::apply;

    private static List<Event> visibleList(int[] order, EventIndex index) {
        Event[] visible = new Event[order.length];
        if (order.length < index.size() / 8) {
            // A few of many: looked up one by one rather than copying them all.
            for (int i = 0; i < visible.length; i++) {
                visible[i] = index.event(order[i]);
            }
        } else {
            // From an array copy of the events: a million look-ups through the dataset's list each
            // cost a call chain and a bounds check (0.3 s before a 1M first frame, first JIT tier).
            Event[] all = index.dataset().events().toArray(new Event[0]);
            for (int i = 0; i < visible.length; i++) {
                visible[i] = all[order[i]];
            }
        }
        return java.util.Arrays.asList(visible);
    }

    /**
     * Publishes a result; {@code events} is its visible list when already made, else null;
     * {@code listOrder}, when not null, what the visible list holds now as positions that mean
     * the same events in {@code result}'s index.
     */
    private void publish(FilterResult result, int[] order, List<Event> events, int[] listOrder) {
        EventIndex index = result.index();
        visibleOrder = order;
        filterResult.set(result);
        LoadedDataset current = loaded.get();
        if (current != null && current.index() == index && !current.eventsReady()) {
            // Filled in by eventsDecoded: the first frame does not wait for a million events to be decoded.
            visibleEvents.clear();
            eventsPending.set(true);
        } else {
            replaceChanged(visibleEvents, visibleBacking, order, index, events, listOrder);
            eventsPending.set(false);
        }
        Event selected = selectedEvent.get();
        int at = index.indexOf(selected);
        if (selected != null && (at < 0 || !result.isVisible(at))) {
            selectedEvent.set(null);
        }
    }

    /**
     * Where an event is in {@link #visibleEvents()} (time order), or -1 when it is not shown: a
     * binary search, where a list would compare the events one by one.
     */
    public int visiblePosition(Event event) {
        FilterResult result = filterResult.get();
        if (result == null || event == null) {
            return -1;
        }
        EventIndex index = result.index();
        int e = index.indexOf(event);
        if (e < 0 || !result.isVisible(e) || index.event(e) != event) {
            return -1;
        }
        int rank = index.timeRank(e);
        int low = 0;
        int high = visibleOrder.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int r = index.timeRank(visibleOrder[middle]);
            if (r < rank) {
                low = middle + 1;
            } else if (r > rank) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * Makes {@code list} hold {@code next} with as small a change as the two differ by, telling
     * events apart by identity (an edit's versions share every event it did not touch): a new
     * event is one insertion, a changed one one replacement, so the table and its sorted view
     * update one row instead of re-sorting every event. A bigger difference (another filter) is
     * one replacement of the whole list.
     */
    static void replaceChanged(ObservableList<Event> list, int[] order, EventIndex index) {
        replaceChanged(list, list, order, index, null, null);
    }

    /**
     * As {@link #replaceChanged(ObservableList, int[], EventIndex)} for a list that holds the
     * events of {@code listOrder}, positions of an index where each position below the new
     * index's size holds the same event as there ({@link #positionsMeanTheSameEvents}).
     */
    static void replaceChanged(ObservableList<Event> list, int[] listOrder, int[] order, EventIndex index) {
        replaceChanged(list, list, order, index, null, listOrder);
    }

    /**
     * True when a position means the same event before and after an edit of {@code diff}
     * wherever it is in both: every kept event kept its position and the edit only removed
     * events (at the end, then) or only inserted them (at the end), so no position was reused.
     */
    static boolean positionsMeanTheSameEvents(DatasetDiff diff, int oldSize) {
        return (diff.removedEventCount() == 0 || diff.insertedEventCount() == 0) && diff.keepsEventPositions(oldSize);
    }

    /**
     * As {@link #replaceChanged(ObservableList, int[], EventIndex)}, with what the list holds read
     * from {@code current} (its backing list: no observable wrapper between the comparisons) and
     * the whole new list when already made.
     */
    private static void replaceChanged(ObservableList<Event> list, List<Event> current, int[] order, EventIndex index,
            List<Event> whole, int[] currentOrder) {
        List<Event> events = index.dataset().events();
        int oldSize = current.size();
        int newSize = order.length;
        int shorter = Math.min(oldSize, newSize);
        int prefix = 0;
        int suffix = 0;
        if (currentOrder != null && currentOrder.length == oldSize) {
            // Positions that stand for the same events in both indexes: the orders are compared
            // as int arrays (vectorised), not event by event through two lists.
            prefix = java.util.Arrays.mismatch(currentOrder, 0, shorter, order, 0, shorter);
            prefix = prefix < 0 ? shorter : prefix;
            int tail = shorter - prefix;
            if (java.util.Arrays.mismatch(currentOrder, oldSize - tail, oldSize, order, newSize - tail, newSize) < 0) {
                suffix = tail;
            } else {
                while (suffix < tail && currentOrder[oldSize - 1 - suffix] == order[newSize - 1 - suffix]) {
                    suffix++;
                }
            }
        } else {
            while (prefix < shorter && current.get(prefix) == events.get(order[prefix])) {
                prefix++;
            }
            while (suffix < shorter - prefix
                    && current.get(oldSize - 1 - suffix) == events.get(order[newSize - 1 - suffix])) {
                suffix++;
            }
        }
        int removed = oldSize - prefix - suffix;
        int added = newSize - prefix - suffix;
        if (removed == 0 && added == 0) {
            return;
        }
        if (removed + added > Math.max(SMALL_CHANGE, Math.min(oldSize, newSize) / 8)) {
            list.setAll(whole != null ? whole : visibleList(order, index));
        } else if (removed == added) {
            for (int i = prefix; i < prefix + added; i++) {
                list.set(i, events.get(order[i]));
            }
        } else {
            if (removed > 0) {
                list.remove(prefix, prefix + removed);
            }
            if (added > 0) {
                List<Event> insert = new ArrayList<>(added);
                for (int i = prefix; i < prefix + added; i++) {
                    insert.add(events.get(order[i]));
                }
                list.addAll(prefix, insert);
            }
        }
    }

    /** Changed rows below which the visible list is patched rather than replaced. */
    private static final int SMALL_CHANGE = 64;

    /** The events of {@link #visibleEvents()} as indexes of the filter result's index. */
    private int[] visibleOrder = new int[0];
}
