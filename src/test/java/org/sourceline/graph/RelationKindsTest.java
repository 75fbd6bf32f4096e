package org.sourceline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.TimeSpan;
import org.sourceline.query.EventIndex;

/** Every event with an actor is on the graph: alone, acting together, or taking part. */
class RelationKindsTest {
    private static final Actor NASA = new Actor("nasa", "NASA", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor COLUMBIA = new Actor("columbia", "Columbia", ActorKind.GROUP, null, null, null);
    private static final Actor MUSEUM = new Actor("museum", "Museum of Flight", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor SCHOOLS = new Actor("schools", "Schools", ActorKind.GROUP, null, null, null);
    private static final Actor STAFF = new Actor("staff", "KSC staff", ActorKind.GROUP, null, null, null);

    private static Event event(String id, EventType type, List<Actor> sources, List<Actor> targets, List<Actor> participants) {
        return new Event(id, id, null, TimeSpan.ofDay(LocalDate.of(2011, 4, 12)), type, null, null, sources, targets,
                participants, Certainty.of(CertaintyLevel.STATED), List.of());
    }

    private static ActorGraph graph(Event... events) {
        Article article = org.sourceline.TestDatasets.article("t", "o", null);
        Dataset dataset = new Dataset("d", null, article, List.of(NASA, COLUMBIA, MUSEUM, SCHOOLS, STAFF), List.of(events));
        EventIndex index = EventIndex.of(dataset);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, index.size());
        return ActorGraphBuilder.derive(index, all, TimeWindow.ALL);
    }

    @Test
    void anEventWithOneSourceAndNoOneElseIsALoopOnItsActor() {
        ActorGraph graph = graph(event("columbia-lost", EventType.OTHER, List.of(COLUMBIA), List.of(), List.of()));
        assertThat(graph.relations()).hasSize(1);
        Relation loop = graph.relations().get(0);
        assertThat(loop.kind()).isEqualTo(Relation.Kind.ALONE);
        assertThat(loop.isLoop()).isTrue();
        assertThat(loop.source()).isEqualTo(loop.target()).isEqualTo(graph.nodeOf("columbia"));
        assertThat(loop.mutual()).as("no arrow").isTrue();
    }

    @Test
    void participantsTakePartWithTheSourcesAndTargetsInOneLightEdgePerPair() {
        ActorGraph graph = graph(
                event("ceremony", EventType.OTHER, List.of(NASA), List.of(), List.of(STAFF)),
                event("thanks", EventType.SUPPORT, List.of(NASA), List.of(MUSEUM), List.of(STAFF)));
        List<Relation> staffTies = graph.relations().stream().filter(r -> r.touches(graph.nodeOf("staff"))).toList();
        assertThat(staffTies).extracting(Relation::kind).containsOnly(Relation.Kind.TOOK_PART);
        // Staff and NASA share both events (of two types) in one tie; staff and the museum one.
        Relation withNasa = staffTies.stream().filter(r -> r.joins(graph.nodeOf("staff"), graph.nodeOf("nasa")))
                .findFirst().orElseThrow();
        assertThat(withNasa.count()).isEqualTo(2);
        assertThat(withNasa.label()).isEqualTo("took part ×2");
        assertThat(staffTies).hasSize(2);
        // The ceremony, with NASA as its only source, is not a loop: NASA is tied to its staff.
        assertThat(graph.relations()).noneMatch(Relation::isLoop);
    }

    @Test
    void anEventWithOnlyParticipantsTiesThemToEachOther() {
        ActorGraph graph = graph(event("tiles", EventType.AID, List.of(), List.of(), List.of(NASA, SCHOOLS)));
        assertThat(graph.relations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Relation.Kind.TOOK_PART);
            assertThat(r.joins(graph.nodeOf("nasa"), graph.nodeOf("schools"))).isTrue();
        });
    }

    @Test
    void loopsDoNotPullOnTheLayout() {
        ActorGraph graph = graph(event("alone", EventType.OTHER, List.of(COLUMBIA), List.of(), List.of()),
                event("acts", EventType.AID, List.of(NASA), List.of(MUSEUM), List.of()));
        LayoutInput input = LayoutInput.of(graph);
        GraphLayout layout = new ForceLayout(1).layout(input, java.util.Map.of(), () -> false);
        for (int i = 0; i < graph.nodeCount(); i++) {
            int actor = graph.node(i).actorIndex();
            assertThat(Double.isFinite(layout.x(actor)) && Double.isFinite(layout.y(actor))).isTrue();
        }
    }
}
