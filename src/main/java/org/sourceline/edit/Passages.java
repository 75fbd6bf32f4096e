package org.sourceline.edit;

import org.sourceline.model.Article;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/**
 * A passage a person selected in an article, made into a quote anchor: the selection snapped to
 * whole words (no half word, no space or punctuation-only edge), then the W3C TextQuoteSelector's
 * prefix and suffix (up to {@value #CONTEXT_LENGTH} characters, never splitting a surrogate pair)
 * and the TextPositionSelector's UTF-16 offsets. The person never types an offset.
 */
public final class Passages {
    /** How much text around a quote its selector records. */
    public static final int CONTEXT_LENGTH = 32;

    private Passages() {
    }

    /**
     * The selection {@code [start, end)} widened to whole words (a word cut by either end is taken
     * whole) and stripped of surrounding white space: {@code {start, end}}, or null when it holds
     * no letter or digit. Punctuation the person selected stays selected.
     */
    public static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        if (s < text.length() && Character.isLowSurrogate(text.charAt(s)) && s > 0) {
            s--;
        }
        if (e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e))) {
            e++;
        }
        while (s < e && Character.isWhitespace(text.codePointAt(s)) || s < e && text.charAt(s) == '\u00a0') {
            s = next(text, s);
        }
        while (e > s && (Character.isWhitespace(text.codePointBefore(e)) || text.charAt(e - 1) == '\u00a0')) {
            e = previous(text, e);
        }
        boolean hasWord = false;
        for (int i = s; i < e; i = next(text, i)) {
            if (Character.isLetterOrDigit(text.codePointAt(i))) {
                hasWord = true;
                break;
            }
        }
        if (!hasWord) {
            return null;
        }
        while (s > 0 && isWordChar(text, s) && isWordChar(text, previous(text, s))) {
            s = previous(text, s);
        }
        while (e < text.length() && e > 0 && isWordChar(text, previous(text, e)) && isWordChar(text, e)) {
            e = next(text, e);
        }
        return new int[] {s, e};
    }

    /** The word around {@code offset} (a double-click), or null when there is none. */
    public static int[] word(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        if (at < text.length() && isWordChar(text, at)) {
            return snap(text, at, next(text, at));
        }
        if (at > 0 && isWordChar(text, previous(text, at))) {
            return snap(text, previous(text, at), at);
        }
        return null;
    }

    /** The evidence for {@code [start, end)} of an article (already snapped), with its context. */
    public static Evidence evidence(Article article, int start, int end, Stance stance) {
        String text = article.text();
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isLowSurrogate(text.charAt(suffixEnd))) {
            suffixEnd--;
        }
        return new Evidence(article.id(), text, start, end, start - prefixStart, suffixEnd - end, stance);
    }

    /** Letters, digits and marks are words; so are apostrophes and hyphens between letters ("Iran's", "well-known"). */
    static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return true;
        }
        if (cp == '\'' || cp == '’' || cp == '-' || cp == '‑') {
            return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.codePointBefore(i))
                    && Character.isLetterOrDigit(text.codePointAt(i + 1));
        }
        return false;
    }

    private static int next(String text, int i) {
        return i + Character.charCount(text.codePointAt(i));
    }

    private static int previous(String text, int i) {
        return i - Character.charCount(text.codePointBefore(i));
    }
}
