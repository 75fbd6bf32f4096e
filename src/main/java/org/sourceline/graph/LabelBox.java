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

    /** True when the segment from (x0, y0) to (x1, y1) passes through the box (Liang–Barsky clipping). */
    public boolean crossesSegment(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x, maxX() - x0, y0 - y, maxY() - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }
}
