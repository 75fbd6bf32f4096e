package org.sourceline.ui.table;

import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.model.TimeSpan;
import org.sourceline.ui.AppModel;

/**
 * The visible events as a sortable table: when (the article's phrase), title, actors, type and
 * certainty. Its selection is the app's selection.
 */
public final class EventTable extends TableView<Event> {
    private final AppModel model;
    /**
     * The events sorted by the columns the user chose, made when they choose some; null while the
     * table shows them in time order, as the model lists them: a sorted view then would only pass
     * them through, yet update its index of all 100,000 rows at each edit.
     */
    private SortedList<Event> sorted;
    /** Shows the selection again when the rows change. */
    private final javafx.collections.ListChangeListener<Event> rowsChanged = c -> showSelectionAgain();
    private boolean syncing;
    private boolean scrollPending;
    private final javafx.beans.property.BooleanProperty inView = new javafx.beans.property.SimpleBooleanProperty(
            this, "inView", true);

    /**
     * Whether the table is in view (its tab is the one chosen). Out of view, selecting an event
     * selects its row without scrolling to it; the table scrolls to it when it comes into view.
     */
    public javafx.beans.property.BooleanProperty inViewProperty() {
        return inView;
    }

    /**
     * Scrolls to the selected row; a table not yet shown (its tab joins the scene when first
     * selected) has no skin to scroll, so it scrolls once the skin is made, to the row selected then.
     */
    private void scrollWhenSkinned() {
        if (getSkin() != null) {
            scrollToSelection();
            return;
        }
        skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> o,
                                javafx.scene.control.Skin<?> was, javafx.scene.control.Skin<?> skin) {
                if (skin != null) {
                    skinProperty().removeListener(this);
                    // after the pulse that made the skin has laid the rows out: a new flow places
                    // its first layout at the top
                    javafx.application.Platform.runLater(() -> scrollToSelection());
                }
            }
        });
    }

    /** Scrolls so that the selected row shows, a few rows below the top (as it was when it was selected). */
    private void scrollToSelection() {
        int row = getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            scrollTo(Math.max(0, row - 3));
        }
    }

    public EventTable(AppModel model) {
        this.model = model;
        // Rows are one line high: the stylesheet fixes their height (2 em, the default theme's row),
        // which spares the table measuring rows when the events change.
        inView.addListener((obs, was, now) -> {
            int row = getSelectionModel().getSelectedIndex();
            if (now && scrollPending && row >= 0) {
                scrollWhenSkinned();
            }
            scrollPending = false;
        });
        setId("event-table");
        getStyleClass().add("event-table");
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
        // A big dataset opened from its snapshot is drawn before its events are decoded; the rows follow.
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.eventsPendingProperty())
                .then("Loading the events…").otherwise("No events match the filter."));
        setPlaceholder(placeholder);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, TimeSpan> when = new TableColumn<>("When");
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        when.setComparator(Comparator.comparingLong(TimeSpan::earliest).thenComparingLong(TimeSpan::latest));
        when.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(TimeSpan time, boolean empty) {
                super.updateItem(time, empty);
                if (empty || time == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(time.displayText());
                    setTooltip(new Tooltip(time.edtf() + "  (" + time.boundsText() + ")"));
                }
            }
        });
        when.setPrefWidth(170);

        TableColumn<Event, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(320);

        TableColumn<Event, String> actors = new TableColumn<>("Actors");
        actors.setCellValueFactory(c -> new ReadOnlyStringWrapper(describeActors(c.getValue())));
        actors.setPrefWidth(220);

        TableColumn<Event, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type().id()
                + (c.getValue().mode() == null ? "" : " · " + c.getValue().mode())));
        type.setPrefWidth(140);

        TableColumn<Event, String> certainty = new TableColumn<>("Certainty");
        certainty.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().certainty().describe()));
        certainty.setPrefWidth(200);

        TableColumn<Event, Event> sources = new TableColumn<>("Sources");
        sources.setId("sources-column");
        sources.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        sources.setComparator(Comparator.comparingInt(Event::sourceCount).thenComparing(Event::isDisputed));
        sources.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Event event, boolean empty) {
                super.updateItem(event, empty);
                getStyleClass().remove("disputed-cell");
                if (empty || event == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(org.sourceline.text.Corroboration.label(event));
                if (event.isDisputed()) {
                    getStyleClass().add("disputed-cell");
                }
                setTooltip(getText().isEmpty() ? null : new Tooltip(capitalised(org.sourceline.text.Corroboration.explain(event))));
            }
        });
        sources.setPrefWidth(110);
        sources.setVisible(false);

        getColumns().setAll(java.util.List.of(when, title, actors, type, certainty, sources));
        // The Sources column is there only where there is something to say: several articles, or a disputed event.
        model.loadedProperty().addListener((obs, old, loaded) -> sources.setVisible(hasSourcesToShow(loaded)));
        sources.setVisible(hasSourcesToShow(model.getLoaded()));
        setRowFactory(tv -> {
            TableRow<Event> row = new TableRow<>();
            // One tooltip per row, its text changed as the row shows other events while scrolling.
            Tooltip summary = new Tooltip();
            row.itemProperty().addListener((obs, old, event) -> {
                boolean has = event != null && event.summary() != null;
                summary.setText(has ? event.summary() : "");
                row.setTooltip(has ? summary : null);
            });
            return row;
        });

        // The rows follow the sort order: the table sets its comparator before it sorts (its sort
        // policy then finds the sorted view bound to it).
        comparatorProperty().addListener((obs, old, now) -> showRows());
        showRows();

        getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (!syncing) {
                syncing = true;
                try {
                    model.setSelectedEvent(event);
                } finally {
                    syncing = false;
                }
            }
        });
        model.selectedEventProperty().addListener((obs, old, event) -> model.updatePanel(() -> showSelection(event)));
    }

    private void showSelectionAgain() {
        showSelection(model.getSelectedEvent());
    }

    /** The model's events as they are (no sort chosen), or a sorted view of them. */
    private void showRows() {
        ObservableList<Event> rows;
        if (getComparator() == null) {
            if (sorted != null) {
                // Unbound, the view is left to the collector (its source holds it only weakly).
                sorted.comparatorProperty().unbind();
                sorted = null;
            }
            rows = model.visibleEvents();
        } else {
            if (sorted == null) {
                sorted = new SortedList<>(model.visibleEvents());
                sorted.comparatorProperty().bind(comparatorProperty());
            }
            rows = sorted;
        }
        ObservableList<Event> shown = getItems();
        if (shown == rows) {
            return;
        }
        if (shown != null) {
            shown.removeListener(rowsChanged);
        }
        // The selection model drops its selection with the old rows: that is not the app's doing.
        syncing = true;
        try {
            setItems(rows);
        } finally {
            syncing = false;
        }
        // Selecting again after the rows change keeps the row in sync with the app's selection.
        rows.addListener(rowsChanged);
        showSelection(model.getSelectedEvent());
    }

    private void showSelection(Event event) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (event == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != event) {
                // Found by position (a binary search), not by comparing the rows one by one.
                int shown = model.visiblePosition(event);
                ObservableList<Event> rows = getItems();
                int row = shown < 0 || shown >= rows.size() ? -1 : sorted != null ? sorted.getViewIndex(shown) : shown;
                if (row >= 0 && rows.get(row) == event) {
                    getSelectionModel().clearAndSelect(row);
                    if (inView.get()) {
                        scrollTo(Math.max(0, row - 3));
                    } else {
                        // Scrolling lays the rows out: done when the table comes into view.
                        scrollPending = true;
                    }
                } else {
                    // Not among the rows (filtered out, or the rows still show the previous version).
                    getSelectionModel().clearSelection();
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** True for a dataset of several articles or with a disputed event. */
    static boolean hasSourcesToShow(org.sourceline.ui.LoadedDataset loaded) {
        if (loaded == null) {
            return false;
        }
        org.sourceline.query.EventIndex index = loaded.index();
        return index.articleCount() > 1 || index.totals().anyDisputed();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    static String describeActors(Event event) {
        String sources = event.sources().stream().map(Actor::name).collect(Collectors.joining(", "));
        String targets = event.targets().stream().map(Actor::name).collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder(sources);
        if (!targets.isEmpty()) {
            sb.append(sb.length() > 0 ? " → " : "→ ").append(targets);
        }
        if (!event.participants().isEmpty()) {
            sb.append(" (with ").append(event.participants().stream().map(Actor::name).collect(Collectors.joining(", ")))
                    .append(')');
        }
        return sb.toString();
    }
}
