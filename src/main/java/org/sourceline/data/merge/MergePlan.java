package org.sourceline.data.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * What merging some datasets will do ({@link DatasetMerger#plan}): the notes on articles, actors
 * and renamed events, and the likely duplicates, each waiting for a decision. {@link #merge}
 * then builds the merged dataset, uniting the pairs the caller chose.
 */
public final class MergePlan {
    /**
     * A merged dataset and everything the merge did.
     *
     * @param dataset the merged dataset
     * @param notes   the plan's notes, then one for each pair of events merged into one
     * @param united  how many likely duplicates became one event
     */
    public record Result(Dataset dataset, List<MergeNote> notes, int united) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private final List<DatasetMerger.Input> inputs;
    private final List<Article> articles;
    private final List<Map<String, String>> articleIds;
    private final List<Actor> actors;
    private final List<Map<String, String>> actorIds;
    private final List<String[]> eventIds;
    private final int[] firstEvent;
    private final List<MergeNote> notes;
    private final List<DatasetMerger.Found> found;
    private final List<LikelyDuplicate> duplicates;

    MergePlan(List<DatasetMerger.Input> inputs, List<Article> articles, List<Map<String, String>> articleIds,
              List<Actor> actors, List<Map<String, String>> actorIds, List<String[]> eventIds, int[] firstEvent,
              List<MergeNote> notes, List<DatasetMerger.Found> found) {
        this.inputs = inputs;
        this.articles = List.copyOf(articles);
        this.articleIds = articleIds;
        this.actors = List.copyOf(actors);
        this.actorIds = actorIds;
        this.eventIds = eventIds;
        this.firstEvent = firstEvent;
        this.notes = List.copyOf(notes);
        this.found = List.copyOf(found);
        List<LikelyDuplicate> list = new ArrayList<>(found.size());
        for (DatasetMerger.Found f : found) {
            int a = inputOf(f.first());
            int b = inputOf(f.second());
            list.add(new LikelyDuplicate(list.size(), inputs.get(a).name(), event(a, f.first()),
                    eventIds.get(a)[f.first() - firstEvent[a]], inputs.get(b).name(), event(b, f.second()),
                    eventIds.get(b)[f.second() - firstEvent[b]], f.parts()));
        }
        this.duplicates = List.copyOf(list);
    }

    /** The datasets merged, in order. */
    public List<DatasetMerger.Input> inputs() {
        return inputs;
    }

    /** Articles kept once or renamed, actors matched, events renamed: in the order the merge met them. */
    public List<MergeNote> notes() {
        return notes;
    }

    /** The notes of one kind. */
    public List<MergeNote> notes(MergeNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    /** Pairs of events that may tell the same thing, by the first event's position. */
    public List<LikelyDuplicate> duplicates() {
        return duplicates;
    }

    /** The merged dataset's articles. */
    public List<Article> articles() {
        return articles;
    }

    /** The merged dataset's actors. */
    public List<Actor> actors() {
        return actors;
    }

    /** How many events the merge has before any pair is united. */
    public int eventCount() {
        return firstEvent[inputs.size()];
    }

    /** Merges, every likely duplicate kept as two events. */
    public Result keepBoth(String title) {
        return merge(title, d -> false);
    }

    /**
     * Builds the merged dataset. A likely duplicate for which {@code unite} says true becomes one
     * event: the earlier event with the quotes of the later one added (the union of their
     * evidence; a quote both have is kept once). When pairs chain (A with B, B with C), all become one.
     *
     * @param title the merged dataset's title; null for the first dataset's
     */
    public Result merge(String title, Predicate<LikelyDuplicate> unite) {
        int total = eventCount();
        int[] parent = null;
        int united = 0;
        for (int k = 0; k < duplicates.size(); k++) {
            if (unite.test(duplicates.get(k))) {
                if (parent == null) {
                    parent = new int[total];
                    for (int g = 0; g < total; g++) {
                        parent[g] = g;
                    }
                }
                union(parent, found.get(k).first(), found.get(k).second());
                united++;
            }
        }
        Map<String, Actor> actorById = new HashMap<>(actors.size() * 2);
        actors.forEach(a -> actorById.put(a.id(), a));
        Map<String, Article> articleById = new HashMap<>(articles.size() * 2);
        articles.forEach(a -> articleById.put(a.id(), a));

        // Which events each kept event takes in (by global number, in order).
        Map<Integer, List<Integer>> absorbed = new HashMap<>();
        if (parent != null) {
            for (int g = 0; g < total; g++) {
                int root = find(parent, g);
                if (root != g) {
                    absorbed.computeIfAbsent(root, r -> new ArrayList<>()).add(g);
                }
            }
        }
        List<MergeNote> allNotes = new ArrayList<>(notes);
        List<Event> events = new ArrayList<>(total - (parent == null ? 0 : countAbsorbed(absorbed)));
        for (int i = 0; i < inputs.size(); i++) {
            List<Event> own = inputs.get(i).dataset().events();
            for (int e = 0; e < own.size(); e++) {
                int global = firstEvent[i] + e;
                if (parent != null && find(parent, global) != global) {
                    continue;
                }
                Event event = rebuild(i, e, actorById, articleById);
                List<Integer> others = absorbed.get(global);
                if (others != null) {
                    List<Evidence> evidence = new ArrayList<>(event.evidence());
                    for (int other : others) {
                        int j = inputOf(other);
                        Event taken = rebuild(j, other - firstEvent[j], actorById, articleById);
                        int added = 0;
                        for (Evidence quote : taken.evidence()) {
                            if (!evidence.contains(quote)) {
                                evidence.add(quote);
                                added++;
                            }
                        }
                        allNotes.add(new MergeNote(MergeNote.Kind.EVENTS_MERGED, inputs.get(j).name(), "event \""
                                + event(j, other).id() + "\" merged into \"" + event.id() + "\" (" + inputs.get(i).name()
                                + "): " + added + (added == 1 ? " quote" : " quotes") + " added"));
                    }
                    event = new Event(event.id(), event.title(), event.summary(), event.time(), event.type(), event.mode(),
                            event.place(), event.sources(), event.targets(), event.participants(), event.certainty(),
                            evidence);
                }
                events.add(event);
            }
        }
        List<Era> eras = new ArrayList<>();
        for (DatasetMerger.Input input : inputs) {
            for (Era era : input.dataset().eras()) {
                if (!eras.contains(era)) {
                    eras.add(era);
                }
            }
        }
        Dataset first = inputs.get(0).dataset();
        List<Actor> kept = withoutUnusedNewActors(events, allNotes);
        Dataset merged = new Dataset(title == null ? first.title() : title, first.description(), articles, kept, events,
                eras);
        return new Result(merged, allNotes, united);
    }

    /**
     * The merged actors less those a later dataset brought that nothing uses any more: e.g. the
     * state an actor belonged to, when that actor was matched to an earlier one with its own
     * affiliation. Each is reported; the first dataset's actors always stay.
     */
    private List<Actor> withoutUnusedNewActors(List<Event> events, List<MergeNote> allNotes) {
        java.util.Set<String> firstIds = new java.util.HashSet<>();
        inputs.get(0).dataset().actors().forEach(a -> firstIds.add(a.id()));
        java.util.Set<String> usedByEvents = new java.util.HashSet<>();
        for (Event event : events) {
            for (Actor actor : event.actors()) {
                usedByEvents.add(actor.id());
            }
            for (Actor speaker : event.certainty().attributedTo()) {
                usedByEvents.add(speaker.id());
            }
        }
        List<Actor> kept = new ArrayList<>(actors);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            java.util.Set<String> used = new java.util.HashSet<>(usedByEvents);
            for (Actor actor : kept) {
                if (actor.affiliationId() != null) {
                    used.add(actor.affiliationId());
                }
            }
            for (java.util.Iterator<Actor> it = kept.iterator(); it.hasNext(); ) {
                Actor actor = it.next();
                if (!firstIds.contains(actor.id()) && !used.contains(actor.id())) {
                    it.remove();
                    dropped = true;
                    allNotes.add(new MergeNote(MergeNote.Kind.ACTOR_LEFT_OUT, inputOfActor(actor.id()), "actor \""
                            + actor.name() + "\" (" + actor.id() + ") left out: no event, speaker or affiliation of the"
                            + " merge names it any more"));
                }
            }
        }
        return kept.size() == actors.size() ? actors : kept;
    }

    /** The name of the first dataset that has an actor of this id. */
    private String inputOfActor(String id) {
        for (DatasetMerger.Input input : inputs) {
            if (input.dataset().actor(id) != null) {
                return input.name();
            }
        }
        return inputs.get(0).name();
    }

    private static int countAbsorbed(Map<Integer, List<Integer>> absorbed) {
        int n = 0;
        for (List<Integer> list : absorbed.values()) {
            n += list.size();
        }
        return n;
    }

    /**
     * An event as the merge has it: its new id, matched actors, quotes naming the merged articles.
     * An event the merge leaves as it was is the same object.
     */
    private Event rebuild(int input, int e, Map<String, Actor> actorById, Map<String, Article> articleById) {
        Event event = inputs.get(input).dataset().events().get(e);
        String id = eventIds.get(input)[e];
        Map<String, String> actorMap = actorIds.get(input);
        Map<String, String> articleMap = articleIds.get(input);
        List<Actor> sources = actors(event.sources(), actorMap, actorById);
        List<Actor> targets = actors(event.targets(), actorMap, actorById);
        List<Actor> participants = actors(event.participants(), actorMap, actorById);
        List<Actor> speakers = actors(event.certainty().attributedTo(), actorMap, actorById);
        List<Evidence> evidence = event.evidence();
        List<Evidence> mapped = null;
        for (int q = 0; q < evidence.size(); q++) {
            Evidence quote = evidence.get(q);
            Article article = articleById.get(articleMap.get(quote.articleId()));
            Evidence now = quote;
            if (!article.id().equals(quote.articleId()) || article.text() != inputs.get(input).dataset()
                    .article(quote.articleId()).text()) {
                now = new Evidence(article.id(), article.text(), quote.start(), quote.end(), quote.prefixLength(),
                        quote.suffixLength(), quote.stance());
            }
            if (now != quote && mapped == null) {
                mapped = new ArrayList<>(evidence.subList(0, q));
            }
            if (mapped != null) {
                mapped.add(now);
            }
        }
        boolean same = id.equals(event.id()) && sources == event.sources() && targets == event.targets()
                && participants == event.participants() && speakers == event.certainty().attributedTo() && mapped == null;
        if (same) {
            return event;
        }
        Certainty certainty = speakers == event.certainty().attributedTo() ? event.certainty()
                : new Certainty(event.certainty().level(), speakers, event.certainty().note());
        return new Event(id, event.title(), event.summary(), event.time(), event.type(), event.mode(), event.place(),
                sources, targets, participants, certainty, mapped == null ? evidence : mapped);
    }

    /** The merged actors of a role; the same list when nothing changed. Two actors matched to one appear once. */
    private static List<Actor> actors(List<Actor> role, Map<String, String> actorMap, Map<String, Actor> actorById) {
        boolean changed = false;
        for (Actor actor : role) {
            if (actorById.get(actorMap.get(actor.id())) != actor) {
                changed = true;
                break;
            }
        }
        if (!changed) {
            return role;
        }
        LinkedHashSet<Actor> mapped = new LinkedHashSet<>();
        for (Actor actor : role) {
            mapped.add(actorById.get(actorMap.get(actor.id())));
        }
        return List.copyOf(mapped);
    }

    private Event event(int input, int global) {
        return inputs.get(input).dataset().events().get(global - firstEvent[input]);
    }

    private int inputOf(int global) {
        for (int i = inputs.size() - 1; i >= 0; i--) {
            if (global >= firstEvent[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event " + global);
    }

    private static int find(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    /** Unites two events' groups under the earlier of the two roots, so the earliest event is kept. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }
}
