package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.ValidateCommandTest.Run;
import org.sourceline.data.DatasetFiles;
import org.sourceline.generate.SyntheticDatasetGenerator;

/**
 * The command line never writes over what it reads, never replaces what is not a regular file,
 * and says so as a usage error (exit 2) with nothing touched.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path file = dir.resolve("d.json");
        new SyntheticDatasetGenerator(30, 6, 4).write(file, "d.txt");
        return file;
    }

    /** The bundled dataset and its text copied here, with one edit. */
    private Path bundledCopy(String name, String from, String to) throws IOException {
        Files.copy(Path.of("resources/datasets/iran-russia-2023.txt"), dir.resolve("iran-russia-2023.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String json = Files.readString(Path.of("resources/datasets/iran-russia-2023.json"));
        assertThat(json).contains(from);
        return Files.writeString(dir.resolve(name), from.isEmpty() ? json : json.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void anOutputThatIsAnInputIsAUsageErrorAndNothingIsTouched() throws IOException {
        Path data = dataset();
        Path text = dir.resolve(DatasetFiles.textFileNamedBy(data));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), data);
        byte[] dataBytes = Files.readAllBytes(data);
        byte[] textBytes = Files.readAllBytes(text);
        Path roundabout = dir.resolve("sub/../d.json");
        Files.createDirectories(dir.resolve("sub"));
        for (String command : List.of("export-csv", "export-timelinejs", "export-png")) {
            for (Path output : List.of(data, text, link, roundabout)) {
                Run r = ValidateCommandTest.run(command, data.toString(), "-o", output.toString());
                assertThat(r.exit()).as(command + " -o " + output).isEqualTo(2);
                assertThat(r.err()).contains(output + ": not written: it is a file being read (")
                        .doesNotContain("\tat ");
                assertThat(r.out()).isEmpty();
            }
        }
        assertThat(Files.readAllBytes(data)).isEqualTo(dataBytes);
        assertThat(Files.readAllBytes(text)).isEqualTo(textBytes);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void devicesEmptyNamesAndBrokenLinksAreRefused() throws IOException {
        Run empty = ValidateCommandTest.run("export-csv", "-o", "");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("-o needs a file name").doesNotContain("is a folder");

        Path broken = Files.createSymbolicLink(dir.resolve("out.csv"), dir.resolve("missing/target.csv"));
        Run viaBroken = ValidateCommandTest.run("export-csv", "-o", broken.toString());
        assertThat(viaBroken.exit()).isEqualTo(2);
        assertThat(viaBroken.err()).contains("symbolic link to").contains("does not exist");

        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        Path device = Files.createSymbolicLink(dir.resolve("device.png"), Path.of("/dev/null"));
        for (String command : List.of("export-csv", "export-timelinejs", "export-png")) {
            for (Path output : List.of(Path.of("/dev/null"), device)) {
                Run r = ValidateCommandTest.run(command, "-o", output.toString());
                assertThat(r.exit()).as(command).isEqualTo(2);
                assertThat(r.err()).contains("not written: it is a character device, not a regular file");
            }
        }
        Run generate = ValidateCommandTest.run("generate", "--events", "5", "--actors", "2", "-o", "/dev/null");
        assertThat(generate.exit()).isEqualTo(2);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aLinkToARegularFileIsFollowedAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("events.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("events.csv"), real);
        Run r = ValidateCommandTest.run("export-csv", "-o", link.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("id,time phrase");
    }

    @Test
    void generateReplacesTheDatasetAndItsTextAsAPair() throws IOException {
        Path file = dir.resolve("g.json");
        assertThat(ValidateCommandTest.run("generate", "--events", "40", "--actors", "5", "-o", file.toString()).exit()).isZero();
        String first = DatasetFiles.textFileNamedBy(file);
        assertThat(ValidateCommandTest.run("generate", "--events", "40", "--actors", "5", "--seed", "9", "-o",
                file.toString()).exit()).isZero();
        String second = DatasetFiles.textFileNamedBy(file);
        assertThat(second).isNotEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("g.json", second);
        }
        Run check = ValidateCommandTest.run("validate", file.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("quotes verified");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        Run typo = ValidateCommandTest.run("valdate");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("'valdate' is neither a command nor a file; did you mean 'validate'?");
        Run word = ValidateCommandTest.run("frobnicate");
        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).contains("'frobnicate' is neither a command nor a file").doesNotContain("display");
        assertThat(ValidateCommandTest.run("exprt-csv").err()).contains("did you mean 'export-csv'?");
        Run missing = ValidateCommandTest.run(dir.resolve("missing.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.json:1:1: error: no such file");
    }

    @Test
    void timelineJsDropsAScriptUrlAndSaysSo() throws IOException {
        Path data = bundledCopy("script.json", "\"url\" : null", "\"url\" : \"javascript:alert(1)\"");
        Path out = dir.resolve("timeline.json");
        Run r = ValidateCommandTest.run("export-timelinejs", data.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains(out + ": warning: the article's URL \"javascript:alert(1)\" was left out");
        assertThat(Files.readString(out)).doesNotContain("javascript:");
    }

    @Test
    void aYearBeyondTheModelIsAnErrorAndTheOtherFilesAreStillChecked() throws IOException {
        Path bad = bundledCopy("bad.json", "\"edtf\" : \"../2021\"", "\"edtf\" : \"Y-99999999999999999999\"");
        Path good = bundledCopy("good.json", "", "");
        Run r = ValidateCommandTest.run("validate", bad.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":181:\\d+: error: event \"[^\"]+\": "
                + "time: invalid EDTF \"Y-99999999999999999999\": the year is beyond what Sourceline holds")
                .doesNotContain("For input string");
        assertThat(r.out()).contains(bad + ": 16 events").contains(good + ": 16 events, 16 actors, 18 of 18 quotes verified");
    }
}
