package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeScaleTest {
    @Test
    void mapsBothWays() {
        TimeScale s = new TimeScale(100, 200, 50, 1000);
        assertThat(s.toX(100)).isEqualTo(50);
        assertThat(s.toX(200)).isEqualTo(1050);
        assertThat(s.toDay(550)).isEqualTo(150);
    }

    @Test
    void zoomKeepsTheDayUnderThePointer() {
        TimeScale s = new TimeScale(100, 200, 50, 1000);
        double x = 300;
        double day = s.toDay(x);
        TimeScale zoomed = s.zoom(4, x);
        assertThat(zoomed.span()).isCloseTo(25, within(1e-9));
        assertThat(zoomed.toDay(x)).isCloseTo(day, within(1e-9));
    }

    @Test
    void zoomIsBounded() {
        TimeScale s = new TimeScale(100, 200, 0, 1000);
        assertThat(s.zoom(1e9, 500).span()).isEqualTo(TimeScale.MIN_SPAN_DAYS);
        assertThat(s.zoom(1e-12, 500).span()).isEqualTo(TimeScale.MAX_SPAN_DAYS);
    }

    @Test
    void panMovesByPixels() {
        TimeScale s = new TimeScale(100, 200, 0, 1000);
        TimeScale panned = s.panPixels(100);
        assertThat(panned.start()).isCloseTo(110, within(1e-9));
        assertThat(panned.span()).isCloseTo(100, within(1e-9));
    }

    @Test
    void elisionFitsTheRoom() {
        TextMeasurer m = TextMeasurer.monospace(10);
        assertThat(m.elide("Patrushev visits Iran", 1000)).isEqualTo("Patrushev visits Iran");
        String elided = m.elide("Patrushev visits Iran", 100);
        assertThat(elided).endsWith("…");
        assertThat(m.width(elided)).isLessThanOrEqualTo(100);
        assertThat(m.elide("Patrushev", 5)).isEmpty();
    }
}
