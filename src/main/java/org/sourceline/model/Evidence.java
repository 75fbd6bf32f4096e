package org.sourceline.model;

import java.util.Objects;

/**
 * A verbatim passage of an article that supports (or disputes) an event, anchored the W3C Web
 * Annotation way: a TextPositionSelector (start inclusive, end exclusive, counted in UTF-16 code
 * units as Java strings count them) plus the TextQuoteSelector's prefix and suffix lengths.
 *
 * <p>An evidence is only built once its quote has been found in its article, so {@link #exact()}
 * is the article's text at the offsets; it is not stored twice, which keeps a million events small.
 * It names its article by id ({@link Article#id()}), so editing an article's title or outlet
 * leaves every evidence as it is.
 */
public final class Evidence {
    private final String articleId;
    private final Stance stance;
    private final String articleText;
    private final int start;
    private final int end;
    private final int prefixLength;
    private final int suffixLength;

    /**
     * @param articleId    the id of the article quoted
     * @param articleText  that article's text (shared, not copied)
     * @param start        first UTF-16 offset of the quote
     * @param end          offset just after the quote
     * @param prefixLength how many characters before the quote the selector records
     * @param suffixLength how many characters after it
     * @param stance       whether the quote supports or disputes the event
     */
    public Evidence(String articleId, String articleText, int start, int end, int prefixLength, int suffixLength,
                    Stance stance) {
        this.articleId = Objects.requireNonNull(articleId, "articleId");
        this.stance = Objects.requireNonNull(stance, "stance");
        this.articleText = Objects.requireNonNull(articleText, "articleText");
        if (start < 0 || end < start || end > articleText.length()) {
            throw new IllegalArgumentException("offsets " + start + "-" + end + " outside the article");
        }
        if (prefixLength < 0 || prefixLength > start || suffixLength < 0 || end + suffixLength > articleText.length()) {
            throw new IllegalArgumentException("prefix/suffix outside the article");
        }
        this.start = start;
        this.end = end;
        this.prefixLength = prefixLength;
        this.suffixLength = suffixLength;
    }

    /** A supporting quote of an article. */
    public static Evidence supporting(Article article, int start, int end, int prefixLength, int suffixLength) {
        return new Evidence(article.id(), article.text(), start, end, prefixLength, suffixLength, Stance.SUPPORTS);
    }

    /** The id of the article quoted. */
    public String articleId() {
        return articleId;
    }

    /** Whether the quote supports or disputes its event. */
    public Stance stance() {
        return stance;
    }

    public boolean disputes() {
        return stance == Stance.DISPUTES;
    }

    /** The same passage with another stance. */
    public Evidence withStance(Stance newStance) {
        return new Evidence(articleId, articleText, start, end, prefixLength, suffixLength, newStance);
    }

    /** The same passage, quoted from an article that was given another id. */
    public Evidence withArticleId(String newId) {
        return new Evidence(newId, articleText, start, end, prefixLength, suffixLength, stance);
    }

    /** The same quote with other prefix and suffix lengths (everything else the same). */
    public Evidence withContext(int prefixLength, int suffixLength) {
        return new Evidence(articleId, articleText, start, end, prefixLength, suffixLength, stance);
    }

    /** First UTF-16 offset of the quote in the article (inclusive). */
    public int start() {
        return start;
    }

    /** Offset just after the quote (exclusive). */
    public int end() {
        return end;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public int suffixLength() {
        return suffixLength;
    }

    /** The quote, character for character. */
    public String exact() {
        return articleText.substring(start, end);
    }

    /** The text just before the quote, as recorded in the dataset. */
    public String prefix() {
        return articleText.substring(start - prefixLength, start);
    }

    /** The text just after the quote, as recorded in the dataset. */
    public String suffix() {
        return articleText.substring(end, end + suffixLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence other && other.start == start && other.end == end
                && other.prefixLength == prefixLength && other.suffixLength == suffixLength
                && other.stance == stance && other.articleId.equals(articleId)
                && (other.articleText == articleText || other.articleText.equals(articleText));
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, start, end, prefixLength, suffixLength, stance);
    }

    @Override
    public String toString() {
        return "Evidence[" + articleId + " " + start + "-" + end + (disputes() ? " disputes" : "") + ": " + exact() + "]";
    }
}
