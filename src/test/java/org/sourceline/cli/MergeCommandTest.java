package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;

/** {@code sourceline merge}: the report, the files written, and nothing written when an input is bad. */
class MergeCommandTest {
    private static final Path BUNDLED = Path.of("resources/datasets/iran-russia-2023.json");

    @TempDir
    Path dir;

    private Path second;
    private Path out;

    @BeforeEach
    void copyInputs() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        second = inputs.resolve("second.json");
        try (InputStream in = MergeCommandTest.class.getResourceAsStream("/datasets/merge/second-report.json")) {
            Files.copy(in, second);
        }
        out = Files.createDirectory(dir.resolve("out")).resolve("merged.json");
    }

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    private List<String> outputFiles() throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void mergesAndReportsEveryMatchRenameAndLikelyDuplicate() throws IOException {
        var r = run("merge", BUNDLED.toString(), second.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(
                second + ": article \"iran-russia-2023\" renamed \"iran-russia-2023-2\" (the id is taken)\n",
                second + ": actor \"Russia\" (russia) matched by id\n",
                second + ": actor \"Irán\" (tehran) matched \"Iran\" (iran) by name\n",
                second + ": event \"drone-deal\" renamed \"drone-deal-2\" (the id is taken)\n",
                "1 likely duplicate, kept as two events (--union-duplicates merges them):\n",
                "  " + BUNDLED + " \"drone-deal\" ~ " + second + " \"drone-deal\" (score 0.",
                out + ": 2 datasets merged: 2 articles, 20 events, 18 actors\n");
        // The bundled article's text came in a file: it goes beside the merged dataset; the other was inline.
        assertThat(outputFiles()).containsExactly("iran-russia-2023.txt", "merged.json");
        ReadResult read = new DatasetReader().read(out);
        assertThat(read.errors()).isEmpty();
        assertThat(read.dataset().articles()).hasSize(2);
        assertThat(read.dataset().event("drone-deal-2")).isNotNull();
    }

    @Test
    void unionDuplicatesMakesOneEventOfEachPair() {
        var r = run("merge", BUNDLED.toString(), second.toString(), "-o", out.toString(), "--union-duplicates",
                "--title", "Iran and Russia, two reports");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 likely duplicate, each merged into one event:",
                second + ": event \"drone-deal\" merged into \"drone-deal\" (" + BUNDLED + "): 1 quote added",
                "2 articles, 19 events");
        Dataset merged = new DatasetReader().read(out).dataset();
        assertThat(merged.title()).isEqualTo("Iran and Russia, two reports");
        assertThat(merged.event("drone-deal").sourceCount()).isEqualTo(2);
    }

    @Test
    void anUnreadableInputExitsTwoAndNothingIsWritten() throws IOException {
        var r = run("merge", BUNDLED.toString(), dir.resolve("missing.json").toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing.json:1:1: error: no such file", out + ": not written: an input cannot be read")
                .doesNotContain("\tat ");
        assertThat(outputFiles()).isEmpty();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anInvalidInputExitsOneWithPositionsAndNothingIsWritten() throws IOException {
        Files.writeString(second, Files.readString(second).replace("\"source\": [\n        \"wagner\"", "\"source\": [\n        \"wagnr\""));
        var r = run("merge", BUNDLED.toString(), second.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(second.toString())
                + ":\\d+:\\d+: error: event \"wagner-recruits\": unknown actor \"wagnr\"");
        assertThat(outputFiles()).isEmpty();
    }

    @Test
    void anUnrelatedFileBesideTheOutputIsNeverOverwritten() throws IOException {
        Path unrelated = out.resolveSibling("iran-russia-2023.txt");
        Files.writeString(unrelated, "someone's notes");
        var r = run("merge", BUNDLED.toString(), second.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(unrelated)).isEqualTo("someone's notes");
        assertThat(outputFiles()).containsExactly("iran-russia-2023-2.txt", "iran-russia-2023.txt", "merged.json");
        assertThat(new DatasetReader().read(out).errors()).isEmpty();
    }

    @Test
    void usageErrors() throws IOException {
        var one = run("merge", BUNDLED.toString(), "-o", out.toString());
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("DATASET");
        assertThat(run("merge", BUNDLED.toString(), second.toString()).exit()).isEqualTo(2);
        var folder = run("merge", BUNDLED.toString(), second.toString(), "-o", out.getParent().toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains(out.getParent() + ": not written: it is a folder");
        var overInput = run("merge", BUNDLED.toString(), second.toString(), "-o", second.toString());
        assertThat(overInput.exit()).isEqualTo(2);
        assertThat(overInput.err()).contains("not written");
        assertThat(outputFiles()).isEmpty();
        assertThat(run("merge", "--help").out()).contains("--union-duplicates", "-o, --output=FILE");
    }
}
