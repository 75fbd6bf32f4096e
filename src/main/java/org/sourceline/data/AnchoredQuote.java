package org.sourceline.data;

import org.sourceline.model.Evidence;

/**
 * One quote of a dataset file as the file records it, and what anchoring it in the article gave:
 * what {@link DatasetReader#withAnchoringListener} reports for each quote it reads, so that a tool
 * can say what re-anchoring changed (the {@code anchor} command) without reading the file twice.
 *
 * @param eventId        the event the quote supports
 * @param line           1-based line of the evidence object in the file
 * @param column         1-based column of the evidence object
 * @param exact          the quote
 * @param prefix         the recorded prefix, or null when the file gives none
 * @param suffix         the recorded suffix, or null when the file gives none
 * @param recordedStart  the recorded start offset, or -1 when the file gives none
 * @param recordedEnd    the recorded end offset, or -1 when the file gives none
 * @param result         where the quote was found (or why not)
 * @param evidence       the evidence the dataset holds for it, or null when the quote was not anchored
 */
public record AnchoredQuote(String eventId, int line, int column, String exact, String prefix, String suffix,
                            int recordedStart, int recordedEnd, QuoteAnchor.Result result, Evidence evidence) {
}
