package org.sourceline.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * A text format the events of a dataset export to (CSV, TimelineJS JSON). File → Export and the
 * {@code export-*} commands write every such format the same way — the events the filter lets
 * through, checked output, atomic write — so a new format is one implementation plus its line in
 * {@link org.sourceline.data.formats.EventWriters}. One instance writes one file at a time
 * ({@link #warnings()} are those of its last write).
 */
public interface EventWriter {
    /** A short lower-case name: the {@code export-ID} command, the {@code menu-export-ID} menu item. */
    String id();

    /** The format's name for people: "CSV", "TimelineJS JSON". */
    String label();

    /** The ending a new file of this format gets, with its dot: ".csv", ".timeline.json". */
    String extension();

    /** The file-chooser pattern of the format, from the last part of {@link #extension()}: "*.csv", "*.json". */
    default String filePattern() {
        String extension = extension();
        return "*" + extension.substring(extension.lastIndexOf('.'));
    }

    /**
     * Why no events at all cannot be written in this format, to follow "no event is shown, and"
     * ("TimelineJS needs at least one"); null when an empty file is fine (CSV: the header alone).
     */
    default String emptyRefusal() {
        return null;
    }

    /** Writes the events of a dataset to a stream, which is left open. */
    void write(Dataset dataset, List<Event> events, OutputStream out) throws IOException;

    /** What the last write left out and why ("the article's URL … was left out: …"); empty when nothing. */
    default List<String> warnings() {
        return List.of();
    }
}
