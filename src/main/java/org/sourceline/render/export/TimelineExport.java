package org.sourceline.render.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * Puts a timeline export together the same way for the app and the command line: the caption
 * (filters and source, unknowns said as unknown), the PNG text chunks, and the image itself.
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

    /** "Foreign Policy — “Title” · URL unknown · published approximately 2023-01 (2023-01-03 – 2023-01-31)". */
    public static String sourceLine(Article article) {
        StringBuilder sb = new StringBuilder(article.credit());
        if (article.author() != null) {
            sb.append(" · by ").append(article.author());
        }
        sb.append(" · ").append(article.url() == null ? "URL unknown" : article.url());
        if (article.published() == null) {
            sb.append(" · publication date unknown");
        } else {
            boolean approximate = article.published().startQualifier().isFuzzy();
            sb.append(" · published ").append(approximate ? "approximately " : "")
                    .append(article.published().edtf().replace("~", "").replace("?", ""));
        }
        return sb.toString();
    }

    /** The caption: what is shown, under which filters, from which source. */
    public static String caption(Dataset dataset, EventFilter filter, int shown) {
        String filters = filter.describe(id -> dataset.actor(id) == null ? id : dataset.actor(id).name());
        return shown + " of " + dataset.events().size() + " events · " + filters + "\n"
                + "Source: " + sourceLine(dataset.article()) + "\n"
                + "Made with " + TimelineImage.software();
    }

    /** PNG text chunks: title, source, filters, software. */
    public static Map<String, String> metadata(Dataset dataset, EventFilter filter) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", dataset.title());
        text.put("Source", sourceLine(dataset.article()));
        text.put("Filters", filter.describe(id -> dataset.actor(id) == null ? id : dataset.actor(id).name()));
        text.put("Software", TimelineImage.software());
        return text;
    }

    /** Builds the image (on the JavaFX thread, where text is measured). */
    public static TimelineImage image(Dataset dataset, EventFilter filter, TimelineIndex.Visible visible,
                                      Set<Integer> hiddenActors, int[] laneOrder, Options options) {
        String caption = options.caption() ? caption(dataset, filter, visible.result().visibleCount()) : null;
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), sourceLine(dataset.article()), caption,
                options.title(), options.legend(), options.start(), options.end(), options.logicalWidth(),
                options.logicalHeight(), options.mode(), metadata(dataset, filter));
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
