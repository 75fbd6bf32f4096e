package org.sourceline.render;

import java.util.Arrays;
import java.util.List;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorNode;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.Relation;

/**
 * Where the graph's parts land on screen for one viewport: node centres and radii, and each
 * relation as a quadratic curve between the rims of its nodes (several relations between the
 * same two actors fan out side by side). The renderer draws from it and the view hit-tests with
 * it, so what is clicked is exactly what is drawn.
 */
public final class GraphGeometry {
    /** Distance between neighbouring curves of one pair, at their middle, in pixels. */
    static final double FAN_SPACING = 16;

    private final ActorGraph graph;
    private final GraphViewport viewport;
    private final double nodeScale;
    private final double[] nodeX;
    private final double[] nodeY;
    private final double[] nodeR;
    private final boolean[] nodePlaced;
    /** Per relation: start (on the source rim), control point, end (tip, on the target rim). */
    private final double[] startX;
    private final double[] startY;
    private final double[] controlX;
    private final double[] controlY;
    private final double[] endX;
    private final double[] endY;
    private final boolean[] edgePlaced;
    /** Relations placed but left out of the picture by {@link #thinOut}. */
    private boolean[] thinnedOut;
    private int thinnedOutCount;
    /** Per relation: its place among the curves of its pair (or the loops of its node), and how many there are. */
    private final int[] fanIndex;
    private final int[] fanSize;
    private List<PlacedLabel> labels = List.of();
    private List<PlacedLabel> hoverLabels = List.of();

    private GraphGeometry(ActorGraph graph, GraphViewport viewport, double nodeScale, int nodes, int relations) {
        this.graph = graph;
        this.viewport = viewport;
        this.nodeScale = nodeScale;
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeR = new double[nodes];
        nodePlaced = new boolean[nodes];
        startX = new double[relations];
        startY = new double[relations];
        controlX = new double[relations];
        controlY = new double[relations];
        endX = new double[relations];
        endY = new double[relations];
        edgePlaced = new boolean[relations];
        fanIndex = new int[relations];
        fanSize = new int[relations];
    }

    /** Computes the screen geometry of a graph whose actors are placed by {@code layout}. */
    public static GraphGeometry of(ActorGraph graph, GraphLayout layout, GraphViewport viewport) {
        int n = graph.nodeCount();
        List<Relation> relations = graph.relations();
        GraphGeometry g = new GraphGeometry(graph, viewport, nodeScale(viewport.scale() * layout.spacing()), n,
                relations.size());
        for (int i = 0; i < n; i++) {
            ActorNode node = graph.node(i);
            int a = node.actorIndex();
            if (layout.has(a)) {
                g.nodePlaced[i] = true;
                g.nodeX[i] = viewport.toScreenX(layout.x(a));
                g.nodeY[i] = viewport.toScreenY(layout.y(a));
                g.nodeR[i] = radius(node.eventCount(), g.nodeScale);
            }
        }
        Fans fans = Fans.of(graph, g.nodePlaced);
        // In the relations' own order, from the fans' arrays: a million events' graph has 1.5
        // million relations, and visiting their objects pair by pair was a cache miss each.
        int[] fanIndex = fans.fanIndex();
        int[] fanSize = fans.fanSize();
        int[] source = fans.source();
        int[] target = fans.target();
        for (int r = 0; r < fanSize.length; r++) {
            int fan = fanSize[r];
            if (fan == 0) {
                continue; // a node of it is not placed
            }
            int j = fanIndex[r];
            g.fanIndex[r] = j;
            g.fanSize[r] = fan;
            if (fans.loop()[r]) {
                g.placeLoop(r, source[r], j);
            } else {
                g.placeEdge(r, source[r], target[r], (j - (fan - 1) / 2.0) * FAN_SPACING);
            }
        }
        return g;
    }

    /**
     * The relations between placed nodes grouped by pair of nodes, whatever their direction, each
     * with its place in its pair's fan: what does not change while the picture is panned, zoomed
     * or redrawn for a selection. A million events' graph has 1.5 million relations, whose sort
     * took most of each redraw; the last graph's fans are kept (for the same graph and the same
     * placed nodes) and made again for any other.
     *
     * @param fanIndex per relation, its place among the curves of its pair (or the loops of its node)
     * @param fanSize  per relation, how many curves join its pair; 0 when a node of it is not placed
     * @param source   per relation, its source node
     * @param target   per relation, its target node
     * @param loop     per relation, whether it is a loop (an actor alone in events)
     */
    private record Fans(ActorGraph graph, boolean[] placed, int[] fanIndex, int[] fanSize, int[] source, int[] target,
                        boolean[] loop) {
        private static volatile Fans last;

        static Fans of(ActorGraph graph, boolean[] placed) {
            Fans kept = last;
            if (kept != null && kept.graph == graph && Arrays.equals(kept.placed, placed)) {
                return kept;
            }
            List<Relation> relations = graph.relations();
            // Sort (low node, high node, relation) packed in a long, then walk the runs of one pair.
            int nodeBits = bits(placed.length);
            int relationBits = bits(relations.size());
            if (2 * nodeBits + relationBits > 63) {
                throw new IllegalArgumentException("too many relations to draw: " + relations.size());
            }
            long[] keyed = new long[relations.size()];
            int[] source = new int[relations.size()];
            int[] target = new int[relations.size()];
            boolean[] loop = new boolean[relations.size()];
            int k = 0;
            for (int r = 0; r < relations.size(); r++) {
                Relation rel = relations.get(r);
                source[r] = rel.source();
                target[r] = rel.target();
                loop[r] = rel.isLoop();
                if (placed[rel.source()] && placed[rel.target()]) {
                    long low = Math.min(rel.source(), rel.target());
                    long high = Math.max(rel.source(), rel.target());
                    keyed[k++] = (low << (nodeBits + relationBits)) | (high << relationBits) | r;
                }
            }
            Arrays.sort(keyed, 0, k);
            long relationMask = (1L << relationBits) - 1;
            int[] fanIndex = new int[relations.size()];
            int[] fanSize = new int[relations.size()];
            for (int start = 0; start < k; ) {
                int end = start + 1;
                while (end < k && keyed[end] >>> relationBits == keyed[start] >>> relationBits) {
                    end++;
                }
                int fan = end - start;
                for (int j = 0; j < fan; j++) {
                    int r = (int) (keyed[start + j] & relationMask);
                    fanIndex[r] = j;
                    fanSize[r] = fan;
                }
                start = end;
            }
            Fans made = new Fans(graph, placed.clone(), fanIndex, fanSize, source, target, loop);
            last = made;
            return made;
        }

        /** Bits enough for the numbers 0 .. count-1 (at least one). */
        private static int bits(int count) {
            return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
        }
    }

    private void placeEdge(int r, int source, int target, double offset) {
        int low = Math.min(source, target);
        int high = Math.max(source, target);
        // The normal of the low→high direction, so that A→B and B→A fan to opposite sides.
        double dx = nodeX[high] - nodeX[low];
        double dy = nodeY[high] - nodeY[low];
        double length = Math.max(1e-9, Math.sqrt(dx * dx + dy * dy));
        double nx = -dy / length;
        double ny = dx / length;
        double sx = nodeX[source];
        double sy = nodeY[source];
        double tx = nodeX[target];
        double ty = nodeY[target];
        // A quadratic curve peaks at half its control point's offset.
        double cx = (sx + tx) / 2 + nx * offset * 2;
        double cy = (sy + ty) / 2 + ny * offset * 2;
        // From each node's rim towards the control point.
        towards(sx, sy, cx, cy, nodeR[source] + 1, startX, startY, r);
        controlX[r] = cx;
        controlY[r] = cy;
        towards(tx, ty, cx, cy, nodeR[target] + 1.5, endX, endY, r);
        edgePlaced[r] = length > nodeR[source] + nodeR[target] + 2;
    }

    /**
     * Stores at {@code r} of {@code intoX} and {@code intoY} the point {@code distance} from (x, y)
     * towards (toX, toY); (x, y) itself when the two are the same. Into arrays, not a new one: a
     * redraw places 1.5 million curves of a million events' graph.
     */
    private static void towards(double x, double y, double toX, double toY, double distance, double[] intoX,
                                double[] intoY, int r) {
        double dx = toX - x;
        double dy = toY - y;
        double length = Math.sqrt(dx * dx + dy * dy);
        intoX[r] = length < 1e-9 ? x : x + dx / length * distance;
        intoY[r] = length < 1e-9 ? y : y + dy / length * distance;
    }

    /**
     * A loop for the events an actor is in alone: a teardrop above the node (the j-th loop of a
     * node turned further round), from its rim and back.
     */
    private void placeLoop(int r, int n, int j) {
        double r0 = nodeR[n];
        double angle = -Math.PI / 2 + (j % 2 == 0 ? 1 : -1) * ((j + 1) / 2) * 0.9;
        double spread = 0.75;
        double reach = r0 + LOOP_REACH * Math.max(0.6, nodeScale);
        startX[r] = nodeX[n] + Math.cos(angle - spread) * (r0 + 1);
        startY[r] = nodeY[n] + Math.sin(angle - spread) * (r0 + 1);
        endX[r] = nodeX[n] + Math.cos(angle + spread) * (r0 + 1);
        endY[r] = nodeY[n] + Math.sin(angle + spread) * (r0 + 1);
        // A quadratic curve peaks half way to its control point: twice the reach out.
        controlX[r] = nodeX[n] + Math.cos(angle) * (2 * reach - r0);
        controlY[r] = nodeY[n] + Math.sin(angle) * (2 * reach - r0);
        edgePlaced[r] = true;
    }

    /** How far a loop reaches beyond its node's rim, in pixels at full size. */
    static final double LOOP_REACH = 26;

    /** Where a relation stands among the curves of its pair of nodes (0-based), for staggering captions. */
    public int fanIndex(int relation) {
        return fanIndex[relation];
    }

    /** How many curves join the relation's pair of nodes (or loop on its node). */
    public int fanSize(int relation) {
        return fanSize[relation];
    }

    /** Node radius in pixels: grows with the square root of the events, capped, smaller when zoomed far out. */
    public static double radius(int eventCount, double nodeScale) {
        return Math.min(5 + 3.2 * Math.sqrt(eventCount), 28) * nodeScale;
    }

    /**
     * Size factor of nodes when linked actors sit {@code linkPixels} apart on screen: full size
     * from 110 px, down to 15 % in a crowded picture (hundreds of actors in a small pane), where
     * bigger marks would only cover each other.
     */
    public static double nodeScale(double linkPixels) {
        return Math.max(0.15, Math.min(1.0, linkPixels / 110));
    }

    /** Stroke width of an edge of {@code count} events. */
    public static double edgeWidth(int count) {
        return Math.min(7, 1.4 + 1.3 * Math.log(count));
    }

    public ActorGraph graph() {
        return graph;
    }

    public GraphViewport viewport() {
        return viewport;
    }

    public double nodeScale() {
        return nodeScale;
    }

    public boolean isPlaced(int node) {
        return nodePlaced[node];
    }

    public double nodeX(int node) {
        return nodeX[node];
    }

    public double nodeY(int node) {
        return nodeY[node];
    }

    public double nodeRadius(int node) {
        return nodeR[node];
    }

    /** True when the relation is drawn: it has room (its nodes are placed and apart) and was not thinned out. */
    public boolean isDrawn(int relation) {
        return edgePlaced[relation] && (thinnedOut == null || !thinnedOut[relation]);
    }

    /** True when the relation has room to be drawn, thinned out or not (a hover may still show it). */
    public boolean isRelationPlaced(int relation) {
        return edgePlaced[relation];
    }

    /**
     * Leaves all but the {@code keepAtMost} busiest relations (most events; of equally busy ones
     * the first) out of the picture, and out of hit-testing, but always keeps those
     * {@code mustKeep} accepts (the selection's). A dense graph of thousands of relations is a
     * grey mat in which no edge can be followed, and drawing it costs seconds; its strongest ties
     * are what a reader can see. Returns how many were left out.
     */
    public int thinOut(int keepAtMost, java.util.function.IntPredicate mustKeep) {
        if (placedRelationCount() <= keepAtMost) {
            return 0;
        }
        thinnedOut = new boolean[edgePlaced.length];
        thinnedOutCount = 0;
        int kept = 0;
        for (int r : graph.relationsByCount()) {
            if (!edgePlaced[r]) {
                continue;
            }
            if (kept < keepAtMost) {
                kept++;
            } else if (!mustKeep.test(r)) {
                thinnedOut[r] = true;
                thinnedOutCount++;
            }
        }
        return thinnedOutCount;
    }

    /** How many placed relations {@link #thinOut} left out of the picture. */
    public int thinnedOutCount() {
        return thinnedOutCount;
    }

    /** How many relations have room to be drawn (thinned out or not). */
    public int placedRelationCount() {
        int placed = 0;
        for (boolean p : edgePlaced) {
            if (p) {
                placed++;
            }
        }
        return placed;
    }

    public double startX(int r) {
        return startX[r];
    }

    public double startY(int r) {
        return startY[r];
    }

    public double controlX(int r) {
        return controlX[r];
    }

    public double controlY(int r) {
        return controlY[r];
    }

    public double endX(int r) {
        return endX[r];
    }

    public double endY(int r) {
        return endY[r];
    }

    /** The point at parameter t (0 = start, 1 = end) of a relation's curve, as {x, y}. */
    public double[] pointOn(int r, double t) {
        double u = 1 - t;
        return new double[] {
            u * u * startX[r] + 2 * u * t * controlX[r] + t * t * endX[r],
            u * u * startY[r] + 2 * u * t * controlY[r] + t * t * endY[r],
        };
    }

    /** The labels of the base picture, in the order they were placed. */
    public List<PlacedLabel> labels() {
        return labels;
    }

    /** The labels drawn over the hover veil (none when nothing is hovered). */
    public List<PlacedLabel> hoverLabels() {
        return hoverLabels;
    }

    void setLabels(List<PlacedLabel> placed) {
        labels = List.copyOf(placed);
    }

    void setHoverLabels(List<PlacedLabel> placed) {
        hoverLabels = List.copyOf(placed);
    }

    /** The label drawn at a point (those above the hover veil first), or null. */
    public PlacedLabel labelAt(double x, double y) {
        for (List<PlacedLabel> layer : List.of(hoverLabels, labels)) {
            for (int i = layer.size() - 1; i >= 0; i--) {
                if (layer.get(i).box().contains(x, y)) {
                    return layer.get(i);
                }
            }
        }
        return null;
    }

    /**
     * What a click at a point means: a node, else a label (standing for its node or relation),
     * else the nearest relation's curve; {@link Target#NONE} for the background.
     */
    public Target targetAt(double x, double y) {
        int node = nodeAt(x, y);
        if (node >= 0) {
            return new Target(node, -1);
        }
        PlacedLabel label = labelAt(x, y);
        if (label != null) {
            return new Target(label.node(), label.relation());
        }
        int relation = relationAt(x, y);
        return relation >= 0 ? new Target(-1, relation) : Target.NONE;
    }

    /**
     * A point where a click finds this relation: its caption's centre when it has one, else the
     * first point along its curve not covered by something else; null when there is none.
     */
    public double[] clickablePointOf(int relation) {
        for (PlacedLabel label : labels) {
            if (label.relation() == relation) {
                return new double[] {label.box().x() + label.box().width() / 2, label.box().y() + label.box().height() / 2};
            }
        }
        if (!isDrawn(relation)) {
            return null;
        }
        for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            double[] p = pointOn(relation, t);
            if (targetAt(p[0], p[1]).relation() == relation) {
                return p;
            }
        }
        return null;
    }

    /** A node or relation of the drawn graph (the other is -1), or neither. */
    public record Target(int node, int relation) {
        public static final Target NONE = new Target(-1, -1);

        public boolean isNone() {
            return node < 0 && relation < 0;
        }
    }

    /** The topmost node whose disc (plus a little slack) holds the point, or -1. */
    public int nodeAt(double x, double y) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = nodeX.length - 1; i >= 0; i--) {
            if (!nodePlaced[i]) {
                continue;
            }
            double d = distance(x - nodeX[i], y - nodeY[i]);
            if (d <= nodeR[i] + 3 && d - nodeR[i] < bestDistance) {
                best = i;
                bestDistance = d - nodeR[i];
            }
        }
        return best;
    }

    /** The relation whose curve passes nearest the point, within a few pixels, or -1. */
    public int relationAt(double x, double y) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        List<Relation> relations = graph.relations();
        for (int r = 0; r < relations.size(); r++) {
            if (!isDrawn(r)) {
                continue;
            }
            double slack = Math.max(5, edgeWidth(relations.get(r).count()) / 2 + 3);
            double minX = Math.min(Math.min(startX[r], endX[r]), controlX[r]) - slack;
            double maxX = Math.max(Math.max(startX[r], endX[r]), controlX[r]) + slack;
            double minY = Math.min(Math.min(startY[r], endY[r]), controlY[r]) - slack;
            double maxY = Math.max(Math.max(startY[r], endY[r]), controlY[r]) + slack;
            if (x < minX || x > maxX || y < minY || y > maxY) {
                continue;
            }
            double d = distanceToCurve(r, x, y);
            if (d <= slack && d < bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        return best;
    }

    private double distanceToCurve(int r, double x, double y) {
        final int segments = 24;
        double best = Double.MAX_VALUE;
        double[] previous = pointOn(r, 0);
        for (int s = 1; s <= segments; s++) {
            double[] next = pointOn(r, (double) s / segments);
            best = Math.min(best, distanceToSegment(x, y, previous[0], previous[1], next[0], next[1]));
            previous = next;
        }
        return best;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return distance(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Length of (dx, dy); {@code Math.hypot} guards against overflow we cannot have here, and is slow. */
    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }
}
