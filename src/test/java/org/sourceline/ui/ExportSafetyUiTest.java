package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.ReadResult;
import org.sourceline.data.RefusedOutputException;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.ui.export.PngExportDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's exports refuse what the command line refuses: the open dataset, its text, a device. */
@ExtendWith(ApplicationExtension.class)
class ExportSafetyUiTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path dataset;
    private Path text;

    @Start
    void start(Stage stage) {
        try {
            dataset = dir.resolve("open-" + System.nanoTime() + ".json");
            text = dir.resolve("iran-russia-2023.txt");
            Files.copy(Path.of("resources/datasets/iran-russia-2023.json"), dataset);
            Files.copy(Path.of("resources/datasets/iran-russia-2023.txt"), text,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        window = new MainWindow(stage, new AppModel(), Settings.load(dir.resolve("s" + System.nanoTime() + ".json")));
        ReadResult read = DatasetFormats.read(dataset);
        window.show(LoadedDataset.of(read, dataset));
        stage.show();
        stage.requestFocus();
    }

    private Task<?> run(FxRobot robot, java.util.function.Supplier<Task<?>> export) throws Exception {
        AtomicReference<Task<?>> task = new AtomicReference<>();
        robot.interact(() -> task.set(export.get()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> task.get().isDone())
                .get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        return task.get();
    }

    private DialogPane errorDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private static void close(FxRobot robot, DialogPane dialog) {
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void exportingOverTheOpenDatasetItsTextOrADeviceIsRefused(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(dataset);
        byte[] textBefore = Files.readAllBytes(text);
        Task<?> csv = run(robot, () -> window.exportMenu().exportCsv(dataset));
        assertThat(WaitForAsyncUtils.asyncFx(csv::getState).get()).isEqualTo(Worker.State.FAILED);
        assertThat(WaitForAsyncUtils.asyncFx(csv::getException).get()).isInstanceOf(RefusedOutputException.class);
        DialogPane dialog = errorDialog(robot, "export-error-dialog");
        assertThat(dialog.getContentText()).contains("Cannot export there: it is a file being read")
                .contains("Nothing was written");
        close(robot, dialog);

        run(robot, () -> window.exportMenu().exportTimelineJs(text));
        DialogPane second = errorDialog(robot, "export-error-dialog");
        assertThat(second.getContentText()).contains("it is a file being read");
        close(robot, second);

        assertThat(Files.readAllBytes(dataset)).isEqualTo(before);
        assertThat(Files.readAllBytes(text)).isEqualTo(textBefore);

        // (One test: building the main window costs more than the checks.)
        thePngDialogWillNotExportOverTheDatasetOrADevice(robot);
    }

    private void thePngDialogWillNotExportOverTheDatasetOrADevice(FxRobot robot) throws Exception {
        AtomicReference<PngExportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(window.pngExport().createDialog()));
        DialogPane pane = dialog.get().getDialogPane();
        TextField file = (TextField) pane.lookup("#export-file");
        Label summary = (Label) pane.lookup("#export-summary");
        Button export = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(export.isDisabled()).isFalse();
        robot.interact(() -> file.setText(dataset.toString()));
        assertThat(export.isDisabled()).isTrue();
        assertThat(summary.getText()).startsWith("Cannot export there: it is a file being read");
        robot.interact(() -> file.setText(dir.resolve("sub/../" + text.getFileName()).toString()));
        assertThat(export.isDisabled()).isTrue();
        if (Files.exists(Path.of("/dev/null"))) {
            robot.interact(() -> file.setText("/dev/null"));
            assertThat(summary.getText()).contains("a character device, not a regular file");
            assertThat(export.isDisabled()).isTrue();
        }
        robot.interact(() -> file.setText(dir.resolve("fine.png").toString()));
        assertThat(export.isDisabled()).isFalse();

        // Asked for anyway (as a script could), the export fails with the same words and writes nothing.
        byte[] before = Files.readAllBytes(dataset);
        run(robot, () -> window.pngExport().start(new PngExportDialog.Request(false, 1, null, true, true, true, dataset)));
        DialogPane error = errorDialog(robot, "png-export-error");
        assertThat(error.getContentText()).contains("Cannot export there: it is a file being read");
        close(robot, error);
        assertThat(Files.readAllBytes(dataset)).isEqualTo(before);
    }
}
