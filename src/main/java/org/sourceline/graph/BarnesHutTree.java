package org.sourceline.graph;

import java.util.Arrays;

/**
 * A quadtree over weighted points held in flat arrays, answering "the repulsion on point i from
 * all others" in O(log n) with the Barnes–Hut approximation: a far-away cell acts as one mass at
 * its centre of mass, as heavy as the points it holds together. Rebuilt every iteration; its arrays are
 * reused, so a layout allocates almost nothing per iteration.
 */
final class BarnesHutTree {
    /** Below this cell size points count as coincident and share a bucket. */
    private static final int MAX_DEPTH = 40;
    private static final int EMPTY = -1;
    private static final int INTERNAL = -2;
    private static final int BUCKET = -3;

    private int[] firstChild = new int[0];
    private int[] content = new int[0];
    private double[] mass = new double[0];
    private double[] sumX = new double[0];
    private double[] sumY = new double[0];
    private double[] cellX = new double[0];
    private double[] cellY = new double[0];
    private double[] cellSize = new double[0];
    private int cells;
    private int[] stack = new int[64];
    private double[] px;
    private double[] py;
    private double[] pw;

    /** Indexes the first {@code n} points of {@code x}, {@code y}, each weighing {@code w}. */
    void build(double[] x, double[] y, double[] w, int n) {
        px = x;
        py = y;
        pw = w;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        ensureCapacity(Math.max(16, 4 * n + 1));
        cells = 0;
        double size = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * 1.0001;
        newCell(minX, minY, size);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
    }

    private void insert(int b) {
        int cell = 0;
        int depth = 0;
        while (true) {
            mass[cell] += pw[b];
            sumX[cell] += px[b] * pw[b];
            sumY[cell] += py[b] * pw[b];
            int kind = content[cell];
            if (kind == EMPTY) {
                content[cell] = b;
                return;
            }
            if (kind == BUCKET) {
                return;
            }
            if (kind >= 0) {
                if (depth >= MAX_DEPTH) {
                    content[cell] = BUCKET;
                    return;
                }
                subdivide(cell);
                int child = firstChild[cell] + quadrant(cell, px[kind], py[kind]);
                content[child] = kind;
                mass[child] = pw[kind];
                sumX[child] = px[kind] * pw[kind];
                sumY[child] = py[kind] * pw[kind];
            }
            cell = firstChild[cell] + quadrant(cell, px[b], py[b]);
            depth++;
        }
    }

    private int quadrant(int cell, double x, double y) {
        double half = cellSize[cell] / 2;
        int q = x >= cellX[cell] + half ? 1 : 0;
        return y >= cellY[cell] + half ? q + 2 : q;
    }

    private void subdivide(int cell) {
        ensureCapacity(cells + 4);
        double half = cellSize[cell] / 2;
        double x = cellX[cell];
        double y = cellY[cell];
        content[cell] = INTERNAL;
        firstChild[cell] = cells;
        newCell(x, y, half);
        newCell(x + half, y, half);
        newCell(x, y + half, half);
        newCell(x + half, y + half, half);
    }

    private void newCell(double x, double y, double size) {
        int c = cells++;
        firstChild[c] = -1;
        content[c] = EMPTY;
        mass[c] = 0;
        sumX[c] = 0;
        sumY[c] = 0;
        cellX[c] = x;
        cellY[c] = y;
        cellSize[c] = size;
    }

    private void ensureCapacity(int needed) {
        if (needed <= content.length) {
            return;
        }
        int capacity = Math.max(needed, content.length * 2);
        firstChild = Arrays.copyOf(firstChild, capacity);
        content = Arrays.copyOf(content, capacity);
        mass = Arrays.copyOf(mass, capacity);
        sumX = Arrays.copyOf(sumX, capacity);
        sumY = Arrays.copyOf(sumY, capacity);
        cellX = Arrays.copyOf(cellX, capacity);
        cellY = Arrays.copyOf(cellY, capacity);
        cellSize = Arrays.copyOf(cellSize, capacity);
    }

    /**
     * Adds to {@code force} the Fruchterman–Reingold repulsion {@code k²/d} on point i from
     * every other point, times both points' weights, approximating cells seen under an angle
     * below {@code theta}.
     */
    void addRepulsion(int i, double kk, double theta, double[] force) {
        double x = px[i];
        double y = py[i];
        double theta2 = theta * theta;
        double fx = 0;
        double fy = 0;
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            int cell = stack[--sp];
            double m = mass[cell];
            int kind = content[cell];
            if (m == 0 || kind == i) {
                continue;
            }
            double dx = x - sumX[cell] / m;
            double dy = y - sumY[cell] / m;
            double d2 = dx * dx + dy * dy;
            if (kind == INTERNAL && cellSize[cell] * cellSize[cell] >= theta2 * d2) {
                if (sp + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                int first = firstChild[cell];
                stack[sp++] = first;
                stack[sp++] = first + 1;
                stack[sp++] = first + 2;
                stack[sp++] = first + 3;
                continue;
            }
            if (d2 < 1e-18) {
                continue; // a bucket of coincident points that holds i itself
            }
            double f = m * kk / d2;
            fx += dx * f;
            fy += dy * f;
        }
        force[0] += fx * pw[i];
        force[1] += fy * pw[i];
    }
}
