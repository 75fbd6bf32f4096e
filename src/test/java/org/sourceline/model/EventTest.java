package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who does what to whom: roles, actors in order, and an event that cannot be changed from outside. */
class EventTest {
    private static final Actor NASA = new Actor("nasa", "NASA", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor BOLDEN = new Actor("bolden", "Charles Bolden", ActorKind.PERSON, "nasa", "Administrator", null);
    private static final Actor MUSEUM = new Actor("intrepid", "Intrepid Museum", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor CROWD = new Actor("ksc-staff", "KSC employees", ActorKind.GROUP, null, null, null);

    private static Event event(List<Actor> sources, List<Actor> targets, List<Actor> participants) {
        return new Event("announce", "NASA announces new homes", null, TimeSpan.ofDay(LocalDate.of(2011, 4, 12)),
                EventType.AGREE, null, null, sources, targets, participants, Certainty.of(CertaintyLevel.STATED),
                List.of());
    }

    @Test
    void everyActorOnceSourcesFirst() {
        Event e = event(List.of(NASA, BOLDEN), List.of(MUSEUM), List.of(CROWD, BOLDEN));
        assertThat(e.actors()).containsExactly(NASA, BOLDEN, MUSEUM, CROWD);
    }

    @Test
    void theStrongestRoleWins() {
        Event e = event(List.of(NASA, BOLDEN), List.of(MUSEUM), List.of(CROWD, BOLDEN));
        assertThat(e.roleOf(BOLDEN)).isEqualTo(Role.SOURCE);
        assertThat(e.roleOf(MUSEUM)).isEqualTo(Role.TARGET);
        assertThat(e.roleOf(CROWD)).isEqualTo(Role.PARTICIPANT);
        Actor stranger = new Actor("x", "X", ActorKind.STATE, null, null, null);
        assertThat(e.roleOf(stranger)).isNull();
        assertThat(e.involves(stranger)).isFalse();
        assertThat(e.involves(CROWD)).isTrue();
    }

    @Test
    void anEventWithOnlyParticipantsStillHasItsActors() {
        Event e = event(List.of(), List.of(), List.of(CROWD, MUSEUM));
        assertThat(e.actors()).containsExactly(CROWD, MUSEUM);
        assertThat(e.roleOf(MUSEUM)).isEqualTo(Role.PARTICIPANT);
    }

    @Test
    void theListsAreCopiedSoTheEventCannotChange() {
        List<Actor> sources = new ArrayList<>(List.of(NASA));
        Event e = event(sources, List.of(), List.of());
        sources.add(BOLDEN);
        assertThat(e.sources()).containsExactly(NASA);
        assertThatThrownBy(() -> e.sources().add(BOLDEN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiredPartsAreRequired() {
        assertThatThrownBy(() -> new Event("id", "title", null, null, EventType.AGREE, null, null, List.of(), List.of(),
                List.of(), Certainty.of(CertaintyLevel.STATED), List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("time");
    }
}
