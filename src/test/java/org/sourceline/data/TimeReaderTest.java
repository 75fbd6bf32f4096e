package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.model.Days;
import org.sourceline.model.TimeSpan;

/**
 * Time objects that repeat are found again from what the file says (TimeReader's cache of whole
 * time objects): each must read exactly as it would alone, its problems reported at its own place.
 */
class TimeReaderTest {
    @TempDir
    Path dir;

    /** A dataset whose events have these time objects, in order (event ids e0, e1, …). */
    private static String dataset(List<String> times) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < times.size(); i++) {
            events.append(i == 0 ? "" : ",\n").append("""
                        {
                          "id": "e%d",
                          "title": "Alpha meets Beta",
                          "time": %s,
                          "type": "CONSULT",
                          "source": ["alpha"],
                          "target": ["beta"],
                          "certainty": {"level": "stated"},
                          "evidence": [{"exact": "Alpha met Beta", "start": 0, "end": 14}]
                        }""".formatted(i, times.get(i)));
        }
        return TestDatasets.alphaBetaJson("Times", events);
    }

    private ReadResult read(String json) throws IOException {
        Path file = dir.resolve("times.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new DatasetReader().read(file);
    }

    private static TimeSpan time(ReadResult r, int event) {
        return r.dataset().event("e" + event).time();
    }

    /** Every line:column at which {@code needle} occurs in {@code json}. */
    private static List<String> positions(String json, String needle) {
        List<String> all = new ArrayList<>();
        for (int at = json.indexOf(needle); at >= 0; at = json.indexOf(needle, at + 1)) {
            all.add(TestDatasets.lineColumn(json.substring(0, at) + "\u0000" + json.substring(at + 1), "\u0000"));
        }
        return all;
    }

    @Test
    void aRepeatedTimeIsOneSpanAndNearMissesAreTheirOwn() throws IOException {
        String longPhrase = "in the weeks between the spring thaw and the first harvest of that very year";
        String json = dataset(List.of(
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"latest\": \"2022-12-31\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"latest\": \"2022-06-30\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"latest\": \"2022-06-30\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"earliest\": \"2022-06-30\"}",
                "{\"edtf\": \"2022-05\", \"phrase\": \"in 2022\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 202\"}",
                "{\"edtf\": \"2022\"}",
                "{\"edtf\": \"2022\", \"phrase\": null}",
                "{\"edtf\": \"2022\", \"phrase\": \"\"}",
                "{\"phrase\": \"in 2022\", \"edtf\": \"2022\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"" + longPhrase + "\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"" + longPhrase + "\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"note\": \"a guess\"}",
                "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"note\": \"a guess\"}"));
        ReadResult r = read(json);
        assertThat(r.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        long first = Days.of(2022, 1, 1);
        long last = Days.of(2022, 12, 31);
        assertThat(time(r, 0)).isEqualTo(new TimeSpan("2022", "in 2022", first, last, time(r, 0).startQualifier(),
                time(r, 0).endQualifier(), null));
        assertThat(time(r, 1)).isSameAs(time(r, 0));
        assertThat(time(r, 2)).isEqualTo(time(r, 0)); // the latest the EDTF gives, given
        assertThat(time(r, 3).latest()).isEqualTo(Days.of(2022, 6, 30));
        assertThat(time(r, 3).earliest()).isEqualTo(first);
        assertThat(time(r, 4)).isSameAs(time(r, 3));
        assertThat(time(r, 5).earliest()).isEqualTo(Days.of(2022, 6, 30));
        assertThat(time(r, 5).latest()).isEqualTo(last);
        assertThat(time(r, 6).edtf()).isEqualTo("2022-05");
        assertThat(time(r, 6).latest()).isEqualTo(Days.of(2022, 5, 31));
        assertThat(time(r, 7).phrase()).isEqualTo("in 202");
        assertThat(time(r, 8).phrase()).isNull();
        assertThat(time(r, 9).phrase()).isNull();
        assertThat(time(r, 10).phrase()).isEmpty();
        assertThat(time(r, 11)).isEqualTo(time(r, 0));
        assertThat(time(r, 12).phrase()).isEqualTo(longPhrase);
        assertThat(time(r, 13)).isEqualTo(time(r, 12));
        assertThat(time(r, 14).note()).isEqualTo("a guess");
        assertThat(time(r, 15)).isEqualTo(time(r, 14));
    }

    @Test
    void aRepeatedWarningIsReportedAtEachPlace() throws IOException {
        String warns = "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"latest\": \"2023-02-01\"}";
        String json = dataset(List.of(warns, "{\"edtf\": \"2022\", \"phrase\": \"in 2022\"}", warns, warns));
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column())
                .containsExactlyElementsOf(positions(json, "\"2023-02-01\""));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.format()).contains("time.latest 2023-02-01 lies outside"));
        assertThat(time(r, 2)).isEqualTo(time(r, 0));
        assertThat(time(r, 0).latest()).isEqualTo(Days.of(2023, 2, 1));
    }

    @Test
    void repeatedErrorsAreReportedAtEachPlace() throws IOException {
        String valid = "{\"edtf\": \"2022\", \"phrase\": \"in 2022\"}";
        String badEdtf = "{\"edtf\": \"2022-13\", \"phrase\": \"in 2022\"}";
        String reversed = "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"earliest\": \"2022-06-01\", \"latest\": \"2022-05-01\"}";
        String open = "{\"edtf\": \"2022\", \"phrase\": \"in 2022\", \"earliest\": null}";
        String json = dataset(List.of(valid, badEdtf, valid, badEdtf, reversed, valid, reversed, open, valid, open));
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        List<String> expected = new ArrayList<>();
        for (String at : positions(json, "\"2022-13\"")) {
            String[] lineColumn = at.split(":");
            expected.add(lineColumn[0] + ":" + (Integer.parseInt(lineColumn[1]) + 1 + 5) + " month 13 out of range");
        }
        for (String at : positions(json, "\"2022-05-01\"")) {
            expected.add(at + " reversed time span");
        }
        for (String at : positions(json, "null}")) {
            expected.add(at + " open but the EDTF gives a start");
        }
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + tail(p.message()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(r.problems()).hasSize(6);
    }

    private static String tail(String message) {
        return message.contains("month 13") ? "month 13 out of range"
                : message.contains("reversed time span") ? "reversed time span"
                : message.contains("is null (open) but the EDTF gives a start") ? "open but the EDTF gives a start" : message;
    }

    @Test
    void anEdtfGivenTwiceIsCheckedBothTimes() throws IOException {
        String twice = "{\"edtf\": \"2022-13\", \"phrase\": \"in 2022\", \"edtf\": \"2022\"}";
        String json = dataset(List.of("{\"edtf\": \"2022\", \"phrase\": \"in 2022\"}", twice));
        ReadResult r = read(json);
        assertThat(r.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("invalid EDTF \"2022-13\": month 13 out of range"));
        String[] lineColumn = positions(json, "\"2022-13\"").get(0).split(":");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(Integer.parseInt(lineColumn[0]));
            assertThat(p.column()).isEqualTo(Integer.parseInt(lineColumn[1]) + 1 + 5);
        });
    }

    @Test
    void manyDifferentTimesReadAsTheyWouldAlone() throws IOException {
        // More distinct times than the cache's first table holds, each twice: it grows and replaces entries.
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            int day = i % 3000;
            times.add("{\"edtf\": \"" + Days.format(Days.of(1990, 1, 1) + day) + "\", \"phrase\": \"day " + day + "\"}");
        }
        ReadResult r = read(dataset(times));
        assertThat(r.problems()).isEmpty();
        for (int i = 0; i < 6000; i++) {
            int day = i % 3000;
            TimeSpan t = time(r, i);
            assertThat(t.earliest()).isEqualTo(Days.of(1990, 1, 1) + day);
            assertThat(t.latest()).isEqualTo(t.earliest());
            assertThat(t.phrase()).isEqualTo("day " + day);
        }
    }
}
