package org.sourceline.render;

import java.util.Arrays;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.Affiliation;
import org.sourceline.graph.Relation;
import org.sourceline.query.EventIndex;

/**
 * What one layer of the graph drawing shows and stresses, from the highlight: without a hover,
 * everything (the picture); with one, the hovered actor's or edge's neighbourhood only (the layer
 * over the veil). Also which nodes and edges belong to the selected event, and the order labels
 * are placed in.
 */
final class GraphFocus {
    final GraphHighlight highlight;
    final ActorGraph graph;
    final boolean hasHover;
    final boolean[] nodeFocus;
    final boolean[] relationFocus;
    final boolean[] eventNode;
    final boolean[] eventRelation;

    GraphFocus(ActorGraph graph, GraphHighlight highlight) {
        this.graph = graph;
        this.highlight = highlight;
        int n = graph.nodeCount();
        int m = graph.relations().size();
        nodeFocus = new boolean[n];
        relationFocus = new boolean[m];
        eventNode = new boolean[n];
        eventRelation = new boolean[m];
        int hoveredNode = graph.nodeOfActor(highlight.hoveredActor());
        int hoveredRelation = highlight.hoveredRelation() >= 0 && highlight.hoveredRelation() < m
                ? highlight.hoveredRelation() : -1;
        hasHover = hoveredNode >= 0 || hoveredRelation >= 0;
        if (hoveredNode >= 0) {
            nodeFocus[hoveredNode] = true;
            for (int r = 0; r < m; r++) {
                Relation rel = graph.relations().get(r);
                if (rel.touches(hoveredNode)) {
                    relationFocus[r] = true;
                    nodeFocus[rel.source()] = true;
                    nodeFocus[rel.target()] = true;
                }
            }
            for (Affiliation a : graph.affiliations()) {
                if (a.member() == hoveredNode || a.parent() == hoveredNode) {
                    nodeFocus[a.member()] = true;
                    nodeFocus[a.parent()] = true;
                }
            }
        } else if (hoveredRelation >= 0) {
            Relation rel = graph.relations().get(hoveredRelation);
            relationFocus[hoveredRelation] = true;
            nodeFocus[rel.source()] = true;
            nodeFocus[rel.target()] = true;
        }
        int event = highlight.selectedEvent();
        EventIndex index = graph.index();
        if (event >= 0 && event < index.size()) {
            for (int r : graph.relationsOfEvent(event)) {
                eventRelation[r] = true;
            }
            for (int i = index.actorStart(event); i < index.actorEnd(event); i++) {
                int node = graph.nodeOfActor(index.actorAt(i));
                if (node >= 0) {
                    eventNode[node] = true;
                }
            }
        }
    }

    /** Whether this layer draws the node: every node without a hover, only the neighbourhood with one. */
    boolean drawsNode(int n) {
        return !hasHover || nodeFocus[n];
    }

    boolean drawsRelation(int r) {
        return !hasHover || relationFocus[r];
    }

    /**
     * Whether relation {@code r} is drawn in this focus: one the geometry draws, or, over the
     * hover veil, any placed relation of the hovered actor (those a dense graph thinned out too).
     */
    boolean shows(int r, GraphGeometry g) {
        return drawsRelation(r) && (g.isDrawn(r) || hasHover && relationFocus[r] && g.isRelationPlaced(r));
    }

    /** The hovered edge or one of the selected event's: its caption goes before any other. */
    boolean isPressing(int r) {
        return r == highlight.hoveredRelation() || eventRelation[r];
    }

    boolean relationEmphasised(int r) {
        return eventRelation[r] || (hasHover && relationFocus[r]);
    }

    /** Hovered and selected first, then the selected event's actors, then busier actors first. */
    int[] nodeLabelOrder(GraphGeometry g) {
        int n = graph.nodeCount();
        long[] keyed = new long[n];
        int k = 0;
        int hovered = graph.nodeOfActor(highlight.hoveredActor());
        int selected = graph.nodeOfActor(highlight.selectedActor());
        for (int i = 0; i < n; i++) {
            if (!g.isPlaced(i) || !drawsNode(i)) {
                continue;
            }
            long rank = i == hovered ? 0 : i == selected ? 1 : eventNode[i] ? 2 : hasHover && nodeFocus[i] ? 3 : 4;
            long busy = Math.max(0, (1 << 20) - graph.node(i).eventCount());
            keyed[k++] = (rank << 52) | (busy << 24) | i;
        }
        return sortedLow(keyed, k, 24);
    }

    /**
     * The hovered edge, the selected event's, the hovered actor's, then busier edges first,
     * and of equally busy ones the more certain first: stated facts get their captions first.
     */
    int[] relationLabelOrder(GraphGeometry g) {
        int m = graph.relations().size();
        long[] keyed = new long[m];
        int k = 0;
        for (int r = 0; r < m; r++) {
            if (!shows(r, g)) {
                continue;
            }
            Relation relation = graph.relations().get(r);
            long rank = r == highlight.hoveredRelation() ? 0 : eventRelation[r] ? 1 : hasHover ? 2 : 3;
            if (rank >= 2 && relation.kind() == Relation.Kind.TOOK_PART) {
                // "Took part" ties are context: captioned only when hovered or holding the selection.
                continue;
            }
            long busy = Math.max(0, (1 << 18) - relation.count());
            long doubt = relation.strongestCertainty().ordinal();
            keyed[k++] = (rank << 56) | (busy << 36) | (doubt << 32) | r;
        }
        return sortedLow(keyed, k, 32);
    }

    private static int[] sortedLow(long[] keyed, int k, int bits) {
        long[] sorted = Arrays.copyOf(keyed, k);
        Arrays.sort(sorted);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = (int) (sorted[i] & ((1L << bits) - 1));
        }
        return out;
    }
}
