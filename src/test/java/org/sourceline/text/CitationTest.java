package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

class CitationTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = DatasetReader.loadBundled();
    }

    @Test
    void quotesVerbatimThenSourceThenEvent() {
        Event event = dataset.event("drones-on-display");
        String quotes = event.evidence().get(0).exact() + "\n\n" + event.evidence().get(1).exact();
        assertThat(Citation.of(event, dataset)).isEqualTo(quotes + "\n\n"
                + "— “Iran and Russia Are Closer Than Ever Before”, Foreign Policy. Author: unknown. "
                + "Published: about 3–31 January 2023 (EDTF 2023-01~). URL: unknown.\n"
                + "Event: " + event.title() + (event.title().endsWith(".") ? "" : ".")
                + " When: “In the first two days of 2023”, 1–2 January 2023 (EDTF 2023-01-01/2023-01-02). "
                + "Claimed by Volodymyr Zelensky, President of Ukraine.");
    }

    @Test
    void everyPassageOfAnEventIsItsOwnParagraphKeepingTheArticlesCharacters() {
        Event event = dataset.event("war-makes-iran-critical");
        String citation = Citation.of(event, dataset);
        assertThat(citation).startsWith(event.evidence().get(0).exact() + "\n\n" + event.evidence().get(1).exact() + "\n\n— ");
    }

    @Test
    void curlyQuotesEllipsesDashesAndNonBreakingSpacesSurvive() {
        String text = dataset.article().text();
        int intro = text.indexOf("comments for\u00A0Foreign");
        int quote = text.indexOf("“Before 2022");
        Event base = dataset.event("ambivalent-ties-before-2022");
        Event event = new Event("t", "T", null, base.time(), base.type(), null, null, base.sources(), base.targets(), List.of(),
                base.certainty(), List.of(Evidence.supporting(dataset.article(), intro, intro + 40, 0, 0), Evidence.supporting(dataset.article(), quote, quote + 120, 0, 0)));
        String citation = Citation.of(event, dataset);
        assertThat(citation).startsWith(text.substring(intro, intro + 40) + "\n\n" + text.substring(quote, quote + 120) + "\n\n");
        assertThat(citation).contains("\u00A0Foreign Policy on\u00A0how").contains("“Before 2022").contains("substance. …");
    }

    @Test
    void anUndatedEventSaysTheArticleGivesNoDate() {
        assertThat(Citation.of(dataset.event("crimea-trainers"), dataset))
                .contains("When: not said in the article; dated 2022 (uncertain) – about January 2023 (EDTF 2022?/2023-01~).");
    }

    @Test
    void unknownsAreSaidAsUnknownAndAMissingQuoteIsNotInvented() {
        Article bare = new Article(Article.DEFAULT_ID, null, null, null, null, null, null, "", null, null, null);
        Event imported = dataset.event("drone-deal");
        Event noQuote = new Event(imported.id(), imported.title(), null, imported.time(), imported.type(), null, null,
                imported.sources(), imported.targets(), List.of(), imported.certainty(), List.of());
        Dataset data = new Dataset("t", null, bare, dataset.actors(), List.of(noQuote));
        String citation = Citation.of(noQuote, data);
        assertThat(citation).startsWith(Citation.NO_QUOTE + "\n\n— Untitled article, outlet unknown. Author: unknown. "
                + "Published: unknown. URL: unknown.\n");
    }

    @Test
    void anEventOfSeveralArticlesListsEachSourceUnderItsQuotesAndMarksDisputingOnes() {
        Dataset three = org.sourceline.TestDatasets.threeArticles();
        String citation = Citation.of(three.event("meeting"), three);
        assertThat(citation).isEqualTo("Alpha met Beta in 2022.\n\n"
                + "— “Alpha meets Beta”, Wire. Author: unknown. Published: unknown. URL: unknown.\n\n"
                + "Alpha met Beta in 2022, a source said.\n\n"
                + Citation.DISPUTES + "Beta denied meeting Alpha.\n\n"
                + "— “No meeting”, Paper. Author: unknown. Published: unknown. URL: https://paper.example/no-meeting.\n"
                + "Event: Alpha meets Beta. When: not said in the article; dated 2022 (EDTF 2022). "
                + Attribution.describe(three.event("meeting").certainty(), three) + ". "
                + "Sources: 2 articles support it; 1 disputes it.");
    }

    @Test
    void anEventDisputedByItsOnlyQuoteSaysNoArticleSupportsIt() {
        Dataset three = org.sourceline.TestDatasets.threeArticles();
        assertThat(Citation.of(three.event("rumour"), three))
                .startsWith(Citation.DISPUTES + "Beta denied meeting Alpha.\n\n— “No meeting”, Paper.")
                .endsWith("Sources: no article supports it; 1 disputes it.");
        // One supporting article, nothing disputed: the citation stays as it always was.
        assertThat(Citation.of(three.event("deal"), three)).doesNotContain("Sources:").doesNotContain(Citation.DISPUTES);
    }
}
