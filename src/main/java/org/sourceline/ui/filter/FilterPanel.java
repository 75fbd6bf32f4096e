package org.sourceline.ui.filter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.sourceline.model.Actor;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;
import org.sourceline.query.ActorMode;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;
import org.sourceline.render.CertaintyStyle;
import org.sourceline.render.Palette;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * The filter panel: actors, event types, certainty levels, a time range, a text search and the
 * sources ({@link SourceFilterSection}). It
 * writes an {@link EventFilter} into the {@link AppModel} and follows it back, so a filter set
 * elsewhere (a lane's or a node's "Filter to this actor", Clear filters, a remembered filter)
 * shows here too. Counts beside each choice apply every other filter.
 */
public final class FilterPanel extends VBox {
    /** Pause after the last keystroke before a text search runs. */
    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final AppModel model;
    private final Label summary = new Label();
    private final Hyperlink clearAll = new Hyperlink("Clear all");
    private final TextField actorSearch = TextFields.createClearableTextField();
    private final ToggleButton anyMode = new ToggleButton("any");
    private final ToggleButton allMode = new ToggleButton("all");
    private final CheckListView<Actor> actorList = new CheckListView<>();
    private final CheckListView<EventType> typeList = new CheckListView<>();
    private final CheckListView<CertaintyLevel> certaintyList = new CheckListView<>();
    private final RangeSlider timeSlider = new RangeSlider(0, 1, 0, 1);
    private final DatePicker fromPicker = new DatePicker();
    private final DatePicker toPicker = new DatePicker();
    private final TextField textSearch = TextFields.createClearableTextField();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private final SourceFilterSection sources = new SourceFilterSection(this::push);
    /** The filter result whose counts the lists show: the cells follow it. */
    private final javafx.beans.property.ObjectProperty<FilterResult> counts =
            new javafx.beans.property.SimpleObjectProperty<>(this, "counts");

    /** Every actor of the dataset, most active first; the list shows those matching the search. */
    private final List<Actor> allActors = new ArrayList<>();
    /** Ids of checked actors: the truth, kept apart from the list (which the search narrows). */
    private final Set<String> checkedActors = new HashSet<>();
    private long domainStart;
    private long domainEnd;
    private boolean updating;

    public FilterPanel(AppModel model) {
        this.model = model;
        setId("filter-panel");
        getStyleClass().add("filter-panel");
        org.sourceline.ui.Theme.style(this, "/css/filter.css");
        setMinWidth(0);

        summary.setId("filter-summary");
        summary.setWrapText(true);
        clearAll.setId("clear-filters");
        clearAll.setOnAction(e -> model.clearFilter());
        // A flow, not a row: when the summary and "Clear all" do not fit side by side, "Clear all"
        // moves to a line of its own rather than the summary being cut short ("16 of 17 ev…").
        summary.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(12, 2, summary, clearAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("filter-header");

        VBox search = new VBox(createTextSearch());
        search.getStyleClass().add("filter-search");
        VBox sections = new VBox(createActorSection(), createTypeSection(), createCertaintySection(),
                createTimeSection(), sources.pane());
        sections.getStyleClass().add("filter-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, search, scroll);

        // After an edit of a big dataset these follow the timeline's frame (AppModel.updatePanel).
        model.loadedProperty().addListener((obs, old, loaded) -> model.updatePanel(() -> follow(old, loaded)));
        model.filterProperty().addListener((obs, old, filter) -> model.updatePanel(() -> showFilter(filter)));
        model.filterResultProperty().addListener((obs, old, result) -> model.updatePanel(() -> showCounts(result)));
        rebuild(model.getLoaded());
    }

    // ----- sections ------------------------------------------------------------------------

    private TitledPane createActorSection() {
        actorSearch.setPromptText("Find an actor");
        actorSearch.setId("actor-search");
        actorSearch.textProperty().addListener((obs, old, text) -> showActorItems());

        SegmentedButton mode = new SegmentedButton(anyMode, allMode);
        mode.setId("actor-mode");
        anyMode.setId("mode-any");
        allMode.setId("mode-all");
        anyMode.setSelected(true);
        anyMode.setTooltip(new Tooltip("Show events involving any of the checked actors"));
        allMode.setTooltip(new Tooltip("Show events involving all of the checked actors"));
        mode.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                push();
            }
        });

        actorList.setId("actor-list");
        actorList.setPrefHeight(230);
        actorList.setCellFactory(list -> new CountedCheckCell<>(actorList, Actor::name, this::actorCount, a -> null, counts));
        actorList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Actor>) c -> {
            if (updating) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(a -> checkedActors.add(a.id()));
                c.getRemoved().forEach(a -> checkedActors.remove(a.id()));
            }
            push();
        });
        MenuItem only = new MenuItem("Only This Actor");
        only.setOnAction(e -> {
            Actor actor = actorList.getSelectionModel().getSelectedItem();
            if (actor != null) {
                model.setFilter(model.getFilter().withActors(Set.of(actor.id())));
            }
        });
        MenuItem all = new MenuItem("Check All");
        all.setOnAction(e -> setAllActors(true));
        MenuItem none = new MenuItem("Check None");
        none.setOnAction(e -> setAllActors(false));
        actorList.setContextMenu(new ContextMenu(only, all, none));

        Hyperlink checkAll = new Hyperlink("all");
        checkAll.setId("actors-all");
        checkAll.setOnAction(e -> setAllActors(true));
        Hyperlink checkNone = new Hyperlink("none");
        checkNone.setId("actors-none");
        checkNone.setOnAction(e -> setAllActors(false));
        Label matchLabel = new Label("Events with");
        Label checkedLabel = new Label("checked");
        // Never elided ("Events …", "…"): in a narrow panel the words wrap onto a second line.
        for (Region part : List.of(matchLabel, checkedLabel, anyMode, allMode)) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane modeRow = new FlowPane(6, 4, matchLabel, mode, checkedLabel);
        modeRow.setId("actor-mode-row");
        modeRow.setAlignment(Pos.CENTER_LEFT);
        Label checkLabel = new Label("Check");
        HBox checkRow = new HBox(2, checkLabel, checkAll, new Label("·"), checkNone);
        checkRow.setAlignment(Pos.CENTER_LEFT);
        checkRow.getStyleClass().add("filter-note");

        VBox box = new VBox(6, actorSearch, modeRow, actorList, checkRow);
        return section("Actors", box);
    }

    private TitledPane createTypeSection() {
        typeList.setId("type-list");
        typeList.setCellFactory(list -> new CountedCheckCell<>(typeList, EventType::label, this::typeCount,
                type -> swatch(Palette.of(type), 1.0, false), counts));
        typeList.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) c -> push());
        return section("Event types", typeList);
    }

    private TitledPane createCertaintySection() {
        certaintyList.setId("certainty-list");
        certaintyList.setPrefHeight(5 * 26 + 4);
        certaintyList.setCellFactory(list -> new CountedCheckCell<>(certaintyList, CertaintyLevel::label, this::certaintyCount, level -> {
            CertaintyStyle style = Palette.style(level);
            return swatch(Palette.TEXT_MUTED, style.fillOpacity(), style.isDashed());
        }, counts));
        certaintyList.getCheckModel().getCheckedItems().addListener((ListChangeListener<CertaintyLevel>) c -> push());
        return section("Certainty", certaintyList);
    }

    private TitledPane createTimeSection() {
        timeSlider.setId("time-slider");
        timeSlider.setShowTickLabels(false);
        timeSlider.setShowTickMarks(false);
        timeSlider.lowValueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                push();
            }
        });
        timeSlider.highValueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                push();
            }
        });
        timeSlider.lowValueProperty().addListener((obs, old, v) -> syncPickers());
        timeSlider.highValueProperty().addListener((obs, old, v) -> syncPickers());
        fromPicker.setId("from-date");
        toPicker.setId("to-date");
        fromPicker.setPromptText("from");
        toPicker.setPromptText("to");
        fromPicker.setMaxWidth(Double.MAX_VALUE);
        toPicker.setMaxWidth(Double.MAX_VALUE);
        fromPicker.valueProperty().addListener((obs, old, date) -> pickerChanged(date, true));
        toPicker.valueProperty().addListener((obs, old, date) -> pickerChanged(date, false));
        Label note = new Label("An event is kept when its earliest–latest span overlaps the range.");
        note.getStyleClass().add("filter-note");
        note.setWrapText(true);
        HBox.setHgrow(fromPicker, Priority.ALWAYS);
        HBox.setHgrow(toPicker, Priority.ALWAYS);
        VBox box = new VBox(6, timeSlider, new HBox(6, fromPicker, toPicker), note);
        return section("Time", box);
    }

    private TextField createTextSearch() {
        textSearch.setId("text-search");
        textSearch.setPromptText("Search titles, summaries, quotes, actors");
        typing.setOnFinished(e -> push());
        textSearch.textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                typing.playFromStart();
            }
        });
        textSearch.setOnAction(e -> {
            typing.stop();
            push();
        });
        return textSearch;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setAnimated(false);
        pane.getStyleClass().add("filter-section");
        return pane;
    }

    private static javafx.scene.Node swatch(javafx.scene.paint.Color color, double fillOpacity, boolean dashed) {
        Rectangle r = new Rectangle(12, 12);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.setFill(color.deriveColor(0, 1, 1, Math.max(fillOpacity, 0.0)));
        r.setStroke(color);
        r.setStrokeWidth(1.5);
        if (dashed) {
            r.getStrokeDashArray().setAll(3.0, 2.0);
        }
        return r;
    }

    // ----- labels with counts --------------------------------------------------------------

    private int actorCount(Actor actor) {
        FilterResult result = model.getFilterResult();
        int a = result == null ? -1 : result.index().indexOf(actor);
        return a < 0 ? -1 : result.actorCount(a);
    }

    private int typeCount(EventType type) {
        FilterResult result = model.getFilterResult();
        return result == null ? -1 : result.typeCount(type.ordinal());
    }

    private int certaintyCount(CertaintyLevel level) {
        FilterResult result = model.getFilterResult();
        return result == null ? -1 : result.certaintyCount(level.ordinal());
    }

    // ----- model → panel -------------------------------------------------------------------

    /**
     * What the filter controls list for a dataset: the actors with events (most first), the
     * event types in use and the time domain. An edit that leaves it as it was leaves the
     * controls alone (rebuilding 500 actor rows takes longer than the edit itself); the counts
     * follow with the filter result.
     */
    private record Choices(List<Actor> actors, List<EventType> types, long domainStart, long domainEnd) {
        static Choices of(LoadedDataset loaded) {
            EventIndex index = loaded.index();
            List<Integer> withEvents = new ArrayList<>();
            for (int a = 0; a < index.actorCount(); a++) {
                if (index.eventsOf(a).length > 0) {
                    withEvents.add(a);
                }
            }
            withEvents.sort(Comparator.comparingInt((Integer a) -> -index.eventsOf(a).length)
                    .thenComparing(a -> index.actor(a).name()));
            List<Actor> actors = new ArrayList<>(withEvents.size());
            for (int a : withEvents) {
                actors.add(index.actor(a));
            }
            EventIndex.Totals totals = index.totals();
            long start = totals.earliestKnownDay();
            long end = totals.latestKnownDay();
            List<EventType> types = new ArrayList<>();
            for (EventType type : EventType.values()) {
                if (totals.ofType(type.ordinal()) > 0) {
                    types.add(type);
                }
            }
            if (start > end) {
                start = index.emptyDomainStart();
                end = index.emptyDomainEnd();
            }
            return new Choices(List.copyOf(actors), List.copyOf(types), start, end);
        }

        /** The same but for the order of the actors (the same ones, counted anew). */
        boolean sameButActorOrder(Choices other) {
            return types.equals(other.types) && domainStart == other.domainStart && domainEnd == other.domainEnd
                    && actors.size() == other.actors.size()
                    && new java.util.HashSet<>(actors).equals(new java.util.HashSet<>(other.actors));
        }
    }

    private Choices shown;

    /** A dataset opened, or a new version of the open one (an edit, undo or redo). */
    private void follow(LoadedDataset old, LoadedDataset loaded) {
        if (loaded != null && loaded.isVersionOf(old) && shown != null) {
            Choices choices = Choices.of(loaded);
            if (choices.equals(shown) && sources.follow(loaded)) {
                return;
            }
            if (choices.sameButActorOrder(shown) && sources.follow(loaded)) {
                // An edit that moved an actor up or down the list (its count passed another's):
                // the actors are listed in their new order, with their checks; the other
                // sections, the time range and the source filters stay as they are.
                shown = choices;
                allActors.clear();
                allActors.addAll(choices.actors());
                showActorItems();
                return;
            }
        }
        rebuild(loaded);
    }

    private void rebuild(LoadedDataset loaded) {
        sources.rebuild(loaded);
        updating = true;
        try {
            allActors.clear();
            checkedActors.clear();
            if (loaded == null) {
                shown = null;
                actorList.getItems().clear();
                typeList.getItems().clear();
                certaintyList.getItems().clear();
                return;
            }
            Choices choices = Choices.of(loaded);
            shown = choices;
            allActors.addAll(choices.actors());
            typeList.getItems().setAll(choices.types());
            typeList.setPrefHeight(Math.min(choices.types().size(), 12) * 26 + 4);
            certaintyList.getItems().setAll(CertaintyLevel.values());
            domainStart = choices.domainStart();
            domainEnd = choices.domainEnd();
            timeSlider.setMin(domainStart);
            timeSlider.setMax(domainEnd);
            timeSlider.setLowValue(domainStart);
            timeSlider.setHighValue(domainEnd);
        } finally {
            updating = false;
        }
        showFilter(model.getFilter());
    }

    private void showFilter(EventFilter filter) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null || filter == null) {
            return;
        }
        updating = true;
        try {
            checkedActors.clear();
            for (Actor actor : allActors) {
                if (filter.actors() == null || filter.actors().contains(actor.id())) {
                    checkedActors.add(actor.id());
                }
            }
            showActorItems();
            (filter.actorMode() == ActorMode.ALL ? allMode : anyMode).setSelected(true);
            checkOnly(typeList, filter.types());
            checkOnly(certaintyList, filter.certainties());
            timeSlider.setLowValue(filter.from() == Days.OPEN_START ? domainStart : Math.max(domainStart, filter.from()));
            timeSlider.setHighValue(filter.to() == Days.OPEN_END ? domainEnd : Math.min(domainEnd, filter.to()));
            syncPickers();
            if (!textSearch.getText().strip().equals(filter.text() == null ? "" : filter.text())) {
                textSearch.setText(filter.text() == null ? "" : filter.text());
            }
            typing.stop();
            sources.show(filter);
        } finally {
            updating = false;
        }
        showCounts(model.getFilterResult());
    }

    private static <T> void checkOnly(CheckListView<T> list, Set<T> checked) {
        for (T item : list.getItems()) {
            if (checked == null || checked.contains(item)) {
                list.getCheckModel().check(item);
            } else {
                list.getCheckModel().clearCheck(item);
            }
        }
    }

    /** Shows the actors matching the search box, with their check marks. */
    private void showActorItems() {
        boolean was = updating;
        updating = true;
        try {
            String needle = org.sourceline.query.TextFolding.fold(actorSearch.getText().strip());
            List<Actor> shown = new ArrayList<>();
            for (Actor actor : allActors) {
                if (needle.isEmpty() || org.sourceline.query.TextFolding.contains(actor.name(), needle)
                        || org.sourceline.query.TextFolding.contains(actor.id(), needle)) {
                    shown.add(actor);
                }
            }
            actorList.getCheckModel().clearChecks();
            actorList.getItems().setAll(shown);
            CheckMarks.checkWhere(actorList, actor -> checkedActors.contains(actor.id()));
        } finally {
            updating = was;
        }
    }

    private void showCounts(FilterResult result) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null || result == null) {
            summary.setText("");
            return;
        }
        int total = result.totalCount();
        int active = result.filter().activeCount();
        summary.setText(String.format("%,d of %,d events", result.visibleCount(), total)
                + (active == 0 ? "" : " · " + active + (active == 1 ? " filter active" : " filters active")));
        clearAll.setDisable(active == 0);
        counts.set(result);
        sources.showCounts(result);
    }

    private void syncPickers() {
        boolean was = updating;
        updating = true;
        try {
            fromPicker.setValue(LocalDate.ofEpochDay(Math.round(timeSlider.getLowValue())));
            toPicker.setValue(LocalDate.ofEpochDay(Math.round(timeSlider.getHighValue())));
        } finally {
            updating = was;
        }
    }

    private void pickerChanged(LocalDate date, boolean isFrom) {
        if (updating || date == null) {
            return;
        }
        long day = Math.max(domainStart, Math.min(domainEnd, date.toEpochDay()));
        boolean was = updating;
        updating = true;
        try {
            if (isFrom) {
                timeSlider.setLowValue(Math.min(day, timeSlider.getHighValue()));
            } else {
                timeSlider.setHighValue(Math.max(day, timeSlider.getLowValue()));
            }
        } finally {
            updating = was;
        }
        push();
    }

    private void setAllActors(boolean checked) {
        model.setFilter(model.getFilter().withActors(checked ? null : Set.of()));
    }

    // ----- panel → model -------------------------------------------------------------------

    /** Builds the filter the panel shows and hands it to the model. */
    private void push() {
        if (updating || model.getLoaded() == null) {
            return;
        }
        Set<String> actors = checkedActors.size() == allActors.size() ? null : Set.copyOf(checkedActors);
        ActorMode mode = allMode.isSelected() ? ActorMode.ALL : ActorMode.ANY;
        Set<EventType> types = checkedSet(typeList, EventType.class);
        Set<CertaintyLevel> levels = checkedSet(certaintyList, CertaintyLevel.class);
        long low = Math.round(timeSlider.getLowValue());
        long high = Math.round(timeSlider.getHighValue());
        long from = low <= domainStart ? Days.OPEN_START : low;
        long to = high >= domainEnd ? Days.OPEN_END : high;
        EventFilter filter = sources.applyTo(new EventFilter(actors, mode, types, levels, from, to, textSearch.getText()));
        if (!filter.equals(model.getFilter())) {
            model.setFilter(filter);
        }
    }

    private static <T extends Enum<T>> Set<T> checkedSet(CheckListView<T> list, Class<T> type) {
        ObservableList<T> checked = list.getCheckModel().getCheckedItems();
        if (checked.size() == list.getItems().size()) {
            return null;
        }
        Set<T> set = EnumSet.noneOf(type);
        set.addAll(checked);
        return set;
    }

    /** For tests and the status line: the actors the list currently shows. */
    List<Actor> shownActors() {
        return List.copyOf(actorList.getItems());
    }

    /** A row of a check list: check box, optional swatch, name (elided when narrow) and a right-aligned count. */
    static final class CountedCheckCell<T> extends javafx.scene.control.ListCell<T> {
        private final CheckListView<T> list;
        private final Function<T, String> name;
        private final java.util.function.ToIntFunction<T> count;
        private final Function<T, javafx.scene.Node> swatch;
        private final javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
        private final Label nameLabel = new Label();
        private final Label countLabel = new Label();
        private final HBox row = new HBox(6);
        private javafx.beans.property.BooleanProperty bound;
        private final Tooltip tooltip = new Tooltip();
        private T shownItem;
        private final javafx.beans.value.ChangeListener<Object> countsChanged;

        private void showCount() {
            T item = getItem();
            if (item == null || isEmpty()) {
                return;
            }
            int n = count.applyAsInt(item);
            countLabel.setText(n < 0 ? "" : Integer.toString(n));
        }

        CountedCheckCell(CheckListView<T> list, Function<T, String> name, java.util.function.ToIntFunction<T> count,
                         Function<T, javafx.scene.Node> swatch, javafx.beans.value.ObservableValue<?> counts) {
            this.list = list;
            // New counts update the label of the item shown; the cell is not made again. The
            // listener is weak: a cell the list drops is not kept by the counts.
            countsChanged = (obs, old, now) -> showCount();
            counts.addListener(new javafx.beans.value.WeakChangeListener<>(countsChanged));
            this.name = name;
            this.count = count;
            this.swatch = swatch;
            nameLabel.setMinWidth(0);
            nameLabel.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(nameLabel, Priority.ALWAYS);
            countLabel.getStyleClass().add("filter-count");
            countLabel.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            // Let the list view's width decide: no horizontal scrolling for long names.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                shownItem = null;
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bound = list.getItemBooleanProperty(item);
            if (bound != null) {
                box.selectedProperty().bindBidirectional(bound);
            }
            String text = name.apply(item);
            nameLabel.setText(text);
            showCount();
            // A refresh (new counts) shows the same item again: its row, swatch and tooltip stay.
            if (!item.equals(shownItem)) {
                shownItem = item;
                javafx.scene.Node mark = swatch.apply(item);
                row.getChildren().setAll(box);
                if (mark != null) {
                    row.getChildren().add(mark);
                }
                row.getChildren().addAll(nameLabel, countLabel);
                tooltip.setText(text);
            }
            if (getGraphic() != row) {
                setGraphic(row);
            }
            if (getTooltip() != tooltip) {
                setTooltip(tooltip);
            }
        }
    }
}
