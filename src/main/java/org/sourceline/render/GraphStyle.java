package org.sourceline.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;

/**
 * How the graph's parts look, shared by the drawing and its legend: node shapes by actor kind,
 * edge dash patterns by certainty, the affiliation colour, caption colours that read on white.
 */
final class GraphStyle {
    /** Affiliation links: wide and pale, under everything. */
    static final Color AFFILIATION = Palette.BORDER;
    /** "Took part with" ties: lighter than any event type's edge. */
    static final Color TOOK_PART = Palette.TEXT_MUTED.deriveColor(0, 1, 1, 0.55);

    /** Dots, scaled with the line: a tie, not an act. */
    static double[] tookPartDashes(double lineWidth) {
        return new double[] {1.5 * lineWidth, 3 + 1.5 * lineWidth};
    }
    private static final double[] LONG_DASHES = {9, 5};

    private GraphStyle() {
    }

    /**
     * Dash pattern of an edge: solid when stated, long dashes when only reported, claimed or
     * assessed, the forecast dashes of {@link CertaintyStyle} when only forecast; scaled with
     * the line so thick lines still read as dashed.
     */
    static double[] dashes(CertaintyLevel strongest, double lineWidth) {
        double[] base = switch (strongest) {
            case STATED -> null;
            case FORECAST -> CertaintyStyle.of(CertaintyLevel.FORECAST).dashes();
            default -> LONG_DASHES;
        };
        if (base == null) {
            return null;
        }
        double factor = Math.max(1, lineWidth / 1.6);
        double[] scaled = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            // Round caps lengthen each dash by the line width; widen the gaps to match.
            scaled[i] = base[i] * factor + (i % 2 == 1 ? lineWidth : 0);
        }
        return scaled;
    }

    /** Traces a node's outline as the current path: its shape says its kind. */
    static void traceShape(GraphicsContext gc, ActorKind kind, double x, double y, double r) {
        gc.beginPath();
        switch (kind) {
            case STATE -> gc.arc(x, y, r, r, 0, 360);
            case PERSON -> {
                double d = r * 1.2;
                gc.moveTo(x, y - d);
                gc.lineTo(x + d, y);
                gc.lineTo(x, y + d);
                gc.lineTo(x - d, y);
            }
            case ORGANIZATION -> {
                double s = r * 0.9;
                gc.rect(x - s, y - s, 2 * s, 2 * s);
            }
            case GROUP -> {
                double h = r * 1.08;
                for (int i = 0; i < 6; i++) {
                    double angle = Math.PI / 6 + i * Math.PI / 3;
                    double px = x + h * Math.cos(angle);
                    double py = y + h * Math.sin(angle);
                    if (i == 0) {
                        gc.moveTo(px, py);
                    } else {
                        gc.lineTo(px, py);
                    }
                }
            }
        }
        gc.closePath();
    }

    /** The colour darkened until text in it reads on white (contrast ratio ≥ 4.5, WCAG AA). */
    static Color legibleOnWhite(Color colour) {
        Color c = colour;
        for (int i = 0; i < 20 && contrastOnWhite(c) < 4.5; i++) {
            c = c.deriveColor(0, 1, 0.88, 1);
        }
        return c;
    }

    static double contrastOnWhite(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return 1.05 / (l + 0.05);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
