package org.sourceline.ui.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourceline.model.Article;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.query.EventIndex;
import org.sourceline.text.TimeWords;

/**
 * Above the reader of a dataset of several articles: a list to choose the article shown (each
 * entry its title, outlet, date and how many events quote it), and for the selected event the
 * other articles that quote it, each one click from its passage ("also quoted in Paper"). A
 * dataset of one article shows neither.
 */
final class ArticleSwitcher extends VBox {
    private final ArticleReader reader;
    private final ComboBox<Article> choice = new ComboBox<>();
    private final Label count = new Label();
    private final Label elsewhereLabel = new Label();
    private final FlowPane elsewhere = new FlowPane(8, 2);
    private EventIndex index;
    private boolean updating;

    ArticleSwitcher(ArticleReader reader) {
        this.reader = reader;
        setId("article-switcher");
        getStyleClass().add("article-switcher");
        setSpacing(3);
        choice.setId("article-choice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setMinWidth(0);
        choice.setVisibleRowCount(12);
        choice.setCellFactory(list -> new ArticleCell());
        choice.setButtonCell(new ArticleCell());
        choice.setTooltip(new Tooltip("The article shown below: choose another to read it and select passages in it"));
        choice.getSelectionModel().selectedItemProperty().addListener((obs, old, article) -> {
            if (!updating && article != null) {
                reader.showArticle(article.id());
            }
        });
        count.getStyleClass().add("muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label("Article");
        name.getStyleClass().add("section-heading");
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setLabelFor(choice);
        HBox row = new HBox(6, name, choice, count);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choice, Priority.ALWAYS);
        elsewhere.setId("article-elsewhere");
        elsewhere.getStyleClass().add("article-elsewhere");
        elsewhere.setAlignment(Pos.CENTER_LEFT);
        elsewhereLabel.getStyleClass().add("muted");
        elsewhereLabel.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().setAll(row, elsewhere);
        setShown(this, false);
        setShown(elsewhere, false);
    }

    /** A new dataset or version: lists its articles (hidden when there is only one). */
    void datasetChanged(EventIndex index, Article shown) {
        this.index = index;
        boolean several = index != null && index.articleCount() > 1;
        setShown(this, several);
        updating = true;
        try {
            choice.getItems().setAll(several ? index.dataset().articles() : List.of());
            count.setText(several ? index.articleCount() + " articles" : "");
            choice.getSelectionModel().select(several ? shown : null);
        } finally {
            updating = false;
        }
    }

    /** The reader shows another article, or the selection changed: the list and the links follow. */
    void shownChanged(Article shown, Event selected) {
        if (index == null || index.articleCount() < 2) {
            setShown(elsewhere, false);
            return;
        }
        updating = true;
        try {
            choice.getSelectionModel().select(shown);
        } finally {
            updating = false;
        }
        showElsewhere(shown, selected);
    }

    /** The other articles quoting the selected event, each a link to its first passage there. */
    private void showElsewhere(Article shown, Event selected) {
        Map<String, List<Evidence>> others = new LinkedHashMap<>();
        boolean here = false;
        if (selected != null) {
            for (Evidence passage : selected.evidence()) {
                if (shown != null && passage.articleId().equals(shown.id())) {
                    here = true;
                } else {
                    others.computeIfAbsent(passage.articleId(), id -> new ArrayList<>()).add(passage);
                }
            }
        }
        if (others.isEmpty()) {
            setShown(elsewhere, false);
            elsewhere.getChildren().clear();
            return;
        }
        elsewhereLabel.setText(here ? "Also quoted in" : "Not quoted in this article; quoted in");
        List<javafx.scene.Node> links = new ArrayList<>();
        links.add(elsewhereLabel);
        for (Map.Entry<String, List<Evidence>> entry : others.entrySet()) {
            Article article = index.dataset().article(entry.getKey());
            if (article == null) {
                continue;
            }
            List<Evidence> passages = entry.getValue();
            boolean disputes = passages.stream().allMatch(Evidence::disputes);
            Hyperlink link = new Hyperlink(shortName(article) + (disputes ? " (disputes)" : "")
                    + (passages.size() > 1 ? " · " + passages.size() + " passages" : ""));
            link.getStyleClass().add("article-link");
            link.setId("elsewhere-" + article.id());
            link.setMnemonicParsing(false);
            link.setTooltip(new Tooltip("Show the passage in " + describe(article, -1)));
            Evidence first = passages.get(0);
            link.setOnAction(e -> reader.showPassage(first));
            links.add(link);
        }
        elsewhere.getChildren().setAll(links);
        setShown(elsewhere, true);
    }

    /** The outlet, else the title, else the id: the name a link or heading gives an article. */
    static String shortName(Article article) {
        return article.outlet() != null ? article.outlet() : article.title() != null ? article.title() : article.id();
    }

    /** "“Title” — Outlet · about January 2023 · 3 events" (what is unknown is left out; no count when -1). */
    static String describe(Article article, int events) {
        StringBuilder sb = new StringBuilder(article.title() == null ? article.id() : "“" + article.title() + "”");
        if (article.outlet() != null) {
            sb.append(" — ").append(article.outlet());
        }
        if (article.published() != null) {
            sb.append(" · ").append(TimeWords.describe(article.published()));
        }
        if (events >= 0) {
            sb.append(" · ").append(events == 1 ? "1 event" : events + " events");
        }
        return sb.toString();
    }

    private int eventsOf(Article article) {
        int a = index == null ? -1 : index.indexOfArticle(article.id());
        return a < 0 ? 0 : index.eventsCiting(a);
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** One article in the list: its title, outlet, date and how many events quote it. */
    private final class ArticleCell extends ListCell<Article> {
        ArticleCell() {
            setMnemonicParsing(false);
        }

        @Override
        protected void updateItem(Article article, boolean empty) {
            super.updateItem(article, empty);
            if (empty || article == null) {
                setText(null);
                return;
            }
            setText(describe(article, eventsOf(article)));
        }
    }

    // ----- for tests -----------------------------------------------------------------------

    ComboBox<Article> choice() {
        return choice;
    }

    FlowPane elsewhere() {
        return elsewhere;
    }
}
