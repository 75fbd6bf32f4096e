package org.sourceline.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs work on the JavaFX thread from outside it, starting the toolkit first if nobody has:
 * for benchmarks (and tests) that draw on offscreen canvases without an application.
 */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the JavaFX toolkit unless it is running already. */
    public static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
    }

    /** Runs {@code work} on the JavaFX thread and returns its result, rethrowing what it throws. */
    public static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
