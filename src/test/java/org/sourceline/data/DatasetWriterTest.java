package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Article;
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
        new DatasetWriter().textFile("copy.txt").pretty(false).write(original, file);
        assertThat(Files.readString(dir.resolve("copy.txt"))).isEqualTo(original.article().text());
        assertThat(new DatasetReader().read(file).problems()).isEmpty();
    }

    @Test
    void anArticleReadFromATextFileIsWrittenToOneBeside() throws IOException {
        Dataset original = DatasetReader.loadBundled();
        Path file = dir.resolve("copy.json");
        new DatasetWriter().write(original, file);
        assertThat(Files.readString(dir.resolve("iran-russia-2023.txt"))).isEqualTo(original.article().text());
        assertThat(Files.readString(file)).contains("\"textFile\" : \"iran-russia-2023.txt\"")
                .doesNotContain("\"text\" :");
        // Saved again: the same text file is kept as it is.
        new DatasetWriter().write(original, file);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("copy.json",
                    "iran-russia-2023.txt");
        }
    }

    @Test
    void anUnrelatedFileOfTheSameNameIsNeverOverwritten() throws IOException {
        Dataset original = DatasetReader.loadBundled();
        Path unrelated = dir.resolve("iran-russia-2023.txt");
        Files.writeString(unrelated, "my notes");
        Path file = dir.resolve("copy.json");
        new DatasetWriter().write(original, file);
        assertThat(Files.readString(unrelated)).isEqualTo("my notes");
        assertThat(Files.readString(dir.resolve("iran-russia-2023-2.txt"))).isEqualTo(original.article().text());
        ReadResult again = new DatasetReader().read(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset().article().textFile()).isEqualTo("iran-russia-2023-2.txt");
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
