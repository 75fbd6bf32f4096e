package org.sourceline.query;

import java.text.Normalizer;

/**
 * Case- and accent-insensitive matching without allocation: every UTF-16 unit maps to one
 * folded unit (lower case, diacritics removed), so offsets stay the same and a search can
 * fold as it scans.
 */
public final class TextFolding {
    private static final char[] TABLE = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            char folded = ch;
            if (!Character.isSurrogate(ch)) {
                String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                char base = decomposed.charAt(0);
                if (decomposed.length() >= 1 && Character.isLetter(base)) {
                    folded = base;
                }
                folded = Character.toLowerCase(folded);
            }
            switch (ch) {
                case '\u2018', '\u2019', '\u02BC' -> folded = '\'';
                case '\u201C', '\u201D' -> folded = '"';
                case '\u00A0' -> folded = ' ';
                case '\u0131' -> folded = 'i';
                case '\u0142' -> folded = 'l';
                case '\u00F8' -> folded = 'o';
                case '\u0111' -> folded = 'd';
                default -> { }
            }
            TABLE[c] = folded;
        }
    }

    private TextFolding() {
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    /** Folds a whole string (same length). */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[s.charAt(i)];
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
            if (TABLE[haystack.charAt(i)] != first) {
                continue;
            }
            int j = 1;
            while (j < n && TABLE[haystack.charAt(i + j)] == foldedNeedle.charAt(j)) {
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
