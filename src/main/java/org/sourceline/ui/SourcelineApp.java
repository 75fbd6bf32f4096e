package org.sourceline.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started through {@link org.sourceline.Main} (never directly as the
 * main class), which passes the file to open, if any.
 */
public final class SourcelineApp extends Application {
    /** The app's icon (resources/icons, drawn from sourceline.svg), for the window and the task bar. */
    static final String WINDOW_ICON = "/icons/sourceline-256.png";

    private static volatile Path initialFile;
    private static volatile java.util.concurrent.CompletableFuture<StartupPreload.Ready> preload;

    /** Starts the app and returns when it has closed. */
    public static void launchWith(Path file) {
        initialFile = file;
        if (Boolean.getBoolean("sourceline.headless") && System.getProperty("glass.platform") == null) {
            // For smoke tests and the start-up benchmark on machines without a display.
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        // JavaFX warns when run from the class path, which is how a plain jar runs it: harmless noise.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        preload = StartupPreload.start();
        Application.launch(SourcelineApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupPreload.Ready ready = preload == null ? null : preload.join();
        Settings settings = ready == null ? Settings.load() : ready.settings();
        MainWindow window = new MainWindow(stage, new AppModel(), settings);
        if (ready != null && ready.bundled() != null) {
            window.show(ready.bundled());
        } else {
            window.openBundled();
        }
        stage.show();
        boolean exitAfterFrame = Boolean.getBoolean("sourceline.exitAfterFirstFrame");
        if (initialFile != null) {
            long opening = System.nanoTime();
            window.open(initialFile);
            if (exitAfterFrame) {
                exitAfterDatasetFrame(window, opening);
            }
        }
        afterFirstFrame(() -> {
            if (exitAfterFrame && initialFile == null) {
                // For the start-up benchmark and the class-data training run (README, Install).
                long millis = LaunchClock.millisSinceLaunch();
                System.out.println("first frame after " + millis + " ms");
                javafx.application.Platform.exit();
                return;
            }
            // Nothing in the first frame needs it: decoding it then would only delay the window.
            stage.getIcons().add(new Image(SourcelineApp.class.getResource(WINDOW_ICON).toExternalForm()));
            // What a session that did not close normally left unsaved.
            window.offerRecovery();
        });
    }

    /** The window has closed: a snapshot still being written is finished, so the next open is fast. */
    @Override
    public void stop() {
        DatasetOpener.finishSnapshotWrites(SNAPSHOT_WRITE_LIMIT_MILLIS);
    }

    /** Quitting waits at most this long for a snapshot being written (a 1M-event one takes some 20 s here). */
    private static final long SNAPSHOT_WRITE_LIMIT_MILLIS = 120_000;

    /**
     * For the open benchmark: once the timeline has been drawn with the dataset of the file given
     * on the command line, prints the JVM's uptime, the time since the open began and the CPU time
     * the process has used (on a shared machine the steadier figure), and quits;
     * quits with a message if the file could not be opened.
     */
    private static void exitAfterDatasetFrame(MainWindow window, long opening) {
        AppModel model = window.model();
        boolean[] done = {false};
        Runnable check = () -> {
            LoadedDataset loaded = model.getLoaded();
            org.sourceline.query.FilterResult result = model.getFilterResult();
            if (done[0]) {
                return;
            }
            if (loaded != null && loaded.file() != null && result != null && result.index() == loaded.index()) {
                done[0] = true;
                afterFirstFrame(() -> {
                    long uptime = LaunchClock.millisSinceLaunch();
                    long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
                    System.out.println("dataset frame after " + uptime + " ms; opening took "
                            + (System.nanoTime() - opening) / 1_000_000 + " ms; process CPU time " + cpu + " ms");
                    javafx.application.Platform.exit();
                });
            } else if (!window.opener().isBusy() && (loaded == null || loaded.file() == null)) {
                done[0] = true;
                System.out.println("the dataset could not be opened");
                javafx.application.Platform.exit();
            }
        };
        model.filterResultProperty().addListener(o -> check.run());
        window.opener().busyProperty().addListener(o -> javafx.application.Platform.runLater(check));
    }

    /** Runs {@code work} on the JavaFX thread once the first frame has been drawn. */
    static void afterFirstFrame(Runnable work) {
        AfterFrames.run(work);
    }
}
