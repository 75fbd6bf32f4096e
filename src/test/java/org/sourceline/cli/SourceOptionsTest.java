package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source filter options of the export commands, and what validate says of a dataset of several articles. */
class SourceOptionsTest {
    @TempDir
    Path dir;

    private Path three;

    @BeforeEach
    void copyDataset() throws IOException {
        three = dir.resolve("three.json");
        try (InputStream in = SourceOptionsTest.class.getResourceAsStream("/datasets/three-articles.json")) {
            Files.copy(in, three);
        }
    }

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    /** The ids in the first column of a CSV export, header left out. */
    private List<String> exportedIds(String... filters) throws IOException {
        Path out = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of("export-csv", three.toString(), "-o", out.toString()));
        args.addAll(List.of(filters));
        ValidateCommandTest.Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        String[] lines = Files.readString(out, StandardCharsets.UTF_8).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].substring(0, lines[i].indexOf(',')));
        }
        return ids;
    }

    @Test
    void sourceOutletLeastSourcesAndDisputed() throws IOException {
        assertThat(exportedIds("--source", "paper")).containsExactlyInAnyOrder("meeting", "strike", "rumour");
        assertThat(exportedIds("--source", "blog", "--source", "wire")).containsExactlyInAnyOrder("meeting", "deal", "strike");
        assertThat(exportedIds("--outlet", "WIRE")).containsExactlyInAnyOrder("meeting", "deal", "strike");
        assertThat(exportedIds("--min-sources", "2")).containsExactlyInAnyOrder("meeting", "strike");
        assertThat(exportedIds("--disputed")).containsExactlyInAnyOrder("meeting", "strike", "rumour");
        assertThat(exportedIds("--disputed", "--min-sources", "1", "--source", "paper"))
                .containsExactlyInAnyOrder("meeting", "strike");
    }

    @Test
    void unknownSourcesAndOutletsExitTwoListingTheValidOnes() {
        Path out = dir.resolve("x.json");
        var source = run("export-timelinejs", three.toString(), "-o", out.toString(), "--source", "Wire");
        assertThat(source.exit()).isEqualTo(2);
        assertThat(source.err()).isEqualTo("sourceline: unknown article 'Wire' for --source (valid: wire, paper, blog)\n");
        var outlet = run("export-timelinejs", three.toString(), "-o", out.toString(), "--outlet", "Times", "--outlet", "Post");
        assertThat(outlet.exit()).isEqualTo(2);
        assertThat(outlet.err()).contains("unknown outlets 'Times', 'Post' (valid: Wire, Paper)");
        var negative = run("export-csv", three.toString(), "-o", out.toString(), "--min-sources", "-1");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--min-sources must be 0 or more, not -1");
        var notANumber = run("export-csv", three.toString(), "-o", out.toString(), "--min-sources", "two");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
        var help = run("export-png", "--help");
        assertThat(help.out()).contains("--source=ID", "--outlet=NAME", "--min-sources=N", "--disputed");
    }

    @Test
    void validateSummarisesEachArticle() {
        var r = run("validate", three.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(three + ": 3 articles, 5 events, 3 actors, 8 of 8 quotes verified\n"
                + "  wire: 3 events, 3 quotes · Wire — “Alpha meets Beta”\n"
                + "  paper: 3 events, 4 quotes (3 disputing) · Paper — “No meeting”\n"
                + "  blog: 1 event, 1 quote · “Notes”\n");
        // The event without quotes is the only warning.
        assertThat(r.err()).contains("warning: event \"unquoted\"");
        // One article: the summary alone.
        assertThat(run("validate").out().lines().count()).isEqualTo(1);
    }

    @Test
    void generateSpreadsEventsOverArticles() {
        Path file = dir.resolve("gen.json");
        var r = run("generate", "--events", "300", "--actors", "20", "--articles", "4", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(file + ": 300 events, 20 actors, 4 articles, seed 1")
                .contains("texts in 4 files gen-ID.txt");
        assertThat(dir.resolve("gen-a0004.txt")).exists();
        var check = run("validate", file.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).startsWith(file + ": 4 articles, 300 events").contains("  a0001: ");
        var bad = run("generate", "--events", "3", "--actors", "1", "--articles", "4", "-o", file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--articles (4) must not exceed --events (3)");
    }
}
