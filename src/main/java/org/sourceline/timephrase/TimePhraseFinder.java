package org.sourceline.timephrase;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Days;

/**
 * One pass over a text: at each token the longest phrase the patterns read there is taken, its
 * tense read, and it is resolved in order, so that "the next day" and "that 48-hour period" can
 * refer back to the phrase before, and a quoted "today" to the story's day.
 */
final class TimePhraseFinder {
    /** A quoted phrase's speaker may have spoken up to this many days before the article's date. */
    private static final int STORY_DAYS = 7;

    private final ReferenceDate reference;
    private final Dateline dateline;

    TimePhraseFinder(ReferenceDate reference, Dateline dateline) {
        this.reference = reference;
        this.dateline = dateline;
    }

    List<TimePhrase> find(String text) {
        Tokens t = Tokens.of(text);
        SpanPatterns patterns = new SpanPatterns(t);
        Sentences sentences = Sentences.of(t);
        QuotedSpeech quotes = QuotedSpeech.of(t);
        TenseDetector tenses = new TenseDetector(t, sentences);
        PhraseResolver resolver = new PhraseResolver(reference);
        List<TimePhrase> found = new ArrayList<>();
        Interval antecedent = null;
        String antecedentPhrase = null;
        int antecedentToken = -1;
        int antecedentEnd = -1;
        boolean antecedentNamesAYear = false;
        long storyDay = Long.MIN_VALUE;
        java.util.Map<Integer, Integer> earlierDays = new java.util.HashMap<>();
        for (int i = 0; i < t.size; i++) {
            if (!patterns.mayStart(i)) {
                continue;
            }
            Parse p = patterns.phrase(i);
            if (p == null) {
                continue;
            }
            if (t.isAny(i - 1, "every", "each")) {
                // "every Saturday", "each year": a repeating time, not a date; left out.
                i = p.to() - 1;
                continue;
            }
            int start = t.start(i);
            int end = t.end(p.to() - 1);
            String phrase = text.substring(start, end);
            boolean isDateline = dateline != null && start == dateline.start() && end == dateline.end();
            boolean quoted = quotes.isQuoted(i);
            long speechStart = storyDay != Long.MIN_VALUE ? storyDay
                    : reference == null ? 0 : reference.earliest() - 1;
            // "The year" and a bare "in March" take the year of an earlier phrase that names one, in
            // the same clause: no comma between, unless the phrase opens the sentence ("In 2010, …").
            boolean antecedentInClause = antecedentNamesAYear && antecedentToken >= sentences.start(i)
                    && sameClause(t, antecedentToken, antecedentEnd, i, sentences.start(i));
            String speechReason = storyDay != Long.MIN_VALUE ? "the story's latest dated day, " + Words.day(storyDay)
                    : "the day before";
            PhraseResolver.Resolved r = resolver.resolve(p.meaning(), tenses.around(i, p.to()), quoted, speechStart,
                    speechReason, antecedent, antecedentPhrase, antecedentInClause,
                    antecedentToken >= 0 && sameParagraph(t, antecedentToken, i), earlierDays);
            rememberDays(p.meaning(), earlierDays);
            String note = isDateline ? "The dateline: the article's date. " + r.note() : r.note();
            found.add(new TimePhrase(start, end, phrase, r.edtf(), day(r.earliest()), day(r.latest()), note.strip()));
            Interval resolved = r.interval();
            if (resolved != null && !isDateline && !resolved.isOpenStart() && !resolved.isOpenEnd()) {
                antecedent = new Interval(r.earliest(), r.latest(), resolved.startText(), resolved.endText(), false, false);
                antecedentPhrase = phrase;
                antecedentToken = i;
                antecedentEnd = p.to();
                // A bare month or day that took its year from the clause passes it on ("In 2010 … in March … on May 5").
                antecedentNamesAYear = namesAYear(p.meaning()) || antecedentInClause;
                if (!quoted && reference != null && r.earliest() == r.latest()
                        && r.earliest() >= reference.earliest() - STORY_DAYS && r.earliest() < reference.earliest()) {
                    storyDay = r.earliest();
                }
            }
            i = p.to() - 1;
        }
        return found;
    }

    /** True when no paragraph break stands between tokens a and b (a before b). */
    private static boolean sameParagraph(Tokens t, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (t.paragraphBreakBefore(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when no comma stands between two phrases, or only the one after a phrase that opens the sentence. */
    private static boolean sameClause(Tokens t, int antecedentStart, int antecedentEnd, int here, int sentenceStart) {
        int from = antecedentStart <= sentenceStart + 1 && t.is(antecedentEnd, ",") ? antecedentEnd + 1 : antecedentEnd;
        for (int k = from; k < here; k++) {
            if (t.isAny(k, ",", ";", ":", "—", "–", "(")) {
                return false;
            }
        }
        return true;
    }

    /** True for a phrase that names its year in the text ("2010", "March 2010", "the summer of 2009"). */
    private static boolean namesAYear(Meaning m) {
        if (m instanceof Meaning.CalendarDay d) {
            return d.year() != null;
        }
        if (m instanceof Meaning.CalendarMonth cm) {
            return cm.year() != null;
        }
        if (m instanceof Meaning.Season s) {
            return s.year() != null;
        }
        if (m instanceof Meaning.Quarter q) {
            return q.year() instanceof Meaning.CalendarYear;
        }
        if (m instanceof Meaning.Half h) {
            return h.year() instanceof Meaning.CalendarYear;
        }
        if (m instanceof Meaning.Part p) {
            return namesAYear(p.base());
        }
        if (m instanceof Meaning.About a) {
            return namesAYear(a.base());
        }
        if (m instanceof Meaning.Hedged h) {
            return namesAYear(h.base());
        }
        if (m instanceof Meaning.FirstLast fl) {
            return namesAYear(fl.base());
        }
        return m instanceof Meaning.CalendarYear;
    }

    /** Notes the days given in full ("Jan. 6, 2021"), so that a later "Jan. 6" takes their year. */
    private static void rememberDays(Meaning m, java.util.Map<Integer, Integer> days) {
        if (m instanceof Meaning.CalendarDay d && d.year() != null) {
            days.put(d.month() * 100 + d.day(), d.year());
        } else if (m instanceof Meaning.Range r) {
            rememberDays(r.from(), days);
            rememberDays(r.to(), days);
        } else if (m instanceof Meaning.Related r) {
            rememberDays(r.base(), days);
        } else if (m instanceof Meaning.About a) {
            rememberDays(a.base(), days);
        } else if (m instanceof Meaning.Hedged h) {
            rememberDays(h.base(), days);
        }
    }

    private static java.time.LocalDate day(long day) {
        return Days.isOpen(day) || !Days.isCalendarDay(day) ? null : java.time.LocalDate.ofEpochDay(day);
    }
}
