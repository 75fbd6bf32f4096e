package org.sourceline.ui;

import java.nio.file.Path;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventIndex;
import org.sourceline.render.layout.TimelineIndex;

/**
 * A dataset as the app holds it: the data, its index, where it came from and what validation said.
 *
 * @param dataset the events
 * @param index   flat arrays for filtering and drawing
 * @param file    the file it was read from, or null for the bundled dataset
 * @param read     the validation result (warnings, quote counts)
 * @param timeline per-lane anchors for drawing the timeline fast
 */
public record LoadedDataset(Dataset dataset, EventIndex index, Path file, ReadResult read, TimelineIndex timeline) {

    /** Builds the indexes; call off the JavaFX thread for big datasets. */
    public static LoadedDataset of(ReadResult read, Path file) {
        return of(read.dataset(), file, read);
    }

    /** Builds the indexes of a dataset made or changed in code (tests, benchmarks), with a validation result. */
    public static LoadedDataset of(Dataset dataset, Path file, ReadResult read) {
        EventIndex index = EventIndex.of(dataset);
        return new LoadedDataset(dataset, index, file, read, TimelineIndex.of(index));
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
