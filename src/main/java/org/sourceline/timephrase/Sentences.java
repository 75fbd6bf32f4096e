package org.sourceline.timephrase;

import java.util.Set;

/**
 * Where sentences begin and end, in tokens and in characters. A full stop ends a sentence unless
 * it closes an abbreviation ("U.S.", "Feb.", "Mr.") or is a decimal point ("1.8 km"); an empty line always does, and so does a
 * line break after anything but a word, a number or a comma (a wrapped line goes on). The tense of a
 * phrase is read inside its sentence, and the phrase nearest a passage is looked for in the
 * passage's sentence first.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "adm", "maj", "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ", "ave", "blvd",
            "mt", "ft", "pres", "amb", "e.g", "i.e");

    private final int[] sentenceStart;
    private final int[] sentenceEnd;

    private Sentences(int[] sentenceStart, int[] sentenceEnd) {
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    static Sentences of(Tokens t) {
        int[] start = new int[t.size];
        int[] end = new int[t.size];
        int first = 0;
        for (int i = 0; i < t.size; i++) {
            boolean endsHere = i == t.size - 1 || t.paragraphBreakBefore(i + 1) || endsSentence(t, i)
                    || t.lineBreakBefore(i + 1) && !t.isWord(i) && !t.isNumber(i) && !t.isAny(i, ",", "-", "–", "—");
            if (endsHere) {
                for (int k = first; k <= i; k++) {
                    start[k] = first;
                    end[k] = i + 1;
                }
                first = i + 1;
            }
        }
        return new Sentences(start, end);
    }

    private static boolean endsSentence(Tokens t, int i) {
        String w = t.lower(i);
        if (!".".equals(w) && !"!".equals(w) && !"?".equals(w)) {
            return false;
        }
        if (".".equals(w) && t.touches(i) && t.isNumber(i - 1) && i + 1 < t.size && t.touches(i + 1) && t.isNumber(i + 1)) {
            return false; // a decimal point: "a 1.8 km path", "3.5 per cent"
        }
        if (".".equals(w) && t.touches(i) && t.isWord(i - 1)) {
            String before = t.lower(i - 1);
            if (ABBREVIATIONS.contains(before) || before.length() == 1) {
                return false;
            }
        }
        // A closing quotation mark or bracket after the stop still belongs to the sentence.
        int next = i + 1;
        while (next < t.size && t.touches(next) && t.isAny(next, "\"", "”", "’", "'", ")", "“")) {
            next++;
        }
        return next >= t.size || !t.isWord(next) || t.isCapitalized(next) || t.lineBreakBefore(next);
    }

    /** The first token of token i's sentence. */
    int start(int token) {
        return sentenceStart[token];
    }

    /** One past the last token of token i's sentence. */
    int end(int token) {
        return sentenceEnd[token];
    }

    /**
     * The sentence around a stretch of text [from, to) in characters, found by looking at the
     * text itself (no tokens needed): from after the previous sentence end to the next.
     */
    static int[] around(String text, int from, int to) {
        int s = Math.max(0, Math.min(from, text.length()));
        while (s > 0 && !isBoundaryBefore(text, s)) {
            s--;
        }
        int e = Math.max(s, Math.min(Math.max(to, from), text.length()));
        while (e < text.length() && !isBoundaryBefore(text, e)) {
            e++;
        }
        return new int[] {s, e};
    }

    /** True when a sentence may start at character offset k (after a line break or ". "). */
    private static boolean isBoundaryBefore(String text, int k) {
        char prev = text.charAt(k - 1);
        if (prev == '\n' || prev == '\r') {
            int p = k - 2;
            while (p >= 0 && (text.charAt(p) == '\r' || text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p--;
            }
            return p < 0 || text.charAt(p) == '\n' || !Character.isLetterOrDigit(text.charAt(p)) && text.charAt(p) != ','
                    && text.charAt(p) != '-';
        }
        if (!Character.isWhitespace(prev) && !Character.isSpaceChar(prev)) {
            return false;
        }
        int p = k - 1;
        while (p > 0 && (Character.isWhitespace(text.charAt(p)) || Character.isSpaceChar(text.charAt(p)))) {
            p--;
        }
        while (p > 0 && "\"”’')".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        char c = text.charAt(p);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (c == '.') {
            int w = p;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, p).toLowerCase(java.util.Locale.ROOT);
            if (word.length() == 1 || ABBREVIATIONS.contains(word)) {
                return false;
            }
        }
        return k >= text.length() || !Character.isLowerCase(text.charAt(k));
    }
}
