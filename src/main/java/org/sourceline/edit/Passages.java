package org.sourceline.edit;

import org.sourceline.data.QuoteSelector;
import org.sourceline.model.Article;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/**
 * A passage a person selected in an article, made into a quote anchor. The rules are
 * {@link QuoteSelector}'s (the selection snapped to whole words; the W3C TextQuoteSelector's
 * prefix and suffix of up to {@value QuoteSelector#CONTEXT_LENGTH} characters, never splitting a
 * surrogate pair; UTF-16 offsets): the editor and the {@code anchor} command make the same quote
 * of the same words. The person never types an offset.
 */
public final class Passages {
    /** How much text around a quote its selector records. */
    public static final int CONTEXT_LENGTH = QuoteSelector.CONTEXT_LENGTH;

    private Passages() {
    }

    /**
     * The selection {@code [start, end)} snapped to whole words ({@link QuoteSelector#snap}):
     * {@code {start, end}}, or null when it holds no word.
     */
    public static int[] snap(String text, int start, int end) {
        QuoteSelector.Span span = QuoteSelector.snap(text, Math.min(start, end), Math.max(start, end));
        return span.isEmpty() ? null : new int[] {span.start(), span.end()};
    }

    /** The word around {@code offset} (a double-click), or null when there is none. */
    public static int[] word(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        if (at < text.length() && Character.isLetterOrDigit(text.codePointAt(at))) {
            return snap(text, at, at + Character.charCount(text.codePointAt(at)));
        }
        if (at > 0 && Character.isLetterOrDigit(text.codePointBefore(at))) {
            return snap(text, at - Character.charCount(text.codePointBefore(at)), at);
        }
        return null;
    }

    /** The evidence for {@code [start, end)} of an article (already snapped), with its context. */
    public static Evidence evidence(Article article, int start, int end, Stance stance) {
        String text = article.text();
        int prefixStart = QuoteSelector.contextStart(text, start);
        int suffixEnd = QuoteSelector.contextEnd(text, end);
        return new Evidence(article.id(), text, start, end, start - prefixStart, suffixEnd - end, stance);
    }

    /**
     * How many times the passage's words occur in the article, when prefix and suffix do not tell
     * this place from the others (only its offsets do); 0 when they do, or it occurs once.
     */
    public static int ambiguousOccurrences(Article article, int start, int end) {
        QuoteSelector selector = QuoteSelector.at(article.text(), "", start, end);
        return selector.dependsOnOffsets() ? selector.occurrences() : 0;
    }
}
