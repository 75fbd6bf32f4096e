package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.EventWriter;
import org.sourceline.data.formats.EventWriters;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import picocli.CommandLine;

/** export-timelinejs, export-csv and the shared dataset and filter options: output, messages and exit codes. */
class ExportCommandsTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/timelinejs/moon-example.json");
    private static final Dataset BUNDLED = DatasetReader.loadBundled();

    @TempDir
    Path dir;

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    private static List<String> csvLines(Path file) throws IOException {
        return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void exportsTheBundledDatasetAsTimelineJs() throws IOException {
        Path out = dir.resolve("timeline.json");
        var r = run("export-timelinejs", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        int n = BUNDLED.events().size();
        assertThat(r.out()).isEqualTo(out + ": " + n + " of " + n + " events written as TimelineJS JSON\n");
        JsonNode tree = new ObjectMapper().readTree(out.toFile());
        assertThat(tree.get("events")).hasSize(n);
        assertThat(tree.at("/title/text/headline").asText()).isEqualTo(BUNDLED.article().title());
    }

    @Test
    void filtersChooseTheEvents() throws IOException {
        Path out = dir.resolve("events.csv");
        var r = run("export-csv", "-o", out.toString(), "--actor", "ukraine");
        assertThat(r.exit()).as(r.err()).isZero();
        long expected = BUNDLED.events().stream().filter(e -> e.involves(BUNDLED.actor("ukraine"))).count();
        assertThat(expected).isPositive().isLessThan(BUNDLED.events().size());
        assertThat(csvLines(out)).hasSize((int) expected + 1);
        assertThat(r.out()).contains(expected + " of " + BUNDLED.events().size() + " events written as CSV");

        var all = run("export-csv", "-o", out.toString(), "--actor", "iran", "--actor", "russia", "--actor-mode", "ALL",
                "--type", "aid", "--type", "AGREE", "--certainty", "Stated", "--from", "2022-01-01", "--to", "2022-12-31",
                "--search", "drones");
        assertThat(all.exit()).as(all.err()).isZero();
        List<String> rows = csvLines(out);
        assertThat(rows.size()).isBetween(2, (int) expected + 20);
        for (String row : rows.subList(1, rows.size())) {
            Event event = BUNDLED.event(row.substring(0, row.indexOf(',')));
            assertThat(event.involves(BUNDLED.actor("iran")) && event.involves(BUNDLED.actor("russia"))).isTrue();
            assertThat(event.type().id()).isIn("AID", "AGREE");
        }
    }

    @Test
    void unknownActorTypeOrCertaintyExitTwoAndListTheValidValues() {
        Path out = dir.resolve("x.csv");
        var actor = run("export-csv", "-o", out.toString(), "--actor", "putin");
        assertThat(actor.exit()).isEqualTo(2);
        assertThat(actor.err()).contains("unknown actor 'putin' (valid: russia, iran, ukraine, ")
                .doesNotContain("Exception");
        var type = run("export-timelinejs", "-o", out.toString(), "--type", "NEGOTIATE");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("unknown event type 'NEGOTIATE' (valid: AGREE, CONSULT, SUPPORT,");
        var certainty = run("export-csv", "-o", out.toString(), "--certainty", "rumoured");
        assertThat(certainty.exit()).isEqualTo(2);
        assertThat(certainty.err()).contains("unknown certainty 'rumoured' (valid: stated, reported, claimed, assessed, forecast)");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void datesMustBeDaysInOrder() {
        Path out = dir.resolve("x.csv");
        var reversed = run("export-csv", "-o", out.toString(), "--from", "2023-01-01", "--to", "2022-01-01");
        assertThat(reversed.exit()).isEqualTo(2);
        assertThat(reversed.err()).contains("--from 2023-01-01 is after --to 2022-01-01: the range is reversed");
        var bad = run("export-csv", "-o", out.toString(), "--from", "2022-13-01");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'2022-13-01' is not a date (expected YYYY-MM-DD");
        assertThat(run("export-csv", "-o", out.toString(), "--actor-mode", "some").exit()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void usageErrors() {
        var noOutput = run("export-csv");
        assertThat(noOutput.exit()).isEqualTo(2);
        assertThat(noOutput.err()).contains("Missing required option: '--output=FILE'");
        assertThat(run("export-timelinejs", "a.json", "b.json", "-o", "x").exit()).isEqualTo(2);
        var help = run("export-csv", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--actor=ID", "--actor-mode=any|all", "--type=TYPE", "--certainty=LEVEL",
                "--from=DATE", "--to=DATE", "--search=TEXT", "--group-as=actor|type", "[DATASET]");
    }

    @Test
    void unreadableDatasetExitsTwoAndInvalidOneWithPositions() throws IOException {
        Path out = dir.resolve("out.json");
        var missing = run("export-timelinejs", dir.resolve("missing.json").toString(), "-o", out.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.json:1:1: error: no such file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"events\": [{\"start_date\": {\"year\": 2022, \"month\": 13}}]}");
        Files.writeString(out, "old content");
        var invalid = run("export-timelinejs", bad.toString(), "-o", out.toString());
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).isEqualTo(bad + ":1:52: error: start_date.month: 13 is not a month (1–12)\n");
        assertThat(Files.readString(out)).isEqualTo("old content");
    }

    @Test
    void timelineJsInputWithGroupsAsTypes() throws IOException {
        Path out = dir.resolve("moon.csv");
        var r = run("export-csv", EXAMPLE.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> rows = csvLines(out);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)).startsWith("hipparchus-estimates-the-distance-to-the-moon,around 150 BCE,'-0150,'-0150-01-01,");
        var byActor = run("export-csv", EXAMPLE.toString(), "-o", out.toString(), "--actor", "nasa");
        assertThat(byActor.exit()).isZero();
        assertThat(csvLines(out)).hasSize(4);
        // As types, groups make no actors: only media credits do.
        var asTypes = run("export-csv", EXAMPLE.toString(), "--group-as", "type", "-o", out.toString(), "--actor",
                "astronomers");
        assertThat(asTypes.exit()).isEqualTo(2);
        assertThat(asTypes.err()).contains("unknown actor 'astronomers' (valid: tass, nasa)");
    }

    @Test
    void nothingToExport() throws IOException {
        Path json = dir.resolve("none.json");
        var r = run("export-timelinejs", "-o", json.toString(), "--search", "no event says this");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not written: no event passes the filters");
        assertThat(Files.exists(json)).isFalse();
        Path csv = dir.resolve("none.csv");
        assertThat(run("export-csv", "-o", csv.toString(), "--search", "no event says this").exit()).isZero();
        assertThat(csvLines(csv)).hasSize(1);
    }

    @Test
    void unwritableOutputExitsOne() {
        var r = run("export-csv", "-o", dir.resolve("no/such/folder/x.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("x.csv: cannot write: folder does not exist").doesNotContain("\tat ");
        var folder = run("export-timelinejs", "-o", dir.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains(dir + ": not written: it is a folder");
    }

    @Test
    void validateReadsTimelineJsToo() {
        var r = run("validate", EXAMPLE.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(EXAMPLE + ": 5 events, 4 actors, 1 of 1 quote verified\n");
        assertThat(r.err()).contains("warning: event \"luna-2\": no evidence").contains("unknown field \"x-editor-note\"");
        var types = run("validate", "--group-as", "type", EXAMPLE.toString());
        assertThat(types.exit()).isZero();
        assertThat(types.out()).contains("5 events, 2 actors");
    }

    @Test
    void everyRegisteredTextFormatHasItsCommandOnTheSharedPath() {
        CommandLine cli = new CommandLine(new SourcelineCommand());
        for (EventWriter format : EventWriters.all()) {
            CommandLine command = cli.getSubcommands().get("export-" + format.id());
            assertThat(command).as("export-" + format.id()).isNotNull();
            Object exporter = command.getCommand();
            assertThat(exporter).isInstanceOf(EventExportCommand.class);
            assertThat(((EventExportCommand) exporter).writer()).isInstanceOf(format.getClass());
        }
    }
}
