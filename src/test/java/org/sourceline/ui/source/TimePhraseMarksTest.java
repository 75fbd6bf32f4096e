package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Show Time Phrases in the main window, on the bundled dataset (read against about January 2023). */
@ExtendWith(ApplicationExtension.class)
class TimePhraseMarksTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Settings settings;
    private Dataset dataset;

    @Start
    void start(Stage stage) {
        settings = Settings.load(dir.resolve("settings-" + System.nanoTime() + ".json"));
        window = new MainWindow(stage, new AppModel(), settings);
        ReadResult read = new DatasetReader().readResource(DatasetReader.BUNDLED);
        dataset = read.dataset();
        window.show(LoadedDataset.of(dataset, null, read));
        stage.show();
        stage.requestFocus();
    }

    private ArticleReader reader() {
        return window.sourcePanel().reader();
    }

    private CheckMenuItem menuItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("menu-time-phrases".equals(item.getId())) {
                    return (CheckMenuItem) item;
                }
            }
        }
        throw new AssertionError("no View → Show Time Phrases");
    }

    /** The mark layers of the paragraphs on screen. */
    private List<TimePhraseLayer> marks() {
        List<TimePhraseLayer> marks = new ArrayList<>();
        for (BlockCell cell : reader().shownCells()) {
            if (cell.paragraph() != null && cell.isVisible()) {
                for (Node node : cell.paragraph().decorationShapes()) {
                    marks.add((TimePhraseLayer) node);
                }
            }
        }
        return marks;
    }

    /** A point on screen over the phrase's first character. */
    private Point2D mark(String phrase) {
        for (TimePhraseLayer layer : marks()) {
            for (TimePhrase p : layer.phrases()) {
                if (p.phrase().equals(phrase)) {
                    return layer.screenPointOf(p);
                }
            }
        }
        throw new AssertionError("no mark for “" + phrase + "”");
    }

    private void scrollTo(String words) {
        int offset = dataset.article().text().indexOf(words);
        reader().reveal(offset);
    }

    @Test
    void theMenuItemShowsAndHidesTheMarks(FxRobot robot) {
        CheckMenuItem item = menuItem(robot);
        assertThat(item.getText()).isEqualTo("Show _Time Phrases");
        assertThat(item.isSelected()).isFalse();
        assertThat(marks()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item.isSelected()).isTrue();
        assertThat(settings.values().showTimePhrases).isTrue();
        robot.interact(() -> scrollTo("In the first two days of 2023"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark("In the first two days of 2023")).isNotNull();

        robot.interact(() -> item.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks()).isEmpty();
        assertThat(settings.values().showTimePhrases).isFalse();
    }

    @Test
    void hoverSaysWhatAPhraseMeans(FxRobot robot) {
        robot.interact(() -> reader().showTimePhrasesProperty().set(true));
        robot.interact(() -> scrollTo("in the late fall of 2022"));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D fall = mark("in the late fall of 2022");
        robot.moveTo(fall);
        WaitForAsyncUtils.waitForFxEvents();
        String tip = reader().timePhraseMarks().tooltip().getText();
        assertThat(tip).startsWith("“in the late fall of 2022” → 2022-23\n1 November – 20 December 2022")
                .contains("EDTF cannot say “late”")
                // The phrase lies in the drone deal's passage: its event is named too.
                .contains(dataset.event("drone-deal").title());

        robot.interact(() -> scrollTo("in recent months"));
        WaitForAsyncUtils.waitForFxEvents();
        // The tooltip follows the pointer from one mark to the next a pulse or two later; on a
        // busy machine the mark may still be moving when first found, so it is found and pointed
        // at again until the tooltip follows (or ten seconds pass and the assertion says why).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!String.valueOf(reader().timePhraseMarks().tooltip().getText()).startsWith("“in recent months”")
                && System.nanoTime() < deadline) {
            Point2D recent = mark("in recent months");
            robot.moveTo(recent.add(0, 2));
            robot.moveTo(recent);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(reader().timePhraseMarks().tooltip().getText())
                .contains("Read against the article's date, 2023-01~ (3–31 January 2023; the dataset's publication date)");
    }

    @Test
    void aClickOnAMarkSelectsThePassagesEvent(FxRobot robot) throws Exception {
        robot.interact(() -> reader().showTimePhrasesProperty().set(true));
        robot.interact(() -> scrollTo("in the late fall of 2022"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(mark("in the late fall of 2022"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().getSelectedEvent() != null);
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("drone-deal");
    }
}
