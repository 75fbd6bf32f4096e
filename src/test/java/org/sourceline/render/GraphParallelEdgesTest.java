package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.Relation;
import org.sourceline.graph.TimeWindow;
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

/** Captions of parallel edges stand apart along their pair, and loops carry the events of actors alone. */
class GraphParallelEdgesTest {
    private static final Actor NASA = new Actor("nasa", "NASA", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor MUSEUM = new Actor("museum", "Museum", ActorKind.ORGANIZATION, null, null, null);
    private static final Actor COLUMBIA = new Actor("columbia", "Columbia", ActorKind.GROUP, null, null, null);

    @BeforeAll
    static void start() {
        FxToolkit.start();
    }

    private static Event event(String id, EventType type, List<Actor> sources, List<Actor> targets) {
        return new Event(id, id, null, TimeSpan.ofDay(LocalDate.of(2011, 4, 12)), type, null, null, sources, targets,
                List.of(), Certainty.of(CertaintyLevel.STATED), List.of());
    }

    private static ActorGraph graph(int parallel) {
        List<Event> events = new ArrayList<>();
        // Relations between one pair, of several types, both ways; and one event Columbia is in alone.
        EventType[] types = {EventType.AID, EventType.DISAPPROVE, EventType.AGREE, EventType.CONSULT};
        for (int i = 0; i < parallel; i++) {
            boolean back = types[i] == EventType.DISAPPROVE;
            events.add(event("e" + i, types[i], List.of(back ? MUSEUM : NASA), List.of(back ? NASA : MUSEUM)));
        }
        events.add(event("alone", EventType.OTHER, List.of(COLUMBIA), List.of()));
        Article article = org.sourceline.TestDatasets.article("t", "o", null);
        Dataset dataset = new Dataset("d", null, article, List.of(NASA, MUSEUM, COLUMBIA), events);
        EventIndex index = EventIndex.of(dataset);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, index.size());
        return ActorGraphBuilder.derive(index, all, TimeWindow.ALL);
    }

    /** Lays the graph out and draws it at 900 × 500, as the app would. */
    private static GraphGeometry drawn(ActorGraph graph) {
        GraphLayout layout = new ForceLayout().layout(graph);
        return FxToolkit.call(() -> {
            GraphRenderer renderer = new GraphRenderer();
            GraphViewport viewport = renderer.fit(graph, layout, 900, 500);
            return renderer.draw(new Canvas(900, 500).getGraphicsContext2D(), graph, layout, viewport,
                    GraphHighlight.NONE, 900, 500);
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} parallel edges")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 4})
    void captionsOfOnePairDoNotStackInAColumn(int parallel) {
        ActorGraph graph = graph(parallel);
        GraphGeometry g = drawn(graph);
        int nasa = graph.nodeOf("nasa");
        int museum = graph.nodeOf("museum");
        double ax = g.nodeX(nasa);
        double ay = g.nodeY(nasa);
        double dx = g.nodeX(museum) - ax;
        double dy = g.nodeY(museum) - ay;
        double length = Math.hypot(dx, dy);
        List<Double> along = new ArrayList<>();
        for (PlacedLabel label : g.labels()) {
            if (label.relation() >= 0 && graph.relations().get(label.relation()).joins(nasa, museum)) {
                double cx = label.box().x() + label.box().width() / 2 - ax;
                double cy = label.box().y() + label.box().height() / 2 - ay;
                along.add((cx * dx + cy * dy) / length);
            }
        }
        assertThat(along).as("captions of the pair").hasSize(parallel);
        along.sort(Double::compare);
        for (int i = 1; i < along.size(); i++) {
            // Each caption further along the pair than the one before: a diagonal, not a column.
            assertThat(along.get(i) - along.get(i - 1)).as("step along the pair").isGreaterThan(length * 0.06);
        }
        for (int i = 0; i < g.labels().size(); i++) {
            for (int j = i + 1; j < g.labels().size(); j++) {
                assertThat(g.labels().get(i).box().overlaps(g.labels().get(j).box(), 0)).isFalse();
            }
        }
    }

    @Test
    void aLoopLeavesAndReturnsToItsNodeAndCanBeClicked() {
        ActorGraph graph = graph(2);
        GraphGeometry g = drawn(graph);
        int loop = -1;
        for (int r = 0; r < graph.relations().size(); r++) {
            if (graph.relations().get(r).kind() == Relation.Kind.ALONE) {
                loop = r;
            }
        }
        assertThat(loop).isNotNegative();
        assertThat(g.isDrawn(loop)).isTrue();
        int node = graph.nodeOf("columbia");
        double r = g.nodeRadius(node);
        assertThat(Math.hypot(g.startX(loop) - g.nodeX(node), g.startY(loop) - g.nodeY(node))).isCloseTo(r + 1,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(Math.hypot(g.endX(loop) - g.nodeX(node), g.endY(loop) - g.nodeY(node))).isCloseTo(r + 1,
                org.assertj.core.data.Offset.offset(0.01));
        double[] apex = g.pointOn(loop, 0.5);
        assertThat(Math.hypot(apex[0] - g.nodeX(node), apex[1] - g.nodeY(node))).isGreaterThan(r + 10);
        double[] click = g.clickablePointOf(loop);
        assertThat(click).isNotNull();
        assertThat(g.targetAt(click[0], click[1]).relation()).isEqualTo(loop);
    }

    @Test
    void theFansKeptForAGraphFollowWhichActorsArePlaced() {
        ActorGraph graph = graph(3);
        GraphLayout layout = new ForceLayout().layout(graph);
        GraphViewport viewport = new GraphViewport(40, 450, 250);
        GraphGeometry all = GraphGeometry.of(graph, layout, viewport);
        int nasa = graph.nodeOf("nasa");
        int museum = graph.nodeOf("museum");
        List<Integer> pair = new ArrayList<>();
        for (int r = 0; r < graph.relations().size(); r++) {
            if (graph.relations().get(r).joins(nasa, museum)) {
                pair.add(r);
            }
        }
        assertThat(pair).hasSize(3);
        assertThat(pair).allMatch(r -> all.fanSize(r) == 3 && all.isRelationPlaced(r));
        assertThat(pair.stream().map(all::fanIndex)).containsExactlyInAnyOrder(0, 1, 2);

        // The museum without a position: its relations are not placed, then are again.
        GraphLayout withoutMuseum = GraphLayout.empty(layout.actorCount());
        for (int n = 0; n < graph.nodeCount(); n++) {
            int actor = graph.node(n).actorIndex();
            if (n != museum) {
                withoutMuseum = withoutMuseum.moved(actor, layout.x(actor), layout.y(actor));
            }
        }
        GraphGeometry partly = GraphGeometry.of(graph, withoutMuseum, viewport);
        assertThat(pair).noneMatch(partly::isRelationPlaced);
        assertThat(partly.isPlaced(nasa)).isTrue();
        GraphGeometry again = GraphGeometry.of(graph, layout, viewport);
        assertThat(pair).allMatch(r -> again.fanSize(r) == 3 && again.isRelationPlaced(r));
        for (int r = 0; r < graph.relations().size(); r++) {
            assertThat(again.startX(r)).isEqualTo(all.startX(r));
            assertThat(again.controlY(r)).isEqualTo(all.controlY(r));
        }
        // Another graph of other relations gets its own fans.
        ActorGraph two = graph(2);
        GraphGeometry other = GraphGeometry.of(two, new ForceLayout().layout(two), viewport);
        for (int r = 0; r < two.relations().size(); r++) {
            if (two.relations().get(r).joins(two.nodeOf("nasa"), two.nodeOf("museum"))) {
                assertThat(other.fanSize(r)).isEqualTo(2);
            }
        }
    }
}
