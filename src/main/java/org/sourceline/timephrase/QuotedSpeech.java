package org.sourceline.timephrase;

/**
 * Which tokens stand inside quotation marks. A quoted "today" is the speaker's day, not the
 * article's. Straight and curly double quotes open and close in turn (texts mix them, and some
 * close with an opening curly quote); a new paragraph starts outside, as the news convention
 * leaves a paragraph's quote unclosed when the next paragraph continues it. A line break after a
 * full stop counts as a new paragraph (texts with one line per paragraph); other line breaks
 * are taken for wrapped lines.
 */
final class QuotedSpeech {
    private final boolean[] quoted;

    private QuotedSpeech(boolean[] quoted) {
        this.quoted = quoted;
    }

    static QuotedSpeech of(Tokens t) {
        boolean[] quoted = new boolean[t.size];
        boolean inside = false;
        for (int i = 0; i < t.size; i++) {
            if (t.paragraphBreakBefore(i) || i > 0 && t.lineBreakBefore(i) && t.isAny(i - 1, ".", "!", "?", ":")) {
                inside = false;
            }
            String w = t.lower(i);
            if (t.isPunct(i) && ("\"".equals(w) || "“".equals(w) || "”".equals(w))) {
                inside = "”".equals(w) ? false : !inside;
                continue;
            }
            quoted[i] = inside;
        }
        return new QuotedSpeech(quoted);
    }

    boolean isQuoted(int token) {
        return token >= 0 && token < quoted.length && quoted[token];
    }
}
