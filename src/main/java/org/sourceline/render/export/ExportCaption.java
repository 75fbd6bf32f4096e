package org.sourceline.render.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;

/**
 * The words every exported image carries, whatever it shows: a caption naming what is shown,
 * the filters and the source (unknowns said as unknown, nothing invented), and the PNG text chunks.
 */
public final class ExportCaption {
    private ExportCaption() {
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

    /**
     * The sources of a dataset in one line: the article's {@link #sourceLine(Article)} when there is
     * one, else "3 articles: Wire — “A”; Paper — “B”; “C”" (past four, "and N more").
     */
    public static String sourceLine(Dataset dataset) {
        if (dataset.articles().size() == 1) {
            return sourceLine(dataset.article());
        }
        StringBuilder sb = new StringBuilder().append(dataset.articles().size()).append(" articles: ");
        int shown = 0;
        for (Article article : dataset.articles()) {
            if (shown == 4) {
                sb.append("; and ").append(dataset.articles().size() - shown).append(" more");
                break;
            }
            sb.append(shown++ == 0 ? "" : "; ").append(article.credit().isEmpty() ? article.id() : article.credit());
        }
        return sb.toString();
    }

    /** The caption: what is shown, under which filters, from which source. */
    public static String caption(Dataset dataset, EventFilter filter, int shown) {
        String filters = filter.describe(id -> dataset.actor(id) == null ? id : dataset.actor(id).name());
        // Grouped as in the status bar ("1,000,000 of 1,000,000 events").
        return String.format("%,d of %,d events", shown, dataset.events().size()) + " · " + filters + "\n"
                + (dataset.articles().size() == 1 ? "Source: " : "Sources: ") + sourceLine(dataset) + "\n"
                + "Made with " + TimelineImage.software();
    }

    /** PNG text chunks: title, source, filters, software. */
    public static Map<String, String> metadata(Dataset dataset, EventFilter filter) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", dataset.title());
        text.put("Source", sourceLine(dataset));
        text.put("Filters", filter.describe(id -> dataset.actor(id) == null ? id : dataset.actor(id).name()));
        text.put("Software", TimelineImage.software());
        return text;
    }
}
