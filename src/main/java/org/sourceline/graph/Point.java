package org.sourceline.graph;

/** A position in layout coordinates (one unit is about one ideal edge length). */
public record Point(double x, double y) {
    public double distance(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
