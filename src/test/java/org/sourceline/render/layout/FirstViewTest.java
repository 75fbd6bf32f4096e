package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;

/** The first view picks the densest stretch at a scale where its labels fit, for any dataset. */
class FirstViewTest {
    private static final TextMeasurer FONT = TextMeasurer.monospace(7);
    /** The lane area of the timeline in the default 1440 × 900 window. */
    private static final double WIDTH = 900;

    static double[] first(TimelineIndex.Visible visible, TimeScaleMode mode) {
        return FirstView.choose(new FirstView.Request(visible, TimeMapping.of(mode, visible), TimelineLayout.Mode.LANES,
                null, null, FONT, TimelineLayout.Metrics.DEFAULT, 196, WIDTH));
    }

    static TimelineLayout layout(TimelineIndex.Visible visible, TimeScaleMode mode, double[] range) {
        TimeScale scale = new TimeScale(range[0], range[1], 196, WIDTH, TimeMapping.of(mode, visible));
        return TimelineLayout.compute(new TimelineLayout.Input(visible, scale, TimelineLayout.Mode.LANES, null, null,
                FONT, TimelineLayout.Metrics.DEFAULT, 0, Double.MAX_VALUE));
    }

    static int fullyLabelled(TimelineLayout layout, EventIndex index) {
        int n = 0;
        for (TimelineLayout.Item item : layout.items()) {
            if (item.kind() != TimelineLayout.Kind.CLUSTER && item.label().equals(index.event(item.event()).title())) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void newsOpensOnItsTwoBusyDaysWithTheDaysApartAndMostTitlesWhole(long seed) {
        Dataset news = NewsShapes.news(20, 5, 3, seed);
        TimelineIndex.Visible visible = NewsShapes.visible(news);
        double[] range = first(visible, TimeScaleMode.LINEAR);
        long day1 = Days.of(2011, 4, 12);
        long day2 = Days.of(2011, 4, 13);
        assertThat(range[0]).isLessThanOrEqualTo(day1);
        assertThat(range[1]).isGreaterThanOrEqualTo(day2 + 1);
        TimeScale scale = new TimeScale(range[0], range[1], 196, WIDTH);
        // Not twenty events in the last 90 pixels: the two days stand well apart.
        assertThat(scale.toX(day2) - scale.toX(day1)).as("pixels between the busy days").isGreaterThan(60);
        TimelineLayout layout = layout(visible, TimeScaleMode.LINEAR, range);
        EventIndex index = visible.timeline().events();
        int busyInView = 0;
        int busyLabelled = 0;
        for (TimelineLayout.Item item : layout.items()) {
            for (int e : item.events()) {
                if (index.event(e).id().startsWith("busy-")) {
                    busyInView++;
                    if (item.kind() != TimelineLayout.Kind.CLUSTER && item.label().equals(index.event(e).title())) {
                        busyLabelled++;
                    }
                }
            }
        }
        assertThat(busyInView).isEqualTo(20);
        assertThat(busyLabelled).as("busy events with their whole title").isGreaterThanOrEqualTo(14);
    }

    @Test
    void theBundledDatasetOpensOnItsCrowdedMonths() {
        Dataset bundled = DatasetReader.loadBundled();
        TimelineIndex.Visible visible = NewsShapes.visible(bundled);
        double[] range = first(visible, TimeScaleMode.LINEAR);
        // Late 2022 and January 2023, where most events are, in detail: a few months, not years.
        assertThat(range[0]).isGreaterThan(Days.of(2022, 1, 1)).isLessThan(Days.of(2022, 10, 1));
        assertThat(range[1]).isGreaterThan(Days.of(2023, 1, 15)).isLessThan(Days.of(2023, 8, 1));
        TimelineLayout layout = layout(visible, TimeScaleMode.LINEAR, range);
        EventIndex index = visible.timeline().events();
        int deal = index.indexOf(bundled.event("drone-deal"));
        assertThat(layout.itemOf(deal).label()).isEqualTo(bundled.event("drone-deal").title());
        assertThat(fullyLabelled(layout, index)).isGreaterThanOrEqualTo(13);
    }

    @Test
    void inEventsModeTheNewsReadsLikeAListOfWholeTitles() {
        Dataset news = NewsShapes.news(20, 5, 3, 7);
        TimelineIndex.Visible visible = NewsShapes.visible(news);
        double[] range = first(visible, TimeScaleMode.EVENTS);
        TimelineLayout layout = layout(visible, TimeScaleMode.EVENTS, range);
        assertThat(fullyLabelled(layout, visible.timeline().events())).isGreaterThanOrEqualTo(18);
    }

    @Test
    void aDatasetWithOneDayStillOpensOnIt() {
        Dataset news = NewsShapes.news(6, 0, 1, 3);
        TimelineIndex.Visible visible = NewsShapes.visible(news);
        double[] range = first(visible, TimeScaleMode.LINEAR);
        assertThat(range[1]).isGreaterThan(range[0]);
        assertThat(range[0]).isLessThanOrEqualTo(Days.of(2011, 4, 12));
    }
}
