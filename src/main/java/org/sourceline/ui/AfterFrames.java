package org.sourceline.ui;

import javafx.animation.AnimationTimer;

/**
 * Work that waits until what is on screen now has been drawn: a big dataset's first timeline
 * frame comes before the work its other views can do later (the graph, the reader's highlights),
 * which on two cores would otherwise compete with the JavaFX thread for the processor.
 */
public final class AfterFrames {
    private AfterFrames() {
    }

    /** Runs {@code work} on the JavaFX thread once the next frame has been rendered. */
    public static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The second pulse hands its changes to the renderer once the first one's frame has
                // been rendered (it waits for it): the work runs after that pulse.
                if (++pulses == 2) {
                    stop();
                    javafx.application.Platform.runLater(work);
                }
            }
        }.start();
    }
}
