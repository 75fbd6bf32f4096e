package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourceline.model.DatasetDiff;

class DatasetDiffTest {
    @Test
    void mapsPositionsBothWays() {
        // old: a b c d e → remove b and d, insert x at 0 and y at 3: x a c y e
        DatasetDiff diff = new DatasetDiff(new int[] {1, 3}, new int[] {0, 3}, new int[0], new int[0], false, false);
        assertThat(diff.newToOldEvents(5)).containsExactly(-1, 0, 2, -1, 4);
        assertThat(diff.oldToNewEvents(5)).containsExactly(1, -1, 2, -1, 4);
        DatasetDiff back = diff.inverse();
        assertThat(back.newToOldEvents(5)).containsExactly(1, -1, 2, -1, 4);
        assertThat(diff.keepsEventPositions(5)).isFalse();
        assertThat(DatasetDiff.eventChanged(2).keepsEventPositions(5)).isTrue();
        DatasetDiff append = new DatasetDiff(new int[0], new int[] {5}, new int[0], new int[0], false, false);
        assertThat(append.keepsEventPositions(5)).isTrue();
        assertThat(append.inverse().keepsEventPositions(6)).isTrue();
    }

    @Test
    void composesTwoSteps() {
        // a b c → (append d) a b c d → (remove a) b c d
        DatasetDiff first = new DatasetDiff(new int[0], new int[] {3}, new int[0], new int[0], false, false);
        DatasetDiff second = new DatasetDiff(new int[] {0}, new int[0], new int[0], new int[0], false, false);
        DatasetDiff both = EditSequence.compose(first, second, 3, 0);
        assertThat(both.removedEvents()).containsExactly(0);
        assertThat(both.insertedEvents()).containsExactly(2);
        assertThat(both.newToOldEvents(3)).containsExactly(1, 2, -1);
    }
}
