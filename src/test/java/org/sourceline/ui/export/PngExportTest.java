package org.sourceline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.showBundled(stage, new AppModel(), dir);
    }

    @Test
    void theDialogExportsThePngTheUserAskedFor(FxRobot robot) throws Exception {
        Path out = dir.resolve("from-dialog.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#png-export-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#png-export-dialog").queryAs(DialogPane.class);
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(dir.resolve("no/such/folder/x.png").toString()));
        Button export = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertThat(export.isDisabled()).isTrue();
        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).contains("does not exist");
        robot.interact(() -> file.setText(out.toString()));
        robot.clickOn("#export-whole");
        robot.clickOn("#export-by-width");
        TextField width = robot.lookup("#export-width").queryAs(TextField.class);
        robot.interact(() -> width.setText("0"));
        assertThat(export.isDisabled()).isTrue();
        robot.interact(() -> width.setText("3000"));
        assertThat(export.isDisabled()).isFalse();
        robot.clickOn(export);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out) && !window.pngExport().busyProperty().get());
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(3000);
        assertThat(window.pngExport().messageProperty().get()).contains("Exported the timeline to").contains("3000 ×");
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).contains("from-dialog.png");
    }

    @Test
    void cancellingLeavesNoFile(FxRobot robot) throws Exception {
        Path out = dir.resolve("cancelled.png");
        PngExportDialog.Request request = new PngExportDialog.Request(true, 1, 30_000, true, true, true, out);
        @SuppressWarnings("unchecked")
        javafx.concurrent.Task<org.sourceline.render.export.PngExportJob.Result>[] started = new javafx.concurrent.Task[1];
        robot.interact(() -> started[0] = window.pngExport().start(request));
        javafx.concurrent.Task<org.sourceline.render.export.PngExportJob.Result> task = started[0];
        robot.interact(() -> window.pngExport().cancel());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.pngExport().busyProperty().get());
        assertThat(task.isCancelled() || task.getState() == javafx.concurrent.Worker.State.FAILED).isTrue();
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".cancelled.png"));
        }
        assertThat(window.pngExport().messageProperty().get()).contains("cancelled");
    }
}
