package org.sourceline.timephrase;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date an article carries at its top: a line that is mostly a date ("Wednesday, April 13,
 * 2011", "Published 3 March 2011"), or a wire-service dateline opening the first paragraph
 * ("LONDON, March 3 (Reuters) -"). A dateline without a year gives a month and day only; it can
 * pin a publication date known to the year or month, not stand in for one.
 *
 * @param start offset of the date's first character
 * @param end   offset after its last character
 * @param year  the year, or null when the dateline gives none
 */
public record Dateline(int start, int end, Integer year, int month, int day) {
    /** How many of the first non-empty lines are searched. */
    private static final int LINES = 6;
    /** A line at most this long can be a dateline of its own. */
    private static final int SHORT_LINE = 90;

    /** The date, when the dateline gives a year. */
    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** Finds the dateline at the top of a text. */
    public static Optional<Dateline> find(String text) {
        return inFirstLines(text, Dateline::inLine);
    }

    /**
     * A date at the top of a text that would be its dateline but reads two ways ("05/02/2024":
     * 5 February or 2 May), said as “05/02/2024” (5 February or 2 May 2024); empty when there is none.
     */
    public static Optional<String> ambiguousAtTop(String text) {
        return inFirstLines(text, Dateline::ambiguousInLine);
    }

    /** The first of the first {@value #LINES} non-empty lines in which {@code look} finds something. */
    private static <T> Optional<T> inFirstLines(String text, java.util.function.BiFunction<String, Integer, Optional<T>> look) {
        int lineStart = 0;
        int lines = 0;
        while (lineStart < text.length() && lines < LINES) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                lines++;
                Optional<T> found = look.apply(line, lineStart);
                if (found.isPresent()) {
                    return found;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** A numeric date that reads both ways on a line of its own that is mostly that date. */
    private static Optional<String> ambiguousInLine(String line, int offset) {
        Tokens t = Tokens.of(line.length() > 400 ? line.substring(0, 400) : line);
        SpanPatterns patterns = new SpanPatterns(t);
        for (int i = 0; i < t.size && i < 16; i++) {
            Parse p = patterns.phrase(i);
            if (p == null) {
                continue;
            }
            if (p.meaning() instanceof Meaning.NumericDate n && asDay(n) == null && line.strip().length() <= SHORT_LINE
                    && otherWords(t, i, p.to()) <= 6 && CalendarMath.isValidDay(n.year(), n.first(), n.second())
                    && CalendarMath.isValidDay(n.year(), n.second(), n.first())) {
                java.time.format.DateTimeFormatter dayMonth = java.time.format.DateTimeFormatter.ofPattern("d MMMM",
                        java.util.Locale.ENGLISH);
                return Optional.of("“" + line.substring(t.start(i), t.end(p.to() - 1)) + "” ("
                        + LocalDate.of(n.year(), n.second(), n.first()).format(dayMonth) + " or "
                        + LocalDate.of(n.year(), n.first(), n.second()).format(dayMonth) + " " + n.year() + ")");
            }
            i = p.to() - 1;
        }
        return Optional.empty();
    }

    private static Optional<Dateline> inLine(String line, int offset) {
        Tokens t = Tokens.of(line.length() > 400 ? line.substring(0, 400) : line);
        SpanPatterns patterns = new SpanPatterns(t);
        boolean shortLine = line.strip().length() <= SHORT_LINE;
        for (int i = 0; i < t.size && i < 16; i++) {
            Parse p = patterns.phrase(i);
            if (p == null) {
                continue;
            }
            Meaning.CalendarDay day = asDay(p.meaning());
            if (day == null) {
                i = p.to() - 1;
                continue;
            }
            boolean wire = isWireDateline(t, i, p.to());
            // A line of its own that is mostly the date: few other words ("Published", a place, a byline);
            // a time of day and its zone ("5:14 p.m. MT", "07.00 BST") and separators do not count.
            boolean mostlyDate = shortLine && otherWords(t, i, p.to()) <= 6;
            if (!mostlyDate && !wire) {
                return Optional.empty();
            }
            if (day.year() == null && !wire) {
                return Optional.empty();
            }
            return Optional.of(new Dateline(offset + t.start(i), offset + t.end(p.to() - 1), day.year(), day.month(),
                    day.day()));
        }
        return Optional.empty();
    }

    /** A single day: a date, or a numeric date that reads only one way ("13/04/2011"). */
    private static Meaning.CalendarDay asDay(Meaning m) {
        if (m instanceof Meaning.CalendarDay day) {
            return day;
        }
        if (m instanceof Meaning.NumericDate n) {
            boolean monthFirst = CalendarMath.isValidDay(n.year(), n.first(), n.second());
            boolean dayFirst = CalendarMath.isValidDay(n.year(), n.second(), n.first());
            if (monthFirst && (!dayFirst || n.first() == n.second())) {
                return new Meaning.CalendarDay(n.year(), n.first(), n.second());
            }
            if (dayFirst && !monthFirst) {
                return new Meaning.CalendarDay(n.year(), n.second(), n.first());
            }
        }
        return null;
    }

    /** Words of the line outside the date [from, to), not counting a time of day, its zone or numbers. */
    private static int otherWords(Tokens t, int from, int to) {
        int words = 0;
        for (int k = 0; k < t.size; k++) {
            if (k >= from && k < to || !t.isWord(k)) {
                continue;
            }
            boolean timeOfDay = t.isAny(k, "am", "pm", "a", "p", "m", "h", "hrs") && (t.isNumber(k - 1)
                    || t.is(k - 1, ".") && t.touches(k)) || Lexicon.isTimeZone(t.lower(k)) && t.isAllCaps(k);
            if (!timeOfDay) {
                words++;
            }
        }
        return words;
    }

    /**
     * "LONDON, March 3 (Reuters) -", "WASHINGTON, April 13, 2011 —", "PASADENA, Calif., Oct. 16,
     * 2024 —": a place in capitals opening the line (a state or country may follow it) and a
     * comma before the date, a dash, colon or an agency in brackets after it.
     */
    private static boolean isWireDateline(Tokens t, int from, int to) {
        boolean placeBefore = from >= 2 && t.is(from - 1, ",") && (t.isAllCaps(from - 2) || placeOpensLine(t, from - 1));
        int k = to;
        if (t.is(k, "(")) {
            while (k < t.size && !t.is(k, ")") && k < to + 6) {
                k++;
            }
            k++;
        }
        boolean dashAfter = t.isAny(k, "-", "–", "—", ":");
        return placeBefore && dashAfter || from == 0 && dashAfter;
    }

    /**
     * True when the tokens before {@code comma} are a place in capitals opening the line followed by
     * at most three capitalised words or abbreviations ("PASADENA, Calif.", "KYIV, Ukraine").
     */
    private static boolean placeOpensLine(Tokens t, int comma) {
        if (!t.isAllCaps(0) || t.end(0) - t.start(0) < 2 || !t.is(1, ",")) {
            return false;
        }
        int words = 0;
        for (int k = 2; k < comma; k++) {
            if (t.isCapitalized(k)) {
                words++;
            } else if (!t.isAny(k, ".", ",")) {
                return false;
            }
        }
        return words >= 1 && words <= 3;
    }
}
