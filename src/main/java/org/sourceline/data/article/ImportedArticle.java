package org.sourceline.data.article;

import java.util.List;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.data.TextHash;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.TimeSpan;

/**
 * An article read from a file or the clipboard: its text, normalised as {@link ArticleImporter}
 * describes, and what the source says about it. Every fact the source does not give is null,
 * never guessed; a dialog shows them for the user to confirm or fill in
 * ({@link #withMetadata}).
 *
 * @param text      the article text: paragraphs separated by a blank line, {@code \n} line ends,
 *                  ending with one {@code \n}; never empty
 * @param title     headline, or null
 * @param outlet    publication (e.g. "Foreign Policy"), or null
 * @param author    byline (several authors joined by ", "), or null
 * @param url       address of the article (absolute http or https), or null
 * @param published publication time as EDTF: a day {@code 2023-01-05}, a month {@code 2023-01} or
 *                  a year, as precise as the source gives it; or null
 * @param language  BCP 47 tag such as {@code en} or {@code en-GB}, or null
 * @param format    what it was read as
 * @param notes     what was dropped or normalised, one line each (for the user's information)
 * @param warnings  what the user should check (a guessed body, a date not understood), one line each
 */
public record ImportedArticle(String text, String title, String outlet, String author, String url, String published,
                              String language, ArticleFormat format, List<String> notes, List<String> warnings) {
    public ImportedArticle {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an imported article has text");
        }
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        author = blankToNull(author);
        url = blankToNull(url);
        published = blankToNull(published);
        language = blankToNull(language);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /**
     * The same text with the facts the user confirmed; null (or blank) means unknown.
     *
     * @throws IllegalArgumentException when {@code published} is not a valid EDTF value
     */
    public ImportedArticle withMetadata(String title, String outlet, String author, String url, String published) {
        String edtf = blankToNull(published);
        if (edtf != null && !Edtf.isValid(edtf)) {
            throw new IllegalArgumentException("not an EDTF date: " + edtf);
        }
        return new ImportedArticle(text, title, outlet, author, url, edtf, language, format, notes, warnings);
    }

    /** The SHA-256 of the text, as a dataset records it. */
    public String sha256() {
        return TextHash.sha256(text);
    }

    /**
     * The article as a dataset holds it.
     *
     * @param textFile the name of the text file beside the dataset, or null to keep the text inline
     * @throws IllegalStateException when the title is unknown: a dataset's article needs one
     */
    public Article toArticle(String textFile) {
        if (title == null) {
            throw new IllegalStateException("the article has no title: a dataset needs one");
        }
        TimeSpan when = null;
        if (published != null) {
            try {
                when = Edtf.span(published, null, null);
            } catch (EdtfException e) {
                throw new IllegalArgumentException("not an EDTF date: " + published, e);
            }
        }
        return new Article(Article.idFromFileName(textFile), title, outlet, author, url, when, language, text, textFile, sha256(), null);
    }

    /**
     * A new dataset on this article: no actors, no events yet, titled like the article.
     *
     * @param textFile as in {@link #toArticle(String)}
     */
    public Dataset toEmptyDataset(String textFile) {
        Article article = toArticle(textFile);
        return new Dataset(article.title(), null, article, List.of(), List.of());
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
