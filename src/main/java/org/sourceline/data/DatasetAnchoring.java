package org.sourceline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Fills in or repairs what a dataset records about its quotes from the quotes themselves: each
 * evidence's offsets, prefix and suffix, and the article's hash. The quotes are anchored exactly
 * as {@code validate} anchors them ({@link QuoteAnchor} through {@link DatasetReader}): at their
 * offsets when the text is there, else at the one place their prefix and suffix choose. A quote
 * that is not in the article, or that occurs at several places its context cannot choose between,
 * is an error of the read, and nothing is repaired.
 *
 * <p>What is kept and what is rewritten:
 * <ul>
 *   <li>offsets: kept when the quote is at them; else the place found ("moved"), or filled in;</li>
 *   <li>prefix and suffix: a recorded one is kept while it matches the text beside the quote (an
 *       empty one only at the text's start or end); a missing or wrong one becomes the
 *       {@value QuoteSelector#CONTEXT_LENGTH} code units beside the quote; and when the quote
 *       occurs elsewhere too and the context does not tell its places apart, both grow
 *       ({@value QuoteSelector#CONTEXT_LENGTH}, 64, 128… code units) until they do, so the quote
 *       can be found again without its offsets (a repeated paragraph needs more than 32);</li>
 *   <li>the article's {@code sha256}: filled in or updated to the text's ({@link TextHash}).</li>
 * </ul>
 */
public final class DatasetAnchoring {
    /**
     * One thing changed, at the position of the evidence (or article) in the file.
     *
     * @param eventId     the event of the evidence, or null for the article
     * @param description e.g. {@code moved 120–180 → 130–190; prefix repaired}
     */
    public record Change(int line, int column, String eventId, String description) {
        /** {@code file:line:col: event "id": description} (or {@code article: description}). */
        public String format(String file) {
            return file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": "
                    + (eventId == null ? "article" : "event \"" + eventId + "\"") + ": " + description;
        }
    }

    /**
     * @param read    what reading the file gave (its problems, when there were errors)
     * @param dataset the dataset with every quote anchored and repaired, or null when the read had errors
     * @param changes what was filled in or repaired, in file order; empty when nothing needed it
     */
    public record Outcome(ReadResult read, Dataset dataset, List<Change> changes) {
        public Outcome {
            changes = List.copyOf(changes);
        }

        public boolean hasErrors() {
            return dataset == null;
        }
    }

    private DatasetAnchoring() {
    }

    /** Reads a dataset file and anchors every quote; writes nothing. */
    public static Outcome anchor(Path datasetFile) {
        Map<Evidence, AnchoredQuote> quotes = new IdentityHashMap<>();
        Map<String, int[]> articleAt = new java.util.HashMap<>();
        ReadResult read = new DatasetReader().withAnchoringListener(new DatasetReader.AnchoringListener() {
            @Override
            public void article(int line, int column, Article article) {
                articleAt.put(article.id(), new int[] {line, column});
            }

            @Override
            public void quote(AnchoredQuote quote) {
                if (quote.evidence() != null) {
                    quotes.put(quote.evidence(), quote);
                }
            }
        }).read(datasetFile);
        if (read.hasErrors()) {
            return new Outcome(read, null, List.of());
        }
        Dataset dataset = read.dataset();
        List<Change> changes = new ArrayList<>();
        for (Article article : dataset.articles()) {
            if (!article.hasText()) {
                continue;
            }
            int[] at = articleAt.getOrDefault(article.id(), new int[] {1, 1});
            String sha = TextHash.sha256(article.text());
            String which = dataset.articles().size() == 1 ? "" : "article \"" + article.id() + "\": ";
            if (article.sha256() == null) {
                changes.add(new Change(at[0], at[1], null, which + "sha256 filled in"));
            } else if (!article.sha256().equalsIgnoreCase(sha)) {
                changes.add(new Change(at[0], at[1], null,
                        which + "sha256 updated: the text is not the one the offsets were recorded for"));
            }
        }
        List<Event> events = new ArrayList<>(dataset.events().size());
        boolean anyEvent = false;
        for (Event event : dataset.events()) {
            List<Evidence> repaired = new ArrayList<>(event.evidence().size());
            boolean changed = false;
            for (Evidence evidence : event.evidence()) {
                AnchoredQuote quote = quotes.get(evidence);
                Evidence fixed = quote == null ? evidence
                        : repair(dataset.articleOf(evidence).text(), evidence, quote, changes);
                changed |= fixed != evidence;
                repaired.add(fixed);
            }
            events.add(changed ? event.withEvidence(repaired) : event);
            anyEvent |= changed;
        }
        changes.sort(Comparator.comparingInt(Change::line).thenComparingInt(Change::column));
        // The article is rebuilt by the writer from its text: the hash it writes is the text's.
        Dataset result = anyEvent ? new Dataset(dataset.title(), dataset.description(), dataset.articles(),
                dataset.actors(), events, dataset.eras()) : dataset;
        return new Outcome(read, result, changes);
    }

    /** The evidence with its context repaired; the same object when nothing changed. */
    private static Evidence repair(String text, Evidence evidence, AnchoredQuote quote, List<Change> changes) {
        List<String> what = new ArrayList<>();
        int start = evidence.start();
        int end = evidence.end();
        if (quote.recordedStart() < 0 || quote.recordedEnd() < 0) {
            what.add("offsets filled in: " + start + "–" + end);
        } else if (quote.recordedStart() != start || quote.recordedEnd() != end) {
            what.add("moved " + quote.recordedStart() + "–" + quote.recordedEnd() + " → " + start + "–" + end);
        }
        boolean prefixOk = prefixMatches(text, quote.prefix(), start);
        boolean suffixOk = suffixMatches(text, quote.suffix(), end);
        int freshPrefix = start - QuoteSelector.contextStart(text, start);
        int freshSuffix = QuoteSelector.contextEnd(text, end) - end;
        // A quote at the text's very start or end matches an absent prefix or suffix: length 0.
        int prefixLength = prefixOk ? lengthOf(quote.prefix()) : freshPrefix;
        int suffixLength = suffixOk ? lengthOf(quote.suffix()) : freshSuffix;
        if (!prefixOk) {
            what.add(quote.prefix() == null || quote.prefix().isEmpty() ? "prefix filled in" : "prefix repaired");
        }
        if (!suffixOk) {
            what.add(quote.suffix() == null || quote.suffix().isEmpty() ? "suffix filled in" : "suffix repaired");
        }
        String exact = evidence.exact();
        // Only a context shorter than usual, or one just written, is checked: searching the whole
        // text for every quote of a big dataset would cost its length each time.
        boolean checked = prefixLength < freshPrefix || suffixLength < freshSuffix || !prefixOk || !suffixOk;
        if (checked && text.indexOf(exact) != text.lastIndexOf(exact)
                && !QuoteAnchor.contextChooses(text, exact, text.substring(start - prefixLength, start),
                text.substring(end, end + suffixLength), start)) {
            // As long as it takes: a repeated paragraph needs more than the usual 32 code units.
            for (int length = QuoteSelector.CONTEXT_LENGTH; ; length *= 2) {
                prefixLength = start - QuoteSelector.contextStart(text, start, length);
                suffixLength = QuoteSelector.contextEnd(text, end, length) - end;
                boolean wholeText = prefixLength == start && suffixLength == text.length() - end;
                if (wholeText || QuoteAnchor.contextChooses(text, exact, text.substring(start - prefixLength, start),
                        text.substring(end, end + suffixLength), start)) {
                    break;
                }
            }
            boolean filledIn = what.contains("prefix filled in") || what.contains("suffix filled in");
            what.removeIf(w -> w.startsWith("prefix") || w.startsWith("suffix"));
            boolean longer = prefixLength + suffixLength > 2 * QuoteSelector.CONTEXT_LENGTH;
            what.add("prefix and suffix " + (filledIn ? "filled in" : "lengthened")
                    + (longer ? ", " + prefixLength + " and " + suffixLength + " code units long" : "")
                    + ": the quote occurs more than once and " + (filledIn ? "the usual " + QuoteSelector.CONTEXT_LENGTH
                    + " code units" : "they") + " did not tell its places apart");
        }
        if (what.isEmpty() && prefixLength == evidence.prefixLength() && suffixLength == evidence.suffixLength()) {
            return evidence;
        }
        if (!what.isEmpty()) {
            changes.add(new Change(quote.line(), quote.column(), quote.eventId(), String.join("; ", what)));
        }
        return evidence.withContext(prefixLength, suffixLength);
    }

    private static int lengthOf(String context) {
        return context == null ? 0 : context.length();
    }

    /** A recorded prefix that is the text before the quote (empty only at the text's start). */
    private static boolean prefixMatches(String text, String prefix, int start) {
        if (prefix == null || prefix.isEmpty()) {
            return start == 0;
        }
        return prefix.length() <= start && text.startsWith(prefix, start - prefix.length());
    }

    /** A recorded suffix that is the text after the quote (empty only at the text's end). */
    private static boolean suffixMatches(String text, String suffix, int end) {
        if (suffix == null || suffix.isEmpty()) {
            return end == text.length();
        }
        return text.startsWith(suffix, end);
    }
}
