package org.sourceline.text;

/** Binary searches over ascending int arrays (run ends, block ends, match starts). */
final class SortedInts {
    private SortedInts() {
    }

    /** The first index whose value is greater than {@code value}, or {@code values.length}. */
    static int firstGreaterThan(int[] values, int value) {
        return value == Integer.MAX_VALUE ? values.length : firstAtLeast(values, value + 1);
    }

    /** The first index whose value is at least {@code value}, or {@code values.length}. */
    static int firstAtLeast(int[] values, int value) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
