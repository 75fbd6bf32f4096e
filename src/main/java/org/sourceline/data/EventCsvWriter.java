package org.sourceline.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.sourceline.model.Actor;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Writes events as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields with
 * commas, quotes or line breaks in double quotes, quotes doubled), UTF-8 without a byte order
 * mark, a header row, one row per event.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, so such a cell gets a leading apostrophe, the neutralisation OWASP recommends: it
 * shows the text and runs nothing. This applies to every column, so a negative year such as
 * {@code -0044} is written {@code '-0044}.
 */
public final class EventCsvWriter {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("id", "time phrase", "EDTF", "earliest", "latest", "title",
            "type", "source actors", "target actors", "participants", "certainty", "attributed to", "quote");

    /** Writes events to a file, atomically. */
    public void write(List<Event> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(events, out));
    }

    /** Writes events to a stream (left open). */
    public void write(List<Event> events, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        row(writer, COLUMNS);
        for (Event event : events) {
            row(writer, List.of(
                    event.id(),
                    nullToEmpty(event.time().phrase()),
                    event.time().edtf(),
                    bound(event.time().earliest()),
                    bound(event.time().latest()),
                    event.title(),
                    event.type().id(),
                    names(event.sources()),
                    names(event.targets()),
                    names(event.participants()),
                    event.certainty().level().id(),
                    names(event.certainty().attributedTo()),
                    event.evidence().stream().map(Evidence::exact).collect(Collectors.joining("\n\n"))));
        }
        writer.flush();
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** One RFC 4180 field, neutralised against formula injection. */
    static String field(String value) {
        String cell = value;
        if (!cell.isEmpty()) {
            char first = cell.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                cell = "'" + cell;
            }
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** ISO day, empty for an open end. */
    private static String bound(long day) {
        return Days.isOpen(day) ? "" : Days.format(day);
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
