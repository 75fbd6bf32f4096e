package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Days;
import org.sourceline.query.EventIndex;

/**
 * The time scale modes' mappings: strictly increasing (so every day has its place and hit testing
 * can go back), events mode gives each event its own slot in time order, gaps mode breaks only
 * what is empty for more than a week, and the layout and axis of each mode hold to them.
 */
class TimeMappingTest {
    private static final TextMeasurer FONT = TextMeasurer.monospace(7);

    private static TimelineIndex.Visible news(long seed) {
        return NewsShapes.visible(NewsShapes.news(20, 6, 3, seed));
    }

    @Property(tries = 40)
    void everyModeMapsDaysStrictlyIncreasingAndBack(@ForAll @IntRange(min = 1, max = 50) int seed,
                                                    @ForAll @DoubleRange(min = -2000, max = 2000) double a,
                                                    @ForAll @DoubleRange(min = 0.01, max = 500) double step) {
        TimelineIndex.Visible visible = news(seed);
        double base = Days.of(2011, 4, 13);
        for (TimeScaleMode mode : TimeScaleMode.values()) {
            TimeMapping mapping = TimeMapping.of(mode, visible);
            double day = base + a;
            double later = day + step;
            assertThat(mapping.toUnit(later)).as("%s at %s", mode, day).isGreaterThan(mapping.toUnit(day));
            assertThat(mapping.toDay(mapping.toUnit(day))).as("%s round trip", mode).isCloseTo(day, within(1e-6));
        }
    }

    @Test
    void linearIsTheCalendar() {
        TimeMapping linear = TimeMapping.of(TimeScaleMode.LINEAR, news(1));
        assertThat(linear.toUnit(12345.5)).isEqualTo(12345.5);
        assertThat(linear.breaks()).isEmpty();
    }

    @Test
    void inEventsModeEachEventHasItsOwnSlotInTimeOrder() {
        TimelineIndex.Visible visible = news(2);
        TimeMapping events = TimeMapping.of(TimeScaleMode.EVENTS, visible);
        TimelineIndex timeline = visible.timeline();
        EventIndex index = timeline.events();
        List<double[]> slots = new ArrayList<>();
        for (int e : index.timeOrder()) {
            if (events.hasSlot(e)) {
                slots.add(new double[] {events.eventUnit(e, timeline.anchor(e)), timeline.anchor(e)});
            }
        }
        // Every event with a known day has a slot (only the "before" span is anchored at its end).
        assertThat(slots).hasSize(index.size());
        slots.sort((x, y) -> Double.compare(x[0], y[0]));
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i)[0] - slots.get(i - 1)[0]).as("one slot apart or more").isGreaterThanOrEqualTo(1 - 1e-9);
            assertThat(slots.get(i)[1]).as("in time order").isGreaterThanOrEqualTo(slots.get(i - 1)[1]);
        }
        // The twenty events of the two busy days take twenty slots: a crowded day reads like a list.
        double busyStart = events.toUnit(Days.of(2011, 4, 12));
        double busyEnd = events.toUnit(Days.of(2011, 4, 14));
        assertThat(busyEnd - busyStart).isGreaterThanOrEqualTo(20);
    }

    @Test
    void gapsModeBreaksOnlyEmptyStretchesLongerThanAWeek() {
        TimelineIndex.Visible visible = news(3);
        TimeMapping gaps = TimeMapping.of(TimeScaleMode.GAPS, visible);
        long[] marks = visible.markDays();
        assertThat(gaps.breaks()).isNotEmpty();
        for (TimeMapping.Break b : gaps.breaks()) {
            assertThat(b.skippedDays()).isGreaterThan(TimeMapping.MIN_GAP_DAYS - 2 * TimeMapping.GAP_PAD_DAYS);
            assertThat(b.toUnit() - b.fromUnit()).as("drawn shrunk").isLessThan(b.skippedDays());
            for (long mark : marks) {
                assertThat(mark > b.fromDay() && mark < b.toDay()).as("no event starts or ends inside a break").isFalse();
            }
        }
        // Three years of background and the busy days share one view: the whole story spans far
        // fewer units than days.
        double days = marks[marks.length - 1] - marks[0];
        double units = gaps.toUnit(marks[marks.length - 1]) - gaps.toUnit(marks[0]);
        assertThat(units).isLessThan(days / 10);
        // Inside a kept stretch a unit is a day: the busy days keep their calendar spacing.
        assertThat(gaps.toUnit(Days.of(2011, 4, 13)) - gaps.toUnit(Days.of(2011, 4, 12))).isCloseTo(1, within(1e-9));
    }

    @Test
    void theAxisOfTheGapsModeMarksEachBreakInView() {
        TimelineIndex.Visible visible = news(4);
        TimeMapping gaps = TimeMapping.of(TimeScaleMode.GAPS, visible);
        TimelineIndex timeline = visible.timeline();
        double[] all = gaps.fit(timeline.domainStart(), timeline.domainEnd() + 1.0);
        TimeScale scale = new TimeScale(all[0], all[1], 196, 1000, gaps);
        TimeAxis.Layout axis = TimeAxis.layout(scale, FONT);
        assertThat(axis.breaks()).hasSize(gaps.breaks().size());
        for (TimeAxis.BreakMark mark : axis.breaks()) {
            assertThat(mark.x1()).isGreaterThan(mark.x0());
            assertThat(mark.duration()).matches("[\\d,]+ (d|mo|yr)");
            for (TimeAxis.Tick tick : axis.ticks()) {
                assertThat(tick.x() > mark.x0() + 0.5 && tick.x() < mark.x1() - 0.5).as("no tick inside a break").isFalse();
            }
        }
    }

    @Test
    void theEventsAxisDatesTheDaysWithEvents() {
        TimelineIndex.Visible visible = news(5);
        TimeMapping events = TimeMapping.of(TimeScaleMode.EVENTS, visible);
        TimelineIndex timeline = visible.timeline();
        double[] all = events.fit(timeline.domainStart(), timeline.domainEnd() + 1.0);
        TimeAxis.Layout axis = TimeAxis.layout(new TimeScale(all[0], all[1], 196, 1200, events), FONT);
        assertThat(axis.ticks()).extracting(TimeAxis.Tick::label).contains("12 Apr", "13 Apr");
        assertThat(axis.context()).extracting(TimeAxis.ContextLabel::label).contains("2011");
        double end = Double.NEGATIVE_INFINITY;
        for (TimeAxis.Tick tick : axis.ticks()) {
            if (!tick.label().isEmpty()) {
                assertThat(tick.labelX() - FONT.width(tick.label()) / 2).isGreaterThan(end);
                end = tick.labelX() + FONT.width(tick.label()) / 2;
            }
        }
    }

    @Test
    void inEveryModeWhatIsDrawnIsWhatIsHit() {
        for (TimelineIndex.Visible visible : List.of(news(6), NewsShapes.visible(DatasetReader.loadBundled()))) {
            for (TimeScaleMode mode : TimeScaleMode.values()) {
                TimeMapping mapping = TimeMapping.of(mode, visible);
                double[] first = FirstViewTest.first(visible, mode);
                TimeScale scale = new TimeScale(first[0], first[1], 196, 1100, mapping);
                TimelineLayout layout = TimelineLayout.compute(new TimelineLayout.Input(visible, scale,
                        TimelineLayout.Mode.LANES, null, null, FONT, TimelineLayout.Metrics.DEFAULT, 0, Double.MAX_VALUE));
                int checked = 0;
                for (TimelineLayout.Item item : layout.items()) {
                    if (item.kind() == TimelineLayout.Kind.CLUSTER) {
                        continue;
                    }
                    double x = item.kind() == TimelineLayout.Kind.POINT ? item.anchorX()
                            : (Math.max(item.x0(), 196) + Math.min(item.x1(), 1296)) / 2;
                    TimelineLayout.Hit hit = layout.hit(x, layout.rowCenterY(item), 196);
                    assertThat(hit).as("%s: hit on %s", mode, item).isNotNull();
                    assertThat(hit.event()).as("%s", mode).isEqualTo(item.event());
                    if (item.kind() == TimelineLayout.Kind.POINT) {
                        // The day under a day's mark is the event's own day.
                        long day = visible.timeline().events().earliest(item.event());
                        assertThat(scale.toDay(item.anchorX())).as("%s", mode).isBetween(day - 1e-6, day + 1.0 + 1e-6);
                    }
                    checked++;
                }
                assertThat(checked).as("%s checked marks", mode).isPositive();
            }
        }
    }

    @Test
    void zoomAndPanActOnWhatIsSeenInEveryMode() {
        TimelineIndex.Visible visible = news(7);
        for (TimeScaleMode mode : TimeScaleMode.values()) {
            TimeMapping mapping = TimeMapping.of(mode, visible);
            TimeScale scale = new TimeScale(Days.of(2008, 1, 1), Days.of(2012, 1, 1), 100, 1000, mapping);
            double x = 420;
            double under = scale.toDay(x);
            TimeScale zoomed = scale.zoom(1.5, x);
            assertThat(zoomed.toDay(x)).as("%s keeps the time under the pointer", mode).isCloseTo(under, within(1e-6));
            assertThat(zoomed.unitSpan()).isCloseTo(scale.unitSpan() / 1.5, within(1e-6));
            TimeScale panned = scale.panPixels(250);
            assertThat(panned.toX(under)).as("%s moves the picture by the pixels", mode).isCloseTo(x - 250, within(1e-6));
        }
    }
}
