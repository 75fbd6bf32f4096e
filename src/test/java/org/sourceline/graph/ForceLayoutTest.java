package org.sourceline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.bench.RandomActorGraphs;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

class ForceLayoutTest {
    private static Dataset dataset;
    private static EventIndex index;
    private static ActorGraph bundled;
    private static ActorGraph random;

    @BeforeAll
    static void setUp() {
        dataset = DatasetReader.loadBundled();
        index = EventIndex.of(dataset);
        bundled = ActorGraphBuilder.derive(new FilterEngine(index).apply(EventFilter.NONE), TimeWindow.ALL);
        Dataset generated = RandomActorGraphs.generate(150, 600, 11);
        EventIndex randomIndex = EventIndex.of(generated);
        BitSet every = new BitSet();
        every.set(0, randomIndex.size());
        random = ActorGraphBuilder.derive(randomIndex, every, TimeWindow.ALL);
    }

    private static int actor(String id) {
        return index.indexOf(dataset.actor(id));
    }

    @Test
    void theSameSeedGivesTheSamePositionsBitForBit() {
        for (ActorGraph graph : new ActorGraph[] {bundled, random}) {
            GraphLayout first = new ForceLayout(42).layout(graph);
            GraphLayout second = new ForceLayout(42).layout(graph);
            assertThat(second).isEqualTo(first);
            assertThat(first.covers(graph)).isTrue();
            for (ActorNode node : graph.nodes()) {
                assertThat(first.x(node.actorIndex())).isFinite();
                assertThat(first.y(node.actorIndex())).isFinite();
            }
        }
        // A graph derived again from the same events is laid out the same.
        ActorGraph again = ActorGraphBuilder.derive(new FilterEngine(index).apply(EventFilter.NONE), TimeWindow.ALL);
        assertThat(new ForceLayout().layout(again)).isEqualTo(new ForceLayout().layout(bundled));
    }

    @Test
    void anotherSeedGivesAnotherArrangement() {
        GraphLayout a = new ForceLayout(1).layout(bundled);
        GraphLayout b = new ForceLayout(2).layout(bundled);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void pinnedActorsStayExactlyWhereTheyArePinned() {
        Map<Integer, Point> pins = new HashMap<>();
        pins.put(actor("ukraine"), new Point(-7.5, 3.25));
        pins.put(actor("united-states"), new Point(6, -2));
        GraphLayout layout = new ForceLayout().layout(LayoutInput.of(bundled), pins, () -> false);
        assertThat(layout.position(actor("ukraine"))).isEqualTo(new Point(-7.5, 3.25));
        assertThat(layout.position(actor("united-states"))).isEqualTo(new Point(6, -2));
        // The others move, and the same pins give the same layout.
        assertThat(layout).isNotEqualTo(new ForceLayout().layout(bundled));
        assertThat(new ForceLayout().layout(LayoutInput.of(bundled), pins, () -> false)).isEqualTo(layout);
        // Pins of actors outside the graph are ignored.
        Map<Integer, Point> stray = Map.of(actor("experts"), new Point(1, 1));
        GraphLayout ignored = new ForceLayout().layout(LayoutInput.of(bundled), stray, () -> false);
        assertThat(ignored.has(actor("experts"))).isFalse();
    }

    @Test
    void actorsDoNotPileUpAndLinkedOnesSitCloserThanOthers() {
        for (ActorGraph graph : new ActorGraph[] {bundled, random}) {
            GraphLayout layout = new ForceLayout().layout(graph);
            LayoutInput input = LayoutInput.of(graph);
            double linked = 0;
            for (int p = 0; p < input.pairCount(); p++) {
                linked += distance(layout, input.actor(input.pairA(p)), input.actor(input.pairB(p)));
            }
            linked /= input.pairCount();
            double any = 0;
            double closest = Double.MAX_VALUE;
            int pairs = 0;
            for (int i = 0; i < input.size(); i++) {
                for (int j = i + 1; j < input.size(); j++) {
                    double d = distance(layout, input.actor(i), input.actor(j));
                    any += d;
                    closest = Math.min(closest, d);
                    pairs++;
                }
            }
            any /= pairs;
            assertThat(linked).as("linked actors sit closer than average").isLessThan(any);
            assertThat(closest).as("no two actors on top of each other").isGreaterThan(linked * 0.05);
        }
        // Patrushev sits near Russia, his affiliation.
        GraphLayout layout = new ForceLayout().layout(bundled);
        assertThat(distance(layout, actor("patrushev"), actor("russia")))
                .isLessThan(distance(layout, actor("patrushev"), actor("ukraine")));
    }

    @Test
    void unconnectedActorsStayNearTheRest() {
        // Two separate pairs and a loner: the centre pull keeps them within a few edge lengths.
        ActorGraph pieces = ActorGraphBuilder.derive(index, java.util.List.of(dataset.event("drone-deal"),
                dataset.event("drones-on-display"), dataset.event("sanctions-deter-investment")), TimeWindow.ALL);
        GraphLayout layout = new ForceLayout().layout(pieces);
        double[] bounds = layout.bounds(pieces);
        assertThat(Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1])).isLessThan(8 * layout.spacing());
    }

    @Test
    void theLayoutIsWiderThanTall() {
        GraphLayout layout = new ForceLayout().layout(random);
        double[] b = layout.bounds(random);
        assertThat(b[2] - b[0]).isGreaterThanOrEqualTo(b[3] - b[1]);
    }

    @Test
    void canBeCancelledBetweenIterations() {
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> new ForceLayout().layout(LayoutInput.of(random), Map.of(), () -> polls.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).isEqualTo(4);
    }

    @Test
    void emptyAndTinyGraphs() {
        ActorGraph empty = ActorGraphBuilder.derive(index, new BitSet(), TimeWindow.ALL);
        assertThat(new ForceLayout().layout(empty).bounds(empty)).isNull();
        ActorGraph one = ActorGraphBuilder.derive(index, java.util.List.of(dataset.event("drone-deal")), TimeWindow.ALL);
        GraphLayout layout = new ForceLayout().layout(one);
        assertThat(layout.covers(one)).isTrue();
        assertThat(distance(layout, actor("russia"), actor("iran"))).isGreaterThan(0.3).isLessThan(3);
    }

    private static double distance(GraphLayout layout, int a, int b) {
        return Math.hypot(layout.x(a) - layout.x(b), layout.y(a) - layout.y(b));
    }
}
