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
import org.sourceline.data.snapshot.SnapshotCache;
import org.sourceline.data.snapshot.SnapshotEvents;
import org.sourceline.data.snapshot.SourceStamp;

/**
 * Opens dataset files (Sourceline or TimelineJS, see {@link DatasetFormats}) off the JavaFX thread, with progress and cancellation. Only a dataset
 * without errors replaces the open one; anything else leaves it untouched and is handed to the
 * failure callback (bad data, a file too big for memory, an unreadable file).
 *
 * <p>A big file opened before is read from its snapshot ({@link SnapshotCache}) when the file
 * and its texts are unchanged; after a read from JSON the snapshot is written on a background
 * thread, never holding up the window. Any doubt about a snapshot means reading the JSON.
 */
public final class DatasetOpener {
    /** What went wrong opening a file. */
    public record Failure(Path file, ReadResult result, String message) {
    }

    private final TaskStatus status = new TaskStatus();
    /** The result of one read: a dataset, or the validation result that stopped it. */
    private record Outcome(LoadedDataset loaded, ReadResult result, SnapshotCache toSnapshot, SourceStamp before) {

        Outcome(LoadedDataset loaded, ReadResult result) {
            this(loaded, result, null, null);
        }
    }

    /** Counts the opens, so that the decoding of one dataset's events never acts on a later one. */
    private long opens;
    private Consumer<LoadedDataset> onEventsReady = loaded -> { };
    /** Snapshots of this many events or more show before their events are decoded; smaller ones are decoded at once. */
    static final int LAZY_EVENTS_FROM = 100_000;
    private int lazyEventsFrom = LAZY_EVENTS_FROM;
    private java.util.function.BiConsumer<LoadedDataset, Runnable> afterShown = (loaded, work) -> AfterFrames.run(work);

    /**
     * Called on the JavaFX thread when the events of a dataset opened from a snapshot have all
     * been decoded (the first frame comes before that; see {@link LoadedDataset#eventsReady()}).
     */
    void setOnEventsReady(Consumer<LoadedDataset> onEventsReady) {
        this.onEventsReady = onEventsReady;
    }

    /**
     * How to wait for a dataset's first frame before decoding its events (the window's model
     * knows when that frame has been drawn; by default, the next frame).
     */
    void setAfterShown(java.util.function.BiConsumer<LoadedDataset, Runnable> afterShown) {
        this.afterShown = afterShown;
    }

    /** From how many events a snapshot's events are decoded after the first frame (tests lower it). */
    void setLazyEventsFrom(int events) {
        this.lazyEventsFrom = events;
    }

    private Task<Outcome> running;
    private Supplier<MemoryBudget> budgets = MemoryBudget::ofThisJvm;
    private LongConsumer readHook = bytes -> { };
    /** How long after a dataset is shown its snapshot starts being written. */
    static final long SNAPSHOT_DELAY_MILLIS = 3_000;
    private Supplier<SnapshotCache> snapshots = SnapshotCache::standard;
    /** The snapshot being written in the background, if any: stopped when another file is opened. */
    private volatile java.util.concurrent.atomic.AtomicBoolean snapshotWriteCancelled = new java.util.concurrent.atomic.AtomicBoolean();

    /** Where snapshots of opened files are kept; null keeps none (tests give their own folder). */
    void setSnapshotCache(Supplier<SnapshotCache> snapshots) {
        this.snapshots = snapshots;
    }

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
        snapshotWriteCancelled.set(true);
        long thisOpen = ++opens;
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
                SnapshotCache cache = snapshots.get();
                if (cache != null) {
                    SnapshotCache.Snapshot snapshot = cache.readSnapshot(file, file.toString(), options.groups());
                    if (snapshot != null && !isCancelled()) {
                        updateMessage("Indexing " + snapshot.result().eventCount() + " events…");
                        updateProgress(-1, 1);
                        Thread hashing = hashTextsAside(snapshot.result());
                        try {
                            // A big dataset's events stay in the snapshot's bytes until after the first frame.
                            if (snapshot.result().eventCount() < lazyEventsFrom) {
                                snapshot.events().decodeAll(n -> { });
                            }
                            LoadedDataset loaded = LoadedDataset.of(snapshot.result(), file, snapshot.columns(),
                                    snapshot.events());
                            joinQuietly(hashing);
                            return new Outcome(loaded, snapshot.result());
                        } catch (SnapshotEvents.DamagedSnapshotException e) {
                            // Deleted: read from the file below, as if there had been none.
                            joinQuietly(hashing);
                        }
                    }
                }
                SourceStamp before = cache == null ? null : SnapshotCache.stampBeforeReading(file);
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
                Thread hashing = hashTextsAside(result);
                LoadedDataset loaded = LoadedDataset.of(result, file);
                joinQuietly(hashing);
                return new Outcome(loaded, result, cache, before);
            }
        };
        running = task;
        status.follow(task);
        task.setOnSucceeded(e -> {
            finish(task);
            Outcome outcome = task.getValue();
            if (outcome.loaded() != null) {
                onSuccess.accept(outcome.loaded());
                if (!outcome.loaded().eventsReady()) {
                    // Should a chunk not decode (whoever asks first finds it), the file is read instead.
                    outcome.loaded().decoding().whenDamaged(() -> Platform.runLater(() -> {
                        if (opens == thisOpen) {
                            open(file, options, onSuccess, onFailure);
                        }
                    }));
                    decodeAfterFirstFrame(outcome.loaded());
                }
                if (outcome.toSnapshot() != null) {
                    writeSnapshotLater(outcome.toSnapshot(), file, options, outcome.loaded(), outcome.before());
                }
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

    /**
     * Decodes the events of a dataset just opened from its snapshot on a background thread once
     * its first frame has been drawn, then tells {@link #setOnEventsReady}. Should a chunk not
     * decode (the snapshot's checksum matched, so only a snapshot from a faulty build), the
     * snapshot is gone and the file is opened again from JSON, replacing the dataset shown
     * (nothing can have edited it: edits wait for the events).
     */
    private void decodeAfterFirstFrame(LoadedDataset loaded) {
        afterShown.accept(loaded, () -> {
            Thread decoder = new Thread(() -> {
                try {
                    loaded.decoding().decodeAll(n -> { });
                    Platform.runLater(() -> onEventsReady.accept(loaded));
                } catch (SnapshotEvents.DamagedSnapshotException e) {
                    // Handled where the damage is reported (see open).
                }
            }, "sourceline-events");
            decoder.setDaemon(true);
            decoder.start();
        });
    }

    /** A snapshot being written: its thread, and the latch that starts it before its delay is up. */
    private record SnapshotWrite(Thread thread, java.util.concurrent.CountDownLatch startNow) {
    }

    private static final java.util.Set<SnapshotWrite> SNAPSHOT_WRITES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Writes the snapshot of a dataset just read on a background thread, a few seconds after it
     * is shown (the first frame and the filter go first on two cores); a failure (cache folder
     * not writable, disk full) only means no snapshot. Opening another file stops it; quitting
     * waits for it ({@link #finishSnapshotWrites}), so that the next start finds the snapshot.
     */
    private void writeSnapshotLater(SnapshotCache cache, Path file, ReadOptions options, LoadedDataset opened,
                                    SourceStamp before) {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        snapshotWriteCancelled = cancelled;
        java.util.concurrent.CountDownLatch startNow = new java.util.concurrent.CountDownLatch(1);
        SnapshotWrite[] self = new SnapshotWrite[1];
        Thread writer = new Thread(() -> {
            try {
                startNow.await(SNAPSHOT_DELAY_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (!cancelled.get()) {
                    // The indexes go with it: a reopen reads them instead of sorting a million events again.
                    cache.write(file, options.groups(), opened.read(), opened.indexColumns(), before, cancelled::get);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException | RuntimeException e) {
                // No snapshot: the file is read from JSON next time, as it was this time.
            } catch (OutOfMemoryError e) {
                // The dataset itself is loaded; only its snapshot is not kept.
            } finally {
                SNAPSHOT_WRITES.remove(self[0]);
            }
        }, "sourceline-snapshot-write");
        self[0] = new SnapshotWrite(writer, startNow);
        SNAPSHOT_WRITES.add(self[0]);
        writer.setDaemon(true);
        writer.setPriority(Thread.MIN_PRIORITY);
        writer.start();
    }

    /**
     * Lets the snapshots being written finish (starting any still waiting for their delay), for
     * at most {@code limitMillis}: called when the app quits, after its window has closed.
     */
    static void finishSnapshotWrites(long limitMillis) {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        for (SnapshotWrite write : SNAPSHOT_WRITES) {
            write.startNow().countDown();
        }
        for (SnapshotWrite write : SNAPSHOT_WRITES) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            try {
                write.thread().join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Hashes the article texts of a dataset just read on a thread of its own while its indexes
     * are made. The filter panel's check list keeps its articles in a hash map, and an article's
     * hash includes its text: for a 100 MB article that is a tenth of a second the JavaFX thread
     * would otherwise spend before the first frame (a string keeps its hash once computed).
     * Null when the texts are small.
     */
    private static Thread hashTextsAside(ReadResult read) {
        java.util.List<org.sourceline.model.Article> articles = read.dataset().articles();
        long chars = 0;
        for (org.sourceline.model.Article article : articles) {
            chars += article.text() == null ? 0 : article.text().length();
        }
        if (chars < 1 << 20) {
            return null;
        }
        Thread hasher = new Thread(() -> articles.forEach(a -> java.util.Objects.hashCode(a.text())), "sourceline-text-hash");
        hasher.setDaemon(true);
        hasher.start();
        return hasher;
    }

    private static void joinQuietly(Thread thread) {
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
