package org.sourceline.timephrase;

import org.sourceline.model.Days;

/**
 * A phrase's time against one reference day: inclusive bounds in epoch days ({@link Days#OPEN_START}
 * and {@link Days#OPEN_END} for open or unknown ends) and the EDTF of each end. An end that is
 * the reference day itself is marked, so that an approximate reference can put its own EDTF
 * there ("so far" → {@code ../2023-01~}).
 *
 * @param startText EDTF of the start; {@code ".."} open, {@code ""} unknown
 * @param endText   EDTF of the end; the same text as the start for a single value ("2022")
 */
record Interval(long earliest, long latest, String startText, String endText, boolean startIsReference,
                boolean endIsReference) {
    static final String OPEN = "..";
    static final String UNKNOWN = "";

    /** A single EDTF value and its bounds: a day, month, season, year, decade. */
    static Interval single(long first, long last, String edtf) {
        return new Interval(first, last, edtf, edtf, false, false);
    }

    static Interval day(long day) {
        return single(day, day, CalendarMath.dayText(day));
    }

    /** From day a to day b, as days ("2023-01-01/2023-01-02"), or one day. */
    static Interval days(long a, long b) {
        return a == b ? day(a) : new Interval(a, b, CalendarMath.dayText(a), CalendarMath.dayText(b), false, false);
    }

    /** A start and an end taken from two intervals. */
    static Interval span(Interval from, Interval to) {
        return new Interval(from.earliest, to.latest, from.startText, to.endText, from.startIsReference, to.endIsReference);
    }

    /** The same EDTF with other bounds (a part of it EDTF cannot name: "late 2022"). */
    Interval withBounds(long first, long last) {
        return new Interval(first, last, startText, endText, startIsReference, endIsReference);
    }

    boolean isOpenStart() {
        return earliest == Days.OPEN_START;
    }

    boolean isOpenEnd() {
        return latest == Days.OPEN_END;
    }

    boolean isSingleDay() {
        return earliest == latest && !isOpenStart();
    }

    String edtf() {
        return startText.equals(endText) && !startText.isEmpty() && !startText.equals(OPEN) ? startText
                : startText + "/" + endText;
    }
}
