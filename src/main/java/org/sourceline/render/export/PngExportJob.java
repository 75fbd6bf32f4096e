package org.sourceline.render.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.layout.TimeMapping;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * The one PNG pipeline, for the app's File → Export Timeline as PNG and for {@code sourceline
 * export-png} alike: what to draw (the timeline or the relationship graph of the filtered events),
 * the range, the hidden lanes, the caption and text chunks, the size check, and the tiled write.
 * The defaults live here, once.
 */
public final class PngExportJob {
    /** Narrowest logical width that still leaves room for lanes beside their labels. */
    public static final double MIN_LOGICAL_WIDTH = 400;
    /** Width in points when the caller has none (no window to match): the command line's default. */
    public static final double DEFAULT_WIDTH = 1600;
    /** Height in points of a graph image when none is given (a graph has no natural height). */
    public static final double DEFAULT_GRAPH_HEIGHT = 1000;

    /** What the image shows. */
    public enum View { TIMELINE, GRAPH }

    /**
     * What the user asked for.
     *
     * @param view          the timeline or the relationship graph
     * @param start         first day shown (timeline)
     * @param end           day after the last one shown (timeline)
     * @param logicalWidth  width before scaling
     * @param logicalHeight height before scaling, or 0 for the default (every lane; the graph's default height)
     * @param scale         pixels per logical pixel
     * @param title         include the title block
     * @param legend        include the legend (timeline)
     * @param caption       include the caption
     * @param mode          lanes or compact (timeline)
     * @param laneOrder     actor positions in the order the user put the lanes, or null
     * @param timeScale     how time is laid along the axis (timeline)
     */
    public record Options(View view, double start, double end, double logicalWidth, double logicalHeight, double scale,
                          boolean title, boolean legend, boolean caption, TimelineLayout.Mode mode, int[] laneOrder,
                          TimeScaleMode timeScale) {
        /** A timeline of days [start, end) at the default size, with title, legend and caption, in lanes, linear. */
        public static Options timeline(double start, double end) {
            return new Options(View.TIMELINE, start, end, DEFAULT_WIDTH, 0, 1, true, true, true,
                    TimelineLayout.Mode.LANES, null, TimeScaleMode.LINEAR);
        }

        public Options withView(View newView) {
            return new Options(newView, start, end, logicalWidth, logicalHeight, scale, title, legend, caption, mode,
                    laneOrder, timeScale);
        }

        public Options withRange(double newStart, double newEnd) {
            return new Options(view, newStart, newEnd, logicalWidth, logicalHeight, scale, title, legend, caption, mode,
                    laneOrder, timeScale);
        }

        public Options withSize(double newWidth, double newHeight, double newScale) {
            return new Options(view, start, end, newWidth, newHeight, newScale, title, legend, caption, mode, laneOrder,
                    timeScale);
        }

        public Options withParts(boolean newTitle, boolean newLegend, boolean newCaption) {
            return new Options(view, start, end, logicalWidth, logicalHeight, scale, newTitle, newLegend, newCaption,
                    mode, laneOrder, timeScale);
        }

        public Options withLayout(TimelineLayout.Mode newMode, int[] newLaneOrder) {
            return new Options(view, start, end, logicalWidth, logicalHeight, scale, title, legend, caption, newMode,
                    newLaneOrder, timeScale);
        }

        public Options withTimeScale(TimeScaleMode newTimeScale) {
            return new Options(view, start, end, logicalWidth, logicalHeight, scale, title, legend, caption, mode,
                    laneOrder, newTimeScale);
        }
    }

    /** What was written: the pixel size, and the lanes a fixed height could not hold. */
    public record Result(int width, int height, int hiddenLanes) {
    }

    /** An image larger than a PNG or the exporter allows; the message says which limit. */
    public static final class TooLargeException extends IllegalArgumentException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private PngExportJob() {
    }

    /** Builds the image of the filtered events (text is measured on the JavaFX thread, started if needed). */
    public static ImageContent image(Dataset dataset, TimelineIndex.Visible visible, Options options) {
        EventFilter filter = visible.result().filter();
        if (options.view() == View.GRAPH) {
            double height = options.logicalHeight() > 0 ? options.logicalHeight() : DEFAULT_GRAPH_HEIGHT;
            return GraphImage.of(dataset, visible.result(), null, options.logicalWidth(), height, options.title(),
                    options.caption());
        }
        String caption = options.caption() ? ExportCaption.caption(dataset, filter, visible.result().visibleCount()) : null;
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), ExportCaption.sourceLine(dataset),
                caption, options.title(), options.legend(), options.start(), options.end(), options.logicalWidth(),
                options.logicalHeight(), options.mode(), options.timeScale(), ExportCaption.metadata(dataset, filter));
        Set<Integer> hidden = hiddenActors(visible.timeline().events(), filter);
        FxToolkit.start();
        return FxToolkit.call(() -> new TimelineImage(spec, visible, hidden, options.laneOrder()));
    }

    /** The image's size in pixels at a scale; throws {@link TooLargeException} past the PNG's limits. */
    public static int[] checkedSize(ImageContent image, double scale) {
        int[] size = TiledPngExporter.pixelSize(image, scale);
        String problem = TiledPngExporter.checkSize(size[0], size[1]);
        if (problem != null) {
            throw new TooLargeException(problem);
        }
        return size;
    }

    /**
     * Draws and writes the image, tile by tile, to a temporary file moved into place at the end:
     * a failed or cancelled export leaves no partial file and keeps an old one; a file among
     * {@code inputs} (the dataset and its texts) is refused, never overwritten.
     */
    public static Result write(Dataset dataset, TimelineIndex.Visible visible, Options options, Path file,
                               java.util.Collection<Path> inputs, TiledPngExporter.Progress progress) throws IOException {
        ImageContent image = image(dataset, visible, options);
        int[] size = checkedSize(image, options.scale());
        new TiledPngExporter().export(image, options.scale(), file, inputs, progress);
        int hiddenLanes = image instanceof TimelineImage timeline ? timeline.hiddenLanes() : 0;
        return new Result(size[0], size[1], hiddenLanes);
    }

    /** Lanes of actors the filter leaves out, by actor position (null when no actor filter). */
    public static Set<Integer> hiddenActors(EventIndex index, EventFilter filter) {
        if (!filter.restrictsActors()) {
            return null;
        }
        Set<Integer> hidden = new HashSet<>();
        for (int a = 0; a < index.actorCount(); a++) {
            if (!filter.actors().contains(index.actor(a).id())) {
                hidden.add(a);
            }
        }
        return hidden;
    }

    /** The days a "whole timeline" export shows in a time scale mode (with a margin in that mode's units). */
    public static double[] wholeRange(TimelineIndex.Visible visible, TimeScaleMode timeScale) {
        TimelineIndex timeline = visible.timeline();
        return TimeMapping.of(timeScale, visible).fit(timeline.domainStart(), timeline.domainEnd() + 1.0);
    }

    /** The range for a filter's own from/to, or the whole range where it is open. */
    public static double[] rangeOf(EventFilter filter, TimelineIndex.Visible visible, TimeScaleMode timeScale) {
        double[] whole = wholeRange(visible, timeScale);
        double start = filter.from() == Days.OPEN_START ? whole[0] : filter.from();
        double end = filter.to() == Days.OPEN_END ? whole[1] : filter.to() + 1.0;
        if (end <= start) {
            end = start + 1;
        }
        return new double[] {start, end};
    }
}
