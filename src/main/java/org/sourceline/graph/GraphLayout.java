package org.sourceline.graph;

import java.util.Arrays;

/**
 * Where each actor sits, in layout coordinates, keyed by the actor's dataset position so that
 * a layout computed for one graph can draw any sub-graph of it (the same actors in a narrower
 * time window stay where they were). Immutable; {@link #moved} returns a changed copy.
 */
public final class GraphLayout {
    private final double[] x;
    private final double[] y;
    private final double spacing;

    /** A layout with no positions, for a dataset of {@code actorCount} actors. */
    public static GraphLayout empty(int actorCount) {
        double[] x = new double[actorCount];
        double[] y = new double[actorCount];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        return new GraphLayout(x, y, 1);
    }

    /**
     * Wraps position arrays indexed by actor position; NaN marks an actor without a position.
     * {@code spacing} is the typical distance between linked actors.
     */
    GraphLayout(double[] x, double[] y, double spacing) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x;
        this.y = y;
        this.spacing = spacing;
    }

    /**
     * The typical distance between two linked actors, in layout units: the renderer sizes nodes
     * by how many pixels this becomes, so a crowded picture gets smaller nodes.
     */
    public double spacing() {
        return spacing;
    }

    /**
     * The same positions for a dataset whose actors were renumbered by an edit:
     * {@code newToOld[a]} is new actor a's old position, or -1 for an actor that is new (no position).
     */
    public GraphLayout renumbered(int[] newToOld) {
        double[] nx = new double[newToOld.length];
        double[] ny = new double[newToOld.length];
        for (int a = 0; a < newToOld.length; a++) {
            int o = newToOld[a];
            nx[a] = o >= 0 && o < x.length ? x[o] : Double.NaN;
            ny[a] = o >= 0 && o < y.length ? y[o] : Double.NaN;
        }
        return new GraphLayout(nx, ny, spacing);
    }

    public int actorCount() {
        return x.length;
    }

    public boolean has(int actorIndex) {
        return actorIndex >= 0 && actorIndex < x.length && !Double.isNaN(x[actorIndex]);
    }

    public double x(int actorIndex) {
        return x[actorIndex];
    }

    public double y(int actorIndex) {
        return y[actorIndex];
    }

    /** The position of an actor, or null when it has none. */
    public Point position(int actorIndex) {
        return has(actorIndex) ? new Point(x[actorIndex], y[actorIndex]) : null;
    }

    /** True when every node of the graph has a position here. */
    public boolean covers(ActorGraph graph) {
        for (ActorNode node : graph.nodes()) {
            if (!has(node.actorIndex())) {
                return false;
            }
        }
        return true;
    }

    /** A copy with one actor moved (or placed). */
    public GraphLayout moved(int actorIndex, double newX, double newY) {
        double[] nx = x.clone();
        double[] ny = y.clone();
        nx[actorIndex] = newX;
        ny[actorIndex] = newY;
        return new GraphLayout(nx, ny, spacing);
    }

    /** A copy that keeps only the positions of the graph's actors. */
    public GraphLayout restrictedTo(ActorGraph graph) {
        GraphLayout part = empty(x.length);
        for (ActorNode node : graph.nodes()) {
            int a = node.actorIndex();
            if (a < x.length) {
                part.x[a] = x[a];
                part.y[a] = y[a];
            }
        }
        return new GraphLayout(part.x, part.y, spacing);
    }

    /**
     * The box around the positions of the graph's nodes as {minX, minY, maxX, maxY}, or null
     * when none has a position.
     */
    public double[] bounds(ActorGraph graph) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (ActorNode node : graph.nodes()) {
            int a = node.actorIndex();
            if (has(a)) {
                minX = Math.min(minX, x[a]);
                minY = Math.min(minY, y[a]);
                maxX = Math.max(maxX, x[a]);
                maxY = Math.max(maxY, y[a]);
            }
        }
        return minX > maxX ? null : new double[] {minX, minY, maxX, maxY};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphLayout l && Arrays.equals(l.x, x) && Arrays.equals(l.y, y);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
    }
}
