package org.sourceline.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;

/**
 * What the user wants to see: an immutable value, shared by the app and the command line.
 * A {@code null} set means "no restriction" (everything checked); an empty set matches nothing.
 *
 * @param actors       ids of checked actors, or null for all
 * @param actorMode    whether an event needs any or all of the checked actors
 * @param types        checked event types, or null for all
 * @param certainties  checked certainty levels, or null for all
 * @param from         first day of the time range (epoch day), or {@link Days#OPEN_START}
 * @param to           last day of the time range (inclusive), or {@link Days#OPEN_END}
 * @param text         words to search in titles, summaries, quotes and actor names, or null
 * @param articles     ids of checked articles, or null for all: an event is kept when it quotes one of
 *                     them (supporting or disputing it)
 * @param outlets      checked outlets ({@link #outletKey}), or null for all: an event is kept when it
 *                     quotes an article of one of them
 * @param minSources   keep events supported by at least this many different articles; 0 for any
 * @param disputedOnly keep only events that a quote disputes
 */
public record EventFilter(Set<String> actors, ActorMode actorMode, Set<EventType> types,
                          Set<CertaintyLevel> certainties, long from, long to, String text,
                          Set<String> articles, Set<String> outlets, int minSources, boolean disputedOnly) {

    /** The filter that shows everything. */
    public static final EventFilter NONE = new EventFilter(null, ActorMode.ANY, null, null, Days.OPEN_START,
            Days.OPEN_END, null);

    public EventFilter {
        actors = actors == null ? null : Set.copyOf(new TreeSet<>(actors));
        actorMode = actorMode == null ? ActorMode.ANY : actorMode;
        types = types == null ? null : Set.copyOf(types);
        certainties = certainties == null ? null : Set.copyOf(certainties);
        text = text == null || text.isBlank() ? null : text.strip();
        articles = articles == null ? null : Set.copyOf(articles);
        outlets = outlets == null ? null : Set.copyOf(outlets);
        if (from > to) {
            throw new IllegalArgumentException("the time range starts after it ends");
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("the least number of sources cannot be negative: " + minSources);
        }
    }

    /** A filter that says nothing about sources. */
    public EventFilter(Set<String> actors, ActorMode actorMode, Set<EventType> types, Set<CertaintyLevel> certainties,
                       long from, long to, String text) {
        this(actors, actorMode, types, certainties, from, to, text, null, null, 0, false);
    }

    /**
     * The key an article's outlet is filtered by: its name, or the empty string for an article
     * whose outlet is unknown (so such articles can be checked and unchecked too).
     */
    public static String outletKey(String outlet) {
        return outlet == null ? "" : outlet;
    }

    public EventFilter withActors(Set<String> checked) {
        return new EventFilter(checked, actorMode, types, certainties, from, to, text, articles, outlets, minSources,
                disputedOnly);
    }

    public EventFilter withActorMode(ActorMode mode) {
        return new EventFilter(actors, mode, types, certainties, from, to, text, articles, outlets, minSources,
                disputedOnly);
    }

    public EventFilter withTypes(Set<EventType> checked) {
        return new EventFilter(actors, actorMode, checked, certainties, from, to, text, articles, outlets, minSources,
                disputedOnly);
    }

    public EventFilter withCertainties(Set<CertaintyLevel> checked) {
        return new EventFilter(actors, actorMode, types, checked, from, to, text, articles, outlets, minSources,
                disputedOnly);
    }

    public EventFilter withRange(long from, long to) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, articles, outlets, minSources,
                disputedOnly);
    }

    public EventFilter withText(String words) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, words, articles, outlets, minSources,
                disputedOnly);
    }

    /** Keeps events quoting one of these articles (by id); null for all. */
    public EventFilter withArticles(Set<String> checked) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, checked, outlets, minSources,
                disputedOnly);
    }

    /** Keeps events quoting an article of one of these outlets ({@link #outletKey}); null for all. */
    public EventFilter withOutlets(Set<String> checked) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, articles, checked, minSources,
                disputedOnly);
    }

    /** Keeps events supported by at least this many different articles; 0 for any. */
    public EventFilter withMinSources(int least) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, articles, outlets, least,
                disputedOnly);
    }

    /** Keeps only disputed events, or drops that restriction. */
    public EventFilter withDisputedOnly(boolean only) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, articles, outlets, minSources,
                only);
    }

    /** The same filter with this one's source restrictions (articles, outlets, least sources, disputed). */
    public EventFilter withSourcesOf(EventFilter other) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text, other.articles, other.outlets,
                other.minSources, other.disputedOnly);
    }

    public boolean restrictsActors() {
        return actors != null;
    }

    public boolean restrictsTypes() {
        return types != null && !types.containsAll(EnumSet.allOf(EventType.class));
    }

    public boolean restrictsCertainty() {
        return certainties != null && !certainties.containsAll(EnumSet.allOf(CertaintyLevel.class));
    }

    public boolean restrictsTime() {
        return from != Days.OPEN_START || to != Days.OPEN_END;
    }

    public boolean restrictsText() {
        return text != null;
    }

    public boolean restrictsArticles() {
        return articles != null;
    }

    public boolean restrictsOutlets() {
        return outlets != null;
    }

    /** True when events need a least number of supporting sources. */
    public boolean restrictsSourceCount() {
        return minSources > 0;
    }

    /** How many filters are active: actors, types, certainty, time, text, articles, outlets, sources and disputed each count once. */
    public int activeCount() {
        int n = 0;
        n += restrictsActors() ? 1 : 0;
        n += restrictsTypes() ? 1 : 0;
        n += restrictsCertainty() ? 1 : 0;
        n += restrictsTime() ? 1 : 0;
        n += restrictsText() ? 1 : 0;
        n += restrictsArticles() ? 1 : 0;
        n += restrictsOutlets() ? 1 : 0;
        n += restrictsSourceCount() ? 1 : 0;
        n += disputedOnly ? 1 : 0;
        return n;
    }

    public boolean isEmpty() {
        return activeCount() == 0;
    }

    /**
     * The active filters in words, for captions and status lines, e.g.
     * {@code Actors (any): iran, russia · Types: AID · 2022-01-01 – 2023-01-31 · Text: “drone”}.
     * Actor ids are turned into names by {@code actorName}.
     */
    public String describe(java.util.function.Function<String, String> actorName) {
        List<String> parts = new ArrayList<>();
        if (restrictsActors()) {
            List<String> names = new ArrayList<>();
            for (String id : new TreeSet<>(actors)) {
                names.add(actorName.apply(id));
            }
            parts.add("Actors (" + (actorMode == ActorMode.ANY ? "any" : "all") + "): "
                    + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        if (restrictsTypes()) {
            List<String> names = new ArrayList<>();
            for (EventType type : EventType.values()) {
                if (types.contains(type)) {
                    names.add(type.id());
                }
            }
            parts.add("Types: " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        if (restrictsCertainty()) {
            List<String> names = new ArrayList<>();
            for (CertaintyLevel level : CertaintyLevel.values()) {
                if (certainties.contains(level)) {
                    names.add(level.id());
                }
            }
            parts.add("Certainty: " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        if (restrictsTime()) {
            parts.add("Time: " + Days.format(from) + " – " + Days.format(to));
        }
        if (restrictsText()) {
            parts.add("Text: “" + text + "”");
        }
        if (restrictsArticles()) {
            parts.add("Articles: " + (articles.isEmpty() ? "none" : String.join(", ", new TreeSet<>(articles))));
        }
        if (restrictsOutlets()) {
            List<String> names = new ArrayList<>();
            for (String outlet : new TreeSet<>(outlets)) {
                names.add(outlet.isEmpty() ? "outlet unknown" : outlet);
            }
            parts.add("Outlets: " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        if (restrictsSourceCount()) {
            parts.add("At least " + minSources + (minSources == 1 ? " source" : " sources"));
        }
        if (disputedOnly) {
            parts.add("Disputed only");
        }
        return parts.isEmpty() ? "No filters" : String.join(" · ", parts);
    }
}
