package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The names in dataset files map to the enums and back, and unknown names are told apart (null). */
class VocabularyTest {
    @Test
    void eventTypesAreReadInAnyCase() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromId(type.id())).isEqualTo(type);
            assertThat(EventType.fromId(type.id().toLowerCase())).isEqualTo(type);
            assertThat(type.label()).isNotBlank();
        }
        assertThat(EventType.fromId("HUG")).isNull();
        assertThat(EventType.fromId(null)).isNull();
    }

    @Test
    void certaintyLevelsAndActorKindsRoundTrip() {
        for (CertaintyLevel level : CertaintyLevel.values()) {
            assertThat(CertaintyLevel.fromId(level.id())).isEqualTo(level);
        }
        for (ActorKind kind : ActorKind.values()) {
            assertThat(ActorKind.fromId(kind.id())).isEqualTo(kind);
        }
        assertThat(CertaintyLevel.fromId("certain")).isNull();
        assertThat(ActorKind.fromId("planet")).isNull();
    }

    @Test
    void idsAreDistinct() {
        assertThat(Stream.of(EventType.values()).map(EventType::id).distinct()).hasSize(EventType.values().length);
        assertThat(Stream.of(CertaintyLevel.values()).map(CertaintyLevel::id).distinct())
                .hasSize(CertaintyLevel.values().length);
    }

    @Test
    void certaintySaysOnWhoseWordAnEventRests() {
        Actor cornyn = new Actor("cornyn", "John Cornyn", ActorKind.PERSON, null, "U.S. Senator", null);
        Actor gregoire = new Actor("gregoire", "Chris Gregoire", ActorKind.PERSON, null, "Governor", null);
        assertThat(Certainty.of(CertaintyLevel.STATED).describe()).isEqualTo(CertaintyLevel.STATED.label());
        assertThat(new Certainty(CertaintyLevel.CLAIMED, List.of(cornyn), null).describe())
                .isEqualTo("Claimed by John Cornyn");
        assertThat(new Certainty(CertaintyLevel.FORECAST, List.of(cornyn, gregoire), null).describe())
                .isEqualTo("Forecast: John Cornyn, Chris Gregoire");
    }

    @Test
    void anArticleCreditNamesOutletAndTitleWhenKnown() {
        Article both = org.sourceline.TestDatasets.article("NASA celebrates", "Wikinews", null);
        assertThat(both.credit()).isEqualTo("Wikinews — “NASA celebrates”");
        Article outletOnly = org.sourceline.TestDatasets.article(null, "Wikinews", null);
        assertThat(outletOnly.credit()).isEqualTo("Wikinews");
        assertThat(outletOnly.hasText()).isFalse();
    }
}
