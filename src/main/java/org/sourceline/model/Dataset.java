package org.sourceline.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, validated set of events: the article they come from, the actors and the events.
 * Immutable; a dataset with errors is never built.
 */
public final class Dataset {
    private final String title;
    private final String description;
    private final Article article;
    private final List<Actor> actors;
    private final List<Event> events;
    private final Map<String, Actor> actorsById;
    private volatile Map<String, Event> eventsById;

    public Dataset(String title, String description, Article article, List<Actor> actors, List<Event> events) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.article = Objects.requireNonNull(article, "article");
        this.actors = List.copyOf(actors);
        this.events = Collections.unmodifiableList(new java.util.ArrayList<>(events));
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor actor : this.actors) {
            if (byId.put(actor.id(), actor) != null) {
                throw new IllegalArgumentException("duplicate actor id " + actor.id());
            }
        }
        this.actorsById = Collections.unmodifiableMap(byId);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Article article() {
        return article;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Event> events() {
        return events;
    }

    /** The actor with this id, or null. */
    public Actor actor(String id) {
        return actorsById.get(id);
    }

    /** The event with this id, or null. The lookup table is built on first use. */
    public Event event(String id) {
        Map<String, Event> byId = eventsById;
        if (byId == null) {
            byId = new HashMap<>(events.size() * 2);
            for (Event event : events) {
                byId.put(event.id(), event);
            }
            eventsById = byId;
        }
        return byId.get(id);
    }

    /** Number of evidence passages over all events. */
    public int evidenceCount() {
        int n = 0;
        for (Event event : events) {
            n += event.evidence().size();
        }
        return n;
    }

    @Override
    public String toString() {
        return title + " (" + events.size() + " events)";
    }
}
