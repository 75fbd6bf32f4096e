package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;

class AttributionTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = DatasetReader.loadBundled();
    }

    private static String badge(String eventId) {
        return Attribution.describe(dataset.event(eventId).certainty(), dataset);
    }

    @Test
    void namesTheSpeakerWithTheirOrganizationOrRole() {
        assertThat(badge("drones-on-display")).isEqualTo("Claimed by Volodymyr Zelensky, President of Ukraine");
        assertThat(badge("unmatched-support")).isEqualTo("Assessment: Anna Borshchevskaya, Washington Institute for Near East Policy");
        assertThat(badge("sanctions-deter-investment")).isEqualTo("Assessment: Emil Avdaliani, Geocase");
        assertThat(badge("partnership-of-convenience")).isEqualTo("Assessment: Experts");
    }

    @Test
    void severalSpeakersAreJoined() {
        assertThat(badge("su35-s400-for-iran")).isEqualTo("Forecast: U.S. officials");
        assertThat(badge("iran-military-support")).isEqualTo("Reported by U.S. officials and Regional experts");
        Certainty two = new Certainty(CertaintyLevel.ASSESSED, List.of(dataset.actor("borshchevskaya"), dataset.actor("avdaliani")), null);
        assertThat(Attribution.describe(two, dataset))
                .isEqualTo("Assessment: Anna Borshchevskaya, Washington Institute for Near East Policy; Emil Avdaliani, Geocase");
    }

    @Test
    void theArticlesOwnVoiceIsSaidSo() {
        assertThat(badge("drone-deal")).isEqualTo("Stated by the article");
        assertThat(badge("crimea-trainers")).isEqualTo("Reported by the article (source not named)");
        assertThat(badge("moscow-embraces-tehran")).isEqualTo("Assessment: the article’s own");
    }

    @Test
    void aPersonWithoutRoleIsPlacedByTheirStateAndNothingIsInvented() {
        Actor state = new Actor("x", "Xland", ActorKind.STATE, null, null, null);
        Actor person = new Actor("p", "Pat Doe", ActorKind.PERSON, "x", null, null);
        Actor loner = new Actor("q", "Quinn Roe", ActorKind.PERSON, null, null, null);
        Dataset small = new Dataset("t", null, dataset.article(), List.of(state, person, loner), List.of());
        assertThat(Attribution.speaker(person, small)).isEqualTo("Pat Doe, Xland");
        assertThat(Attribution.speaker(loner, small)).isEqualTo("Quinn Roe");
    }
}
