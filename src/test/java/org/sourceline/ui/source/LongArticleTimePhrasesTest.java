package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.bench.ArticleReaderBenchmarks;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Time phrases of a 600,000-character article: read off the JavaFX thread, and marked only in the
 * paragraphs the reader builds (those on screen), wherever the reader scrolls.
 */
@ExtendWith(ApplicationExtension.class)
class LongArticleTimePhrasesTest {
    private final AppModel model = new AppModel();
    private LoadedDataset loaded;
    private SourcePanel panel;

    @Start
    void start(Stage stage) {
        loaded = ArticleReaderBenchmarks.longArticle(ArticleReaderBenchmarks.LONG_ARTICLE_CHARS);
        model.open(loaded, null);
        panel = new SourcePanel(model);
        stage.setScene(new Scene(panel, 560, 900));
        stage.show();
        stage.requestFocus();
    }

    private int marksOnScreen() {
        int n = 0;
        for (BlockCell cell : panel.reader().shownCells()) {
            if (cell.paragraph() != null) {
                for (Node layer : cell.paragraph().decorationShapes()) {
                    n += ((TimePhraseLayer) layer).phrases().size();
                }
            }
        }
        return n;
    }

    @Test
    void readsInTheBackgroundAndMarksOnlyWhatIsOnScreen(FxRobot robot) throws Exception {
        ArticleReader reader = panel.reader();
        TimePhraseMarks marks = reader.timePhraseMarks();
        assertThat(loaded.dataset().article().text().length()).isGreaterThan(TimePhraseMarks.backgroundThreshold);
        boolean[] readingAtOnce = new boolean[1];
        robot.interact(() -> {
            reader.showTimePhrasesProperty().set(true);
            readingAtOnce[0] = marks.readingProperty().get();
        });
        // Turning the marks on returns at once; the phrases come from a background thread.
        assertThat(readingAtOnce[0]).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !marks.readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<TimePhrase> phrases = marks.phrases();
        assertThat(phrases).hasSizeGreaterThan(1000);
        assertThat(marksOnScreen()).isBetween(1, 60);

        String text = loaded.dataset().article().text();
        int far = text.lastIndexOf("in the late fall of 2022");
        robot.interact(() -> reader.reveal(far));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marksOnScreen()).isBetween(1, 60);
        boolean farMarked = false;
        for (BlockCell cell : reader.shownCells()) {
            if (cell.paragraph() != null) {
                for (Node layer : cell.paragraph().decorationShapes()) {
                    farMarked |= ((TimePhraseLayer) layer).phrases().stream().anyMatch(p -> p.start() == far);
                }
            }
        }
        assertThat(farMarked).isTrue();
    }
}
