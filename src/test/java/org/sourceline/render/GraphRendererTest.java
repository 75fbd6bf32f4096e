package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.render.FxToolkit;
import org.sourceline.data.DatasetReader;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LabelBox;
import org.sourceline.graph.Relation;
import org.sourceline.graph.TimeWindow;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** The graph drawing of the bundled dataset, at the size the main window gives it and larger. */
class GraphRendererTest {
    /** About the graph tab's canvas in a 1440×900 main window. */
    private static final double WIDTH = 620;
    private static final double HEIGHT = 300;

    private static Dataset dataset;
    private static EventIndex index;
    private static ActorGraph graph;
    private static GraphLayout layout;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.start();
        dataset = DatasetReader.loadBundled();
        index = EventIndex.of(dataset);
        graph = ActorGraphBuilder.derive(new FilterEngine(index).apply(EventFilter.NONE), TimeWindow.ALL);
        layout = new ForceLayout().layout(graph);
    }

    private record Drawn(GraphGeometry geometry, Image image) {
    }

    private static Drawn draw(GraphHighlight highlight, double width, double height) throws Exception {
        return FxToolkit.call(() -> {
            Canvas canvas = new Canvas(width, height);
            GraphRenderer renderer = new GraphRenderer();
            GraphViewport viewport = renderer.fit(graph, layout, width, height);
            GraphGeometry g = renderer.draw(canvas.getGraphicsContext2D(), graph, layout, viewport, highlight, width, height);
            return new Drawn(g, canvas.snapshot(null, null));
        });
    }

    @Test
    void everyActorIsLabelledAndNoLabelCoversAnotherOrANode() throws Exception {
        for (double[] size : new double[][] {{WIDTH, HEIGHT}, {900, 500}, {3000, 2000}}) {
            GraphGeometry g = draw(GraphHighlight.NONE, size[0], size[1]).geometry();
            List<PlacedLabel> labels = g.labels();
            assertThat(labels.stream().filter(l -> l.node() >= 0).map(PlacedLabel::text))
                    .as("actor names at %sx%s", size[0], size[1])
                    .containsExactlyInAnyOrderElementsOf(graph.nodes().stream().map(n -> n.actor().name()).toList());
            assertThat(labels.stream().filter(l -> l.relation() >= 0)).as("some edges captioned").isNotEmpty();
            for (int i = 0; i < labels.size(); i++) {
                LabelBox a = labels.get(i).box();
                assertThat(a.x()).isGreaterThanOrEqualTo(0);
                assertThat(a.y()).isGreaterThanOrEqualTo(0);
                assertThat(a.maxX()).isLessThanOrEqualTo(size[0]);
                assertThat(a.maxY()).isLessThanOrEqualTo(size[1]);
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(a.overlaps(labels.get(j).box(), 0)).as("%s over %s", labels.get(i), labels.get(j)).isFalse();
                }
                for (int n = 0; n < graph.nodeCount(); n++) {
                    assertThat(a.overlapsCircle(g.nodeX(n), g.nodeY(n), g.nodeRadius(n), 0))
                            .as("%s over %s", labels.get(i), graph.node(n).actor().name()).isFalse();
                }
            }
            // Every node lies inside the picture, clear of the edges.
            for (int n = 0; n < graph.nodeCount(); n++) {
                assertThat(g.nodeX(n) - g.nodeRadius(n)).isGreaterThan(0);
                assertThat(g.nodeX(n) + g.nodeRadius(n)).isLessThan(size[0]);
                assertThat(g.nodeY(n) - g.nodeRadius(n)).isGreaterThan(0);
                assertThat(g.nodeY(n) + g.nodeRadius(n)).isLessThan(size[1]);
            }
        }
    }

    @Test
    void nodesAreDrawnInTheirKindsColour() throws Exception {
        Drawn drawn = draw(GraphHighlight.NONE, WIDTH, HEIGHT);
        int russia = graph.nodeOf("russia");
        Color centre = drawn.image().getPixelReader().getColor((int) drawn.geometry().nodeX(russia),
                (int) drawn.geometry().nodeY(russia));
        assertThat(distance(centre, Palette.of(ActorKind.STATE))).isLessThan(0.05);
        int patrushev = graph.nodeOf("patrushev");
        Color person = drawn.image().getPixelReader().getColor((int) drawn.geometry().nodeX(patrushev),
                (int) drawn.geometry().nodeY(patrushev));
        assertThat(distance(person, Palette.of(ActorKind.PERSON))).isLessThan(0.05);
    }

    @Test
    void hoveringAnActorFadesWhatIsNotItsNeighbourhood() throws Exception {
        int us = index.indexOf(dataset.actor("united-states"));
        Drawn plain = draw(GraphHighlight.NONE, WIDTH, HEIGHT);
        Drawn hovered = draw(GraphHighlight.NONE.withHover(us, -1), WIDTH, HEIGHT);
        int ukraine = graph.nodeOf("ukraine");
        int iran = graph.nodeOf("iran");
        Color ukraineBefore = pixel(plain, ukraine);
        Color ukraineAfter = pixel(hovered, ukraine);
        assertThat(ukraineAfter.getBrightness()).as("Ukraine is no neighbour: faded").isGreaterThan(ukraineBefore.getBrightness() + 0.2);
        assertThat(distance(pixel(hovered, iran), Palette.of(ActorKind.STATE))).as("Iran is: full colour").isLessThan(0.05);
        // Over the veil, only the neighbourhood is captioned again; the picture underneath is unchanged.
        int usNode = graph.nodeOf("united-states");
        assertThat(hovered.geometry().hoverLabels()).isNotEmpty()
                .allMatch(l -> l.relation() >= 0 ? graph.relations().get(l.relation()).touches(usNode)
                        : l.node() == usNode || graph.relations().stream().anyMatch(r -> r.joins(usNode, l.node()))
                        || graph.affiliations().stream().anyMatch(a -> (a.member() == usNode && a.parent() == l.node())
                                || (a.parent() == usNode && a.member() == l.node())));
        assertThat(hovered.geometry().hoverLabels()).extracting(PlacedLabel::text).contains("United States");
        assertThat(hovered.geometry().labels()).isEqualTo(plain.geometry().labels());
        assertThat(plain.geometry().hoverLabels()).isEmpty();
    }

    @Test
    void theSelectedEventsEdgesAreEmphasisedAndCaptionedFirst() throws Exception {
        int deal = index.indexOf(dataset.event("drone-deal"));
        Drawn drawn = draw(new GraphHighlight(-1, -1, -1, deal, Set.of()), WIDTH, HEIGHT);
        int[] relations = graph.relationsOfEvent(deal);
        assertThat(relations).hasSize(1);
        assertThat(drawn.geometry().labels()).filteredOn(l -> l.relation() >= 0).first()
                .extracting(PlacedLabel::relation).isEqualTo(relations[0]);
        Drawn plain = draw(GraphHighlight.NONE, WIDTH, HEIGHT);
        assertThat(differingPixels(plain.image(), drawn.image())).isGreaterThan(100);
    }

    @Test
    void hitTestingFindsWhatIsDrawn() throws Exception {
        GraphGeometry g = draw(GraphHighlight.NONE, WIDTH, HEIGHT).geometry();
        for (int n = 0; n < graph.nodeCount(); n++) {
            assertThat(g.nodeAt(g.nodeX(n), g.nodeY(n))).isEqualTo(n);
        }
        for (int r = 0; r < graph.relations().size(); r++) {
            if (g.isDrawn(r)) {
                double[] middle = g.pointOn(r, 0.5);
                assertThat(g.relationAt(middle[0], middle[1])).as("%s", graph.relations().get(r)).isEqualTo(r);
            }
        }
        assertThat(g.nodeAt(-50, -50)).isEqualTo(-1);
        assertThat(g.relationAt(-50, -50)).isEqualTo(-1);
        // Several relations between Russia and Iran fan out: each curve has its own middle.
        List<Relation> between = graph.relationsBetween("russia", "iran");
        assertThat(between).hasSizeGreaterThan(3);
        long distinctMiddles = between.stream().map(r -> {
            double[] p = g.pointOn(graph.relations().indexOf(r), 0.5);
            return Math.round(p[0]) + "," + Math.round(p[1]);
        }).distinct().count();
        assertThat(distinctMiddles).isEqualTo(between.size());
    }

    @Test
    void narrowerTimeWindowsLeaveAbsentActorsAsFaintDots() throws Exception {
        BitSet every = new BitSet();
        every.set(0, index.size());
        ActorGraph january = ActorGraphBuilder.derive(index, every,
                new TimeWindow(org.sourceline.model.Days.of(2023, 1, 1), org.sourceline.model.Days.of(2023, 1, 2)));
        assertThat(january.nodeCount()).isLessThan(graph.nodeCount());
        Image image = FxToolkit.call(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            GraphRenderer renderer = new GraphRenderer();
            GraphViewport viewport = renderer.fit(graph, layout, WIDTH, HEIGHT);
            renderer.draw(canvas.getGraphicsContext2D(), january, layout, viewport, GraphHighlight.NONE, WIDTH, HEIGHT);
            return canvas.snapshot(null, null);
        });
        GraphViewport viewport = FxToolkit.call(() -> new GraphRenderer().fit(graph, layout, WIDTH, HEIGHT));
        // The U.S. allies only appear in the forecasts, from 3 January on.
        int allies = index.indexOf(dataset.actor("us-allies-middle-east"));
        assertThat(january.nodeOfActor(allies)).isEqualTo(-1);
        Color ghost = image.getPixelReader().getColor((int) viewport.toScreenX(layout.x(allies)),
                (int) viewport.toScreenY(layout.y(allies)));
        assertThat(distance(ghost, Palette.DIMMED)).isLessThan(0.05);
    }

    @Test
    void aPictureDrawnTileByTileIsTheSamePicture() throws Exception {
        // What a large export does: draw each tile with the context shifted, passing the full size.
        double w = 900;
        double h = 500;
        Image whole = draw(GraphHighlight.NONE, w, h).image();
        int differing = FxToolkit.call(() -> {
            GraphRenderer renderer = new GraphRenderer();
            GraphViewport viewport = renderer.fit(graph, layout, w, h);
            int diff = 0;
            for (int ty = 0; ty < h; ty += 250) {
                for (int tx = 0; tx < w; tx += 450) {
                    Canvas tile = new Canvas(450, 250);
                    tile.getGraphicsContext2D().translate(-tx, -ty);
                    renderer.draw(tile.getGraphicsContext2D(), graph, layout, viewport, GraphHighlight.NONE, w, h);
                    Image image = tile.snapshot(null, null);
                    for (int y = 0; y < 250; y++) {
                        for (int x = 0; x < 450; x++) {
                            // Anti-aliasing may round a shade differently at a tile's edge; a real
                            // difference (a label moved, a shape missing) changes pixels a lot.
                            if (distance(image.getPixelReader().getColor(x, y),
                                    whole.getPixelReader().getColor(tx + x, ty + y)) > 0.25) {
                                diff++;
                            }
                        }
                    }
                }
            }
            return diff;
        });
        assertThat(differing).isLessThan((int) (w * h / 1000));
    }

    @Test
    void uncertainEdgesAreDashedAndCaptionsLegible() {
        assertThat(GraphStyle.dashes(CertaintyLevel.STATED, 2)).isNull();
        assertThat(GraphStyle.dashes(CertaintyLevel.REPORTED, 2)).isNotEmpty();
        assertThat(GraphStyle.dashes(CertaintyLevel.ASSESSED, 2)).isNotEmpty();
        double[] forecast = GraphStyle.dashes(CertaintyLevel.FORECAST, 1.6);
        double[] style = CertaintyStyle.of(CertaintyLevel.FORECAST).dashes();
        assertThat(forecast[0]).isEqualTo(style[0]);
        // Thicker lines get proportionally longer dashes.
        assertThat(GraphStyle.dashes(CertaintyLevel.FORECAST, 6)[0]).isGreaterThan(forecast[0] * 3);
        for (EventType type : EventType.values()) {
            assertThat(GraphStyle.contrastOnWhite(GraphStyle.legibleOnWhite(Palette.of(type))))
                    .as("%s caption", type).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static Color pixel(Drawn drawn, int node) {
        return drawn.image().getPixelReader().getColor((int) drawn.geometry().nodeX(node), (int) drawn.geometry().nodeY(node));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static int differingPixels(Image a, Image b) {
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aDenseGraphDrawsItsBusiestRelationsAndTheSelectionsAndSaysHowManyItLeavesOut() throws Exception {
        Dataset dense = org.sourceline.bench.RandomActorGraphs.generate(300, 6_000, 7);
        EventIndex denseIndex = EventIndex.of(dense);
        ActorGraph denseGraph = ActorGraphBuilder.derive(new FilterEngine(denseIndex).apply(EventFilter.NONE), TimeWindow.ALL);
        GraphLayout denseLayout = new ForceLayout().layout(denseGraph);
        // The selected event: one whose relations are among the least busy.
        List<org.sourceline.graph.Relation> relations = denseGraph.relations();
        int weakest = 0;
        for (int r = 0; r < relations.size(); r++) {
            if (relations.get(r).count() < relations.get(weakest).count()) {
                weakest = r;
            }
        }
        int event = -1;
        for (int e = 0; e < denseIndex.size() && event < 0; e++) {
            for (int r : denseGraph.relationsOfEvent(e)) {
                if (r == weakest) {
                    event = e;
                }
            }
        }
        final int selected = event;
        assertThat(event).isNotNegative();
        GraphHighlight selection = GraphHighlight.NONE.withSelection(-1, selected);
        GraphGeometry g = FxToolkit.call(() -> {
            Canvas canvas = new Canvas(1200, 800);
            GraphRenderer renderer = new GraphRenderer();
            GraphViewport viewport = renderer.fit(denseGraph, denseLayout, 1200, 800);
            return renderer.draw(canvas.getGraphicsContext2D(), denseGraph, denseLayout, viewport, selection, 1200, 800);
        });
        int placed = g.placedRelationCount();
        assertThat(placed).isGreaterThan(GraphRenderer.MAX_DRAWN_RELATIONS);
        int drawn = 0;
        int weakestDrawnCount = Integer.MAX_VALUE;
        int strongestLeftOut = 0;
        for (int r = 0; r < relations.size(); r++) {
            int relation = r;
            if (g.isDrawn(r)) {
                drawn++;
                if (java.util.Arrays.stream(denseGraph.relationsOfEvent(selected)).noneMatch(x -> x == relation)) {
                    weakestDrawnCount = Math.min(weakestDrawnCount, relations.get(r).count());
                }
            } else if (g.isRelationPlaced(r)) {
                strongestLeftOut = Math.max(strongestLeftOut, relations.get(r).count());
            }
        }
        assertThat(g.isDrawn(weakest)).as("the selected event's relation").isTrue();
        assertThat(drawn).isBetween(GraphRenderer.MAX_DRAWN_RELATIONS, GraphRenderer.MAX_DRAWN_RELATIONS + 10);
        assertThat(g.thinnedOutCount()).isEqualTo(placed - drawn);
        assertThat(weakestDrawnCount).as("no relation left out is busier than one drawn").isGreaterThanOrEqualTo(strongestLeftOut);
        // What cannot be seen cannot be hovered either.
        for (int r = 0; r < relations.size(); r++) {
            if (g.isRelationPlaced(r) && !g.isDrawn(r)) {
                double[] middle = g.pointOn(r, 0.5);
                assertThat(g.relationAt(middle[0], middle[1])).isNotEqualTo(r);
            }
        }
    }
}
