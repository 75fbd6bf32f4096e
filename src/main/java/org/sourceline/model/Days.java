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

    private Days() {
    }

    /** Epoch day of 1 January of a year; beyond java.time's range, an average-year estimate. */
    public static long yearStart(long year) {
        if (year > java.time.Year.MIN_VALUE && year < java.time.Year.MAX_VALUE) {
            return LocalDate.of((int) year, 1, 1).toEpochDay();
        }
        return Math.round((year - 1970) * 365.2425);
    }

    /** The (astronomical) year a day falls in, for days within or beyond java.time's range. */
    public static long yearOf(long epochDay) {
        if (epochDay > MIN_CALENDAR_DAY && epochDay < MAX_CALENDAR_DAY) {
            return LocalDate.ofEpochDay(epochDay).getYear();
        }
        // The exact inverse of yearStart: a first guess from the average year, then corrected,
        // so that the first day of a year always falls in that year.
        long year = 1970 + (long) Math.floor(epochDay / 365.2425);
        while (yearStart(year + 1) <= epochDay) {
            year++;
        }
        while (yearStart(year) > epochDay) {
            year--;
        }
        return year;
    }

    /** True when the day can be shown as a calendar date (java.time's range). */
    public static boolean isCalendarDay(long epochDay) {
        return epochDay >= MIN_CALENDAR_DAY && epochDay <= MAX_CALENDAR_DAY;
    }

    private static final long MIN_CALENDAR_DAY = LocalDate.MIN.toEpochDay();
    private static final long MAX_CALENDAR_DAY = LocalDate.MAX.toEpochDay();

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

    /**
     * ISO form of a day ({@code 2023-01-02}), {@code ".."} for an open end, or the EDTF year
     * ({@code Y-13800000000}) for a day beyond the calendar. Never throws.
     */
    public static String format(long day) {
        if (isOpen(day)) {
            return "..";
        }
        return isCalendarDay(day) ? toDate(day).toString() : "Y" + yearOf(day);
    }
}
