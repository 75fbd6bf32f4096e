package org.sourceline.ui.graph;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/**
 * A region holding two canvases that always fill it: the picture, and a transparent layer
 * above it for what changes as the pointer moves (the hover), so that hovering never has the
 * whole picture rasterised again. When the region is resized both take its size and
 * {@code onResized} repaints them. Canvas is not resizable by itself.
 */
final class ResizableCanvas extends Region {
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Affine baseMoved = new Affine();
    private final Affine overlayMoved = new Affine();
    private Runnable onResized = () -> { };

    ResizableCanvas() {
        base.setMouseTransparent(true);
        base.getTransforms().add(baseMoved);
        overlay.getTransforms().add(overlayMoved);
        getChildren().addAll(base, overlay);
        setMinSize(0, 0);
        setPrefSize(400, 300);
    }

    /** The picture. */
    Canvas base() {
        return base;
    }

    /** The layer above it; it also receives the mouse. */
    Canvas overlay() {
        return overlay;
    }

    /**
     * Shows both canvases scaled by (kx, ky) and shifted by (tx, ty) from where they were drawn,
     * until the next call; (1, 1, 0, 0) shows them as drawn. Mouse events keep arriving in the
     * canvases' own (drawn) coordinates.
     */
    void showMoved(double kx, double ky, double tx, double ty) {
        baseMoved.setToTransform(kx, 0, tx, 0, ky, ty);
        overlayMoved.setToTransform(kx, 0, tx, 0, ky, ty);
    }

    void setOnResized(Runnable action) {
        onResized = action;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            onResized.run();
        }
    }
}
