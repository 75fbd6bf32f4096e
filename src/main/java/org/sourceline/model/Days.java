package org.sourceline.model;

import java.time.LocalDate;

/**
 * Time values are counted in days since 1970-01-01 (epoch days), held in a {@code long}.
 * Open ends use the two sentinels below, so comparisons need no special cases.
 *
 * <p>A {@code long} reaches far beyond the calendar {@link LocalDate} knows (years ±999,999,999):
 * TimelineJS's cosmological scale has events billions of years ago. Such days are estimates
 * made from whole years ({@link #yearStart(long)}); they are formatted as EDTF long years
 * ({@code Y-13800000000}) and never passed to {@link LocalDate}.
 */
public final class Days {
    /** Earliest bound of a span that is open towards the past. */
    public static final long OPEN_START = Long.MIN_VALUE;
    /** Latest bound of a span that is open towards the future. */
    public static final long OPEN_END = Long.MAX_VALUE;

    private static final long FIRST_CALENDAR_DAY = LocalDate.MIN.toEpochDay();
    private static final long LAST_CALENDAR_DAY = LocalDate.MAX.toEpochDay();
    /** Average length of a Gregorian year in days, for years beyond the calendar. */
    private static final double DAYS_PER_YEAR = 365.2425;

    private Days() {
    }

    public static long of(LocalDate date) {
        return date.toEpochDay();
    }

    public static long of(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    /** The calendar date of a day; only for days where {@link #isCalendarDay(long)} holds. */
    public static LocalDate toDate(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    public static boolean isOpen(long day) {
        return day == OPEN_START || day == OPEN_END;
    }

    /** True when the day is not an open end and lies within the calendar {@link LocalDate} knows. */
    public static boolean isCalendarDay(long day) {
        return day >= FIRST_CALENDAR_DAY && day <= LAST_CALENDAR_DAY;
    }

    /**
     * Epoch day of 1 January of a year (astronomical numbering: year 0 is 1 BCE). Within the
     * calendar it is exact; beyond it, an estimate from the average Gregorian year.
     */
    public static long yearStart(long year) {
        if (year > -999_999_999L && year < 999_999_999L) {
            return LocalDate.of((int) year, 1, 1).toEpochDay();
        }
        return Math.round((year - 1970) * DAYS_PER_YEAR);
    }

    /** The year a day falls in (the inverse of {@link #yearStart(long)}); not for open ends. */
    public static long yearOf(long day) {
        if (isCalendarDay(day)) {
            return toDate(day).getYear();
        }
        long year = (long) Math.floor(day / DAYS_PER_YEAR) + 1970;
        while (yearStart(year + 1) <= day) {
            year++;
        }
        while (yearStart(year) > day) {
            year--;
        }
        return year;
    }

    /**
     * ISO form of a day ({@code 2023-01-02}), {@code ".."} for an open end, or the EDTF year
     * ({@code Y-13800000000}) for a day beyond the calendar. Never throws.
     */
    public static String format(long day) {
        if (isOpen(day)) {
            return "..";
        }
        if (isCalendarDay(day)) {
            return toDate(day).toString();
        }
        return "Y" + yearOf(day);
    }
}
