package org.sourceline.bench;

import org.sourceline.render.FxToolkit;

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
 * A redraw of the relationship graph on an offscreen canvas, as the view does it, on the JavaFX
 * thread. Two kinds: {@link Kind#FULL}, the whole picture ({@link GraphRenderer#drawBase}:
 * geometry, edges, nodes, label placement, legend), as after a zoom, a selection or a filter; and
 * {@link Kind#HOVER}, the light layer the view redraws on every pointer move over the unchanged
 * picture ({@link GraphRenderer#drawHover}: veil, the hovered actor's neighbourhood, its captions).
 *
 * <p>Like the timeline's redraw benchmark, the timed part is what the JavaFX thread spends: the
 * drawing calls. The remark adds what rasterising the frame costs (the render thread's work,
 * forced here by a snapshot, which also reads the pixels back), as wall time and as CPU time:
 * the CPU figures hardly move when other processes share the machine. Headless runs use the
 * software pipeline ({@code -Dprism.order=sw}).
 */
public final class GraphRedrawBenchmark implements Benchmark {
    /** JavaFX's render thread: it rasterises canvases. */
    private static final String RENDER_THREAD = "QuantumRenderer";
    private static final int RASTER_WARMUPS = 8;
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
        FxToolkit.start();
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
        runs = 0;
        FxToolkit.call(() -> {
            renderer = new GraphRenderer();
            canvas = new Canvas(width, height);
            image = new WritableImage((int) width, (int) height);
            viewport = renderer.fit(graph, layout, width, height);
            geometry = renderer.drawBase(new Canvas(width, height).getGraphicsContext2D(), graph, layout, viewport,
                    GraphHighlight.NONE, width, height);
            return null;
        });
    }

    @Override
    public void run() throws Exception {
        FxToolkit.call(() -> {
            long start = CpuClock.currentThread();
            draw();
            drawCpu.add(CpuClock.currentThread() - start);
            return null;
        });
    }

    /** One redraw; a full clear or fill starts it, so the canvas never piles up commands. */
    private void draw() {
        GraphHighlight highlight = highlights[runs++ % 2];
        if (kind == Kind.FULL) {
            renderer.drawBase(canvas.getGraphicsContext2D(), graph, layout, viewport, GraphHighlight.NONE, width, height);
        } else {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            renderer.drawHover(canvas.getGraphicsContext2D(), geometry, highlight, width, height);
        }
    }

    @Override
    public void tearDown() {
        canvas = null;
        image = null;
    }

    /** Draw-call CPU, then the rasterisation of a few more redraws measured through snapshots. */
    @Override
    public String remark() {
        try {
            return FxToolkit.call(() -> {
                CpuClock rasterCpu = new CpuClock();
                // The runs above never rasterised: warm the render thread's code up first.
                for (int i = 0; i < RASTER_WARMUPS; i++) {
                    draw();
                    canvas.snapshot(null, image);
                }
                double[] rasterWall = new double[11];
                for (int i = 0; i < rasterWall.length; i++) {
                    draw();
                    long cpu = CpuClock.threadsNamed(RENDER_THREAD) + CpuClock.currentThread();
                    long wall = System.nanoTime();
                    canvas.snapshot(null, image);
                    rasterWall[i] = (System.nanoTime() - wall) / 1e6;
                    rasterCpu.add(CpuClock.threadsNamed(RENDER_THREAD) + CpuClock.currentThread() - cpu);
                }
                java.util.Arrays.sort(rasterWall);
                return String.format(Locale.ROOT, "draw calls: CPU %s; rasterising the frame + read-back: %s (CPU %s; %s "
                        + "pipeline)", drawCpu.median(warmups()), BenchmarkRunner.millis(rasterWall[rasterWall.length / 2]),
                        rasterCpu.median(0), System.getProperty("prism.order", "default"));
            });
        } catch (Exception e) {
            return "rasterisation not measured: " + e.getMessage();
        }
    }

    private static ActorGraph bundledGraph() {
        EventIndex index = EventIndex.of(DatasetReader.loadBundled());
        return ActorGraphBuilder.derive(new FilterEngine(index).apply(EventFilter.NONE), TimeWindow.ALL);
    }
}
