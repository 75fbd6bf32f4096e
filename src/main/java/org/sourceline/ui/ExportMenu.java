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
import org.sourceline.data.EventCsvWriter;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * File → Export: the events the filter shows (all of them when no filter is active) as
 * TimelineJS JSON or CSV. The file is chosen in a save dialog that starts in the last export
 * folder, written atomically off the JavaFX thread; success is reported in {@link #messageProperty()}
 * (shown in the status bar), failure in a dialog. An old file is never half-overwritten.
 */
public final class ExportMenu {
    /** A format the menu exports to. */
    private enum Format {
        TIMELINEJS("TimelineJS JSON", "TimelineJS JSON (*.json)", "*.json", ".timeline.json"),
        CSV("CSV", "CSV (*.csv)", "*.csv", ".csv");

        final String label;
        final String filterLabel;
        final String pattern;
        final String suffix;

        Format(String label, String filterLabel, String pattern, String suffix) {
            this.label = label;
            this.filterLabel = filterLabel;
            this.pattern = pattern;
            this.suffix = suffix;
        }
    }

    private final Window owner;
    private final AppModel model;
    private final Settings settings;
    private final Menu menu;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ExportMenu(Window owner, AppModel model, Settings settings) {
        this.owner = owner;
        this.model = model;
        this.settings = settings;
        MenuItem timelineJs = new MenuItem("_TimelineJS JSON…");
        timelineJs.setId("menu-export-timelinejs");
        timelineJs.setOnAction(e -> choose(Format.TIMELINEJS));
        MenuItem csv = new MenuItem("_CSV…");
        csv.setId("menu-export-csv");
        csv.setOnAction(e -> choose(Format.CSV));
        menu = new Menu("_Export", null, timelineJs, csv);
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
        return export(Format.TIMELINEJS, file);
    }

    /** Writes the shown events as CSV to {@code file}, in the background. */
    public Task<Integer> exportCsv(Path file) {
        return export(Format.CSV, file);
    }

    private void choose(Format format) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.label);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.filterLabel, format.pattern));
        chooser.setInitialFileName(fileName(loaded.displayName()) + format.suffix);
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

    private Task<Integer> export(Format format, Path file) {
        LoadedDataset loaded = model.getLoaded();
        Dataset dataset = loaded.dataset();
        List<Event> events = List.copyOf(model.visibleEvents());
        int total = dataset.events().size();
        List<Path> inputs = DatasetFiles.inputsOf(loaded.file(), dataset);
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                if (format == Format.TIMELINEJS && events.isEmpty()) {
                    throw new IOException("No event is shown, and TimelineJS needs at least one. Clear the filters "
                            + "and export again.");
                }
                AtomicFiles.write(file, inputs, out -> {
                    if (format == Format.TIMELINEJS) {
                        TimelineJsWriter writer = new TimelineJsWriter();
                        writer.write(dataset, events, out);
                        warnings.addAll(writer.warnings());
                    } else {
                        new EventCsvWriter().write(dataset, events, out);
                    }
                });
                return events.size();
            }
        };
        message.set("Exporting " + events.size() + " events…");
        task.setOnSucceeded(e -> message.set("Exported " + (events.size() == total ? total + "" : events.size() + " of "
                + total) + " events to " + file.getFileName() + " (" + format.label + ")"
                + (warnings.isEmpty() ? "" : "; " + String.join("; ", warnings))));
        task.setOnFailed(e -> {
            message.set("");
            showError(format, file, task.getException());
        });
        Thread thread = new Thread(task, "sourceline-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void showError(Format format, Path file, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Export failed");
        alert.setHeaderText("Could not export " + format.label + " to " + file.getFileName() + ".");
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
