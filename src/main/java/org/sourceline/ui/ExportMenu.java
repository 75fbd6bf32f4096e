package org.sourceline.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.RefusedOutputException;
import org.sourceline.data.EventWriter;
import org.sourceline.data.formats.EventWriters;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * File → Export: the events the filter shows (all of them when no filter is active) in each
 * text format of {@link EventWriters} (TimelineJS JSON, CSV). The file is chosen in a save dialog that starts in the last export
 * folder, written atomically off the JavaFX thread; success is reported in {@link #messageProperty()}
 * (shown in the status bar), failure in a dialog. An old file is never half-overwritten.
 */
public final class ExportMenu {
    private final Window owner;
    private final AppModel model;
    private final Settings settings;
    private final Menu menu;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ExportMenu(Window owner, AppModel model, Settings settings) {
        this.owner = owner;
        this.model = model;
        this.settings = settings;
        menu = new Menu("_Export");
        for (EventWriter format : EventWriters.all()) {
            MenuItem item = new MenuItem("_" + format.label() + "…");
            item.setId("menu-export-" + format.id());
            item.setOnAction(e -> choose(format.id()));
            menu.getItems().add(item);
        }
        menu.setId("menu-export");
        menu.disableProperty().bind(model.loadedProperty().isNull());
    }

    /** The submenu for the File menu. */
    public Menu menu() {
        return menu;
    }

    /** What the last export did, e.g. "Exported 7 of 17 events to timeline.json"; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Writes the shown events as TimelineJS JSON to {@code file}, in the background. */
    public Task<Integer> exportTimelineJs(Path file) {
        return export("timelinejs", file);
    }

    /** Writes the shown events as CSV to {@code file}, in the background. */
    public Task<Integer> exportCsv(Path file) {
        return export("csv", file);
    }

    /** Writes the shown events to {@code file} in the format {@code id} of {@link EventWriters}, in the background. */
    public Task<Integer> export(String id, Path file) {
        return export(EventWriters.create(id), file);
    }

    private void choose(String id) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return;
        }
        EventWriter format = EventWriters.create(id);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.label() + " (" + format.filePattern() + ")", format.filePattern()));
        chooser.setInitialFileName(fileName(loaded.displayName()) + format.extension());
        String folder = settings.values().lastExportFolder;
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            settings.values().lastExportFolder = chosen.getParent();
            settings.save();
            try {
                // Refused at once (the dataset itself, a folder, a device…): nothing starts.
                AtomicFiles.check(chosen.toPath(), DatasetFiles.inputsOf(loaded.file(), loaded.dataset()));
            } catch (IOException e) {
                showError(format, chosen.toPath(), e);
                return;
            }
            export(format, chosen.toPath());
        }
    }

    private Task<Integer> export(EventWriter writer, Path file) {
        LoadedDataset loaded = model.getLoaded();
        Dataset dataset = loaded.dataset();
        List<Event> events = List.copyOf(model.visibleEventsNow());
        int total = dataset.events().size();
        List<Path> inputs = DatasetFiles.inputsOf(loaded.file(), dataset);
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                if (events.isEmpty() && writer.emptyRefusal() != null) {
                    throw new IOException("No event is shown, and " + writer.emptyRefusal() + ". Clear the filters "
                            + "and export again.");
                }
                AtomicFiles.write(file, inputs, out -> writer.write(dataset, events, out));
                warnings.addAll(writer.warnings());
                return events.size();
            }
        };
        message.set("Exporting " + events.size() + " events…");
        task.setOnSucceeded(e -> message.set("Exported " + (events.size() == total ? total + "" : events.size() + " of "
                + total) + " events to " + file.getFileName() + " (" + writer.label() + ")"
                + (warnings.isEmpty() ? "" : "; " + String.join("; ", warnings))));
        task.setOnFailed(e -> {
            message.set("");
            showError(writer, file, task.getException());
        });
        Thread thread = new Thread(task, "sourceline-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void showError(EventWriter format, Path file, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Export failed");
        alert.setHeaderText("Could not export " + format.label() + " to " + file.getFileName() + ".");
        alert.setContentText(describe(error) + "\n\nNothing was written; a file that was already there is unchanged.");
        alert.getDialogPane().setId("export-error-dialog");
        alert.show();
    }

    private static String describe(Throwable error) {
        if (error instanceof RefusedOutputException refused) {
            return "Cannot export there: " + refused.getReason() + ".";
        }
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied.";
        }
        if (error instanceof FileSystemException fs && fs.getReason() != null) {
            return Character.toUpperCase(fs.getReason().charAt(0)) + fs.getReason().substring(1) + ": " + fs.getFile();
        }
        if (error == null || error.getMessage() == null) {
            return error == null ? "Unknown error." : error.getClass().getSimpleName();
        }
        return error.getMessage();
    }

    /** A file name from a dataset title: letters, digits and dashes. */
    public static String fileName(String title) {
        String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "sourceline" : name.length() > 60 ? name.substring(0, 60) : name;
    }
}
