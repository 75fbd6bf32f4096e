package org.sourceline.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started through {@link org.sourceline.Main} (never directly as the
 * main class), which passes the file to open, if any.
 */
public final class SourcelineApp extends Application {
    private static volatile Path initialFile;

    /** Starts the app and returns when it has closed. */
    public static void launchWith(Path file) {
        initialFile = file;
        // JavaFX warns when run from the class path, which is how a plain jar runs it: harmless noise.
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        Application.launch(SourcelineApp.class);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.load();
        MainWindow window = new MainWindow(stage, new AppModel(), settings);
        window.openBundled();
        stage.show();
        if (initialFile != null) {
            window.open(initialFile);
        }
    }
}
