package org.sourceline.timephrase;

import java.time.LocalDate;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.model.Days;
import org.sourceline.model.TimeSpan;

/**
 * The date relative phrases are read against: the article's publication date, exact
 * ({@code 2011-04-13}) or approximate ({@code 2023-01~}, from 3 to 31 January 2023). Its bounds
 * are inclusive epoch days and always closed.
 *
 * @param edtf     the date as EDTF
 * @param earliest first day it may be
 * @param latest   last day it may be
 * @param source   where it comes from, for notes: "given", "the dateline", "the dataset's publication date"
 */
public record ReferenceDate(String edtf, long earliest, long latest, String source) {
    public ReferenceDate {
        if (earliest > latest || Days.isOpen(earliest) || Days.isOpen(latest)) {
            throw new IllegalArgumentException("a reference date needs closed bounds: " + edtf);
        }
    }

    /**
     * Parses an EDTF value ("2011-04-13", "2023-01~", "2023-01-03/2023-01-31").
     *
     * @throws IllegalArgumentException when it is not EDTF or has an open end
     */
    public static ReferenceDate parse(String edtf, String source) {
        String value = edtf == null ? "" : edtf.strip();
        Edtf.Bounds bounds;
        try {
            bounds = Edtf.parse(value);
        } catch (EdtfException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date or EDTF value (" + e.getMessage()
                    + "); e.g. 2011-04-13 or 2023-01~");
        }
        if (Days.isOpen(bounds.earliest()) || Days.isOpen(bounds.latest())) {
            throw new IllegalArgumentException("'" + value + "' has an open end; a publication date needs both ends");
        }
        if (!Days.isCalendarDay(bounds.earliest()) || !Days.isCalendarDay(bounds.latest())) {
            throw new IllegalArgumentException("'" + value + "' is beyond the calendar");
        }
        return new ReferenceDate(value, bounds.earliest(), bounds.latest(), source);
    }

    /** A dataset's publication time: its EDTF with its (possibly narrower) bounds. */
    public static ReferenceDate of(TimeSpan published, String source) {
        if (published == null || published.isOpenStart() || published.isOpenEnd()
                || !Days.isCalendarDay(published.earliest()) || !Days.isCalendarDay(published.latest())) {
            return null;
        }
        return new ReferenceDate(published.edtf(), published.earliest(), published.latest(), source);
    }

    public static ReferenceDate ofDay(LocalDate day, String source) {
        return new ReferenceDate(day.toString(), day.toEpochDay(), day.toEpochDay(), source);
    }

    /** True when the reference is one known day. */
    public boolean isExact() {
        return earliest == latest;
    }

    /** The EDTF of the reference's start (the whole value unless it is an interval). */
    String startText() {
        int slash = edtf.indexOf('/');
        return slash < 0 ? edtf : edtf.substring(0, slash);
    }

    String endText() {
        int slash = edtf.indexOf('/');
        return slash < 0 ? edtf : edtf.substring(slash + 1);
    }

    /** "2011-04-13 (the dateline)", "2023-01~ (3–31 January 2023; the dataset's publication date)". */
    String describe() {
        if (isExact()) {
            return edtf + " (" + source + ")";
        }
        String words = Words.days(earliest, latest);
        return words.equals(edtf) ? edtf + " (" + source + ")" : edtf + " (" + words + "; " + source + ")";
    }
}
