package org.sourceline.text;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * A time span's bounds in plain English, as a person would say them: "1–2 January 2023",
 * "22 September – 20 December 2022", "2022 – about January 2023", "before 2022",
 * "from about 3 January 2023 onwards". Each bound is said only as precisely as it is: a span
 * from 1 January to 31 December is "2022", not two days.
 */
public final class TimeWords {
    private enum Precision { DAY, MONTH, YEAR }

    private TimeWords() {
    }

    /** The bounds of a span in words. */
    public static String describe(TimeSpan time) {
        boolean openStart = time.isOpenStart();
        boolean openEnd = time.isOpenEnd();
        if (openStart && openEnd) {
            return "time unknown";
        }
        if (openStart) {
            LocalDate last = LocalDate.ofEpochDay(time.latest());
            Precision p = endPrecision(last);
            String words;
            if (p == Precision.YEAR && time.endQualifier() == Qualifier.EXACT) {
                words = "before " + year(last.getYear() + 1);
            } else {
                words = "until " + qualified(format(last, p), time.endQualifier());
            }
            return time.startQualifier() == Qualifier.UNKNOWN ? words + " (start unknown)" : words;
        }
        LocalDate first = LocalDate.ofEpochDay(time.earliest());
        if (openEnd) {
            String words = "from " + qualified(format(first, startPrecision(first)), time.startQualifier());
            return time.endQualifier() == Qualifier.UNKNOWN ? words + " (end unknown)" : words + " onwards";
        }
        LocalDate last = LocalDate.ofEpochDay(time.latest());
        Precision ps = startPrecision(first);
        Precision pe = endPrecision(last);
        Qualifier qs = time.startQualifier();
        Qualifier qe = time.endQualifier();
        if (first.getYear() != last.getYear()) {
            if (ps == Precision.YEAR && pe == Precision.YEAR && qs == qe) {
                return qualified(year(first.getYear()) + "–" + year(last.getYear()), qs);
            }
            return qualified(format(first, ps), qs) + " – " + qualified(format(last, pe), qe);
        }
        Precision p = finer(ps, pe);
        if (qs != qe) {
            return qualified(format(first, p), qs) + " – " + qualified(format(last, p), qe);
        }
        return qualified(sameYear(first, last, p), qs);
    }

    /** "1–2 January 2023", "March–May 2022", "22 September – 20 December 2022", "2022". */
    private static String sameYear(LocalDate first, LocalDate last, Precision p) {
        String y = year(first.getYear());
        switch (p) {
            case YEAR:
                return y;
            case MONTH:
                if (first.getMonth() == last.getMonth()) {
                    return month(first) + " " + y;
                }
                return month(first) + "–" + month(last) + " " + y;
            default:
                if (first.equals(last)) {
                    return first.getDayOfMonth() + " " + month(first) + " " + y;
                }
                if (first.getMonth() == last.getMonth()) {
                    return first.getDayOfMonth() + "–" + last.getDayOfMonth() + " " + month(first) + " " + y;
                }
                return first.getDayOfMonth() + " " + month(first) + " – " + last.getDayOfMonth() + " " + month(last) + " " + y;
        }
    }

    private static String format(LocalDate date, Precision p) {
        return switch (p) {
            case YEAR -> year(date.getYear());
            case MONTH -> month(date) + " " + year(date.getYear());
            case DAY -> date.getDayOfMonth() + " " + month(date) + " " + year(date.getYear());
        };
    }

    private static String qualified(String words, Qualifier q) {
        return switch (q) {
            case APPROXIMATE -> "about " + words;
            case UNCERTAIN -> words + " (uncertain)";
            case APPROXIMATE_UNCERTAIN -> "about " + words + " (uncertain)";
            default -> words;
        };
    }

    private static Precision startPrecision(LocalDate date) {
        if (date.getDayOfMonth() != 1) {
            return Precision.DAY;
        }
        return date.getMonthValue() == 1 ? Precision.YEAR : Precision.MONTH;
    }

    private static Precision endPrecision(LocalDate date) {
        if (date.getDayOfMonth() != date.lengthOfMonth()) {
            return Precision.DAY;
        }
        return date.getMonthValue() == 12 ? Precision.YEAR : Precision.MONTH;
    }

    private static Precision finer(Precision a, Precision b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "2022"; years before 1 AD as "44 BC" (ISO year 0 is 1 BC). */
    private static String year(int isoYear) {
        return isoYear > 0 ? Integer.toString(isoYear) : (1 - isoYear) + " BC";
    }
}
