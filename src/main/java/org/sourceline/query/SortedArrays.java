package org.sourceline.query;

/** Searches in sorted primitive arrays, shared by the indexes. */
public final class SortedArrays {
    private SortedArrays() {
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
}
