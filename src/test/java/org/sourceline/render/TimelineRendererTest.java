package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventIndex;

/** What the timeline says in place of its lanes when it has none; where an era's name goes. */
class TimelineRendererTest {
    @Test
    void anEmptyLaneAreaSaysWhetherTheDatasetHasNoEventsOrTheFiltersLetNoneThrough() {
        Dataset bundled = DatasetReader.loadBundled();
        Dataset empty = new Dataset("New", null, bundled.article(), List.of(), List.of());
        assertThat(TimelineRenderer.emptyMessage(EventIndex.of(empty))).isEqualTo("No events yet");
        assertThat(TimelineRenderer.emptyMessage(EventIndex.of(bundled))).isEqualTo("No events match the filters");
    }

    @Test
    void anErasNameMovesPastTheRoleMarksItWouldTouchAndNoFurther() {
        double c = TimelineRenderer.ERA_TITLE_CLEARANCE;
        // no marks, or marks well clear on either side: the name stays where it starts
        assertThat(TimelineRenderer.clearOf(new double[0], 104, 80)).isEqualTo(104);
        assertThat(TimelineRenderer.clearOf(new double[] {50, 300}, 104, 80)).isEqualTo(104);
        // a mark at the era's left edge (an open start): the name starts after it
        assertThat(TimelineRenderer.clearOf(new double[] {100}, 104, 80)).isEqualTo(100 + c);
        // marks one after another, each in the way of the moved name: past them all
        assertThat(TimelineRenderer.clearOf(new double[] {100, 150, 240}, 104, 80)).isEqualTo(240 + c);
        // a gap wide enough between two marks: the name fits there
        assertThat(TimelineRenderer.clearOf(new double[] {100, 200}, 104, 80)).isEqualTo(100 + c);
    }
}
