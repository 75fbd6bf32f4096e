package org.sourceline.query;

import java.text.Normalizer;

/**
 * Case- and accent-insensitive matching without allocation: every UTF-16 unit maps to one
 * folded unit (lower case, diacritics removed), so offsets stay the same and a search can
 * fold as it scans.
 */
public final class TextFolding {
    /**
     * Folded form of every UTF-16 unit, filled as units are first met: ASCII at once, the rest on
     * demand (decomposing all 65,536 units up front costs more than a whole start-up frame).
     * A zero entry means "not computed yet"; racing threads compute the same value.
     */
    private static final char[] TABLE = new char[65536];

    static {
        for (char c = 0; c < 128; c++) {
            TABLE[c] = c == 0 ? 0 : Character.toLowerCase(c);
        }
    }

    private static char compute(char ch) {
        char folded = ch;
        if (!Character.isSurrogate(ch)) {
            String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (Character.isLetter(base)) {
                folded = base;
            }
            folded = Character.toLowerCase(folded);
        }
        // On the lower-cased unit, so that Ø, Ł and Đ fold like ø, ł and đ.
        switch (folded) {
            case '\u2018', '\u2019', '\u02BC' -> folded = '\'';
            case '\u201C', '\u201D' -> folded = '"';
            case '\u00A0' -> folded = ' ';
            case '\u0131' -> folded = 'i';
            case '\u0142' -> folded = 'l';
            case '\u00F8' -> folded = 'o';
            case '\u0111' -> folded = 'd';
            default -> { }
        }
        return folded;
    }

    private TextFolding() {
    }

    public static char fold(char c) {
        char folded = TABLE[c];
        if (folded == 0 && c != 0) {
            folded = compute(c);
            TABLE[c] = folded;
        }
        return folded;
    }

    /** Folds a whole string (same length). */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** True when {@code haystack[from, to)} contains {@code foldedNeedle}, comparing folded units. */
    public static boolean contains(CharSequence haystack, int from, int to, String foldedNeedle) {
        int n = foldedNeedle.length();
        if (n == 0) {
            return true;
        }
        char first = foldedNeedle.charAt(0);
        int last = to - n;
        for (int i = from; i <= last; i++) {
            if (fold(haystack.charAt(i)) != first) {
                continue;
            }
            int j = 1;
            while (j < n && fold(haystack.charAt(i + j)) == foldedNeedle.charAt(j)) {
                j++;
            }
            if (j == n) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(CharSequence haystack, String foldedNeedle) {
        return haystack != null && contains(haystack, 0, haystack.length(), foldedNeedle);
    }
}
