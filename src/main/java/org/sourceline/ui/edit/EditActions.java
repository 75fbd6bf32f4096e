package org.sourceline.ui.edit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.sourceline.edit.ArticleEdits;
import org.sourceline.edit.DeleteEvent;
import org.sourceline.edit.EditException;
import org.sourceline.edit.Passages;
import org.sourceline.model.Article;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.source.ArticleReader;

/**
 * The Edit menu and what it does: Undo and Redo (named for the edit they take back or make
 * again), New Event from Selection, Add Selection as Evidence (supporting or disputing), Edit
 * and Delete Event, Actors…, Article Details…. The same actions are offered by the article's
 * context menu for a selected passage, and by keys.
 */
public final class EditActions {
    public static final String NEW_EVENT_KEYS = "Shortcut+N";
    public static final String ADD_EVIDENCE_KEYS = "Shortcut+Shift+A";
    public static final String EDIT_EVENT_KEYS = "F2";
    public static final String ACTORS_KEYS = "Shortcut+Shift+R";

    private final Stage stage;
    private final AppModel model;
    private final ArticleReader reader;
    private final EventEditor editor;
    private final Runnable showEditor;

    /**
     * @param showEditor brings the event editor into view (its tab)
     */
    public EditActions(Stage stage, AppModel model, ArticleReader reader, EventEditor editor, Runnable showEditor) {
        this.stage = stage;
        this.model = model;
        this.reader = reader;
        this.editor = editor;
        this.showEditor = showEditor;
        reader.setSelectionMenuItems(this::selectionMenuItems);
        editor.setOnCreated(reader::clearSelection);
    }

    public EventEditor editor() {
        return editor;
    }

    // ----- menus ---------------------------------------------------------------------------

    /** The Edit menu. */
    public Menu menu() {
        MenuItem undo = item("_Undo", "Shortcut+Z", this::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undoNameProperty().get() == null ? "_Undo"
                : "_Undo " + escape(model.undoNameProperty().get()), model.undoNameProperty()));
        undo.disableProperty().bind(model.undoNameProperty().isNull());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", this::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> model.redoNameProperty().get() == null ? "_Redo"
                : "_Redo " + escape(model.redoNameProperty().get()), model.redoNameProperty()));
        redo.disableProperty().bind(model.redoNameProperty().isNull());

        MenuItem newEvent = item("_New Event from Selection", NEW_EVENT_KEYS, this::newEventFromSelection);
        newEvent.setId("menu-new-event");
        newEvent.disableProperty().bind(reader.selectionProperty().isNull());
        MenuItem blankEvent = item("New Event _without a Quote", null, () -> newEvent(null));
        blankEvent.disableProperty().bind(model.loadedProperty().isNull());
        MenuItem addEvidence = item("_Add Selection as Evidence", ADD_EVIDENCE_KEYS, () -> addSelection(Stance.SUPPORTS));
        addEvidence.setId("menu-add-evidence");
        addEvidence.disableProperty().bind(reader.selectionProperty().isNull()
                .or(model.selectedEventProperty().isNull()));
        MenuItem addDisputing = item("Add Selection as _Disputing Evidence", null, () -> addSelection(Stance.DISPUTES));
        addDisputing.setId("menu-add-disputing");
        addDisputing.disableProperty().bind(addEvidence.disableProperty());
        MenuItem edit = item("_Edit Event", EDIT_EVENT_KEYS, this::editSelectedEvent);
        edit.setId("menu-edit-event");
        edit.disableProperty().bind(model.selectedEventProperty().isNull());
        MenuItem delete = item("De_lete Event…", "Delete", this::deleteSelectedEvent);
        delete.setId("menu-delete-event");
        delete.disableProperty().bind(model.selectedEventProperty().isNull());
        MenuItem actors = item("Ac_tors…", ACTORS_KEYS, this::showActors);
        actors.setId("menu-actors");
        actors.disableProperty().bind(model.loadedProperty().isNull());
        MenuItem article = item("Article _Details…", null, this::articleDetails);
        article.setId("menu-article-details");
        article.disableProperty().bind(model.loadedProperty().isNull());
        Menu menu = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), newEvent, blankEvent, addEvidence,
                addDisputing, new SeparatorMenuItem(), edit, delete, new SeparatorMenuItem(), actors, article);
        menu.setId("menu-edit");
        return menu;
    }

    /** Ctrl+Y also redoes (the other common key for it). */
    public void installKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), this::redo);
    }

    /** What the article's context menu offers for a selected passage. */
    public List<MenuItem> selectionMenuItems() {
        MenuItem newEvent = item("New Event from Selection", NEW_EVENT_KEYS, this::newEventFromSelection);
        newEvent.setId("context-new-event");
        boolean canAdd = editor.isDrafting() || model.getSelectedEvent() != null;
        String target = editor.isDrafting() ? "the new event" : model.getSelectedEvent() == null ? "the selected event"
                : "“" + shortTitle(model.getSelectedEvent().title()) + "”";
        MenuItem add = item("Add as Evidence to " + target, ADD_EVIDENCE_KEYS, () -> addSelection(Stance.SUPPORTS));
        add.setId("context-add-evidence");
        add.setDisable(!canAdd);
        add.setMnemonicParsing(false);
        MenuItem disputing = item("Add as Disputing Evidence to " + target, null, () -> addSelection(Stance.DISPUTES));
        disputing.setId("context-add-disputing");
        disputing.setDisable(!canAdd);
        disputing.setMnemonicParsing(false);
        MenuItem copy = item("Copy", "Shortcut+C", this::copySelection);
        return List.of(newEvent, add, disputing, new SeparatorMenuItem(), copy);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Menu text is parsed for mnemonics: an underscore in a name must stay an underscore. */
    private static String escape(String name) {
        return name.replace("_", "__");
    }

    private static String shortTitle(String title) {
        return title.length() > 36 ? title.substring(0, 34) + "…" : title;
    }

    // ----- actions -------------------------------------------------------------------------

    public void undo() {
        editor.commitFocused();
        model.undo();
    }

    public void redo() {
        model.redo();
    }

    /** The reader's selection as a supporting quote of the article shown, or null. */
    public Evidence selectedPassage() {
        IndexRange range = reader.getSelection();
        Article article = reader.shownArticle();
        if (range == null || article == null) {
            return null;
        }
        return Passages.evidence(article, range.getStart(), range.getEnd(), Stance.SUPPORTS);
    }

    /** New Event from Selection: a draft with the passage as its quote, in the editor. */
    public void newEventFromSelection() {
        Evidence quote = selectedPassage();
        if (quote == null) {
            return;
        }
        newEvent(quote);
    }

    private void newEvent(Evidence quote) {
        if (model.getLoaded() == null) {
            return;
        }
        showEditor.run();
        editor.startDraft(quote);
    }

    /** Adds the selection to the new event being drafted, or to the selected event. */
    public void addSelection(Stance stance) {
        if (reader.getSelection() == null || (!editor.isDrafting() && model.getSelectedEvent() == null)) {
            return;
        }
        showEditor.run();
        if (editor.addSelection(stance)) {
            reader.clearSelection();
        }
    }

    private void copySelection() {
        String text = reader.selectedText();
        if (text != null) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public void editSelectedEvent() {
        if (model.getSelectedEvent() != null) {
            showEditor.run();
            editor.focusTitle();
        }
    }

    /** Asks, naming the event, then deletes it (undoable). The Delete key in a text field deletes text instead. */
    public void deleteSelectedEvent() {
        if (stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Event event = model.getSelectedEvent();
        if (event != null) {
            confirmDelete(event);
        }
    }

    /** Asks whether to delete this event, and does. */
    public void confirmDelete(Event event) {
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Delete Event");
        alert.setHeaderText("Delete the event “" + event.title() + "”?");
        int quotes = event.evidence().size();
        alert.setContentText((quotes == 0 ? "It has no quote." : quotes == 1 ? "Its quote goes with it."
                : "Its " + quotes + " quotes go with it.") + " Its actors stay. Edit → Undo brings it back.");
        alert.getDialogPane().setId("delete-event-dialog");
        alert.setOnHidden(e -> {
            if (alert.getResult() == delete) {
                try {
                    model.apply(new DeleteEvent(event));
                } catch (EditException ex) {
                    problem("Could not delete the event", ex);
                }
            }
        });
        alert.show();
    }

    /** Edit → Actors…. */
    public ActorsDialog showActors() {
        ActorsDialog dialog = new ActorsDialog(stage, model);
        Event selected = model.getSelectedEvent();
        if (selected != null && !selected.actors().isEmpty()) {
            dialog.select(selected.actors().get(0).id());
        }
        dialog.show();
        return dialog;
    }

    /** Edit → Article Details…: what is known about the (first) article. */
    public void articleDetails() {
        if (model.getDataset() == null) {
            return;
        }
        Article article = reader.shownArticle() != null ? reader.shownArticle() : model.getDataset().article();
        ArticleDetailsDialog.Details now = new ArticleDetailsDialog.Details(article.title(), article.outlet(),
                article.author(), article.url(), article.published() == null ? null : article.published().edtf(),
                article.published());
        new ArticleDetailsDialog(stage, "What is known about “" + article.title() + "”", "Apply", now, List.of(), null)
                .show(details -> {
                    org.sourceline.model.TimeSpan published = details.published();
                    if (published != null && article.published() != null
                            && published.edtf().equals(article.published().edtf())) {
                        // Keep the phrase, note and any bounds given for an unchanged date.
                        published = article.published();
                    }
                    Article changed = new Article(article.id(), details.title(), details.outlet(), details.author(),
                            details.url(), published, article.language(), article.text(), article.textFile(),
                            article.sha256(), article.note());
                    if (changed.equals(article)) {
                        return;
                    }
                    try {
                        model.apply(ArticleEdits.change(changed));
                    } catch (EditException ex) {
                        problem("Could not change the article's details", ex);
                    }
                });
    }

    private void problem(String header, EditException ex) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.setContentText(String.join("\n", ex.problems()));
        alert.show();
    }
}
