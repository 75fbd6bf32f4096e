package org.sourceline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as precisely as its source allows and no more.
 *
 * @param edtf           the time as an EDTF (ISO 8601-2, level 1) string, e.g. {@code "2022-23"}
 * @param phrase         the source's own words, e.g. "in the late fall of 2022", or null
 * @param earliest       first day the event may cover (epoch day), or {@link Days#OPEN_START}
 * @param latest         last day the event may cover (epoch day, inclusive), or {@link Days#OPEN_END}
 * @param startQualifier how firmly the start is known
 * @param endQualifier   how firmly the end is known
 * @param note           why the bounds are what they are, or null
 */
public record TimeSpan(String edtf, String phrase, long earliest, long latest,
                       Qualifier startQualifier, Qualifier endQualifier, String note) {
    public TimeSpan {
        Objects.requireNonNull(edtf, "edtf");
        Objects.requireNonNull(startQualifier, "startQualifier");
        Objects.requireNonNull(endQualifier, "endQualifier");
        if (earliest > latest) {
            throw new IllegalArgumentException("reversed time span: " + edtf);
        }
    }

    /** A single exact day. */
    public static TimeSpan ofDay(LocalDate day) {
        long d = day.toEpochDay();
        return new TimeSpan(day.toString(), null, d, d, Qualifier.EXACT, Qualifier.EXACT, null);
    }

    public boolean isOpenStart() {
        return earliest == Days.OPEN_START;
    }

    public boolean isOpenEnd() {
        return latest == Days.OPEN_END;
    }

    /** True when the source gives a single, exactly known day: drawn as a solid mark. */
    public boolean isExactDay() {
        return earliest == latest && startQualifier == Qualifier.EXACT && endQualifier == Qualifier.EXACT;
    }

    /** The first day as a date; empty for an open start or a day beyond the calendar (cosmological years). */
    public Optional<LocalDate> earliestDate() {
        return Days.isCalendarDay(earliest) ? Optional.of(Days.toDate(earliest)) : Optional.empty();
    }

    /** The last day as a date; empty for an open end or a day beyond the calendar (cosmological years). */
    public Optional<LocalDate> latestDate() {
        return Days.isCalendarDay(latest) ? Optional.of(Days.toDate(latest)) : Optional.empty();
    }

    /** True when [earliest, latest] shares at least one day with [from, to] (both inclusive). */
    public boolean overlaps(long from, long to) {
        return earliest <= to && latest >= from;
    }

    /** The phrase when there is one, otherwise the normalised form. */
    public String displayText() {
        return phrase != null ? phrase : edtf;
    }

    /** "2022-09-22 – 2022-12-20", with ".." for open ends. */
    public String boundsText() {
        if (earliest == latest) {
            return Days.format(earliest);
        }
        return Days.format(earliest) + " – " + Days.format(latest);
    }
}
