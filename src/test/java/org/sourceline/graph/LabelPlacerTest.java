package org.sourceline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private static final double GAP = 2;

    @Test
    void placesALabelBesideItsNodeAndOutOfTheWayOfOthers() {
        LabelPlacer placer = new LabelPlacer(400, 300, GAP);
        placer.addCircle(200, 150, 10);
        placer.addCircle(250, 150, 10);
        // Right of the first node is blocked by the second: the label goes to the left.
        LabelBox box = placer.place(60, 16, LabelPlacer.aroundCircle(200, 150, 10 + GAP + 0.5, 60, 16, 0));
        assertThat(box).isNotNull();
        assertThat(box.maxX()).isLessThan(200);
        // A second label for the same spot cannot overlap the first.
        LabelBox other = placer.place(60, 16, LabelPlacer.aroundCircle(200, 150, 12.5, 60, 16, 0));
        assertThat(other).isNotNull();
        assertThat(other.overlaps(box, GAP)).isFalse();
    }

    @Test
    void leavesOutALabelWithNoRoomRatherThanOverlapping() {
        LabelPlacer placer = new LabelPlacer(100, 40, GAP);
        assertThat(placer.place(90, 30, new double[] {5, 5})).isNotNull();
        assertThat(placer.place(90, 30, new double[] {5, 5, 0, 8, 10, 2})).isNull();
        assertThat(placer.placed()).hasSize(1);
    }

    @Test
    void keepsLabelsInsideTheArea() {
        LabelPlacer placer = new LabelPlacer(200, 100, GAP);
        // A node at the right edge: the right candidate would be clipped, so the left one is taken.
        LabelBox box = placer.place(50, 14, LabelPlacer.aroundCircle(195, 50, 8, 50, 14, 2));
        assertThat(box.x()).isGreaterThanOrEqualTo(0);
        assertThat(box.maxX()).isLessThanOrEqualTo(200);
        assertThat(box.maxX()).isLessThan(195);
        assertThat(placer.place(10, 10, new double[] {-1, 0, 195, 0, 0, 95})).isNull();
    }

    @RepeatedTest(20)
    void randomScenesNeverOverlap(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        double width = 300 + random.nextInt(900);
        double height = 200 + random.nextInt(600);
        LabelPlacer placer = new LabelPlacer(width, height, GAP);
        int nodes = 10 + random.nextInt(300);
        double[][] circles = new double[nodes][];
        for (int i = 0; i < nodes; i++) {
            circles[i] = new double[] {random.nextDouble() * width, random.nextDouble() * height, 3 + random.nextDouble() * 20};
            placer.addCircle(circles[i][0], circles[i][1], circles[i][2]);
        }
        List<LabelBox> boxes = new ArrayList<>();
        for (int i = 0; i < nodes * 2; i++) {
            double w = 20 + random.nextDouble() * 150;
            double h = 12 + random.nextDouble() * 6;
            double[] c = circles[i % nodes];
            double[] candidates = i < nodes
                    ? LabelPlacer.aroundCircle(c[0], c[1], c[2] + GAP + 0.5, w, h, 0)
                    : LabelPlacer.centredOn(new double[] {random.nextDouble() * width, random.nextDouble() * height}, w, h);
            LabelBox box = placer.place(w, h, candidates);
            if (box != null) {
                boxes.add(box);
            }
        }
        assertThat(boxes).isNotEmpty().isEqualTo(placer.placed());
        for (int i = 0; i < boxes.size(); i++) {
            LabelBox a = boxes.get(i);
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.maxX()).isLessThanOrEqualTo(width);
            assertThat(a.maxY()).isLessThanOrEqualTo(height);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(a.overlaps(boxes.get(j), GAP)).as("labels %s and %s", a, boxes.get(j)).isFalse();
            }
            for (double[] c : circles) {
                assertThat(a.overlapsCircle(c[0], c[1], c[2], GAP)).as("label %s over node %s", a, c).isFalse();
            }
        }
    }

    @Test
    void namesKeepOffLinesWhenTheyCanAndCrossThemWhenTheyMust() {
        LabelPlacer placer = new LabelPlacer(400, 300, GAP);
        placer.addCircle(200, 150, 10);
        // An edge leaves the node to the right: the label goes to the left instead.
        placer.addSegment(200, 150, 390, 150);
        LabelBox box = placer.placeAvoidingLines(60, 16, LabelPlacer.aroundCircle(200, 150, 12.5, 60, 16, 0));
        assertThat(box.maxX()).isLessThan(200);
        assertThat(box.crossesSegment(200, 150, 390, 150)).isFalse();
        // With lines on every side, it still gets placed, across one of them.
        LabelPlacer crowded = new LabelPlacer(400, 300, GAP);
        crowded.addCircle(200, 150, 10);
        for (int angle = 0; angle < 360; angle += 15) {
            double rad = Math.toRadians(angle);
            crowded.addSegment(200, 150, 200 + 190 * Math.cos(rad), 150 + 140 * Math.sin(rad));
        }
        assertThat(crowded.placeAvoidingLines(60, 16, LabelPlacer.aroundCircle(200, 150, 12.5, 60, 16, 0))).isNotNull();
        // Plain placement ignores lines altogether.
        LabelPlacer plain = new LabelPlacer(400, 300, GAP);
        plain.addSegment(0, 158, 400, 158);
        assertThat(plain.place(60, 16, new double[] {100, 150})).isNotNull();
    }

    @Test
    void boxGeometry() {
        LabelBox unit = new LabelBox(0, 0, 10, 10);
        assertThat(unit.crossesSegment(-5, 5, 15, 5)).isTrue();
        assertThat(unit.crossesSegment(2, 2, 3, 3)).as("inside").isTrue();
        assertThat(unit.crossesSegment(-5, -1, 15, -1)).isFalse();
        assertThat(unit.crossesSegment(12, -5, 20, 20)).isFalse();
        assertThat(unit.crossesSegment(-5, 12, 12, -5)).as("cuts the corner").isTrue();
        assertThat(unit.crossesSegment(-5, 26, 26, -5)).as("passes the corner").isFalse();
        LabelBox a = new LabelBox(0, 0, 10, 10);
        assertThat(a.overlaps(new LabelBox(11, 0, 5, 5), 2)).isTrue();
        assertThat(a.overlaps(new LabelBox(12.5, 0, 5, 5), 2)).isFalse();
        assertThat(a.overlapsCircle(15, 5, 4, 0)).isFalse();
        assertThat(a.overlapsCircle(15, 5, 6, 0)).isTrue();
        // The corner counts: a disc near the corner but off the box does not overlap.
        assertThat(a.overlapsCircle(14, 14, 5, 0)).isFalse();
    }
}
