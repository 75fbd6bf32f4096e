package org.sourceline.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.query.EventIndex;

/**
 * Who does what to whom in a set of events: a node per actor taking part, an edge per
 * (source, target, event type) with the events behind it, and affiliation links between nodes.
 * Immutable; built by {@link ActorGraphBuilder}. Nodes are in dataset order, relations sorted by
 * source node, target node, type, so the same events always give the same graph.
 */
public final class ActorGraph {
    private final EventIndex index;
    private final TimeWindow window;
    private final int eventCount;
    private final List<ActorNode> nodes;
    private final List<Relation> relations;
    private final List<Affiliation> affiliations;
    /** Node index per dataset actor position, -1 when the actor is not in the graph. */
    private final int[] nodeOfActor;

    ActorGraph(EventIndex index, TimeWindow window, int eventCount, List<ActorNode> nodes, List<Relation> relations,
               List<Affiliation> affiliations) {
        this.index = index;
        this.window = window;
        this.eventCount = eventCount;
        this.nodes = List.copyOf(nodes);
        this.relations = List.copyOf(relations);
        this.affiliations = List.copyOf(affiliations);
        this.nodeOfActor = new int[index.actorCount()];
        Arrays.fill(nodeOfActor, -1);
        for (int n = 0; n < this.nodes.size(); n++) {
            nodeOfActor[this.nodes.get(n).actorIndex()] = n;
        }
    }

    /** The index the node and event positions refer to. */
    public EventIndex index() {
        return index;
    }

    /** The time window the events were restricted to. */
    public TimeWindow window() {
        return window;
    }

    /** How many events the graph was derived from (after the filter and the window). */
    public int eventCount() {
        return eventCount;
    }

    public List<ActorNode> nodes() {
        return nodes;
    }

    public ActorNode node(int n) {
        return nodes.get(n);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public List<Relation> relations() {
        return relations;
    }

    /**
     * The relations, busiest first (most events; of equally busy ones the first): made on first
     * use and kept, so that a view thinning a dense graph does not sort it at every redraw.
     */
    public int[] relationsByCount() {
        int[] order = byCount;
        if (order == null) {
            long[] keyed = new long[relations.size()];
            for (int r = 0; r < keyed.length; r++) {
                keyed[r] = (long) (Integer.MAX_VALUE - relations.get(r).count()) << 32 | r;
            }
            java.util.Arrays.sort(keyed);
            order = new int[keyed.length];
            for (int i = 0; i < keyed.length; i++) {
                order[i] = (int) keyed[i];
            }
            byCount = order;
        }
        return order;
    }

    private volatile int[] byCount;

    public List<Affiliation> affiliations() {
        return affiliations;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The node of a dataset actor position, or -1 when that actor is not in the graph. */
    public int nodeOfActor(int actorIndex) {
        return actorIndex >= 0 && actorIndex < nodeOfActor.length ? nodeOfActor[actorIndex] : -1;
    }

    /** The node of an actor, or -1. */
    public int nodeOf(Actor actor) {
        return nodeOfActor(index.indexOf(actor));
    }

    /** The node of an actor id, or -1. */
    public int nodeOf(String actorId) {
        Actor actor = index.dataset().actor(actorId);
        return actor == null ? -1 : nodeOf(actor);
    }

    /** The relations from one actor to another (directed; mutual ones in either order), by id. */
    public List<Relation> relationsBetween(String sourceId, String targetId) {
        int s = nodeOf(sourceId);
        int t = nodeOf(targetId);
        List<Relation> found = new ArrayList<>();
        for (Relation r : relations) {
            if ((r.source() == s && r.target() == t) || (r.mutual() && r.joins(s, t))) {
                found.add(r);
            }
        }
        return found;
    }

    /** Indices (into {@link #relations()}) of the relations an event stands behind. */
    public int[] relationsOfEvent(int event) {
        int[] found = new int[4];
        int k = 0;
        for (int r = 0; r < relations.size(); r++) {
            if (relations.get(r).contains(event)) {
                if (k == found.length) {
                    found = Arrays.copyOf(found, k * 2);
                }
                found[k++] = r;
            }
        }
        return Arrays.copyOf(found, k);
    }

    /** The affiliation parent node of a node, or -1. */
    public int parentOf(int node) {
        for (Affiliation a : affiliations) {
            if (a.member() == node) {
                return a.parent();
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return nodes.size() + " actors, " + relations.size() + " relations, " + affiliations.size() + " affiliations from "
                + eventCount + " events";
    }
}
