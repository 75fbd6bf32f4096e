package org.sourceline.data.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the publication dates pages give ({@code 2023-01-05T10:30:00+03:00}, {@code 2023-01},
 * {@code Thu, 05 Jan 2023 10:30:00 GMT}, {@code January 5, 2023}) into EDTF as precise as given:
 * a day, a month or a year. The day is the one written in the value, in the publisher's own time
 * zone: a story stamped {@code 2023-01-05T23:30:00-05:00} was published on 5 January where it was
 * written, whatever the day in UTC. Anything else is not understood (null), never guessed.
 */
final class PublishedDate {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{4,6}(?:Z|[+-]\\d{4})?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private PublishedDate() {
    }

    /** EDTF for a publication date as a page writes it, or null when it is not understood. */
    static String toEdtf(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return edtf(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return edtf(m.group(1), m.group(2), m.group(3));
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not an e-mail style date; try the words
        }
        m = MONTH_DAY_YEAR.matcher(v);
        if (m.matches() && month(m.group(1)) > 0) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.matches() && month(m.group(2)) > 0) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static String edtf(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1000) {
            return null;
        }
        if (month == null) {
            return year;
        }
        int mo = Integer.parseInt(month);
        if (day == null) {
            return mo >= 1 && mo <= 12 ? YearMonth.of(y, mo).toString() : null;
        }
        return day(y, mo, Integer.parseInt(day));
    }

    private static String day(int year, int month, int day) {
        if (year < 1000 || year > 9999) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return month == null ? 0 : month;
    }
}
