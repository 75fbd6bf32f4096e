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
            boolean antecedentInSentence = antecedentToken >= sentences.start(i);
            String speechReason = storyDay != Long.MIN_VALUE ? "the story's latest dated day, " + Words.day(storyDay)
                    : "the day before";
            PhraseResolver.Resolved r = resolver.resolve(p.meaning(), tenses.around(i, p.to()), quoted, speechStart,
                    speechReason, antecedent, antecedentPhrase, antecedentInSentence, earlierDays);
            rememberDays(p.meaning(), earlierDays);
            String note = isDateline ? "The dateline: the article's date. " + r.note() : r.note();
            found.add(new TimePhrase(start, end, phrase, r.edtf(), day(r.earliest()), day(r.latest()), note.strip()));
            Interval resolved = r.interval();
            if (resolved != null && !isDateline && !resolved.isOpenStart() && !resolved.isOpenEnd()) {
                antecedent = new Interval(r.earliest(), r.latest(), resolved.startText(), resolved.endText(), false, false);
                antecedentPhrase = phrase;
                antecedentToken = i;
                if (!quoted && reference != null && r.earliest() == r.latest()
                        && r.earliest() >= reference.earliest() - STORY_DAYS && r.earliest() < reference.earliest()) {
                    storyDay = r.earliest();
                }
            }
            i = p.to() - 1;
        }
        return found;
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
