package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Role;
import org.sourceline.model.TimeSpan;

/**
 * A changed copy of an event, one field at a time: {@code EventBuilder.from(e).title("…").build()}.
 * The editor makes each change this way, so a commit of one field never carries another field's
 * half-typed value with it.
 */
public final class EventBuilder {
    private String id;
    private String title;
    private String summary;
    private TimeSpan time;
    private EventType type;
    private String mode;
    private String place;
    private List<Actor> sources;
    private List<Actor> targets;
    private List<Actor> participants;
    private CertaintyLevel level;
    private List<Actor> speakers;
    private String certaintyNote;
    private List<Evidence> evidence;

    private EventBuilder() {
    }

    public static EventBuilder from(Event e) {
        EventBuilder b = new EventBuilder();
        b.id = e.id();
        b.title = e.title();
        b.summary = e.summary();
        b.time = e.time();
        b.type = e.type();
        b.mode = e.mode();
        b.place = e.place();
        b.sources = e.sources();
        b.targets = e.targets();
        b.participants = e.participants();
        b.level = e.certainty().level();
        b.speakers = e.certainty().attributedTo();
        b.certaintyNote = e.certainty().note();
        b.evidence = e.evidence();
        return b;
    }

    /** A new event's start: the given id, time and type, stated, with no actors or quotes yet. */
    public static EventBuilder of(String id, String title, TimeSpan time, EventType type) {
        EventBuilder b = new EventBuilder();
        b.id = id;
        b.title = title;
        b.time = time;
        b.type = type;
        b.sources = List.of();
        b.targets = List.of();
        b.participants = List.of();
        b.level = CertaintyLevel.STATED;
        b.speakers = List.of();
        b.evidence = List.of();
        return b;
    }

    public EventBuilder id(String value) {
        id = value;
        return this;
    }

    public EventBuilder title(String value) {
        title = value;
        return this;
    }

    public EventBuilder summary(String value) {
        summary = value;
        return this;
    }

    public EventBuilder time(TimeSpan value) {
        time = value;
        return this;
    }

    public EventBuilder type(EventType value) {
        type = value;
        return this;
    }

    public EventBuilder mode(String value) {
        mode = value;
        return this;
    }

    public EventBuilder place(String value) {
        place = value;
        return this;
    }

    /** The actors in one role. */
    public EventBuilder actors(Role role, List<Actor> actors) {
        switch (role) {
            case SOURCE -> sources = List.copyOf(actors);
            case TARGET -> targets = List.copyOf(actors);
            case PARTICIPANT -> participants = List.copyOf(actors);
            default -> throw new IllegalArgumentException(String.valueOf(role));
        }
        return this;
    }

    /** The actors now in one role. */
    public List<Actor> actors(Role role) {
        return switch (role) {
            case SOURCE -> sources;
            case TARGET -> targets;
            case PARTICIPANT -> participants;
        };
    }

    /** Adds an actor to a role (once). */
    public EventBuilder add(Role role, Actor actor) {
        List<Actor> list = new ArrayList<>(actors(role));
        if (!list.contains(actor)) {
            list.add(actor);
        }
        return actors(role, list);
    }

    /** Takes an actor out of a role. */
    public EventBuilder remove(Role role, Actor actor) {
        List<Actor> list = new ArrayList<>(actors(role));
        list.removeIf(a -> a.id().equals(actor.id()));
        return actors(role, list);
    }

    public EventBuilder level(CertaintyLevel value) {
        level = value;
        return this;
    }

    public EventBuilder speakers(List<Actor> value) {
        speakers = List.copyOf(value);
        return this;
    }

    public List<Actor> speakers() {
        return speakers;
    }

    public EventBuilder certaintyNote(String value) {
        certaintyNote = value;
        return this;
    }

    public EventBuilder evidence(List<Evidence> value) {
        evidence = List.copyOf(value);
        return this;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public Event build() {
        return new Event(id, title, summary, time, type, mode, place, sources, targets, participants,
                new Certainty(level, speakers, certaintyNote), evidence);
    }
}
