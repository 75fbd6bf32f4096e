package org.sourceline.ui.source;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;
import org.sourceline.timephrase.TimePhrase;

/**
 * The time-phrase marks of one paragraph: one dashed underline path and one (transparent) hover
 * area for all its phrases, whatever their number — a few nodes per paragraph, so that building
 * the paragraphs that scroll into view stays cheap. Which phrase the pointer is over is found by
 * hit-testing the text.
 */
final class TimePhraseLayer extends Group {
    private final TimePhraseMarks marks;
    private final List<TimePhrase> phrases;
    private final int from;
    private final TextFlow flow;
    private final Path area = new Path();
    private TimePhrase hovered;

    /**
     * @param phrases the phrases overlapping the paragraph, in order
     * @param from    the article offset where the paragraph's text flow starts
     */
    TimePhraseLayer(TimePhraseMarks marks, List<TimePhrase> phrases, int from, int to, TextFlow flow, Tooltip tooltip) {
        this.marks = marks;
        this.phrases = phrases;
        this.from = from;
        this.flow = flow;
        getStyleClass().add("time-phrases");
        Path underline = new Path();
        for (TimePhrase p : phrases) {
            int a = Math.max(from, p.start()) - from;
            int b = Math.min(to, p.end()) - from;
            underline.getElements().addAll(flow.underlineShape(a, b));
            area.getElements().addAll(flow.rangeShape(a, b));
        }
        underline.setStroke(TimePhraseMarks.UNDERLINE);
        underline.setStrokeWidth(2);
        underline.getStrokeDashArray().setAll(4.0, 2.0);
        underline.setMouseTransparent(true);
        area.setFill(Color.TRANSPARENT);
        area.setStroke(null);
        area.setOnMouseMoved(this::hover);
        area.setOnMouseEntered(this::hover);
        area.setOnMouseClicked(e -> {
            TimePhrase p = phraseAt(e.getSceneX(), e.getSceneY());
            int run = p == null ? -1 : marks.runAt(p.start());
            if (run >= 0 && (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY)) {
                marks.passageClicked(run, area, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        Tooltip.install(area, tooltip);
        getChildren().addAll(area, underline);
    }

    private void hover(MouseEvent e) {
        TimePhrase p = phraseAt(e.getSceneX(), e.getSceneY());
        if (p != null && p != hovered) {
            hovered = p;
            int run = marks.runAt(p.start());
            area.setCursor(run >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            marks.hovered(p, run);
        }
    }

    /** The phrase under a point of the scene, or null. */
    TimePhrase phraseAt(double sceneX, double sceneY) {
        HitInfo hit = flow.hitTest(flow.sceneToLocal(sceneX, sceneY));
        int offset = from + hit.getCharIndex();
        for (TimePhrase p : phrases) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return null;
    }

    /** The phrases marked here. */
    List<TimePhrase> phrases() {
        return phrases;
    }

    /** Where a phrase's first character is on screen (for tests that point at it). */
    Point2D screenPointOf(TimePhrase p) {
        int a = Math.max(0, p.start() - from);
        Bounds b = new Path(flow.rangeShape(a, a + 1)).getBoundsInLocal();
        return flow.localToScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
