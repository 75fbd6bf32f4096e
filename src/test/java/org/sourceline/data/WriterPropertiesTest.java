package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.sourceline.data.timelinejs.HtmlText;
import org.sourceline.data.timelinejs.TimelineJsReader;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Whatever the texts hold, the writers produce what readers read back: CSV that an RFC 4180
 * parser (and Python's csv module) splits into the cells written, and TimelineJS JSON that parses,
 * reads back into the same events, and carries no markup of ours in any text field.
 */
class WriterPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<Dataset> datasets() {
        return RandomDatasets.datasets();
    }

    @Property(tries = 100)
    void csvReadsBackCellForCell(@ForAll("datasets") Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventCsvWriter().write(dataset, dataset.events(), out);
        List<List<String>> rows = Rfc4180.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(dataset.events().size() + 1);
        assertThat(rows.get(0)).startsWith(EventCsvWriter.COLUMNS.toArray(String[]::new));
        for (int i = 0; i < dataset.events().size(); i++) {
            Event event = dataset.events().get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSameSizeAs(rows.get(0));
            assertThat(row.get(0)).isEqualTo(shown(event.id()));
            assertThat(row.get(5)).isEqualTo(shown(event.title()));
            assertThat(row.get(EventCsvWriter.COLUMNS.size())).isEqualTo(shown(event.evidence().get(0).exact()));
        }
    }

    @Property(tries = 100)
    void timelineJsParsesReadsBackAndHoldsNoMarkupOfTheData(@ForAll("datasets") Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJsWriter writer = new TimelineJsWriter();
        writer.write(dataset, dataset.events(), out);
        byte[] bytes = out.toByteArray();
        JsonNode tree = JSON.readTree(bytes);
        JsonNode slides = tree.get("events");
        assertThat(slides).hasSize(dataset.events().size());
        for (JsonNode slide : slides) {
            // TimelineJS sets these with innerHTML: no character of the data may open a tag or an attribute.
            for (String field : new String[] {"unique_id", "display_date", "group"}) {
                if (slide.has(field)) {
                    assertThat(slide.get(field).asText()).as(field).doesNotContain("<", ">", "\"");
                }
            }
            assertThat(slide.get("text").get("headline").asText()).doesNotContain("<", ">");
            // The slide text has our tags only.
            assertThat(slide.get("text").get("text").asText().replaceAll("</?(p|blockquote|br)>", ""))
                    .doesNotContain("<", ">");
        }
        JsonNode media = tree.get("title").get("media");
        String url = dataset.article().url();
        boolean web = RandomDatasets.WEB_URLS.contains(url);
        assertThat(media == null ? null : media.get("url").asText()).isEqualTo(web ? url : null);
        assertThat(writer.warnings()).hasSize(web || url == null || url.isBlank() ? 0 : 1);

        ReadResult back = new TimelineJsReader(ReadOptions.DEFAULT).read(new ByteArrayInputStream(bytes), "back.json", "back");
        assertThat(back.errors()).isEmpty();
        assertThat(back.dataset().events()).hasSize(dataset.events().size());
        for (Event original : dataset.events()) {
            // unique_id is escaped like every other field, and read back as written (less surrounding space).
            Event read = back.dataset().event(HtmlText.escape(original.id()).strip());
            assertThat(read).as(original.id()).isNotNull();
            if (!collapsed(original.title()).isEmpty()) {
                // (A blank headline is replaced by words from the slide when read.)
                assertThat(read.title()).isEqualTo(collapsed(original.title()));
            }
        }
    }

    /** One run of Python over the events of 60 random datasets (starting Python per try would be slow). */
    @Example
    void pythonsCsvModuleReadsTheSameCells() throws Exception {
        Path python = pythonOrSkip();
        List<Event> events = new ArrayList<>();
        List<Dataset> sample = RandomDatasets.datasets().sampleStream().limit(60).toList();
        sample.forEach(d -> events.addAll(d.events()));
        Dataset dataset = sample.get(0);
        Path csv = Files.createTempFile("sourceline-property", ".csv");
        try {
            Files.write(csv, csvBytes(dataset, events));
            Process process = new ProcessBuilder(python.toString(), "-c", "import csv, json, sys\n"
                    + "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
                    + "sys.stdout.write(json.dumps(rows))", csv.toString()).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
            List<List<String>> expected = Rfc4180.parse(new String(csvBytes(dataset, events), StandardCharsets.UTF_8));
            assertThat(expected).hasSize(events.size() + 1);
            List<List<String>> fromPython = new ArrayList<>();
            for (JsonNode row : JSON.readTree(output)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.asText()));
                fromPython.add(cells);
            }
            assertThat(fromPython).isEqualTo(expected);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static byte[] csvBytes(Dataset dataset, List<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventCsvWriter().write(dataset, events, out);
        return out.toByteArray();
    }

    private static Path pythonOrSkip() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("python3 is not installed");
        return null;
    }

    /** A cell as a spreadsheet shows it: a formula start neutralised with an apostrophe. */
    private static String shown(String value) {
        return value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    }

    /** White space as HTML collapses it. */
    private static String collapsed(String text) {
        return text.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    /** The RFC 4180 grammar, strictly: fields quoted or not, CRLF between records. */
    static final class Rfc4180 {
        static List<List<String>> parse(String csv) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean fieldStarted = false;
            while (i < csv.length()) {
                char c = csv.charAt(i);
                if (!fieldStarted && c == '"') {
                    i++;
                    while (true) {
                        if (i >= csv.length()) {
                            throw new IllegalArgumentException("unterminated quoted field");
                        }
                        char q = csv.charAt(i);
                        if (q == '"') {
                            if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.append(q);
                        i++;
                    }
                    fieldStarted = true;
                    continue;
                }
                if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    i++;
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    i += 2;
                } else {
                    if (c == '"' || c == '\n' || c == '\r') {
                        throw new IllegalArgumentException("'" + c + "' in an unquoted field at " + i);
                    }
                    field.append(c);
                    fieldStarted = true;
                    i++;
                }
            }
            if (fieldStarted || !row.isEmpty()) {
                throw new IllegalArgumentException("the last record has no CRLF");
            }
            return rows;
        }
    }
}
