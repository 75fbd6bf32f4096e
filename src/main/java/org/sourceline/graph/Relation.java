package org.sourceline.graph;

import java.util.Arrays;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;

/**
 * One edge of the relationship graph, of one of four {@link Kind}s: every event of one type in
 * which one actor acts on another (PLOVER's source and target); every event of one type in which
 * several sources act together with no target ("Russia and Iran consulted"); every event in which
 * an actor took part with another (a participant beside the sources and targets, or beside other
 * participants); and every event of one type an actor is in alone (a loop on its node). Only
 * "acts on" has a direction; for the others the source is the actor listed first in the dataset.
 * So every event with an actor is on the graph.
 */
public final class Relation {
    /** How the actors of an edge relate. */
    public enum Kind {
        /** The source acts on the target: an arrow. */
        ACTS_ON,
        /** Co-sources of events without a target act together. */
        TOGETHER,
        /** A participant took part with another actor of the event: a light tie, all types in one. */
        TOOK_PART,
        /** The actor's events with no one else: a loop on its node. */
        ALONE
    }

    private final int source;
    private final int target;
    private final EventType type;
    private final Kind kind;
    private final int[] events;
    private final String mode;
    private final CertaintyLevel strongestCertainty;

    /**
     * @param source             node index of the acting actor
     * @param target             node index of the actor acted upon
     * @param type               the events' type
     * @param mutual             true for an undirected relation among co-sources
     * @param events             event positions (in the dataset), in time order
     * @param mode               the mode all the events share (e.g. "military"), or null
     * @param strongestCertainty the most certain level among the events
     */
    public Relation(int source, int target, EventType type, boolean mutual, int[] events, String mode,
                    CertaintyLevel strongestCertainty) {
        this(source, target, type, mutual ? Kind.TOGETHER : Kind.ACTS_ON, events, mode, strongestCertainty);
    }

    /**
     * @param source             node index of the acting (or first listed) actor
     * @param target             node index of the other actor (the source itself for {@link Kind#ALONE})
     * @param type               the events' type (the first event's for {@link Kind#TOOK_PART})
     * @param kind               how the actors relate
     * @param events             event positions (in the dataset), in time order
     * @param mode               the mode all the events share (e.g. "military"), or null
     * @param strongestCertainty the most certain level among the events
     */
    public Relation(int source, int target, EventType type, Kind kind, int[] events, String mode,
                    CertaintyLevel strongestCertainty) {
        if (events.length == 0) {
            throw new IllegalArgumentException("a relation needs at least one event");
        }
        if ((kind == Kind.ALONE) != (source == target)) {
            throw new IllegalArgumentException("only an actor alone relates to itself");
        }
        this.source = source;
        this.target = target;
        this.type = type;
        this.kind = kind;
        this.events = events.clone();
        this.mode = mode;
        this.strongestCertainty = strongestCertainty;
    }

    /** Node index of the acting actor. */
    public int source() {
        return source;
    }

    /** Node index of the actor acted upon. */
    public int target() {
        return target;
    }

    public EventType type() {
        return type;
    }

    /** True for an edge without direction (every kind but "acts on"): drawn without an arrow. */
    public boolean mutual() {
        return kind != Kind.ACTS_ON;
    }

    public Kind kind() {
        return kind;
    }

    /** True for a loop: the events an actor is in alone. */
    public boolean isLoop() {
        return kind == Kind.ALONE;
    }

    /** Number of events behind the edge. */
    public int count() {
        return events.length;
    }

    /** The i-th event position, in time order. */
    public int event(int i) {
        return events[i];
    }

    /** Event positions in time order (a copy). */
    public int[] events() {
        return events.clone();
    }

    public boolean contains(int event) {
        for (int e : events) {
            if (e == event) {
                return true;
            }
        }
        return false;
    }

    /** The mode every event of the edge shares, or null when they differ or have none. */
    public String mode() {
        return mode;
    }

    /** The most certain level among the events: the edge is as sure as its best evidence. */
    public CertaintyLevel strongestCertainty() {
        return strongestCertainty;
    }

    /**
     * True when the article states none of the events as fact: all are reported, claimed,
     * assessed or forecast. Such edges are drawn dashed.
     */
    public boolean isUncertain() {
        return strongestCertainty != CertaintyLevel.STATED;
    }

    /** True when this edge joins the two nodes, in either direction. */
    public boolean joins(int a, int b) {
        return (source == a && target == b) || (source == b && target == a);
    }

    public boolean touches(int node) {
        return source == node || target == node;
    }

    /** The edge's caption, e.g. "AID · military ×2", or "took part ×2". */
    public String label() {
        if (kind == Kind.TOOK_PART) {
            return shortLabel();
        }
        StringBuilder sb = new StringBuilder(type.id());
        if (mode != null) {
            sb.append(" · ").append(mode);
        }
        if (events.length > 1) {
            sb.append(" ×").append(events.length);
        }
        return sb.toString();
    }

    /** The caption without the mode, e.g. "AID ×2", for where the full one has no room. */
    public String shortLabel() {
        String name = kind == Kind.TOOK_PART ? "took part" : type.id();
        return events.length > 1 ? name + " ×" + events.length : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.source == source && r.target == target && r.type == type
                && r.kind == kind && Arrays.equals(r.events, events);
    }

    @Override
    public int hashCode() {
        return ((source * 31 + target) * 31 + type.hashCode()) * 31 + Arrays.hashCode(events);
    }

    @Override
    public String toString() {
        return source + (kind == Kind.ACTS_ON ? " → " : kind == Kind.TOOK_PART ? " ~ " : " — ") + target + " " + label();
    }
}
