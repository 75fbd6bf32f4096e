package org.sourceline.data;

/**
 * Finds a quote in an article the way Hypothesis re-anchors annotations: first the recorded
 * position (the text there must equal the quote), then an exact search choosing the occurrence
 * whose surroundings best match the recorded prefix and suffix, nearest to the old position.
 * When the quote is not in the text character for character, a search that ignores the usual
 * typographic differences (curly vs straight quotes, dashes, non-breaking spaces, ellipses, runs
 * of white space) says where the near miss is and which character differs.
 */
public final class QuoteAnchor {
    /** Outcome of anchoring one quote. */
    public enum Status {
        /** found at the recorded offsets */
        VERIFIED,
        /** not at the recorded offsets (or none were given), found elsewhere */
        REANCHORED,
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
     */
    public record Result(Status status, int start, int end, int nearMissStart, String nearMissDetail,
                         boolean contextMatches) {
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
            return new Result(Status.VERIFIED, start, end, -1, null, contextMatches(text, start, end, prefix, suffix));
        }
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        long bestDistance = Long.MAX_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = contextScore(text, at, at + exact.length(), prefix, suffix);
            long distance = start >= 0 ? Math.abs((long) at - start) : at;
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            int bestEnd = best + exact.length();
            return new Result(Status.REANCHORED, best, bestEnd, -1, null,
                    contextMatches(text, best, bestEnd, prefix, suffix));
        }
        return nearMiss(text, exact);
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
            return new Result(Status.NOT_FOUND, -1, -1, -1, null, false);
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
                detail = "the quote has " + describe(q) + " where the article has " + describe(t);
                break;
            }
            qi++;
            ti++;
        }
        return new Result(Status.NOT_FOUND, -1, -1, textStart, detail, false);
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
