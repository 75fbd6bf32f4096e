package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Article;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

class DatasetWriterTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEverything() throws IOException {
        Dataset original = DatasetReader.loadBundled();
        Path file = dir.resolve("copy.json");
        new DatasetWriter().write(original, file);
        ReadResult again = new DatasetReader().read(file);
        assertThat(again.problems()).isEmpty();
        Dataset copy = again.dataset();
        assertThat(copy.title()).isEqualTo(original.title());
        assertThat(copy.actors()).isEqualTo(original.actors());
        assertThat(copy.article().text()).isEqualTo(original.article().text());
        for (Event event : original.events()) {
            Event other = copy.event(event.id());
            assertThat(other.time()).isEqualTo(event.time());
            assertThat(other.certainty()).isEqualTo(event.certainty());
            assertThat(other.evidence()).isEqualTo(event.evidence());
            assertThat(other).isEqualTo(event);
        }
    }

    @Test
    void textFileIsWrittenBeside() throws IOException {
        Dataset original = DatasetReader.loadBundled();
        Path file = dir.resolve("copy.json");
        DatasetWriter writer = new DatasetWriter().textFile("copy.txt").pretty(false);
        writer.write(original, file);
        assertThat(writer.writtenTextFile()).isEqualTo("copy.txt");
        assertThat(Files.readString(dir.resolve(writer.writtenTextFile()))).isEqualTo(original.article().text());
        assertThat(new DatasetReader().read(file).problems()).isEmpty();
    }

    /**
     * A dataset and its text file are replaced as a pair: a failure after the new text is written
     * and before the dataset naming it leaves the old dataset with its old text, every quote verified.
     */
    @Test
    void aFailureBetweenTextAndDatasetLeavesTheOldPairWhole() throws Exception {
        Path file = dir.resolve("gen.json");
        String oldText = new SyntheticDatasetGenerator(200, 20, 1).write(file, "gen.txt");
        byte[] oldJson = Files.readAllBytes(file);

        // Another dataset with another text (read from its own folder).
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("gen.json");
        new SyntheticDatasetGenerator(150, 15, 2).write(elsewhere, "gen.txt");
        Dataset changed = new DatasetReader().load(elsewhere);
        DatasetWriter failing = new DatasetWriter().textFile("gen.txt");
        failing.betweenTextAndDataset = () -> {
            throw new java.io.UncheckedIOException(new IOException("disk full"));
        };
        assertThatThrownBy(() -> failing.write(changed, file)).hasMessageContaining("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(oldJson);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gen.json", oldText, "elsewhere");
        }
        ReadResult read = new DatasetReader().read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.quotesVerified()).isEqualTo(read.quotesTotal()).isPositive();

        // A failure while writing the dataset itself: the same.
        DatasetWriter midway = new DatasetWriter().textFile("gen.txt");
        assertThatThrownBy(() -> midway.stream(changed.title(), null, changed.articles(), changed.actors(), List.of(), file,
                sink -> {
                    sink.write(changed.events().get(0));
                    throw new IOException("killed");
                })).hasMessage("killed");
        assertThat(Files.readAllBytes(file)).isEqualTo(oldJson);
        assertThat(new DatasetReader().read(file).quotesVerified()).isEqualTo(read.quotesTotal());

        // Success: the new pair, and the old text gone.
        DatasetWriter working = new DatasetWriter().textFile("gen.txt");
        working.write(changed, file);
        assertThat(working.writtenTextFile()).isNotEqualTo(oldText);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("gen.json", working.writtenTextFile(), "elsewhere");
        }
        assertThat(new DatasetReader().read(file).problems()).isEmpty();
    }

    @Test
    void theTextFileAnOldDatasetNamesIsFoundInEitherFormat() throws IOException {
        Path one = Files.writeString(dir.resolve("one.json"),
                "{\"format\": \"sourceline-dataset/1\", \"title\": \"t\", \"article\": {\"title\": \"a\", \"textFile\": \"one.txt\"}}");
        Path two = Files.writeString(dir.resolve("two.json"), "{\"format\": \"sourceline-dataset/2\", \"title\": \"t\", "
                + "\"articles\": [{\"id\": \"a\", \"title\": \"a\", \"textFile\": \"two.txt\"}, {\"id\": \"b\"}]}");
        Path inline = Files.writeString(dir.resolve("inline.json"), "{\"article\": {\"text\": \"x\"}, \"events\": []}");
        assertThat(DatasetFiles.textFileNamedBy(one)).isEqualTo("one.txt");
        assertThat(DatasetFiles.textFileNamedBy(two)).isEqualTo("two.txt");
        assertThat(DatasetFiles.textFileNamedBy(inline)).isNull();
        assertThat(DatasetFiles.textFileNamedBy(dir.resolve("missing.json"))).isNull();
    }

    @Test
    void onlyTextFilesOfOurNamingAreRemoved() {
        assertThat(DatasetWriter.isVersionOf("gen.txt", "gen.txt")).isTrue();
        assertThat(DatasetWriter.isVersionOf("gen-2.txt", "gen.txt")).isTrue();
        assertThat(DatasetWriter.isVersionOf("gen-12.txt", "gen.txt")).isTrue();
        assertThat(DatasetWriter.isVersionOf("gen-0.txt", "gen.txt")).isFalse();
        assertThat(DatasetWriter.isVersionOf("gen-x.txt", "gen.txt")).isFalse();
        assertThat(DatasetWriter.isVersionOf("notes.txt", "gen.txt")).isFalse();
        assertThat(DatasetWriter.isVersionOf("../gen-2.txt", "gen.txt")).isFalse();
    }

    @Test
    void anUnrelatedFileOfTheSameNameIsNeverOverwrittenAndAnIdenticalOneIsKept() throws IOException {
        Dataset bundled = DatasetReader.loadBundled();
        Path notes = Files.writeString(dir.resolve("copy.txt"), "my own notes");
        Path file = dir.resolve("copy.json");
        DatasetWriter writer = new DatasetWriter().textFile("copy.txt");
        writer.write(bundled, file);
        assertThat(Files.readString(notes)).isEqualTo("my own notes");
        assertThat(writer.writtenTextFile()).isEqualTo("copy-2.txt");
        assertThat(new DatasetReader().read(file).problems()).isEmpty();

        // Written again: the identical text is kept under its name, the notes still untouched.
        long modified = Files.getLastModifiedTime(dir.resolve("copy-2.txt")).toMillis();
        writer.write(bundled, file);
        assertThat(writer.writtenTextFile()).isEqualTo("copy-2.txt");
        assertThat(Files.getLastModifiedTime(dir.resolve("copy-2.txt")).toMillis()).isEqualTo(modified);
        assertThat(Files.readString(notes)).isEqualTo("my own notes");
    }

    @Test
    void aFailedWriteRemovesTheTextFilesItCreated() throws IOException {
        Dataset original = DatasetReader.loadBundled();
        Path folder = Files.createDirectory(dir.resolve("taken.json"));
        assertThatThrownBy(() -> new DatasetWriter().write(original, folder)).isInstanceOf(IOException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken.json");
        }
    }

    @Test
    void articlesNamingTheSameTextFileGetOneEach() throws IOException {
        Dataset bundled = DatasetReader.loadBundled();
        Article first = bundled.article();
        Article second = new Article("second", "Another", null, null, null, null, null, "Other words.", "../x/"
                + first.textFile(), null, null);
        Dataset two = new Dataset("Two", null, List.of(first, second), bundled.actors(), bundled.events(), List.of());
        Path file = dir.resolve("two.json");
        new DatasetWriter().write(two, file);
        assertThat(Files.readString(dir.resolve("iran-russia-2023.txt"))).isEqualTo(first.text());
        assertThat(Files.readString(dir.resolve("iran-russia-2023-2.txt"))).isEqualTo("Other words.");
        ReadResult back = new DatasetReader().read(file);
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset().article("second").text()).isEqualTo("Other words.");
    }
}
