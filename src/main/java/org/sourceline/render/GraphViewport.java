package org.sourceline.render;

/**
 * The transform from layout coordinates to screen pixels: {@code screenX = x × scaleX +
 * translateX}, likewise for y. The two scales may differ a little, so that a layout can use more
 * of a wide, short view; {@link #fit} keeps their ratio within {@link #MAX_STRETCH}. Immutable;
 * zooming and panning return new viewports.
 *
 * @param scaleX     horizontal pixels per layout unit (a unit is about one ideal edge length)
 * @param scaleY     vertical pixels per layout unit
 * @param translateX screen x of the layout origin
 * @param translateY screen y of the layout origin
 */
public record GraphViewport(double scaleX, double scaleY, double translateX, double translateY) {
    /** Closest and farthest zoom, in pixels per layout unit. */
    public static final double MIN_SCALE = 2;
    public static final double MAX_SCALE = 2000;
    /** How much more one axis may be stretched than the other when fitting. */
    public static final double MAX_STRETCH = 1.6;

    public GraphViewport {
        if (!(scaleX > 0) || !(scaleY > 0) || Double.isInfinite(scaleX) || Double.isInfinite(scaleY)) {
            throw new IllegalArgumentException("scales must be positive: " + scaleX + ", " + scaleY);
        }
    }

    /** A viewport with the same scale on both axes. */
    public GraphViewport(double scale, double translateX, double translateY) {
        this(scale, scale, translateX, translateY);
    }

    /** The mean scale (geometric), for sizes that do not depend on direction. */
    public double scale() {
        return Math.sqrt(scaleX * scaleY);
    }

    public double toScreenX(double x) {
        return x * scaleX + translateX;
    }

    public double toScreenY(double y) {
        return y * scaleY + translateY;
    }

    public double toLayoutX(double screenX) {
        return (screenX - translateX) / scaleX;
    }

    public double toLayoutY(double screenY) {
        return (screenY - translateY) / scaleY;
    }

    /** Zooms by {@code factor} keeping the layout point under (px, py) where it is. */
    public GraphViewport zoomedAround(double factor, double px, double py) {
        double limited = Math.max(MIN_SCALE / Math.min(scaleX, scaleY), Math.min(MAX_SCALE / Math.max(scaleX, scaleY), factor));
        return new GraphViewport(scaleX * limited, scaleY * limited, px - (px - translateX) * limited,
                py - (py - translateY) * limited);
    }

    public GraphViewport pannedBy(double dx, double dy) {
        return new GraphViewport(scaleX, scaleY, translateX + dx, translateY + dy);
    }

    /**
     * The viewport that shows the box {minX, minY, maxX, maxY} centred in a width×height area,
     * keeping {@code marginX}/{@code marginY} pixels free on each side, stretching one axis up to
     * {@link #MAX_STRETCH} times the other to use the area's shape, and never closer than
     * {@code maxScale}; a single point is centred at {@code maxScale}.
     */
    public static GraphViewport fit(double[] bounds, double width, double height, double marginX, double marginY,
                                    double maxScale) {
        if (bounds == null) {
            return new GraphViewport(maxScale, width / 2, height / 2);
        }
        double w = bounds[2] - bounds[0];
        double h = bounds[3] - bounds[1];
        double availableW = Math.max(1, width - 2 * marginX);
        double availableH = Math.max(1, height - 2 * marginY);
        double sx = w > 1e-9 ? availableW / w : Double.MAX_VALUE;
        double sy = h > 1e-9 ? availableH / h : Double.MAX_VALUE;
        double uniform = Math.min(sx, sy);
        if (uniform == Double.MAX_VALUE) {
            sx = maxScale;
            sy = maxScale;
        } else {
            sx = Math.min(sx, uniform * MAX_STRETCH);
            sy = Math.min(sy, uniform * MAX_STRETCH);
        }
        sx = clamp(sx, maxScale);
        sy = clamp(sy, maxScale);
        double cx = (bounds[0] + bounds[2]) / 2;
        double cy = (bounds[1] + bounds[3]) / 2;
        return new GraphViewport(sx, sy, width / 2 - cx * sx, height / 2 - cy * sy);
    }

    private static double clamp(double scale, double maxScale) {
        return Math.max(MIN_SCALE, Math.min(Math.min(MAX_SCALE, maxScale), scale));
    }
}
