package org.sourceline.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * A dataset's evidence passages sorted by the article they quote, gathered in one pass: the
 * {@link HighlightRuns} of any article then come from its own passages alone, so a reader
 * switching among a thousand articles of a million events maps a thousand passages, not a
 * million. Flat arrays (a compressed row per article), like the runs themselves.
 */
public final class ArticlePassages {
    private final Dataset dataset;
    private final Map<String, Integer> positions;
    /** Passages of article a are {@code [first[a], first[a+1])}. */
    private final int[] first;
    private final int[] starts;
    private final int[] ends;
    private final int[] owners;

    private ArticlePassages(Dataset dataset, Map<String, Integer> positions, int[] first, int[] starts, int[] ends,
                            int[] owners) {
        this.dataset = dataset;
        this.positions = positions;
        this.first = first;
        this.starts = starts;
        this.ends = ends;
        this.owners = owners;
    }

    /** Goes through every passage of the dataset once (twice: counting, then placing). */
    public static ArticlePassages of(Dataset dataset) {
        Map<String, Integer> positions = new HashMap<>(dataset.articles().size() * 2);
        for (int a = 0; a < dataset.articles().size(); a++) {
            positions.put(dataset.articles().get(a).id(), a);
        }
        List<Event> events = dataset.events();
        int[] count = new int[dataset.articles().size() + 1];
        Lookup lookup = new Lookup(positions);
        for (Event event : events) {
            for (Evidence passage : event.evidence()) {
                count[lookup.of(passage.articleId()) + 1]++;
            }
        }
        int[] first = new int[count.length];
        for (int a = 1; a < count.length; a++) {
            first[a] = first[a - 1] + count[a];
        }
        int total = first[first.length - 1];
        int[] next = java.util.Arrays.copyOf(first, first.length);
        int[] starts = new int[total];
        int[] ends = new int[total];
        int[] owners = new int[total];
        for (int e = 0; e < events.size(); e++) {
            for (Evidence passage : events.get(e).evidence()) {
                int a = lookup.of(passage.articleId());
                if (a >= 0) {
                    int k = next[a]++;
                    starts[k] = passage.start();
                    ends[k] = passage.end();
                    owners[k] = e;
                }
            }
        }
        return new ArticlePassages(dataset, positions, first, starts, ends, owners);
    }

    /** The dataset these passages are of. */
    public Dataset dataset() {
        return dataset;
    }

    /** How many passages quote the article (0 for an unknown id). */
    public int count(String articleId) {
        Integer a = positions.get(articleId);
        return a == null ? 0 : first[a + 1] - first[a];
    }

    /** The highlight runs of one article: the same as {@link HighlightRuns#of(Dataset, String)}. */
    public HighlightRuns runs(String articleId) {
        Integer a = positions.get(articleId);
        if (a == null) {
            return HighlightRuns.of(new int[0], new int[0], new int[0]);
        }
        int from = first[a];
        int to = first[a + 1];
        return HighlightRuns.of(java.util.Arrays.copyOfRange(starts, from, to), java.util.Arrays.copyOfRange(ends, from, to),
                java.util.Arrays.copyOfRange(owners, from, to));
    }

    /** Article positions by id, remembering the last id asked for: a dataset's ids are pooled and repeat in runs. */
    private static final class Lookup {
        private final Map<String, Integer> positions;
        private String lastId;
        private int last = -1;

        Lookup(Map<String, Integer> positions) {
            this.positions = positions;
        }

        int of(String id) {
            if (id != lastId) {
                Integer a = positions.get(id);
                lastId = id;
                last = a == null ? -1 : a;
            }
            return last;
        }
    }
}
