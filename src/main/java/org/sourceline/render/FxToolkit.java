package org.sourceline.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts JavaFX for work without windows (PNG export, benchmarks), on machines with or without a
 * display: without one (no DISPLAY, or {@code -Dsourceline.headless=true}) it uses Monocle's
 * headless platform and software rendering, so it runs on servers and in CI.
 */
public final class FxToolkit {
    private static volatile boolean started;

    private FxToolkit() {
    }

    /** True when no display is available (or headless mode is asked for). */
    public static boolean isHeadless() {
        if (Boolean.getBoolean("sourceline.headless")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
    }

    /** Starts the toolkit once; later calls return at once. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        if (isHeadless() && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            if (System.getProperty("headless.geometry") == null) {
                // Monocle's headless screen is 1280 × 800 unless told: a bigger window (the
                // benchmarks' 1600 × 900) would fail to upload its frames to it.
                System.setProperty("headless.geometry", "1920x1200-32");
            }
        }
        // JavaFX warns about running from the class path, which is how a plain jar runs it: harmless.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch latch = new CountDownLatch(1);
        boolean ours = true;
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // The app (or a test) started it: leave its settings alone.
            ours = false;
            latch.countDown();
        }
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start within 30 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        if (ours) {
            // Windowless work must not end the toolkit when no window is open.
            Platform.setImplicitExit(false);
        }
        started = true;
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    public static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                future.complete(work.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        try {
            return future.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX work did not finish in time", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
