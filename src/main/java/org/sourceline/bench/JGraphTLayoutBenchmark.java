package org.sourceline.bench;

import java.util.Locale;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.sourceline.graph.LayoutInput;

/**
 * The baseline {@link org.sourceline.graph.ForceLayout} was measured against: JGraphT's
 * Barnes–Hut Fruchterman–Reingold ({@code IndexedFRLayoutAlgorithm2D}, 100 iterations, its
 * defaults) on the same random graph. No target: it is not used by the app; it stays in the
 * suite so the choice can be checked again on another machine or JGraphT version.
 */
public final class JGraphTLayoutBenchmark implements Benchmark {
    private final int actors;
    private final int relations;
    private Graph<Integer, DefaultEdge> graph;
    private double side;
    private final CpuClock cpu = new CpuClock();

    public JGraphTLayoutBenchmark(int actors, int relations) {
        this.actors = actors;
        this.relations = relations;
    }

    @Override
    public String group() {
        return "layout";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "JGraphT IndexedFR (baseline), %,d actors / %,d relations", actors, relations);
    }

    @Override
    public double targetMillis() {
        return Double.NaN;
    }

    @Override
    public void setUp() {
        cpu.clear();
        LayoutInput input = LayoutInput.of(GraphLayoutBenchmark.randomGraph(actors, relations));
        graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < input.size(); i++) {
            graph.addVertex(i);
        }
        for (int p = 0; p < input.pairCount(); p++) {
            graph.addEdge(input.pairA(p), input.pairB(p));
        }
        side = 100 * Math.sqrt(input.size());
    }

    @Override
    public void run() {
        long start = CpuClock.currentThread();
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(IndexedFRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(1)).layout(graph, model);
        cpu.add(CpuClock.currentThread() - start);
    }

    @Override
    public String remark() {
        return "not used by the app, kept for comparison; CPU time median " + cpu.median(warmups());
    }
}
