package org.sourceline.model;

import java.util.Objects;

/**
 * A verbatim passage of the article that supports an event, anchored the W3C Web Annotation way:
 * a TextPositionSelector (start inclusive, end exclusive, counted in UTF-16 code units as Java
 * strings count them) plus the TextQuoteSelector's prefix and suffix lengths.
 *
 * <p>An evidence is only built once its quote has been found in the article, so {@link #exact()}
 * is the article's text at the offsets; it is not stored twice, which keeps a million events small.
 */
public final class Evidence {
    private final String articleText;
    private final int start;
    private final int end;
    private final int prefixLength;
    private final int suffixLength;

    public Evidence(String articleText, int start, int end, int prefixLength, int suffixLength) {
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

    /** The same quote with other prefix and suffix lengths (everything else the same). */
    public Evidence withContext(int prefixLength, int suffixLength) {
        return new Evidence(articleText, start, end, prefixLength, suffixLength);
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
                && (other.articleText == articleText || other.articleText.equals(articleText));
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, prefixLength, suffixLength);
    }

    @Override
    public String toString() {
        return "Evidence[" + start + "-" + end + ": " + exact() + "]";
    }
}
