package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.bench.ArticleReaderBenchmarks;
import org.sourceline.model.Event;
import org.sourceline.text.HighlightRuns;
import org.sourceline.text.TextMatches;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader on an article of 600,000 characters (the bundled one, repeated) builds nodes only
 * for what is on screen, and still reaches, highlights and searches all of it.
 */
@ExtendWith(ApplicationExtension.class)
class LongArticleTest {
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

    private int paragraphViews(FxRobot robot) {
        return robot.lookup(".article-paragraph").queryAll().size();
    }

    @Test
    void buildsOnlyWhatIsOnScreenAndReachesTheEnd(FxRobot robot) throws Exception {
        assertThat(loaded.dataset().article().text().length()).isGreaterThan(600_000);
        WaitForAsyncUtils.waitForFxEvents();
        int blocks = panel.reader().blocks().size();
        assertThat(blocks).isGreaterThan(2000);
        assertThat(paragraphViews(robot)).isBetween(1, 40);

        List<Event> events = loaded.dataset().events();
        Event last = events.get(events.size() - 1);
        int position = events.size() - 1;
        robot.interact(() -> model.setSelectedEvent(last));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !panel.reader().shownPassages(position).isEmpty());
        assertThat(panel.reader().shownPassages(position)).allMatch(s -> s.getStyleClass().contains("selected-passage"));
        assertThat(paragraphViews(robot)).isBetween(1, 40);
        assertThat(quote(robot)).isEqualTo(last.evidence().get(0).exact());

        robot.interact(() -> model.setSelectedEvent(events.get(0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !panel.reader().shownPassages(0).isEmpty());
        assertThat(paragraphViews(robot)).isBetween(1, 40);
    }

    @Test
    void theReaderIsNotLaidOutAgainForItsOwnEstimatesNorForARestyle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ArticleFlow flow = robot.lookup(".article-flow").queryAs(ArticleFlow.class);
        // A layout measures a few more of the 2,000 blocks and moves the position to keep the view
        // still: that must not leave the flow waiting for another layout at every later pulse.
        robot.interact(() -> flow.scrollPixels(120));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.isNeedsLayout()).isFalse();

        Event first = loaded.dataset().events().get(0);
        robot.interact(() -> model.setSelectedEvent(first));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !panel.reader().shownPassages(0).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.reader().shownPassages(0)).allMatch(s -> s.getStyleClass().contains("selected-passage"));
        // Deselecting restyles the paragraphs in place: their highlights are redrawn at once, with
        // no layout asked of the paragraph, and the header, showing the same article, stays as it is.
        javafx.scene.layout.VBox header = robot.lookup("#article-header").queryAs(javafx.scene.layout.VBox.class);
        List<javafx.scene.Node> headerChildren = List.copyOf(header.getChildren());
        boolean[] askedForLayout = new boolean[2];
        List<javafx.scene.shape.Path> restyled = new java.util.ArrayList<>();
        robot.interact(() -> {
            model.setSelectedEvent(null);
            restyled.addAll(panel.reader().shownPassages(0));
            askedForLayout[0] = header.isNeedsLayout();
            for (javafx.scene.Node paragraph : robot.lookup(".article-paragraph").queryAll()) {
                askedForLayout[1] |= ((javafx.scene.Parent) paragraph).isNeedsLayout();
            }
        });
        assertThat(restyled).isNotEmpty().noneMatch(s -> s.getStyleClass().contains("selected-passage"));
        assertThat(askedForLayout[0]).isFalse();
        assertThat(askedForLayout[1]).isFalse();
        assertThat(header.getChildren()).containsExactlyElementsOf(headerChildren);
    }

    @Test
    void anEditThatLeavesTheShownTextAsItWasRedrawsItsHighlightsWithoutALayout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Event first = loaded.dataset().events().get(0);
        robot.interact(() -> model.setSelectedEvent(first));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !panel.reader().shownPassages(0).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // A new title: the event is another object at the same position, its passages where they were.
        Event renamed = org.sourceline.edit.EventBuilder.from(first).title("Renamed").build();
        boolean[] askedForLayout = new boolean[1];
        List<javafx.scene.shape.Path> highlighted = new java.util.ArrayList<>();
        robot.interact(() -> {
            try {
                model.apply(new org.sourceline.edit.ChangeEvent(first.id(), renamed, "Rename"));
            } catch (org.sourceline.edit.EditException e) {
                throw new IllegalStateException(e);
            }
            for (javafx.scene.Node paragraph : robot.lookup(".article-paragraph").queryAll()) {
                askedForLayout[0] |= ((javafx.scene.Parent) paragraph).isNeedsLayout();
            }
            highlighted.addAll(panel.reader().shownPassages(0));
        });
        assertThat(model.getSelectedEvent()).isSameAs(model.getDataset().events().get(0));
        assertThat(askedForLayout[0]).isFalse();
        // Drawn again at once for the new version: the renamed event's passages are the selected ones.
        assertThat(highlighted).isNotEmpty().allMatch(s -> s.getStyleClass().contains("selected-passage"));
    }

    @Test
    void searchFindsEveryRepetition(FxRobot robot) {
        robot.interact(() -> panel.reader().openSearch());
        robot.write("zelensky");
        int copies = TextMatches.find(loaded.dataset().article().text(), "Zelensky").count();
        assertThat(copies).isGreaterThan(150);
        Label count = robot.lookup("#article-search-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 of " + copies);
        robot.interact(() -> {
            for (int i = 0; i < copies - 1; i++) {
                panel.reader().findNext();
            }
        });
        assertThat(count.getText()).isEqualTo(copies + " of " + copies);
        assertThat(robot.lookup(".current-match").queryAll()).hasSize(1);
        assertThat(paragraphViews(robot)).isBetween(1, 40);
    }

    @Test
    void bigDatasetsGetTheirHighlightsFromABackgroundThread(FxRobot robot) throws Exception {
        int before = ArticleReader.backgroundRunsThreshold;
        ArticleReader.backgroundRunsThreshold = 0;
        try {
            int[] runsRightAfterOpening = new int[1];
            LoadedDataset again = ArticleReaderBenchmarks.copyOf(loaded);
            robot.interact(() -> {
                model.open(again, null);
                runsRightAfterOpening[0] = panel.reader().runs().size();
            });
            // The text is there at once; the runs come later, from the worker.
            assertThat(runsRightAfterOpening[0]).isZero();
            assertThat(panel.reader().blocks().size()).isGreaterThan(2000);
            Event first = again.dataset().events().get(0);
            robot.interact(() -> panel.reader().reveal(first.evidence().get(0).start()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panel.reader().shownPassages(0).isEmpty());
            assertThat(panel.reader().runs().size()).isGreaterThanOrEqualTo(again.dataset().evidenceCount());
        } finally {
            ArticleReader.backgroundRunsThreshold = before;
        }
    }

    /**
     * Past the threshold, an undo of New Event leaves at once the highlights of the dataset
     * without the event (its passages' runs found, the others copied), not those with it.
     */
    @Test
    void anUndoneNewEventsHighlightsGoAtOnce(FxRobot robot) throws Exception {
        int before = ArticleReader.backgroundRunsThreshold;
        ArticleReader.backgroundRunsThreshold = 0;
        try {
            LoadedDataset again = ArticleReaderBenchmarks.copyOf(loaded);
            robot.interact(() -> model.open(again, null));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.reader().runs().size() > 0);
            int size = again.dataset().events().size();
            Event made = org.sourceline.edit.EventBuilder.from(again.dataset().events().get(3)).id("undone-event")
                    .title("Undone").build();
            robot.interact(() -> {
                try {
                    model.apply(new org.sourceline.edit.NewEvent(made));
                } catch (org.sourceline.edit.EditException e) {
                    throw new IllegalStateException(e);
                }
            });
            // The new event's passages highlighted (computed in the background).
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runEvents(panel.reader().runs()).contains(size));
            HighlightRuns[] rightAfter = new HighlightRuns[1];
            robot.interact(() -> {
                model.undo();
                rightAfter[0] = panel.reader().runs();
            });
            assertThat(runEvents(rightAfter[0])).doesNotContain(size);
            HighlightRuns expected = HighlightRuns.of(again.dataset(), again.dataset().article().id());
            assertThat(rightAfter[0].size()).isEqualTo(expected.size());
            for (int r = 0; r < expected.size(); r++) {
                assertThat(rightAfter[0].start(r)).isEqualTo(expected.start(r));
                assertThat(rightAfter[0].end(r)).isEqualTo(expected.end(r));
                assertThat(rightAfter[0].events(r)).isEqualTo(expected.events(r));
            }
        } finally {
            ArticleReader.backgroundRunsThreshold = before;
        }
    }

    private static java.util.Set<Integer> runEvents(HighlightRuns runs) {
        java.util.Set<Integer> events = new java.util.HashSet<>();
        for (int r = 0; r < runs.size(); r++) {
            for (int e : runs.events(r)) {
                events.add(e);
            }
        }
        return events;
    }

    private String quote(FxRobot robot) {
        return robot.lookup(".quote-text").queryAll().stream().filter(javafx.scene.Node::isVisible).findFirst()
                .map(n -> ((javafx.scene.control.TextArea) n).getText()).orElse(null);
    }
}
