package org.sourceline.data;

import java.time.LocalDate;
import java.time.Year;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * Parser for the Extended Date/Time Format (Library of Congress EDTF, ISO 8601-2), levels 0 and
 * 1, reduced to what a timeline needs: the widest day bounds a value allows and how firmly each
 * end is known.
 *
 * <p>Supported: {@code 2023}, {@code 2022-10}, {@code 2023-01-02}; negative years ({@code -0044});
 * long years ({@code Y-170000002}); seasons {@code 2022-21..24} (spring, summer, autumn, winter,
 * northern hemisphere, astronomical: 20 March, 21 June, 22 September, 21 December); unspecified
 * digits from the right ({@code 201X}, {@code 2004-XX}); qualifiers {@code ?} uncertain,
 * {@code ~} approximate, {@code %} both; intervals {@code A/B} with an open ({@code ..}) or
 * unknown (empty) end.
 */
public final class Edtf {
    /** The finest unit a single EDTF date names. */
    public enum Precision { DAY, MONTH, SEASON, YEAR, DECADE, CENTURY, OPEN }

    /** Parsed bounds, inclusive epoch days; open ends use {@link Days#OPEN_START}/{@link Days#OPEN_END}. */
    public record Bounds(long earliest, long latest, Qualifier startQualifier, Qualifier endQualifier,
                         Precision startPrecision, Precision endPrecision) {
        public boolean isInterval() {
            return startPrecision != endPrecision || earliest != latest;
        }
    }

    private record DateValue(long first, long last, Qualifier qualifier, Precision precision) {
    }

    /**
     * Largest year (either side of year 0) a time span may name: 10¹² − 1, far beyond the age of
     * the universe and well within what day counts in a {@code long} hold exactly.
     */
    public static final long MAX_YEAR = 999_999_999_999L;
    private static final int MAX_YEAR_DIGITS = 12;

    private Edtf() {
    }

    /** Parses an EDTF level 0/1 value. */
    public static Bounds parse(String value) throws EdtfException {
        if (value != null && value.length() == 10) {
            // A plain day, the most common value by far: read without the general parser.
            long day = Dates.epochDay(value);
            if (day != Dates.NOT_A_DATE) {
                return new Bounds(day, day, Qualifier.EXACT, Qualifier.EXACT, Precision.DAY, Precision.DAY);
            }
        }
        return parseGeneral(value);
    }

    /** {@link #parse} without its shortcut for plain days (kept to check the shortcut against). */
    static Bounds parseGeneral(String value) throws EdtfException {
        if (value == null || value.isEmpty()) {
            throw new EdtfException("empty EDTF value", 0);
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            if (value.equals("..")) {
                throw new EdtfException("'..' is only allowed as an interval end", 0);
            }
            DateValue d = date(value, 0, value.length());
            return new Bounds(d.first, d.last, d.qualifier, d.qualifier, d.precision, d.precision);
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new EdtfException("more than one '/' in an interval", value.indexOf('/', slash + 1));
        }
        DateValue start = intervalEnd(value, 0, slash, true);
        DateValue end = intervalEnd(value, slash + 1, value.length(), false);
        if (start.precision == Precision.OPEN && end.precision == Precision.OPEN) {
            throw new EdtfException("an interval needs at least one known end", 0);
        }
        if (start.first != Days.OPEN_START && end.last != Days.OPEN_END && start.first > end.last) {
            throw new EdtfException("reversed interval: the start is after the end", slash);
        }
        return new Bounds(start.first, end.last, start.qualifier, end.qualifier, start.precision, end.precision);
    }

    /**
     * The time span an EDTF value means, its bounds derived from the value (what the reader does
     * when a file gives none).
     *
     * @param phrase the source's own words for it, or null
     * @param note   why the bounds are what they are, or null
     */
    public static TimeSpan span(String value, String phrase, String note) throws EdtfException {
        Bounds bounds = parse(value);
        return new TimeSpan(value, phrase, bounds.earliest(), bounds.latest(), bounds.startQualifier(),
                bounds.endQualifier(), note);
    }

    /** True when {@code value} parses. */
    public static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (EdtfException e) {
            return false;
        }
    }

    private static DateValue intervalEnd(String s, int from, int to, boolean isStart) throws EdtfException {
        if (from == to) {
            return new DateValue(isStart ? Days.OPEN_START : Days.OPEN_END, isStart ? Days.OPEN_START : Days.OPEN_END,
                    Qualifier.UNKNOWN, Precision.OPEN);
        }
        if (to - from == 2 && s.charAt(from) == '.' && s.charAt(from + 1) == '.') {
            return new DateValue(isStart ? Days.OPEN_START : Days.OPEN_END, isStart ? Days.OPEN_START : Days.OPEN_END,
                    Qualifier.OPEN, Precision.OPEN);
        }
        return date(s, from, to);
    }

    private static DateValue date(String s, int from, int to) throws EdtfException {
        Qualifier qualifier = Qualifier.EXACT;
        char last = s.charAt(to - 1);
        if (last == '?' || last == '~' || last == '%') {
            qualifier = last == '?' ? Qualifier.UNCERTAIN : last == '~' ? Qualifier.APPROXIMATE : Qualifier.APPROXIMATE_UNCERTAIN;
            to--;
            if (to == from) {
                throw new EdtfException("a qualifier needs a date before it", from);
            }
        }
        int pos = from;
        long year;
        Precision precision = Precision.YEAR;
        long yearSpan = 1;
        if (s.charAt(pos) == 'Y') {
            pos++;
            int digitsFrom = pos;
            if (pos < to && s.charAt(pos) == '-') {
                pos++;
            }
            int numberStart = pos;
            while (pos < to && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos - numberStart < 5) {
                throw new EdtfException("a 'Y' year needs more than four digits", digitsFrom);
            }
            if (pos - numberStart > MAX_YEAR_DIGITS) {
                throw new EdtfException(String.format(java.util.Locale.ROOT, "the year is beyond what Sourceline holds "
                        + "(at most %,d years before or after year 0)", MAX_YEAR), digitsFrom);
            }
            year = Long.parseLong(s.substring(digitsFrom, pos));
            if (pos != to) {
                throw new EdtfException("a 'Y' year cannot have a month or day", pos);
            }
            return yearRange(year, 1, qualifier, Precision.YEAR);
        }
        boolean negative = false;
        if (s.charAt(pos) == '-') {
            negative = true;
            pos++;
        }
        if (to - pos < 4) {
            throw new EdtfException("expected a four-digit year", pos);
        }
        int unspecified = 0;
        long y = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(pos + i);
            if (c == 'X') {
                unspecified++;
                y = y * 10;
            } else if (c >= '0' && c <= '9') {
                if (unspecified > 0) {
                    throw new EdtfException("unspecified digits ('X') must be the last digits of the year", pos + i);
                }
                y = y * 10 + (c - '0');
            } else {
                throw new EdtfException("expected a digit in the year, found '" + c + "'", pos + i);
            }
        }
        pos += 4;
        if (unspecified == 4) {
            throw new EdtfException("a year of only 'X' says nothing", pos - 4);
        }
        if (unspecified > 0) {
            yearSpan = (long) Math.pow(10, unspecified);
            precision = unspecified == 1 ? Precision.DECADE : Precision.CENTURY;
        }
        year = negative ? -y : y;
        if (negative && unspecified > 0) {
            // -01XX covers -0199..-0100: the span runs towards the past.
            year = year - yearSpan + 1;
        }
        if (pos == to) {
            return yearRange(year, yearSpan, qualifier, precision);
        }
        if (unspecified > 0) {
            throw new EdtfException("a year with unspecified digits cannot have a month", pos);
        }
        expect(s, pos, '-', "expected '-' before the month");
        pos++;
        if (to - pos < 2) {
            throw new EdtfException("expected a two-digit month or season", pos);
        }
        String mm = s.substring(pos, pos + 2);
        pos += 2;
        if (mm.equals("XX")) {
            if (pos != to) {
                if (!s.startsWith("-XX", pos) || pos + 3 != to) {
                    throw new EdtfException("after an unspecified month only an unspecified day may follow", pos);
                }
            }
            return yearRange(year, 1, qualifier, Precision.YEAR);
        }
        int month = twoDigits(mm, pos - 2);
        if (month >= 21 && month <= 24) {
            if (pos != to) {
                throw new EdtfException("a season cannot have a day", pos);
            }
            return season(year, month, qualifier);
        }
        if (month < 1 || month > 12) {
            throw new EdtfException("month " + mm + " out of range (01–12, or 21–24 for seasons)", pos - 2);
        }
        checkYearForCalendar(year, from);
        LocalDate firstOfMonth = LocalDate.of((int) year, month, 1);
        if (pos == to) {
            return new DateValue(firstOfMonth.toEpochDay(), firstOfMonth.plusMonths(1).toEpochDay() - 1,
                    qualifier, Precision.MONTH);
        }
        expect(s, pos, '-', "expected '-' before the day");
        pos++;
        if (to - pos > 2 && s.charAt(pos + 2) == 'T') {
            throw new EdtfException("a time of day (\"" + s.substring(pos + 2, to) + "\") is not held: Sourceline "
                    + "counts days; give the day (" + s.substring(from, pos + 2) + ") and say the time in the "
                    + "phrase or note", pos + 2);
        }
        if (to - pos != 2) {
            throw new EdtfException("expected a two-digit day", pos);
        }
        String dd = s.substring(pos, pos + 2);
        if (dd.equals("XX")) {
            return new DateValue(firstOfMonth.toEpochDay(), firstOfMonth.plusMonths(1).toEpochDay() - 1,
                    qualifier, Precision.MONTH);
        }
        int day = twoDigits(dd, pos);
        if (day < 1 || day > firstOfMonth.lengthOfMonth()) {
            throw new EdtfException("day " + dd + " does not exist in " + firstOfMonth.getMonth().name().charAt(0)
                    + firstOfMonth.getMonth().name().substring(1).toLowerCase() + " " + year, pos);
        }
        long epochDay = firstOfMonth.withDayOfMonth(day).toEpochDay();
        return new DateValue(epochDay, epochDay, qualifier, Precision.DAY);
    }

    private static DateValue season(long year, int season, Qualifier qualifier) {
        LocalDate first;
        LocalDate last;
        int y = (int) year;
        switch (season) {
            case 21 -> { first = LocalDate.of(y, 3, 20); last = LocalDate.of(y, 6, 20); }
            case 22 -> { first = LocalDate.of(y, 6, 21); last = LocalDate.of(y, 9, 21); }
            case 23 -> { first = LocalDate.of(y, 9, 22); last = LocalDate.of(y, 12, 20); }
            default -> { first = LocalDate.of(y, 12, 21); last = LocalDate.of(y + 1, 3, 19); }
        }
        return new DateValue(first.toEpochDay(), last.toEpochDay(), qualifier, Precision.SEASON);
    }

    private static DateValue yearRange(long year, long span, Qualifier qualifier, Precision precision) {
        return new DateValue(yearStart(year), yearStart(year + span) - 1, qualifier, precision);
    }

    /** Epoch day of 1 January of a year; beyond java.time's range, an average-year estimate. */
    static long yearStart(long year) {
        return Days.yearStart(year);
    }

    private static void checkYearForCalendar(long year, int offset) throws EdtfException {
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new EdtfException("year out of range for a month or day", offset);
        }
    }

    private static int twoDigits(String s, int offset) throws EdtfException {
        char a = s.charAt(0);
        char b = s.charAt(1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw new EdtfException("expected two digits, found '" + s + "'", offset);
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static void expect(String s, int pos, char c, String message) throws EdtfException {
        if (pos >= s.length() || s.charAt(pos) != c) {
            throw new EdtfException(message, pos);
        }
    }

    /** EDTF for a single day, e.g. {@code 2023-01-02}. */
    public static String ofDay(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
