package org.sourceline.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Event;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The events table in the main window: one-line rows of a fixed height, its selection the app's, found by position. */
@ExtendWith(ApplicationExtension.class)
class EventTableTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new AppModel(), Settings.load(dir.resolve("settings-" + System.nanoTime() + ".json")));
        window.openBundled();
        stage.show();
    }

    private EventTable table(FxRobot robot) {
        return window.eventTable();
    }

    private void showTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#lower-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    @Test
    void rowsAreOneLineOfTheStylesheetsHeight(FxRobot robot) {
        showTab(robot, "events-tab");
        // 2 em of the root font (13 px): the default theme's row height, fixed by the stylesheet.
        assertThat(table(robot).getFixedCellSize()).isEqualTo(26.0);
    }

    @Test
    void selectingAnEventSelectsItsRowEvenWhenSortedOtherwise(FxRobot robot) {
        showTab(robot, "events-tab");
        EventTable table = table(robot);
        robot.interact(() -> {
            // Sorted by title: the row is not the event's place in time order.
            table.getSortOrder().setAll(table.getColumns().get(1));
        });
        for (Event event : window.model().visibleEvents()) {
            robot.interact(() -> window.model().setSelectedEvent(event));
            assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(event);
        }
    }

    @Test
    void sortingAndUnsortingKeepTheSelectionAndTheRowsFollowEdits(FxRobot robot) throws Exception {
        showTab(robot, "events-tab");
        EventTable table = table(robot);
        AppModel model = window.model();
        Event chosen = model.visibleEvents().get(model.visibleEvents().size() / 2);
        robot.interact(() -> model.setSelectedEvent(chosen));
        robot.interact(() -> table.getSortOrder().setAll(table.getColumns().get(1)));
        // Sorted by title, the selection kept.
        assertThat(model.getSelectedEvent()).isSameAs(chosen);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(chosen);
        assertThat(table.getItems()).isSortedAccordingTo(table.getComparator())
                .containsExactlyInAnyOrderElementsOf(model.visibleEvents());
        // A new event while sorted: in its place by title.
        Event made = org.sourceline.edit.EventBuilder.from(chosen).id("sorted-new").title("AAAA first by title").build();
        robot.interact(() -> {
            try {
                model.apply(new org.sourceline.edit.NewEvent(made));
            } catch (org.sourceline.edit.EditException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(table.getItems().get(0)).isSameAs(made);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(made);
        // Unsorted: the model's time order again, the selection kept, and edits followed.
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(table.getItems()).containsExactlyElementsOf(model.visibleEvents());
        assertThat(model.getSelectedEvent()).isSameAs(made);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(made);
        robot.interact(model::undo);
        assertThat(table.getItems()).containsExactlyElementsOf(model.visibleEvents()).doesNotContain(made);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(model.getSelectedEvent());
    }

    @Test
    void outOfViewTheRowIsSelectedAndScrolledToWhenTheTableComesIntoView(FxRobot robot) {
        showTab(robot, "graph-tab");
        EventTable table = table(robot);
        assertThat(table.inViewProperty().get()).isFalse();
        Event last = window.model().visibleEvents().get(window.model().visibleEvents().size() - 1);
        robot.interact(() -> window.model().setSelectedEvent(last));
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(last);
        showTab(robot, "events-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.inViewProperty().get()).isTrue();
        assertThat(robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.TableRow<?>) n).getItem() == last)).isTrue();
    }
}
