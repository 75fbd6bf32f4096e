package org.sourceline.timephrase;

import java.util.List;
import java.util.Optional;

/**
 * Finds the time phrases of an English text and says what each means, as EDTF with earliest and
 * latest bounds and a note, against the article's publication date — possibly approximate, or
 * absent, in which case a dateline at the top of the text is used when there is one.
 *
 * <pre>{@code
 * TimePhrases.Reading reading = TimePhrases.read(text, ReferenceDate.parse("2023-01~", "given"));
 * for (TimePhrase p : reading.phrases()) { ... }
 * Optional<TimePhrase> proposal = TimePhrases.nearest(reading.phrases(), text, selectionStart, selectionEnd);
 * }</pre>
 */
public final class TimePhrases {
    private TimePhrases() {
    }

    /**
     * The phrases of a text and the reference date they were read against.
     *
     * @param reference the date used: the one given, else the dateline's (null when there is neither)
     * @param dateline  the dateline found at the top of the text, or null
     */
    public record Reading(List<TimePhrase> phrases, ReferenceDate reference, Dateline dateline) {
    }

    /**
     * Reads a text against a publication date. Without one ({@code null}), a dateline with a
     * year stands in for it. A dateline without a year ("LONDON, March 3 (Reuters) -") pins a
     * publication date known only to the year or month to that day.
     */
    public static Reading read(String text, ReferenceDate published) {
        Dateline dateline = Dateline.find(text).orElse(null);
        ReferenceDate reference = published;
        if (dateline != null) {
            if (reference == null && dateline.year() != null) {
                reference = ReferenceDate.ofDay(dateline.date().orElseThrow(), "the dateline");
            } else if (reference != null && !reference.isExact()) {
                reference = pinned(reference, dateline);
            }
        }
        List<TimePhrase> phrases = new TimePhraseFinder(reference, dateline).find(text);
        return new Reading(phrases, reference, dateline);
    }

    /** The phrases of a text against a publication date (or its dateline when {@code published} is null). */
    public static List<TimePhrase> find(String text, ReferenceDate published) {
        return read(text, published).phrases();
    }

    /** A reference known to a span, pinned to the one day in it with the dateline's month and day. */
    private static ReferenceDate pinned(ReferenceDate reference, Dateline dateline) {
        long found = Long.MIN_VALUE;
        int firstYear = CalendarMath.year(reference.earliest());
        int lastYear = CalendarMath.year(reference.latest());
        for (int y = firstYear; y <= lastYear; y++) {
            if (dateline.year() != null && dateline.year() != y
                    || !CalendarMath.isValidDay(y, dateline.month(), dateline.day())) {
                continue;
            }
            long day = CalendarMath.day(y, dateline.month(), dateline.day());
            if (day >= reference.earliest() && day <= reference.latest()) {
                if (found != Long.MIN_VALUE) {
                    return reference;
                }
                found = day;
            }
        }
        if (found == Long.MIN_VALUE) {
            return reference;
        }
        return new ReferenceDate(CalendarMath.dayText(found), found, found,
                "the dateline's day, within " + reference.describe());
    }

    /**
     * The phrase to propose for a passage [start, end): one in the passage's sentence, the one
     * overlapping or nearest the passage first; else the nearest phrase anywhere (the earlier one
     * when two are as near). Empty when there are no phrases.
     */
    public static Optional<TimePhrase> nearest(List<TimePhrase> phrases, String text, int start, int end) {
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        int[] sentence = Sentences.around(text, start, end);
        TimePhrase best = null;
        long bestDistance = Long.MAX_VALUE;
        for (TimePhrase p : phrases) {
            if (p.end() <= sentence[0] || p.start() >= sentence[1]) {
                continue;
            }
            long d = distance(p, start, end);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (TimePhrase p : phrases) {
            long d = distance(p, start, end);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long distance(TimePhrase p, int start, int end) {
        if (p.end() <= start) {
            return start - p.end() + 1L;
        }
        if (p.start() >= end) {
            return p.start() - end + 1L;
        }
        return 0;
    }
}
