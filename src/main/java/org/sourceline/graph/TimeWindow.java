package org.sourceline.graph;

import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;

/**
 * The days the relationship graph looks at, for "relations as they stood over time": an event
 * counts when its span [earliest, latest] shares at least one day with [from, to] (both
 * inclusive), so an event known only as "2022" still counts in a window on March 2022.
 *
 * @param from first day (epoch day), or {@link Days#OPEN_START}
 * @param to   last day, inclusive, or {@link Days#OPEN_END}
 */
public record TimeWindow(long from, long to) {
    /** No restriction: every event, open-ended ones included. */
    public static final TimeWindow ALL = new TimeWindow(Days.OPEN_START, Days.OPEN_END);

    public TimeWindow {
        if (from > to) {
            throw new IllegalArgumentException("the time window starts after it ends");
        }
    }

    public boolean isAll() {
        return from == Days.OPEN_START && to == Days.OPEN_END;
    }

    /** True when an event spanning [earliest, latest] falls in the window. */
    public boolean overlaps(long earliest, long latest) {
        return earliest <= to && latest >= from;
    }

    /**
     * The finite days a time slider should span for this index: from the earliest known day to
     * the latest known day over all events (open ends do not count, their known end does).
     * Returns null when no event has a known day.
     */
    public static TimeWindow extentOf(EventIndex index) {
        EventIndex.Totals totals = index.totals();
        return totals.hasKnownDays() ? new TimeWindow(totals.earliestKnownDay(), totals.latestKnownDay()) : null;
    }

    /** "2022-01-01 – 2023-01-31", or "all time". */
    public String describe() {
        return isAll() ? "all time" : Days.format(from) + " – " + Days.format(to);
    }
}
