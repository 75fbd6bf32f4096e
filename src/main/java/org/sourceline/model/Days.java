package org.sourceline.model;

import java.time.LocalDate;

/**
 * Time values are counted in days since 1970-01-01 (epoch days), held in a {@code long}.
 * Open ends use the two sentinels below, so comparisons need no special cases.
 */
public final class Days {
    /** Earliest bound of a span that is open towards the past. */
    public static final long OPEN_START = Long.MIN_VALUE;
    /** Latest bound of a span that is open towards the future. */
    public static final long OPEN_END = Long.MAX_VALUE;

    private Days() {
    }

    public static long of(LocalDate date) {
        return date.toEpochDay();
    }

    public static long of(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    public static LocalDate toDate(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    public static boolean isOpen(long day) {
        return day == OPEN_START || day == OPEN_END;
    }

    /** ISO form of a day, or {@code ".."} for an open end. */
    public static String format(long day) {
        return isOpen(day) ? ".." : toDate(day).toString();
    }
}
