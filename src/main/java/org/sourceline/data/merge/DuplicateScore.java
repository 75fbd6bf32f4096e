package org.sourceline.data.merge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourceline.model.Actor;
import org.sourceline.model.Days;
import org.sourceline.model.Event;

/**
 * How alike two events of different datasets are: the test for a <em>likely duplicate</em> when
 * datasets are merged.
 *
 * <p>Two events are compared only when they have the same type, their earliest–latest spans
 * overlap and they share at least one actor (after actors were matched). Their score is then
 * <pre>  0.60 × title + 0.25 × actors + 0.15 × time</pre>
 * <ul>
 *   <li><b>title</b>: the Dice coefficient of the character trigrams of the titles' words, leaving
 *       out small words ("a", "the", "of"…) and the names of the events' own actors, including
 *       words they begin ("Iranian" for Iran): two events of Iran and Russia share those words
 *       whatever happened, so they would say nothing. Trigrams forgive inflections ("drone" and
 *       "drones").</li>
 *   <li><b>actors</b>: shared actors over all actors of the two (Jaccard).</li>
 *   <li><b>time</b>: the overlap of the spans over the shorter span, so "in 2022" and
 *       "on 5 March 2022" fit fully: the vaguer one may well mean the exact one.</li>
 * </ul>
 * Two events quoting overlapping words of the same article (an article both datasets have, kept
 * once) count as titles fully alike, however they are titled: they rest on the same words.
 * A pair scoring at least {@link #THRESHOLD} is listed. With the same actors and a fitting time
 * (0.40 of the score), the titles' own words must then be a quarter alike; with half the actors
 * shared, nearly half alike. Titles saying different things of the same actors at the same
 * time ("Iranian-made drones reach Russia", "Iran provides more military support to Russia")
 * stay below it.
 */
public final class DuplicateScore {
    /** Pairs scoring at least this are likely duplicates. */
    public static final double THRESHOLD = 0.55;
    static final double TITLE_WEIGHT = 0.60;
    static final double ACTOR_WEIGHT = 0.25;
    static final double TIME_WEIGHT = 0.15;

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or",
            "with", "by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "its", "it", "over", "than",
            "more", "into", "about", "after", "before", "up", "out", "that", "this", "his", "her", "their", "s", "not",
            "no", "new");

    /**
     * What a score is made of.
     *
     * @param title        title similarity, 0 – 1
     * @param actors       shared actors over all actors, 0 – 1
     * @param time         overlap over the shorter span, 0 – 1
     * @param sharedActors how many actors the two share
     * @param sharedQuote  whether a quote of one overlaps a quote of the other in the same article
     */
    public record Parts(double title, double actors, double time, int sharedActors, boolean sharedQuote) {
        /** The weighted score, 0 – 1; a shared quote counts as titles fully alike. */
        public double total() {
            return TITLE_WEIGHT * (sharedQuote ? 1.0 : title) + ACTOR_WEIGHT * actors + TIME_WEIGHT * time;
        }

        public boolean isLikelyDuplicate() {
            return total() >= THRESHOLD;
        }
    }

    /**
     * An event prepared for comparison (its title's trigrams are made apart, only when needed).
     *
     * @param type     the event type's ordinal
     * @param earliest first day (or {@link Days#OPEN_START})
     * @param latest   last day (or {@link Days#OPEN_END})
     * @param actors   its actors as numbers shared by both datasets (matched actors have one number), sorted, unique
     */
    record Profile(int type, long earliest, long latest, int[] actors) {
    }

    private DuplicateScore() {
    }

    /** Profiles an event whose actors have these numbers. */
    static Profile profile(Event event, int[] actorNumbers) {
        int[] actors = Arrays.stream(actorNumbers).sorted().distinct().toArray();
        return new Profile(event.type().ordinal(), event.time().earliest(), event.time().latest(), actors);
    }

    /** How many actors two events share when they have the same type and overlapping times; else 0. */
    static int sharedActorsIfComparable(Profile a, Profile b) {
        if (a.type != b.type || a.earliest > b.latest || b.earliest > a.latest) {
            return 0;
        }
        return commonCount(a.actors, b.actors);
    }

    /** The most two comparable events sharing {@code shared} actors can score: their titles the same. */
    static double bound(Profile a, Profile b, int shared) {
        double actors = shared / (double) (a.actors.length + b.actors.length - shared);
        return TITLE_WEIGHT + ACTOR_WEIGHT * actors + TIME_WEIGHT * timeFit(a.earliest, a.latest, b.earliest, b.latest);
    }

    /**
     * The parts of the score of two comparable events sharing {@code shared} actors. Quotes are
     * given as {@link #quoteSpans}; a shared quote spares comparing the titles.
     */
    static Parts parts(Profile a, long[] aTrigrams, long[] aQuotes, Profile b, long[] bTrigrams, long[] bQuotes,
                       int shared) {
        double actors = shared / (double) (a.actors.length + b.actors.length - shared);
        double time = timeFit(a.earliest, a.latest, b.earliest, b.latest);
        if (quotesOverlap(aQuotes, bQuotes)) {
            return new Parts(1.0, actors, time, shared, true);
        }
        int common = commonCount(aTrigrams, bTrigrams);
        int total = aTrigrams.length + bTrigrams.length;
        double title = total == 0 ? 0 : 2.0 * common / total;
        return new Parts(title, actors, time, shared, false);
    }

    /**
     * An event's quotes as numbers: for each, its article's number (articles the same in both
     * datasets have one number), start and end, one after the other.
     */
    static long[] quoteSpans(Event event, java.util.function.ToIntFunction<String> articleNumber) {
        long[] spans = new long[event.evidence().size() * 3];
        int k = 0;
        for (org.sourceline.model.Evidence quote : event.evidence()) {
            spans[k++] = articleNumber.applyAsInt(quote.articleId());
            spans[k++] = quote.start();
            spans[k++] = quote.end();
        }
        return spans;
    }

    /** Whether two quotes of the same article share a character. */
    static boolean quotesOverlap(long[] a, long[] b) {
        for (int i = 0; i < a.length; i += 3) {
            for (int j = 0; j < b.length; j += 3) {
                if (a[i] == b[j] && a[i + 1] < b[j + 2] && b[j + 1] < a[i + 2]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The parts of the score of two events whose actors are told apart by identity (as in one
     * dataset, or two whose actors were matched), or null when they are not comparable.
     */
    public static Parts compare(Event a, Event b) {
        List<Actor> all = new java.util.ArrayList<>(a.actors());
        for (Actor actor : b.actors()) {
            if (!all.contains(actor)) {
                all.add(actor);
            }
        }
        Profile pa = profile(a, numbers(a, all));
        Profile pb = profile(b, numbers(b, all));
        int shared = sharedActorsIfComparable(pa, pb);
        if (shared == 0) {
            return null;
        }
        List<String> articles = new java.util.ArrayList<>();
        java.util.function.ToIntFunction<String> number = id -> {
            int n = articles.indexOf(id);
            if (n < 0) {
                articles.add(id);
                n = articles.size() - 1;
            }
            return n;
        };
        return parts(pa, trigrams(a.title(), a.actors()), quoteSpans(a, number), pb, trigrams(b.title(), b.actors()),
                quoteSpans(b, number), shared);
    }

    private static int[] numbers(Event event, List<Actor> all) {
        return event.actors().stream().mapToInt(all::indexOf).toArray();
    }

    /**
     * Overlap of two spans over the shorter one, 0 – 1; an open end reaches as far as it needs.
     * Two spans open on the same side fit fully.
     */
    static double timeFit(long aFirst, long aLast, long bFirst, long bLast) {
        long first = Math.max(aFirst, bFirst);
        long last = Math.min(aLast, bLast);
        if (first > last) {
            return 0;
        }
        if (Days.isOpen(first) || Days.isOpen(last)) {
            return 1;
        }
        double overlap = last - first + 1;
        double shorter = Math.min(length(aFirst, aLast), length(bFirst, bLast));
        return Math.min(1, overlap / shorter);
    }

    private static double length(long first, long last) {
        return Days.isOpen(first) || Days.isOpen(last) ? Double.POSITIVE_INFINITY : last - first + 1;
    }

    /** The trigrams of a title's telling words, each packed into a long. */
    static long[] trigrams(String title, List<Actor> actors) {
        Set<String> names = new HashSet<>();
        for (Actor actor : actors) {
            for (String word : Folding.words(actor.name())) {
                if (word.length() >= 3 && !SMALL_WORDS.contains(word)) {
                    names.add(word);
                }
            }
        }
        long[] grams = new long[32];
        int n = 0;
        for (String word : Folding.words(title)) {
            if (SMALL_WORDS.contains(word) || isName(word, names)) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                if (n == grams.length) {
                    grams = Arrays.copyOf(grams, n * 2);
                }
                grams[n++] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
            }
        }
        long[] sorted = Arrays.copyOf(grams, n);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /** A word of an actor's name, or one it begins (of four letters or more: "Iranian" for "Iran"). */
    private static boolean isName(String word, Set<String> names) {
        if (names.contains(word)) {
            return true;
        }
        for (String name : names) {
            if (name.length() >= 4 && word.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private static int commonCount(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static int commonCount(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
