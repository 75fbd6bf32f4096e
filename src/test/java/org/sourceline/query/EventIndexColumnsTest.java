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

    /**
     * A snapshot's events are decoded after the first frame: an index from columns, and filtering
     * with it, ask for no event; looking one up by identity afterwards works as in a built index.
     */
    @Test
    void fromColumnsAndFilteringTouchNoEvent() {
        Dataset dataset = TestDatasets.random(3_000, 25, 4);
        EventIndex built = EventIndex.of(dataset);
        SnapshotColumns columns = new SnapshotColumns();
        built.putColumns(columns);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<org.sourceline.model.Event> counting = new CountingEvents(dataset.events(), asked);
        Dataset lazy = Dataset.holding(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(),
                counting, dataset.eras());
        EventIndex read = EventIndex.fromColumns(lazy, columns);
        assertThat(read).isNotNull();
        FilterResult all = new FilterEngine(read).apply(EventFilter.NONE);
        assertThat(all.visibleCount()).isEqualTo(3_000);
        assertThat(all.visibleInTimeOrder()).isEqualTo(built.timeOrder());
        assertThat(asked.get()).as("events asked for").isZero();
        assertThat(read.indexOf(dataset.events().get(1_717))).isEqualTo(1_717);
        assertThat(read.indexOf(TestDatasets.random(10, 2, 9).events().get(0))).isEqualTo(-1);
    }

    /** A list that counts what is asked of it, as a snapshot's lazily decoded events would be. */
    private static final class CountingEvents extends java.util.AbstractList<org.sourceline.model.Event>
            implements java.util.RandomAccess {
        private final java.util.List<org.sourceline.model.Event> events;
        private final java.util.concurrent.atomic.AtomicInteger asked;

        CountingEvents(java.util.List<org.sourceline.model.Event> events, java.util.concurrent.atomic.AtomicInteger asked) {
            this.events = events;
            this.asked = asked;
        }

        @Override
        public org.sourceline.model.Event get(int index) {
            asked.incrementAndGet();
            return events.get(index);
        }

        @Override
        public int size() {
            return events.size();
        }
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
