package org.sourceline.text;

/** Binary searches over ascending int arrays (run ends, block ends, match starts). */
final class SortedInts {
    private SortedInts() {
    }

    /** The first index whose value is greater than {@code value}, or {@code values.length}. */
    static int firstGreaterThan(int[] values, int value) {
        return value == Integer.MAX_VALUE ? values.length : firstAtLeast(values, value + 1);
    }

    /** The first index in {@code [from, to)} whose value is greater than {@code value}, or {@code to}. */
    static int firstGreaterThan(int[] values, int from, int to, int value) {
        return value == Integer.MAX_VALUE ? to : firstAtLeast(values, from, to, value + 1);
    }

    /** The first index whose value is at least {@code value}, or {@code values.length}. */
    static int firstAtLeast(int[] values, int value) {
        return firstAtLeast(values, 0, values.length, value);
    }

    /** The first index in {@code [from, to)} whose value is at least {@code value}, or {@code to}. */
    static int firstAtLeast(int[] values, int from, int to, int value) {
        int lo = from;
        int hi = to;
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
