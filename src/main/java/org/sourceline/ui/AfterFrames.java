package org.sourceline.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Work that waits until what is on screen now has been drawn: a big dataset's first timeline
 * frame comes before the work its other views can do later (the graph, the reader's highlights),
 * which on two cores would otherwise compete with the JavaFX thread and the renderer for the
 * processor.
 *
 * <p>A scene's pulse waits for the renderer to finish the frame before only when the scene has
 * changed: a pulse with nothing to draw hands nothing over and waits for nothing, so two pulses
 * alone do not mean a frame was rendered (a million events' first timeline takes the software
 * renderer a second or more). Each awaited pulse therefore changes a 1×1 transparent region,
 * outside the layout, of each showing window whose root is a pane; the work runs once the second
 * pulse has waited for the first one's frame.
 */
public final class AfterFrames {
    private static final String PROBE = "sourceline-after-frames-probe";

    private AfterFrames() {
    }

    /** Runs {@code work} on the JavaFX thread once the next frame has been rendered. */
    public static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                touchProbes();
                // The second pulse hands its changes to the renderer once the first one's frame has
                // been rendered (it waits for it): the work runs after that pulse.
                if (++pulses == 2) {
                    stop();
                    javafx.application.Platform.runLater(work);
                }
            }
        }.start();
    }

    /** Changes each showing window's probe, so that this pulse hands a frame over (and waits for the last). */
    private static void touchProbes() {
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (window.isShowing() && scene != null && scene.getRoot() instanceof Pane root) {
                Region probe = (Region) scene.getProperties().computeIfAbsent(PROBE, key -> {
                    Region made = new Region();
                    made.setManaged(false);
                    made.setMouseTransparent(true);
                    made.setFocusTraversable(false);
                    made.resizeRelocate(0, 0, 1, 1);
                    made.setOpacity(0);
                    root.getChildren().add(made);
                    return made;
                });
                probe.setOpacity(probe.getOpacity() == 0 ? 0.01 : 0);
            }
        }
    }
}
