package org.sourceline.ui.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.sourceline.model.Article;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;
import org.sourceline.query.TextFolding;
import org.sourceline.ui.LoadedDataset;

/**
 * The filter panel's <b>Sources</b> section: the articles (title and outlet, how many events
 * each quotes), the outlets, "at least N sources" and "disputed only", each count applying every
 * other filter. The panel owns the filter; this section shows its source part and reports the
 * user's changes through {@code changed}.
 *
 * <p>With one article there is nothing to choose between, so the section says so and keeps
 * what still tells something: which events the article disputes, and the count of events it
 * quotes.
 */
final class SourceFilterSection {
    /** Past this many articles the list gets a search box. */
    private static final int SEARCH_FROM = 8;

    private final Runnable changed;
    private final TitledPane pane;
    private final Label note = new Label();
    private final TextField articleSearch = TextFields.createClearableTextField();
    private final CheckListView<Article> articleList = new CheckListView<>();
    private final HBox articleChecks;
    private final Label outletHeading = new Label("Outlets");
    private final CheckListView<String> outletList = new CheckListView<>();
    private final CheckBox leastBox = new CheckBox("At least");
    private final Spinner<Integer> leastSpinner = new Spinner<>(1, 2, 2);
    private final Label leastCount = new Label();
    private final CheckBox disputedBox = new CheckBox("Disputed only");
    private final Label disputedCount = new Label();

    private final List<Article> allArticles = new ArrayList<>();
    /** Ids of checked articles: the truth, kept apart from the list (which the search narrows). */
    private final Set<String> checkedArticles = new HashSet<>();
    private LoadedDataset loaded;
    private FilterResult result;
    private boolean updating;

    SourceFilterSection(Runnable changed) {
        this.changed = changed;
        note.setId("sources-note");
        note.getStyleClass().add("filter-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        articleSearch.setId("article-search");
        articleSearch.setPromptText("Find an article or outlet");
        articleSearch.textProperty().addListener((obs, old, text) -> showArticleItems());
        articleList.setId("article-list");
        articleList.setCellFactory(list -> new ArticleCell());
        articleList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Article>) c -> {
            if (updating) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(a -> checkedArticles.add(a.id()));
                c.getRemoved().forEach(a -> checkedArticles.remove(a.id()));
            }
            changed.run();
        });
        Hyperlink all = new Hyperlink("all");
        all.setId("articles-all");
        all.setOnAction(e -> setAllArticles(true));
        Hyperlink none = new Hyperlink("none");
        none.setId("articles-none");
        none.setOnAction(e -> setAllArticles(false));
        articleChecks = new HBox(2, new Label("Check"), all, new Label("·"), none);
        articleChecks.setAlignment(Pos.CENTER_LEFT);
        articleChecks.getStyleClass().add("filter-note");

        outletHeading.getStyleClass().add("filter-subheading");
        outletList.setId("outlet-list");
        outletList.setCellFactory(list -> new FilterPanel.CountedCheckCell<>(outletList, SourceFilterSection::outletName,
                this::outletCount, o -> null, counts));
        outletList.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                changed.run();
            }
        });

        leastBox.setId("least-sources");
        leastBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        leastBox.setTooltip(new Tooltip("Keep events that at least this many different articles support "
                + "(a quote that disputes an event is no source of it)"));
        leastSpinner.setId("least-sources-count");
        leastSpinner.setPrefWidth(64);
        leastSpinner.setEditable(true);
        leastSpinner.disableProperty().bind(leastBox.selectedProperty().not());
        leastBox.selectedProperty().addListener((obs, was, now) -> fire());
        leastSpinner.valueProperty().addListener((obs, old, now) -> {
            showLeastCount();
            fire();
        });
        leastCount.getStyleClass().add("filter-count");
        leastCount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label sourcesWord = new Label("sources");
        sourcesWord.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox leastRow = new HBox(6, leastBox, leastSpinner, sourcesWord, leastCount);
        leastRow.setAlignment(Pos.CENTER_LEFT);

        disputedBox.setId("disputed-only");
        disputedBox.setTooltip(new Tooltip("Keep events that a quote denies or contradicts"));
        disputedBox.selectedProperty().addListener((obs, was, now) -> fire());
        disputedCount.getStyleClass().add("filter-count");
        HBox disputedRow = new HBox(6, disputedBox, disputedCount);
        disputedRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, note, articleSearch, articleList, articleChecks, outletHeading, outletList, leastRow,
                disputedRow);
        pane = new TitledPane("Sources", box);
        pane.setId("sources-section");
        pane.setAnimated(false);
        pane.getStyleClass().add("filter-section");
    }

    TitledPane pane() {
        return pane;
    }

    private void fire() {
        if (!updating) {
            changed.run();
        }
    }

    // ----- labels with counts --------------------------------------------------------------

    /** "Title · Outlet" (the outlet left out when unknown): what the search box looks in. */
    static String label(Article article) {
        String outlet = outletLine(article);
        return title(article) + (outlet.isEmpty() ? "" : " · " + outlet);
    }

    private static String title(Article article) {
        return article.title() == null || article.title().isBlank() ? article.id() : article.title();
    }

    /** The article's second line: outlet and publication, as far as known. */
    private static String outletLine(Article article) {
        String when = article.published() == null ? null : article.published().displayText();
        if (article.outlet() == null) {
            return when == null ? "" : when;
        }
        return when == null ? article.outlet() : article.outlet() + " · " + when;
    }

    /**
     * An article of the list: check box, title over outlet and date (each elided when narrow),
     * and how many events it would show.
     */
    /** The filter result whose counts the lists show: the cells follow it instead of being made again. */
    private final javafx.beans.property.ObjectProperty<FilterResult> counts =
            new javafx.beans.property.SimpleObjectProperty<>(this, "counts");

    private final class ArticleCell extends javafx.scene.control.ListCell<Article> {
        static final double HEIGHT = 40;
        private final CheckBox box = new CheckBox();
        private final Label title = new Label();
        private final Label outlet = new Label();
        private final Label count = new Label();
        private final HBox row;
        private javafx.beans.property.BooleanProperty bound;

        ArticleCell() {
            title.setMinWidth(0);
            title.getStyleClass().add("article-title");
            outlet.setMinWidth(0);
            outlet.getStyleClass().add("filter-note");
            count.getStyleClass().add("filter-count");
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox lines = new VBox(0, title, outlet);
            lines.setMinWidth(0);
            HBox.setHgrow(lines, javafx.scene.layout.Priority.ALWAYS);
            row = new HBox(6, box, lines, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setPrefWidth(0);
            counts.addListener(new javafx.beans.value.WeakChangeListener<>(countsChanged));
        }

        /** Held by the cell, heard through a weak listener: a cell the list drops is not kept by the counts. */
        private final javafx.beans.value.ChangeListener<FilterResult> countsChanged = (obs, old, now) -> showCount();

        private void showCount() {
            Article article = getItem();
            if (article != null && !isEmpty()) {
                int n = articleCount(article);
                count.setText(n < 0 ? "" : String.format("%,d", n));
            }
        }

        @Override
        protected void updateItem(Article article, boolean empty) {
            super.updateItem(article, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || article == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bound = articleList.getItemBooleanProperty(article);
            if (bound != null) {
                box.selectedProperty().bindBidirectional(bound);
            }
            title.setText(title(article));
            String line = outletLine(article);
            outlet.setText(line.isEmpty() ? "Outlet unknown" : line);
            showCount();
            setGraphic(row);
            setTooltip(new Tooltip(title(article) + "\n" + (line.isEmpty() ? "Outlet unknown" : line) + "\nid: "
                    + article.id()));
        }
    }

    private static String outletName(String key) {
        return key.isEmpty() ? "Outlet unknown" : key;
    }

    private int articleCount(Article article) {
        if (result == null || loaded == null) {
            return -1;
        }
        int a = loaded.index().indexOfArticle(article.id());
        return a < 0 ? -1 : result.articleCount(a);
    }

    private int outletCount(String key) {
        if (result == null || loaded == null) {
            return -1;
        }
        int o = loaded.index().indexOfOutlet(key);
        return o < 0 ? -1 : result.outletCount(o);
    }

    // ----- model → section -----------------------------------------------------------------

    /**
     * A new version of the open dataset: true when it lists the same articles and outlets and
     * the same most sources as the one shown (the controls stay as they are and take the new
     * version for their counts); false when the section must be rebuilt.
     */
    boolean follow(LoadedDataset dataset) {
        if (loaded == null || dataset == null || !dataset.dataset().articles().equals(loaded.dataset().articles())
                || mostSources(dataset) != mostSources(loaded)) {
            return false;
        }
        EventIndex was = loaded.index();
        EventIndex now = dataset.index();
        if (was.outletCount() != now.outletCount()) {
            return false;
        }
        for (int o = 0; o < now.outletCount(); o++) {
            if (!now.outlet(o).equals(was.outlet(o))) {
                return false;
            }
        }
        loaded = dataset;
        return true;
    }

    private static int mostSources(LoadedDataset dataset) {
        return dataset.index().totals().mostSources();
    }

    /** A new dataset: its articles and outlets, in file order. */
    void rebuild(LoadedDataset dataset) {
        updating = true;
        try {
            loaded = dataset;
            result = null;
            allArticles.clear();
            checkedArticles.clear();
            articleSearch.clear();
            if (dataset == null) {
                articleList.getItems().clear();
                outletList.getItems().clear();
                return;
            }
            EventIndex index = dataset.index();
            allArticles.addAll(dataset.dataset().articles());
            int articles = allArticles.size();
            setShown(articleSearch, articles > SEARCH_FROM);
            setShown(articleChecks, articles > 1);
            articleList.setPrefHeight(Math.min(articles, 6) * ArticleCell.HEIGHT + 4);
            List<String> outlets = new ArrayList<>();
            for (int o = 0; o < index.outletCount(); o++) {
                outlets.add(index.outlet(o));
            }
            outletList.getItems().setAll(outlets);
            outletList.setPrefHeight(Math.min(outlets.size(), 6) * 26 + 4);
            setShown(outletHeading, outlets.size() > 1);
            setShown(outletList, outlets.size() > 1);
            int most = mostSources(dataset);
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) leastSpinner.getValueFactory()).setMax(Math.max(2, most));
            pane.setText(String.format("Sources · %,d %s", articles, articles == 1 ? "article" : "articles"));
            if (articles == 1) {
                Article only = allArticles.get(0);
                note.setText("One article" + (only.credit().isEmpty() ? "" : " (" + only.credit() + ")")
                        + ": every event has at most one source. Choosing among sources helps once a dataset has "
                        + "several (File → Merge Dataset…).");
            } else {
                note.setText(String.format("%,d articles from %s. An event is kept when it quotes a checked article of "
                        + "a checked outlet.", articles, outlets.size() == 1 ? outletName(outlets.get(0))
                        : String.format("%,d outlets", outlets.size())));
            }
        } finally {
            updating = false;
        }
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Shows a filter's source part. */
    void show(EventFilter filter) {
        if (loaded == null) {
            return;
        }
        updating = true;
        try {
            checkedArticles.clear();
            for (Article article : allArticles) {
                if (filter.articles() == null || filter.articles().contains(article.id())) {
                    checkedArticles.add(article.id());
                }
            }
            showArticleItems();
            for (String outlet : outletList.getItems()) {
                if (filter.outlets() == null || filter.outlets().contains(outlet)) {
                    outletList.getCheckModel().check(outlet);
                } else {
                    outletList.getCheckModel().clearCheck(outlet);
                }
            }
            leastBox.setSelected(filter.minSources() > 0);
            if (filter.minSources() > 0) {
                var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) leastSpinner.getValueFactory();
                factory.setMax(Math.max(factory.getMax(), filter.minSources()));
                factory.setValue(filter.minSources());
            }
            disputedBox.setSelected(filter.disputedOnly());
        } finally {
            updating = false;
        }
    }

    /** Shows the counts of a filter result. */
    void showCounts(FilterResult counts) {
        result = counts;
        if (counts == null) {
            leastCount.setText("");
            disputedCount.setText("");
            return;
        }
        showLeastCount();
        disputedCount.setText(String.format("%,d", counts.disputedCount()));
        this.counts.set(counts);
    }

    /** How many events "at least N sources" keeps, for the N shown, whether or not it is on. */
    private void showLeastCount() {
        Integer least = leastSpinner.getValue();
        leastCount.setText(result == null || least == null ? "" : String.format("%,d", result.atLeastSourcesCount(least)));
    }

    /** Shows the articles matching the search box (title, outlet or id), with their check marks. */
    private void showArticleItems() {
        boolean was = updating;
        updating = true;
        try {
            String needle = TextFolding.fold(articleSearch.getText().strip());
            List<Article> shown = new ArrayList<>();
            for (Article article : allArticles) {
                if (needle.isEmpty() || TextFolding.contains(label(article), needle)
                        || TextFolding.contains(article.id(), needle)) {
                    shown.add(article);
                }
            }
            articleList.getCheckModel().clearChecks();
            articleList.getItems().setAll(shown);
            CheckMarks.checkWhere(articleList, article -> checkedArticles.contains(article.id()));
        } finally {
            updating = was;
        }
    }

    private void setAllArticles(boolean checked) {
        checkedArticles.clear();
        if (checked) {
            allArticles.forEach(a -> checkedArticles.add(a.id()));
        }
        boolean was = updating;
        updating = true;
        try {
            showArticleItems();
        } finally {
            updating = was;
        }
        changed.run();
    }

    // ----- section → filter ----------------------------------------------------------------

    /** The filter with the source part this section shows. */
    EventFilter applyTo(EventFilter filter) {
        Set<String> articles = checkedArticles.size() == allArticles.size() ? null : Set.copyOf(checkedArticles);
        List<String> checkedOutlets = outletList.getCheckModel().getCheckedItems();
        Set<String> outlets = checkedOutlets.size() == outletList.getItems().size() ? null
                : new LinkedHashSet<>(checkedOutlets);
        int least = leastBox.isSelected() && leastSpinner.getValue() != null ? leastSpinner.getValue() : 0;
        return filter.withArticles(articles).withOutlets(outlets).withMinSources(least)
                .withDisputedOnly(disputedBox.isSelected());
    }

    /** For tests: the articles the list shows. */
    List<Article> shownArticles() {
        return List.copyOf(articleList.getItems());
    }
}
