package org.sourceline.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy label placement: obstacles (node discs, fixed boxes) are registered first, then labels
 * are placed one by one, most important first, each at the first of its candidate positions
 * that stays inside the area and clear of every obstacle and every label placed before it. A
 * label with no free candidate is left out rather than drawn over something. Line segments
 * (edges) are soft obstacles: a label asked to avoid them takes the first candidate clear of
 * them too, and only when there is none settles for one that merely crosses lines.
 *
 * <p>A uniform grid of buckets keeps each test local, so placing thousands of labels stays well
 * within a frame. Plain Java in screen pixels, no toolkit: the renderer measures the text.
 */
public final class LabelPlacer {
    private static final int CIRCLE = 0;
    private static final int BOX = 1;
    /** A line segment: a soft obstacle, avoided when possible, covered when not. */
    private static final int SEGMENT = 2;

    private final double width;
    private final double height;
    private final double gap;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final int[][] buckets;
    private final int[] bucketSizes;
    private int[] kind = new int[64];
    private double[] ax = new double[64];
    private double[] ay = new double[64];
    private double[] aw = new double[64];
    private double[] ah = new double[64];
    private int count;
    private int segments;
    private final List<LabelBox> placed = new ArrayList<>();

    /**
     * @param width  width of the area labels must stay inside (from 0)
     * @param height height of that area
     * @param gap    the clearance kept between a label and anything else, in pixels
     */
    public LabelPlacer(double width, double height, double gap) {
        this.width = width;
        this.height = height;
        this.gap = gap;
        double area = Math.max(1, width) * Math.max(1, height);
        // About 64 px cells, but never more than ~65k buckets for huge exports.
        this.cellSize = Math.max(64, Math.sqrt(area / 65_536));
        this.columns = Math.max(1, (int) Math.ceil(width / cellSize));
        this.rows = Math.max(1, (int) Math.ceil(height / cellSize));
        this.buckets = new int[columns * rows][];
        this.bucketSizes = new int[columns * rows];
    }

    /** A disc labels must not touch, e.g. a node. */
    public void addCircle(double cx, double cy, double r) {
        add(CIRCLE, cx, cy, r, r, cx - r, cy - r, cx + r, cy + r);
    }

    /** A rectangle labels must not touch, e.g. a legend. */
    public void addBox(LabelBox box) {
        add(BOX, box.x(), box.y(), box.width(), box.height(), box.x(), box.y(), box.maxX(), box.maxY());
    }

    /** A line labels should rather not cover, e.g. part of an edge. */
    public void addSegment(double x0, double y0, double x1, double y1) {
        segments++;
        add(SEGMENT, x0, y0, x1, y1, Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }

    /**
     * Places a label at the first candidate clear of lines as well, or failing that at the
     * first free one (see {@link #place(double, double, double[])}).
     */
    public LabelBox placeAvoidingLines(double w, double h, double[] candidates) {
        LabelBox box = segments > 0 ? placeFirstFree(w, h, candidates, true) : null;
        return box != null ? box : placeFirstFree(w, h, candidates, false);
    }

    /**
     * Places a label of the given size at the first free candidate.
     *
     * @param w          label width
     * @param h          label height
     * @param candidates top-left corners to try, in order of preference: x0, y0, x1, y1, …
     * @return the box it now occupies (an obstacle for later labels), or null when none was free
     */
    public LabelBox place(double w, double h, double[] candidates) {
        return placeFirstFree(w, h, candidates, false);
    }

    private LabelBox placeFirstFree(double w, double h, double[] candidates, boolean avoidLines) {
        for (int c = 0; c + 1 < candidates.length; c += 2) {
            LabelBox box = new LabelBox(candidates[c], candidates[c + 1], w, h);
            if (fits(box, avoidLines)) {
                addBox(box);
                placed.add(box);
                return box;
            }
        }
        return null;
    }

    /** True when a box lies inside the area and clear of every obstacle and placed label (lines may cross it). */
    public boolean fits(LabelBox box) {
        return fits(box, false);
    }

    private boolean fits(LabelBox box, boolean avoidLines) {
        if (box.x() < 0 || box.y() < 0 || box.maxX() > width || box.maxY() > height) {
            return false;
        }
        int c0 = column(box.x() - gap);
        int c1 = column(box.maxX() + gap);
        int r0 = row(box.y() - gap);
        int r1 = row(box.maxY() + gap);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * columns + c;
                int[] ids = buckets[b];
                for (int i = 0; i < bucketSizes[b]; i++) {
                    if ((avoidLines || kind[ids[i]] != SEGMENT) && hits(ids[i], box)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The labels placed so far, in order. */
    public List<LabelBox> placed() {
        return List.copyOf(placed);
    }

    /**
     * Candidates around a disc for a w×h label, best first: right, left, below, above, then the
     * four diagonals, each {@code offset} pixels clear of the disc.
     */
    public static double[] aroundCircle(double cx, double cy, double r, double w, double h, double offset) {
        double d = r + offset;
        double diagonal = r * 0.7071 + offset;
        return new double[] {
            cx + d, cy - h / 2,
            cx - d - w, cy - h / 2,
            cx - w / 2, cy + d,
            cx - w / 2, cy - d - h,
            cx + diagonal, cy + diagonal,
            cx + diagonal, cy - diagonal - h,
            cx - diagonal - w, cy + diagonal,
            cx - diagonal - w, cy - diagonal - h,
        };
    }

    /** Candidates centring a w×h label on each of the given points (px0, py0, px1, py1, …). */
    public static double[] centredOn(double[] points, double w, double h) {
        double[] out = new double[points.length];
        for (int i = 0; i + 1 < points.length; i += 2) {
            out[i] = points[i] - w / 2;
            out[i + 1] = points[i + 1] - h / 2;
        }
        return out;
    }

    private boolean hits(int id, LabelBox box) {
        if (kind[id] == CIRCLE) {
            return box.overlapsCircle(ax[id], ay[id], aw[id], gap);
        }
        if (kind[id] == SEGMENT) {
            return box.crossesSegment(ax[id], ay[id], aw[id], ah[id]);
        }
        return box.overlaps(new LabelBox(ax[id], ay[id], aw[id], ah[id]), gap);
    }

    private void add(int type, double x, double y, double w, double h, double minX, double minY, double maxX, double maxY) {
        if (count == kind.length) {
            int capacity = count * 2;
            kind = Arrays.copyOf(kind, capacity);
            ax = Arrays.copyOf(ax, capacity);
            ay = Arrays.copyOf(ay, capacity);
            aw = Arrays.copyOf(aw, capacity);
            ah = Arrays.copyOf(ah, capacity);
        }
        int id = count++;
        kind[id] = type;
        ax[id] = x;
        ay[id] = y;
        aw[id] = w;
        ah[id] = h;
        if (maxX < -gap || maxY < -gap || minX > width + gap || minY > height + gap) {
            return; // off the area: no label inside it can touch this
        }
        int c0 = column(minX - gap);
        int c1 = column(maxX + gap);
        int r0 = row(minY - gap);
        int r1 = row(maxY + gap);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * columns + c;
                int[] ids = buckets[b];
                if (ids == null) {
                    ids = new int[4];
                    buckets[b] = ids;
                } else if (bucketSizes[b] == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                    buckets[b] = ids;
                }
                ids[bucketSizes[b]++] = id;
            }
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / cellSize)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / cellSize)));
    }
}
