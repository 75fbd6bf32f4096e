package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;

/**
 * Changes to what a dataset says about its sources, and to its own title: an article's title,
 * outlet, author, URL, publication date and note ("Change Article Details"), another article
 * ("Add Article “…”"), the dataset's title ("Rename Dataset"). An article's text never changes:
 * every quote's offsets count into it.
 */
public final class ArticleEdits {
    private ArticleEdits() {
    }

    /** Replaces the metadata of the article with {@code changed}'s id; its text must stay the same. */
    public static Edit change(Article changed) {
        return new Edit() {
            @Override
            public String name() {
                return "Change Article Details";
            }

            @Override
            public Applied apply(Dataset dataset, EventLookup events) throws EditException {
                Article current = dataset.article(changed.id());
                if (current == null) {
                    throw new EditException("no article \"" + changed.id() + "\" in the dataset");
                }
                if (!current.text().equals(changed.text())) {
                    throw new EditException("an article's text cannot change: every quote's offsets count into it");
                }
                if (current.equals(changed)) {
                    throw new EditException("nothing to change: the article is already like this");
                }
                if (DatasetRules.blankToNull(changed.title()) == null) {
                    throw new EditException(DatasetRules.emptyText("title"));
                }
                List<Article> articles = new ArrayList<>(dataset.articles());
                articles.set(articles.indexOf(current), changed);
                return new Applied(Versions.with(dataset, articles, dataset.actors(), dataset.events()),
                        new DatasetDiff(new int[0], new int[0], new int[0], new int[0], true, false), null);
            }
        };
    }

    /** Adds an article, whose passages events may then quote. */
    public static Edit add(Article article) {
        return new Edit() {
            @Override
            public String name() {
                return "Add Article " + Versions.quoted(article.title());
            }

            @Override
            public Applied apply(Dataset dataset, EventLookup events) throws EditException {
                if (article.id().isBlank()) {
                    throw new EditException(DatasetRules.emptyId("article"));
                }
                if (dataset.article(article.id()) != null) {
                    throw new EditException(DatasetRules.duplicateArticleId(article.id()));
                }
                if (DatasetRules.blankToNull(article.title()) == null) {
                    throw new EditException(DatasetRules.emptyText("title"));
                }
                List<Article> articles = new ArrayList<>(dataset.articles());
                articles.add(article);
                return new Applied(Versions.with(dataset, articles, dataset.actors(), dataset.events()),
                        new DatasetDiff(new int[0], new int[0], new int[0], new int[0], true, false), null);
            }
        };
    }

    /** Gives the dataset another title (shown in the title bar and on exports). */
    public static Edit retitle(String title) {
        return new Edit() {
            @Override
            public String name() {
                return "Rename Dataset";
            }

            @Override
            public Applied apply(Dataset dataset, EventLookup events) throws EditException {
                String t = DatasetRules.blankToNull(title);
                if (t == null) {
                    throw new EditException(DatasetRules.emptyText("title"));
                }
                if (t.equals(dataset.title())) {
                    throw new EditException("nothing to change: the dataset already has this title");
                }
                Dataset next = new Dataset(t, dataset.description(), dataset.articles(), dataset.actors(),
                        dataset.events(), dataset.eras());
                return new Applied(next, new DatasetDiff(new int[0], new int[0], new int[0], new int[0], false, true), null);
            }
        };
    }
}
