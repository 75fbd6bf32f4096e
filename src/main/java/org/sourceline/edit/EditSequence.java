package org.sourceline.edit;

import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;

/**
 * Several edits made as one step under one name, e.g. "Add New Actor “Iran” as Source": made
 * together, undone together. If one is refused, none is made.
 */
public final class EditSequence implements Edit {
    private final String name;
    private final List<Edit> edits;

    public EditSequence(String name, List<Edit> edits) {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one edit");
        }
        this.name = name;
        this.edits = List.copyOf(edits);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        Dataset current = dataset;
        DatasetDiff diff = null;
        String focus = null;
        for (Edit edit : edits) {
            // The lookup knows the first version only; later steps scan theirs.
            Applied step = current == dataset ? edit.apply(current, events) : edit.apply(current);
            diff = diff == null ? step.diff()
                    : compose(diff, step.diff(), dataset.events().size(), dataset.actors().size());
            if (step.focusEventId() != null) {
                focus = step.focusEventId();
            }
            current = step.dataset();
        }
        return new Applied(current, diff, focus);
    }

    /** The diff of {@code first} then {@code second}, from a version of the given sizes. */
    static DatasetDiff compose(DatasetDiff first, DatasetDiff second, int events, int actors) {
        int[][] e = compose(first.newToOldEvents(events), second.newToOldEvents(events - first.removedEventCount()
                + first.insertedEventCount()), events);
        int[] firstActors = first.newToOldActors(actors);
        int[][] a = compose(firstActors, second.newToOldActors(firstActors.length), actors);
        return new DatasetDiff(e[0], e[1], a[0], a[1], first.articlesChanged() || second.articlesChanged(),
                first.headerChanged() || second.headerChanged());
    }

    private static int[][] compose(int[] firstNewToOld, int[] secondNewToOld, int oldSize) {
        boolean[] kept = new boolean[oldSize];
        java.util.List<Integer> inserted = new java.util.ArrayList<>();
        for (int p = 0; p < secondNewToOld.length; p++) {
            int mid = secondNewToOld[p];
            int old = mid < 0 ? -1 : firstNewToOld[mid];
            if (old < 0) {
                inserted.add(p);
            } else {
                kept[old] = true;
            }
        }
        java.util.List<Integer> removed = new java.util.ArrayList<>();
        for (int p = 0; p < oldSize; p++) {
            if (!kept[p]) {
                removed.add(p);
            }
        }
        return new int[][] {Versions.positions(removed), Versions.positions(inserted)};
    }
}
