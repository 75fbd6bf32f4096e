package org.sourceline.bench;

import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.TimelineFrame;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * One full timeline redraw at 1600×900 on an offscreen canvas: the layout and the drawing
 * calls, on the JavaFX thread, as the control does them for each frame. The remark adds the time
 * to rasterise the frame too (a snapshot), which the control pays on the render thread.
 */
public final class TimelineRedrawBenchmark implements Benchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;

    private final String name;
    private final Supplier<Dataset> data;
    private final double zoom;
    private final double target;
    private TimelineIndex.Visible visible;
    private EventIndex index;
    private Canvas canvas;
    private TimelineRenderer renderer;
    private TimeScale scale;
    private double rasteriseMillis;
    private String mode = "";

    /**
     * @param zoom fraction of the whole extent in view: 1 for "fit all", 0.01 for zoomed in
     */
    public TimelineRedrawBenchmark(String name, Supplier<Dataset> data, double zoom, double targetMillis) {
        this.name = name;
        this.data = data;
        this.zoom = zoom;
        this.target = targetMillis;
    }

    @Override
    public String group() {
        return "render";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double targetMillis() {
        return target;
    }

    @Override
    public void setUp() {
        Dataset dataset = data.get();
        index = EventIndex.of(dataset);
        TimelineIndex timeline = TimelineIndex.of(index);
        visible = timeline.visible(new FilterEngine(index).apply(EventFilter.NONE));
        double[] all = timeline.fitRange();
        double middle = (all[0] + all[1]) / 2;
        double half = (all[1] - all[0]) * zoom / 2;
        scale = new TimeScale(middle - half, middle + half, TimelineRenderer.LABEL_COLUMN_WIDTH,
                WIDTH - TimelineRenderer.LABEL_COLUMN_WIDTH - 12);
        FxToolkit.start();
        FxToolkit.run(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            renderer = new TimelineRenderer();
        });
    }

    @Override
    public void run() {
        FxToolkit.run(this::drawFrame);
    }

    private void drawFrame() {
        TimelineLayout layout = TimelineLayout.compute(new TimelineLayout.Input(visible, scale, TimelineLayout.Mode.LANES,
                null, null, renderer.labelMeasurer(), TimelineLayout.Metrics.DEFAULT, 0,
                HEIGHT - TimelineRenderer.AXIS_HEIGHT));
        mode = layout.isDetail() ? layout.items().size() + " items drawn one by one" : layout.densities().size()
                + " density marks";
        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        renderer.draw(canvas.getGraphicsContext2D(), new TimelineFrame(layout, WIDTH, HEIGHT,
                TimelineRenderer.LABEL_COLUMN_WIDTH, TimelineRenderer.AXIS_HEIGHT, 0, -1, -1, true), index);
    }

    @Override
    public String remark() {
        // Drawing plus rasterising (a snapshot), as the screen would show it: median of five after a warm-up.
        double[] times = new double[5];
        for (int i = -2; i < times.length; i++) {
            long start = System.nanoTime();
            FxToolkit.run(() -> {
                drawFrame();
                canvas.snapshot(null, new WritableImage((int) WIDTH, (int) HEIGHT));
            });
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(times);
        rasteriseMillis = times[2];
        return mode + "; with rasterising " + BenchmarkRunner.millis(rasteriseMillis);
    }

    @Override
    public int iterations() {
        return 15;
    }

    @Override
    public int warmups() {
        return 5;
    }
}
