package org.sourceline.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;

/**
 * The main window as the TestFX tests start it: its own settings file (each test starts from
 * the defaults and cannot see another's), a dataset shown, the stage shown and focused.
 */
public final class TestWindows {
    private static final AtomicLong SETTINGS_FILES = new AtomicLong();

    private TestWindows() {
    }

    /** Settings kept in a new file under {@code dir}: the defaults, shared with no other test. */
    public static Settings freshSettings(Path dir) {
        return Settings.load(dir.resolve("settings-" + System.nanoTime() + "-" + SETTINGS_FILES.incrementAndGet() + ".json"));
    }

    /** A main window on the bundled dataset, shown and focused. */
    public static MainWindow showBundled(Stage stage, AppModel model, Path dir) {
        MainWindow window = new MainWindow(stage, model, freshSettings(dir));
        window.openBundled();
        showAndFocus(stage);
        return window;
    }

    /** A main window on {@code loaded}, shown and focused. */
    public static MainWindow showing(Stage stage, AppModel model, Path dir, LoadedDataset loaded) {
        MainWindow window = new MainWindow(stage, model, freshSettings(dir));
        window.show(loaded);
        showAndFocus(stage);
        return window;
    }

    private static void showAndFocus(Stage stage) {
        stage.show();
        stage.requestFocus();
    }

    /** The text of the window's status bar. */
    public static String statusText(FxRobot robot) {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }
}
