package org.sourceline.ui.graph;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Runs work on one background thread, newest request first: a new request cancels the one
 * running (the work is handed a "cancelled?" check to poll), and only the newest result reaches
 * the JavaFX thread. The JavaFX thread never waits. Used for the graph's layouts, on big
 * datasets for deriving the graph from the filtered events, and by {@code AppModel} for filtering.
 * A failure, an {@link Error} such as {@link OutOfMemoryError} included, reaches {@code failed}
 * on the JavaFX thread: a caller that shows "working…" can always clear it.
 */
public final class BackgroundRunner {
    private final ExecutorService thread;
    private final AtomicLong generation = new AtomicLong();

    public BackgroundRunner(String threadName) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Computes in the background and hands the result to {@code done} on the JavaFX thread,
     * unless a newer request came first; {@code failed} gets any error. {@code work} may throw
     * {@link CancellationException} when its check says it has been replaced.
     */
    public <T> void submit(Function<BooleanSupplier, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        long mine = generation.incrementAndGet();
        BooleanSupplier replaced = () -> generation.get() != mine;
        thread.submit(() -> {
            try {
                T result = work.apply(replaced);
                Platform.runLater(() -> {
                    if (!replaced.getAsBoolean()) {
                        done.accept(result);
                    }
                });
            } catch (CancellationException e) {
                // A newer request replaced this one.
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    if (!replaced.getAsBoolean()) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Drops the request in progress, if any: its result will not be delivered. */
    public void cancel() {
        generation.incrementAndGet();
    }
}
