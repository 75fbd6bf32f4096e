package org.sourceline.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.sourceline.data.DatasetRules;
import org.sourceline.edit.ChangeEvent;
import org.sourceline.edit.Edit;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EditSequence;
import org.sourceline.edit.EventBuilder;
import org.sourceline.edit.EventCheck;
import org.sourceline.edit.EventIds;
import org.sourceline.edit.EvidenceEdits;
import org.sourceline.edit.NewActor;
import org.sourceline.edit.NewEvent;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Role;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;
import org.sourceline.render.Palette;
import org.sourceline.text.TimeWords;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LazyTooltips;
import org.sourceline.ui.LoadedDataset;

/**
 * The event editor: every field of the selected event, changed in place. Each change is applied
 * as soon as it is complete (Enter, leaving the field, picking from a list) and is one step of the
 * history, named for what changed ("Change Time of “…”"), so Undo takes back exactly that. A value
 * that would make the dataset invalid is not applied: the field says why, in {@code validate}'s
 * words, and the event keeps its last valid value.
 *
 * <p>A new event starts as a draft (New Event from Selection): the passage is its first quote, and
 * nothing enters the dataset until Create Event, when the title, the time and at least one actor
 * are there. Actors made for it while drafting come with it, in the same step.
 *
 * <p>The time is checked as it is typed: the EDTF value's meaning is shown in words and bounds
 * ("22 September – 20 December 2022"), or the reader's message when it does not parse.
 */
public final class EventEditor extends VBox {
    private final AppModel model;
    private final Supplier<Evidence> selectedPassage;
    private final Consumer<Evidence> showPassage;
    private final Consumer<Event> deleteEvent;
    private final TimeSuggester times;

    private final Label headline = new Label();
    private final Label idLabel = new Label();
    private final Label hint = new Label();
    private final Label eventProblems = new Label();
    private final VBox form = new VBox(10);
    private final Button create = new Button("Create Event");
    private final Button cancel = new Button("Cancel");
    private final Button delete = new Button("Delete Event…");

    private final TextField title = new TextField();
    private final Label titleProblem = problemLabel();
    private final TextArea summary = new TextArea();
    private final TextField phrase = new TextField();
    private final Button suggest = new Button("Suggest");
    private final TextField edtf = new TextField();
    private final TextField earliest = new TextField();
    private final TextField latest = new TextField();
    private final TextField timeNote = new TextField();
    private final Label timeMeaning = new Label();
    private final Label timeProblem = problemLabel();
    private final ComboBox<EventType> type = new ComboBox<>();
    private final ComboBox<String> mode = new ComboBox<>();
    private final TextField place = new TextField();
    private final ActorField sources;
    private final ActorField targets;
    private final ActorField participants;
    private final ComboBox<CertaintyLevel> level = new ComboBox<>();
    private final ActorField speakers;
    private final TextField certaintyNote = new TextField();
    private final Label rolesProblem = problemLabel();
    private final VBox evidenceList = new VBox(6);
    private final Button addEvidence = new Button("Add Selection");
    private final Button addDisputing = new Button("Add as Disputing");
    private final NewActorForm newActorForm;
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane();
    private Runnable afterCreate = () -> { };
    private final VBox newActorSlot = new VBox();

    /** The id of the event being edited, or null. */
    private String editingId;
    /** The new event being drafted, or null. */
    private Draft draft;
    private boolean loading;
    /** True until a new draft has been shown once (its time fields are then filled, later left as typed). */
    private boolean starting;

    /** A new event not yet in the dataset: its fields, and actors made for it. */
    private static final class Draft {
        EventBuilder event;
        final List<Actor> newActors = new ArrayList<>();
    }

    /**
     * @param selectedPassage the reader's selection as evidence (supporting), or null when nothing is selected
     * @param showPassage     scrolls the reader to a quote
     * @param deleteEvent     asks whether to delete an event, and does
     */
    public EventEditor(AppModel model, Supplier<Evidence> selectedPassage, Consumer<Evidence> showPassage,
                       Consumer<Event> deleteEvent, TimeSuggester times) {
        super(0);
        this.model = model;
        this.selectedPassage = selectedPassage;
        this.showPassage = showPassage;
        this.deleteEvent = deleteEvent;
        this.times = times;
        setId("event-editor");
        getStyleClass().add("event-editor");
        org.sourceline.ui.Theme.style(this, "/css/editor.css");
        setFillWidth(true);
        newActorForm = new NewActorForm(this::allActors, this::actorIdTaken);
        sources = roleField(Role.SOURCE, "actors-source", "who acts");
        targets = roleField(Role.TARGET, "actors-target", "who is acted upon");
        participants = roleField(Role.PARTICIPANT, "actors-participants", "who else takes part");
        speakers = new ActorField("actors-speakers", "whose words (for claimed, assessed…)", this::allActors,
                a -> changeSpeakers(a, true), a -> changeSpeakers(a, false), name -> createActor(name, null));
        // The header (what is edited, Create / Delete) stays in view; the fields scroll under it.
        VBox body = new VBox(10, hint, eventProblems, form);
        body.setPadding(new Insets(0, 14, 14, 14));
        body.getStyleClass().add("event-editor-body");
        body.setFillWidth(true);
        scroll.setContent(body);
        scroll.setId("editor-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("editor-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Node header = header();
        getChildren().setAll(header, scroll);
        buildForm();
        // Once per edit, undo or redo, which change the version and the selection together.
        model.followShown(this::follow);
        inView.addListener((obs, was, now) -> {
            if (now && stale) {
                follow();
            }
        });
        follow();
    }

    // ----- building ------------------------------------------------------------------------

    private Node header() {
        headline.getStyleClass().add("editor-headline");
        headline.setId("editor-headline");
        idLabel.getStyleClass().add("muted");
        idLabel.setId("editor-event-id");
        hint.setId("editor-hint");
        hint.getStyleClass().add("card-hint");
        hint.setWrapText(true);
        eventProblems.setId("editor-problems");
        eventProblems.getStyleClass().add("field-warning");
        eventProblems.setWrapText(true);
        create.setId("editor-create");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip("Add the event to the dataset (Ctrl+Enter)"));
        create.setOnAction(e -> create());
        cancel.setId("editor-cancel");
        cancel.setOnAction(e -> cancelDraft());
        delete.setId("editor-delete");
        delete.setOnAction(e -> {
            Event current = current();
            if (current != null) {
                deleteEvent.accept(current);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, headline, idLabel, spacer, create, cancel, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("editor-header");
        setOnKeyPressed(e -> {
            if (draft != null && e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                commitFocused();
                create();
                e.consume();
            } else if (draft != null && e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !newActorSlot.isVisible()) {
                cancelDraft();
                e.consume();
            }
        });
        return bar;
    }

    private void buildForm() {
        title.setId("editor-title");
        title.setPromptText("a short title in your words, e.g. “Russia buys Iranian drones”");
        summary.setId("editor-summary");
        summary.setPromptText("one sentence in your own words (optional)");
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        phrase.setId("editor-phrase");
        phrase.setPromptText("the article's words, e.g. “in the late fall of 2022”");
        suggest.setId("editor-suggest-time");
        suggest.setTooltip(new Tooltip("Find the article's time words nearest the quote"));
        suggest.setOnAction(e -> suggestTime());
        edtf.setId("editor-edtf");
        edtf.setPromptText("EDTF, e.g. 2022-10, 2022-23 (autumn), 2023-01~, ../2021");
        edtf.setPrefColumnCount(14);
        earliest.setId("editor-earliest");
        latest.setId("editor-latest");
        earliest.setPrefColumnCount(9);
        latest.setPrefColumnCount(9);
        timeNote.setId("editor-time-note");
        timeNote.setPromptText("why these bounds (optional)");
        timeMeaning.setId("editor-time-meaning");
        timeMeaning.getStyleClass().add("time-meaning");
        timeMeaning.setWrapText(true);
        timeProblem.setId("editor-time-problem");
        titleProblem.setId("editor-title-problem");
        rolesProblem.setId("editor-roles-problem");

        type.setId("editor-type");
        type.getItems().setAll(EventType.values());
        type.setCellFactory(l -> typeCell(true));
        type.setButtonCell(typeCell(false));
        type.setVisibleRowCount(16);
        mode.setId("editor-mode");
        mode.setEditable(true);
        mode.setPromptText("how: military, economic, visit… (optional)");
        place.setId("editor-place");
        place.setPromptText("where, as the article says (optional)");
        level.setId("editor-level");
        level.getItems().setAll(CertaintyLevel.values());
        level.setCellFactory(l -> levelCell(true));
        level.setButtonCell(levelCell(false));
        certaintyNote.setId("editor-certainty-note");
        certaintyNote.setPromptText("a remark on the attribution (optional)");
        evidenceList.setId("editor-evidence");
        addEvidence.setId("editor-add-evidence");
        addEvidence.setTooltip(new Tooltip("Add the words selected in the article as a quote that supports the event"));
        addEvidence.setOnAction(e -> addSelection(Stance.SUPPORTS));
        addDisputing.setId("editor-add-disputing");
        addDisputing.setTooltip(new Tooltip("Add the selected words as a quote that disputes the event"));
        addDisputing.setOnAction(e -> addSelection(Stance.DISPUTES));
        newActorSlot.setId("new-actor-slot");
        showNewActorForm(false);

        // Text fields commit on Enter and when left; the time is checked on every key.
        commitOn(title, () -> commitTitle());
        commitOn(summary, () -> change("Summary", b -> b.summary(DatasetRules.blankToNull(summary.getText()))));
        for (TextField f : List.of(phrase, edtf, earliest, latest, timeNote)) {
            commitOn(f, this::commitTime);
            f.textProperty().addListener((obs, old, now) -> {
                if (!loading) {
                    checkTime();
                }
            });
        }
        title.textProperty().addListener((obs, old, now) -> {
            if (!loading && draft != null) {
                draft.event.title(now == null ? "" : now.strip());
                validateDraft();
            }
        });
        commitOn(place, () -> change("Place", b -> b.place(DatasetRules.blankToNull(place.getText()))));
        commitOn(certaintyNote, () -> change("Certainty Note",
                b -> b.certaintyNote(DatasetRules.blankToNull(certaintyNote.getText()))));
        commitOn(mode.getEditor(), () -> change("Mode", b -> b.mode(DatasetRules.blankToNull(mode.getEditor().getText()))));
        mode.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null && !now.equals(mode.getEditor().getText())) {
                mode.getEditor().setText(now);
            }
            if (!loading) {
                change("Mode", b -> b.mode(DatasetRules.blankToNull(now)));
            }
        });
        type.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null) {
                change("Type", b -> b.type(now));
            }
        });
        level.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null) {
                change("Certainty", b -> b.level(now));
            }
        });

        HBox timeBounds = new HBox(6, new Label("from"), earliest, new Label("to"), latest);
        timeBounds.setAlignment(Pos.CENTER_LEFT);
        HBox phraseRow = new HBox(6, phrase, suggest);
        HBox.setHgrow(phrase, Priority.ALWAYS);
        HBox typeRow = new HBox(8, type, mode);
        HBox.setHgrow(mode, Priority.ALWAYS);
        mode.setMaxWidth(Double.MAX_VALUE);
        HBox evidenceButtons = new HBox(8, addEvidence, addDisputing);

        form.getChildren().setAll(
                section("What happened",
                        row("Title", "editor-title-label", title, titleProblem),
                        row("Summary", null, summary),
                        row("Type", null, typeRow),
                        row("Where", null, place)),
                section("When",
                        row("Article says", null, phraseRow),
                        row("Date (EDTF)", null, edtf, timeMeaning, timeProblem),
                        row("Bounds", null, timeBounds),
                        row("Note", null, timeNote)),
                section("Who",
                        row("Acts (source)", "role-source-label", sources),
                        row("Acted upon (target)", "role-target-label", targets),
                        row("Takes part (participants)", "role-participants-label", participants),
                        rolesProblem,
                        newActorSlot),
                section("How sure",
                        row("The article", null, level),
                        row("On whose word", null, speakers),
                        row("Note", null, certaintyNote)),
                section("Quotes", evidenceList, evidenceButtons));
    }

    private ActorField roleField(Role role, String id, String prompt) {
        return new ActorField(id, "add " + prompt, this::allActors, a -> changeRole(role, a, true),
                a -> changeRole(role, a, false), name -> createActor(name, role));
    }

    private static Node section(String name, Node... rows) {
        Label heading = new Label(name);
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(6);
        box.getChildren().add(heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("editor-section");
        return box;
    }

    private static Node row(String name, String id, Node... content) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        VBox values = new VBox(3, content);
        values.setFillWidth(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        ColumnConstraints names = new ColumnConstraints(118);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, fields);
        grid.addRow(0, label, values);
        return grid;
    }

    private static Label problemLabel() {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setManaged(false);
        label.setVisible(false);
        return label;
    }

    private static void say(Label label, String text, String styleClass) {
        boolean show = text != null && !text.isEmpty();
        label.setText(show ? text : "");
        // Only a real change of class: any change, even back to the same, restyles the label.
        List<String> classes = label.getStyleClass();
        for (String other : List.of("field-error", "field-warning", "card-hint")) {
            if (!other.equals(styleClass) && classes.contains(other)) {
                classes.remove(other);
            }
        }
        if (!classes.contains(styleClass)) {
            classes.add(styleClass);
        }
        label.setVisible(show);
        label.setManaged(show);
    }

    /** Runs {@code commit} on Enter and when focus leaves the field (not on every key). */
    private void commitOn(TextInputControl field, Runnable commit) {
        if (field instanceof TextField text) {
            text.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
                if (!loading) {
                    commit.run();
                }
            });
        }
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !loading) {
                commit.run();
            }
        });
        field.getProperties().put("commit", commit);
    }

    /** Commits the focused field (before Create, Undo or a change of selection). */
    public void commitFocused() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            Object commit = n.getProperties().get("commit");
            if (commit instanceof Runnable r) {
                r.run();
                return;
            }
            if (n == this) {
                return;
            }
        }
    }

    private ListCell<EventType> typeCell(boolean described) {
        return new ListCell<>() {
            @Override
            protected void updateItem(EventType item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Rectangle swatch = new Rectangle(11, 11, Palette.of(item));
                swatch.setArcWidth(3);
                swatch.setArcHeight(3);
                setGraphic(swatch);
                setText(described ? item.label() + " — " + item.description() : item.label());
            }
        };
    }

    private static ListCell<CertaintyLevel> levelCell(boolean described) {
        return new ListCell<>() {
            @Override
            protected void updateItem(CertaintyLevel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : described ? item.label() + " — " + item.description()
                        : item.label() + " (" + item.description() + ")");
            }
        };
    }

    // ----- what is shown -------------------------------------------------------------------

    /** The event being edited as it is now (the current version's), or null. */
    private Event current() {
        LoadedDataset loaded = model.getLoaded();
        return loaded == null || editingId == null ? null : loaded.event(editingId);
    }

    /** True while a new event is drafted (not yet in the dataset). */
    public boolean isDrafting() {
        return draft != null;
    }

    private void follow() {
        LoadedDataset now = model.getLoaded();
        if (now != followed) {
            if (now == null || !now.isVersionOf(followed)) {
                // Another dataset: a draft of an event for the one before is dropped.
                draft = null;
            }
            followed = now;
        }
        if (draft != null) {
            stale = false;
            showDraft();
            return;
        }
        if (!inView.get()) {
            // Behind another tab: filled in when shown (an undo need not build a form no one sees).
            stale = true;
            return;
        }
        stale = false;
        Event selected = model.getSelectedEvent();
        String id = selected == null ? null : selected.id();
        if (!Objects.equals(id, editingId)) {
            scroll.setVvalue(0);
            showNewActorForm(false);
        }
        editingId = id;
        showEvent(selected);
    }

    /** The version {@link #follow} last showed. */
    private LoadedDataset followed;
    /** Set when the selection or version changed while the editor was not in view. */
    private boolean stale;
    private final javafx.beans.property.BooleanProperty inView = new javafx.beans.property.SimpleBooleanProperty(
            this, "inView", true);

    /** Whether the editor is shown (its tab forward): while not, it follows the selection only when shown again. */
    public javafx.beans.property.BooleanProperty inViewProperty() {
        return inView;
    }

    private void showEvent(Event event) {
        loading = true;
        try {
            boolean has = event != null;
            form.setVisible(has);
            form.setManaged(has);
            create.setVisible(false);
            create.setManaged(false);
            cancel.setVisible(false);
            cancel.setManaged(false);
            delete.setVisible(has);
            delete.setManaged(has);
            headline.setText(has ? "Edit event" : "Event editor");
            idLabel.setText(has ? "id: " + event.id() : "");
            say(hint, has ? "Changes apply as you make them; Undo (Ctrl+Z) takes each one back." : model.getLoaded() == null
                    ? "" : "Select an event to edit it — or select words in the article below and choose "
                    + "New Event from Selection (Ctrl+N) to make one from them.", "card-hint");
            if (!has) {
                say(eventProblems, null, "field-warning");
                return;
            }
            fill(event, true);
            say(eventProblems, String.join("\n", EventCheck.warnings(event)), "field-warning");
        } finally {
            loading = false;
        }
        checkTime();
    }

    private void showDraft() {
        loading = true;
        try {
            form.setVisible(true);
            form.setManaged(true);
            create.setVisible(true);
            create.setManaged(true);
            cancel.setVisible(true);
            cancel.setManaged(true);
            delete.setVisible(false);
            delete.setManaged(false);
            headline.setText("New event");
            idLabel.setText("");
            say(hint, "Fill in at least the title, the date and who acts, then Create Event (Ctrl+Enter). "
                    + "Nothing is added to the dataset before.", "card-hint");
            fill(draftEvent(), starting);
            starting = false;
        } finally {
            loading = false;
        }
        checkTime();
        validateDraft();
    }

    /** The draft as an event (its id is made at Create). */
    private Event draftEvent() {
        return draft.event.build();
    }

    /** Shows an event's values; a draft's time fields are left as typed ({@code withTime} false). */
    private void fill(Event e, boolean withTime) {
        setText(title, e.title());
        setText(summary, e.summary());
        if (withTime) {
            TimeSpan time = e.time();
            boolean noTime = time == null || time.edtf().isEmpty();
            setText(phrase, noTime ? null : time.phrase());
            setText(edtf, noTime ? null : time.edtf());
            setText(timeNote, noTime ? null : time.note());
            // Bounds are shown only where they differ from what the EDTF value says.
            String[] bounds = noTime ? new String[2] : givenBounds(time);
            setText(earliest, bounds[0]);
            setText(latest, bounds[1]);
        }
        type.setValue(e.type());
        mode.getItems().setAll(knownModes());
        mode.setValue(e.mode());
        setText(mode.getEditor(), e.mode());
        setText(place, e.place());
        sources.show(e.sources());
        targets.show(e.targets());
        participants.show(e.participants());
        level.setValue(e.certainty().level());
        speakers.show(e.certainty().attributedTo());
        setText(certaintyNote, e.certainty().note());
        showEvidence(e.evidence());
    }

    private static void setText(TextInputControl field, String text) {
        String t = text == null ? "" : text;
        if (!t.equals(field.getText())) {
            field.setText(t);
        }
    }

    /** The bounds as typed in the fields: blank where they are what the EDTF value gives. */
    private static String[] givenBounds(TimeSpan time) {
        DatasetRules.TimeCheck derived = DatasetRules.checkTime("time", time.edtf(), null, null, null, null);
        String[] out = new String[2];
        if (derived.isValid()) {
            if (derived.span().earliest() != time.earliest()) {
                out[0] = Days.isOpen(time.earliest()) ? "null" : Days.format(time.earliest());
            }
            if (derived.span().latest() != time.latest()) {
                out[1] = Days.isOpen(time.latest()) ? "null" : Days.format(time.latest());
            }
        }
        return out;
    }

    private List<String> knownModes() {
        TreeSet<String> modes = new TreeSet<>(List.of("military", "economic", "diplomatic", "visit", "verbal"));
        Dataset dataset = model.getDataset();
        if (dataset != null && dataset.events().size() <= 20_000) {
            for (Event e : dataset.events()) {
                if (e.mode() != null) {
                    modes.add(e.mode());
                }
            }
        }
        return new ArrayList<>(modes);
    }

    private void showEvidence(List<Evidence> evidence) {
        List<Node> rows = new ArrayList<>();
        if (evidence.isEmpty()) {
            if (noEvidence == null) {
                noEvidence = new Label("No quote yet: select the words in the article below that say this happened, "
                        + "then Add Selection.");
                noEvidence.setWrapText(true);
                noEvidence.getStyleClass().add("muted");
            }
            rows.add(noEvidence);
        }
        Dataset dataset = model.getDataset();
        for (int i = 0; i < evidence.size(); i++) {
            if (i == evidenceRows.size()) {
                evidenceRows.add(new EvidenceRow(i));
            }
            EvidenceRow row = evidenceRows.get(i);
            row.show(evidence.get(i), dataset);
            rows.add(row.row);
        }
        if (!evidenceList.getChildren().equals(rows)) {
            evidenceList.getChildren().setAll(rows);
        }
    }

    /** Said when the event has no quote (made once). */
    private Label noEvidence;
    /**
     * The rows made so far, the i-th showing the i-th quote of whichever event is shown: an
     * event shown next reuses them (no nodes made and styled anew), as the quote card its chips.
     */
    private final List<EvidenceRow> evidenceRows = new ArrayList<>();

    /** One quote of the event: its words, where they are from, and what can be done with it. */
    private final class EvidenceRow {
        final VBox row = new VBox(4);
        private final Label text = new Label();
        private final Label source = new Label();
        private final ToggleButton disputes = new ToggleButton();
        private final HBox actions;
        private Evidence quote;

        EvidenceRow(int index) {
            text.setWrapText(true);
            text.getStyleClass().add("editor-quote");
            text.setMaxHeight(4 * 18);
            text.setMinHeight(Region.USE_PREF_SIZE);
            source.getStyleClass().add("muted");
            disputes.setId("evidence-stance-" + index);
            LazyTooltips.install(disputes, "Click to say whether this quote bears the event out or contradicts it");
            disputes.setOnAction(e -> setStance(index, disputes.isSelected() ? Stance.DISPUTES : Stance.SUPPORTS));
            Button show = new Button("Show in Article");
            show.setOnAction(e -> showPassage.accept(quote));
            Button remove = new Button("Remove");
            remove.setId("evidence-remove-" + index);
            LazyTooltips.install(remove, "Remove this quote from the event (the article is not changed)");
            remove.setOnAction(e -> removeEvidence(index));
            for (Button b : List.of(show, remove)) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            disputes.setMinWidth(Region.USE_PREF_SIZE);
            actions = new HBox(6, disputes, show, remove);
            actions.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("editor-evidence-row");
        }

        void show(Evidence shown, Dataset dataset) {
            quote = shown;
            text.setText("“" + shown.exact().strip() + "”");
            disputes.setText(shown.disputes() ? "Disputes the event" : "Supports the event");
            disputes.setSelected(shown.disputes());
            Article article = dataset == null ? null : dataset.articleOf(shown);
            boolean from = article != null && dataset.articles().size() > 1;
            if (from) {
                source.setText("from " + (article.credit().isEmpty() ? article.id() : article.credit()));
            }
            List<Node> parts = from ? List.of(text, source, actions) : List.of(text, actions);
            if (!row.getChildren().equals(parts)) {
                row.getChildren().setAll(parts);
            }
        }
    }

    // ----- the time ------------------------------------------------------------------------

    private DatasetRules.TimeCheck timeCheck() {
        return DatasetRules.checkTime("time", edtf.getText(), phrase.getText(), earliest.getText(), latest.getText(),
                timeNote.getText());
    }

    /** Shows what the typed time means (words and bounds), or why it is not valid. */
    private void checkTime() {
        DatasetRules.TimeCheck check = timeCheck();
        if (check.bounds() != null) {
            TimeSpan meant = new TimeSpan(edtf.getText().strip(), null, check.bounds().earliest(), check.bounds().latest(),
                    check.bounds().startQualifier(), check.bounds().endQualifier(), null);
            String words = TimeWords.describe(check.isValid() ? check.span() : meant);
            TimeSpan shown = check.isValid() ? check.span() : meant;
            timeMeaning.setText("means " + words + "  (" + shown.boundsText() + ")");
            earliest.setPromptText(Days.isOpen(meant.earliest()) ? "open" : Days.format(meant.earliest()));
            latest.setPromptText(Days.isOpen(meant.latest()) ? "open" : Days.format(meant.latest()));
        } else {
            timeMeaning.setText("");
            earliest.setPromptText("YYYY-MM-DD");
            latest.setPromptText("YYYY-MM-DD");
        }
        if (!check.isValid()) {
            say(timeProblem, String.join("\n", check.errors()), "field-error");
        } else {
            say(timeProblem, String.join("\n", check.warnings()), "field-warning");
        }
        if (draft != null && check.isValid() && !loading) {
            draft.event.time(check.span());
        }
        if (draft != null) {
            validateDraft();
        }
    }

    private void commitTime() {
        DatasetRules.TimeCheck check = timeCheck();
        if (!check.isValid()) {
            return;
        }
        change("Time", b -> b.time(check.span()));
    }

    private void suggestTime() {
        Evidence first = draft != null ? (draft.event.evidence().isEmpty() ? null : draft.event.evidence().get(0))
                : current() == null || current().evidence().isEmpty() ? null : current().evidence().get(0);
        Dataset dataset = model.getDataset();
        if (first == null || dataset == null) {
            return;
        }
        Article article = dataset.articleOf(first);
        times.suggest(article, first.start(), first.end()).ifPresentOrElse(s -> {
            phrase.setText(s.phrase());
            edtf.setText(s.edtf());
            earliest.setText(s.earliest() == null ? "" : s.earliest());
            latest.setText(s.latest() == null ? "" : s.latest());
            if (s.note() != null) {
                timeNote.setText(s.note());
            }
            commitTime();
        }, () -> say(timeProblem, "No time words found near the quote: type the date as the article gives it.",
                "field-warning"));
    }

    // ----- changes -------------------------------------------------------------------------

    /** Applies one change to the event (or the draft): one undoable step named "Change WHAT of “…”". */
    private void change(String what, UnaryOperator<EventBuilder> how) {
        if (loading) {
            return;
        }
        if (draft != null) {
            how.apply(draft.event);
            validateDraft();
            return;
        }
        Event current = current();
        if (current == null) {
            return;
        }
        Event changed = how.apply(EventBuilder.from(current)).build();
        if (changed.equals(current)) {
            return;
        }
        apply(new ChangeEvent(current.id(), changed, ChangeEvent.named(what, current)));
    }

    private void commitTitle() {
        String t = title.getText() == null ? "" : title.getText().strip();
        if (t.isEmpty()) {
            say(titleProblem, DatasetRules.emptyText("title"), "field-error");
            return;
        }
        say(titleProblem, null, "field-error");
        change("Title", b -> b.title(t));
    }

    private void changeRole(Role role, Actor actor, boolean add) {
        String what = add ? "Add " + actor.name() + " as " + roleName(role) : "Remove " + actor.name() + " from "
                + roleName(role);
        if (draft != null) {
            if (add) {
                draft.event.add(role, actor);
            } else {
                draft.event.remove(role, actor);
                draft.newActors.removeIf(a -> a.id().equals(actor.id()) && !isUsedInDraft(a));
            }
            showDraft();
            return;
        }
        Event current = current();
        if (current == null) {
            return;
        }
        EventBuilder b = EventBuilder.from(current);
        Event changed = (add ? b.add(role, actor) : b.remove(role, actor)).build();
        if (!changed.equals(current)) {
            apply(new ChangeEvent(current.id(), changed, what + " in " + quoted(current.title())));
        }
    }

    private void changeSpeakers(Actor actor, boolean add) {
        if (draft != null) {
            List<Actor> list = new ArrayList<>(draft.event.speakers());
            if (add && !list.contains(actor)) {
                list.add(actor);
            } else if (!add) {
                list.removeIf(a -> a.id().equals(actor.id()));
            }
            draft.event.speakers(list);
            showDraft();
            return;
        }
        Event current = current();
        if (current == null) {
            return;
        }
        List<Actor> list = new ArrayList<>(current.certainty().attributedTo());
        if (add && !list.contains(actor)) {
            list.add(actor);
        } else if (!add) {
            list.removeIf(a -> a.id().equals(actor.id()));
        }
        Event changed = EventBuilder.from(current).speakers(list).build();
        if (!changed.equals(current)) {
            apply(new ChangeEvent(current.id(), changed, (add ? "Attribute " : "Remove Attribution of ")
                    + quoted(current.title()) + (add ? " to " + actor.name() : "")));
        }
    }

    private boolean isUsedInDraft(Actor actor) {
        Event e = draftEvent();
        return e.involves(actor) || e.certainty().attributedTo().contains(actor);
    }

    private static String roleName(Role role) {
        return switch (role) {
            case SOURCE -> "Source";
            case TARGET -> "Target";
            case PARTICIPANT -> "Participant";
        };
    }

    private static String quoted(String title) {
        String t = title.length() > 40 ? title.substring(0, 38) + "…" : title;
        return "“" + t + "”";
    }

    /** Opens the inline form to make an actor; {@code role} null means as a speaker. */
    private void createActor(String name, Role role) {
        String where = role == null ? "whose words these are" : "who " + switch (role) {
            case SOURCE -> "acts";
            case TARGET -> "is acted upon";
            case PARTICIPANT -> "takes part";
        };
        newActorForm.open(name, where, actor -> {
            showNewActorForm(false);
            addNewActor(actor, role);
        }, () -> showNewActorForm(false));
        showNewActorForm(true);
        Platform.runLater(() -> {
            scrollIntoView(newActorForm);
            newActorForm.lookup("#new-actor-name").requestFocus();
        });
    }

    /** Scrolls the fields so that {@code node} is in view. */
    private void scrollIntoView(Node node) {
        Node content = scroll.getContent();
        layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double target = top;
        if (inContent.getMaxY() > top + viewHeight) {
            target = Math.min(inContent.getMinY(), inContent.getMaxY() - viewHeight);
        } else if (inContent.getMinY() < top) {
            target = inContent.getMinY();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewHeight))));
    }

    private void showNewActorForm(boolean show) {
        newActorSlot.getChildren().setAll(show ? List.of(newActorForm) : List.of());
        newActorSlot.setVisible(show);
        newActorSlot.setManaged(show);
    }

    private void addNewActor(Actor actor, Role role) {
        if (draft != null) {
            draft.newActors.add(actor);
            if (role == null) {
                changeSpeakers(actor, true);
            } else {
                changeRole(role, actor, true);
            }
            return;
        }
        Event current = current();
        if (current == null) {
            apply(new NewActor(actor));
            return;
        }
        EventBuilder b = EventBuilder.from(current);
        if (role == null) {
            List<Actor> list = new ArrayList<>(current.certainty().attributedTo());
            list.add(actor);
            b.speakers(list);
        } else {
            b.add(role, actor);
        }
        String name = role == null ? "Attribute " + quoted(current.title()) + " to New Actor " + quoted(actor.name())
                : "Add New Actor " + quoted(actor.name()) + " as " + roleName(role);
        apply(new EditSequence(name, List.of(new NewActor(actor),
                new ChangeEvent(current.id(), b.build(), name))));
    }

    private void setStance(int index, Stance stance) {
        if (draft != null) {
            List<Evidence> list = new ArrayList<>(draft.event.evidence());
            list.set(index, list.get(index).withStance(stance));
            draft.event.evidence(list);
            showDraft();
            return;
        }
        Event current = current();
        if (current != null) {
            apply(EvidenceEdits.stance(current, index, stance));
        }
    }

    private void removeEvidence(int index) {
        if (draft != null) {
            List<Evidence> list = new ArrayList<>(draft.event.evidence());
            list.remove(index);
            draft.event.evidence(list);
            showDraft();
            return;
        }
        Event current = current();
        if (current != null) {
            apply(EvidenceEdits.remove(current, index));
        }
    }

    /** Adds the reader's selection to the event (or draft) as a quote; false when nothing is selected. */
    public boolean addSelection(Stance stance) {
        Evidence passage = selectedPassage.get();
        if (passage == null) {
            say(eventProblems, "Select the words in the article first.", "field-warning");
            return false;
        }
        Evidence quote = passage.withStance(stance);
        if (draft != null) {
            List<Evidence> list = new ArrayList<>(draft.event.evidence());
            if (!list.contains(quote)) {
                list.add(quote);
            }
            draft.event.evidence(list);
            showDraft();
            return true;
        }
        Event current = current();
        if (current == null) {
            return false;
        }
        return apply(EvidenceEdits.add(current, quote));
    }

    private boolean apply(Edit edit) {
        try {
            model.apply(edit);
            return true;
        } catch (EditException e) {
            say(eventProblems, String.join("\n", e.problems()), "field-error");
            return false;
        }
    }

    // ----- drafting ------------------------------------------------------------------------

    /**
     * Starts a new event from a quote (New Event from Selection): the title field is ready for
     * typing, the time offers the article's words nearest the quote where they are known.
     */
    public void startDraft(Evidence quote) {
        commitFocused();
        draft = new Draft();
        TimeSpan noTime = new TimeSpan("", null, 0, 0, org.sourceline.model.Qualifier.EXACT,
                org.sourceline.model.Qualifier.EXACT, null);
        draft.event = EventBuilder.of("", "", noTime, EventType.OTHER).evidence(quote == null ? List.of() : List.of(quote));
        starting = true;
        showDraft();
        Dataset dataset = model.getDataset();
        if (quote != null && dataset != null) {
            times.suggest(dataset.articleOf(quote), quote.start(), quote.end()).ifPresent(s -> {
                loading = true;
                try {
                    phrase.setText(s.phrase());
                    edtf.setText(s.edtf());
                    earliest.setText(s.earliest() == null ? "" : s.earliest());
                    latest.setText(s.latest() == null ? "" : s.latest());
                    if (s.note() != null) {
                        timeNote.setText(s.note());
                    }
                } finally {
                    loading = false;
                }
                checkTime();
            });
        }
        suggest.setVisible(times.isAvailable());
        suggest.setManaged(times.isAvailable());
        Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        });
    }

    /** Checks the draft the way the dataset will; Create is enabled when it would be accepted. */
    private void validateDraft() {
        if (draft == null) {
            return;
        }
        Event e = draftEvent();
        List<String> problems = new ArrayList<>();
        boolean titled = !e.title().isBlank();
        say(titleProblem, titled || !title.isFocused() && title.getText().isEmpty() ? null
                : DatasetRules.emptyText("title"), "field-error");
        if (!titled) {
            problems.add(DatasetRules.emptyText("title"));
        }
        if (!timeCheck().isValid()) {
            problems.addAll(timeCheck().errors());
        }
        if (e.sources().isEmpty() && e.targets().isEmpty() && e.participants().isEmpty()) {
            problems.add(DatasetRules.noActors());
            say(rolesProblem, DatasetRules.noActors(), "field-warning");
        } else {
            say(rolesProblem, null, "field-warning");
        }
        create.setDisable(!problems.isEmpty());
        List<String> needed = new ArrayList<>();
        if (!titled) {
            needed.add("a title");
        }
        if (!timeCheck().isValid()) {
            needed.add("the date");
        }
        if (e.sources().isEmpty() && e.targets().isEmpty() && e.participants().isEmpty()) {
            needed.add("who acts (or is acted upon, or takes part)");
        }
        if (!needed.isEmpty()) {
            say(eventProblems, "To create the event, give " + String.join(", ", needed) + ".", "field-warning");
        } else {
            say(eventProblems, String.join("\n", EventCheck.warnings(e)), "field-warning");
        }
    }

    /** Adds the drafted event to the dataset (one step, "New Event"); it stays selected for editing. */
    public boolean create() {
        if (draft == null) {
            return false;
        }
        if (!timeCheck().isValid()) {
            validateDraft();
            return false;
        }
        draft.event.time(timeCheck().span());
        Event sketch = draftEvent();
        LoadedDataset loaded = model.getLoaded();
        String id = EventIds.unique(sketch.title(), "event", i -> loaded.index().positionOf(i) >= 0);
        Event event = EventBuilder.from(sketch).id(id).build();
        List<Actor> newActors = new ArrayList<>();
        for (Actor a : draft.newActors) {
            if (event.involves(a) || event.certainty().attributedTo().contains(a)) {
                newActors.add(a);
            }
        }
        Draft was = draft;
        draft = null;
        try {
            model.apply(new NewEvent(event, newActors));
            afterCreate.run();
            return true;
        } catch (EditException ex) {
            draft = was;
            showDraft();
            say(eventProblems, String.join("\n", ex.problems()), "field-error");
            return false;
        }
    }

    /** Runs after a drafted event entered the dataset (the reader drops the selection it was made from). */
    public void setOnCreated(Runnable action) {
        this.afterCreate = action;
    }

    /** Drops the draft; nothing was added. */
    public void cancelDraft() {
        draft = null;
        follow();
    }

    /** Puts the cursor in the title field. */
    public void focusTitle() {
        title.requestFocus();
    }

    // ----- actors --------------------------------------------------------------------------

    private Collection<Actor> allActors() {
        List<Actor> all = new ArrayList<>();
        Dataset dataset = model.getDataset();
        if (dataset != null) {
            all.addAll(dataset.actors());
        }
        if (draft != null) {
            all.addAll(draft.newActors);
        }
        return all;
    }

    private boolean actorIdTaken(String id) {
        return allActors().stream().anyMatch(a -> Objects.equals(a.id(), id));
    }

    // ----- for tests -----------------------------------------------------------------------

    String timeMeaning() {
        return timeMeaning.getText();
    }
}
