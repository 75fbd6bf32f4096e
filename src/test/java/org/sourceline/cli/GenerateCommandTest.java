package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sourceline.data.DatasetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.ValidateCommandTest.Run;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesADatasetThatValidates() {
        Path file = dir.resolve("gen.json");
        Run r = ValidateCommandTest.run("generate", "--events", "500", "--actors", "40", "--seed", "3", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(file + ": 500 events, 40 actors, seed 3");
        String text = DatasetFiles.textFileNamedBy(file);
        assertThat(text).isEqualTo("gen.txt");
        assertThat(r.out()).contains("; text " + text + " ");
        assertThat(dir.resolve(text)).exists();
        Run check = ValidateCommandTest.run("validate", file.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("500 events, 40 actors");
    }

    @Test
    void inlineTextWritesOneFile() throws Exception {
        Path file = dir.resolve("one.json");
        Run r = ValidateCommandTest.run("generate", "--events", "20", "--actors", "5", "--inline-text", "--compact",
                "-o", file.toString());
        assertThat(r.exit()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("one.json");
        }
        assertThat(ValidateCommandTest.run("validate", file.toString()).exit()).isZero();
    }

    @Test
    void badOptionsExitTwoWithAClearMessage() {
        Path file = dir.resolve("x.json");
        Run zero = ValidateCommandTest.run("generate", "--events", "0", "--actors", "1", "-o", file.toString());
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--events must be between 1 and 5000000, not 0");

        Run tooMany = ValidateCommandTest.run("generate", "--events", "5", "--actors", "9", "-o", file.toString());
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--actors (9) must not exceed --events (5)");

        Run missing = ValidateCommandTest.run("generate", "--events", "5", "-o", file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--actors=M'");

        Run notANumber = ValidateCommandTest.run("generate", "--events", "many", "--actors", "1", "-o", file.toString());
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'many' is not an int");

        Run noFolder = ValidateCommandTest.run("generate", "--events", "5", "--actors", "1", "-o",
                dir.resolve("nowhere/x.json").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
        assertThat(file).doesNotExist();
    }
}
