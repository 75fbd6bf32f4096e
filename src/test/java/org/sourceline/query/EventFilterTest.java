package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;

/** The filter as a value: what counts as active, how it is described, what it refuses. */
class EventFilterTest {
    @Test
    void noneRestrictsNothing() {
        assertThat(EventFilter.NONE.activeCount()).isZero();
        assertThat(EventFilter.NONE.isEmpty()).isTrue();
        assertThat(EventFilter.NONE.describe(id -> id)).isEqualTo("No filters");
    }

    @Test
    void everyKindOfFilterCountsOnce() {
        EventFilter all = EventFilter.NONE.withActors(Set.of("nasa", "cornyn")).withTypes(EnumSet.of(EventType.AID))
                .withCertainties(EnumSet.of(CertaintyLevel.STATED)).withRange(Days.of(2011, 1, 1), Days.of(2011, 12, 31))
                .withText("shuttle");
        assertThat(all.activeCount()).isEqualTo(5);
        assertThat(all.describe(id -> id.equals("nasa") ? "NASA" : "John Cornyn")).isEqualTo(
                "Actors (any): John Cornyn, NASA · Types: AID · Certainty: stated · Time: 2011-01-01 – 2011-12-31"
                        + " · Text: “shuttle”");
    }

    @Test
    void checkingEveryTypeOrLevelIsNoFilter() {
        assertThat(EventFilter.NONE.withTypes(EnumSet.allOf(EventType.class)).restrictsTypes()).isFalse();
        assertThat(EventFilter.NONE.withCertainties(EnumSet.allOf(CertaintyLevel.class)).restrictsCertainty()).isFalse();
        assertThat(EventFilter.NONE.withTypes(EnumSet.noneOf(EventType.class)).describe(id -> id)).isEqualTo("Types: none");
    }

    @Test
    void blankTextIsNoSearchAndTextIsTrimmed() {
        assertThat(EventFilter.NONE.withText("   ").restrictsText()).isFalse();
        assertThat(EventFilter.NONE.withText("  Houston ").text()).isEqualTo("Houston");
    }

    @Test
    void theFilterCannotBeChangedThroughTheSetsItWasGiven() {
        Set<String> actors = new java.util.HashSet<>(Set.of("nasa"));
        EventFilter filter = EventFilter.NONE.withActors(actors);
        actors.add("cornyn");
        assertThat(filter.actors()).containsExactly("nasa");
        assertThat(filter.withActorMode(ActorMode.ALL).describe(id -> id)).startsWith("Actors (all): nasa");
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThatThrownBy(() -> EventFilter.NONE.withRange(Days.of(2011, 2, 1), Days.of(2011, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
