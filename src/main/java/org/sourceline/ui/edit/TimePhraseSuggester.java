package org.sourceline.ui.edit;

import java.time.LocalDate;
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
 * EDTF the dataset cannot hold: the person then types the time. Only the passage's paragraph is
 * read (its time phrases are offsets into it, shifted back), so a suggestion costs the same in a
 * ten-megabyte article as in a short one; the dateline is looked for once per article.
 */
public final class TimePhraseSuggester implements TimeSuggester {
    /** How far either side of the passage a paragraph is read at most. */
    private static final int WINDOW = 4000;
    /** How much of the top of a text may hold its dateline. */
    private static final int HEAD = 2000;

    private Article readArticle;
    private ReferenceDate reference;

    @Override
    public Optional<Suggestion> suggest(Article article, int start, int end) {
        if (article == null || !article.hasText()) {
            return Optional.empty();
        }
        String text = article.text();
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int paragraphStart = from == 0 ? -1 : text.lastIndexOf("\n\n", from - 1);
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
        int paragraphEnd = text.indexOf("\n\n", to);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        // A paragraph of a huge text without blank lines is read only near the passage.
        paragraphStart = Math.max(paragraphStart, from - WINDOW);
        paragraphEnd = Math.min(paragraphEnd, to + WINDOW);
        String paragraph = text.substring(paragraphStart, paragraphEnd);
        List<TimePhrase> phrases = TimePhrases.find(paragraph, referenceOf(article));
        return TimePhrases.nearest(phrases, paragraph, from - paragraphStart, to - paragraphStart)
                .flatMap(TimePhraseSuggester::suggestion);
    }

    /** The publication date, else the dateline at the top of the text; found once per article. */
    private ReferenceDate referenceOf(Article article) {
        if (article != readArticle) {
            ReferenceDate published = ReferenceDate.of(article.published(), "the article's publication date");
            String text = article.text();
            reference = TimePhrases.read(text.substring(0, Math.min(text.length(), HEAD)), published).reference();
            readArticle = article;
        }
        return reference;
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

    @Override
    public boolean isAvailable() {
        return true;
    }
}
