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
         */
        private final class DuplicateFinder {
            private final DuplicateScore.Profile[] profiles = new DuplicateScore.Profile[firstEvent[inputs.size()]];
            private final long[][] trigrams = new long[profiles.length][];
            private final Map<Long, IntList> buckets = new HashMap<>();

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
                            DuplicateScore.Profile profile = profiles[later];
                            for (int actor : profile.actors()) {
                                IntList bucket = buckets.get(key(profile.type(), actor));
                                int size = bucket == null ? 0 : bucket.size;
                                for (int k = 0; k < size; k++) {
                                    int earlier = bucket.values[k];
                                    if (seen[earlier] == later) {
                                        continue;
                                    }
                                    seen[earlier] = later;
                                    DuplicateScore.Parts parts = compare(earlier, later);
                                    if (parts != null && parts.isLikelyDuplicate()) {
                                        found.add(new Found(earlier, later, parts));
                                    }
                                }
                            }
                        }
                    }
                    for (int e = 0; e < events.size(); e++) {
                        int global = firstEvent[i] + e;
                        DuplicateScore.Profile profile = profiles[global];
                        for (int actor : profile.actors()) {
                            buckets.computeIfAbsent(key(profile.type(), actor), k -> new IntList()).add(global);
                        }
                    }
                }
                found.sort((x, y) -> x.first != y.first ? Integer.compare(x.first, y.first) : Integer.compare(x.second, y.second));
                return found;
            }

            private DuplicateScore.Parts compare(int earlier, int later) {
                DuplicateScore.Profile a = profiles[earlier];
                DuplicateScore.Profile b = profiles[later];
                int shared = DuplicateScore.sharedActorsIfComparable(a, b);
                if (shared == 0) {
                    return null;
                }
                return DuplicateScore.parts(a, trigramsOf(earlier), b, trigramsOf(later), shared);
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

            private int inputOf(int global) {
                int i = inputs.size() - 1;
                while (global < firstEvent[i]) {
                    i--;
                }
                return i;
            }

            private static long key(int type, int actor) {
                return ((long) type << 32) | (actor & 0xFFFFFFFFL);
            }
        }
    }

    /** A likely duplicate by global event numbers, before it becomes a {@link LikelyDuplicate}. */
    record Found(int first, int second, DuplicateScore.Parts parts) {
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
