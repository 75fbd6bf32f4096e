package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/** An index built with parts of it on another thread (big datasets) is the one built on one thread. */
class EventIndexConcurrentTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void concurrentBuildEqualsSequentialBuild(long seed) {
        Dataset dataset = TestDatasets.random(5_000, 40, seed);
        EventIndex sequential = EventIndex.of(dataset, false);
        EventIndex concurrent = EventIndex.of(dataset, true);
        EventIndexDeriveTest.assertSameIndex(concurrent, sequential, "seed " + seed);
        for (int a = 0; a < dataset.articles().size(); a++) {
            assertThat(concurrent.eventsCiting(a)).isEqualTo(sequential.eventsCiting(a));
        }
        for (int e = 0; e < sequential.size(); e++) {
            assertThat(concurrent.sourceCount(e)).isEqualTo(sequential.sourceCount(e));
            assertThat(concurrent.isDisputed(e)).isEqualTo(sequential.isDisputed(e));
            assertThat(concurrent.articleEnd(e) - concurrent.articleStart(e))
                    .isEqualTo(sequential.articleEnd(e) - sequential.articleStart(e));
            assertThat(concurrent.outletEnd(e) - concurrent.outletStart(e))
                    .isEqualTo(sequential.outletEnd(e) - sequential.outletStart(e));
        }
        EventFilter someSources = EventFilter.NONE.withArticles(java.util.Set.of(dataset.articles().get(0).id()))
                .withMinSources(1);
        assertThat(new FilterEngine(concurrent).apply(someSources).visibleBits())
                .isEqualTo(new FilterEngine(sequential).apply(someSources).visibleBits());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void timeOrderSortsByEarliestThenLatestThenPosition(long seed) {
        assertSortedByTime(TestDatasets.random(5_000, 10, seed));
    }

    /** Days too far apart for the order's packed day codes (the age of the universe): ranks instead. */
    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void timeOrderSortsDaysAgesApart(long seed) {
        Dataset random = TestDatasets.random(5_000, 10, seed);
        long bigBang = -5_040_000_000_000L;
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < random.events().size(); i++) {
            Event e = random.events().get(i);
            if (i % 7 == 3) {
                long day = bigBang + i % 3;
                e = new Event(e.id(), e.title(), e.summary(), new TimeSpan("-13800000000", null, day, day + i % 2,
                        Qualifier.EXACT, Qualifier.EXACT, null), e.type(), e.mode(), e.place(), e.sources(), e.targets(),
                        e.participants(), e.certainty(), e.evidence());
            }
            events.add(e);
        }
        assertSortedByTime(new Dataset(random.title(), random.description(), random.articles(), random.actors(), events,
                random.eras()));
    }

    private static void assertSortedByTime(Dataset dataset) {
        for (boolean concurrent : new boolean[] {false, true}) {
            EventIndex index = EventIndex.of(dataset, concurrent);
            int[] expected = IntStream.range(0, index.size()).boxed()
                    .sorted(Comparator.<Integer>comparingLong(index::earliest).thenComparingLong(index::latest)
                            .thenComparingInt(Integer::intValue))
                    .mapToInt(Integer::intValue).toArray();
            assertThat(index.timeOrder()).isEqualTo(expected);
        }
    }
}
