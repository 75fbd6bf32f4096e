package org.sourceline.timephrase;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into words, numbers and single punctuation marks, with their UTF-16 offsets. The
 * patterns work on these instead of on characters: a time phrase is a few tokens, and knowing
 * whether two tokens touch ("mid-2022", "12th", "Feb.") is enough to tell forms apart.
 *
 * <p>Words are runs of letters, numbers runs of ASCII digits; every other character that is not
 * white space (including the no-break space) is a token of its own. Letters and digits that
 * touch ("12th", "1990s") are separate tokens that {@link #touches(int)} joins again.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    final String text;
    final int size;
    private final int[] start;
    private final int[] end;
    private final byte[] kind;
    private final String[] lower;
    private final int[] value;

    private Tokens(String text, int size, int[] start, int[] end, byte[] kind, String[] lower, int[] value) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.lower = lower;
        this.value = value;
    }

    static Tokens of(String text) {
        int capacity = Math.max(16, text.length() / 4);
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        byte[] kind = new byte[capacity];
        String[] lower = new String[capacity];
        int[] value = new int[capacity];
        int n = 0;
        int i = 0;
        int length = text.length();
        WordCache words = new WordCache();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (n == start.length) {
                int grown = start.length * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                kind = Arrays.copyOf(kind, grown);
                lower = Arrays.copyOf(lower, grown);
                value = Arrays.copyOf(value, grown);
            }
            int from = i;
            if (c >= '0' && c <= '9') {
                long v = 0;
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    if (v < 1_000_000_000L) {
                        v = v * 10 + (text.charAt(i) - '0');
                    }
                    i++;
                }
                kind[n] = NUMBER;
                value[n] = v >= 1_000_000_000L ? -1 : (int) v;
                lower[n] = null;
            } else if (Character.isLetter(c)) {
                boolean ascii = true;
                int hash = 0;
                while (i < length && Character.isLetter(text.charAt(i))) {
                    char ch = text.charAt(i);
                    if (ch >= 128) {
                        ascii = false;
                    }
                    hash = 31 * hash + (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                    i++;
                }
                kind[n] = WORD;
                lower[n] = ascii ? words.get(text, from, i, hash) : text.substring(from, i).toLowerCase(Locale.ROOT);
                value[n] = -1;
            } else {
                i++;
                kind[n] = PUNCT;
                lower[n] = c < 128 ? ASCII[c] : String.valueOf(c);
                value[n] = -1;
            }
            start[n] = from;
            end[n] = i;
            n++;
        }
        return new Tokens(text, n, start, end, kind, lower, value);
    }

    /**
     * One lower-case string per distinct word: an article repeats a few thousand words, so most
     * words are found here instead of allocated, and their hash codes are computed once.
     */
    private static final class WordCache {
        private String[] table = new String[4096];
        private int count;

        String get(String text, int from, int to, int hash) {
            int mask = table.length - 1;
            int slot = mix(hash) & mask;
            while (true) {
                String known = table[slot];
                if (known == null) {
                    String word = lowerCase(text, from, to);
                    table[slot] = word;
                    if (++count * 2 > table.length) {
                        grow();
                    }
                    return word;
                }
                if (known.hashCode() == hash && sameLowerCase(known, text, from, to)) {
                    return known;
                }
                slot = (slot + 1) & mask;
            }
        }

        private void grow() {
            String[] old = table;
            table = new String[old.length * 2];
            int mask = table.length - 1;
            for (String word : old) {
                if (word != null) {
                    int slot = mix(word.hashCode()) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = word;
                }
            }
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean sameLowerCase(String word, String text, int from, int to) {
            if (word.length() != to - from) {
                return false;
            }
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != word.charAt(k - from)) {
                    return false;
                }
            }
            return true;
        }

        private static String lowerCase(String text, int from, int to) {
            char[] chars = new char[to - from];
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                chars[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(chars);
        }
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT;
    }

    /** The lower-case word, the punctuation mark, or null for a number or past the end. */
    String lower(int i) {
        return i >= 0 && i < size ? lower[i] : null;
    }

    /** True when token i is the given word (lower case) or punctuation mark. */
    boolean is(int i, String word) {
        return i >= 0 && i < size && word.equals(lower[i]);
    }

    boolean isAny(int i, String... words) {
        String w = lower(i);
        if (w == null) {
            return false;
        }
        for (String s : words) {
            if (s.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The number's value (-1 when too large), or -1 for a word or punctuation. */
    int value(int i) {
        return isNumber(i) ? value[i] : -1;
    }

    /** How many digits a number token has. */
    int digits(int i) {
        return isNumber(i) ? end[i] - start[i] : 0;
    }

    /** True when token i follows token i-1 with nothing between them ("12" "th", "mid" "-"). */
    boolean touches(int i) {
        return i > 0 && i < size && start[i] == end[i - 1];
    }

    /** True when the word starts with a capital letter. */
    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the whole word is in capitals (a dateline's place, "LONDON"). */
    boolean isAllCaps(int i) {
        if (!isWord(i)) {
            return false;
        }
        for (int k = start[i]; k < end[i]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when a line break lies between token i-1 and token i. */
    boolean lineBreakBefore(int i) {
        if (i <= 0 || i >= size) {
            return true;
        }
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token i stands in a title-case line, such as a headline: at least three words of
     * four letters or more, each capitalised. Stops at the first such word in lower case.
     */
    boolean isTitleCaseLine(int i) {
        int long_ = 0;
        for (int k = i; k >= 0; k--) {
            if (isWord(k) && end[k] - start[k] >= 4) {
                if (!isCapitalized(k)) {
                    return false;
                }
                long_++;
            }
            if (lineBreakBefore(k)) {
                break;
            }
        }
        for (int k = i + 1; k < size && !lineBreakBefore(k); k++) {
            if (isWord(k) && end[k] - start[k] >= 4) {
                if (!isCapitalized(k)) {
                    return false;
                }
                long_++;
            }
        }
        return long_ >= 3;
    }

    /** True when an empty line (a paragraph break) lies between token i-1 and token i. */
    boolean paragraphBreakBefore(int i) {
        if (i <= 0 || i >= size) {
            return true;
        }
        int breaks = 0;
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u2029') {
                breaks++;
            }
        }
        return breaks >= 2;
    }
}
