package org.sourceline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Event;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel's Sources section on a dataset of three articles, and on the bundled one of one article. */
@ExtendWith(ApplicationExtension.class)
class SourceFilterSectionTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private AppModel model;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        window = TestWindows.showing(stage, model, dir, LoadedDataset.of(new DatasetReader().readResource("/datasets/three-articles.json"), null));
    }

    /** Folds every other section, so that the Sources section is in view. */
    private static void showSources(FxRobot robot) {
        robot.interact(() -> {
            for (Node node : robot.lookup(".filter-section").queryAll()) {
                ((javafx.scene.control.TitledPane) node).setExpanded("sources-section".equals(node.getId()));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    /** The row of a list with a label that reads {@code name}. */
    private static Node row(FxRobot robot, String list, String name) {
        return robot.lookup(list + " .list-cell").match((Node n) -> n.lookupAll(".label").stream()
                .anyMatch(l -> name.equals(((Label) l).getText()))).query();
    }

    private static String count(Node row) {
        return ((Label) row.lookup(".filter-count")).getText();
    }

    @Test
    void articlesAndOutletsWithCountsFilterTheEvents(FxRobot robot) {
        showSources(robot);
        assertThat(count(row(robot, "#article-list", "Alpha meets Beta"))).isEqualTo("3");
        assertThat(count(row(robot, "#article-list", "No meeting"))).isEqualTo("3");
        assertThat(count(row(robot, "#article-list", "Notes"))).isEqualTo("1");
        assertThat(count(row(robot, "#outlet-list", "Outlet unknown"))).isEqualTo("1");
        assertThat(robot.lookup("#sources-note").queryAs(Label.class).getText()).startsWith("3 articles from 3 outlets.");

        robot.clickOn(row(robot, "#article-list", "No meeting").lookup(".check-box"));
        assertThat(model.getFilter().articles()).containsExactlyInAnyOrder("wire", "blog");
        assertThat(ids(model.visibleEvents())).containsExactlyInAnyOrder("meeting", "deal", "strike");
        // The article's own count still says what checking it again would add (every other filter applied).
        assertThat(count(row(robot, "#article-list", "No meeting"))).isEqualTo("3");

        robot.clickOn("#disputed-only");
        assertThat(model.getFilter().disputedOnly()).isTrue();
        assertThat(ids(model.visibleEvents())).containsExactlyInAnyOrder("meeting", "strike");
        assertThat(robot.lookup("#filter-summary").queryAs(Label.class).getText()).contains("2 filters active");

        robot.clickOn("#clear-filters");
        assertThat(model.visibleEvents()).hasSize(5);
        assertThat(robot.lookup("#disputed-only").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void atLeastNSourcesAndAFilterSetElsewhere(FxRobot robot) {
        showSources(robot);
        robot.clickOn("#least-sources");
        assertThat(model.getFilter().minSources()).isEqualTo(2);
        assertThat(ids(model.visibleEvents())).containsExactlyInAnyOrder("meeting", "strike");

        robot.interact(() -> model.setFilter(model.getFilter().withMinSources(0).withOutlets(Set.of("Paper"))
                .withArticles(Set.of("paper", "wire"))));
        @SuppressWarnings("unchecked")
        CheckListView<String> outlets = robot.lookup("#outlet-list").queryAs(CheckListView.class);
        assertThat(outlets.getCheckModel().getCheckedItems()).containsExactly("Paper");
        @SuppressWarnings("unchecked")
        CheckListView<Article> articles = robot.lookup("#article-list").queryAs(CheckListView.class);
        assertThat(articles.getCheckModel().getCheckedItems()).extracting(Article::id).containsExactlyInAnyOrder("paper", "wire");
        assertThat(robot.lookup("#least-sources").queryAs(CheckBox.class).isSelected()).isFalse();
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup("#least-sources-count").queryAs(Spinner.class);
        assertThat(spinner.isDisabled()).isTrue();
        assertThat(ids(model.visibleEvents())).containsExactlyInAnyOrder("meeting", "strike", "rumour");
    }

    @Test
    void oneArticleSaysSoAndHidesTheOutlets(FxRobot robot) {
        robot.interact(window::openBundled);
        showSources(robot);
        assertThat(robot.lookup("#sources-note").queryAs(Label.class).getText())
                .startsWith("One article (Foreign Policy — “Iran and Russia Are Closer Than Ever Before”)")
                .contains("File → Merge Dataset…");
        assertThat(robot.lookup("#outlet-list").query().isVisible()).isFalse();
        int total = model.getLoaded().dataset().events().size();
        assertThat(count(row(robot, "#article-list", "Iran and Russia Are Closer Than Ever Before")))
                .isEqualTo(Integer.toString(total));
    }
}
