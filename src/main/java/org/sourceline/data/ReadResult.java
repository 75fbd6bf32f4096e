package org.sourceline.data;

import java.util.List;
import org.sourceline.model.Dataset;

/**
 * What reading a dataset file gave: the dataset when it has no errors (never a partial one),
 * every problem found, and quote statistics.
 *
 * @param file           the file as the user named it
 * @param dataset        the dataset, or null when there were errors
 * @param problems       errors and warnings in file order of discovery
 * @param unreadable     true when the file itself could not be read (missing, a folder, no permission)
 * @param quotesVerified quotes found in the article (at their offsets or re-anchored)
 * @param quotesTotal    quotes in the dataset
 * @param eventCount     events read, including invalid ones
 * @param actorCount     actors read, including invalid ones
 * @param articleCount   articles read (valid ones)
 * @param columns        what the reader worked out of each event for the index, in the dataset's
 *                       event order; null when it has none (a dataset not read from a file)
 */
public record ReadResult(String file, Dataset dataset, List<Problem> problems, boolean unreadable,
                         int quotesVerified, int quotesTotal, int eventCount, int actorCount, int articleCount,
                         EventColumns columns) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    /** A result without columns for the index. */
    public ReadResult(String file, Dataset dataset, List<Problem> problems, boolean unreadable, int quotesVerified,
                      int quotesTotal, int eventCount, int actorCount, int articleCount) {
        this(file, dataset, problems, unreadable, quotesVerified, quotesTotal, eventCount, actorCount, articleCount, null);
    }

    /** This result without its columns (once the index has been made of them, nothing else needs them). */
    public ReadResult withoutColumns() {
        return columns == null ? this : new ReadResult(file, dataset, problems, unreadable, quotesVerified, quotesTotal,
                eventCount, actorCount, articleCount, null);
    }

    /** The result for a file that could not be read at all (missing, a folder, no permission). */
    public static ReadResult unreadable(String file, String message) {
        Problem problem = new Problem(Severity.ERROR, file, 1, 1, null, message);
        return new ReadResult(file, null, List.of(problem), true, 0, 0, 0, 0, 0);
    }

    /** The result for a file that was read and is invalid as a whole (e.g. not UTF-8): one error. */
    public static ReadResult invalid(String file, Problem problem) {
        return new ReadResult(file, null, List.of(problem), false, 0, 0, 0, 0, 0);
    }

    public boolean hasErrors() {
        return dataset == null;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * {@code FILE: N events, M actors, K of L quotes verified}, preceded by {@code A articles, }
     * when the dataset has more than one.
     */
    public String summary() {
        return Problem.printable(file) + ": " + (articleCount > 1 ? articleCount + " articles, " : "")
                + count(eventCount, "event") + ", " + count(actorCount, "actor") + ", " + quotesVerified + " of "
                + count(quotesTotal, "quote") + " verified";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
