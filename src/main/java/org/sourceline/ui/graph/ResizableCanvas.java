package org.sourceline.ui.graph;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region holding a canvas that always fills it: when the region is resized the canvas takes
 * its size and {@code onResized} repaints it. Canvas is not resizable by itself.
 */
final class ResizableCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private Runnable onResized = () -> { };

    ResizableCanvas() {
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(400, 300);
    }

    Canvas canvas() {
        return canvas;
    }

    void setOnResized(Runnable action) {
        onResized = action;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            onResized.run();
        }
    }
}
