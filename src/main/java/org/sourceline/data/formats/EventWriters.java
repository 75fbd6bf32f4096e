package org.sourceline.data.formats;

import java.util.List;
import java.util.function.Supplier;
import org.sourceline.data.EventCsvWriter;
import org.sourceline.data.EventWriter;
import org.sourceline.data.timelinejs.TimelineJsWriter;

/**
 * The text formats events export to, in the order File → Export lists them. Registering a new
 * {@link EventWriter} here puts it in the menu; its command is a few lines on the shared export
 * path ({@code cli.EventExportCommand}).
 */
public final class EventWriters {
    private static final List<Supplier<EventWriter>> WRITERS = List.of(TimelineJsWriter::new, EventCsvWriter::new);

    private EventWriters() {
    }

    /** A new writer of every registered format (each keeps the warnings of its own write). */
    public static List<EventWriter> all() {
        return WRITERS.stream().map(Supplier::get).toList();
    }

    /** A new writer of the format called {@code id}. */
    public static EventWriter create(String id) {
        return all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no export format \"" + id + "\""));
    }
}
