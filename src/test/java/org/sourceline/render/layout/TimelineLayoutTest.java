package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.layout.TimelineLayout.Item;
import org.sourceline.render.layout.TimelineLayout.Kind;

class TimelineLayoutTest {
    private static final TextMeasurer FONT = TextMeasurer.monospace(7);

    private static TimelineLayout layout(Dataset dataset, EventFilter filter, double start, double end,
                                         TimelineLayout.Mode mode, Set<Integer> hidden) {
        EventIndex index = EventIndex.of(dataset);
        TimelineIndex timeline = TimelineIndex.of(index);
        TimelineIndex.Visible visible = timeline.visible(new FilterEngine(index).apply(filter));
        return TimelineLayout.compute(new TimelineLayout.Input(visible, new TimeScale(start, end, 170, 1200), mode, null,
                hidden, FONT, TimelineLayout.Metrics.DEFAULT, 0, 600));
    }

    private static TimelineLayout bundled(double start, double end) {
        return layout(DatasetReader.loadBundled(), EventFilter.NONE, start, end, TimelineLayout.Mode.LANES, null);
    }

    @Test
    void everyEventInViewIsDrawnOnceInItsHomeLane() {
        Dataset dataset = DatasetReader.loadBundled();
        TimelineLayout layout = bundled(Days.of(2021, 6, 1), Days.of(2023, 6, 1));
        assertThat(layout.isDetail()).isTrue();
        List<Integer> drawn = new ArrayList<>();
        for (Item item : layout.items()) {
            for (int e : item.events()) {
                drawn.add(e);
            }
        }
        assertThat(drawn).doesNotHaveDuplicates().hasSize(dataset.events().size());
        // Lanes by number of events: Iran (all 17), then Russia.
        assertThat(layout.lanes().get(0).name()).isEqualTo("Iran");
        assertThat(layout.lanes().get(1).name()).isEqualTo("Russia");
        // The home lane is the first actor's: the drone deal (Russia → Iran) sits in Russia's lane.
        EventIndex index = EventIndex.of(dataset);
        int deal = index.indexOf(dataset.event("drone-deal"));
        Item item = layout.items().stream().filter(i -> i.event() == deal).findFirst().orElseThrow();
        assertThat(layout.lanes().get(item.lane()).name()).isEqualTo("Russia");
    }

    @Test
    void roleMarksJoinAnEventToEveryActorLane() {
        Dataset dataset = DatasetReader.loadBundled();
        EventIndex index = EventIndex.of(dataset);
        TimelineLayout layout = bundled(Days.of(2021, 6, 1), Days.of(2023, 6, 1));
        int attacks = index.indexOf(dataset.event("drones-on-display"));
        Map<String, org.sourceline.model.Role> roles = new HashMap<>();
        for (TimelineLayout.RoleMark mark : layout.roleMarks()) {
            if (mark.event() == attacks) {
                roles.put(layout.lanes().get(mark.lane()).name(), mark.role());
            }
        }
        assertThat(roles).containsEntry("Russian armed forces", org.sourceline.model.Role.SOURCE)
                .containsEntry("Ukraine", org.sourceline.model.Role.TARGET)
                .containsEntry("Iran", org.sourceline.model.Role.PARTICIPANT);
    }

    @Test
    void labelsNeverOverlapAnotherItemInTheirRow() {
        for (double[] range : new double[][] {{Days.of(2021, 6, 1), Days.of(2023, 6, 1)},
                {Days.of(2022, 8, 1), Days.of(2023, 3, 1)}, {Days.of(2022, 12, 25), Days.of(2023, 1, 10)}}) {
            TimelineLayout layout = bundled(range[0], range[1]);
            assertNoOverlaps(layout);
        }
        assertNoOverlaps(layout(TestDatasets.random(800, 6, 5), EventFilter.NONE, Days.of(2000, 1, 1),
                Days.of(2004, 1, 1), TimelineLayout.Mode.LANES, null));
    }

    private static void assertNoOverlaps(TimelineLayout layout) {
        Map<String, List<double[]>> rows = new HashMap<>();
        for (Item item : layout.items()) {
            double left = item.kind() == Kind.POINT ? item.anchorX() - 6 : item.x0();
            double right = item.kind() == Kind.POINT ? item.anchorX() + 6 : item.x1();
            if (!item.label().isEmpty()) {
                double labelEnd = item.labelX() + FONT.width(item.label());
                if (item.labelInside()) {
                    assertThat(labelEnd).as("label inside its bar: %s", item.label()).isLessThanOrEqualTo(item.x1());
                } else {
                    right = Math.max(right, labelEnd);
                }
            }
            rows.computeIfAbsent(item.lane() + ":" + item.row(), k -> new ArrayList<>()).add(new double[] {left, right});
        }
        for (List<double[]> row : rows.values()) {
            row.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.get(i)[0]).as("overlap in a row").isGreaterThanOrEqualTo(row.get(i - 1)[1]);
            }
        }
    }

    @Test
    void exactDaysArePointsAndSpansAreBars() {
        Dataset dataset = DatasetReader.loadBundled();
        EventIndex index = EventIndex.of(dataset);
        TimelineLayout layout = bundled(Days.of(2022, 12, 20), Days.of(2023, 1, 20));
        Item deal = layout.itemOf(index.indexOf(dataset.event("drone-deal")));
        assertThat(deal.kind()).isEqualTo(Kind.BAR);
        Dataset crowd = TestDatasets.sameDay(1);
        TimelineLayout one = layout(crowd, EventFilter.NONE, Days.of(2022, 12, 20), Days.of(2023, 1, 20),
                TimelineLayout.Mode.LANES, null);
        assertThat(one.items()).singleElement().extracting(Item::kind).isEqualTo(Kind.POINT);
    }

    @Test
    void crowdedEventsMergeIntoClustersThatCountThemAll() {
        Dataset crowd = TestDatasets.sameDay(40);
        TimelineLayout layout = layout(crowd, EventFilter.NONE, Days.of(2022, 6, 1), Days.of(2023, 6, 1),
                TimelineLayout.Mode.LANES, null);
        int counted = layout.items().stream().mapToInt(Item::count).sum();
        assertThat(counted).isEqualTo(40);
        assertThat(layout.items()).anyMatch(i -> i.kind() == Kind.CLUSTER);
        assertThat(layout.lanes().get(0).rows()).isLessThanOrEqualTo(TimelineLayout.Metrics.DEFAULT.maxRowsPerLane());
        // Zoomed in far enough, the same events still cluster (same day), but the count never lies.
        TimelineLayout close = layout(crowd, EventFilter.NONE, Days.of(2022, 12, 31), Days.of(2023, 1, 3),
                TimelineLayout.Mode.LANES, null);
        assertThat(close.items().stream().mapToInt(Item::count).sum()).isEqualTo(40);
    }

    @Test
    void manyEventsSwitchToDensityMarksPerLane() {
        Dataset big = TestDatasets.random(30_000, 8, 11);
        TimelineLayout layout = layout(big, EventFilter.NONE, Days.of(1990, 1, 1), Days.of(2030, 1, 1),
                TimelineLayout.Mode.LANES, null);
        assertThat(layout.isDetail()).isFalse();
        assertThat(layout.densities()).isNotEmpty();
        int counted = layout.densities().stream().mapToInt(TimelineLayout.Density::count).sum();
        // Every visible (event, lane) pair with an anchor in view is counted once.
        assertThat(counted).isGreaterThan(30_000).isLessThanOrEqualTo(60_000);
        // Zoom in: few enough events to draw one by one.
        TimelineLayout close = layout(big, EventFilter.NONE, Days.of(2010, 1, 1), Days.of(2010, 2, 1),
                TimelineLayout.Mode.LANES, null);
        assertThat(close.isDetail()).isTrue();
    }

    @Test
    void hiddenActorsHaveNoLane() {
        Dataset dataset = DatasetReader.loadBundled();
        EventIndex index = EventIndex.of(dataset);
        int iran = index.indexOf(dataset.actor("iran"));
        TimelineLayout layout = layout(dataset, EventFilter.NONE, Days.of(2021, 6, 1), Days.of(2023, 6, 1),
                TimelineLayout.Mode.LANES, Set.of(iran));
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::name).doesNotContain("Iran").contains("Russia");
        assertThat(layout.roleMarks()).noneMatch(m -> layout.lanes().get(m.lane()).actor() == iran);
    }

    @Test
    void compactModeStacksEverythingInOneBand() {
        TimelineLayout layout = layout(DatasetReader.loadBundled(), EventFilter.NONE, Days.of(2021, 6, 1),
                Days.of(2023, 6, 1), TimelineLayout.Mode.COMPACT, null);
        assertThat(layout.lanes()).hasSize(1);
        assertThat(layout.items().stream().mapToInt(Item::count).sum()).isEqualTo(16);
        assertNoOverlaps(layout);
    }

    @Test
    void hitTestingFindsWhatWasDrawn() {
        TimelineLayout layout = bundled(Days.of(2022, 8, 1), Days.of(2023, 3, 1));
        for (Item item : layout.items()) {
            if (item.kind() == Kind.CLUSTER) {
                continue;
            }
            double x = item.kind() == Kind.POINT ? item.anchorX() : Math.max(item.x0(), 170) + 8;
            TimelineLayout.Hit hit = layout.hit(x, layout.rowCenterY(item), 170);
            assertThat(hit).isNotNull();
            assertThat(hit.event()).isEqualTo(item.event());
        }
        TimelineLayout.Hit label = layout.hit(20, layout.lanes().get(0).y() + 5, 170);
        assertThat(label.laneLabel().name()).isEqualTo("Iran");
    }
}
