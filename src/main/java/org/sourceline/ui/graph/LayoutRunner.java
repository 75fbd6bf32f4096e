package org.sourceline.ui.graph;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LayoutInput;
import org.sourceline.graph.Point;

/**
 * Runs force layouts on a background thread, newest request first: a new request cancels the
 * one running (the layout polls between iterations), and only the newest result reaches the
 * JavaFX thread. The JavaFX thread never waits for a layout.
 */
final class LayoutRunner {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sourceline-graph-layout");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();

    /**
     * Lays out in the background and hands the result to {@code done} on the JavaFX thread,
     * unless a newer request came first; {@code failed} gets any error.
     */
    void submit(LayoutInput input, Map<Integer, Point> pins, long seed, Consumer<GraphLayout> done,
                Consumer<RuntimeException> failed) {
        long mine = generation.incrementAndGet();
        Map<Integer, Point> pinned = Map.copyOf(pins);
        thread.submit(() -> {
            try {
                GraphLayout layout = new ForceLayout(seed).layout(input, pinned, () -> generation.get() != mine);
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        done.accept(layout);
                    }
                });
            } catch (CancellationException e) {
                // A newer request replaced this one.
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Drops the request in progress, if any: its result will not be delivered. */
    void cancel() {
        generation.incrementAndGet();
    }
}
