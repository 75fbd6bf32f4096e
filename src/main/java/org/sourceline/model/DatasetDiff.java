package org.sourceline.model;

import java.util.Arrays;

/**
 * What changed from one version of a dataset to the next, by position: which events (and
 * actors) of the old lists were removed, and where the new lists have events (actors) the old
 * ones did not. An event that was changed is both: removed at its old position and inserted at
 * its new one. Everything else is the same object at a position that follows from these, so the
 * indexes of the old version can be brought up to date without looking at every event again.
 *
 * <p>The diff of an undo is the {@link #inverse()} of the edit's diff. Positions are ascending.
 */
public final class DatasetDiff {
    private static final int[] NONE_INTS = new int[0];
    /** Nothing changed. */
    public static final DatasetDiff NONE = new DatasetDiff(NONE_INTS, NONE_INTS, NONE_INTS, NONE_INTS, false, false);

    private final int[] removedEvents;
    private final int[] insertedEvents;
    private final int[] removedActors;
    private final int[] insertedActors;
    private final boolean articlesChanged;
    private final boolean headerChanged;
    /** The event mappings for the list size last asked about (a diff is used with one size). */
    private volatile Mappings events;
    private volatile Mappings actors;

    private record Mappings(int oldSize, int[] newToOld, int[] oldToNew, boolean keepsPositions) {
        static Mappings of(int[] removed, int[] inserted, int oldSize) {
            int[] newToOld = DatasetDiff.newToOld(removed, inserted, oldSize);
            int[] oldToNew = new int[oldSize];
            Arrays.fill(oldToNew, -1);
            boolean kept = true;
            for (int p = 0; p < newToOld.length; p++) {
                int o = newToOld[p];
                if (o >= 0) {
                    oldToNew[o] = p;
                    kept &= o == p;
                }
            }
            return new Mappings(oldSize, newToOld, oldToNew, kept);
        }
    }

    private Mappings events(int oldSize) {
        Mappings m = events;
        if (m == null || m.oldSize() != oldSize) {
            m = Mappings.of(removedEvents, insertedEvents, oldSize);
            events = m;
        }
        return m;
    }

    private Mappings actors(int oldSize) {
        Mappings m = actors;
        if (m == null || m.oldSize() != oldSize) {
            m = Mappings.of(removedActors, insertedActors, oldSize);
            actors = m;
        }
        return m;
    }

    /**
     * @param removedEvents   positions in the old event list that are gone (or replaced), ascending
     * @param insertedEvents  positions in the new event list that are new (or replacements), ascending
     * @param removedActors   positions in the old actor list, ascending
     * @param insertedActors  positions in the new actor list, ascending
     * @param articlesChanged whether any article (metadata or list) changed
     * @param headerChanged   whether the dataset's title, description or eras changed
     */
    public DatasetDiff(int[] removedEvents, int[] insertedEvents, int[] removedActors, int[] insertedActors,
                       boolean articlesChanged, boolean headerChanged) {
        this.removedEvents = ascending(removedEvents);
        this.insertedEvents = ascending(insertedEvents);
        this.removedActors = ascending(removedActors);
        this.insertedActors = ascending(insertedActors);
        this.articlesChanged = articlesChanged;
        this.headerChanged = headerChanged;
    }

    private static int[] ascending(int[] positions) {
        int[] copy = positions.clone();
        for (int i = 1; i < copy.length; i++) {
            if (copy[i] <= copy[i - 1]) {
                throw new IllegalArgumentException("positions must be ascending and distinct: " + Arrays.toString(copy));
            }
        }
        return copy;
    }

    /** One event replaced by a changed one at the same position. */
    public static DatasetDiff eventChanged(int position) {
        int[] at = {position};
        return new DatasetDiff(at, at, NONE_INTS, NONE_INTS, false, false);
    }

    public int[] removedEvents() {
        return removedEvents.clone();
    }

    public int[] insertedEvents() {
        return insertedEvents.clone();
    }

    public int[] removedActors() {
        return removedActors.clone();
    }

    public int[] insertedActors() {
        return insertedActors.clone();
    }

    public int removedEventCount() {
        return removedEvents.length;
    }

    public int insertedEventCount() {
        return insertedEvents.length;
    }

    public boolean actorsChanged() {
        return removedActors.length > 0 || insertedActors.length > 0;
    }

    public boolean eventsChanged() {
        return removedEvents.length > 0 || insertedEvents.length > 0;
    }

    public boolean articlesChanged() {
        return articlesChanged;
    }

    public boolean headerChanged() {
        return headerChanged;
    }

    /** True when every kept event keeps its position (nothing removed or inserted before it). */
    public boolean keepsEventPositions(int oldSize) {
        return events(oldSize).keepsPositions();
    }

    /** True when every kept actor keeps its position. */
    public boolean keepsActorPositions(int oldSize) {
        return actors(oldSize).keepsPositions();
    }

    /** The diff that turns the new version back into the old one. */
    public DatasetDiff inverse() {
        return new DatasetDiff(insertedEvents, removedEvents, insertedActors, removedActors, articlesChanged, headerChanged);
    }

    /** For each old event position, its new position, or -1 when it was removed. Do not modify. */
    public int[] oldToNewEvents(int oldSize) {
        return events(oldSize).oldToNew();
    }

    /** For each new event position, its old position, or -1 when it is inserted. Do not modify. */
    public int[] newToOldEvents(int oldSize) {
        return events(oldSize).newToOld();
    }

    /** For each old actor position, its new position, or -1 when it was removed. Do not modify. */
    public int[] oldToNewActors(int oldSize) {
        return actors(oldSize).oldToNew();
    }

    /** For each new actor position, its old position, or -1 when it is inserted. Do not modify. */
    public int[] newToOldActors(int oldSize) {
        return actors(oldSize).newToOld();
    }

    private static int[] newToOld(int[] removed, int[] inserted, int oldSize) {
        int newSize = oldSize - removed.length + inserted.length;
        if (newSize < 0 || (removed.length > 0 && removed[removed.length - 1] >= oldSize)
                || (inserted.length > 0 && inserted[inserted.length - 1] >= newSize)) {
            throw new IllegalArgumentException("diff does not fit a list of " + oldSize);
        }
        int[] map = new int[newSize];
        int r = 0;
        int i = 0;
        int old = 0;
        for (int p = 0; p < newSize; p++) {
            if (i < inserted.length && inserted[i] == p) {
                map[p] = -1;
                i++;
                continue;
            }
            while (r < removed.length && removed[r] == old) {
                r++;
                old++;
            }
            map[p] = old++;
        }
        return map;
    }

    @Override
    public String toString() {
        return "DatasetDiff[events -" + Arrays.toString(removedEvents) + " +" + Arrays.toString(insertedEvents)
                + ", actors -" + Arrays.toString(removedActors) + " +" + Arrays.toString(insertedActors)
                + (articlesChanged ? ", articles" : "") + (headerChanged ? ", header" : "") + "]";
    }
}
