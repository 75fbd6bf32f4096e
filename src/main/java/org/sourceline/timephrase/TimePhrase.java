package org.sourceline.timephrase;

import java.time.LocalDate;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * One time phrase of a text and what it means.
 *
 * @param start    UTF-16 offset of the first character in the text
 * @param end      UTF-16 offset after the last character (exclusive)
 * @param phrase   the text's own words, {@code text.substring(start, end)}
 * @param edtf     the time as EDTF ({@code 2022-23}, {@code ../2021}, {@code XXXX-04-12}); null when the
 *                 phrase cannot be pinned at all (a relative phrase without a publication date)
 * @param earliest first day it may be, or null for an open or unknown start
 * @param latest   last day it may be (inclusive), or null for an open or unknown end
 * @param note     what was assumed: the reference date, the tense, working days, how a vague word was read
 */
public record TimePhrase(int start, int end, String phrase, String edtf, LocalDate earliest, LocalDate latest,
                         String note) {

    /** True when the phrase has at least one known bound. */
    public boolean isResolved() {
        return earliest != null || latest != null;
    }

    /**
     * The phrase as a time span for an event; null when it has no EDTF that {@link Edtf} reads
     * ({@code XXXX-04-12}, or unresolved).
     */
    public TimeSpan toTimeSpan() {
        if (edtf == null) {
            return null;
        }
        try {
            Edtf.Bounds bounds = Edtf.parse(edtf);
            long first = earliest == null ? Days.OPEN_START : earliest.toEpochDay();
            long last = latest == null ? Days.OPEN_END : latest.toEpochDay();
            return new TimeSpan(edtf, phrase, first, last, bounds.startQualifier(), bounds.endQualifier(), note);
        } catch (EdtfException e) {
            return null;
        }
    }

    /**
     * True when the bounds agree with the EDTF value the way a dataset's validator wants: an open
     * EDTF end has a null bound and the other way round (an unknown end may have either), and an
     * exact end's bound lies within the span the EDTF value allows. Approximate and uncertain ends
     * may have any bound.
     */
    public static boolean agrees(String edtf, long earliest, long latest) {
        Edtf.Bounds bounds;
        try {
            bounds = Edtf.parse(edtf);
        } catch (EdtfException e) {
            return false;
        }
        return endAgrees(earliest, bounds.startQualifier(), bounds, Days.OPEN_START)
                && endAgrees(latest, bounds.endQualifier(), bounds, Days.OPEN_END);
    }

    private static boolean endAgrees(long given, Qualifier qualifier, Edtf.Bounds bounds, long open) {
        if (qualifier == Qualifier.OPEN) {
            return given == open;
        }
        if (qualifier == Qualifier.UNKNOWN) {
            return true;
        }
        if (Days.isOpen(given)) {
            return false;
        }
        if (qualifier == Qualifier.EXACT) {
            long lo = Days.isOpen(bounds.earliest()) ? Long.MIN_VALUE : bounds.earliest();
            long hi = Days.isOpen(bounds.latest()) ? Long.MAX_VALUE : bounds.latest();
            return given >= lo && given <= hi;
        }
        return true;
    }
}
