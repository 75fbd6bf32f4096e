package org.sourceline.render.export;

import java.util.Set;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * Puts a timeline export together the same way for the app and the command line: the range, the
 * hidden lanes and the image itself (with {@link ExportCaption}'s caption and text chunks).
 */
public final class TimelineExport {
    /** Narrowest logical width that still leaves room for lanes beside their labels. */
    public static final double MIN_LOGICAL_WIDTH = 400;

    /**
     * What the user asked for.
     *
     * @param start         first day shown
     * @param end           day after the last one shown
     * @param logicalWidth  width before scaling
     * @param logicalHeight height before scaling, or 0 to fit every lane
     * @param scale         pixels per logical pixel
     * @param title         include the title block
     * @param legend        include the legend
     * @param caption       include the caption
     * @param mode          lanes or compact
     */
    public record Options(double start, double end, double logicalWidth, double logicalHeight, double scale,
                          boolean title, boolean legend, boolean caption, TimelineLayout.Mode mode) {
    }

    private TimelineExport() {
    }

    /** Builds the image (on the JavaFX thread, where text is measured). */
    public static TimelineImage image(Dataset dataset, EventFilter filter, TimelineIndex.Visible visible,
                                      Set<Integer> hiddenActors, int[] laneOrder, Options options) {
        String caption = options.caption() ? ExportCaption.caption(dataset, filter, visible.result().visibleCount()) : null;
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), ExportCaption.sourceLine(dataset), caption,
                options.title(), options.legend(), options.start(), options.end(), options.logicalWidth(),
                options.logicalHeight(), options.mode(), ExportCaption.metadata(dataset, filter));
        FxToolkit.start();
        return FxToolkit.call(() -> new TimelineImage(spec, visible, hiddenActors, laneOrder));
    }

    /** Lanes of actors the filter leaves out, by actor position (null when no actor filter). */
    public static Set<Integer> hiddenActors(org.sourceline.query.EventIndex index, EventFilter filter) {
        if (!filter.restrictsActors()) {
            return null;
        }
        Set<Integer> hidden = new java.util.HashSet<>();
        for (int a = 0; a < index.actorCount(); a++) {
            if (!filter.actors().contains(index.actor(a).id())) {
                hidden.add(a);
            }
        }
        return hidden;
    }

    /** The days a "whole timeline" export shows. */
    public static double[] wholeRange(TimelineIndex timeline) {
        return timeline.fitRange();
    }

    /** The visible range for a filter's own from/to, or the whole range when open. */
    public static double[] rangeOf(EventFilter filter, TimelineIndex timeline) {
        double[] whole = wholeRange(timeline);
        double start = filter.from() == Days.OPEN_START ? whole[0] : filter.from();
        double end = filter.to() == Days.OPEN_END ? whole[1] : filter.to() + 1.0;
        if (end <= start) {
            end = start + 1;
        }
        return new double[] {start, end};
    }
}
