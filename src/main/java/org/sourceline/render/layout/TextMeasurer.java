package org.sourceline.render.layout;

/**
 * Measures text in one font. Layout code asks it for widths so that it can place labels
 * without a toolkit; the renderer supplies a JavaFX-backed one, tests a fixed-width one.
 */
@FunctionalInterface
public interface TextMeasurer {
    /** Width of {@code text} in pixels. */
    double width(String text);

    /** A measurer giving every character the same width, for tests and estimates. */
    static TextMeasurer monospace(double charWidth) {
        return text -> text.length() * charWidth;
    }

    /**
     * The longest prefix of {@code text} that, followed by an ellipsis, fits {@code maxWidth};
     * the text itself when it fits; an empty string when not even one character and the
     * ellipsis fit.
     */
    default String elide(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        String ellipsis = "…";
        if (width(ellipsis) > maxWidth) {
            return "";
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid).stripTrailing() + ellipsis) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + ellipsis;
    }
}
