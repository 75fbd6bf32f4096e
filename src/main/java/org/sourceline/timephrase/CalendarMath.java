package org.sourceline.timephrase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic on epoch days: the bounds of months, seasons, quarters, weeks, decades and
 * centuries; moving by units and working days; the thirds and sixths a word like "late" stands
 * for; and the EDTF text of a day, month or year. Seasons are the astronomical ones of
 * {@link org.sourceline.data.Edtf} (spring from 20 March, summer 21 June, autumn 22 September,
 * winter 21 December to 19 March), so that an EDTF season and its bounds always agree.
 */
final class CalendarMath {
    private CalendarMath() {
    }

    static long day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    static LocalDate date(long day) {
        return LocalDate.ofEpochDay(day);
    }

    static int year(long day) {
        return date(day).getYear();
    }

    static boolean isValidDay(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    static long yearStart(int year) {
        return day(year, 1, 1);
    }

    static long yearEnd(int year) {
        return day(year, 12, 31);
    }

    static long monthStart(int year, int month) {
        return day(year, month, 1);
    }

    static long monthEnd(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).toEpochDay() - 1;
    }

    /** {first, last} of a season (1 spring … 4 winter, winter running into the next year). */
    static long[] season(int year, int season) {
        return switch (season) {
            case 1 -> new long[] {day(year, 3, 20), day(year, 6, 20)};
            case 2 -> new long[] {day(year, 6, 21), day(year, 9, 21)};
            case 3 -> new long[] {day(year, 9, 22), day(year, 12, 20)};
            default -> new long[] {day(year, 12, 21), day(year + 1, 3, 19)};
        };
    }

    /** EDTF season code: 21 spring, 22 summer, 23 autumn, 24 winter. */
    static String seasonText(int year, int season) {
        return yearText(year) + "-" + (20 + season);
    }

    static long[] quarter(int year, int quarter) {
        int firstMonth = (quarter - 1) * 3 + 1;
        return new long[] {monthStart(year, firstMonth), monthEnd(year, firstMonth + 2)};
    }

    /** The Monday of the ISO week holding a day. */
    static long weekStart(long day) {
        return date(day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
    }

    static DayOfWeek weekday(long day) {
        return date(day).getDayOfWeek();
    }

    /** The latest day on or before {@code day} that is a {@code weekday}. */
    static long onOrBefore(long day, DayOfWeek weekday) {
        return date(day).with(TemporalAdjusters.previousOrSame(weekday)).toEpochDay();
    }

    /** The earliest day on or after {@code day} that is a {@code weekday}. */
    static long onOrAfter(long day, DayOfWeek weekday) {
        return date(day).with(TemporalAdjusters.nextOrSame(weekday)).toEpochDay();
    }

    /** Moves a day by n units; months and years keep the day of month where it exists. */
    static long plus(long day, Unit unit, long n) {
        LocalDate d = date(day);
        return switch (unit) {
            case HOUR -> day + Math.floorDiv(n, 24);
            case DAY -> day + n;
            case WORKING_DAY -> plusWorkingDays(day, n);
            case WEEK, WEEKEND -> day + 7 * n;
            case MONTH -> d.plusMonths(n).toEpochDay();
            case QUARTER -> d.plusMonths(3 * n).toEpochDay();
            case SEASON -> d.plusMonths(3 * n).toEpochDay();
            case YEAR -> d.plusYears(n).toEpochDay();
            case DECADE -> d.plusYears(10 * n).toEpochDay();
            case CENTURY -> d.plusYears(100 * n).toEpochDay();
        };
    }

    /**
     * The day n working days (Monday to Friday) after a day, or before it for negative n.
     * Public holidays differ by country and are not known here.
     */
    static long plusWorkingDays(long day, long n) {
        if (n == 0) {
            return day;
        }
        long step = n >= 0 ? 1 : -1;
        long remaining = Math.abs(n);
        long d = day;
        // From a weekend day the next working day is the same as from the Friday before it (the
        // Monday after it, going back): start there, so that whole weeks can be skipped below.
        DayOfWeek start = weekday(d);
        if (start == DayOfWeek.SATURDAY || start == DayOfWeek.SUNDAY) {
            d = step > 0 ? onOrBefore(d, DayOfWeek.FRIDAY) : onOrAfter(d, DayOfWeek.MONDAY);
        }
        // Whole weeks at once: five working days are seven calendar days.
        long weeks = remaining / 5;
        d += step * weeks * 7;
        remaining -= weeks * 5;
        while (remaining > 0) {
            d += step;
            DayOfWeek w = weekday(d);
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                remaining--;
            }
        }
        return d;
    }

    /** {first, last} of the calendar unit holding a day: its week (Monday–Sunday), month, year… */
    static long[] granule(long day, Unit unit) {
        LocalDate d = date(day);
        int y = d.getYear();
        return switch (unit) {
            case HOUR, DAY, WORKING_DAY -> new long[] {day, day};
            case WEEK -> new long[] {weekStart(day), weekStart(day) + 6};
            case WEEKEND -> {
                long saturday = onOrBefore(day, DayOfWeek.SATURDAY);
                yield weekday(day) == DayOfWeek.SUNDAY ? new long[] {day - 1, day} : new long[] {saturday, saturday + 1};
            }
            case MONTH -> new long[] {monthStart(y, d.getMonthValue()), monthEnd(y, d.getMonthValue())};
            case QUARTER -> quarter(y, (d.getMonthValue() - 1) / 3 + 1);
            case SEASON -> seasonHolding(day);
            case YEAR -> new long[] {yearStart(y), yearEnd(y)};
            case DECADE -> new long[] {yearStart(Math.floorDiv(y, 10) * 10), yearEnd(Math.floorDiv(y, 10) * 10 + 9)};
            // Both readings of a century: 1901–2000 (counted) and 1900–1999 (as commonly said).
            case CENTURY -> new long[] {yearStart(Math.floorDiv(y - 1, 100) * 100), yearEnd(Math.floorDiv(y - 1, 100) * 100 + 100)};
        };
    }

    /** {first, last, year, season} of the season a day falls in. */
    static long[] seasonHolding(long day) {
        int y = year(day);
        for (int s = 1; s <= 4; s++) {
            long[] b = season(y, s);
            if (day >= b[0] && day <= b[1]) {
                return new long[] {b[0], b[1], y, s};
            }
        }
        long[] b = season(y - 1, 4);
        return new long[] {b[0], b[1], y - 1, 4};
    }

    /**
     * The part of [first, last] that "early" (first third), "mid" (middle third), "late" (last
     * third), "the start of" and "the end of" (first or last sixth of a year or longer; third of a
     * month or shorter) stand for, rounded outwards to whole days, months or years.
     */
    static long[] portion(long first, long last, Meaning.Portion portion) {
        long days = last - first + 1;
        double from;
        double to;
        boolean longBase = days > 100;
        switch (portion) {
            case EARLY -> { from = 0; to = 1 / 3.0; }
            case MID -> { from = 1 / 3.0; to = 2 / 3.0; }
            case LATE -> { from = 2 / 3.0; to = 1; }
            case START -> { from = 0; to = longBase ? 1 / 6.0 : 1 / 3.0; }
            default -> { from = longBase ? 5 / 6.0 : 2 / 3.0; to = 1; }
        }
        if (days <= 100) {
            int n = (int) days;
            int a = (int) Math.floor(from * n + 1e-9);
            int b = (int) Math.ceil(to * n - 1e-9) - 1;
            long partFirst = first + a;
            long partLast = first + Math.max(a, b);
            if (days >= 60) {
                // A season or quarter: its parts are said in months ("late fall" is November and
                // December), so the part is rounded out to whole months within the season.
                LocalDate pf = date(partFirst);
                LocalDate pl = date(partLast);
                partFirst = Math.max(first, monthStart(pf.getYear(), pf.getMonthValue()));
                partLast = Math.min(last, monthEnd(pl.getYear(), pl.getMonthValue()));
            }
            return new long[] {partFirst, partLast};
        }
        LocalDate start = date(first);
        LocalDate end = date(last);
        if (days <= 800) {
            // Whole months.
            int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
            int a = (int) Math.floor(from * months + 1e-9);
            int b = Math.max(a, (int) Math.ceil(to * months - 1e-9) - 1);
            LocalDate firstMonth = start.withDayOfMonth(1).plusMonths(a);
            LocalDate lastMonth = start.withDayOfMonth(1).plusMonths(b);
            return new long[] {Math.max(first, firstMonth.toEpochDay()),
                    Math.min(last, lastMonth.plusMonths(1).toEpochDay() - 1)};
        }
        int years = end.getYear() - start.getYear() + 1;
        int a = (int) Math.floor(from * years + 1e-9);
        int b = Math.max(a, (int) Math.ceil(to * years - 1e-9) - 1);
        return new long[] {Math.max(first, yearStart(start.getYear() + a)), Math.min(last, yearEnd(start.getYear() + b))};
    }

    // ----- EDTF text ------------------------------------------------------------------------------

    static String yearText(int year) {
        if (year >= 0) {
            return String.format("%04d", year);
        }
        return String.format("-%04d", -year);
    }

    static String monthText(int year, int month) {
        return yearText(year) + "-" + (month < 10 ? "0" : "") + month;
    }

    static String dayText(long day) {
        LocalDate d = date(day);
        return monthText(d.getYear(), d.getMonthValue()) + "-" + (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth();
    }

    /**
     * The EDTF of the last day of a span that ends where another begins ("before 2022" ends with
     * 2021): a year when {@code firstDayAfter} starts a year, a month when it starts a month,
     * else the day before it.
     */
    static String textOfDayBefore(long firstDayAfter) {
        LocalDate d = date(firstDayAfter);
        if (d.getDayOfYear() == 1) {
            return yearText(d.getYear() - 1);
        }
        if (d.getDayOfMonth() == 1) {
            LocalDate prev = d.minusMonths(1);
            return monthText(prev.getYear(), prev.getMonthValue());
        }
        return dayText(firstDayAfter - 1);
    }

    /** The EDTF of the first day of a span that starts where another ends ("after 2022" starts with 2023). */
    static String textOfDayAfter(long lastDayBefore) {
        LocalDate d = date(lastDayBefore + 1);
        if (d.getDayOfYear() == 1) {
            return yearText(d.getYear());
        }
        if (d.getDayOfMonth() == 1) {
            return monthText(d.getYear(), d.getMonthValue());
        }
        return dayText(lastDayBefore + 1);
    }

    /** The EDTF of the calendar unit holding a day (a day, week as days, month, year…). */
    static String granuleText(long day, Unit unit) {
        LocalDate d = date(day);
        return switch (unit) {
            case HOUR, DAY, WORKING_DAY -> dayText(day);
            case MONTH -> monthText(d.getYear(), d.getMonthValue());
            case YEAR -> yearText(d.getYear());
            case DECADE -> yearText(Math.floorDiv(d.getYear(), 10) * 10).substring(0, 3) + "X";
            case SEASON -> {
                long[] s = seasonHolding(day);
                yield seasonText((int) s[2], (int) s[3]);
            }
            default -> {
                long[] g = granule(day, unit);
                yield dayText(g[0]) + "/" + dayText(g[1]);
            }
        };
    }

    /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
    static long easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return day(year, month, dayOfMonth);
    }

    /** The n-th given weekday of a month (Thanksgiving: the 4th Thursday of November). */
    static long nthWeekday(int year, int month, DayOfWeek weekday, int n) {
        return onOrAfter(monthStart(year, month), weekday) + 7L * (n - 1);
    }
}
