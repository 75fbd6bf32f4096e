package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.Era;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export and opening TimelineJS files in the app. */
@ExtendWith(ApplicationExtension.class)
class InteropUiTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/timelinejs/moon-example.json").toAbsolutePath();

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.showBundled(stage, new AppModel(), dir);
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    /** Starts an export on the JavaFX thread and waits until it has finished. */
    private Task<Integer> run(FxRobot robot, java.util.function.Supplier<Task<Integer>> export) throws Exception {
        AtomicReference<Task<Integer>> task = new AtomicReference<>();
        robot.interact(() -> task.set(export.get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> task.get().isDone()));
        WaitForAsyncUtils.waitForFxEvents();
        return task.get();
    }

    /** A value read on the JavaFX thread (Task's accessors allow no other). */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void fileMenuHasAnExportSubmenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
        assertThat(export.getItems()).extracting(MenuItem::getId)
                .containsExactly("menu-export-timelinejs", "menu-export-csv");
        assertThat(export.isDisable()).isFalse();
        assertThat(export.getItems()).extracting(MenuItem::getText).containsExactly("_TimelineJS JSON…", "_CSV…");
    }

    @Test
    void exportsTimelineJsAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        Path file = dir.resolve("app-export.json");
        Task<Integer> task = run(robot, () -> window.exportMenu().exportTimelineJs(file));
        int total = window.model().getLoaded().dataset().events().size();
        assertThat(fx(task::getValue)).isEqualTo(total);
        assertThat(notice(robot)).isEqualTo("Exported " + total + " events to app-export.json (TimelineJS JSON)");
        assertThat(DatasetFormats.read(file).dataset().events()).hasSize(total);
    }

    @Test
    void csvExportHasTheFilteredEvents(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setFilter(EventFilter.NONE.withActors(Set.of("ukraine"))));
        int shown = window.model().visibleEvents().size();
        int total = window.model().getLoaded().dataset().events().size();
        assertThat(shown).isLessThan(total).isPositive();
        Path file = dir.resolve("app-export.csv");
        run(robot, () -> window.exportMenu().exportCsv(file));
        assertThat(Files.readString(file, StandardCharsets.UTF_8).split("\r\n")).hasSize(shown + 1);
        assertThat(notice(robot)).isEqualTo("Exported " + shown + " of " + total + " events to app-export.csv (CSV)");
    }

    @Test
    void failedExportShowsADialogAndWritesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("missing-folder/out.json");
        Task<Integer> task = run(robot, () -> window.exportMenu().exportTimelineJs(file));
        assertThat(fx(task::getState)).isEqualTo(javafx.concurrent.Worker.State.FAILED);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#export-error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not export TimelineJS JSON to out.json.");
        assertThat(dialog.getContentText()).contains("Folder does not exist").contains("Nothing was written");
        assertThat(Files.exists(file)).isFalse();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void openingATimelineJsFileAsksWhatGroupsAre(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(EXAMPLE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelinejs-dialog").tryQuery().isPresent());
        robot.clickOn("#groups-as-types");
        DialogPane pane = robot.lookup("#timelinejs-dialog").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.stage().getTitle().startsWith("Reaching the Moon"));
        var dataset = window.model().getLoaded().dataset();
        assertThat(dataset.eras()).extracting(Era::title).containsExactly("Apollo programme", "Space Race");
        assertThat(dataset.events()).extracting(e -> e.type()).containsOnly(EventType.OTHER);
        assertThat(dataset.actor("astronomers")).isNull();
        assertThat(robot.lookup("#status-quotes").queryAs(Label.class).getText()).startsWith("the one quote verified");
    }

    @Test
    void cancellingTheQuestionKeepsTheOpenDataset(FxRobot robot) throws Exception {
        var before = window.model().getLoaded().dataset();
        robot.interact(() -> window.open(EXAMPLE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelinejs-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#timelinejs-dialog").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().getLoaded().dataset()).isSameAs(before);
        assertThat(window.opener().isBusy()).isFalse();
    }
}
