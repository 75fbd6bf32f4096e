package org.sourceline.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text widths for placing labels, remembering each string's width per font: measuring
 * through a {@link Text} node costs microseconds, and a redraw asks for the same labels again.
 * Not thread-safe; one per renderer.
 */
final class TextMeasure {
    private static final int MAX_CACHED = 20_000;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double width(String text, Font font) {
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double width = cache.get(text);
        if (width == null) {
            probe.setFont(font);
            probe.setText(text);
            width = probe.getLayoutBounds().getWidth();
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(text, width);
        }
        return width;
    }

    /** Line height of a font: its size plus room for ascenders and descenders. */
    static double lineHeight(Font font) {
        return Math.ceil(font.getSize() * 1.3);
    }
}
