package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;

class TimelineIndexTest {
    /** A filter that hides events, and none (every event visible: counts of positions, no prefix sums). */
    static java.util.stream.Stream<EventFilter> filters() {
        return java.util.stream.Stream.of(EventFilter.NONE.withActors(Set.of("a1", "a2", "a3")), EventFilter.NONE);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("filters")
    void laneCountsMatchABruteForceCount(EventFilter filter) {
        EventIndex index = EventIndex.of(TestDatasets.random(5000, 12, 7));
        TimelineIndex timeline = TimelineIndex.of(index);
        FilterResult result = new FilterEngine(index).apply(filter);
        TimelineIndex.Visible visible = timeline.visible(result);
        for (int a = 0; a < 12; a++) {
            int shown = 0;
            for (int e : index.eventsOf(a)) {
                shown += result.isVisible(e) ? 1 : 0;
            }
            assertThat(visible.laneTotal(a)).isEqualTo(shown);
        }
        Random random = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            int a = random.nextInt(12);
            long from = Days.of(1990, 1, 1) + random.nextInt(15000);
            long to = from + random.nextInt(3000);
            int expected = 0;
            for (int e : index.eventsOf(a)) {
                long anchor = timeline.anchor(e);
                if (result.isVisible(e) && anchor >= from && anchor < to) {
                    expected++;
                }
            }
            assertThat(visible.laneCount(a, from, to)).isEqualTo(expected);
        }
        int total = 0;
        for (int e = 0; e < index.size(); e++) {
            total += result.isVisible(e) ? 1 : 0;
        }
        assertThat(visible.globalCount(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(total);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("filters")
    void overlapAndThroughCountsAreExact(EventFilter filter) {
        EventIndex index = EventIndex.of(TestDatasets.random(4000, 5, 9));
        TimelineIndex timeline = TimelineIndex.of(index);
        FilterResult result = new FilterEngine(index).apply(filter);
        TimelineIndex.Visible visible = timeline.visible(result);
        Random random = new Random(2);
        for (int trial = 0; trial < 300; trial++) {
            long from = Days.of(1985, 1, 1) + random.nextInt(17000);
            long to = from + 1 + random.nextInt(trial % 2 == 0 ? 30 : 5000);
            int overlap = 0;
            int through = 0;
            for (int e = 0; e < index.size(); e++) {
                if (!result.isVisible(e)) {
                    continue;
                }
                if (index.earliest(e) < to && index.latest(e) >= from) {
                    overlap++;
                }
                boolean isLong = Days.isOpen(index.earliest(e)) || Days.isOpen(index.latest(e))
                        || index.latest(e) - index.earliest(e) > TimelineIndex.LONG_SPAN_DAYS;
                if (isLong && index.earliest(e) < from && index.latest(e) >= to) {
                    through++;
                }
            }
            assertThat(visible.overlapCount(from, to)).isEqualTo(overlap);
            assertThat(visible.longThroughCount(from, to)).isEqualTo(through);
        }
    }

    @Test
    void lanesAreSortedByAnchor() {
        EventIndex index = EventIndex.of(TestDatasets.random(20_000, 2, 3));
        TimelineIndex timeline = TimelineIndex.of(index);
        for (int a = 0; a < 2; a++) {
            long[] anchors = timeline.laneAnchors(a);
            for (int i = 1; i < anchors.length; i++) {
                assertThat(anchors[i]).isGreaterThanOrEqualTo(anchors[i - 1]);
            }
            assertThat(anchors).hasSize(index.eventsOf(a).length);
        }
    }

    @Test
    void anchorIsTheKnownStartOrElseTheEnd() {
        assertThat(TimelineIndex.anchorOf(10, 20)).isEqualTo(10);
        assertThat(TimelineIndex.anchorOf(Days.OPEN_START, 20)).isEqualTo(20);
        assertThat(TimelineIndex.anchorOf(10, Days.OPEN_END)).isEqualTo(10);
    }

    @Test
    void focusOnTheBundledDatasetIsTheCrowdedMonths() {
        TimelineIndex timeline = TimelineIndex.of(EventIndex.of(DatasetReader.loadBundled()));
        double[] focus = timeline.focusRange();
        // Late 2022 and January 2023 are in the first view; the "for decades" and 2021 ends are not needed.
        assertThat(focus[0]).isLessThanOrEqualTo(Days.of(2022, 9, 22)).isGreaterThan(Days.of(2022, 3, 1));
        assertThat(focus[1]).isGreaterThanOrEqualTo(Days.of(2023, 2, 1)).isLessThan(Days.of(2023, 8, 1));
        double[] all = timeline.fitRange();
        assertThat(all[0]).isLessThan(Days.of(2022, 1, 1));
        assertThat(all[1]).isGreaterThan(Days.of(2023, 1, 31));
    }
}
