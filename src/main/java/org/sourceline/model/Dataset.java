package org.sourceline.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, validated set of events: the articles they come from, the actors, the events and the
 * eras (named spans of time shown as context). Immutable; a dataset with errors is never built.
 * Every evidence names one of {@link #articles()} (the reader and the editing commands see to it).
 */
public final class Dataset {
    private final String title;
    private final String description;
    private final List<Article> articles;
    private final Map<String, Article> articlesById;
    private final List<Actor> actors;
    private final List<Event> events;
    private final List<Era> eras;
    private final Map<String, Actor> actorsById;
    private volatile Map<String, Event> eventsById;

    /** A dataset of one article, without eras. */
    public Dataset(String title, String description, Article article, List<Actor> actors, List<Event> events) {
        this(title, description, List.of(article), actors, events, List.of());
    }

    /** A dataset of one article. */
    public Dataset(String title, String description, Article article, List<Actor> actors, List<Event> events,
                   List<Era> eras) {
        this(title, description, List.of(article), actors, events, eras);
    }

    /**
     * @param articles at least one article, ids unique
     */
    public Dataset(String title, String description, List<Article> articles, List<Actor> actors, List<Event> events,
                   List<Era> eras) {
        this(title, description, articles, actors, events, eras, true);
    }

    /**
     * A dataset that holds {@code events} as given instead of copying it: for a list that never
     * changes and makes its events only when first asked for (a snapshot's, decoded a chunk at a
     * time), so that a dataset of a million events exists before its events do. Whoever passes a
     * list that changes breaks the dataset's immutability.
     */
    public static Dataset holding(String title, String description, List<Article> articles, List<Actor> actors,
                                  List<Event> events, List<Era> eras) {
        return new Dataset(title, description, articles, actors, events, eras, false);
    }

    private Dataset(String title, String description, List<Article> articles, List<Actor> actors, List<Event> events,
                    List<Era> eras, boolean copyEvents) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.articles = List.copyOf(articles);
        if (this.articles.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one article");
        }
        Map<String, Article> articleIds = new LinkedHashMap<>();
        for (Article a : this.articles) {
            if (articleIds.put(a.id(), a) != null) {
                throw new IllegalArgumentException("duplicate article id " + a.id());
            }
        }
        this.articlesById = Collections.unmodifiableMap(articleIds);
        this.actors = List.copyOf(actors);
        this.events = Collections.unmodifiableList(copyEvents ? new java.util.ArrayList<>(events) : events);
        this.eras = List.copyOf(eras);
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

    /**
     * The first article: the only one of a single-article dataset, and the one views show first.
     * Code that handles several articles uses {@link #articles()} and {@link #article(String)}.
     */
    public Article article() {
        return articles.get(0);
    }

    /** Every article, in file order; never empty. */
    public List<Article> articles() {
        return articles;
    }

    /** The article with this id, or null. */
    public Article article(String id) {
        return articlesById.get(id);
    }

    /** The article an evidence quotes (never null in a valid dataset). */
    public Article articleOf(Evidence evidence) {
        return articlesById.get(evidence.articleId());
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Event> events() {
        return events;
    }

    /** Named spans of time (TimelineJS eras), in file order; empty when there are none. */
    public List<Era> eras() {
        return eras;
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
