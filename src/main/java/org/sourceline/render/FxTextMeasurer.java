package org.sourceline.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.sourceline.render.layout.TextMeasurer;

/** Measures text in a JavaFX font, caching widths (titles repeat from frame to frame). */
public final class FxTextMeasurer implements TextMeasurer {
    private static final int CACHE_LIMIT = 50_000;

    private final Text text = new Text();
    private final Map<String, Double> cache = new HashMap<>();

    public FxTextMeasurer(Font font) {
        text.setFont(font);
    }

    public Font font() {
        return text.getFont();
    }

    @Override
    public double width(String s) {
        Double cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        text.setText(s);
        double w = text.getLayoutBounds().getWidth();
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(s, w);
        return w;
    }
}
