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
 * @param actors      ids of checked actors, or null for all
 * @param actorMode   whether an event needs any or all of the checked actors
 * @param types       checked event types, or null for all
 * @param certainties checked certainty levels, or null for all
 * @param from        first day of the time range (epoch day), or {@link Days#OPEN_START}
 * @param to          last day of the time range (inclusive), or {@link Days#OPEN_END}
 * @param text        words to search in titles, summaries, quotes and actor names, or null
 */
public record EventFilter(Set<String> actors, ActorMode actorMode, Set<EventType> types,
                          Set<CertaintyLevel> certainties, long from, long to, String text) {

    /** The filter that shows everything. */
    public static final EventFilter NONE = new EventFilter(null, ActorMode.ANY, null, null, Days.OPEN_START,
            Days.OPEN_END, null);

    public EventFilter {
        actors = actors == null ? null : Set.copyOf(new TreeSet<>(actors));
        actorMode = actorMode == null ? ActorMode.ANY : actorMode;
        types = types == null ? null : Set.copyOf(types);
        certainties = certainties == null ? null : Set.copyOf(certainties);
        text = text == null || text.isBlank() ? null : text.strip();
        if (from > to) {
            throw new IllegalArgumentException("the time range starts after it ends");
        }
    }

    public EventFilter withActors(Set<String> checked) {
        return new EventFilter(checked, actorMode, types, certainties, from, to, text);
    }

    public EventFilter withActorMode(ActorMode mode) {
        return new EventFilter(actors, mode, types, certainties, from, to, text);
    }

    public EventFilter withTypes(Set<EventType> checked) {
        return new EventFilter(actors, actorMode, checked, certainties, from, to, text);
    }

    public EventFilter withCertainties(Set<CertaintyLevel> checked) {
        return new EventFilter(actors, actorMode, types, checked, from, to, text);
    }

    public EventFilter withRange(long from, long to) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, text);
    }

    public EventFilter withText(String words) {
        return new EventFilter(actors, actorMode, types, certainties, from, to, words);
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

    /** How many filters are active: actors, types, certainty, time and text each count once. */
    public int activeCount() {
        int n = 0;
        n += restrictsActors() ? 1 : 0;
        n += restrictsTypes() ? 1 : 0;
        n += restrictsCertainty() ? 1 : 0;
        n += restrictsTime() ? 1 : 0;
        n += restrictsText() ? 1 : 0;
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
        return parts.isEmpty() ? "No filters" : String.join(" · ", parts);
    }
}
