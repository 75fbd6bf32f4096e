package org.sourceline.graph;

/** An axis-aligned rectangle in screen pixels: where a label goes. */
public record LabelBox(double x, double y, double width, double height) {
    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** True when the two boxes, each grown by {@code gap} / 2, share area. */
    public boolean overlaps(LabelBox other, double gap) {
        return x < other.maxX() + gap && other.x < maxX() + gap && y < other.maxY() + gap && other.y < maxY() + gap;
    }

    /** True when the box comes closer than {@code gap} to the circle. */
    public boolean overlapsCircle(double cx, double cy, double r, double gap) {
        double nx = Math.max(x, Math.min(cx, maxX()));
        double ny = Math.max(y, Math.min(cy, maxY()));
        double dx = cx - nx;
        double dy = cy - ny;
        double reach = r + gap;
        return dx * dx + dy * dy < reach * reach;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }
}
