package org.sourceline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.MemoryBudget;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;

/**
 * Opens dataset files (Sourceline or TimelineJS, see {@link DatasetFormats}) off the JavaFX thread, with progress and cancellation. Only a dataset
 * without errors replaces the open one; anything else leaves it untouched and is handed to the
 * failure callback (bad data, a file too big for memory, an unreadable file).
 */
public final class DatasetOpener {
    /** What went wrong opening a file. */
    public record Failure(Path file, ReadResult result, String message) {
    }

    private final TaskStatus status = new TaskStatus();
    /** The result of one read: a dataset, or the validation result that stopped it. */
    private record Outcome(LoadedDataset loaded, ReadResult result) {
    }

    private Task<Outcome> running;
    private Supplier<MemoryBudget> budgets = MemoryBudget::ofThisJvm;
    private LongConsumer readHook = bytes -> { };

    /** The memory budget each read is checked against (tests give a small one). */
    void setMemoryBudget(Supplier<MemoryBudget> budgets) {
        this.budgets = budgets;
    }

    /** Called on the reading thread with each progress report, before the budget check (for tests). */
    void setReadHook(LongConsumer hook) {
        this.readHook = hook;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    /** 0..1 while reading, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    public boolean isBusy() {
        return status.isBusy();
    }

    /** Starts reading {@code file} with the default options; any read already running is cancelled first. */
    public void open(Path file, Consumer<LoadedDataset> onSuccess, Consumer<Failure> onFailure) {
        open(file, ReadOptions.DEFAULT, onSuccess, onFailure);
    }

    /** Starts reading {@code file}; any read already running is cancelled first. */
    public void open(Path file, ReadOptions options, Consumer<LoadedDataset> onSuccess, Consumer<Failure> onFailure) {
        cancel();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        long total = size;
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() {
                updateMessage("Opening " + file.getFileName() + "…");
                MemoryBudget budget = budgets.get();
                ReadResult result = DatasetFormats.read(file, options
                        .withCancellation(this::isCancelled)
                        .withProgress(bytes -> {
                            if (total > 0) {
                                updateProgress(bytes, total);
                            }
                            readHook.accept(bytes);
                            budget.check(bytes, total);
                        }));
                if (result.hasErrors() || isCancelled()) {
                    return new Outcome(null, result);
                }
                updateMessage("Indexing " + result.eventCount() + " events…");
                updateProgress(-1, 1);
                return new Outcome(LoadedDataset.of(result, file), result);
            }
        };
        running = task;
        status.follow(task);
        task.setOnSucceeded(e -> {
            finish(task);
            Outcome outcome = task.getValue();
            if (outcome.loaded() != null) {
                onSuccess.accept(outcome.loaded());
            } else {
                onFailure.accept(new Failure(file, outcome.result(), null));
            }
        });
        task.setOnCancelled(e -> finish(task));
        task.setOnFailed(e -> {
            finish(task);
            Throwable error = task.getException();
            String text;
            if (error instanceof MemoryBudget.DatasetTooLargeException) {
                text = error.getMessage();
            } else if (error instanceof OutOfMemoryError) {
                text = "The file is too large for the memory Sourceline may use (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB). Start it with a larger -Xmx, or open a smaller dataset.";
            } else if (error instanceof java.util.concurrent.CancellationException) {
                return;
            } else {
                text = error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage();
            }
            onFailure.accept(new Failure(file, null, text));
        });
        Thread thread = new Thread(task, "sourceline-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the read under way, if any; the open dataset stays. */
    public void cancel() {
        if (running != null && running.isRunning()) {
            running.cancel(false);
        }
    }

    private void finish(Task<Outcome> task) {
        if (running == task) {
            running = null;
            status.release("");
        }
        assert Platform.isFxApplicationThread();
    }
}
