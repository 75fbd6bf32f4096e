package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** With a million events, where they concentrate must show: density marks darken by count on a log scale. */
class DensityShadeTest {
    @Test
    void densityIsShadedByCountOnALogScale() {
        assertThat(TimelineRenderer.densityLevel(1, 1_000_000)).isZero();
        assertThat(TimelineRenderer.densityLevel(1_000_000, 1_000_000)).isEqualTo(1);
        assertThat(TimelineRenderer.densityLevel(1000, 1_000_000)).isCloseTo(0.5, within(1e-9));
        assertThat(TimelineRenderer.densityLevel(10, 1_000_000)).isLessThan(TimelineRenderer.densityLevel(100, 1_000_000));
        // Relative to the picture's busiest mark, not to a fixed count: no uniform grey at any size.
        assertThat(TimelineRenderer.densityLevel(300, 300)).isEqualTo(1);
        assertThat(TimelineRenderer.densityLevel(5, 1)).isZero();
    }
}
