package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SourcelineCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void bundledDatasetIsValid() {
        Run r = run("validate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("datasets/iran-russia-2023\\.json: (\\d+) events, 16 actors, (\\d+) of \\2 quotes verified\\R");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void invalidFileExitsOneWithPositions() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"sourceline-dataset/1\", \"title\": 3}");
        Run r = run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith(bad + ": 0 events, 0 actors, 0 of 0 quotes verified");
        assertThat(r.err()).contains(bad + ":1:45: error: title: expected a string, found a number")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unreadableFileExitsTwo() {
        Run r = run("validate", dir.resolve("missing.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing.json:1:1: error: no such file");
        Run folder = run("validate", dir.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");
    }

    @Test
    void worstExitWinsAcrossFiles() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        Run r = run("validate", bad.toString(), dir.resolve("missing.json").toString());
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate", "--nope").exit()).isEqualTo(2);
        assertThat(run("frobnicate", "x", "y").exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionOnEveryCommand() {
        Run help = run("validate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: sourceline validate");
        Run version = run("validate", "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Sourceline ");
        assertThat(run("--help").out()).contains("validate");
    }
}
