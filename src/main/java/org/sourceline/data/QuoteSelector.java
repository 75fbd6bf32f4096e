package org.sourceline.data;

import java.util.Objects;
import java.util.Optional;
import org.sourceline.model.Article;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/**
 * A passage chosen in the article, recorded as W3C Web Annotation selectors: the
 * TextQuoteSelector ({@code exact}, {@code prefix}, {@code suffix}) and the TextPositionSelector
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 code units as Java strings count
 * them), with the SHA-256 of the text the offsets count into. It is what the reader's selection
 * becomes when the user makes an event or adds evidence, so the user never types an offset.
 *
 * <p>{@link #fromSelection} first {@linkplain #snap snaps} the selection to whole words:
 * <ol>
 *   <li>the ends are put in order and clamped to the text; an end between the two halves of a
 *       surrogate pair (an emoji, say) moves outwards so the pair stays whole;</li>
 *   <li>an end inside a word moves outwards to the word's edge. Letters, digits and combining
 *       marks make words; an apostrophe between letters ({@code Russia’s}, {@code don't}) and a
 *       comma or full stop between digits ({@code 1,000}, {@code 3.5}) join them; hyphens and dashes
 *       do not ({@code Iran-Russia} is two words);</li>
 *   <li>white space (non-breaking spaces included) is trimmed from both ends, and so is
 *       punctuation that belongs to the surroundings rather than to the passage: at the start
 *       {@code , . ; : ! ? …}, dashes, slashes, bullets and closing brackets or quotation marks;
 *       at the end {@code , ; :}, dashes, slashes, bullets and opening brackets or quotation marks.
 *       An opening bracket or quotation mark at the start stays when its closing partner is in the
 *       passage, a closing one at the end when its opening partner is (or, for {@code ’}, when it
 *       ends a plural possessive such as {@code countries’}); a sentence's closing
 *       {@code . ! ? …} and symbols such as {@code %}, {@code #}, {@code $} or an emoji stay.</li>
 * </ol>
 * A selection holding no word or symbol is empty and gives no selector.
 *
 * <p>The prefix and suffix are the {@value #CONTEXT_LENGTH} code units before and after the
 * passage (fewer at the text's edges, one fewer where the cut would split a surrogate pair).
 * {@link #occurrences()} says how often the exact text occurs in the article and
 * {@link #contextChooses()} whether prefix and suffix alone find this place again, as
 * {@link QuoteAnchor} would without the offsets.
 *
 * @param exact          the passage, character for character ({@code text.substring(start, end)})
 * @param prefix         the text just before it (up to {@value #CONTEXT_LENGTH} units)
 * @param suffix         the text just after it (up to {@value #CONTEXT_LENGTH} units)
 * @param start          first UTF-16 offset of the passage
 * @param end            UTF-16 offset just after it
 * @param textSha256     hex SHA-256 of the whole text's UTF-8 bytes ({@link TextHash})
 * @param occurrences    how many times {@code exact} occurs in the text (at least 1)
 * @param contextChooses true when prefix and suffix pick out this occurrence alone
 */
public record QuoteSelector(String exact, String prefix, String suffix, int start, int end, String textSha256,
                            int occurrences, boolean contextChooses) {
    /** Code units of text kept before and after a passage, as Hypothesis keeps. */
    public static final int CONTEXT_LENGTH = 32;

    /** A range of the text, {@code [start, end)}; empty when {@code start == end}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + "–" + end);
            }
        }

        public boolean isEmpty() {
            return start == end;
        }

        public int length() {
            return end - start;
        }
    }

    public QuoteSelector {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(textSha256, "textSha256");
    }

    /** True when the exact text occurs more than once in the article. */
    public boolean occursElsewhere() {
        return occurrences > 1;
    }

    /**
     * True when only the offsets tell this place from another holding the same words: the exact
     * text repeats and prefix and suffix do not choose. Such a quote is kept, but it cannot be
     * re-anchored if the text changes.
     */
    public boolean dependsOnOffsets() {
        return occursElsewhere() && !contextChooses;
    }

    /** The passage as evidence of {@code article} (whose text the selector was made from), with a stance. */
    public Evidence toEvidence(Article article, Stance stance) {
        String text = article.text();
        if (!text.startsWith(exact, start)) {
            throw new IllegalArgumentException("the text is not the one this selector was made from");
        }
        return new Evidence(article.id(), text, start, end, prefix.length(), suffix.length(), stance);
    }

    // ----- making selectors ------------------------------------------------------------------

    /**
     * The selector of a reader selection snapped to whole words (see the class comment), or empty
     * when the selection holds no word. The ends may come in either order.
     */
    public static Optional<QuoteSelector> fromSelection(String text, int start, int end) {
        Span span = snap(text, start, end);
        return span.isEmpty() ? Optional.empty() : Optional.of(at(text, span.start(), span.end()));
    }

    /**
     * As {@link #fromSelection(String, int, int)}, with the text's hash computed once by the
     * caller ({@link TextHash#sha256(String)}): a long article need not be hashed per selection.
     */
    public static Optional<QuoteSelector> fromSelection(String text, String textSha256, int start, int end) {
        Span span = snap(text, start, end);
        return span.isEmpty() ? Optional.empty() : Optional.of(at(text, textSha256, span.start(), span.end()));
    }

    /**
     * The selector of exactly {@code [start, end)}, without snapping (the anchoring of quotes
     * already in a dataset).
     *
     * @throws IllegalArgumentException when the range is empty, outside the text or splits a
     *                                  surrogate pair
     */
    public static QuoteSelector at(String text, int start, int end) {
        return at(text, TextHash.sha256(text), start, end);
    }

    /** As {@link #at(String, int, int)} with the text's hash given. */
    public static QuoteSelector at(String text, String textSha256, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("no passage at " + start + "–" + end + " in a text of "
                    + text.length() + " units");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw new IllegalArgumentException("the range " + start + "–" + end + " splits a surrogate pair");
        }
        String exact = text.substring(start, end);
        String prefix = text.substring(contextStart(text, start), start);
        String suffix = text.substring(end, contextEnd(text, end));
        int occurrences = 0;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            occurrences++;
        }
        boolean chooses = occurrences == 1 || QuoteAnchor.contextChooses(text, exact, prefix, suffix, start);
        return new QuoteSelector(exact, prefix, suffix, start, end, textSha256, occurrences, chooses);
    }

    /** Where the prefix of a passage starting at {@code start} begins. */
    public static int contextStart(String text, int start) {
        return contextStart(text, start, CONTEXT_LENGTH);
    }

    /** Where a prefix of (at most) {@code length} code units before {@code start} begins, never inside a character. */
    public static int contextStart(String text, int start, int length) {
        int from = Math.max(0, start - length);
        return splitsPair(text, from) ? from + 1 : from;
    }

    /** Where the suffix of a passage ending at {@code end} ends. */
    public static int contextEnd(String text, int end) {
        return contextEnd(text, end, CONTEXT_LENGTH);
    }

    /** Where a suffix of (at most) {@code length} code units after {@code end} ends, never inside a character. */
    public static int contextEnd(String text, int end, int length) {
        int to = Math.min(text.length(), end + length);
        return splitsPair(text, to) ? to - 1 : to;
    }

    /** True when offset {@code i} falls between the high and low half of a surrogate pair. */
    public static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    // ----- snapping --------------------------------------------------------------------------

    /** A reader selection snapped to whole words, as the class comment describes; possibly empty. */
    public static Span snap(String text, int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(n, Math.min(start, end)));
        int e = Math.max(0, Math.min(n, Math.max(start, end)));
        if (splitsPair(text, s)) {
            s--;
        }
        if (splitsPair(text, e)) {
            e++;
        }
        while (s > 0 && insideWord(text, s)) {
            s -= Character.charCount(text.codePointBefore(s));
        }
        while (e < n && insideWord(text, e)) {
            e += Character.charCount(text.codePointAt(e));
        }
        if (e < s) {
            e = s;
        }
        while (s < e) {
            int cp = text.codePointAt(s);
            if (isSpace(cp) || dropsAtStart(text, cp, s, e)) {
                s += Character.charCount(cp);
            } else {
                break;
            }
        }
        while (e > s) {
            int cp = text.codePointBefore(e);
            if (isSpace(cp) || dropsAtEnd(text, cp, s, e)) {
                e -= Character.charCount(cp);
            } else {
                break;
            }
        }
        return new Span(s, e);
    }

    /** True when offset {@code i} (0 < i < length) falls between two characters of one word. */
    private static boolean insideWord(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(i);
        int at = text.codePointAt(i);
        if (isWordChar(before) && isWordChar(at)) {
            return true;
        }
        // Joiners: an apostrophe between letters, a separator between digits.
        if (isWordChar(before) && i + Character.charCount(at) < text.length()) {
            int after = text.codePointAt(i + Character.charCount(at));
            if (joins(before, at, after)) {
                return true;
            }
        }
        if (isWordChar(at) && i - Character.charCount(before) > 0) {
            int beforeJoiner = text.codePointBefore(i - Character.charCount(before));
            return joins(beforeJoiner, before, at);
        }
        return false;
    }

    private static boolean joins(int left, int joiner, int right) {
        if ((joiner == '\'' || joiner == '\u2019') && Character.isLetter(left) && Character.isLetter(right)) {
            return true;
        }
        return (joiner == ',' || joiner == '.') && Character.isDigit(left) && Character.isDigit(right);
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B';
    }

    private static boolean dropsAtStart(String text, int cp, int s, int e) {
        char closer = closerOf(cp);
        if (closer != 0) {
            // An opening mark stays when the passage holds its partner (German „…“ and ‚…‘ too).
            int from = s + Character.charCount(cp);
            boolean partner = holds(text, closer, from, e)
                    || (cp == '\u201E' && holds(text, '\u201C', from, e))
                    || (cp == '\u201A' && holds(text, '\u2018', from, e));
            return !partner;
        }
        return switch (cp) {
            case ',', '.', ';', ':', '!', '?', '\u2026', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015',
                 '/', '\\', '|', '\u00B7', '\u2022', ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    private static boolean dropsAtEnd(String text, int cp, int s, int e) {
        int at = e - Character.charCount(cp);
        char opener = openerOf(cp);
        if (opener != 0) {
            // A closing mark stays when the passage holds its partner.
            if (cp == '"' || cp == '\'') {
                return count(text, (char) cp, s, at) % 2 == 0;
            }
            int open = text.lastIndexOf(opener, at - 1);
            if (open >= s) {
                return false;
            }
            // "the countries’ ties": a plural possessive, not a closing quote.
            boolean possessive = cp == '\u2019' && at > s && (text.charAt(at - 1) == 's' || text.charAt(at - 1) == 'S');
            return !possessive;
        }
        if (closerOf(cp) != 0) {
            // An opening mark ends nothing, except “ and ‘ closing a German „…“ or ‚…‘.
            return !(cp == '\u201C' && text.lastIndexOf('\u201E', at - 1) >= s)
                    && !(cp == '\u2018' && text.lastIndexOf('\u201A', at - 1) >= s);
        }
        return switch (cp) {
            case ',', ';', ':', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '/', '\\', '|',
                 '\u00B7', '\u2022' -> true;
            default -> false;
        };
    }

    private static boolean holds(String text, char c, int from, int to) {
        int at = text.indexOf(c, from);
        return at >= 0 && at < to;
    }

    private static int count(String text, char c, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The closing partner of an opening bracket or quotation mark, else 0. */
    private static char closerOf(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '\u201C', '\u201E' -> '\u201D';
            case '\u2018', '\u201A' -> '\u2019';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '"' -> '"';
            case '\'' -> '\'';
            default -> 0;
        };
    }

    /** The opening partner of a closing bracket or quotation mark, else 0. */
    private static char openerOf(int cp) {
        return switch (cp) {
            case ')' -> '(';
            case ']' -> '[';
            case '}' -> '{';
            case '\u201D' -> '\u201C';
            case '\u2019' -> '\u2018';
            case '\u00BB' -> '\u00AB';
            case '\u203A' -> '\u2039';
            case '"' -> '"';
            case '\'' -> '\'';
            default -> 0;
        };
    }
}
