package org.sourceline.text;

import java.util.Arrays;
import org.sourceline.query.TextFolding;

/**
 * Where a search term occurs in a text, case- and accent-insensitively (by {@link TextFolding},
 * which keeps offsets, so a match is as long as the term). Matches do not overlap; they are
 * found left to right. Offsets are UTF-16 units, like the article's evidence offsets.
 */
public final class TextMatches {
    /** No matches (for an empty term). */
    public static final TextMatches NONE = new TextMatches("", new int[0], 0);

    private final String term;
    private final int[] starts;
    private final int length;

    private TextMatches(String term, int[] starts, int length) {
        this.term = term;
        this.starts = starts;
        this.length = length;
    }

    /** Every occurrence of {@code term} in {@code text}; none for an empty term. */
    public static TextMatches find(CharSequence text, String term) {
        if (term == null || term.isEmpty()) {
            return NONE;
        }
        String needle = TextFolding.fold(term);
        int n = needle.length();
        char first = needle.charAt(0);
        int[] found = new int[16];
        int count = 0;
        int last = text.length() - n;
        int i = 0;
        while (i <= last) {
            if (TextFolding.fold(text.charAt(i)) == first && matchesAt(text, i, needle)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i += n;
            } else {
                i++;
            }
        }
        return new TextMatches(term, Arrays.copyOf(found, count), n);
    }

    private static boolean matchesAt(CharSequence text, int at, String needle) {
        for (int j = 1; j < needle.length(); j++) {
            if (TextFolding.fold(text.charAt(at + j)) != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The term searched for, as typed. */
    public String term() {
        return term;
    }

    public int count() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public int start(int match) {
        return starts[match];
    }

    public int end(int match) {
        return starts[match] + length;
    }

    /** The first match that ends after {@code offset}, or {@link #count()}: where painting from {@code offset} starts. */
    public int firstEndingAfter(int offset) {
        return firstStartingAtOrAfter(offset - length + 1);
    }

    /** The first match starting at or after {@code offset}, or {@link #count()}. */
    public int firstStartingAtOrAfter(int offset) {
        return SortedInts.firstAtLeast(starts, offset);
    }

    /** The match to go to first from a reading position: the first at or after it, wrapping to the first; -1 when none. */
    public int nearest(int offset) {
        if (starts.length == 0) {
            return -1;
        }
        int i = firstStartingAtOrAfter(offset);
        return i < starts.length ? i : 0;
    }

    /** The match after {@code match}, wrapping around; -1 when there are none. */
    public int next(int match) {
        return starts.length == 0 ? -1 : match < 0 ? 0 : (match + 1) % starts.length;
    }

    /** The match before {@code match}, wrapping around; -1 when there are none. */
    public int previous(int match) {
        return starts.length == 0 ? -1 : match <= 0 ? starts.length - 1 : match - 1;
    }
}
