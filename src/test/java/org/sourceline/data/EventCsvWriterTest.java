package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/** CSV for spreadsheets: RFC 4180, UTF-8, and no cell a spreadsheet would run as a formula. */
class EventCsvWriterTest {
    private static final Dataset BUNDLED = DatasetReader.loadBundled();

    private static String csv(List<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventCsvWriter().write(BUNDLED, events, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A small RFC 4180 parser, to read back what was written. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    @Test
    void headerAndOneRowPerEvent() throws IOException {
        String text = csv(BUNDLED.events());
        int most = BUNDLED.events().stream().mapToInt(e -> e.evidence().size()).max().orElseThrow();
        assertThat(most).isGreaterThan(1);
        StringBuilder quotes = new StringBuilder();
        for (int q = 1; q <= most; q++) {
            quotes.append(",quote ").append(q).append(",source ").append(q);
        }
        assertThat(text).startsWith("id,time phrase,EDTF,earliest,latest,title,type,source actors,target actors,"
                + "participants,certainty,attributed to,supporting sources,disputed" + quotes + "\r\n");
        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(BUNDLED.events().size() + 1);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(14 + 2 * most));
        Event first = BUNDLED.events().get(0);
        List<String> row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(first.id());
        assertThat(row.get(2)).isEqualTo(first.time().edtf());
        assertThat(row.get(5)).isEqualTo(first.title());
        assertThat(row.get(6)).isEqualTo(first.type().id());
        assertThat(row.get(10)).isEqualTo(first.certainty().level().id());
        assertThat(row.get(12)).isEqualTo("1");
        assertThat(row.get(13)).isEqualTo("no");
        assertThat(row.get(14)).isEqualTo(first.evidence().get(0).exact());
        assertThat(row.get(15)).isEqualTo("iran-russia-2023: Foreign Policy — “Iran and Russia Are Closer Than Ever Before”");
    }

    @Test
    void eachQuoteNamesItsArticleAndADisputingOneSaysSo() throws IOException {
        Dataset two = new DatasetReader().read(new java.io.ByteArrayInputStream(
                DatasetReaderFormat2Test.TWO_ARTICLES.getBytes(StandardCharsets.UTF_8)), "two.json", TextFiles.none()).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventCsvWriter().write(two, two.events(), out);
        List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(rows.get(0).subList(12, 20)).containsExactly("supporting sources", "disputed", "quote 1", "source 1",
                "quote 2", "source 2", "quote 3", "source 3");
        assertThat(rows.get(1).subList(12, 20)).containsExactly("2", "yes",
                "Alpha met Beta in 2022.", "wire: Wire — “Alpha meets Beta”",
                "Alpha met Beta in 2022, a source said.", "paper: Paper — “No meeting”",
                "Beta denied meeting Alpha.", "paper: Paper — “No meeting” (disputes)");
    }

    @Test
    void fuzzyAndOpenBoundsAndSeveralActors() throws IOException {
        List<List<String>> rows = parse(csv(BUNDLED.events()));
        for (int i = 0; i < BUNDLED.events().size(); i++) {
            Event e = BUNDLED.events().get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.get(3)).isEqualTo(e.time().isOpenStart() ? "" : e.time().earliestDate().orElseThrow().toString());
            assertThat(row.get(4)).isEqualTo(e.time().isOpenEnd() ? "" : e.time().latestDate().orElseThrow().toString());
            assertThat(row.get(7)).isEqualTo(String.join("; ", e.sources().stream().map(a -> a.name()).toList()));
            assertThat(row.get(9)).isEqualTo(String.join("; ", e.participants().stream().map(a -> a.name()).toList()));
            assertThat(row.get(11)).isEqualTo(String.join("; ", e.certainty().attributedTo().stream().map(a -> a.name()).toList()));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get(3)).isEmpty());
    }

    @Test
    void utf8TextIsKeptCharacterForCharacter() throws IOException {
        String text = csv(BUNDLED.events());
        assertThat(text).contains("’");
        assertThat(text.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) 'i');
    }

    @Test
    void quotingFollowsRfc4180() {
        assertThat(EventCsvWriter.field("plain")).isEqualTo("plain");
        assertThat(EventCsvWriter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(EventCsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EventCsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventCsvWriter.field("")).isEmpty();
    }

    @Test
    void formulasAreNeutralised() throws IOException {
        for (String dangerous : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
            assertThat(EventCsvWriter.field(dangerous)).as(dangerous).matches("(?s)\"?'.*");
        }
        Event e = BUNDLED.events().get(0);
        Event evil = new Event(e.id(), "=cmd|' /C calc'!A0", e.summary(), e.time(), e.type(), e.mode(), e.place(),
                e.sources(), e.targets(), e.participants(), new Certainty(CertaintyLevel.STATED, List.of(), null), List.of());
        List<List<String>> rows = parse(csv(List.of(evil)));
        assertThat(rows.get(1).get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get(14)).isEmpty();
        assertThat(rows.get(1).get(15)).isEmpty();
    }

    @Test
    void anEventWithOnlyParticipantsKeepsItsActors() throws IOException {
        Event e = BUNDLED.events().get(0);
        Event onlyParticipants = new Event("tiles", "Tiles offered to schools", null, e.time(), e.type(), null, null,
                List.of(), List.of(), List.of(BUNDLED.actor("iran"), BUNDLED.actor("russia")),
                new Certainty(CertaintyLevel.STATED, List.of(), null), List.of());
        List<String> row = parse(csv(List.of(onlyParticipants))).get(1);
        assertThat(row.get(7)).isEmpty();
        assertThat(row.get(8)).isEmpty();
        assertThat(row.get(9)).isEqualTo("Iran; Russia");
    }
}
