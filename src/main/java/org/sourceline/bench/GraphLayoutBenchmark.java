package org.sourceline.bench;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.LayoutInput;
import org.sourceline.graph.TimeWindow;
import org.sourceline.query.EventIndex;

/**
 * The relationship graph's force layout ({@link ForceLayout}) on a seeded random graph of model
 * objects ({@link RandomActorGraphs}): the time from the graph to positions, as the view's
 * background thread spends it.
 */
public final class GraphLayoutBenchmark implements Benchmark {
    private final int actors;
    private final int relations;
    private final double target;
    private LayoutInput input;
    private ActorGraph graph;
    private final CpuClock cpu = new CpuClock();

    /** 200 actors, 1,000 relations, target 200 ms. */
    public static GraphLayoutBenchmark small() {
        return new GraphLayoutBenchmark(200, 1_000, 200);
    }

    /** 2,000 actors, 20,000 relations, target 2 s. */
    public static GraphLayoutBenchmark large() {
        return new GraphLayoutBenchmark(2_000, 20_000, 2_000);
    }

    public GraphLayoutBenchmark(int actors, int relations, double targetMillis) {
        this.actors = actors;
        this.relations = relations;
        this.target = targetMillis;
    }

    @Override
    public String group() {
        return "layout";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "force layout, %,d actors / %,d relations", actors, relations);
    }

    @Override
    public double targetMillis() {
        return target;
    }

    @Override
    public void setUp() {
        cpu.clear();
        graph = randomGraph(actors, relations);
        input = LayoutInput.of(graph);
    }

    @Override
    public void run() {
        long start = CpuClock.currentThread();
        new ForceLayout().layout(input, Map.of(), () -> false);
        cpu.add(CpuClock.currentThread() - start);
    }

    @Override
    public void tearDown() {
        input = null;
    }

    @Override
    public String remark() {
        return String.format(Locale.ROOT, "%,d nodes, %,d linked pairs; CPU time median %s", graph.nodeCount(),
                LayoutInput.of(graph).pairCount(), cpu.median(warmups()));
    }

    /** The graph of every event of a seeded random dataset. */
    static ActorGraph randomGraph(int actors, int relations) {
        EventIndex index = EventIndex.of(RandomActorGraphs.generate(actors, relations, 20_230_131L));
        BitSet every = new BitSet(index.size());
        every.set(0, index.size());
        return ActorGraphBuilder.derive(index, every, TimeWindow.ALL);
    }
}
