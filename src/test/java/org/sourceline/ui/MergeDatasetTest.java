package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.merge.LikelyDuplicate;
import org.sourceline.data.merge.MergeNote;
import org.sourceline.model.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Merge Dataset…: the review dialog, each likely duplicate's choice, and the merged dataset opened unsaved. */
@ExtendWith(ApplicationExtension.class)
class MergeDatasetTest {
    private static final Path SECOND = Path.of("src/test/resources/datasets/merge/second-report.json");

    @TempDir
    static Path dir;

    private MainWindow window;
    private AppModel model;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        window = TestWindows.showBundled(stage, model, dir);
    }

    private MergeReviewDialog awaitReview() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.merge().reviewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.merge().reviewProperty().get();
    }

    @Test
    void reviewsTheMatchesAndMergesTheChosenDuplicate(FxRobot robot) throws Exception {
        Dataset bundled = model.getLoaded().dataset();
        robot.interact(() -> window.merge().merge(List.of(SECOND)));
        MergeReviewDialog review = awaitReview();
        @SuppressWarnings("unchecked")
        ListView<MergeNote> notes = robot.lookup("#merge-notes").queryAs(ListView.class);
        assertThat(notes.getItems()).extracting(MergeNote::describe).contains(
                "second-report.json: actor \"Irán\" (tehran) matched \"Iran\" (iran) by name",
                "second-report.json: event \"drone-deal\" renamed \"drone-deal-2\" (the id is taken)");
        @SuppressWarnings("unchecked")
        ListView<LikelyDuplicate> duplicates = robot.lookup("#merge-duplicates").queryAs(ListView.class);
        assertThat(duplicates.getItems()).singleElement().satisfies(d -> assertThat(d.first().id()).isEqualTo("drone-deal"));
        // Nothing merges by itself: the pair starts as "keep both".
        LikelyDuplicate pair = duplicates.getItems().get(0);
        assertThat(review.unites(pair)).isFalse();
        Node cell = robot.lookup("#merge-duplicates .list-cell").match((Node n) -> n.lookup(".merge-pair") != null
                && n.lookup(".merge-pair").isVisible()).query();
        robot.clickOn((RadioButton) cell.lookup(".merge-pair"));
        assertThat(review.unites(pair)).isTrue();
        robot.interact(() -> ((Button) review.dialog().getDialogPane().lookupButton(MergeReviewDialog.MERGE)).fire());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getLoaded().dataset() != bundled);
        Dataset merged = model.getLoaded().dataset();
        assertThat(merged.articles()).hasSize(2);
        assertThat(merged.events()).hasSize(bundled.events().size() + 2);
        assertThat(merged.event("drone-deal").sourceCount()).isEqualTo(2);
        assertThat(model.getLoaded().file()).as("unsaved: no file yet").isNull();
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .isEqualTo("Merged 2 datasets: 2 articles, 18 events, 17 actors (not saved)");
        assertThat(Files.readString(SECOND)).contains("\"drone-deal\"");
    }

    @Test
    void cancellingChangesNothing(FxRobot robot) throws Exception {
        Dataset bundled = model.getLoaded().dataset();
        robot.interact(() -> window.merge().merge(List.of(SECOND)));
        MergeReviewDialog review = awaitReview();
        robot.interact(() -> review.dialog().close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getLoaded().dataset()).isSameAs(bundled);
        assertThat(window.merge().reviewProperty().get()).isNull();
    }

    @Test
    void aFileWithProblemsIsExplainedAndNothingChanges(FxRobot robot) throws Exception {
        Dataset bundled = model.getLoaded().dataset();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(SECOND).replace("\"type\": \"MOBILIZE\"", "\"type\": \"RECRUIT\""));
        robot.interact(() -> window.merge().merge(List.of(broken)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#problems-dialog") != null));
        Node dialog = Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#problems-dialog") != null).findFirst().orElseThrow().getScene().getRoot();
        String text = robot.from(dialog).lookup(".text-area").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(text).contains("broken.json:").contains("RECRUIT");
        assertThat(model.getLoaded().dataset()).isSameAs(bundled);
        assertThat(window.merge().reviewProperty().get()).isNull();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
