package org.sourceline.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.sourceline.data.DatasetException;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadResult;
import org.sourceline.data.snapshot.SnapshotCache;
import org.sourceline.data.snapshot.SourceStamp;

/**
 * Reading and writing a dataset's snapshot in this JVM ({@link SnapshotCache}) with its indexes,
 * as the app does: the read includes checking its key and checksum, hashing the dataset and text
 * files (on a second thread) and restoring the indexes from the columns kept with it; the write
 * includes hashing the files and writing the snapshot atomically (with its flush to disk).
 */
final class SnapshotBenchmark extends DatasetBenchmark {
    private final boolean write;
    private SnapshotCache cache;
    private ReadResult read;
    private SourceStamp before;
    private org.sourceline.ui.LoadedDataset result;
    private org.sourceline.data.snapshot.SnapshotColumns columns;

    SnapshotBenchmark(BenchData data, int events, boolean write) {
        super(data, events);
        this.write = write;
    }

    @Override
    public String group() {
        return "open";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "snapshot %s, %,d events (with the indexes)", write ? "write" : "read", events);
    }

    @Override
    public double targetMillis() {
        return Double.NaN;
    }

    @Override
    public void setUp() throws Exception {
        super.setUp();
        file = file.toAbsolutePath();
        cache = new SnapshotCache(OpenBenchmark.cacheFolder(data).resolve("in-process"), 0, SnapshotCache.DEFAULT_MAX_BYTES);
        before = SnapshotCache.stampBeforeReading(file);
        read = org.sourceline.data.formats.DatasetFormats.read(file);
        if (read.hasErrors()) {
            throw new DatasetException(read);
        }
        columns = org.sourceline.ui.LoadedDataset.of(read, file).indexColumns();
        if (!cache.write(file, GroupMapping.ACTOR, read, columns, before, () -> false)) {
            throw new IllegalStateException("no snapshot written for " + file);
        }
        if (!write) {
            read = null;
            columns = null;
        }
    }

    @Override
    public void run() throws Exception {
        if (write) {
            cache.write(file, GroupMapping.ACTOR, read, columns, before, () -> false);
        } else {
            SnapshotCache.Snapshot snapshot = cache.readSnapshot(file, file.toString(), GroupMapping.ACTOR);
            if (snapshot == null || snapshot.columns().size() == 0) {
                throw new IllegalStateException("the snapshot of " + file + " did not serve");
            }
            // Every event decoded (the app decodes them after the first frame): the whole read.
            snapshot.events().decodeAll(n -> { });
            result = org.sourceline.ui.LoadedDataset.of(snapshot.result(), file, snapshot.columns());
        }
    }

    @Override
    public void clear() {
        result = null;
    }

    @Override
    public void tearDown() {
        read = null;
        result = null;
        columns = null;
        cache.clear();
    }

    @Override
    public String remark() {
        try {
            Path snapshot = cache.snapshotFile(file);
            return BenchmarkRunner.megabytes(java.nio.file.Files.size(snapshot)) + " snapshot of "
                    + BenchmarkRunner.megabytes(java.nio.file.Files.size(file)) + " JSON + "
                    + BenchmarkRunner.megabytes(BenchData.textBytes(file)) + " text";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
