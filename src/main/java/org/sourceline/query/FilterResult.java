package org.sourceline.query;

import java.util.BitSet;

/**
 * The events a filter lets through, with the counts the filter panel shows. Each facet's counts
 * apply every <em>other</em> filter, so they say what checking that box would add.
 */
public final class FilterResult {
    /** Source counts are kept up to this many ({@link EventIndex#sourceCount} caps them there too). */
    public static final int SOURCE_COUNT_CAP = Byte.MAX_VALUE;

    private final EventIndex index;
    private final EventFilter filter;
    private final BitSet visible;
    private final int visibleCount;
    private final int[] actorCounts;
    private final int[] typeCounts;
    private final int[] certaintyCounts;
    private final int[] articleCounts;
    private final int[] outletCounts;
    private final int[] sourceCounts;
    private final int disputedCount;

    FilterResult(EventIndex index, EventFilter filter, BitSet visible, int visibleCount, int[] actorCounts,
                 int[] typeCounts, int[] certaintyCounts, int[] articleCounts, int[] outletCounts, int[] sourceCounts,
                 int disputedCount) {
        this.index = index;
        this.filter = filter;
        this.visible = visible;
        this.visibleCount = visibleCount;
        this.actorCounts = actorCounts;
        this.typeCounts = typeCounts;
        this.certaintyCounts = certaintyCounts;
        this.articleCounts = articleCounts;
        this.outletCounts = outletCounts;
        this.sourceCounts = sourceCounts;
        this.disputedCount = disputedCount;
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

    /** Events quoting an article (by position) that pass every filter but the article filter. */
    public int articleCount(int article) {
        return articleCounts[article];
    }

    /** Events quoting an article of an outlet (by position) that pass every filter but the outlet filter. */
    public int outletCount(int outlet) {
        return outletCounts[outlet];
    }

    /**
     * Events supported by at least {@code least} different articles that pass every filter but
     * the least-sources one.
     */
    public int atLeastSourcesCount(int least) {
        int n = 0;
        for (int k = Math.max(0, least); k <= SOURCE_COUNT_CAP; k++) {
            n += sourceCounts[k];
        }
        return n;
    }

    /** The most supporting sources any event has among those passing the other filters. */
    public int mostSources() {
        for (int k = SOURCE_COUNT_CAP; k > 0; k--) {
            if (sourceCounts[k] > 0) {
                return k;
            }
        }
        return 0;
    }

    /** Disputed events that pass every filter but "disputed only". */
    public int disputedCount() {
        return disputedCount;
    }

    int[] actorCountsCopy() {
        return actorCounts.clone();
    }

    int[] typeCountsCopy() {
        return typeCounts.clone();
    }

    int[] certaintyCountsCopy() {
        return certaintyCounts.clone();
    }

    int[] articleCountsCopy() {
        return articleCounts.clone();
    }

    int[] outletCountsCopy() {
        return outletCounts.clone();
    }

    int[] sourceCountsCopy() {
        return sourceCounts.clone();
    }

    /** Visible events in time order. */
    public int[] visibleInTimeOrder() {
        if (visibleCount == index.size()) {
            return index.timeOrder().clone(); // every event shown (no filter): a copy, not a pass
        }
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
