package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The source panel on a dataset of three articles (three-articles.json): the article list above
 * the reader, highlights of the shown article only, a disputed event's quotes grouped by article
 * and stance, the Sources column, and File → Add Article to Dataset… with undo.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleSwitchTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private AppModel model;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        window = TestWindows.showing(stage, model, dir, LoadedDataset.of(new DatasetReader().readResource("/datasets/three-articles.json"), null));
    }

    private ArticleReader reader(FxRobot robot) {
        return robot.lookup("#article-reader").queryAs(ArticleReader.class);
    }

    private Dataset dataset() {
        return model.getDataset();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> model.setSelectedEvent(dataset().event(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The passages the reader highlights, as the article's words. */
    private static List<String> highlighted(ArticleReader reader) {
        List<String> words = new ArrayList<>();
        for (int r = 0; r < reader.runs().size(); r++) {
            words.add(reader.text().substring(reader.runs().start(r), reader.runs().end(r)));
        }
        return words;
    }

    @Test
    void theListSwitchesTheArticleAndOnlyItsOwnPassagesAreHighlighted(FxRobot robot) {
        ArticleReader reader = reader(robot);
        ArticleSwitcher switcher = reader.switcher();
        assertThat(isShown(switcher)).isTrue();
        assertThat(switcher.choice().getItems()).extracting(Article::id).containsExactly("wire", "paper", "blog");
        assertThat(reader.shownArticle().id()).isEqualTo("wire");
        assertThat(highlighted(reader)).containsExactly("Alpha met Beta in 2022.",
                "Alpha signed a deal with Beta in 2023.", "Gamma struck Beta in 2021.");
        // Each entry: title, outlet and how many events quote it.
        assertThat(ArticleSwitcher.describe(dataset().article("paper"), 3)).isEqualTo("“No meeting” — Paper · 3 events");

        robot.interact(() -> switcher.choice().getSelectionModel().select(dataset().article("paper")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.shownArticle().id()).isEqualTo("paper");
        assertThat(reader.text()).startsWith("Beta denied meeting Alpha.");
        assertThat(highlighted(reader)).containsExactly("Beta denied meeting Alpha.",
                "Alpha met Beta in 2022, a source said.", "No strike took place, Gamma said.");
        assertThat(robot.lookup("#article-title").queryAs(Label.class).getText()).isEqualTo("No meeting");
    }

    @Test
    void aDisputedEventShowsItsQuotesByArticleAndStanceAndIsMarkedEverywhere(FxRobot robot) {
        select(robot, "meeting");
        ArticleReader reader = reader(robot);
        // Quoted in the article shown: the reader stays, and offers the other article one click away.
        assertThat(reader.shownArticle().id()).isEqualTo("wire");
        Hyperlink other = robot.lookup("#elsewhere-paper").queryAs(Hyperlink.class);
        assertThat(isShown(other)).isTrue();
        assertThat(other.getText()).startsWith("Paper");

        assertThat(robot.lookup("#quote-source-wire").queryAs(Label.class).getText()).contains("Alpha meets Beta").contains("Wire");
        assertThat(robot.lookup("#quote-source-paper").queryAs(Label.class).getText()).contains("No meeting").contains("Paper");
        assertThat(robot.lookup("#sources-chip").queryAs(Label.class).getText()).isEqualTo("2 sources");
        assertThat(isShown(robot.lookup("#disputed-chip").query())).isTrue();
        // Under the paper's heading: its supporting quote, then the disputing one, marked.
        List<String> order = new ArrayList<>();
        for (Node node : robot.lookup("#quotes").queryAs(javafx.scene.layout.VBox.class).getChildren()) {
            if (!isShown(node)) {
                continue;
            }
            if (node.getStyleClass().contains("quote-source-heading")) {
                order.add("# " + ((Label) node).getText());
            } else if (node.getStyleClass().contains("quote-block")) {
                String quote = ((TextArea) node.lookup(".quote-text")).getText();
                boolean disputes = isShown(node.lookup(".disputes-label"));
                order.add((disputes ? "disputes: " : "") + quote);
            }
        }
        assertThat(order).containsExactly("# “Alpha meets Beta” — Wire", "Alpha met Beta in 2022.",
                "# “No meeting” — Paper", "Alpha met Beta in 2022, a source said.", "disputes: Beta denied meeting Alpha.");

        @SuppressWarnings("unchecked")
        TableView<Event> table = window.eventTable();
        TableColumn<Event, ?> sources = table.getColumns().stream().filter(c -> "sources-column".equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(sources.isVisible()).isTrue();
        assertThat(org.sourceline.text.Corroboration.label(dataset().event("meeting"))).isEqualTo("2 sources · disputed");

        // The link moves the reader to the other article, at the event's passage there.
        robot.interact(other::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.shownArticle().id()).isEqualTo("paper");
        assertThat(isShown(robot.lookup("#elsewhere-wire").query())).isTrue();
    }

    @Test
    void anEventQuotedOnlyElsewhereMovesTheReaderUnlessWordsAreSelected(FxRobot robot) {
        ArticleReader reader = reader(robot);
        select(robot, "rumour");
        assertThat(reader.shownArticle().id()).isEqualTo("paper");

        robot.interact(() -> reader.switcher().choice().getSelectionModel().select(dataset().article("blog")));
        robot.interact(() -> reader.selectPassage(0, 5));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "deal");
        // Words are selected in the blog (maybe to become the deal's evidence): the reader stays and offers the wire.
        assertThat(reader.shownArticle().id()).isEqualTo("blog");
        assertThat(reader.getSelection()).isNotNull();
        Hyperlink wire = robot.lookup("#elsewhere-wire").queryAs(Hyperlink.class);
        assertThat(isShown(wire)).isTrue();
        // The selection becomes evidence of the article shown, not of the first one.
        Evidence passage = window.editing().selectedPassage();
        assertThat(passage.articleId()).isEqualTo("blog");
        assertThat(passage.exact()).isEqualTo("Gamma");
    }

    @Test
    void showInArticleOnAQuoteOfAnotherArticleSwitchesToIt(FxRobot robot) {
        select(robot, "strike");
        ArticleReader reader = reader(robot);
        assertThat(reader.shownArticle().id()).isEqualTo("wire");
        Button blogShow = null;
        for (Node block : robot.lookup(".quote-block").queryAll()) {
            if (isShown(block) && ((TextArea) block.lookup(".quote-text")).getText().contains("locals wrote")) {
                blogShow = (Button) block.lookup(".show-in-article");
            }
        }
        assertThat(blogShow).isNotNull();
        Button show = blogShow;
        robot.interact(show::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.shownArticle().id()).isEqualTo("blog");
        assertThat(robot.lookup("#article-choice").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(dataset().article("blog"));
    }

    @Test
    void addArticleToDatasetShowsItSavesItsTextBesideAndUndoTakesItOut(FxRobot robot) throws Exception {
        Path file = dir.resolve("Second Report.txt");
        Files.writeString(file, "Delta joined the talks in 2022. Observers said the talks went well.\n");
        robot.interact(() -> window.addArticle().fromFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#article-details-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#details-title").queryAs(TextField.class).setText("Delta joins"));
        robot.interact(() -> robot.lookup("#details-outlet").queryAs(TextField.class).setText("Courier"));
        robot.clickOn("#details-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dataset().articles()).extracting(Article::id).containsExactly("wire", "paper", "blog", "second-report");
        Article added = dataset().article("second-report");
        assertThat(added.title()).isEqualTo("Delta joins");
        assertThat(added.outlet()).isEqualTo("Courier");
        assertThat(added.textFile()).isEqualTo("second-report.txt");
        ArticleReader reader = reader(robot);
        assertThat(reader.shownArticle().id()).isEqualTo("second-report");
        assertThat(reader.switcher().choice().getItems()).hasSize(4);
        assertThat(model.undoNameProperty().get()).isEqualTo("Add Article “Delta joins”");

        // Saved: the new article's text goes to its own file beside the dataset.
        Path saved = dir.resolve("three-plus-one.json");
        robot.interact(() -> {
            window.documents().setSaveAsChooser(() -> saved);
            window.documents().saveAs();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.isDirty());
        assertThat(Files.readString(dir.resolve("second-report.txt"))).contains("Delta joined the talks in 2022.");
        Dataset reread = new DatasetReader().load(saved);
        assertThat(reread.article("second-report").text()).isEqualTo(added.text());

        robot.interact(() -> window.editing().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dataset().articles()).extracting(Article::id).containsExactly("wire", "paper", "blog");
        assertThat(reader.shownArticle().id()).isEqualTo("wire");
        assertThat(reader.switcher().choice().getItems()).hasSize(3);
    }

    @Test
    void aDatasetOfOneArticleShowsNoListNoSourcesColumnAndNoChips(FxRobot robot) {
        robot.interact(() -> window.show(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null)));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleReader reader = reader(robot);
        assertThat(isShown(reader.switcher())).isFalse();
        select(robot, dataset().events().get(0).id());
        assertThat(isShown(robot.lookup("#sources-chip").query())).isFalse();
        assertThat(isShown(robot.lookup("#disputed-chip").query())).isFalse();
        assertThat(robot.lookup(".quote-source-heading").queryAll().stream().filter(ArticleSwitchTest::isShown)).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<Event> table = window.eventTable();
        assertThat(table.getColumns().stream().filter(c -> "sources-column".equals(c.getId())).findFirst().orElseThrow()
                .isVisible()).isFalse();
    }
}
