package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Qualifier;

/** The dataset shipped with the app: valid, complete and faithful to its article. */
class BundledDatasetTest {
    private static ReadResult result;
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        result = new DatasetReader().readResource(DatasetReader.BUNDLED);
        dataset = result.dataset();
    }

    @Test
    void validatesWithoutErrorsOrWarnings() {
        assertThat(result.problems()).isEmpty();
        assertThat(dataset).isNotNull();
        assertThat(dataset.events()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(result.quotesVerified()).isEqualTo(result.quotesTotal()).isGreaterThanOrEqualTo(dataset.events().size());
    }

    @Test
    void everyQuoteIsAtItsOffsetsCharacterForCharacter() {
        String text = dataset.article().text();
        for (Event event : dataset.events()) {
            assertThat(event.evidence()).as(event.id()).isNotEmpty();
            for (Evidence evidence : event.evidence()) {
                assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(evidence.exact());
                assertThat(text.indexOf(evidence.exact())).as("quote is unique: %s", event.id()).isEqualTo(evidence.start());
            }
        }
    }

    @Test
    void articleKeepsItsTypography() {
        String text = dataset.article().text();
        assertThat(text).contains("\u2019", "\u201C", "\u201D", "\u2014", "\u2026");
        assertThat(text.chars().filter(c -> c == '\u00A0').count()).isEqualTo(2);
        assertThat(DatasetReader.sha256(text)).isEqualTo(dataset.article().sha256());
    }

    @Test
    void metadataSaysWhatIsUnknown() {
        assertThat(dataset.article().outlet()).isEqualTo("Foreign Policy");
        assertThat(dataset.article().url()).isNull();
        assertThat(dataset.article().author()).isNull();
        assertThat(dataset.article().published().startQualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(dataset.article().published().note()).contains("Not given in the text");
    }

    @Test
    void timePhrasesAreTheArticlesOwnWords() {
        String text = dataset.article().text();
        for (Event event : dataset.events()) {
            String phrase = event.time().phrase();
            if (phrase != null) {
                for (String part : phrase.split(" … ")) {
                    assertThat(text).as("phrase of %s", event.id()).contains(part);
                }
            }
        }
    }

    @Test
    void timesAreAsPreciseAsTheArticleAndNoMore() {
        Event attacks = dataset.event("drones-on-display");
        assertThat(attacks.time().earliest()).isEqualTo(Days.of(2023, 1, 1));
        assertThat(attacks.time().latest()).isEqualTo(Days.of(2023, 1, 2));
        Event deal = dataset.event("drone-deal");
        assertThat(deal.time().edtf()).isEqualTo("2022-23");
        assertThat(deal.time().phrase()).isEqualTo("in the late fall of 2022");
        assertThat(dataset.event("ambivalent-ties-before-2022").time().isOpenStart()).isTrue();
        assertThat(dataset.event("partnership-of-convenience").time().isOpenStart()).isTrue();
        Event jets = dataset.event("su35-s400-for-iran");
        assertThat(jets.time().isOpenEnd()).isTrue();
        assertThat(jets.certainty().level()).isEqualTo(CertaintyLevel.FORECAST);
        // Every bound that is not open carries a note or is an exact reading of the EDTF value.
        for (Event event : dataset.events()) {
            if (event.time().edtf().contains("~") || event.time().edtf().contains("?")) {
                assertThat(event.time().note()).as("note for %s", event.id()).isNotBlank();
            }
        }
    }

    @Test
    void attributionsNameTheSpeakers() {
        assertThat(dataset.event("drones-on-display").certainty().describe()).isEqualTo("Claimed by Volodymyr Zelensky");
        assertThat(dataset.event("unmatched-support").certainty().describe()).isEqualTo("Assessment: Anna Borshchevskaya");
        Set<String> speakers = dataset.events().stream().flatMap(e -> e.certainty().attributedTo().stream())
                .map(a -> a.id()).collect(Collectors.toSet());
        assertThat(speakers).contains("zelensky", "avdaliani", "borshchevskaya", "us-officials");
        for (Event event : dataset.events()) {
            if (event.certainty().level() == CertaintyLevel.CLAIMED) {
                assertThat(event.certainty().attributedTo()).as(event.id()).isNotEmpty();
            }
        }
    }

    @Test
    void hedgesAndAttributionsOfTheArticleAreKept() {
        // "may be changing all that, pushing Moscow to embrace Iran": the title keeps the "may".
        assertThat(dataset.event("moscow-embraces-tehran").title()).contains("may be");
        // "It's hard to come up with an example of another country…" is not "No country has…".
        Event unmatched = dataset.event("unmatched-support");
        assertThat(unmatched.title()).doesNotContain("No country").startsWith("Hard to");
        assertThat(unmatched.certainty().level()).isEqualTo(CertaintyLevel.ASSESSED);
        assertThat(unmatched.certainty().note()).contains("hard to come up with");
        // "is now seen as critical": an assessment, and the title says "seen as".
        Event critical = dataset.event("war-makes-iran-critical");
        assertThat(critical.title()).contains("seen as critical");
        assertThat(critical.certainty().describe()).isEqualTo("Assessment: Emil Avdaliani");
        // Stated events rest on the article's own words only, not on a quoted judgement.
        Event supplies = dataset.event("iran-supplies-drones");
        assertThat(supplies.certainty().level()).isEqualTo(CertaintyLevel.STATED);
        assertThat(supplies.evidence()).extracting(Evidence::exact)
                .containsExactly("For Russia, the partnership has yielded Iranian-made drones");
        assertThat(dataset.event("iran-pushes-for-deals").evidence().get(0).exact()).startsWith("With the shipping of drones");
    }

    @Test
    void rolesFollowTheQuotes() {
        // "a partnership of convenience against Western powers": the partners act together; the West is no partner.
        Event partnership = dataset.event("partnership-of-convenience");
        assertThat(partnership.sources()).extracting(a -> a.id()).containsExactly("russia", "iran");
        assertThat(partnership.targets()).isEmpty();
        // The downed drones of "the first two days of 2023" and the 80 of "that 48-hour period" are one event.
        assertThat(dataset.event("ukraine-downs-80-drones")).isNull();
        Event drones = dataset.event("drones-on-display");
        assertThat(drones.evidence()).hasSize(2);
        assertThat(drones.sources()).extracting(a -> a.id()).containsExactly("russian-military");
        assertThat(drones.targets()).extracting(a -> a.id()).containsExactly("ukraine");
    }

    @Test
    void theWarIsAnEraDatedOnlyAsTheArticleDatesIt() {
        assertThat(dataset.eras()).singleElement().satisfies(era -> {
            assertThat(era.title()).isEqualTo("The war in Ukraine");
            assertThat(era.time().edtf()).isEqualTo("2022/..");
            assertThat(era.time().earliest()).isEqualTo(Days.of(2022, 1, 1));
            assertThat(era.time().isOpenEnd()).isTrue();
            assertThat(era.time().phrase()).isEqualTo("Before 2022 … With the war");
            for (String part : era.time().phrase().split(" … ")) {
                assertThat(dataset.article().text()).contains(part);
            }
            assertThat(era.time().note()).contains("no day is given");
        });
    }

    @Test
    void affiliationsLinkPeopleToTheirSide() {
        assertThat(dataset.actor("patrushev").affiliationId()).isEqualTo("russia");
        assertThat(dataset.actor("zelensky").affiliationId()).isEqualTo("ukraine");
    }
}
