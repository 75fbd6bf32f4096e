package org.sourceline.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Evidence;

/** The editor's time suggestion, on the bundled article's quotes. */
class TimePhraseSuggesterTest {
    private final Dataset bundled = DatasetReader.loadBundled();
    private final Article article = bundled.article();
    private final TimePhraseSuggester suggester = new TimePhraseSuggester();

    private Optional<TimeSuggester.Suggestion> forQuoteOf(String eventId) {
        Evidence quote = bundled.event(eventId).evidence().get(0);
        return suggester.suggest(article, quote.start(), quote.end());
    }

    @Test
    void suggestsTheTimeWordsOfTheQuotesSentenceWithTheirNarrowerBounds() {
        TimeSuggester.Suggestion deal = forQuoteOf("drone-deal").orElseThrow();
        assertThat(deal.phrase()).isEqualTo("in the late fall of 2022");
        assertThat(deal.edtf()).isEqualTo("2022-23");
        // EDTF says the whole autumn; "late" narrows the start, and the note says so.
        assertThat(deal.earliest()).isEqualTo("2022-11-01");
        assertThat(deal.latest()).isNull();
        assertThat(deal.note()).contains("EDTF cannot say “late”");
        TimeSuggester.Suggestion days = forQuoteOf("drones-on-display").orElseThrow();
        assertThat(days.phrase()).isEqualTo("In the first two days of 2023");
        assertThat(days.edtf()).isEqualTo("2023-01-01/2023-01-02");
        assertThat(days.earliest()).isNull();
        assertThat(days.latest()).isNull();
    }

    @Test
    void readsRelativeWordsAgainstThePublicationDate() {
        TimeSuggester.Suggestion recent = forQuoteOf("patrushev-visits-iran").orElseThrow();
        assertThat(recent.phrase()).isEqualTo("in recent months");
        assertThat(recent.edtf()).endsWith("/2023-01~");
        assertThat(recent.note()).contains("article's date");
    }

    @Test
    void inALongArticleOnlyThePassagesParagraphIsRead() {
        StringBuilder text = new StringBuilder("A long report\n\n");
        for (int i = 0; i < 2000; i++) {
            text.append("Paragraph ").append(i).append(" says that talks went on in 1999 and again later.\n\n");
        }
        int paragraph = text.length();
        text.append("The agency named the new homes of the shuttles on 12 April 2011 at a ceremony.\n");
        Article longOne = new Article("long", "A long report", null, null, null, null, null, text.toString(), null, null,
                null);
        int at = text.indexOf("named the new homes", paragraph);
        TimeSuggester.Suggestion named = suggester.suggest(longOne, at, at + "named the new homes".length()).orElseThrow();
        assertThat(named.phrase()).endsWith("12 April 2011");
        assertThat(named.edtf()).isEqualTo("2011-04-12");
        // The paragraph before has its own year, which is not offered for this one.
        int before = text.lastIndexOf("talks went on");
        assertThat(suggester.suggest(longOne, before, before + 5)).map(TimeSuggester.Suggestion::phrase)
                .hasValueSatisfying(p -> assertThat(p).contains("1999"));
    }

    @Test
    void timeWordsOfAnotherParagraphAreNotOffered() {
        // "The war in Ukraine may be changing all that…" has no time words; "for decades" is the paragraph before.
        assertThat(forQuoteOf("moscow-embraces-tehran")).isEmpty();
        String text = article.text();
        int at = text.indexOf("Top Russian officials");
        assertThat(suggester.suggest(article, at, at + 3)).map(TimeSuggester.Suggestion::phrase)
                .contains("in recent months");
        assertThat(suggester.isAvailable()).isTrue();
    }
}
