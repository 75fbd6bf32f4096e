package org.sourceline.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.TimeSpan;

/**
 * The text "Copy citation" puts on the clipboard: the event's quotes, verbatim, then where they
 * come from and what they support. Quotes are set as block quotations — each its own paragraph,
 * without added quotation marks, so the article's own curly quotes, dashes, ellipses and
 * non-breaking spaces stay exactly as they are — and the source line begins with an em dash:
 *
 * <pre>
 * More than 80 Iranian-made drones … Zelensky said
 *
 * — “Iran and Russia Are Closer Than Ever Before”, Foreign Policy. Author: unknown.
 *   Published: about 3–31 January 2023 (EDTF 2023-01~). URL: unknown.
 * Event: …. When: “in that 48-hour period”, 1–2 January 2023 (EDTF 2023-01-01/2023-01-02).
 *   Claimed by Volodymyr Zelensky, President of Ukraine.
 * </pre>
 *
 * (each of the two last lines is one line). What the dataset does not know is written as
 * "unknown", never guessed.
 */
public final class Citation {
    /** Stands in for the quote of an event that has no evidence passage (imported data). */
    public static final String NO_QUOTE = "[No quote in the source: this event has no evidence passage.]";

    private Citation() {
    }

    /** Marks a quote that denies or contradicts the event, before its words. */
    public static final String DISPUTES = "[Disputes the event] ";

    /**
     * The citation of an event from a dataset. An event quoted from several articles lists each
     * article under its own quotes (in the order the event first quotes them), marks the quotes
     * that dispute it, and ends by counting its sources.
     */
    public static String of(Event event, Dataset dataset) {
        StringBuilder sb = new StringBuilder();
        List<Evidence> evidence = event.evidence();
        if (evidence.isEmpty()) {
            sb.append(NO_QUOTE).append("\n\n");
        }
        Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
        for (Evidence passage : evidence) {
            byArticle.computeIfAbsent(passage.articleId(), id -> new ArrayList<>()).add(passage);
        }
        if (byArticle.isEmpty()) {
            byArticle.put(dataset.article().id(), List.of());
        }
        int group = 0;
        for (Map.Entry<String, List<Evidence>> entry : byArticle.entrySet()) {
            for (Evidence passage : entry.getValue()) {
                sb.append(passage.disputes() ? DISPUTES : "").append(passage.exact()).append("\n\n");
            }
            Article article = dataset.article(entry.getKey());
            sb.append("— ").append(article == null ? "Unknown article “" + entry.getKey() + "”." : source(article))
                    .append(++group < byArticle.size() ? "\n\n" : "\n");
        }
        sb.append("Event: ").append(sentence(event.title())).append(" When: ").append(when(event.time())).append(". ")
                .append(Attribution.describe(event.certainty(), dataset)).append('.');
        if (byArticle.size() > 1 || event.isDisputed()) {
            sb.append(' ').append(sources(event));
        }
        return sb.toString();
    }

    /** "Sources: 2 articles support it; 1 disputes it." */
    static String sources(Event event) {
        return "Sources: " + Corroboration.explain(event) + ".";
    }

    /** "“Title”, Outlet. Author: unknown. Published: about 3–31 January 2023 (EDTF 2023-01~). URL: unknown." */
    public static String source(Article article) {
        StringBuilder sb = new StringBuilder();
        sb.append(article.title() == null ? "Untitled article" : "“" + article.title() + "”");
        sb.append(", ").append(article.outlet() == null ? "outlet unknown" : article.outlet()).append(". ");
        sb.append("Author: ").append(article.author() == null ? "unknown" : article.author()).append(". ");
        sb.append("Published: ").append(published(article.published())).append(". ");
        sb.append("URL: ").append(article.url() == null ? "unknown" : article.url()).append('.');
        return sb.toString();
    }

    /** "about 3–31 January 2023 (EDTF 2023-01~)", or "unknown". */
    public static String published(TimeSpan published) {
        return published == null ? "unknown" : TimeWords.describe(published) + " (EDTF " + published.edtf() + ")";
    }

    /**
     * "“in that 48-hour period”, 1–2 January 2023 (EDTF 2023-01-01/2023-01-02)"; when the article
     * gives no phrase, says so before the dataset's dating.
     */
    public static String when(TimeSpan time) {
        String normalised = TimeWords.describe(time) + " (EDTF " + time.edtf() + ")";
        if (time.phrase() == null) {
            return "not said in the article; dated " + normalised;
        }
        return "“" + time.phrase() + "”, " + normalised;
    }

    private static String sentence(String s) {
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }
}
