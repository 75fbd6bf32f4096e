package org.sourceline.query;

/** Searches and copies in sorted primitive arrays, shared by the indexes and the highlight runs. */
public final class SortedArrays {
    private SortedArrays() {
    }

    /** The distinct values of {@code values}, ascending (the argument is left as it is). */
    public static long[] distinct(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, n);
    }

    /** First position in a sorted array whose value is at least {@code value} (its length when none is). */
    public static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A sorted array without one occurrence of each of {@code removed} and with {@code inserted}
     * added, still sorted: array copies around binary searches, for indexes kept up to date after
     * an edit. Every removed value must occur.
     */
    public static long[] update(long[] sorted, long[] removed, long[] inserted) {
        long[] out = sorted;
        if (removed.length > 0) {
            long[] gone = removed.clone();
            java.util.Arrays.sort(gone);
            out = new long[sorted.length - gone.length];
            int from = 0;
            int k = 0;
            int searchFrom = 0;
            for (long value : gone) {
                int at = lowerBound(sorted, value, searchFrom);
                if (at >= sorted.length || sorted[at] != value) {
                    throw new IllegalArgumentException("value " + value + " is not in the array");
                }
                System.arraycopy(sorted, from, out, k, at - from);
                k += at - from;
                from = at + 1;
                searchFrom = at + 1;
            }
            System.arraycopy(sorted, from, out, k, sorted.length - from);
        }
        if (inserted.length > 0) {
            long[] added = inserted.clone();
            java.util.Arrays.sort(added);
            long[] merged = new long[out.length + added.length];
            int k = 0;
            int from = 0;
            for (long value : added) {
                int at = lowerBound(out, value, from);
                System.arraycopy(out, from, merged, k, at - from);
                k += at - from;
                merged[k++] = value;
                from = at;
            }
            System.arraycopy(out, from, merged, k, out.length - from);
            out = merged;
        }
        return out == sorted ? sorted.clone() : out;
    }

    private static int lowerBound(long[] sorted, long value, int from) {
        int lo = from;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Copies {@code length} ints, adding {@code shift} to each (a plain array copy when it is 0). */
    public static void shiftedCopy(int[] from, int fromPos, int[] to, int toPos, int length, int shift) {
        if (shift == 0) {
            System.arraycopy(from, fromPos, to, toPos, length);
        } else {
            for (int i = 0; i < length; i++) {
                to[toPos + i] = from[fromPos + i] + shift;
            }
        }
    }
}
