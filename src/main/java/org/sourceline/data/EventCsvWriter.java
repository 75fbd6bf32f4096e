package org.sourceline.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Writes events as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields with
 * commas, quotes or line breaks in double quotes, quotes doubled), UTF-8 without a byte order
 * mark, a header row, one row per event.
 *
 * <p>After the event's own columns come how many different articles support it and whether a
 * quote disputes it, then each quote in a pair of columns: {@code quote N} (the exact words) and
 * {@code source N} (the article it is from: {@code id: Outlet — “Title”}, with {@code (disputes)}
 * after a quote that contradicts the event). There are as many pairs as the event with the most
 * quotes needs, at least one, so every row has the same number of cells.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, so such a cell gets a leading apostrophe, the neutralisation OWASP recommends: it
 * shows the text and runs nothing. This applies to every column, so a negative year such as
 * {@code -0044} is written {@code '-0044}.
 */
public final class EventCsvWriter implements EventWriter {
    /** The header's columns before the quotes. */
    public static final List<String> COLUMNS = List.of("id", "time phrase", "EDTF", "earliest", "latest", "title",
            "type", "source actors", "target actors", "participants", "certainty", "attributed to",
            "supporting sources", "disputed");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV";
    }

    @Override
    public String extension() {
        return ".csv";
    }

    /** Writes events of a dataset to a file, atomically. */
    public void write(Dataset dataset, List<Event> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(dataset, events, out));
    }

    /** Writes events of a dataset to a stream (left open). */
    @Override
    public void write(Dataset dataset, List<Event> events, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int quoteColumns = 1;
        for (Event event : events) {
            quoteColumns = Math.max(quoteColumns, event.evidence().size());
        }
        row(writer, header(quoteColumns));
        Map<String, String> credits = new HashMap<>();
        for (Article article : dataset.articles()) {
            String credit = article.credit();
            credits.put(article.id(), article.id() + (credit.isEmpty() ? "" : ": " + credit));
        }
        List<String> cells = new ArrayList<>(COLUMNS.size() + 2 * quoteColumns);
        for (Event event : events) {
            cells.clear();
            cells.add(event.id());
            cells.add(nullToEmpty(event.time().phrase()));
            cells.add(event.time().edtf());
            cells.add(bound(event.time().earliest()));
            cells.add(bound(event.time().latest()));
            cells.add(event.title());
            cells.add(event.type().id());
            cells.add(names(event.sources()));
            cells.add(names(event.targets()));
            cells.add(names(event.participants()));
            cells.add(event.certainty().level().id());
            cells.add(names(event.certainty().attributedTo()));
            cells.add(Integer.toString(event.sourceCount()));
            cells.add(event.isDisputed() ? "yes" : "no");
            for (int q = 0; q < quoteColumns; q++) {
                if (q < event.evidence().size()) {
                    Evidence quote = event.evidence().get(q);
                    cells.add(quote.exact());
                    String source = credits.getOrDefault(quote.articleId(), quote.articleId());
                    cells.add(quote.disputes() ? source + " (disputes)" : source);
                } else {
                    cells.add("");
                    cells.add("");
                }
            }
            row(writer, cells);
        }
        writer.flush();
    }

    /** The header row for this many quote columns. */
    public static List<String> header(int quoteColumns) {
        List<String> header = new ArrayList<>(COLUMNS);
        for (int q = 1; q <= quoteColumns; q++) {
            header.add("quote " + q);
            header.add("source " + q);
        }
        return header;
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
