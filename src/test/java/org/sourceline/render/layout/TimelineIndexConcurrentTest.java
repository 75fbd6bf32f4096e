package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.TestDatasets;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** A timeline index whose range orders were sorted on another thread (big datasets) is the one built on one thread. */
class TimelineIndexConcurrentTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void concurrentBuildEqualsSequentialBuild(long seed) {
        EventIndex events = EventIndex.of(TestDatasets.random(5_000, 30, seed));
        TimelineIndex sequential = TimelineIndex.of(events, false);
        TimelineIndex concurrent = TimelineIndex.of(events, true);
        for (int a = 0; a < events.actorCount(); a++) {
            assertThat(concurrent.laneEvents(a)).isEqualTo(sequential.laneEvents(a));
            assertThat(concurrent.laneAnchors(a)).isEqualTo(sequential.laneAnchors(a));
            assertThat(concurrent.laneLongEvents(a)).isEqualTo(sequential.laneLongEvents(a));
        }
        assertThat(concurrent.globalOrder()).isEqualTo(sequential.globalOrder());
        assertThat(concurrent.globalAnchors()).isEqualTo(sequential.globalAnchors());
        assertThat(concurrent.globalLongEvents()).isEqualTo(sequential.globalLongEvents());
        TimelineIndex.Visible shownConcurrent = concurrent.visible(new FilterEngine(events).apply(EventFilter.NONE));
        TimelineIndex.Visible shownSequential = sequential.visible(new FilterEngine(events).apply(EventFilter.NONE));
        Random ranges = new Random(seed);
        for (int r = 0; r < 200; r++) {
            long from = Days.of(1994, 1, 1) + ranges.nextInt(14_000);
            long to = from + ranges.nextInt(3_000);
            assertThat(shownConcurrent.overlapCount(from, to)).isEqualTo(shownSequential.overlapCount(from, to));
        }
    }
}
