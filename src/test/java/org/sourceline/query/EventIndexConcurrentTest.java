package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;

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
        Dataset dataset = TestDatasets.random(5_000, 10, seed);
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
