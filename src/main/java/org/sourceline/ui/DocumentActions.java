package org.sourceline.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetSaver;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;

/**
 * Saving the open dataset and not losing work: File → Save and Save As… (in the background, with
 * progress, atomically, article texts beside the dataset), the question "Save changes?" before
 * anything would drop unsaved changes (closing, opening another file, a new dataset, quitting),
 * and the recovery copy written every minute while changes are unsaved.
 *
 * <p>A failed save says why in a dialog; the dataset stays open and unsaved, and the file on disk
 * is as it was (see {@link DatasetSaver}).
 */
public final class DocumentActions {
    /** Buttons of the "Save changes?" question. */
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    /** How often a recovery copy is written while there are unsaved changes. */
    static Duration recoveryInterval = Duration.minutes(1);

    private final Stage stage;
    private final AppModel model;
    private final Settings settings;
    private final RecoveryStore recovery;
    private final TaskStatus status = new TaskStatus();
    private final ExecutorService recoveryThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sourceline-recovery");
        t.setDaemon(true);
        return t;
    });
    private final Timeline recoveryTimer;
    private Dataset lastRecovered;
    /** The window is gone (hidden, or its scene replaced): no timer may start again. */
    private boolean closed;
    private java.util.function.DoubleConsumer writeHook = p -> { };
    private Runnable afterSaved;
    /** Lets tests choose where Save As writes without a native file dialog. */
    private java.util.function.Supplier<Path> saveAsChooser;

    public DocumentActions(Stage stage, AppModel model, Settings settings) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
        this.recovery = RecoveryStore.of(settings);
        recoveryTimer = new Timeline(new KeyFrame(recoveryInterval, e -> writeRecoveryCopy()));
        recoveryTimer.setCycleCount(Timeline.INDEFINITE);
        // It runs only while there are unsaved changes: a running timer also keeps the window alive.
        if (model.isDirty()) {
            recoveryTimer.play();
        }
        model.dirtyProperty().addListener((obs, was, dirty) -> {
            if (dirty) {
                if (!closed) {
                    recoveryTimer.play();
                }
            } else {
                recoveryTimer.stop();
                lastRecovered = null;
                recoveryThread.submit(recovery::clear);
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    /**
     * Called with the progress of every save as it writes (for tests): an exception thrown there
     * fails the save the way a full disk does, halfway through the write.
     */
    public void setWriteHook(java.util.function.DoubleConsumer hook) {
        this.writeHook = hook;
    }

    /** Where Save As writes, instead of asking with a file dialog (for tests). */
    public void setSaveAsChooser(java.util.function.Supplier<Path> chooser) {
        this.saveAsChooser = chooser;
    }

    // ----- saving --------------------------------------------------------------------------

    /** File → Save: to the dataset's file, or Save As when it has none. {@code then} runs once it is saved. */
    public void save(Runnable then) {
        Path file = model.getFile();
        if (file == null) {
            saveAs(then);
        } else {
            saveTo(file, then);
        }
    }

    public void save() {
        save(() -> { });
    }

    /** File → Save As…: asks where, then saves there. */
    public void saveAs(Runnable then) {
        Path target = saveAsChooser != null ? saveAsChooser.get() : chooseTarget();
        if (target != null) {
            saveTo(target, then);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private Path chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Dataset As");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sourceline datasets (*.json)", "*.json"));
        Path current = model.getFile();
        String folder = current != null ? String.valueOf(current.toAbsolutePath().getParent())
                : settings.values().lastOpenFolder;
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : org.sourceline.edit.EventIds.slug(model.getDataset().title(), "dataset") + ".json");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return null;
        }
        Path path = chosen.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".json");
        }
        settings.values().lastOpenFolder = String.valueOf(path.toAbsolutePath().getParent());
        return path;
    }

    /** Saves the current version to {@code target} in the background; the window stays usable. */
    void saveTo(Path target, Runnable then) {
        if (status.isBusy() || model.getDataset() == null) {
            return;
        }
        Dataset version = model.getDataset();
        Path absolute = target.toAbsolutePath();
        java.util.function.DoubleConsumer hook = writeHook;
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws IOException {
                updateMessage("Saving " + absolute.getFileName() + "…");
                return DatasetSaver.save(version, absolute, p -> {
                    hook.accept(p);
                    updateProgress(p, 1);
                });
            }
        };
        afterSaved = then;
        status.follow(task);
        task.setOnSucceeded(e -> {
            model.markSaved(version, absolute);
            settings.addRecent(absolute);
            settings.save();
            status.release("Saved " + absolute.getFileName());
            if (!model.isDirty()) {
                recoveryThread.submit(recovery::clear);
            }
            Runnable next = afterSaved;
            afterSaved = null;
            if (next != null) {
                next.run();
            }
        });
        task.setOnFailed(e -> {
            afterSaved = null;
            status.release("Not saved");
            Throwable error = task.getException();
            showSaveFailure(absolute, error);
        });
        Thread thread = new Thread(task, "sourceline-save");
        thread.setDaemon(true);
        thread.start();
    }

    private void showSaveFailure(Path target, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Could not save");
        alert.setHeaderText("Could not save " + target.getFileName());
        alert.setContentText(reason(error) + "\n\nThe dataset is still open with its unsaved changes, and "
                + (Files.exists(target) ? "the file on disk is as it was before." : "nothing was written.")
                + " Try Save As… to save it somewhere else.");
        alert.getDialogPane().setId("save-failed-dialog");
        alert.setResizable(true);
        alert.show();
    }

    static String reason(Throwable error) {
        if (error instanceof java.io.UncheckedIOException unchecked) {
            error = unchecked.getCause();
        }
        if (error instanceof java.nio.file.AccessDeniedException denied) {
            return "No permission to write in " + (denied.getFile() == null ? "that folder" : denied.getFile()) + ".";
        }
        if (error instanceof java.nio.file.NoSuchFileException missing) {
            return "The folder " + missing.getFile() + " does not exist.";
        }
        if (error instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()) + ".";
        }
        String message = error == null ? null : error.getMessage();
        if (message != null && message.toLowerCase().contains("no space")) {
            return "The disk is full.";
        }
        return message == null ? String.valueOf(error) : message;
    }

    // ----- not losing changes --------------------------------------------------------------

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: at once when there are none;
     * otherwise after asking "Save changes to “…”?" — Save (then proceeds if it worked), Don't Save,
     * or Cancel (does nothing).
     *
     * @param doing what is about to happen, for the question ("before closing")
     */
    public void confirmDiscard(String doing, Runnable proceed) {
        if (!model.isDirty()) {
            proceed.run();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        String name = model.getFile() != null ? model.getFile().getFileName().toString() : model.getDataset().title();
        alert.setHeaderText("Save the changes to “" + name + "” " + doing + "?");
        alert.setContentText("If you don't save, your changes since the last save are lost.");
        alert.getDialogPane().setId("unsaved-changes-dialog");
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == SAVE) {
                save(proceed);
            } else if (answer == DONT_SAVE) {
                proceed.run();
            }
        });
        alert.show();
    }

    /** Quitting: asks about unsaved changes, then closes the window and removes the recovery copy. */
    public void quit() {
        confirmDiscard("before quitting", this::closeNow);
    }

    /** Closes the window without asking (changes were dealt with). */
    void closeNow() {
        cleanUp();
        stage.close();
    }

    /**
     * The window is gone: no more recovery copies from it (the running timer would otherwise keep
     * the window, its model and dataset alive).
     */
    void windowHidden() {
        closed = true;
        recoveryTimer.stop();
    }

    /** At a clean exit: no more recovery copies, and this session's is removed. */
    void cleanUp() {
        recoveryTimer.stop();
        recovery.close();
    }

    // ----- recovery ------------------------------------------------------------------------

    /** Writes a recovery copy in the background when there are changes not yet in one. */
    void writeRecoveryCopy() {
        Dataset current = model.getDataset();
        if (!model.isDirty() || current == null || current == lastRecovered) {
            return;
        }
        lastRecovered = current;
        Path file = model.getFile();
        Map<String, String> textFiles = new LinkedHashMap<>();
        for (Article article : current.articles()) {
            if (article.textFile() != null) {
                textFiles.put(article.id(), article.textFile());
            }
        }
        recoveryThread.submit(() -> {
            try {
                recovery.write(current, file, textFiles);
            } catch (IOException e) {
                System.err.println("sourceline: could not write a recovery copy to " + recovery.folder() + ": "
                        + e.getMessage());
            }
        });
    }

    /** The recovered dataset's articles, named again after the text files they were saved in. */
    private static Dataset withTextFiles(Dataset dataset, Map<String, String> textFiles) {
        List<Article> articles = new java.util.ArrayList<>();
        for (Article a : dataset.articles()) {
            String file = textFiles.get(a.id());
            articles.add(file == null || a.textFile() != null ? a : a.withTextFile(file));
        }
        return new Dataset(dataset.title(), dataset.description(), articles, dataset.actors(), dataset.events(),
                dataset.eras());
    }

    /**
     * Offers what a session that did not close normally left unsaved, one copy at a time: Recover
     * opens it (unsaved, to be saved to its file), Discard deletes it.
     */
    public void offerRecovery(Consumer<LoadedDataset> open) {
        List<RecoveryStore.LeftBehind> copies = recovery.leftBehind();
        if (copies.isEmpty()) {
            return;
        }
        RecoveryStore.LeftBehind copy = copies.get(0);
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Sourceline did not close normally. Recover your unsaved changes to “" + copy.title() + "”?");
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault())
                .format(copy.written());
        alert.setContentText("A recovery copy was kept at " + when
                + (copy.originalFile() == null ? "." : " for " + copy.originalFile() + ".")
                + "\nRecover opens it with its changes unsaved; Discard deletes the copy.");
        alert.getDialogPane().setId("recovery-dialog");
        alert.setOnHidden(e -> {
            if (alert.getResult() == recover) {
                ReadResult read = new DatasetReader().read(copy.dataset());
                if (read.hasErrors()) {
                    ProblemsDialog.create(stage, copy.dataset().getFileName().toString(), read.problems(),
                            "The recovery copy cannot be read; it is kept in " + recovery.folder() + ".", null).show();
                    return;
                }
                LoadedDataset loaded = LoadedDataset.of(withTextFiles(read.dataset(), copy.textFiles()),
                        copy.originalFile(), read);
                open.accept(loaded);
                copy.discard();
                Platform.runLater(() -> offerRecovery(open));
            } else if (alert.getResult() == discard) {
                copy.discard();
                Platform.runLater(() -> offerRecovery(open));
            }
        });
        alert.show();
    }
}
