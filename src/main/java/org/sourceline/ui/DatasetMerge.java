package org.sourceline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.data.merge.DatasetMerger;
import org.sourceline.data.merge.MergePlan;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;

/**
 * File → Merge Dataset…: reads one or more dataset files in the background, works out the merge
 * with the open dataset ({@link DatasetMerger}), shows it for review ({@link MergeReviewDialog})
 * and, when the user merges, opens the result in place of the open dataset. The merged dataset
 * is new and unsaved (no file); the files merged stay as they were. A file with problems is
 * explained and nothing changes.
 */
public final class DatasetMerge {
    private final Stage stage;
    private final AppModel model;
    private final Settings settings;
    private final TaskStatus status = new TaskStatus();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MergeReviewDialog> review = new ReadOnlyObjectWrapper<>(this, "review");

    DatasetMerge(Stage stage, AppModel model, Settings settings) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
    }

    /** The status bar's view of the reading and merging. */
    public TaskStatus status() {
        return status;
    }

    /** What the last merge did, e.g. "Merged 2 datasets: 3 articles, 43 events (not saved)"; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The review dialog while it is showing, else null (for tests). */
    ReadOnlyObjectProperty<MergeReviewDialog> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Asks for the datasets to merge into the open one, then merges them. */
    public void chooseAndMerge() {
        if (model.getLoaded() == null || status.isBusy()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Merge Datasets into “" + model.getLoaded().displayName() + "”");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sourceline datasets and TimelineJS files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String folder = settings.values().lastOpenFolder;
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null && !chosen.isEmpty()) {
            settings.values().lastOpenFolder = chosen.get(0).getParent();
            merge(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Reads {@code files} in the background and shows the merge with the open dataset for review. */
    public void merge(List<Path> files) {
        LoadedDataset current = model.getLoaded();
        if (current == null || files.isEmpty() || status.isBusy()) {
            return;
        }
        Task<Prepared> task = new Task<>() {
            @Override
            protected Prepared call() {
                List<DatasetMerger.Input> inputs = new ArrayList<>();
                inputs.add(new DatasetMerger.Input(inputName(current), current.dataset()));
                for (int i = 0; i < files.size(); i++) {
                    Path file = files.get(i);
                    updateMessage("Reading " + file.getFileName() + " to merge (" + (i + 1) + " of " + files.size() + ")…");
                    ReadResult read = DatasetFormats.read(file);
                    if (read.hasErrors()) {
                        return new Prepared(null, file, read);
                    }
                    inputs.add(new DatasetMerger.Input(String.valueOf(file.getFileName()), read.dataset()));
                }
                updateMessage("Matching actors and looking for likely duplicates…");
                return new Prepared(DatasetMerger.plan(inputs), null, null);
            }
        };
        status.follow(task);
        task.setOnSucceeded(e -> {
            status.release("");
            Prepared prepared = task.getValue();
            if (prepared.plan() == null) {
                Alert alert = ProblemsDialog.create(stage, String.valueOf(prepared.failedFile().getFileName()),
                        prepared.failedRead().problems(), "Nothing was merged.", current.displayName());
                alert.setTitle("Could not merge " + prepared.failedFile().getFileName());
                alert.show();
                return;
            }
            review(prepared.plan(), current);
        });
        task.setOnFailed(e -> {
            status.release("");
            Throwable error = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, "Nothing was merged: " + (error == null ? "unknown error"
                    : error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName()));
            alert.initOwner(stage);
            alert.setHeaderText("Could not merge the datasets");
            alert.show();
        });
        start(task, "sourceline-merge-read");
    }

    /** A plan ready for review, or the file that stopped it and why. */
    private record Prepared(MergePlan plan, Path failedFile, ReadResult failedRead) {
    }

    private void review(MergePlan plan, LoadedDataset current) {
        MergeReviewDialog dialog = new MergeReviewDialog(stage, plan);
        review.set(dialog);
        dialog.dialog().setOnHidden(e -> {
            review.set(null);
            if (dialog.dialog().getResult() == MergeReviewDialog.MERGE && model.getLoaded() == current) {
                apply(dialog, plan.inputs().size());
            }
        });
        dialog.dialog().show();
    }

    /** Merges as the review says, indexes the result off the JavaFX thread, then opens it unsaved. */
    private void apply(MergeReviewDialog dialog, int datasets) {
        Task<LoadedDataset> task = new Task<>() {
            @Override
            protected LoadedDataset call() {
                updateMessage("Merging " + datasets + " datasets…");
                MergePlan.Result result = dialog.merge();
                Dataset merged = result.dataset();
                int quotes = merged.evidenceCount();
                ReadResult read = new ReadResult("merged (unsaved)", merged, List.of(), false, quotes, quotes,
                        merged.events().size(), merged.actors().size(), merged.articles().size());
                return LoadedDataset.of(merged, null, read);
            }
        };
        status.follow(task);
        task.setOnSucceeded(e -> {
            LoadedDataset loaded = task.getValue();
            Dataset merged = loaded.dataset();
            status.release("");
            model.open(loaded, EventFilter.NONE);
            message.set(String.format(Locale.ROOT, "Merged %d datasets: %,d articles, %,d events, %,d actors (not saved)",
                    datasets, merged.articles().size(), merged.events().size(), merged.actors().size()));
        });
        task.setOnFailed(e -> {
            status.release("");
            message.set("Merging failed: " + task.getException());
        });
        start(task, "sourceline-merge");
    }

    /** The name reports give the open dataset: its file's name, or the bundled dataset's. */
    private static String inputName(LoadedDataset loaded) {
        if (loaded.file() != null) {
            return String.valueOf(loaded.file().getFileName());
        }
        String name = loaded.read().file();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void start(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
