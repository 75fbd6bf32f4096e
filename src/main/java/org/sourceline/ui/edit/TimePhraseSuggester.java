package org.sourceline.ui.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.model.Article;
import org.sourceline.model.Days;
import org.sourceline.model.TimeSpan;
import org.sourceline.timephrase.ReferenceDate;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.timephrase.TimePhrases;

/**
 * The editor's time suggestion from the article's own time words: of the phrases in the quote's
 * paragraph, the one {@link TimePhrases#nearest} proposes (in the quote's sentence first), read
 * against the article's publication date (else its dateline) as the reader's time-phrase
 * underlines read it, with its bounds where they are narrower than its EDTF value ("late fall":
 * the EDTF is the whole season, the bounds its end) and its note. Time words of another paragraph
 * are about something else and are not offered; nor is a phrase that cannot be pinned, or whose
 * EDTF the dataset cannot hold: the person then types the time. An article's phrases are found
 * once and kept while it is the one asked about.
 */
public final class TimePhraseSuggester implements TimeSuggester {
    private Article readArticle;
    private List<TimePhrase> phrases;

    @Override
    public Optional<Suggestion> suggest(Article article, int start, int end) {
        if (article == null || !article.hasText()) {
            return Optional.empty();
        }
        String text = article.text();
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int paragraphStart = text.lastIndexOf("\n\n", Math.max(0, from - 1));
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
        int paragraphEnd = text.indexOf("\n\n", to);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        List<TimePhrase> inParagraph = new ArrayList<>();
        for (TimePhrase p : phrasesOf(article)) {
            if (p.start() >= paragraphStart && p.end() <= paragraphEnd) {
                inParagraph.add(p);
            }
        }
        return TimePhrases.nearest(inParagraph, text, from, to).flatMap(TimePhraseSuggester::suggestion);
    }

    private static Optional<Suggestion> suggestion(TimePhrase p) {
        TimeSpan span = p.toTimeSpan();
        if (span == null) {
            return Optional.empty();
        }
        Edtf.Bounds derived;
        try {
            derived = Edtf.parse(p.edtf());
        } catch (EdtfException e) {
            return Optional.empty();
        }
        String earliest = narrower(p.earliest(), derived.earliest());
        String latest = narrower(p.latest(), derived.latest());
        String note = p.note() == null || p.note().isBlank() ? null : p.note();
        return Optional.of(new Suggestion(p.phrase(), p.edtf(), earliest, latest, note));
    }

    /** The bound as a date when it says more than the EDTF value does, else null. */
    private static String narrower(LocalDate bound, long derived) {
        if (bound == null || bound.toEpochDay() == derived) {
            return null;
        }
        return Days.format(bound.toEpochDay());
    }

    private List<TimePhrase> phrasesOf(Article article) {
        if (article != readArticle) {
            ReferenceDate published = ReferenceDate.of(article.published(), "the article's publication date");
            phrases = TimePhrases.find(article.text(), published);
            readArticle = article;
        }
        return phrases;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
