package org.sourceline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;

/** Deriving the actor graph from the bundled dataset (16 events from the Foreign Policy article). */
class ActorGraphBuilderTest {
    private static Dataset dataset;
    private static EventIndex index;
    private static FilterEngine engine;
    private static ActorGraph all;

    @BeforeAll
    static void setUp() {
        dataset = DatasetReader.loadBundled();
        index = EventIndex.of(dataset);
        engine = new FilterEngine(index);
        all = ActorGraphBuilder.derive(engine.apply(EventFilter.NONE), TimeWindow.ALL);
    }

    private static Relation only(ActorGraph graph, String source, String target, EventType type) {
        List<Relation> found = graph.relationsBetween(source, target).stream().filter(r -> r.type() == type).toList();
        assertThat(found).as("%s → %s %s", source, target, type).hasSize(1);
        return found.get(0);
    }

    private static List<String> eventIds(Relation relation) {
        return java.util.Arrays.stream(relation.events()).mapToObj(e -> index.event(e).id()).toList();
    }

    @Test
    void theDroneDealIsAnAgreementFromRussiaToIran() {
        Relation deal = only(all, "russia", "iran", EventType.AGREE);
        assertThat(eventIds(deal)).containsExactly("drone-deal");
        assertThat(all.node(deal.source()).actor().id()).isEqualTo("russia");
        assertThat(all.node(deal.target()).actor().id()).isEqualTo("iran");
        assertThat(deal.mutual()).isFalse();
        assertThat(deal.mode()).isEqualTo("military");
        assertThat(deal.strongestCertainty()).isEqualTo(CertaintyLevel.STATED);
        assertThat(deal.isUncertain()).isFalse();
        assertThat(deal.label()).isEqualTo("AGREE · military");
        // Direction matters: no agreement from Iran to Russia.
        assertThat(all.relationsBetween("iran", "russia")).noneMatch(r -> r.type() == EventType.AGREE);
    }

    @Test
    void theJanuary2023AttacksGoFromTheRussianArmedForcesToUkraine() {
        Relation attacks = only(all, "russian-military", "ukraine", EventType.ASSAULT);
        assertThat(eventIds(attacks)).containsExactly("drones-on-display");
        assertThat(attacks.label()).isEqualTo("ASSAULT · drone strikes");
        // The count of drones shot down is Zelensky's: the attack is claimed, and it is one event, not
        // a second one running from Ukraine to the Russian military.
        assertThat(attacks.strongestCertainty()).isEqualTo(CertaintyLevel.CLAIMED);
        assertThat(attacks.isUncertain()).isTrue();
        assertThat(all.relationsBetween("ukraine", "russian-military")).allMatch(r -> r == attacks);
    }

    @Test
    void russiaAndIranCooperateWithEachOtherAndNoOneElse() {
        // "A partnership of convenience against Western powers": the West is what they oppose, not a partner.
        for (Relation r : all.relations()) {
            if (r.type() == EventType.COOPERATE && r.kind() != Relation.Kind.TOOK_PART) {
                assertThat(List.of(all.node(r.source()).actor().id(), all.node(r.target()).actor().id()))
                        .as(r.label()).containsExactlyInAnyOrder("russia", "iran");
            }
        }
        Relation partners = all.relationsBetween("russia", "iran").stream()
                .filter(r -> r.type() == EventType.COOPERATE && r.kind() == Relation.Kind.TOGETHER).findFirst().orElseThrow();
        assertThat(eventIds(partners)).containsExactly("partnership-of-convenience");
    }

    @Test
    void eventsOfOnePairAndTypeShareOneEdgeWithTheirCount() {
        Relation aid = only(all, "iran", "russia", EventType.AID);
        assertThat(aid.count()).isEqualTo(2);
        assertThat(eventIds(aid)).containsExactlyInAnyOrder("iran-supplies-drones", "iran-military-support");
        assertThat(aid.label()).isEqualTo("AID · military ×2");
        assertThat(aid.shortLabel()).isEqualTo("AID ×2");
        // Stated once, reported once: the edge is as sure as its best event.
        assertThat(aid.strongestCertainty()).isEqualTo(CertaintyLevel.STATED);
        // Events are kept in time order.
        int[] events = aid.events();
        assertThat(index.timeRank(events[0])).isLessThan(index.timeRank(events[1]));

        Relation cooperation = all.relationsBetween("russia", "iran").stream()
                .filter(r -> r.type() == EventType.COOPERATE && r.kind() == Relation.Kind.ACTS_ON).findFirst().orElseThrow();
        assertThat(cooperation.count()).isEqualTo(2);
        assertThat(cooperation.mode()).as("modes differ").isNull();
        assertThat(cooperation.label()).isEqualTo("COOPERATE ×2");
    }

    @Test
    void everyEventBehindAnEdgeIsCountedOnceAndEdgesAreUnique() {
        assertThat(all.eventCount()).isEqualTo(dataset.events().size());
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<Integer> onTheGraph = new java.util.HashSet<>();
        for (Relation r : all.relations()) {
            String typeKey = r.kind() == Relation.Kind.TOOK_PART ? "any" : r.type().name();
            assertThat(keys.add(r.source() + ">" + r.target() + ":" + typeKey + ":" + r.kind())).isTrue();
            for (int e : r.events()) {
                Event event = index.event(e);
                onTheGraph.add(e);
                if (r.kind() != Relation.Kind.TOOK_PART) {
                    assertThat(event.type()).isEqualTo(r.type());
                }
                assertThat(event.involves(all.node(r.source()).actor())).isTrue();
                assertThat(event.involves(all.node(r.target()).actor())).isTrue();
            }
        }
        // Source × target pairs over all events with targets, plus co-source pairs of target-less ones.
        long expectedPairs = dataset.events().stream().mapToLong(e -> e.targets().isEmpty()
                ? (long) e.sources().size() * (e.sources().size() - 1) / 2 : (long) e.sources().size() * e.targets().size()).sum();
        assertThat(all.relations().stream().filter(r -> r.kind() == Relation.Kind.ACTS_ON || r.kind() == Relation.Kind.TOGETHER)
                .mapToLong(Relation::count).sum()).isEqualTo(expectedPairs);
        // And every event is on the graph, whatever roles its actors have.
        assertThat(onTheGraph).hasSize(dataset.events().size());
    }

    @Test
    void nodeCountsAreTheActorsEvents() {
        int russia = all.nodeOf("russia");
        long russiaEvents = dataset.events().stream().filter(e -> e.involves(dataset.actor("russia"))).count();
        assertThat(all.node(russia).eventCount()).isEqualTo(russiaEvents).isGreaterThan(10);
        // Participants are nodes too: Iran's drones took part in the January attacks.
        ActorGraph january = ActorGraphBuilder.derive(index,
                List.of(dataset.event("drones-on-display")), TimeWindow.ALL);
        assertThat(january.nodes()).extracting(n -> n.actor().id())
                .containsExactly("iran", "ukraine", "russian-military");
        assertThat(january.node(january.nodeOf("iran")).eventCount()).isEqualTo(1);
        // One actor acts on another; the participant is tied to both with a lighter "took part" edge.
        assertThat(january.relations()).extracting(Relation::kind).containsExactlyInAnyOrder(Relation.Kind.ACTS_ON,
                Relation.Kind.TOOK_PART, Relation.Kind.TOOK_PART);
        // Actors in no event (e.g. the quoted experts) are not nodes.
        assertThat(all.nodeOf("avdaliani")).isEqualTo(-1);
        assertThat(all.nodeOf("experts")).isEqualTo(-1);
    }

    @Test
    void peopleAndOrganisationsAreLinkedToTheirAffiliation() {
        assertThat(all.affiliations()).extracting(a -> all.node(a.member()).actor().id() + "→"
                + all.node(a.parent()).actor().id())
                .contains("patrushev→russia", "russian-military→russia", "russian-companies→russia",
                        "us-allies-middle-east→united-states");
        assertThat(all.parentOf(all.nodeOf("patrushev"))).isEqualTo(all.nodeOf("russia"));
        // An affiliation is only drawn between actors that are both in the graph.
        ActorGraph visit = ActorGraphBuilder.derive(index, List.of(dataset.event("drones-on-display")), TimeWindow.ALL);
        assertThat(visit.affiliations()).isEmpty();
    }

    @Test
    void targetlessEventsRelateTheirSourcesToEachOther() {
        Relation ties = all.relationsBetween("russia", "iran").stream().filter(r -> r.kind() == Relation.Kind.TOGETHER)
                .findFirst().orElseThrow();
        assertThat(eventIds(ties)).containsExactly("ambivalent-ties-before-2022");
        assertThat(ties.type()).isEqualTo(EventType.CONSULT);
        assertThat(all.relationsBetween("iran", "russia")).contains(ties);
    }

    @Test
    void followsTheFilter() {
        FilterResult onlyUkraine = engine.apply(EventFilter.NONE.withActors(Set.of("ukraine")));
        ActorGraph graph = ActorGraphBuilder.derive(onlyUkraine, TimeWindow.ALL);
        assertThat(graph.eventCount()).isEqualTo(onlyUkraine.visibleCount());
        assertThat(graph.nodes()).extracting(n -> n.actor().id()).contains("ukraine", "russian-military", "russia")
                .doesNotContain("united-states", "patrushev");
        assertThat(graph.relationsBetween("russia", "iran")).allMatch(r -> r.kind() == Relation.Kind.TOOK_PART);

        FilterResult nothing = engine.apply(EventFilter.NONE.withTypes(Set.of()));
        ActorGraph empty = ActorGraphBuilder.derive(nothing, TimeWindow.ALL);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.relations()).isEmpty();
    }

    @Test
    void aTimeWindowShowsTheRelationsAsTheyStoodThen() {
        BitSet every = new BitSet();
        every.set(0, index.size());
        // The first two days of 2023: the drone attacks and Ukraine's claim, plus the vaguer spans covering them.
        ActorGraph newYear = ActorGraphBuilder.derive(index, every,
                new TimeWindow(Days.of(2023, 1, 1), Days.of(2023, 1, 2)));
        assertThat(newYear.relationsBetween("russian-military", "ukraine")).isNotEmpty();
        assertThat(newYear.relationsBetween("russia", "iran")).noneMatch(r -> r.type() == EventType.AGREE);
        // The autumn of 2022: the drone deal, not yet the attacks, and no forecast.
        ActorGraph autumn = ActorGraphBuilder.derive(index, every,
                new TimeWindow(Days.of(2022, 10, 1), Days.of(2022, 11, 30)));
        assertThat(autumn.relationsBetween("russia", "iran")).anyMatch(r -> r.type() == EventType.AGREE);
        assertThat(autumn.relationsBetween("russian-military", "ukraine")).isEmpty();
        assertThat(autumn.relations()).noneMatch(r -> r.strongestCertainty() == CertaintyLevel.FORECAST);
        assertThat(autumn.eventCount()).isLessThan(all.eventCount());
        // Before 2022: only the open-started events.
        ActorGraph before = ActorGraphBuilder.derive(index, every, new TimeWindow(Days.OPEN_START, Days.of(2021, 12, 31)));
        assertThat(before.relations()).allMatch(r -> java.util.Arrays.stream(r.events())
                .allMatch(e -> index.event(e).time().isOpenStart()));
        assertThat(before.eventCount()).isEqualTo(3);
    }

    @Test
    void theExtentSpansTheKnownDays() {
        TimeWindow extent = TimeWindow.extentOf(index);
        assertThat(extent.from()).isEqualTo(Days.of(2021, 12, 31));
        assertThat(extent.to()).isEqualTo(Days.of(2023, 1, 31));
        assertThatThrownBy(() -> new TimeWindow(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameEventsGiveTheSameGraph() {
        ActorGraph again = ActorGraphBuilder.derive(engine.apply(EventFilter.NONE), TimeWindow.ALL);
        assertThat(again.relations()).isEqualTo(all.relations());
        assertThat(again.nodes()).isEqualTo(all.nodes());
        assertThat(LayoutInput.of(again)).isEqualTo(LayoutInput.of(all));
    }

    @Test
    void aBigGraphIsTheSameWhicheverWayItsPairsAreSorted() {
        EventIndex random = EventIndex.of(org.sourceline.TestDatasets.random(4_000, 50, 5));
        FilterResult everything = new FilterEngine(random).apply(EventFilter.NONE);
        ActorGraph packed = ActorGraphBuilder.derive(everything, TimeWindow.ALL);
        int before = ActorGraphBuilder.packedBits;
        ActorGraphBuilder.packedBits = 0; // as when keys and events do not fit one long
        ActorGraph indexed;
        try {
            indexed = ActorGraphBuilder.derive(everything, TimeWindow.ALL);
        } finally {
            ActorGraphBuilder.packedBits = before;
        }
        assertThat(packed.relations()).hasSizeGreaterThan(500);
        assertThat(describe(indexed)).containsExactlyElementsOf(describe(packed));
        // Each relation's events are distinct, in time order, and have the relation's actors.
        for (Relation r : packed.relations()) {
            int[] events = r.events();
            for (int i = 1; i < events.length; i++) {
                assertThat(random.timeRank(events[i])).isGreaterThan(random.timeRank(events[i - 1]));
            }
        }
    }

    private static List<String> describe(ActorGraph graph) {
        return graph.relations().stream().map(r -> r.source() + ">" + r.target() + " " + r.type() + " " + r.kind()
                + " " + java.util.Arrays.toString(r.events()) + " " + r.mode() + " " + r.strongestCertainty()).toList();
    }
}
