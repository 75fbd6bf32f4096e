package org.sourceline.timephrase;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Days;

/**
 * Resolves one phrase's meaning against the article's date, whatever that date is: exact (one
 * reading), approximate (read against its first and its last possible day, bounds joined, so
 * that "yesterday" of "about January 2023" spans 2–30 January), absent (absolute phrases still
 * resolve; relative ones say why they cannot), or — inside a quotation — the day the words were
 * said. Checks that the EDTF agrees with the bounds and writes the note.
 */
final class PhraseResolver {
    /** A resolved phrase: EDTF (null when none can be said), bounds, note, and its interval for later phrases. */
    record Resolved(String edtf, long earliest, long latest, String note, Interval interval) {
    }

    private final Normaliser normaliser = new Normaliser();
    private final ReferenceDate reference;

    PhraseResolver(ReferenceDate reference) {
        this.reference = reference;
    }

    /**
     * @param speechStart for a quoted phrase, the earliest day the words may have been said; ignored otherwise
     */
    Resolved resolve(Meaning meaning, Tense tense, boolean quoted, long speechStart, String speechStartReason,
                     Interval antecedent, String antecedentPhrase, boolean antecedentInClause,
                     boolean antecedentInParagraph, java.util.Map<Integer, Integer> earlierDays) {
        List<String> notes = new ArrayList<>();
        try {
            if (reference == null) {
                Normaliser.Frame frame = new Normaliser.Frame(0, false, null, tense, antecedent, antecedentPhrase, notes);
                frame.antecedentInClause = antecedentInClause;
                frame.antecedentInParagraph = antecedentInParagraph;
                frame.earlierDays = earlierDays;
                return finish(normaliser.resolve(meaning, frame), notes, null, false);
            }
            // Inside a quotation the words may be a day or more older than a dateline; an approximate
            // date's own span already holds that.
            long first = quoted && reference.isExact() ? Math.min(speechStart, reference.earliest()) : reference.earliest();
            long last = reference.latest();
            String firstText = first < reference.earliest() ? CalendarMath.dayText(first) : reference.startText();
            String lastText = reference.endText();
            Normaliser.Frame early = new Normaliser.Frame(first, true, first == last ? reference.edtf() : firstText, tense,
                    antecedent, antecedentPhrase, notes);
            early.antecedentInClause = antecedentInClause;
            early.antecedentInParagraph = antecedentInParagraph;
            early.earlierDays = earlierDays;
            boolean speech = first < reference.earliest();
            if (speech) {
                early.day = "the day the words were said";
            }
            Interval a = normaliser.resolve(meaning, early);
            Interval merged = a;
            String referenceNote = null;
            if (early.usedReference) {
                referenceNote = speech
                        ? "Inside a quotation: read against the day the words were said, " + Words.days(first, last)
                          + " (no earlier than " + speechStartReason + ", no later than the article's date, "
                          + reference.describe() + ")."
                        : "Read against the article's date, " + reference.describe() + ".";
            }
            if (first != last && early.usedReference) {
                Normaliser.Frame late = new Normaliser.Frame(last, true, lastText, tense, antecedent, antecedentPhrase,
                        new ArrayList<>());
                late.day = early.day;
                late.antecedentInClause = antecedentInClause;
                late.antecedentInParagraph = antecedentInParagraph;
                late.earlierDays = earlierDays;
                Interval b = normaliser.resolve(meaning, late);
                merged = new Interval(Math.min(a.earliest(), b.earliest()), Math.max(a.latest(), b.latest()), a.startText(),
                        b.endText(), a.startIsReference(), b.endIsReference());
                if (a.earliest() != b.earliest() || a.latest() != b.latest()) {
                    notes.add(a.isSingleDay() && b.isSingleDay()
                            ? "One day within these bounds: the date it is read against is not known to the day."
                            : "The date it is read against is not known to the day: the bounds hold every day it may be.");
                }
            }
            return finish(merged, notes, referenceNote, quoted);
        } catch (Normaliser.Unresolved u) {
            notes.clear();
            notes.add(u.getMessage());
            if (u.edtf != null) {
                notes.add("“" + u.edtf + "” is EDTF level 2 (unspecified year); Sourceline's EDTF reader takes level 1, "
                        + "so it cannot serve as an event's time until the year is known.");
            }
            return new Resolved(u.edtf, Days.OPEN_START, Days.OPEN_END, String.join(" ", notes), null);
        }
    }

    private Resolved finish(Interval interval, List<String> notes, String referenceNote, boolean quoted) {
        String edtf = interval.edtf();
        long earliest = interval.earliest();
        long latest = interval.latest();
        if (!TimePhrase.agrees(edtf, earliest, latest)) {
            // A value the rules could not say in EDTF: say the bounds themselves.
            String start = interval.isOpenStart() ? (interval.startText().isEmpty() ? "" : Interval.OPEN)
                    : CalendarMath.dayText(earliest);
            String end = interval.isOpenEnd() ? Interval.OPEN : CalendarMath.dayText(latest);
            edtf = earliest == latest ? start : start + "/" + end;
            notes.add("The EDTF gives the bounds themselves.");
        }
        List<String> all = new ArrayList<>();
        if (referenceNote != null) {
            all.add(referenceNote);
        }
        all.addAll(notes);
        return new Resolved(edtf, earliest, latest, String.join(" ", all), interval);
    }
}
