package org.sourceline.query;

import java.util.BitSet;

/**
 * The events a filter lets through, with the counts the filter panel shows. Each facet's counts
 * apply every <em>other</em> filter, so they say what checking that box would add.
 */
public final class FilterResult {
    private final EventIndex index;
    private final EventFilter filter;
    private final BitSet visible;
    private final int visibleCount;
    private final int[] actorCounts;
    private final int[] typeCounts;
    private final int[] certaintyCounts;

    FilterResult(EventIndex index, EventFilter filter, BitSet visible, int visibleCount, int[] actorCounts,
                 int[] typeCounts, int[] certaintyCounts) {
        this.index = index;
        this.filter = filter;
        this.visible = visible;
        this.visibleCount = visibleCount;
        this.actorCounts = actorCounts;
        this.typeCounts = typeCounts;
        this.certaintyCounts = certaintyCounts;
    }

    public EventIndex index() {
        return index;
    }

    public EventFilter filter() {
        return filter;
    }

    public boolean isVisible(int event) {
        return visible.get(event);
    }

    /** The visible events as bits over event positions; do not modify. */
    public BitSet visibleBits() {
        return visible;
    }

    public int visibleCount() {
        return visibleCount;
    }

    public int totalCount() {
        return index.size();
    }

    /** Events of an actor that pass the type, certainty, time and text filters. */
    public int actorCount(int actor) {
        return actorCounts[actor];
    }

    /** Events of a type (by ordinal) that pass the actor, certainty, time and text filters. */
    public int typeCount(int typeOrdinal) {
        return typeCounts[typeOrdinal];
    }

    /** Events of a certainty level (by ordinal) that pass the actor, type, time and text filters. */
    public int certaintyCount(int levelOrdinal) {
        return certaintyCounts[levelOrdinal];
    }

    /** Visible events in time order. */
    public int[] visibleInTimeOrder() {
        int[] out = new int[visibleCount];
        int k = 0;
        for (int e : index.timeOrder()) {
            if (visible.get(e)) {
                out[k++] = e;
            }
        }
        return out;
    }
}
