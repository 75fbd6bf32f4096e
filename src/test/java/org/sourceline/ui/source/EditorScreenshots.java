package org.sourceline.ui.source;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.render.export.PngWriter;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the authoring views at 1440 × 900, for people to look at (not a check): runs only
 * with {@code -Dsourceline.shots=FOLDER}, e.g.
 * {@code mvn test -Dtest=EditorScreenshots -Dsourceline.shots=/tmp/shots}.
 */
@ExtendWith(ApplicationExtension.class)
class EditorScreenshots {
    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, new AppModel(), Settings.load(dir.resolve("settings.json")));
        window.openBundled();
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        stage.requestFocus();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        AuthoringTest.settle();
        java.util.List<javafx.stage.Window> windows = new java.util.ArrayList<>();
        robot.interact(() -> windows.addAll(javafx.stage.Window.getWindows()));
        int n = 0;
        for (javafx.stage.Window w : windows) {
            if (w.isShowing() && w != stage && w instanceof Stage && w.getScene() != null) {
                write(robot, w.getScene(), name + "-window" + (++n));
            }
        }
        write(robot, stage.getScene(), name);
    }

    private void write(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] row = new int[w];
        Path out = Path.of(System.getProperty("sourceline.shots")).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out); PngWriter png = new PngWriter(stream, w, h, Map.of())) {
            for (int y = 0; y < h; y++) {
                image[0].getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                        row, 0, w);
                png.writeRows(row, 1);
            }
            png.finish();
        }
    }

    @Test
    void editorPictures(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(System.getProperty("sourceline.shots") != null, "pictures only on request");
        robot.interact(() -> window.model().setSelectedEvent(window.model().getDataset().event("drone-deal")));
        robot.interact(() -> window.editing().editSelectedEvent());
        shot(robot, "1-edit-event");
        robot.interact(() -> window.newDataset().fromFile(AuthoringTest.ARTICLE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#details-title").tryQuery().isPresent());
        robot.clickOn("#details-title").write("NASA celebrates 30th anniversary of first shuttle launch");
        shot(robot, "2-new-dataset-dialog");
        robot.clickOn("#details-confirm");
        ArticleReader reader = robot.lookup("#article-reader").queryAs(ArticleReader.class);
        AuthoringTest.dragSelect(robot, reader, "NASA Administrator Charles Bolden", "Bolden announced");
        robot.rightClickOn(robot.lookup("#article-reader").queryAs(javafx.scene.Node.class));
        shot(robot, "3-selection-menu");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> reader.selectionMenu().hide());
        robot.interact(() -> window.editing().newEventFromSelection());
        robot.clickOn("#editor-title").write("NASA names new homes for the retired shuttles");
        robot.clickOn("#editor-edtf").write("2011-04");
        robot.clickOn("#actors-source-input").write("NASA").type(KeyCode.ENTER);
        shot(robot, "4-draft-new-actor");
        robot.clickOn("#new-actor-create");
        shot(robot, "5-draft-ready");
        robot.clickOn("#editor-create");
        shot(robot, "6-created");
        robot.interact(() -> window.editing().showActors());
        shot(robot, "7-actors");
    }
}
