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
                Optional<Dateline> found = inLine(line, lineStart);
                if (found.isPresent()) {
                    return found;
                }
            }
            lineStart = lineEnd + 1;
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
            // A line of its own that is mostly the date: few other words ("Published", a place, a byline).
            boolean mostlyDate = shortLine && t.size - (p.to() - i) <= 6;
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

    /**
     * "LONDON, March 3 (Reuters) -", "WASHINGTON, April 13, 2011 —": a place in capitals and a
     * comma before the date, a dash, colon or an agency in brackets after it.
     */
    private static boolean isWireDateline(Tokens t, int from, int to) {
        boolean placeBefore = from >= 2 && t.is(from - 1, ",") && t.isAllCaps(from - 2);
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
}
