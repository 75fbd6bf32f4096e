package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GraphViewportTest {
    @Test
    void fitsABoxCentredWithMargins() {
        GraphViewport v = GraphViewport.fit(new double[] {-2, -1, 2, 1}, 500, 300, 50, 50, 1000);
        // 400 px for 4 units across, 200 px for 2 units down: the same scale, no stretch needed.
        assertThat(v.scaleX()).isCloseTo(100, within(1e-9));
        assertThat(v.scaleY()).isCloseTo(100, within(1e-9));
        assertThat(v.toScreenX(-2)).isCloseTo(50, within(1e-9));
        assertThat(v.toScreenX(2)).isCloseTo(450, within(1e-9));
        assertThat(v.toScreenY(0)).isCloseTo(150, within(1e-9));
    }

    @Test
    void stretchesOneAxisALittleToUseAWideArea() {
        // A square layout in a 3:1 area: x may stretch to 1.6 times y, no more.
        GraphViewport v = GraphViewport.fit(new double[] {0, 0, 1, 1}, 900, 300, 0, 0, 10_000);
        assertThat(v.scaleY()).isCloseTo(300, within(1e-9));
        assertThat(v.scaleX()).isCloseTo(300 * GraphViewport.MAX_STRETCH, within(1e-9));
        assertThat(v.toScreenX(0.5)).isCloseTo(450, within(1e-9));
    }

    @Test
    void aSinglePointIsCentredAtTheGivenScale() {
        GraphViewport v = GraphViewport.fit(new double[] {3, 4, 3, 4}, 200, 100, 10, 10, 80);
        assertThat(v.scale()).isEqualTo(80);
        assertThat(v.toScreenX(3)).isCloseTo(100, within(1e-9));
        assertThat(v.toScreenY(4)).isCloseTo(50, within(1e-9));
        assertThat(GraphViewport.fit(null, 200, 100, 10, 10, 80).toScreenX(0)).isEqualTo(100);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        GraphViewport v = new GraphViewport(100, 1.5 * 100, 20, 30);
        double lx = v.toLayoutX(321);
        double ly = v.toLayoutY(123);
        GraphViewport z = v.zoomedAround(1.7, 321, 123);
        assertThat(z.toScreenX(lx)).isCloseTo(321, within(1e-9));
        assertThat(z.toScreenY(ly)).isCloseTo(123, within(1e-9));
        assertThat(z.scaleX() / z.scaleY()).isCloseTo(v.scaleX() / v.scaleY(), within(1e-9));
        // Zoom is bounded.
        assertThat(v.zoomedAround(1e9, 0, 0).scaleX()).isLessThanOrEqualTo(GraphViewport.MAX_SCALE);
        assertThat(v.zoomedAround(1e-9, 0, 0).scaleY()).isGreaterThanOrEqualTo(GraphViewport.MIN_SCALE);
        GraphViewport p = v.pannedBy(5, -7);
        assertThat(p.toScreenX(lx)).isCloseTo(326, within(1e-9));
        assertThat(p.toScreenY(ly)).isCloseTo(116, within(1e-9));
    }
}
