package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedArraysTest {
    @Test
    void lowerBoundIsTheFirstPositionNotBelowTheValue() {
        long[] sorted = {1, 3, 3, 3, 7};
        assertThat(SortedArrays.lowerBound(sorted, 0)).isZero();
        assertThat(SortedArrays.lowerBound(sorted, 3)).isEqualTo(1);
        assertThat(SortedArrays.lowerBound(sorted, 4)).isEqualTo(4);
        assertThat(SortedArrays.lowerBound(sorted, 8)).isEqualTo(5);
        assertThat(SortedArrays.lowerBound(new long[0], 8)).isZero();
    }

    @Test
    void distinctKeepsEachValueOnceInOrder() {
        assertThat(SortedArrays.distinct(new long[] {Long.MIN_VALUE, 1, 1, 3, 3, 3, 7, Long.MAX_VALUE}))
                .containsExactly(Long.MIN_VALUE, 1, 3, 7, Long.MAX_VALUE);
        long[] already = {2, 5};
        assertThat(SortedArrays.distinct(already)).containsExactly(2, 5);
        assertThat(SortedArrays.distinct(new long[0])).isEmpty();
        assertThat(SortedArrays.distinct(new long[] {4, 4, 4})).containsExactly(4);
    }

    @Test
    void agreesWithALinearScanOnRandomArrays() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            long[] values = random.longs(random.nextInt(40), -20, 20).toArray();
            Arrays.sort(values);
            long probe = random.nextInt(50) - 25;
            int expected = 0;
            while (expected < values.length && values[expected] < probe) {
                expected++;
            }
            assertThat(SortedArrays.lowerBound(values, probe)).isEqualTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void distinctSortsAndDropsRepeats() {
        long[] values = {5, -1, 5, 3, Long.MIN_VALUE, 3, 3};
        assertThat(SortedArrays.distinct(values)).containsExactly(Long.MIN_VALUE, -1, 3, 5);
        assertThat(values).containsExactly(5, -1, 5, 3, Long.MIN_VALUE, 3, 3);
        assertThat(SortedArrays.distinct(new long[0])).isEmpty();
    }
}
