package org.sourceline.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote in an article the way Hypothesis re-anchors annotations: first the recorded
 * position (the text there must equal the quote), then an exact search choosing the occurrence
 * whose surroundings best match the recorded prefix and suffix. When the quote is not in the
 * text character for character, a search that ignores the usual typographic differences (curly
 * vs straight quotes, dashes, non-breaking spaces, ellipses, runs of white space) says where the
 * near miss is and which character differs.
 *
 * <p>Anchoring never guesses: when the quote occurs several times away from its recorded
 * offsets and its prefix and suffix agree equally well with more than one place, the result is
 * {@link Status#AMBIGUOUS} with the places, not the nearest or the first of them.
 */
public final class QuoteAnchor {
    /** Outcome of anchoring one quote. */
    public enum Status {
        /** found at the recorded offsets */
        VERIFIED,
        /** not at the recorded offsets (or none were given), found at one place elsewhere */
        REANCHORED,
        /** found at several places that the prefix and suffix cannot choose between */
        AMBIGUOUS,
        /** not in the article */
        NOT_FOUND
    }

    /**
     * @param status         outcome
     * @param start          where the quote is (for VERIFIED and REANCHORED), else -1
     * @param end            end of the quote (exclusive), else -1
     * @param nearMissStart  for NOT_FOUND: where a typographically normalised match starts, else -1
     * @param nearMissDetail for NOT_FOUND with a near miss: the first differing character, else null
     * @param contextMatches for VERIFIED/REANCHORED: whether prefix and suffix match the text there
     * @param candidates     for AMBIGUOUS: the start offsets of the places the quote could be, in
     *                       text order; else empty
     */
    public record Result(Status status, int start, int end, int nearMissStart, String nearMissDetail,
                         boolean contextMatches, List<Integer> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** A result without candidates (every status but AMBIGUOUS). */
        public Result(Status status, int start, int end, int nearMissStart, String nearMissDetail,
                      boolean contextMatches) {
            this(status, start, end, nearMissStart, nearMissDetail, contextMatches, List.of());
        }

        /**
         * The candidates as offset ranges for a message, e.g. {@code 120–180, 400–460}; past
         * {@code limit} places, {@code … and 7 more}.
         */
        public String candidateRanges(int quoteLength, int limit) {
            StringBuilder sb = new StringBuilder();
            int shown = Math.min(limit, candidates.size());
            for (int i = 0; i < shown; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                int at = candidates.get(i);
                sb.append(at).append('–').append(at + quoteLength);
            }
            if (candidates.size() > shown) {
                sb.append(" and ").append(candidates.size() - shown).append(" more");
            }
            return sb.toString();
        }
    }

    private QuoteAnchor() {
    }

    /**
     * Anchors a quote.
     *
     * @param text   the article
     * @param exact  the quote
     * @param prefix text recorded before the quote, or null
     * @param suffix text recorded after the quote, or null
     * @param start  recorded start offset, or -1 when none
     * @param end    recorded end offset, or -1 when none
     */
    public static Result anchor(String text, String exact, String prefix, String suffix, int start, int end) {
        if (exact.isEmpty()) {
            return new Result(Status.NOT_FOUND, -1, -1, -1, null, false);
        }
        String half = halfCharacter(exact);
        if (half != null) {
            // Such a quote could only match between the halves of a character (an emoji, say).
            return new Result(Status.NOT_FOUND, -1, -1, -1, half, false);
        }
        if (start >= 0 && end == start + exact.length() && end <= text.length()
                && text.startsWith(exact, start)) {
            if (contextMatches(text, start, end, prefix, suffix)) {
                return new Result(Status.VERIFIED, start, end, -1, null, true);
            }
            // The words are at the offsets but not their recorded surroundings: after the text was
            // edited, the offsets may point at another copy of a repeated passage. Where the whole
            // recorded context stands around one other occurrence, that is the quote's place.
            int elsewhere = onlyPlaceWithWholeContext(text, exact, prefix, suffix);
            if (elsewhere >= 0 && elsewhere != start) {
                return new Result(Status.REANCHORED, elsewhere, elsewhere + exact.length(), -1, null, true);
            }
            return new Result(Status.VERIFIED, start, end, -1, null, false);
        }
        // Every occurrence scored by how much of the recorded context agrees with the text around it;
        // only a single best place is an answer.
        List<Integer> best = new ArrayList<>(2);
        int bestScore = Integer.MIN_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = contextScore(text, at, at + exact.length(), prefix, suffix);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(at);
            }
        }
        if (best.size() == 1) {
            int found = best.get(0);
            int foundEnd = found + exact.length();
            return new Result(Status.REANCHORED, found, foundEnd, -1, null,
                    contextMatches(text, found, foundEnd, prefix, suffix));
        }
        if (best.size() > 1) {
            return new Result(Status.AMBIGUOUS, -1, -1, -1, null, false, best);
        }
        return nearMiss(text, exact);
    }

    /**
     * The one occurrence of {@code exact} around which the whole recorded prefix and suffix stand
     * (at least one of them given), or -1 when there is none or more than one.
     */
    private static int onlyPlaceWithWholeContext(String text, String exact, String prefix, String suffix) {
        int whole = (prefix == null ? 0 : prefix.length()) + (suffix == null ? 0 : suffix.length());
        if (whole == 0) {
            return -1;
        }
        int found = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            if (contextScore(text, at, at + exact.length(), prefix, suffix) == whole) {
                if (found >= 0) {
                    return -1;
                }
                found = at;
            }
        }
        return found;
    }

    /**
     * Whether this prefix and suffix pick out the occurrence of {@code exact} at {@code start}
     * alone, so that the quote could be found again without its offsets.
     */
    public static boolean contextChooses(String text, String exact, String prefix, String suffix, int start) {
        Result result = anchor(text, exact, prefix, suffix, -1, -1);
        return result.status() == Status.REANCHORED && result.start() == start;
    }

    /**
     * Why a quote cannot be text: it starts or ends with half of a UTF-16 surrogate pair, so its
     * offsets would split a character; null when it is whole.
     */
    static String halfCharacter(String exact) {
        if (Character.isLowSurrogate(exact.charAt(0))) {
            return "it starts with the second half of a character (a lone UTF-16 surrogate), so its start "
                    + "offset would split a character";
        }
        if (Character.isHighSurrogate(exact.charAt(exact.length() - 1))) {
            return "it ends with the first half of a character (a lone UTF-16 surrogate), so its end "
                    + "offset would split a character";
        }
        return null;
    }

    private static boolean contextMatches(String text, int start, int end, String prefix, String suffix) {
        boolean prefixOk = prefix == null || prefix.isEmpty()
                || (start >= prefix.length() && text.startsWith(prefix, start - prefix.length()));
        boolean suffixOk = suffix == null || suffix.isEmpty() || text.startsWith(suffix, end);
        return prefixOk && suffixOk;
    }

    /** Number of characters of prefix (backwards) and suffix (forwards) that agree with the text. */
    private static int contextScore(String text, int start, int end, String prefix, String suffix) {
        int score = 0;
        if (prefix != null) {
            for (int i = 1; i <= prefix.length() && start - i >= 0
                    && prefix.charAt(prefix.length() - i) == text.charAt(start - i); i++) {
                score++;
            }
        }
        if (suffix != null) {
            for (int i = 0; i < suffix.length() && end + i < text.length()
                    && suffix.charAt(i) == text.charAt(end + i); i++) {
                score++;
            }
        }
        return score;
    }

    private static Result nearMiss(String text, String exact) {
        StringBuilder normText = new StringBuilder(text.length());
        int[] textIndex = new int[text.length() * 3 + 1];
        normalise(text, normText, textIndex);
        StringBuilder normQuote = new StringBuilder(exact.length());
        int[] quoteIndex = new int[exact.length() * 3 + 1];
        normalise(exact, normQuote, quoteIndex);
        if (normQuote.length() == 0) {
            return new Result(Status.NOT_FOUND, -1, -1, -1, null, false);
        }
        int at = normText.indexOf(normQuote.toString());
        if (at < 0) {
            return mistyped(text, exact);
        }
        int textStart = textIndex[at];
        // Walk both strings to name the first character that differs.
        String detail = null;
        int qi = 0;
        int ti = textStart;
        while (qi < exact.length() && ti < text.length()) {
            char q = exact.charAt(qi);
            char t = text.charAt(ti);
            if (q != t) {
                detail = "the quote has " + describe(q) + " where the article has " + describe(t)
                        + (t == '\n' ? " (the article's line breaks are part of its text — a hard-wrapped file "
                        + "keeps each line as a paragraph: copy the quote from the text as stored)" : "");
                break;
            }
            qi++;
            ti++;
        }
        return new Result(Status.NOT_FOUND, -1, -1, textStart, detail, false);
    }

    /** The shortest quote looked at for a typing slip: shorter halves would be found anywhere. */
    static final int MISTYPED_MIN_LENGTH = 16;

    /**
     * A quote not in the text even loosely may still be a passage with a slip of the keys
     * ("Setember"): when its first half is in the text once, the first character after it that
     * differs is named; else when its second half is, the last character before it that differs.
     */
    private static Result mistyped(String text, String exact) {
        if (exact.length() >= MISTYPED_MIN_LENGTH) {
            int half = exact.length() / 2;
            String head = exact.substring(0, half);
            int at = text.indexOf(head);
            if (at >= 0 && text.indexOf(head, at + 1) < 0) {
                int qi = half;
                int ti = at + half;
                while (qi < exact.length() && ti < text.length() && exact.charAt(qi) == text.charAt(ti)) {
                    qi++;
                    ti++;
                }
                if (qi < exact.length() && ti < text.length()) {
                    return new Result(Status.NOT_FOUND, -1, -1, at, "the quote has " + describe(exact.charAt(qi))
                            + " where the article has " + describe(text.charAt(ti)) + " (offset " + ti + ")", false);
                }
            }
            String tail = exact.substring(half);
            at = text.indexOf(tail);
            if (at >= 0 && text.indexOf(tail, at + 1) < 0) {
                int qi = half - 1;
                int ti = at - 1;
                while (qi >= 0 && ti >= 0 && exact.charAt(qi) == text.charAt(ti)) {
                    qi--;
                    ti--;
                }
                if (qi >= 0 && ti >= 0) {
                    return new Result(Status.NOT_FOUND, -1, -1, Math.max(0, ti - qi), "the quote has "
                            + describe(exact.charAt(qi)) + " where the article has " + describe(text.charAt(ti))
                            + " (offset " + ti + ")", false);
                }
            }
        }
        return new Result(Status.NOT_FOUND, -1, -1, -1, null, false);
    }

    private static void normalise(String s, StringBuilder out, int[] index) {
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> ' ';
                default -> c;
            };
            if (c == '\u2026') {
                index[out.length()] = i;
                out.append("...");
                lastSpace = false;
                continue;
            }
            if (n == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            index[out.length()] = i;
            out.append(n);
        }
        index[Math.min(out.length(), index.length - 1)] = s.length();
    }

    static String describe(char c) {
        return switch (c) {
            case '\u00A0' -> "a non-breaking space (U+00A0)";
            case ' ' -> "a space";
            case '\n' -> "a line break";
            case '\'' -> "a straight apostrophe (')";
            case '"' -> "a straight quotation mark (\")";
            default -> c < 0x80 ? "'" + c + "'" : "'" + c + "' (U+" + String.format("%04X", (int) c) + ")";
        };
    }
}
