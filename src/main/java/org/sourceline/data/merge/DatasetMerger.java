package org.sourceline.data.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;

/**
 * Merges datasets into one, in the order given, and says what it did ({@link MergePlan}).
 *
 * <ul>
 *   <li><b>Articles</b> are appended. One with the same text as an article already merged is kept
 *       once (its quotes then name that article); one whose id is taken gets {@code ID-2} (or the
 *       next free number).</li>
 *   <li><b>Actors</b> are matched with those of the datasets before: by id, then by name (case,
 *       accents and full stops ignored: "Irán" is "IRAN", "U.S." is "US"). A matched actor is the
 *       earlier one; its events follow. Other actors are added.</li>
 *   <li><b>Events</b> keep their ids unless taken, then get {@code ID-2} (or the next free number).</li>
 *   <li><b>Likely duplicates</b>, pairs of events of different datasets that may tell the same
 *       thing ({@link DuplicateScore}), are listed; they become one event (the union of their
 *       evidence) only when the caller says so for each pair ({@link MergePlan#merge}).</li>
 *   <li>Eras are appended, leaving out those the datasets before already have.</li>
 * </ul>
 * Every match, rename and kept-once article is a {@link MergeNote}. Nothing is merged silently.
 */
public final class DatasetMerger {
    /**
     * A dataset to merge, and the name reports use for it.
     *
     * @param name    e.g. its file name, {@code b.json}
     * @param dataset the dataset
     */
    public record Input(String name, Dataset dataset) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dataset, "dataset");
        }
    }

    private DatasetMerger() {
    }

    /** Matches, renames and finds likely duplicates; nothing is merged until {@link MergePlan#merge}. */
    public static MergePlan plan(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        return new Planner(inputs).plan();
    }

    /** Works out one plan. */
    private static final class Planner {
        private final List<Input> inputs;
        private final List<MergeNote> notes = new ArrayList<>();
        private final List<Article> articles = new ArrayList<>();
        private final Map<String, Article> articlesById = new HashMap<>();
        private final Map<String, Article> articlesByText = new HashMap<>();
        private final List<Map<String, String>> articleIds = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final Map<String, Integer> actorNumbers = new HashMap<>();
        private final Map<String, String> actorByName = new HashMap<>();
        private final List<Map<String, String>> actorIds = new ArrayList<>();
        private final List<String[]> eventIds = new ArrayList<>();
        private final Set<String> takenEventIds = new HashSet<>();
        /** Global number of each input's first event. */
        private final int[] firstEvent;

        Planner(List<Input> inputs) {
            this.inputs = List.copyOf(inputs);
            firstEvent = new int[inputs.size() + 1];
            for (int i = 0; i < inputs.size(); i++) {
                firstEvent[i + 1] = firstEvent[i] + inputs.get(i).dataset().events().size();
            }
        }

        MergePlan plan() {
            for (int i = 0; i < inputs.size(); i++) {
                planArticles(i);
                planActors(i);
                planEvents(i);
            }
            DuplicateFinder finder = new DuplicateFinder();
            return new MergePlan(inputs, articles, articleIds, actors, actorIds, eventIds, firstEvent, notes,
                    finder.find());
        }

        private void planArticles(int i) {
            Input input = inputs.get(i);
            Map<String, String> ids = new HashMap<>();
            Set<String> own = new HashSet<>();
            input.dataset().articles().forEach(a -> own.add(a.id()));
            for (Article article : input.dataset().articles()) {
                Article same = article.hasText() ? articlesByText.get(article.text()) : null;
                if (same != null) {
                    ids.put(article.id(), same.id());
                    notes.add(new MergeNote(MergeNote.Kind.ARTICLE_SHARED, input.name(), "article \"" + article.id()
                            + "\" has the same text as \"" + same.id() + "\": kept once"));
                    continue;
                }
                String id = article.id();
                if (articlesById.containsKey(id)) {
                    String taken = id;
                    id = free(id, articlesById.keySet(), own);
                    notes.add(new MergeNote(MergeNote.Kind.ARTICLE_RENAMED, input.name(), "article \"" + taken
                            + "\" renamed \"" + id + "\" (the id is taken)"));
                }
                Article merged = id.equals(article.id()) ? article : article.withId(id);
                ids.put(article.id(), id);
                articles.add(merged);
                articlesById.put(id, merged);
                if (merged.hasText()) {
                    articlesByText.putIfAbsent(merged.text(), merged);
                }
            }
            articleIds.add(ids);
        }

        private void planActors(int i) {
            Input input = inputs.get(i);
            Map<String, String> ids = new HashMap<>();
            List<Actor> added = new ArrayList<>();
            for (Actor actor : input.dataset().actors()) {
                Integer byId = i == 0 ? null : actorNumbers.get(actor.id());
                if (byId != null) {
                    Actor earlier = actors.get(byId);
                    ids.put(actor.id(), earlier.id());
                    boolean sameName = Folding.nameKey(earlier.name()).equals(Folding.nameKey(actor.name()));
                    notes.add(new MergeNote(MergeNote.Kind.ACTOR_BY_ID, input.name(), "actor \"" + actor.name() + "\" ("
                            + actor.id() + ") matched by id" + (sameName ? "" : "; the names differ: \"" + earlier.name()
                            + "\" is kept")));
                    continue;
                }
                String byName = i == 0 ? null : actorByName.get(Folding.nameKey(actor.name()));
                if (byName != null) {
                    Actor earlier = actors.get(actorNumbers.get(byName));
                    ids.put(actor.id(), byName);
                    notes.add(new MergeNote(MergeNote.Kind.ACTOR_BY_NAME, input.name(), "actor \"" + actor.name() + "\" ("
                            + actor.id() + ") matched \"" + earlier.name() + "\" (" + byName + ") by name"));
                    continue;
                }
                ids.put(actor.id(), actor.id());
                added.add(actor);
            }
            for (Actor actor : added) {
                String affiliation = actor.affiliationId() == null ? null
                        : ids.getOrDefault(actor.affiliationId(), actor.affiliationId());
                Actor merged = Objects.equals(affiliation, actor.affiliationId()) ? actor
                        : new Actor(actor.id(), actor.name(), actor.kind(), affiliation, actor.role(), actor.description());
                actorNumbers.put(merged.id(), actors.size());
                actors.add(merged);
            }
            // Names match across datasets only: two actors of one dataset were kept apart by its author.
            for (Actor actor : added) {
                actorByName.putIfAbsent(Folding.nameKey(actor.name()), actor.id());
            }
            actorIds.add(ids);
        }

        private void planEvents(int i) {
            Input input = inputs.get(i);
            List<Event> events = input.dataset().events();
            Set<String> own = new HashSet<>(events.size() * 2);
            for (Event event : events) {
                own.add(event.id());
            }
            String[] ids = new String[events.size()];
            for (int e = 0; e < ids.length; e++) {
                String id = events.get(e).id();
                if (takenEventIds.contains(id)) {
                    String renamed = free(id, takenEventIds, own);
                    notes.add(new MergeNote(MergeNote.Kind.EVENT_RENAMED, input.name(), "event \"" + id + "\" renamed \""
                            + renamed + "\" (the id is taken)"));
                    id = renamed;
                }
                ids[e] = id;
            }
            takenEventIds.addAll(Arrays.asList(ids));
            eventIds.add(ids);
        }

        /** {@code id-2}, {@code id-3}… the first taken neither by the merge so far nor by the dataset itself. */
        private static String free(String id, Set<String> taken, Set<String> own) {
            for (int n = 2; ; n++) {
                String candidate = id + "-" + n;
                if (!taken.contains(candidate) && !own.contains(candidate)) {
                    return candidate;
                }
            }
        }

        /**
         * Finds likely duplicates without comparing every pair: earlier events are kept in buckets
         * by (type, actor), so an event meets only those of its type that share one of its actors.
         * Each event is listed with the earlier event it is most like (the first of equals), if that
         * reaches the threshold: a report tells the same thing once, and a list of every event
         * somewhat like every other would be read by no one.
         */
        private final class DuplicateFinder {
            private final DuplicateScore.Profile[] profiles = new DuplicateScore.Profile[firstEvent[inputs.size()]];
            private final long[][] trigrams = new long[profiles.length][];
            private final long[][] quotes = new long[profiles.length][];
            private final Map<String, Integer> articleNumbers = new HashMap<>();

            DuplicateFinder() {
                for (int a = 0; a < articles.size(); a++) {
                    articleNumbers.put(articles.get(a).id(), a);
                }
            }
            private final Map<Integer, IntList> buckets = new HashMap<>();

            List<Found> find() {
                List<Found> found = new ArrayList<>();
                int[] seen = new int[profiles.length];
                Arrays.fill(seen, -1);
                for (int i = 0; i < inputs.size(); i++) {
                    List<Event> events = inputs.get(i).dataset().events();
                    Map<String, String> ids = actorIds.get(i);
                    for (int e = 0; e < events.size(); e++) {
                        Event event = events.get(e);
                        List<Actor> eventActors = event.actors();
                        int[] numbers = new int[eventActors.size()];
                        for (int a = 0; a < numbers.length; a++) {
                            numbers[a] = actorNumbers.get(ids.get(eventActors.get(a).id()));
                        }
                        profiles[firstEvent[i] + e] = DuplicateScore.profile(event, numbers);
                    }
                    if (i > 0) {
                        for (int e = 0; e < events.size(); e++) {
                            int later = firstEvent[i] + e;
                            Found best = bestMatch(later, seen);
                            if (best != null) {
                                found.add(best);
                            }
                        }
                    }
                    Set<IntList> touched = new HashSet<>();
                    for (int e = 0; e < events.size(); e++) {
                        int global = firstEvent[i] + e;
                        DuplicateScore.Profile profile = profiles[global];
                        for (int actor : profile.actors()) {
                            IntList bucket = buckets.computeIfAbsent(key(profile.type(), actor), k -> new IntList());
                            bucket.add(global);
                            touched.add(bucket);
                        }
                    }
                    for (IntList bucket : touched) {
                        bucket.sortBy(profiles);
                    }
                }
                found.sort((x, y) -> x.first != y.first ? Integer.compare(x.first, y.first) : Integer.compare(x.second, y.second));
                return found;
            }

            /**
             * The earlier event a later one is most like, if it reaches the threshold. Its smallest
             * bucket is searched first: a true duplicate shares most actors, so it is met early, and
             * its score then spares the title comparison of every candidate that cannot beat it.
             * Each bucket is in order of earliest day, so events starting after the later one ends
             * are never looked at, and a bucket whose events cannot beat the best so far is skipped.
             */
            private Found bestMatch(int later, int[] seen) {
                DuplicateScore.Profile profile = profiles[later];
                int[] actors = profile.actors();
                IntList[] lists = new IntList[actors.length];
                int n = 0;
                for (int actor : actors) {
                    IntList bucket = buckets.get(key(profile.type(), actor));
                    if (bucket != null) {
                        lists[n++] = bucket;
                    }
                }
                Arrays.sort(lists, 0, n, (x, y) -> Integer.compare(x.size, y.size));
                int best = -1;
                DuplicateScore.Parts bestParts = null;
                double bestTotal = DuplicateScore.THRESHOLD;
                for (int l = 0; l < n; l++) {
                    // An event first met in this bucket has none of the actors of the buckets before
                    // (it would have been met there): it shares at most n - l of this event's actors.
                    double reachable = DuplicateScore.TITLE_WEIGHT + DuplicateScore.TIME_WEIGHT
                            + DuplicateScore.ACTOR_WEIGHT * (n - l) / actors.length;
                    if (reachable < bestTotal) {
                        break;
                    }
                    IntList bucket = lists[l];
                    int end = bucket.countStartingBy(profile.latest());
                    for (int k = 0; k < end; k++) {
                        int earlier = bucket.values[k];
                        if (seen[earlier] == later) {
                            continue;
                        }
                        seen[earlier] = later;
                        DuplicateScore.Profile other = profiles[earlier];
                        if (other.latest() < profile.earliest()) {
                            continue;
                        }
                        int shared = DuplicateScore.sharedActorsIfComparable(other, profile);
                        if (shared == 0 || DuplicateScore.bound(other, profile, shared) < bestTotal) {
                            continue;
                        }
                        DuplicateScore.Parts parts = DuplicateScore.parts(other, trigramsOf(earlier), quotesOf(earlier),
                                profile, trigramsOf(later), quotesOf(later), shared);
                        double total = parts.total();
                        if (total > bestTotal || total == bestTotal && (bestParts == null || earlier < best)) {
                            best = earlier;
                            bestParts = parts;
                            bestTotal = total;
                        }
                    }
                }
                return bestParts == null ? null : new Found(best, later, bestParts);
            }

            /** Titles are only broken into trigrams for events that meet a comparable one. */
            private long[] trigramsOf(int global) {
                long[] t = trigrams[global];
                if (t == null) {
                    int input = inputOf(global);
                    Event event = inputs.get(input).dataset().events().get(global - firstEvent[input]);
                    t = DuplicateScore.trigrams(event.title(), event.actors());
                    trigrams[global] = t;
                }
                return t;
            }

            /** Quotes as article numbers and offsets, made for events that meet a comparable one. */
            private long[] quotesOf(int global) {
                long[] q = quotes[global];
                if (q == null) {
                    int input = inputOf(global);
                    Event event = inputs.get(input).dataset().events().get(global - firstEvent[input]);
                    Map<String, String> ids = articleIds.get(input);
                    q = DuplicateScore.quoteSpans(event, id -> articleNumbers.getOrDefault(ids.get(id), -1));
                    quotes[global] = q;
                }
                return q;
            }

            private int inputOf(int global) {
                int i = inputs.size() - 1;
                while (global < firstEvent[i]) {
                    i--;
                }
                return i;
            }

            private static final int TYPES = EventType.values().length;

            /** One number per (type, actor): distinct numbers, so the map's hashes are distinct too. */
            private static int key(int type, int actor) {
                return actor * TYPES + type;
            }
        }
    }

    /** A likely duplicate by global event numbers, before it becomes a {@link LikelyDuplicate}. */
    record Found(int first, int second, DuplicateScore.Parts parts) {
    }

    /** A growable list of event numbers, kept in order of their earliest day once sorted. */
    private static final class IntList {
        int[] values = new int[4];
        long[] starts = new long[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Sorts the events by earliest day (then number) and notes those days for {@link #countStartingBy}. */
        void sortBy(DuplicateScore.Profile[] profiles) {
            long[] packed = new long[size];
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = values[k];
            }
            Arrays.sort(order, (x, y) -> {
                int c = Long.compare(profiles[x].earliest(), profiles[y].earliest());
                return c != 0 ? c : Integer.compare(x, y);
            });
            starts = packed;
            for (int k = 0; k < size; k++) {
                values[k] = order[k];
                starts[k] = profiles[order[k]].earliest();
            }
        }

        /** How many of the (sorted) events start on or before {@code day}. */
        int countStartingBy(long day) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
