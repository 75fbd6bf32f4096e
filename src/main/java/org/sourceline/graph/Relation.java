package org.sourceline.graph;

import java.util.Arrays;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;

/**
 * One edge of the relationship graph: every event of one type in which one actor acts on
 * another (PLOVER's source and target). An event without a target but with several sources
 * ("Russia and Iran consulted") relates its sources to each other: such an edge is
 * {@link #mutual()}, has no direction, and its source is the actor listed first in the dataset.
 */
public final class Relation {
    private final int source;
    private final int target;
    private final EventType type;
    private final boolean mutual;
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
        if (events.length == 0) {
            throw new IllegalArgumentException("a relation needs at least one event");
        }
        this.source = source;
        this.target = target;
        this.type = type;
        this.mutual = mutual;
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

    /** True for a relation among co-sources of target-less events: drawn without arrows. */
    public boolean mutual() {
        return mutual;
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

    /** The edge's caption, e.g. "AID · military ×2". */
    public String label() {
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
        return events.length > 1 ? type.id() + " ×" + events.length : type.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.source == source && r.target == target && r.type == type
                && r.mutual == mutual && Arrays.equals(r.events, events);
    }

    @Override
    public int hashCode() {
        return ((source * 31 + target) * 31 + type.hashCode()) * 31 + Arrays.hashCode(events);
    }

    @Override
    public String toString() {
        return source + (mutual ? " — " : " → ") + target + " " + label();
    }
}
