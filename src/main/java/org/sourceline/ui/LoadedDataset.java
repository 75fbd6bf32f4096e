package org.sourceline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sourceline.data.ReadResult;
import org.sourceline.data.snapshot.SnapshotColumns;
import org.sourceline.data.snapshot.SnapshotEvents;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;
import org.sourceline.query.EventIndex;
import org.sourceline.render.layout.TimelineIndex;

/**
 * A dataset as the app holds it: the data, its index, where it came from and what validation said.
 * Each edit makes a new version of the same document ({@link #isVersionOf}); its indexes are
 * derived from the last version's ({@link #derive}), and {@link #change()} says what changed, so
 * that views can update what the edit touched and keep everything else (zoom, scroll, layout).
 *
 * @param dataset  the events
 * @param index    flat arrays for filtering and drawing
 * @param file     the file it was read from (or last saved to), or null for the bundled dataset or a new one
 * @param read     the validation result (warnings, quote counts); for an edited version, the counts
 *                 of that version and no problems (those were the file's)
 * @param timeline per-lane anchors for drawing the timeline fast
 * @param document which opened document this is a version of
 * @param change   what changed from the version shown before, or null when it was just opened
 * @param decoding the dataset's events while they are still being decoded from a snapshot, else
 *                 null: until {@link #eventsReady()} the views draw from the indexes and nothing
 *                 edits or saves the dataset (see {@link SnapshotEvents})
 */
public record LoadedDataset(Dataset dataset, EventIndex index, Path file, ReadResult read, TimelineIndex timeline,
                            long document, DatasetDiff change, SnapshotEvents decoding) {
    private static final AtomicLong DOCUMENTS = new AtomicLong();

    /**
     * One version of one document: equal only to itself. A property's change listeners compare
     * the old and new values with this; a record's own equals would compare every component (and
     * its first call spins method handles at start-up).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Builds the indexes; call off the JavaFX thread for big datasets. */
    public static LoadedDataset of(ReadResult read, Path file) {
        // The columns the reader collected spare the index a walk over every event.
        EventIndex index = EventIndex.of(read.dataset(), read.columns());
        // The index holds the columns now; later versions (edits) need not keep them.
        return new LoadedDataset(read.dataset(), index, file, read.withoutColumns(), TimelineIndex.of(index),
                DOCUMENTS.incrementAndGet(), null, null);
    }

    /** Builds the indexes of a dataset made or changed in code (tests, benchmarks), with a validation result. */
    public static LoadedDataset of(Dataset dataset, Path file, ReadResult read) {
        EventIndex index = EventIndex.of(dataset);
        return new LoadedDataset(dataset, index, file, read, TimelineIndex.of(index), DOCUMENTS.incrementAndGet(), null,
                null);
    }

    /**
     * A dataset read from a snapshot, with the indexes from the columns kept with it; any index
     * the columns do not give is built.
     */
    public static LoadedDataset of(ReadResult read, Path file, SnapshotColumns columns) {
        return of(read, file, columns, null);
    }

    /**
     * A dataset read from a snapshot whose events are {@code decoding} (decoded when first used,
     * or null when they are all there), with the indexes from the columns kept with it. Any index
     * the columns do not give is built, which needs every event (decoded here, on all cores).
     */
    public static LoadedDataset of(ReadResult read, Path file, SnapshotColumns columns, SnapshotEvents decoding) {
        Dataset dataset = read.dataset();
        EventIndex index = EventIndex.fromColumns(dataset, columns);
        if (index == null) {
            if (decoding != null) {
                decoding.decodeAll(n -> { });
            }
            return of(dataset, file, read);
        }
        TimelineIndex timeline = TimelineIndex.fromColumns(index, columns);
        if (timeline == null && decoding != null) {
            decoding.decodeAll(n -> { });
        }
        return new LoadedDataset(dataset, index, file, read, timeline != null ? timeline : TimelineIndex.of(index),
                DOCUMENTS.incrementAndGet(), null, decoding == null || decoding.isComplete() ? null : decoding);
    }

    /**
     * True when every event of the dataset is an object in memory; false while a snapshot's events
     * are still being decoded (the first frame of a big dataset comes before that).
     */
    public boolean eventsReady() {
        return decoding == null || decoding.isComplete();
    }

    /** The indexes of this version as columns to keep in its snapshot ({@link #of(ReadResult, Path, SnapshotColumns)}). */
    public SnapshotColumns indexColumns() {
        SnapshotColumns columns = new SnapshotColumns();
        index.putColumns(columns);
        timeline.putColumns(columns);
        return columns;
    }

    /** A dataset made in the app (from an article), never read from a file. */
    public static LoadedDataset created(Dataset dataset) {
        int quotes = dataset.evidenceCount();
        ReadResult read = new ReadResult(dataset.title(), dataset, List.of(), false, quotes, quotes,
                dataset.events().size(), dataset.actors().size(), dataset.articles().size());
        return of(dataset, null, read);
    }

    /**
     * The next version of this document: {@code next} differs from this dataset as {@code diff}
     * says. Its indexes are derived from these (fast: the edit's events only, plus array copies).
     */
    public LoadedDataset derive(Dataset next, DatasetDiff diff) {
        EventIndex nextIndex = index.derive(next, diff);
        TimelineIndex nextTimeline = timeline.derive(nextIndex, diff);
        int quotes = read.quotesTotal();
        for (int r : diff.removedEvents()) {
            quotes -= dataset.events().get(r).evidence().size();
        }
        for (int p : diff.insertedEvents()) {
            quotes += next.events().get(p).evidence().size();
        }
        ReadResult counts = new ReadResult(read.file(), next, List.of(), false, quotes, quotes, next.events().size(),
                next.actors().size(), next.articles().size());
        return new LoadedDataset(next, nextIndex, file, counts, nextTimeline, document, diff, null);
    }

    /** This version again, as shown after an undo or redo that leads back to it. */
    LoadedDataset reached(DatasetDiff diff) {
        return new LoadedDataset(dataset, index, file, read, timeline, document, diff, decoding);
    }

    /** This version, now saved to another file. */
    LoadedDataset savedAs(Path newFile) {
        return new LoadedDataset(dataset, index, newFile, read, timeline, document, DatasetDiff.NONE, decoding);
    }

    /** True when both are versions of one opened document (an edit, undo or redo led from one to the other). */
    public boolean isVersionOf(LoadedDataset other) {
        return other != null && other.document == document;
    }

    /** The event with this id in this version, or null (from the index: no scan, no table built). */
    public Event event(String id) {
        int at = id == null ? -1 : index.positionOf(id);
        return at < 0 ? null : index.event(at);
    }

    /** A key that identifies this dataset between runs (its file, or "bundled"). */
    public String key() {
        return file == null ? "bundled:" + read.file() : file.toAbsolutePath().normalize().toString();
    }

    /** The name shown in the title bar: the dataset's title. */
    public String displayName() {
        return dataset.title();
    }
}
