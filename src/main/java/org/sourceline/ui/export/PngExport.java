package org.sourceline.ui.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.RefusedOutputException;
import org.sourceline.query.EventFilter;
import org.sourceline.query.FilterResult;
import org.sourceline.render.export.PngExportJob;
import org.sourceline.render.export.TiledPngExporter;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.Settings;
import org.sourceline.ui.TaskStatus;

/**
 * File → Export Timeline as PNG: the dialog, then the export in the background with progress and
 * Cancel in the status bar. The window stays responsive; success says where the file went;
 * failure explains itself in a dialog and leaves any old file as it was.
 */
public final class PngExport {
    /**
     * The timeline as it is shown, for "export the visible range as on screen".
     *
     * @param visibleStart first visible day
     * @param visibleEnd   day at the right edge
     * @param screenWidth  the timeline's width on screen, in points (0 when not shown)
     * @param mode         lanes or compact
     * @param laneOrder    actor ids in the order the user put the lanes (empty: by number of events)
     * @param timeScale    how time is laid along the axis
     */
    public record Shown(double visibleStart, double visibleEnd, double screenWidth, TimelineLayout.Mode mode,
                        java.util.List<String> laneOrder, TimeScaleMode timeScale) {
    }

    private final Window owner;
    private final AppModel model;
    private final Supplier<Shown> shown;
    private final Settings settings;
    private final TaskStatus status = new TaskStatus();
    private Task<PngExportJob.Result> running;

    /** An exporter of the model's filtered events, as {@code shown} says the timeline shows them. */
    public PngExport(Window owner, AppModel model, Supplier<Shown> shown, Settings settings) {
        this.owner = owner;
        this.model = model;
        this.shown = shown;
        this.settings = settings;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    /** The last outcome ("Exported … to …") or the step under way. */
    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    /** The dialog, built for the current dataset and view (shown by {@link #showDialog()}). */
    public PngExportDialog createDialog() {
        LoadedDataset loaded = model.getLoaded();
        Shown now = shown.get();
        double[] visible = {now.visibleStart(), now.visibleEnd()};
        double[] whole = PngExportJob.wholeRange(loaded.timeline().visible(model.getFilterResult()), now.timeScale());
        String folder = settings.values().lastExportFolder;
        Path base = folder != null && Files.isDirectory(Path.of(folder)) ? Path.of(folder)
                : Path.of(System.getProperty("user.home"));
        Path suggested = base.resolve(org.sourceline.ui.ExportMenu.fileName(loaded.displayName()) + ".png");
        return new PngExportDialog(owner, visible, whole, screenWidth(), suggested,
                DatasetFiles.inputsOf(loaded.file(), loaded.dataset()));
    }

    private double screenWidth() {
        double width = shown.get().screenWidth();
        return width > 0 ? width : PngExportJob.DEFAULT_WIDTH;
    }

    /** Shows the dialog and starts the export the user asks for. */
    public void showDialog() {
        if (model.getLoaded() == null || status.isBusy()) {
            return;
        }
        Optional<PngExportDialog.Request> request = createDialog().showAndWait();
        request.ifPresent(this::start);
    }

    /** Starts an export in the background; returns its task (for tests and progress). */
    public Task<PngExportJob.Result> start(PngExportDialog.Request request) {
        LoadedDataset loaded = model.getLoaded();
        FilterResult result = model.getFilterResult();
        Shown now = shown.get();
        double[] range = request.wholeTimeline() ? PngExportJob.wholeRange(loaded.timeline().visible(result), now.timeScale())
                : new double[] {now.visibleStart(), now.visibleEnd()};
        double[] widthAndScale = PngExportDialog.logicalWidthAndScale(request, screenWidth());
        int[] laneOrder = now.laneOrder().isEmpty() ? null : now.laneOrder().stream()
                .map(id -> loaded.dataset().actor(id)).filter(java.util.Objects::nonNull)
                .mapToInt(a -> loaded.index().indexOf(a)).toArray();
        PngExportJob.Options options = PngExportJob.Options.timeline(range[0], range[1])
                .withSize(widthAndScale[0], 0, widthAndScale[1])
                .withParts(request.title(), request.legend(), request.caption())
                .withLayout(now.mode(), laneOrder).withTimeScale(now.timeScale());
        Path file = request.file();
        java.util.List<Path> inputs = DatasetFiles.inputsOf(loaded.file(), loaded.dataset());
        settings.values().lastExportFolder = file.toAbsolutePath().getParent().toString();
        settings.save();
        java.util.concurrent.atomic.AtomicBoolean workerStarted = new java.util.concurrent.atomic.AtomicBoolean();
        Task<PngExportJob.Result> task = new Task<>() {
            private boolean stopped() {
                return isCancelled();
            }

            @Override
            protected PngExportJob.Result call() throws Exception {
                workerStarted.set(true);
                try {
                    return export();
                } finally {
                    if (isCancelled()) {
                        // Only now is the temporary file gone: report the cancellation when it is true.
                        javafx.application.Platform.runLater(() -> finish(this, "Export cancelled; nothing was written."));
                    }
                }
            }

            private PngExportJob.Result export() throws Exception {
                updateMessage("Exporting the timeline…");
                TimelineIndex.Visible visible = loaded.timeline().visible(result);
                try {
                    return PngExportJob.write(loaded.dataset(), visible, options, file, inputs,
                            new TiledPngExporter.Progress() {
                        @Override
                        public void tilesDone(int done, int total) {
                            updateProgress(done, total);
                            updateMessage("Exporting the timeline: part " + done + " of " + total + "…");
                        }

                        @Override
                        public boolean isCancelled() {
                            return stopped();
                        }
                    });
                } catch (PngExportJob.TooLargeException e) {
                    throw new IllegalArgumentException("The image is too big: " + e.getMessage() + ".");
                }
            }
        };
        running = task;
        status.follow(task);
        task.setOnSucceeded(e -> {
            PngExportJob.Result written = task.getValue();
            finish(task, "Exported the timeline to " + file + " (" + written.width() + " × " + written.height()
                    + " pixels)");
        });
        // The worker notices a cancellation between two tiles; until then the export is still busy.
        task.setOnCancelled(e -> {
            if (workerStarted.get()) {
                status.say("Cancelling the export…");
            } else {
                finish(task, "Export cancelled; nothing was written.");
            }
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof CancellationException) {
                finish(task, "Export cancelled; nothing was written.");
                return;
            }
            finish(task, "");
            showError(file, task.getException());
        });
        Thread thread = new Thread(task, "sourceline-png-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Stops the export under way; the file is left as it was. */
    public void cancel() {
        if (running != null && running.isRunning()) {
            running.cancel(false);
        }
    }

    private void finish(Task<PngExportJob.Result> task, String outcome) {
        if (running == task) {
            running = null;
            status.release(outcome);
        }
    }

    private void showError(Path file, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Export failed");
        alert.setHeaderText("Could not export the timeline to " + file.getFileName() + ".");
        String reason;
        if (error instanceof RefusedOutputException refused) {
            reason = "Cannot export there: " + refused.getReason() + ".";
        } else if (error instanceof AccessDeniedException) {
            reason = "Permission denied: " + file;
        } else if (error instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason() + ": " + fs.getFile();
        } else if (error instanceof OutOfMemoryError) {
            reason = "Not enough memory for an image this size. Choose a smaller size.";
        } else {
            reason = error == null || error.getMessage() == null ? String.valueOf(error) : error.getMessage();
        }
        alert.setContentText(reason + "\n\nNothing was written; a file that was already there is unchanged.");
        alert.getDialogPane().setId("png-export-error");
        alert.show();
    }
}
