package org.sourceline.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;

/**
 * Measures text widths in several fonts, one cached {@link FxTextMeasurer} per font: a redraw
 * asks for the same labels again. Not thread-safe; one per renderer.
 */
final class TextMeasure {
    private final Map<Font, FxTextMeasurer> measurers = new HashMap<>();

    double width(String text, Font font) {
        return measurers.computeIfAbsent(font, FxTextMeasurer::new).width(text);
    }

    /** Line height of a font: its size plus room for ascenders and descenders. */
    static double lineHeight(Font font) {
        return Math.ceil(font.getSize() * 1.3);
    }
}
