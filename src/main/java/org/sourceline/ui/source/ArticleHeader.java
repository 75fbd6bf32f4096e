package org.sourceline.ui.source;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourceline.model.Article;
import org.sourceline.text.Citation;

/**
 * The article's title and what is known about it, above its text: outlet, author, publication
 * and address, each "unknown" when the dataset does not know it, and the notes on provenance.
 */
final class ArticleHeader extends VBox {
    private final Label title = label("article-title");
    private final Label outlet = label("article-outlet");
    private final Label author = label("article-meta");
    private final Label published = label("article-meta");
    private final Label url = label("article-meta");
    private final Label publicationNote = label("article-note");
    private final Label note = label("article-note");

    ArticleHeader() {
        getStyleClass().add("article-header");
        setId("article-header");
        title.setId("article-title");
        outlet.setId("article-outlet");
        author.setId("article-author");
        published.setId("article-published");
        url.setId("article-url");
        setSpacing(2);
    }

    /** The article shown, and whether one (or none) was shown yet. */
    private Article shown;
    private boolean filled;

    /** Shows {@code article}'s title and details; the same article again (a refresh) changes nothing, so asks for no layout. */
    void show(Article article) {
        if (filled && article == shown) {
            return;
        }
        filled = true;
        shown = article;
        getChildren().clear();
        if (article == null) {
            return;
        }
        title.setText(article.title() == null ? "Untitled article" : article.title());
        outlet.setText(article.outlet() == null ? "Outlet unknown" : article.outlet());
        author.setText("Author: " + (article.author() == null ? "unknown" : article.author()));
        published.setText("Published: " + Citation.published(article.published()));
        url.setText("URL: " + (article.url() == null ? "unknown" : article.url()));
        getChildren().addAll(title, outlet, author, published, url);
        String when = article.published() == null ? null : article.published().note();
        if (when != null) {
            publicationNote.setText("Publication date: " + when);
            getChildren().add(publicationNote);
        }
        if (article.note() != null) {
            note.setText(article.note());
            getChildren().add(note);
        }
        if (!article.hasText()) {
            Label missing = label("article-note");
            missing.setText("The article's text is not part of this dataset, so its passages cannot be shown.");
            missing.setId("article-missing");
            getChildren().add(missing);
        }
        getChildren().add(new Separator());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMinWidth(0);
        return label;
    }
}
