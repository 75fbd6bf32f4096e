package org.sourceline.query;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work of an index build done on another thread while the calling thread does the rest: the
 * machine has at least two cores, and building the indexes of a million events on one of them
 * is what a reopened big dataset waits for. Only for big datasets (a thread costs more than
 * indexing a few thousand events).
 */
public final class Concurrently {
    /** Datasets smaller than this are indexed on the calling thread alone. */
    public static final int MIN_EVENTS = 100_000;

    private Concurrently() {
    }

    /** A result being computed on another thread. */
    public static final class Result<T> {
        private final CompletableFuture<T> future;

        private Result(CompletableFuture<T> future) {
            this.future = future;
        }

        /** Waits for the result; the work's own exception or error is thrown as it was. */
        public T join() {
            try {
                return future.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }

    /** Starts {@code work} on a thread of its own (a daemon: it never keeps the app alive). */
    public static <T> Result<T> start(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(work.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "sourceline-index");
        thread.setDaemon(true);
        thread.start();
        return new Result<>(future);
    }
}
