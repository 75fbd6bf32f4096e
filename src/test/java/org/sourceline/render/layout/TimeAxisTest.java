package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourceline.model.Days;

class TimeAxisTest {
    private static final TextMeasurer FONT = TextMeasurer.monospace(7);

    private static TimeAxis.Layout axis(double start, double span, double width) {
        return TimeAxis.layout(new TimeScale(start, start + span, 100, width), FONT);
    }

    @ParameterizedTest(name = "{0} days over {1} px")
    @CsvSource({"3, 1200", "20, 1200", "90, 800", "400, 1200", "400, 300", "3650, 1200", "36500, 1200",
            "365000, 1200", "3652425, 900", "365242500, 1500", "12, 200", "5000, 16000"})
    void labelsNeverOverlapNorClip(double span, double width) {
        for (double start : new double[] {Days.of(2022, 9, 17), Days.of(1899, 12, 30), Days.of(-500, 3, 1)}) {
            TimeAxis.Layout layout = axis(start, span, width);
            double previousEnd = Double.NEGATIVE_INFINITY;
            int labelled = 0;
            for (TimeAxis.Tick tick : layout.ticks()) {
                if (tick.label().isEmpty()) {
                    continue;
                }
                labelled++;
                double half = FONT.width(tick.label()) / 2;
                assertThat(tick.x() - half).as("clipped left: %s", tick).isGreaterThanOrEqualTo(100);
                assertThat(tick.x() + half).as("clipped right: %s", tick).isLessThanOrEqualTo(100 + width);
                assertThat(tick.x() - half).as("overlap at %s", tick).isGreaterThan(previousEnd);
                previousEnd = tick.x() + half;
            }
            assertThat(labelled).as("some labels at %s days over %s px", span, width).isGreaterThan(0);
            double contextEnd = Double.NEGATIVE_INFINITY;
            for (TimeAxis.ContextLabel label : layout.context()) {
                assertThat(label.x()).isGreaterThanOrEqualTo(contextEnd);
                contextEnd = label.x() + FONT.width(label.label());
                assertThat(contextEnd).isLessThanOrEqualTo(100 + width);
            }
        }
    }

    @Test
    void unitsAdaptToTheZoom() {
        double start = Days.of(2022, 12, 28);
        assertThat(axis(start, 10, 1200).unit()).isEqualTo(TimeAxis.Unit.DAY);
        assertThat(axis(start, 365, 1200).unit()).isEqualTo(TimeAxis.Unit.MONTH);
        TimeAxis.Layout decades = axis(start, 365.25 * 60, 1200);
        assertThat(decades.unit()).isEqualTo(TimeAxis.Unit.YEAR);
        assertThat(decades.step()).isGreaterThanOrEqualTo(2);
        TimeAxis.Layout centuries = axis(Days.of(1000, 1, 1), 365.25 * 1000, 1200);
        assertThat(centuries.step()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void dayTicksHaveTheMonthAsContext() {
        TimeAxis.Layout layout = axis(Days.of(2022, 12, 28), 10, 1200);
        List<String> context = layout.context().stream().map(TimeAxis.ContextLabel::label).toList();
        assertThat(context).contains("January 2023");
        assertThat(layout.ticks()).extracting(TimeAxis.Tick::label).contains("1", "2", "31");
    }

    @Test
    void januaryIsLabelledWithItsYear() {
        TimeAxis.Layout layout = axis(Days.of(2022, 9, 1), 400, 1200);
        assertThat(layout.ticks()).extracting(TimeAxis.Tick::label).contains("Oct", "2023");
    }

    @Test
    void yearLabels() {
        assertThat(TimeAxis.yearLabel(2023, 1)).isEqualTo("2023");
        assertThat(TimeAxis.yearLabel(1990, 10)).isEqualTo("1990s");
        assertThat(TimeAxis.yearLabel(-43, 1)).isEqualTo("44 BCE");
        assertThat(TimeAxis.yearLabel(-11_999, 1000)).isEqualTo("12,000 BCE");
        assertThat(TimeAxis.yearLabel(-13_800_000_000L + 1, 1_000_000)).isEqualTo("13.8 billion BCE");
    }
}
