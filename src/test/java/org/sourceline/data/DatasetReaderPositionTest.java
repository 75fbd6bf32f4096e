package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Positions of problems in every kind of object, for field names (repeated, unknown) and for
 * values: the reader reads positions in two ways (cheaply for values, through Jackson's location
 * object for field names), and both must point where a person looks.
 */
class DatasetReaderPositionTest {
    @TempDir
    Path dir;

    private List<String> problems(String json) throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new DatasetReader().read(file).problems().stream().map(p -> p.format().replace(file.toString(), "p.json")).toList();
    }

    /**
     * "line:column" of the n-th (0-based) occurrence of needle. Columns count UTF-8 bytes, as
     * Jackson's byte parser does (the evidence line has curly quotes).
     */
    private static String at(String json, String needle, int occurrence) {
        int offset = -1;
        for (int i = 0; i <= occurrence; i++) {
            offset = json.indexOf(needle, offset + 1);
        }
        assertThat(offset).as("needle %s", needle).isGreaterThanOrEqualTo(0);
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column += String.valueOf(json.charAt(i)).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return line + ":" + column;
    }

    @Test
    void repeatedAndUnknownFieldsInEveryObject() throws IOException {
        String json = DatasetReaderTest.VALID
                .replace("\"title\": \"Alpha meets Beta\",", "\"title\": \"Alpha meets Beta\", \"title\": \"Again\",")
                .replace("\"phrase\": \"in 2022\"", "\"phrase\": \"in 2022\", \"phrase\": \"x\", \"when\": 1")
                .replace("{\"level\": \"stated\"}", "{\"level\": \"stated\", \"level\": \"claimed\", \"who\": []}")
                .replace("\"start\": 0,", "\"start\": 0, \"start\": 1, \"page\": 3,");
        List<String> problems = problems(json);
        assertThat(problems).containsExactly(
                "p.json:" + at(json, "\"title\"", 3) + ": error: event \"meeting\": duplicate field \"title\"",
                "p.json:" + at(json, "\"phrase\"", 1) + ": error: event \"meeting\": duplicate field \"phrase\" in time",
                "p.json:" + at(json, "\"when\"", 0) + ": error: event \"meeting\": unknown field \"when\" "
                        + "(known fields: edtf, phrase, earliest, latest, note)",
                "p.json:" + at(json, "\"level\"", 1) + ": error: event \"meeting\": duplicate field \"level\" in certainty",
                "p.json:" + at(json, "\"who\"", 0) + ": error: event \"meeting\": unknown field \"who\" "
                        + "(known fields: level, attributedTo, note)",
                "p.json:" + at(json, "\"start\"", 1) + ": error: event \"meeting\": duplicate field \"start\" in evidence",
                "p.json:" + at(json, "\"page\"", 0) + ": error: event \"meeting\": unknown field \"page\" "
                        + "(known fields: article, stance, exact, prefix, suffix, start, end)");
    }

    @Test
    void repeatedUnknownFieldIsReportedAsUnknownThenRepeated() throws IOException {
        String json = DatasetReaderTest.VALID.replace("\"type\": \"CONSULT\",",
                "\"type\": \"CONSULT\", \"colour\": 1, \"colour\": 2,");
        assertThat(problems(json)).containsExactly(
                "p.json:" + at(json, "\"colour\"", 0) + ": error: event \"meeting\": unknown field \"colour\" (known fields: "
                        + "id, title, summary, time, type, mode, place, source, target, participants, certainty, evidence)",
                "p.json:" + at(json, "\"colour\"", 1) + ": error: event \"meeting\": duplicate field \"colour\"");
    }

    @Test
    void valueProblemsPointAtTheValue() throws IOException {
        String json = DatasetReaderTest.VALID
                .replace("\"phrase\": \"in 2022\"", "\"phrase\": \"in 2022\", \"earliest\": \"2022-02-30\"")
                .replace("\"source\": [\"alpha\"]", "\"source\": [\"alpha\", \"gamma\"]")
                .replace("\"level\": \"stated\"", "\"level\": \"sure\"");
        assertThat(problems(json)).containsExactly(
                "p.json:" + at(json, "\"2022-02-30\"", 0) + ": error: event \"meeting\": time.earliest: \"2022-02-30\" is not "
                        + "a date (expected YYYY-MM-DD, or null for an open end)",
                "p.json:" + at(json, "\"gamma\"", 0) + ": error: event \"meeting\": unknown actor \"gamma\"",
                "p.json:" + at(json, "\"sure\"", 0) + ": error: event \"meeting\": unknown certainty level \"sure\" "
                        + "(expected stated, reported, claimed, assessed or forecast)");
    }

    @Test
    void positionsOnLaterLinesOfAPrettyFile() throws IOException {
        String json = DatasetReaderTest.VALID.replace("\"time\": {\"edtf\": \"2022\", \"phrase\": \"in 2022\"}",
                "\"time\": {\n      \"edtf\": \"2022-13\",\n      \"phrase\": \"in 2022\"\n    }");
        assertThat(problems(json)).containsExactly("p.json:" + at(json, "13\",", 0)
                + ": error: event \"meeting\": time: invalid EDTF \"2022-13\": month 13 out of range (01–12, or 21–24 for seasons)");
    }
}
