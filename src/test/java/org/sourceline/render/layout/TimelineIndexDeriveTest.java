package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.RandomEdits;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** A timeline index derived after edits, undos and redos draws exactly what one built from scratch draws. */
class TimelineIndexDeriveTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void derivedTimelineIndexesEqualBuiltOnes(long seed) {
        Dataset start = TestDatasets.random(400, 10, seed);
        RandomEdits walk = new RandomEdits(start, seed * 31);
        EventIndex events = EventIndex.of(start);
        TimelineIndex timeline = TimelineIndex.of(events);
        Random ranges = new Random(seed);
        for (int i = 0; i < 50; i++) {
            RandomEdits.Step step = walk.next();
            EventIndex nextEvents = events.derive(step.after(), step.diff());
            TimelineIndex derived = timeline.derive(nextEvents, step.diff());
            TimelineIndex built = TimelineIndex.of(EventIndex.of(step.after()));
            String what = "step " + i + ": " + step.what();
            int n = built.events().size();
            for (int e = 0; e < n; e++) {
                assertThat(derived.anchor(e)).as(what).isEqualTo(built.anchor(e));
            }
            for (int a = 0; a < built.events().actorCount(); a++) {
                assertThat(derived.laneEvents(a)).as(what + ", lane " + a).isEqualTo(built.laneEvents(a));
                assertThat(derived.laneAnchors(a)).as(what).isEqualTo(built.laneAnchors(a));
                assertThat(derived.laneLongEvents(a)).as(what).isEqualTo(built.laneLongEvents(a));
            }
            assertThat(derived.globalLongEvents()).as(what).isEqualTo(built.globalLongEvents());
            assertThat(derived.globalOrder()).as(what).isEqualTo(built.globalOrder());
            assertThat(derived.globalAnchors()).as(what).isEqualTo(built.globalAnchors());
            assertThat(derived.domainStart()).isEqualTo(built.domainStart());
            assertThat(derived.domainEnd()).isEqualTo(built.domainEnd());
            assertThat(derived.maxShortReach()).isEqualTo(built.maxShortReach());
            TimelineIndex.Visible shownDerived = derived.visible(new FilterEngine(nextEvents).apply(EventFilter.NONE));
            TimelineIndex.Visible shownBuilt = built.visible(new FilterEngine(built.events()).apply(EventFilter.NONE));
            for (int r = 0; r < 20; r++) {
                long from = Days.of(1994, 1, 1) + ranges.nextInt(14_000);
                long to = from + ranges.nextInt(3_000);
                assertThat(shownDerived.overlapCount(from, to)).as(what).isEqualTo(shownBuilt.overlapCount(from, to));
            }
            events = nextEvents;
            timeline = derived;
        }
    }
}
