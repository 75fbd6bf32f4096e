package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventIndex;
import org.sourceline.render.layout.TimeScaleMode;

/** The timeline's legend is built again only when what it shows changes, not for every version of a dataset. */
class TimelineRendererLegendTest {
    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.start();
    }

    @Test
    void anotherIndexShowingTheSameEntriesKeepsTheLegend() throws Exception {
        Dataset dataset = TestDatasets.random(300, 12, 7);
        EventIndex first = EventIndex.of(dataset);
        EventIndex next = EventIndex.of(dataset);
        FxToolkit.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer();
            TimelineRenderer.Legend legend = renderer.legendFor(first, TimeScaleMode.LINEAR);
            assertThat(renderer.legendFor(next, TimeScaleMode.LINEAR)).isSameAs(legend);
            // The gaps mode adds the break mark: another legend, taller or as tall at any width.
            TimelineRenderer.Legend gaps = renderer.legendFor(next, TimeScaleMode.GAPS);
            assertThat(gaps).isNotSameAs(legend);
            assertThat(gaps.height(400)).isGreaterThanOrEqualTo(legend.height(400));
            assertThat(renderer.legendFor(first, TimeScaleMode.LINEAR)).isNotSameAs(gaps);
            return null;
        });
    }

    @Test
    void theLegendsEntriesAreThoseOfTheEvents() {
        for (Dataset dataset : java.util.List.of(TestDatasets.random(300, 12, 7), TestDatasets.sameDay(3),
                TestDatasets.threeArticles())) {
            EventIndex index = EventIndex.of(dataset);
            java.util.Set<org.sourceline.model.EventType> types = java.util.EnumSet.noneOf(org.sourceline.model.EventType.class);
            boolean marks = false;
            for (int e = 0; e < index.size(); e++) {
                types.add(dataset.events().get(e).type());
                marks |= index.sourceCount(e) > 1 || index.isDisputed(e);
            }
            assertThat(TimelineRenderer.typesOf(index)).isEqualTo(types);
            assertThat(TimelineRenderer.hasSourceMarks(index)).isEqualTo(marks);
        }
    }

    @Test
    void aDatasetWithOtherTypesGetsItsOwnLegend() throws Exception {
        EventIndex many = EventIndex.of(TestDatasets.random(300, 12, 7));
        EventIndex few = EventIndex.of(TestDatasets.sameDay(3));
        assertThat(TimelineRenderer.typesOf(few)).isNotEqualTo(TimelineRenderer.typesOf(many));
        FxToolkit.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer();
            TimelineRenderer.Legend legend = renderer.legendFor(many, TimeScaleMode.LINEAR);
            assertThat(renderer.legendFor(few, TimeScaleMode.LINEAR)).isNotSameAs(legend);
            return null;
        });
    }
}
