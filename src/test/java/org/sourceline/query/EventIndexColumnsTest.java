package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.TestDatasets;
import org.sourceline.data.snapshot.SnapshotColumns;
import org.sourceline.model.Dataset;

/** An index read back from the columns a snapshot keeps is the index built; columns that do not fit give none. */
class EventIndexColumnsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void fromColumnsEqualsTheBuiltIndex(long seed) {
        Dataset dataset = TestDatasets.random(2_000, 25, seed);
        EventIndex built = EventIndex.of(dataset);
        SnapshotColumns columns = new SnapshotColumns();
        built.putColumns(columns);
        EventIndex read = EventIndex.fromColumns(dataset, columns);
        assertThat(read).isNotNull();
        EventIndexDeriveTest.assertSameIndex(read, built, "seed " + seed);
        for (int e = 0; e < built.size(); e++) {
            assertThat(read.sourceCount(e)).isEqualTo(built.sourceCount(e));
            assertThat(read.isDisputed(e)).isEqualTo(built.isDisputed(e));
            assertThat(read.outletEnd(e) - read.outletStart(e)).isEqualTo(built.outletEnd(e) - built.outletStart(e));
        }
        for (int a = 0; a < dataset.articles().size(); a++) {
            assertThat(read.eventsCiting(a)).isEqualTo(built.eventsCiting(a));
            assertThat(read.indexOfArticle(dataset.articles().get(a).id())).isEqualTo(a);
        }
        EventFilter filter = EventFilter.NONE.withText("a").withMinSources(1);
        assertThat(new FilterEngine(read).apply(filter).visibleBits())
                .isEqualTo(new FilterEngine(built).apply(filter).visibleBits());
    }

    @Test
    void columnsThatDoNotFitTheDatasetGiveNoIndex() {
        Dataset dataset = TestDatasets.random(500, 10, 7);
        EventIndex built = EventIndex.of(dataset);
        assertThat(EventIndex.fromColumns(dataset, new SnapshotColumns())).as("no columns").isNull();

        SnapshotColumns columns = new SnapshotColumns();
        built.putColumns(columns);
        assertThat(EventIndex.fromColumns(TestDatasets.random(501, 10, 7), columns)).as("another size").isNull();

        int[] order = built.timeOrder().clone();
        order[0] = order[1];
        assertThat(EventIndex.fromColumns(dataset, copy(built).put("events.timeOrder", order))).as("not a permutation").isNull();

        int[][] lanes = new int[built.actorCount()][];
        for (int a = 0; a < lanes.length; a++) {
            lanes[a] = built.eventsOf(a);
        }
        lanes[3] = new int[] {500};
        assertThat(EventIndex.fromColumns(dataset, copy(built).put("events.eventsOfActor", lanes))).as("event out of range").isNull();
        assertThat(EventIndex.fromColumns(dataset, copy(built).put("events.type", new byte[500])))
                .as("still fits").isNotNull();
        byte[] types = new byte[500];
        types[9] = 100;
        assertThat(EventIndex.fromColumns(dataset, copy(built).put("events.type", types))).as("no such type").isNull();
        assertThat(EventIndex.fromColumns(dataset, copy(built).put("events.latest", new int[500]))).as("wrong kind").isNull();
    }

    private static SnapshotColumns copy(EventIndex index) {
        SnapshotColumns columns = new SnapshotColumns();
        index.putColumns(columns);
        return columns;
    }
}
