package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Role;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From an article to a cited timeline, as a person does it: a new dataset from a text file, a
 * passage dragged over in the reader, New Event from Selection, the title, time, actors and type
 * filled in, undo and redo, save, and the saved file read back as the same dataset.
 */
@ExtendWith(ApplicationExtension.class)
class AuthoringTest {
    static final Path ARTICLE = Path.of("src/test/resources/datasets/merge/wikinews-2011-nasa-shuttle-homes.txt");

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Settings settings = Settings.load(dir.resolve("settings.json"));
        window = new MainWindow(stage, new AppModel(), settings);
        window.openBundled();
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        stage.requestFocus();
    }

    private AppModel model() {
        return window.model();
    }

    private ArticleReader reader(FxRobot robot) {
        return robot.lookup("#article-reader").queryAs(ArticleReader.class);
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        // Present and shown (on a busy machine a form is in the scene a pulse before it is visible).
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query)
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags from the first character of {@code from} to the last of {@code to} in the reader. */
    static void dragSelect(FxRobot robot, ArticleReader reader, String from, String to) {
        settle();
        String text = reader.text();
        int start = text.indexOf(from);
        int end = text.indexOf(to, start) + to.length() - 1;
        Point2D[] points = new Point2D[2];
        robot.interact(() -> reader.reveal(start));
        settle();
        robot.interact(() -> points[1] = reader.screenPointOf(end));
        robot.interact(() -> points[0] = reader.screenPointOf(start));
        assertThat(points[0]).as("start of the passage on screen").isNotNull();
        assertThat(points[1]).as("end of the passage on screen").isNotNull();
        robot.drag(points[0], MouseButton.PRIMARY).moveTo(points[1]).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets the reader finish measuring its paragraphs (it does so after a layout pass). */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void newDatasetFromArticle(FxRobot robot) throws Exception {
        robot.interact(() -> window.newDataset().fromFile(ARTICLE));
        waitFor(robot, "#article-details-dialog");
        // A plain text file says little about itself: the title is its first line, which stands
        // alone like a headline (the user shortens it here); every other field starts empty.
        TextField title = robot.lookup("#details-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("NASA celebrates 30th anniversary of first shuttle launch; announces new "
                + "homes for retired shuttles");
        assertThat(robot.lookup("#details-outlet").queryAs(TextField.class).getText()).isNullOrEmpty();
        assertThat(robot.lookup("#details-confirm").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(title::clear);
        robot.clickOn("#details-title").write("NASA celebrates 30th anniversary of first shuttle launch");
        robot.clickOn("#details-outlet").write("Wikinews");
        robot.clickOn("#details-published").write("2011-04-13");
        assertThat(robot.lookup("#details-published-meaning").queryAs(Label.class).getText()).contains("13 April 2011");
        robot.clickOn("#details-confirm");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromAnArticleToACitedTimelineAndBackFromTheFile(FxRobot robot) throws Exception {
        newDatasetFromArticle(robot);
        Dataset created = model().getDataset();
        assertThat(created.events()).isEmpty();
        assertThat(created.article().outlet()).isEqualTo("Wikinews");
        assertThat(created.article().author()).isNull();
        assertThat(model().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).startsWith("• NASA celebrates");

        ArticleReader reader = reader(robot);
        // Drag from the middle of a word to the middle of another: the selection takes whole words.
        dragSelect(robot, reader, "ASA Administrator Charles Bolden", "Bolden announ");
        IndexRange selection = reader.getSelection();
        assertThat(selection).isNotNull();
        assertThat(reader.selectedText()).isEqualTo("NASA Administrator Charles Bolden announced");
        // The reader's menu offers it too.
        robot.rightClickOn(robot.lookup("#article-reader").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.selectionMenu().getItems()).extracting(MenuItem::getText)
                .contains("New Event from Selection");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        reader.selectionMenu().hide();

        // New Event from Selection: a draft, nothing in the dataset yet.
        robot.interact(() -> window.editing().newEventFromSelection());
        waitFor(robot, "#editor-create");
        assertThat(window.editor().isDrafting()).isTrue();
        assertThat(model().getDataset().events()).isEmpty();
        assertThat(robot.lookup("#editor-create").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#editor-title").write("NASA names new homes for the retired shuttles");
        robot.clickOn("#editor-phrase").write("Tuesday");
        robot.clickOn("#editor-edtf").write("2011-04-12");
        assertThat(robot.lookup("#editor-time-meaning").queryAs(Label.class).getText()).contains("12 April 2011");
        // A new actor, made where it is needed.
        robot.clickOn("#actors-source-input").write("NASA").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#new-actor-form");
        robot.interact(() -> robot.lookup("#new-actor-kind").queryComboBox().setValue(ActorKind.ORGANIZATION));
        // The form may sit below the editor's visible part in a small panel: its button is pressed, not aimed at.
        robot.interact(() -> robot.lookup("#new-actor-create").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<EventType> type = robot.lookup("#editor-type").queryComboBox();
        robot.interact(() -> type.setValue(EventType.AGREE));
        assertThat(robot.lookup("#editor-create").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#editor-create");
        WaitForAsyncUtils.waitForFxEvents();

        Dataset withEvent = model().getDataset();
        assertThat(withEvent.events()).hasSize(1);
        Event made = withEvent.events().get(0);
        assertThat(made.id()).isEqualTo("nasa-names-new-homes-for-the-retired");
        assertThat(made.title()).isEqualTo("NASA names new homes for the retired shuttles");
        assertThat(made.time().edtf()).isEqualTo("2011-04-12");
        assertThat(made.time().phrase()).isEqualTo("Tuesday");
        assertThat(made.type()).isEqualTo(EventType.AGREE);
        assertThat(made.sources()).extracting(Actor::name).containsExactly("NASA");
        assertThat(made.sources().get(0).kind()).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(made.evidence()).hasSize(1);
        assertThat(made.evidence().get(0).exact()).isEqualTo("NASA Administrator Charles Bolden announced");
        assertThat(made.evidence().get(0).start()).isEqualTo(selection.getStart());
        // Selected, and on the timeline.
        assertThat(model().getSelectedEvent()).isSameAs(made);
        assertThat(model().visibleEvents()).containsExactly(made);
        assertThat(robot.lookup("#menu-undo").tryQuery()).isEmpty();

        // Undo takes the event (and the actor made with it) back; Redo brings them again.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        if (!model().getDataset().events().isEmpty()) {
            // The focus was in a text field, whose own undo took the key: use the menu's action.
            robot.interact(() -> window.editing().undo());
        }
        assertThat(model().getDataset().events()).isEmpty();
        assertThat(model().getDataset().actors()).isEmpty();
        robot.interact(() -> window.editing().redo());
        assertThat(model().getDataset().events()).hasSize(1);
        assertThat(model().getSelectedEvent().title()).isEqualTo("NASA names new homes for the retired shuttles");

        // Save (there is no file yet: Save As), then read the file back.
        Path file = dir.resolve("nasa.json");
        robot.interact(() -> window.documents().setSaveAsChooser(() -> file));
        robot.interact(() -> window.documents().save());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model().isDirty());
        assertThat(window.stage().getTitle())
                .isEqualTo("NASA celebrates 30th anniversary of first shuttle launch — nasa.json — Sourceline");
        assertThat(Files.readString(dir.resolve("wikinews-2011-nasa-shuttle-homes.txt")))
                .isEqualTo(model().getDataset().article().text());
        Dataset reread = new DatasetReader().load(file);
        Dataset saved = model().getDataset();
        assertThat(reread.title()).isEqualTo(saved.title());
        assertThat(reread.actors()).isEqualTo(saved.actors());
        assertThat(reread.events()).isEqualTo(saved.events());
        assertThat(reread.article().published().edtf()).isEqualTo("2011-04-13");
    }

    @Test
    void onABigDatasetTheTimelineShowsAnEditFirstAndTheEditorCardAndReaderFollowAFrameLater(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> "editor-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        Event deal = model().getDataset().event("drone-deal");
        robot.interact(() -> model().setSelectedEvent(deal));
        Label cardTitle = robot.lookup("#quote-title").queryAs(Label.class);
        Label headline = robot.lookup("#editor-headline").queryAs(Label.class);
        assertThat(cardTitle.getText()).isEqualTo(deal.title());
        Event made = org.sourceline.edit.EventBuilder.from(model().getDataset().event("iran-supplies-drones")).id("made-late")
                .title("An event the panels show a frame late").build();
        String[] before = new String[2];
        robot.interact(() -> {
            model().setPanelsAfterTimelineFrom(0); // the bundled dataset counts as big here
            try {
                model().apply(new org.sourceline.edit.NewEvent(made));
            } catch (org.sourceline.edit.EditException e) {
                throw new AssertionError(e);
            }
            // Selected and on the timeline at once; the card and the editor still show the event before.
            assertThat(model().getSelectedEvent().id()).isEqualTo("made-late");
            assertThat(model().panelsPending()).isTrue();
            before[0] = cardTitle.getText();
            before[1] = headline.getText();
        });
        assertThat(before[0]).isEqualTo(deal.title());
        assertThat(before[1]).doesNotContain(made.title());
        // The frame after: every panel has caught up, with no other change needed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model().panelsPending());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardTitle.getText()).isEqualTo(made.title());
        assertThat(robot.lookup("#editor-title").queryAs(TextField.class).getText()).isEqualTo(made.title());
        assertThat(reader(robot).getSelection()).isNull();
    }

    @Test
    void aSelectedPassageIsAddedAsEvidenceToTheSelectedEvent(FxRobot robot) throws Exception {
        Event deal = model().getDataset().event("drone-deal");
        robot.interact(() -> model().setSelectedEvent(deal));
        ArticleReader reader = reader(robot);
        dragSelect(robot, reader, "evidence of a newfound", "friendship");
        assertThat(reader.getSelection()).isNotNull();
        robot.interact(() -> window.editing().addSelection(org.sourceline.model.Stance.DISPUTES));
        Event changed = model().getDataset().event("drone-deal");
        assertThat(changed.evidence()).hasSize(deal.evidence().size() + 1);
        assertThat(changed.isDisputed()).isTrue();
        assertThat(model().undoNameProperty().get()).startsWith("Add Disputing Evidence to “Russia clinches");
        assertThat(reader.getSelection()).isNull();
    }

    @Test
    void theEditorsQuoteRowsShowTheSelectedEventsQuotesAndActOnThem(FxRobot robot) throws Exception {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> "editor-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        java.util.List<Event> quoted = model().getDataset().events().stream().filter(e -> !e.evidence().isEmpty()).toList();
        Event more = quoted.stream().max(java.util.Comparator.comparingInt(e -> e.evidence().size())).orElseThrow();
        Event fewer = quoted.stream().filter(e -> e.evidence().size() < more.evidence().size()
                && !e.evidence().get(0).disputes()).findFirst().orElseThrow();
        javafx.scene.layout.VBox rows = robot.lookup("#editor-evidence").queryAs(javafx.scene.layout.VBox.class);
        robot.interact(() -> model().setSelectedEvent(more));
        assertThat(rows.getChildren()).hasSize(more.evidence().size());
        // The next event's quotes in the rows the first one's left (fewer of them).
        robot.interact(() -> model().setSelectedEvent(fewer));
        assertThat(rows.getChildren()).hasSize(fewer.evidence().size());
        Label words = (Label) ((javafx.scene.layout.VBox) rows.getChildren().get(0)).getChildren().get(0);
        assertThat(words.getText()).isEqualTo("“" + fewer.evidence().get(0).exact().strip() + "”");
        javafx.scene.control.ToggleButton stance = robot.lookup("#evidence-stance-0")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(stance.isSelected()).isFalse();
        assertThat(stance.getText()).isEqualTo("Supports the event");
        // As a click does (the row may be scrolled out of the editor's view).
        robot.interact(stance::fire);
        assertThat(model().getDataset().event(fewer.id()).evidence().get(0).disputes()).isTrue();
        assertThat(stance.getText()).isEqualTo("Disputes the event");
        robot.interact(() -> model().undo());
        assertThat(model().getDataset().event(fewer.id()).evidence().get(0).disputes()).isFalse();
        assertThat(stance.isSelected()).isFalse();
    }

    @Test
    void aNewEventGetsTheTimeWordsOfItsPassageAsASuggestion(FxRobot robot) throws Exception {
        ArticleReader reader = reader(robot);
        dragSelect(robot, reader, "quietly clinched a deal", "drones to batter");
        robot.interact(() -> window.editing().newEventFromSelection());
        waitFor(robot, "#editor-create");
        // "in the late fall of 2022" is in the passage's sentence: the whole season in EDTF, its end in the bounds.
        assertThat(robot.lookup("#editor-phrase").queryAs(TextField.class).getText()).isEqualTo("in the late fall of 2022");
        assertThat(robot.lookup("#editor-edtf").queryAs(TextField.class).getText()).isEqualTo("2022-23");
        assertThat(robot.lookup("#editor-earliest").queryAs(TextField.class).getText()).isEqualTo("2022-11-01");
        assertThat(robot.lookup("#editor-time-note").queryAs(TextInputControl.class).getText())
                .contains("EDTF cannot say “late”");
        assertThat(robot.lookup("#editor-time-problem").queryAs(Label.class).getText()).isEmpty();
        // A suggestion only: nothing is in the dataset until the event is created.
        assertThat(model().isDirty()).isFalse();
    }

    @Test
    void aDoubleClickSelectsAWordAndShiftArrowsExtendIt(FxRobot robot) {
        ArticleReader reader = reader(robot);
        String text = reader.text();
        // Words outside any quote: a click on a quote selects its event first.
        int at = text.indexOf("evidence of a newfound friendship");
        settle();
        Point2D[] point = new Point2D[1];
        robot.interact(() -> point[0] = reader.screenPointOf(at + 3));
        robot.moveTo(point[0]);
        doubleClick(robot, reader, point[0]);
        assertThat(reader.selectedText()).isEqualTo("evidence");
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.selectedText()).isEqualTo("evidence of a");
        // (A tooltip showing under the pointer would take the first Escape to hide itself.)
        robot.moveTo("#status-bar");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.getSelection()).isNull();
    }

    /**
     * A double click as the toolkit reports it (a press with a click count of 2). The robot's
     * own double click counts as two single clicks when a busy machine delays the second.
     */
    private static void doubleClick(FxRobot robot, ArticleReader reader, Point2D screen) {
        robot.interact(() -> {
            Point2D scene = reader.getScene().getRoot().screenToLocal(screen);
            javafx.scene.Node target = reader.getScene().getRoot();
            for (int clicks = 1; clicks <= 2; clicks++) {
                for (javafx.event.EventType<javafx.scene.input.MouseEvent> type : java.util.List.of(
                        javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                    javafx.event.Event.fireEvent(reader, new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(),
                            screen.getX(), screen.getY(), MouseButton.PRIMARY, clicks, false, false, false, false, true,
                            false, false, false, false, true, null));
                }
            }
            assertThat(target).isNotNull();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deletingAnActorInUseIsRefusedAndSaysWhere(FxRobot robot) throws Exception {
        robot.interact(() -> window.editing().showActors().select("zelensky"));
        waitFor(robot, "#actors-dialog");
        robot.clickOn("#actor-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#actors-message").queryAs(Label.class).getText())
                .startsWith("actor “Volodymyr Zelensky” is used by 1 event: “More than 80 Iranian-made drones");
        assertThat(model().getDataset().actor("zelensky")).isNotNull();
        assertThat(model().isDirty()).isFalse();
        // Renaming follows into every event.
        robot.interact(() -> robot.lookup("#actor-name").queryAs(TextField.class).setText("President Zelensky"));
        robot.clickOn("#actor-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Actor renamed = model().getDataset().actor("zelensky");
        assertThat(renamed.name()).isEqualTo("President Zelensky");
        assertThat(model().getDataset().event("drones-on-display").certainty().attributedTo()).containsExactly(renamed);
        assertThat(model().undoNameProperty().get()).isEqualTo("Rename Actor “Volodymyr Zelensky” to “President Zelensky”");
    }

    @Test
    void quittingWithUnsavedChangesAsks(FxRobot robot) throws Exception {
        Event event = model().getDataset().event("drone-deal");
        robot.interact(() -> window.editing().confirmDelete(event));
        waitFor(robot, "#delete-event-dialog");
        assertThat(robot.lookup("#delete-event-dialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Delete the event “Russia clinches a deal for hundreds of Iranian drones”?");
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().getDataset().event("drone-deal")).isNull();
        assertThat(model().isDirty()).isTrue();

        robot.interact(() -> window.documents().quit());
        waitFor(robot, "#unsaved-changes-dialog");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(model().getDataset().event("drone-deal")).isNull();

        robot.interact(() -> window.documents().quit());
        waitFor(robot, "#unsaved-changes-dialog");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
    }

    @Test
    void aFailedSaveKeepsTheDatasetUnsavedAndTheOldFileIntact(FxRobot robot) throws Exception {
        Path file = dir.resolve("kept.json");
        robot.interact(() -> window.documents().setSaveAsChooser(() -> file));
        robot.interact(() -> window.documents().saveAs());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && !model().isDirty());
        byte[] old = Files.readAllBytes(file);
        robot.interact(() -> {
            try {
                model().apply(new org.sourceline.edit.DeleteEvent(model().getDataset().event("drone-deal")));
            } catch (org.sourceline.edit.EditException e) {
                throw new AssertionError(e);
            }
        });
        // The disk fills up halfway through writing the events: the save cannot complete.
        robot.interact(() -> window.documents().setWriteHook(progress -> {
            if (progress > 0) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }
        }));
        robot.interact(() -> window.documents().save());
        waitFor(robot, "#save-failed-dialog");
        assertThat(robot.lookup("#save-failed-dialog").queryAs(DialogPane.class).getContentText())
                .contains("still open with its unsaved changes").contains("as it was before");
        assertThat(model().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).isEqualTo("• Iran and Russia Are Closer Than Ever Before — kept.json — Sourceline");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(model().getDataset().event("drone-deal")).isNull();
    }

    @Test
    void editingAFieldIsOneUndoableStep(FxRobot robot) throws Exception {
        Event event = model().getDataset().event("moscow-embraces-tehran");
        robot.interact(() -> model().setSelectedEvent(event));
        robot.interact(() -> window.editing().editSelectedEvent());
        waitFor(robot, "#editor-title");
        TextField title = robot.lookup("#editor-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo(event.title());
        robot.interact(() -> title.setText("Moscow may be embracing Iran as a top partner"));
        robot.clickOn("#editor-title").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().getDataset().event("moscow-embraces-tehran").title())
                .isEqualTo("Moscow may be embracing Iran as a top partner");
        assertThat(model().undoNameProperty().get()).isEqualTo("Change Title of “The war may be pushing Moscow to embrace Iran”");
        // An EDTF value that does not parse is shown with validate's words and not applied.
        TextField edtf = robot.lookup("#editor-edtf").queryAs(TextField.class);
        robot.interact(() -> edtf.setText("2023-13"));
        assertThat(robot.lookup("#editor-time-problem").queryAs(Label.class).getText())
                .startsWith("time: invalid EDTF \"2023-13\": month 13");
        robot.clickOn("#editor-edtf").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(model().getDataset().event("moscow-embraces-tehran").time()).isEqualTo(event.time());
        // Removing the only actors is refused with validate's words.
        Event now = model().getDataset().event("moscow-embraces-tehran");
        assertThat(now.sources()).extracting(Actor::id).containsExactly("russia");
        robot.interact(() -> model().undo());
        assertThat(model().getDataset().event("moscow-embraces-tehran").title()).isEqualTo(event.title());
        assertThat(title.getText()).isEqualTo(event.title());
        assertThat(Role.SOURCE).isNotNull();
    }
}
