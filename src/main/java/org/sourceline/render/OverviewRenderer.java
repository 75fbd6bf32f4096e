package org.sourceline.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.sourceline.render.layout.TimeAxis;
import org.sourceline.render.layout.TimeScale;
import org.sourceline.render.layout.TimelineIndex;

/**
 * Draws the overview strip above the timeline: the whole extent of the data as a histogram of
 * visible events, with the detail view's window drawn over it.
 */
public final class OverviewRenderer {
    private final FxTextMeasurer axisMeasurer = new FxTextMeasurer(TimelineRenderer.SMALL_FONT);

    /**
     * @param scale       maps the whole extent to the strip's width
     * @param visible     visible events (for the histogram)
     * @param windowStart first day of the detail view
     * @param windowEnd   last day of the detail view
     */
    public void draw(GraphicsContext gc, double width, double height, TimeScale scale, TimelineIndex.Visible visible,
                     double windowStart, double windowEnd) {
        gc.save();
        gc.setFill(Palette.BAND);
        gc.fillRect(0, 0, width, height);
        double bucket = 3;
        int buckets = (int) Math.ceil(scale.width() / bucket);
        int[] counts = new int[buckets];
        int max = 1;
        for (int i = 0; i < buckets; i++) {
            double x = scale.x0() + i * bucket;
            long lo = (long) Math.ceil(scale.toDay(x));
            long hi = (long) Math.ceil(scale.toDay(x + bucket));
            counts[i] = hi > lo ? visible.globalCount(lo, hi) : 0;
            max = Math.max(max, counts[i]);
        }
        double barArea = height - 14;
        gc.setFill(Palette.TEXT_MUTED.deriveColor(0, 1, 1, 0.55));
        for (int i = 0; i < buckets; i++) {
            if (counts[i] > 0) {
                // Square root keeps a single event visible beside a crowded month.
                double h = Math.max(2, barArea * Math.sqrt(counts[i] / (double) max));
                gc.fillRect(scale.x0() + i * bucket, height - 14 - h, bucket - 0.5, h);
            }
        }
        TimeAxis.Layout axis = TimeAxis.layout(scale, axisMeasurer);
        gc.setFont(TimelineRenderer.SMALL_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFill(Palette.TEXT_MUTED);
        for (TimeAxis.Tick tick : axis.ticks()) {
            if (!tick.label().isEmpty()) {
                gc.fillText(tick.label(), tick.labelX(), height - 3);
            }
        }
        // Gaps mode: each stretch of time left out is a ⫽ on the strip too.
        gc.setStroke(Palette.TEXT_MUTED);
        gc.setLineWidth(1.2);
        for (TimeAxis.BreakMark mark : axis.breaks()) {
            double x = (mark.x0() + mark.x1()) / 2;
            gc.strokeLine(x - 3.5, height - 16, x - 0.5, height - 26);
            gc.strokeLine(x + 0.5, height - 16, x + 3.5, height - 26);
        }
        double x0 = Math.max(scale.x0(), scale.toX(windowStart));
        double x1 = Math.min(scale.x0() + scale.width(), scale.toX(windowEnd));
        if (x1 - x0 < 4) {
            double middle = (x0 + x1) / 2;
            x0 = middle - 2;
            x1 = middle + 2;
        }
        gc.setFill(Palette.SELECTION.deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x0, 1, x1 - x0, height - 2);
        gc.setStroke(Palette.SELECTION);
        gc.setLineWidth(1.5);
        gc.strokeRect(x0 + 0.75, 1.75, x1 - x0 - 1.5, height - 3.5);
        gc.setStroke(Palette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(0, height - 0.5, width, height - 0.5);
        gc.restore();
    }
}
