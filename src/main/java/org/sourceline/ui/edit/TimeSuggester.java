package org.sourceline.ui.edit;

import java.util.Optional;
import org.sourceline.model.Article;

/**
 * Where the editor gets a time for a quote: the article's own time words nearest the passage
 * ("in the late fall of 2022"), as EDTF with a note. The recognition itself lives in its own
 * package; the editor only asks, and offers what it gets as a suggestion the person confirms.
 */
public interface TimeSuggester {
    /**
     * A time suggested for a passage.
     *
     * @param phrase the article's words
     * @param edtf   what they mean, as EDTF
     * @param note   why, or null
     */
    record Suggestion(String phrase, String edtf, String note) {
    }

    /** The time words nearest {@code [start, end)} of the article, if any are found. */
    Optional<Suggestion> suggest(Article article, int start, int end);

    /** False when there is no recogniser (the Suggest button is then not shown). */
    boolean isAvailable();

    /** No suggestions: the person types the time. */
    static TimeSuggester none() {
        return new TimeSuggester() {
            @Override
            public Optional<Suggestion> suggest(Article article, int start, int end) {
                return Optional.empty();
            }

            @Override
            public boolean isAvailable() {
                return false;
            }
        };
    }
}
