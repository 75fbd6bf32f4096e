package org.sourceline.ui.filter;

import java.util.List;
import java.util.function.Predicate;
import org.controlsfx.control.CheckListView;

/** Check marks of a {@link CheckListView} set in bulk. */
final class CheckMarks {
    private CheckMarks() {
    }

    /**
     * Checks the items that pass {@code checked}, by position and in one change: checking them
     * one by one looks each up with {@code indexOf} (an {@code equals} per item before it), which
     * for thousands of actors costs a noticeable part of opening a big dataset.
     */
    static <T> void checkWhere(CheckListView<T> list, Predicate<T> checked) {
        List<T> items = list.getItems();
        int[] positions = new int[items.size()];
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (checked.test(items.get(i))) {
                positions[n++] = i;
            }
        }
        if (n > 0) {
            list.getCheckModel().checkIndices(java.util.Arrays.copyOf(positions, n));
        }
    }
}
