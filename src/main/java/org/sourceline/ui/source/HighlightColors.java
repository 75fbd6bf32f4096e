package org.sourceline.ui.source;

import javafx.scene.paint.Color;
import org.sourceline.model.EventType;
import org.sourceline.render.Palette;

/**
 * Colours of the article reader's highlights, derived from the shared {@link Palette} so a
 * passage has its event type's hue as on the timeline. Highlights are light tints of the hue,
 * under dark text, so every passage stays easy to read; the selected event's passages are a
 * stronger tint with the selection outline; passages whose events the filter hides are grey.
 */
final class HighlightColors {
    /** Share of the type colour in a passage's tint (the rest is white). */
    static final double TINT = 0.26;
    /** Share of the type colour in the selected event's passages. */
    static final double EMPHASIS = 0.45;
    /** Passages of events hidden by the filter. */
    static final Color DIMMED_FILL = mix(Palette.DIMMED, 0.45);
    /** Text of passages hidden by the filter: muted, still readable on the grey. */
    static final Color DIMMED_TEXT = Palette.TEXT_MUTED;
    /** A search match, and the current one. */
    static final Color MATCH = Color.web("#FFE38A");
    static final Color CURRENT_MATCH = Color.web("#FFA94D");
    static final Color MATCH_OUTLINE = Color.web("#C46A00");
    /**
     * The text selection: the system's selection blue, translucent so a highlighted passage under
     * it still shows its colour, and the dark text on it stays readable.
     */
    static final Color SELECTION = Color.web("#3A7BD5", 0.38);

    private HighlightColors() {
    }

    static Color tint(EventType type) {
        return mix(Palette.of(type), TINT);
    }

    static Color emphasis(EventType type) {
        return mix(Palette.of(type), EMPHASIS);
    }

    /** {@code share} of {@code color}, the rest white. */
    static Color mix(Color color, double share) {
        return Color.WHITE.interpolate(color, share);
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
