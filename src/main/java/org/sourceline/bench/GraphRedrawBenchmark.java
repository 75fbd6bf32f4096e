package org.sourceline.bench;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.sourceline.data.DatasetReader;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.TimeWindow;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.render.GraphGeometry;
import org.sourceline.render.GraphHighlight;
import org.sourceline.render.GraphRenderer;
import org.sourceline.render.GraphViewport;

/**
 * A redraw of the relationship graph on offscreen canvases, as the view does it. Two kinds:
 * {@link Kind#FULL}, the whole picture ({@link GraphRenderer#drawBase}: geometry, edges, nodes,
 * label placement, legend), as after a zoom, a selection or a filter; and {@link Kind#HOVER}, the
 * light layer the view redraws on every pointer move over the unchanged picture
 * ({@link GraphRenderer#drawHover}: veil, the hovered actor's neighbourhood, its captions).
 * Each run includes the rasterisation, forced by a snapshot into a reused image (which also
 * reads the pixels back, a cost the live view does not pay). Runs on the JavaFX thread,
 * starting the toolkit if needed (headless: Monocle with {@code -Dprism.order=sw}, the software
 * pipeline). The remark gives CPU-time medians, steadier than the wall clock on a shared machine:
 * the draw calls (what the JavaFX thread spends before the frame is painted) and the
 * rasterisation with the read-back.
 */
public final class GraphRedrawBenchmark implements Benchmark {
    /** JavaFX's render thread: it rasterises canvases. */
    private static final String RENDER_THREAD = "QuantumRenderer";
    /** What is redrawn. */
    public enum Kind {
        FULL("graph redraw"), HOVER("graph hover redraw");

        private final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    private final Kind kind;
    private final int actors;
    private final int relations;
    private final boolean bundled;
    private final double width;
    private final double height;
    private ActorGraph graph;
    private GraphLayout layout;
    private GraphRenderer renderer;
    private GraphViewport viewport;
    private GraphHighlight[] highlights;
    private GraphGeometry geometry;
    private Canvas canvas;
    private WritableImage image;
    private final CpuClock drawCpu = new CpuClock();
    private final CpuClock renderCpu = new CpuClock();
    private final CpuClock readBackCpu = new CpuClock();
    private int runs;

    /** 200 actors and 1,000 relations on a 1280×800 canvas. */
    public GraphRedrawBenchmark(Kind kind) {
        this(kind, 200, 1_000, 1280, 800);
    }

    public GraphRedrawBenchmark(Kind kind, int actors, int relations, double width, double height) {
        this(kind, actors, relations, width, height, false);
    }

    /** The bundled dataset's graph (the article's 9 actors), the size the app mostly shows. */
    public static GraphRedrawBenchmark bundled(Kind kind) {
        return new GraphRedrawBenchmark(kind, 0, 0, 1280, 800, true);
    }

    private GraphRedrawBenchmark(Kind kind, int actors, int relations, double width, double height, boolean bundled) {
        this.bundled = bundled;
        this.kind = kind;
        this.actors = actors;
        this.relations = relations;
        this.width = width;
        this.height = height;
    }

    @Override
    public String group() {
        return "layout";
    }

    @Override
    public String name() {
        if (bundled) {
            return String.format(Locale.ROOT, "%s, bundled dataset, %.0f×%.0f", kind.title, width, height);
        }
        return String.format(Locale.ROOT, "%s, %,d actors / %,d relations, %.0f×%.0f", kind.title, actors, relations,
                width, height);
    }

    @Override
    public double targetMillis() {
        return 16;
    }

    @Override
    public int iterations() {
        return 31;
    }

    @Override
    public int warmups() {
        return 10;
    }

    @Override
    public void setUp() throws Exception {
        FxThread.start();
        graph = bundled ? bundledGraph() : GraphLayoutBenchmark.randomGraph(actors, relations);
        layout = new ForceLayout().layout(graph);
        // Hover the two busiest actors in turn: their neighbourhoods are the most a hover draws.
        int[] busiest = {-1, -1};
        for (int n = 0; n < graph.nodeCount(); n++) {
            int count = graph.node(n).eventCount();
            if (busiest[0] < 0 || count > graph.node(busiest[0]).eventCount()) {
                busiest[1] = busiest[0];
                busiest[0] = n;
            } else if (busiest[1] < 0 || count > graph.node(busiest[1]).eventCount()) {
                busiest[1] = n;
            }
        }
        highlights = new GraphHighlight[] {
            GraphHighlight.NONE.withHover(graph.node(busiest[0]).actorIndex(), -1),
            GraphHighlight.NONE.withHover(graph.node(busiest[1]).actorIndex(), -1),
        };
        drawCpu.clear();
        renderCpu.clear();
        runs = 0;
        FxThread.call(() -> {
            renderer = new GraphRenderer();
            canvas = new Canvas(width, height);
            image = new WritableImage((int) width, (int) height);
            viewport = renderer.fit(graph, layout, width, height);
            geometry = renderer.drawBase(new Canvas(width, height).getGraphicsContext2D(), graph, layout, viewport,
                    GraphHighlight.NONE, width, height);
            // What a snapshot of an untouched canvas costs: the read-back the live view does not pay.
            readBackCpu.clear();
            Canvas blank = new Canvas(width, height);
            for (int i = 0; i < 12; i++) {
                long before = CpuClock.threadsNamed(RENDER_THREAD) + CpuClock.currentThread();
                blank.snapshot(null, image);
                readBackCpu.add(CpuClock.threadsNamed(RENDER_THREAD) + CpuClock.currentThread() - before);
            }
            return null;
        });
    }

    @Override
    public void run() throws Exception {
        FxThread.call(() -> {
            GraphHighlight highlight = highlights[runs % 2];
            long start = CpuClock.currentThread();
            if (kind == Kind.FULL) {
                renderer.drawBase(canvas.getGraphicsContext2D(), graph, layout, viewport, GraphHighlight.NONE, width, height);
            } else {
                canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
                renderer.drawHover(canvas.getGraphicsContext2D(), geometry, highlight, width, height);
            }
            long drawn = CpuClock.currentThread();
            long rendering = CpuClock.threadsNamed(RENDER_THREAD);
            canvas.snapshot(null, image);
            // The snapshot rasterises on the render thread while this thread waits for it.
            renderCpu.add(CpuClock.threadsNamed(RENDER_THREAD) - rendering + CpuClock.currentThread() - drawn);
            drawCpu.add(drawn - start);
            runs++;
            return null;
        });
    }

    @Override
    public void tearDown() {
        canvas = null;
        image = null;
    }

    @Override
    public String remark() {
        return String.format(Locale.ROOT, "CPU time medians: draw calls %s, rasterising and reading back %s "
                + "(a blank snapshot alone: %s; %s pipeline)", drawCpu.median(warmups()), renderCpu.median(warmups()),
                readBackCpu.median(2), System.getProperty("prism.order", "default"));
    }

    private static ActorGraph bundledGraph() {
        EventIndex index = EventIndex.of(DatasetReader.loadBundled());
        return ActorGraphBuilder.derive(new FilterEngine(index).apply(EventFilter.NONE), TimeWindow.ALL);
    }
}
