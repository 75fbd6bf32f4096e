package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.showBundled(stage, new AppModel(), dir);
    }

    private static String status(FxRobot robot) {
        return TestWindows.statusText(robot);
    }

    @Test
    void showsTheBundledDataset(FxRobot robot) {
        assertThat(window.stage().getTitle()).isEqualTo("Iran and Russia Are Closer Than Ever Before — Sourceline");
        int events = window.model().getLoaded().dataset().events().size();
        assertThat(status(robot)).isEqualTo("Iran and Russia Are Closer Than Ever Before · " + events + " events · 16 actors");
        int quotes = window.model().getLoaded().read().quotesTotal();
        assertThat(robot.lookup("#status-quotes").queryAs(Label.class).getText()).isEqualTo("all " + quotes + " quotes verified");
        // The table behind its tab joins the scene when first shown (MainWindow.contentWhenFirstShown).
        assertThat(robot.lookup("#event-table").tryQuery()).isEmpty();
        assertThat(window.eventTable().getItems()).hasSize(events);
    }

    @Test
    void splitPanesPaintOneBackgroundFillWithTheDefaultThemesBorderAndInsets(FxRobot robot) {
        javafx.scene.control.SplitPane outer = robot.lookup("#outer-split").queryAs(javafx.scene.control.SplitPane.class);
        // One fill each: Prism caches a background of several fills as an image and stretches it
        // over every repainted pixel of the pane, which is all of the window.
        for (String id : new String[] {"#outer-split", "#middle-split", "#bottom-split", ".source-panel"}) {
            javafx.scene.control.SplitPane split = robot.lookup(id).queryAs(javafx.scene.control.SplitPane.class);
            assertThat(split.getBackground().getFills()).as(id).hasSize(1);
            assertThat(split.getBackground().getFills().get(0).getInsets()).as(id).isEqualTo(javafx.geometry.Insets.EMPTY);
            if (split != outer) {
                // Nested in another, as in the default theme: no border, no padding.
                assertThat(split.getBorder() == null || split.getBorder().isEmpty()).as(id).isTrue();
                assertThat(split.getInsets()).as(id).isEqualTo(javafx.geometry.Insets.EMPTY);
            }
        }
        // The outermost keeps the default theme's 1-pixel box border, now drawn as a border.
        assertThat(outer.getBorder().getStrokes()).hasSize(1);
        assertThat(outer.getBorder().getStrokes().get(0).getWidths().getTop()).isEqualTo(1);
        assertThat(outer.getInsets()).isEqualTo(new javafx.geometry.Insets(1));
    }

    @Test
    void theEventEditorBehindAnotherTabCatchesUpWithTheSelectionWhenShown(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2)); // the form joins the scene when first shown
        Label eventId = robot.lookup("#editor-event-id").queryAs(Label.class);
        org.sourceline.model.Event deal = window.model().getDataset().event("drone-deal");
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            window.model().setSelectedEvent(deal);
        });
        // Behind the graph's tab the form is not filled in for a selection no one sees...
        assertThat(eventId.getText()).isEmpty();
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "editor-tab".equals(t.getId())).findFirst().orElseThrow()));
        // ...and shows it as soon as its tab comes forward.
        assertThat(eventId.getText()).isEqualTo("id: drone-deal");
        robot.interact(() -> window.model().setSelectedEvent(null));
        assertThat(eventId.getText()).isEmpty();
    }

    @Test
    void clickingARowSelectsTheEventEverywhere(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "events-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup("#event-table .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        Event selected = window.model().getSelectedEvent();
        assertThat(selected).isNotNull().isSameAs(table.getSelectionModel().getSelectedItem());
        robot.interact(() -> window.model().selectNext());
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(window.model().getSelectedEvent())
                .isNotSameAs(selected);
    }

    @Test
    void badFileShowsItsProblemsAndKeepsTheOpenDataset(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"sourceline-dataset/1\", \"title\": \"Broken\", \"events\": [ {\"id\": 1} ]");
        Dataset before = window.model().getLoaded().dataset();
        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("broken.json").contains("was not opened");
        String list = robot.lookup("#problem-list").queryAs(TextArea.class).getText();
        assertThat(list).contains("broken.json:1:").contains("malformed JSON");
        assertThat(((Label) ((javafx.scene.layout.VBox) ((javafx.scene.layout.BorderPane) dialog.getContent()).getCenter())
                .getChildren().get(0)).getText()).contains("stays open");
        assertThat(window.model().getLoaded().dataset()).isSameAs(before);
        assertThat(window.stage().getTitle()).startsWith("Iran and Russia");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void opensAGoodFileInTheBackground(FxRobot robot) throws IOException, Exception {
        Dataset bundled = DatasetReader.loadBundled();
        Dataset renamed = new Dataset("Renamed copy", null, bundled.article(), bundled.actors(), bundled.events());
        Path file = dir.resolve("copy.json");
        new DatasetWriter().write(renamed, file);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.stage().getTitle().startsWith("Renamed copy"));
        assertThat(status(robot)).startsWith("Renamed copy · ");
        assertThat(window.model().getLoaded().file()).isEqualTo(file);
        // Remembered as a recent file.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).isNotEmpty();
    }
}
