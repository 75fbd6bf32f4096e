package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.snapshot.SnapshotColumns;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** A timeline index read back from a snapshot's columns draws what the built one draws; columns that do not fit give none. */
class TimelineIndexColumnsTest {
    @Test
    void fromColumnsEqualsTheBuiltIndex() {
        EventIndex events = EventIndex.of(TestDatasets.random(3_000, 20, 11));
        TimelineIndex built = TimelineIndex.of(events);
        SnapshotColumns columns = new SnapshotColumns();
        built.putColumns(columns);
        TimelineIndex read = TimelineIndex.fromColumns(events, columns);
        assertThat(read).isNotNull();
        assertThat(read.events()).isSameAs(events);
        for (int e = 0; e < events.size(); e++) {
            assertThat(read.anchor(e)).isEqualTo(built.anchor(e));
        }
        for (int a = 0; a < events.actorCount(); a++) {
            assertThat(read.laneEvents(a)).isEqualTo(built.laneEvents(a));
            assertThat(read.laneAnchors(a)).isEqualTo(built.laneAnchors(a));
            assertThat(read.laneLongEvents(a)).isEqualTo(built.laneLongEvents(a));
        }
        assertThat(read.globalOrder()).isEqualTo(built.globalOrder());
        assertThat(read.globalAnchors()).isEqualTo(built.globalAnchors());
        assertThat(read.globalLongEvents()).isEqualTo(built.globalLongEvents());
        assertThat(read.domainStart()).isEqualTo(built.domainStart());
        assertThat(read.domainEnd()).isEqualTo(built.domainEnd());
        assertThat(read.maxShortReach()).isEqualTo(built.maxShortReach());
        TimelineIndex.Visible shownRead = read.visible(new FilterEngine(events).apply(EventFilter.NONE));
        TimelineIndex.Visible shownBuilt = built.visible(new FilterEngine(events).apply(EventFilter.NONE));
        Random ranges = new Random(11);
        for (int r = 0; r < 200; r++) {
            long from = Days.of(1994, 1, 1) + ranges.nextInt(14_000);
            long to = from + ranges.nextInt(3_000);
            assertThat(shownRead.overlapCount(from, to)).isEqualTo(shownBuilt.overlapCount(from, to));
        }
    }

    @Test
    void columnsThatDoNotFitGiveNoIndex() {
        EventIndex events = EventIndex.of(TestDatasets.random(800, 12, 4));
        TimelineIndex built = TimelineIndex.of(events);
        assertThat(TimelineIndex.fromColumns(events, new SnapshotColumns())).isNull();
        SnapshotColumns columns = new SnapshotColumns();
        built.putColumns(columns);
        assertThat(TimelineIndex.fromColumns(EventIndex.of(TestDatasets.random(801, 12, 4)), columns)).isNull();
        columns.put("timeline.byLatest", new int[] {1, 2});
        assertThat(TimelineIndex.fromColumns(events, columns)).isNull();
        SnapshotColumns outOfRange = new SnapshotColumns();
        built.putColumns(outOfRange);
        int[][] lanes = new int[events.actorCount()][];
        long[][] anchors = new long[events.actorCount()][];
        for (int a = 0; a < lanes.length; a++) {
            lanes[a] = built.laneEvents(a);
            anchors[a] = built.laneAnchors(a);
        }
        lanes[0] = lanes[0].clone();
        if (lanes[0].length > 0) {
            lanes[0][0] = 800;
        } else {
            lanes[0] = new int[] {800};
        }
        anchors[0] = new long[lanes[0].length];
        outOfRange.put("timeline.laneEvents", lanes).put("timeline.laneAnchors", anchors);
        assertThat(TimelineIndex.fromColumns(events, outOfRange)).isNull();
    }
}
