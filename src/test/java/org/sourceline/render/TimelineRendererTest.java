package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventIndex;

/** What the timeline says in place of its lanes when it has none. */
class TimelineRendererTest {
    @Test
    void anEmptyLaneAreaSaysWhetherTheDatasetHasNoEventsOrTheFiltersLetNoneThrough() {
        Dataset bundled = DatasetReader.loadBundled();
        Dataset empty = new Dataset("New", null, bundled.article(), List.of(), List.of());
        assertThat(TimelineRenderer.emptyMessage(EventIndex.of(empty))).isEqualTo("No events yet");
        assertThat(TimelineRenderer.emptyMessage(EventIndex.of(bundled))).isEqualTo("No events match the filters");
    }
}
