package org.sourceline.query;

import java.util.Arrays;

/**
 * Keeping an order of positions (events sorted by a key, ties by position) up to date after an
 * edit without sorting again. When the edit moved no event (it changed, added or removed events
 * only in place or at the end), the few removed entries are found by binary search and the few
 * new ones inserted where a binary search puts them: array copies plus k log n comparisons. When
 * it moved events, every kept position is renumbered (which keeps their order, since renumbering
 * keeps the order of positions) and the new ones are merged in: linear.
 */
public final class PositionOrders {
    /** Compares two positions by the order's key, ties by position. */
    @FunctionalInterface
    public interface PositionComparator {
        int compare(int a, int b);
    }

    private PositionOrders() {
    }

    /**
     * @param order     the old order (old positions)
     * @param removed   old positions that are gone, ascending
     * @param byOld     the order of old positions
     * @param oldToNew  each old position's new position, or -1 when it is gone
     * @param kept      true when every kept position is unchanged ({@code oldToNew[o] == o})
     * @param inserted  the new positions to add, ascending
     * @param byNew     the order of new positions
     */
    public static int[] update(int[] order, int[] removed, PositionComparator byOld, int[] oldToNew, boolean kept,
                               int[] inserted, PositionComparator byNew) {
        int[] remaining;
        int length;
        if (kept) {
            int[] ranks = new int[removed.length];
            for (int i = 0; i < removed.length; i++) {
                ranks[i] = find(order, order.length, removed[i], byOld);
            }
            Arrays.sort(ranks);
            remaining = new int[order.length - removed.length + inserted.length];
            length = 0;
            int from = 0;
            for (int rank : ranks) {
                System.arraycopy(order, from, remaining, length, rank - from);
                length += rank - from;
                from = rank + 1;
            }
            System.arraycopy(order, from, remaining, length, order.length - from);
            length += order.length - from;
        } else {
            remaining = new int[order.length - removed.length + inserted.length];
            length = 0;
            for (int o : order) {
                int p = oldToNew[o];
                if (p >= 0) {
                    remaining[length++] = p;
                }
            }
        }
        return insert(remaining, length, inserted, byNew);
    }

    /** Ascending positions renumbered and joined by {@code inserted} ones, as {@link #update} does. */
    public static int[] updateAscending(int[] positions, int[] removed, int[] oldToNew, boolean kept, int[] inserted) {
        return update(positions, removed, Integer::compare, oldToNew, kept, inserted, Integer::compare);
    }

    /** Where {@code position} is in the first {@code length} entries of an order (it must be there). */
    private static int find(int[] order, int length, int position, PositionComparator by) {
        int lo = 0;
        int hi = length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = by.compare(order[mid], position);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("position " + position + " is not in the order");
    }

    /** First index among the first {@code length} entries that comes after {@code position}. */
    private static int insertionPoint(int[] order, int from, int length, int position, PositionComparator by) {
        int lo = from;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (by.compare(order[mid], position) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Inserts the new positions into {@code order[0..length)} (which has room for them) in place. */
    private static int[] insert(int[] order, int length, int[] inserted, PositionComparator by) {
        if (inserted.length == 0) {
            return order.length == length ? order : Arrays.copyOf(order, length);
        }
        int[] sorted = sorted(inserted, by);
        // Fill from the back: each new position's slot is found by binary search among the kept ones.
        int end = length + sorted.length;
        int keptEnd = length;
        for (int i = sorted.length - 1; i >= 0; i--) {
            int at = insertionPoint(order, 0, keptEnd, sorted[i], by);
            int move = keptEnd - at;
            System.arraycopy(order, at, order, at + i + 1, move);
            order[at + i] = sorted[i];
            keptEnd = at;
        }
        return end == order.length ? order : Arrays.copyOf(order, end);
    }

    /** Positions sorted by the order. */
    public static int[] sorted(int[] positions, PositionComparator by) {
        Integer[] boxed = new Integer[positions.length];
        for (int i = 0; i < positions.length; i++) {
            boxed[i] = positions[i];
        }
        Arrays.sort(boxed, by::compare);
        int[] out = new int[boxed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
