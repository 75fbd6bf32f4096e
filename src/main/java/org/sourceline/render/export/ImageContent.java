package org.sourceline.render.export;

import java.util.Map;
import javafx.scene.canvas.GraphicsContext;

/**
 * Something that can be drawn as an image of any size: its size in logical pixels and a drawing
 * routine in those units. The exporter draws it tile by tile under a scale, so text and lines
 * are drawn at the target resolution, never scaled up from a bitmap.
 */
public interface ImageContent {
    /** Width in logical pixels. */
    double width();

    /** Height in logical pixels. */
    double height();

    /** Draws everything at (0, 0) in the context's current transform. */
    void draw(GraphicsContext gc);

    /** Text for the PNG's metadata (keyword → text). */
    Map<String, String> metadata();
}
