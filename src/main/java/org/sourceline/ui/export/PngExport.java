package org.sourceline.ui.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
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
import org.sourceline.render.export.TiledPngExporter;
import org.sourceline.render.export.TimelineExport;
import org.sourceline.render.export.TimelineImage;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.Settings;
import org.sourceline.ui.TaskStatus;
import org.sourceline.ui.timeline.TimelineView;

/**
 * File → Export Timeline as PNG: the dialog, then the export in the background with progress and
 * Cancel in the status bar. The window stays responsive; success says where the file went;
 * failure explains itself in a dialog and leaves any old file as it was.
 */
public final class PngExport {
    private final Window owner;
    private final AppModel model;
    private final TimelineView timeline;
    private final Settings settings;
    private final TaskStatus status = new TaskStatus();
    private Task<int[]> running;

    public PngExport(Window owner, AppModel model, TimelineView timeline, Settings settings) {
        this.owner = owner;
        this.model = model;
        this.timeline = timeline;
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
        double[] visible = {timeline.getVisibleStart(), timeline.getVisibleEnd()};
        double[] whole = TimelineExport.wholeRange(loaded.timeline());
        String folder = settings.values().lastExportFolder;
        Path base = folder != null && Files.isDirectory(Path.of(folder)) ? Path.of(folder)
                : Path.of(System.getProperty("user.home"));
        Path suggested = base.resolve(org.sourceline.ui.ExportMenu.fileName(loaded.displayName()) + ".png");
        return new PngExportDialog(owner, visible, whole, screenWidth(), suggested,
                DatasetFiles.inputsOf(loaded.file(), loaded.dataset()));
    }

    private double screenWidth() {
        return timeline.getWidth() > 0 ? timeline.getWidth() : 1600;
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
    public Task<int[]> start(PngExportDialog.Request request) {
        LoadedDataset loaded = model.getLoaded();
        FilterResult result = model.getFilterResult();
        EventFilter filter = result.filter();
        double[] range = request.wholeTimeline() ? TimelineExport.wholeRange(loaded.timeline())
                : new double[] {timeline.getVisibleStart(), timeline.getVisibleEnd()};
        double[] widthAndScale = PngExportDialog.logicalWidthAndScale(request, screenWidth());
        TimelineExport.Options options = new TimelineExport.Options(range[0], range[1], widthAndScale[0], 0,
                widthAndScale[1], request.title(), request.legend(), request.caption(), timeline.modeProperty().get());
        java.util.List<String> order = java.util.List.copyOf(timeline.getLaneOrder());
        Path file = request.file();
        java.util.List<Path> inputs = DatasetFiles.inputsOf(loaded.file(), loaded.dataset());
        settings.values().lastExportFolder = file.toAbsolutePath().getParent().toString();
        settings.save();
        java.util.concurrent.atomic.AtomicBoolean workerStarted = new java.util.concurrent.atomic.AtomicBoolean();
        Task<int[]> task = new Task<>() {
            private boolean stopped() {
                return isCancelled();
            }

            @Override
            protected int[] call() throws Exception {
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

            private int[] export() throws Exception {
                updateMessage("Exporting the timeline…");
                TimelineIndex.Visible visible = loaded.timeline().visible(result);
                int[] laneOrder = order.isEmpty() ? null : order.stream()
                        .map(id -> loaded.dataset().actor(id)).filter(java.util.Objects::nonNull)
                        .mapToInt(a -> loaded.index().indexOf(a)).toArray();
                TimelineImage image = TimelineExport.image(loaded.dataset(), filter, visible,
                        TimelineExport.hiddenActors(loaded.index(), filter), laneOrder, options);
                int[] size = TiledPngExporter.pixelSize(image, options.scale());
                String problem = TiledPngExporter.checkSize(size[0], size[1]);
                if (problem != null) {
                    throw new IllegalArgumentException("The image is too big: " + problem + ".");
                }
                new TiledPngExporter().export(image, options.scale(), file, inputs, new TiledPngExporter.Progress() {
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
                return size;
            }
        };
        running = task;
        status.follow(task);
        task.setOnSucceeded(e -> {
            int[] size = task.getValue();
            finish(task, "Exported the timeline to " + file + " (" + size[0] + " × " + size[1] + " pixels)");
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

    private void finish(Task<int[]> task, String outcome) {
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
