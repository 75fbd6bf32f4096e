package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

class DatasetSaverTest {
    @TempDir
    Path dir;

    private final Dataset bundled = DatasetReader.loadBundled();

    private static Dataset read(Path file) throws DatasetException {
        return new DatasetReader().load(file);
    }

    @Test
    void savesTheTextBesideAndReadsBackTheSameDataset() throws Exception {
        Path file = dir.resolve("mine.json");
        Dataset saved = DatasetSaver.save(bundled, file, p -> { });
        assertThat(saved.article().textFile()).isEqualTo("iran-russia-2023.txt");
        assertThat(Files.readString(dir.resolve("iran-russia-2023.txt"))).isEqualTo(bundled.article().text());
        String json = Files.readString(file);
        assertThat(json).contains("\"textFile\" : \"iran-russia-2023.txt\"").doesNotContain("\"text\" :");
        Dataset back = read(file);
        assertThat(back.events()).hasSameSizeAs(bundled.events());
        for (int i = 0; i < back.events().size(); i++) {
            assertThat(back.events().get(i)).isEqualTo(bundled.events().get(i));
        }
        // write → read → write: the same bytes.
        byte[] first = Files.readAllBytes(file);
        DatasetSaver.save(back, file, p -> { });
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    /** Save As onto the article text the dataset was saved with would lose it: refused, both files kept. */
    @Test
    void savingOverItsOwnArticleTextIsRefused() throws Exception {
        Path file = dir.resolve("mine.json");
        Dataset saved = DatasetSaver.save(bundled, file, p -> { });
        Path text = dir.resolve(saved.article().textFile());
        String before = Files.readString(text);
        assertThatThrownBy(() -> DatasetSaver.save(saved, text, p -> { }))
                .isInstanceOf(RefusedOutputException.class);
        assertThat(Files.readString(text)).isEqualTo(before);
        assertThat(read(file).events()).hasSameSizeAs(bundled.events());
    }

    @Test
    void aChangedEventIsASmallDiff() throws Exception {
        Path file = dir.resolve("d.json");
        DatasetSaver.save(bundled, file, p -> { });
        List<String> before = Files.readAllLines(file);
        Event e = bundled.event("drone-deal");
        List<Event> events = new ArrayList<>(bundled.events());
        events.set(events.indexOf(e), new Event(e.id(), "A new title", e.summary(), e.time(), e.type(), e.mode(),
                e.place(), e.sources(), e.targets(), e.participants(), e.certainty(), e.evidence()));
        Dataset changed = new Dataset(bundled.title(), bundled.description(), bundled.articles(), bundled.actors(),
                events, bundled.eras());
        DatasetSaver.save(changed, file, p -> { });
        List<String> after = Files.readAllLines(file);
        assertThat(after).hasSameSizeAs(before);
        int differing = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                differing++;
                assertThat(after.get(i)).contains("A new title");
            }
        }
        assertThat(differing).isEqualTo(1);
    }

    @Test
    void neverOverwritesAnUnrelatedFile() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path unrelated = Files.writeString(other.resolve("iran-russia-2023.txt"), "someone else's notes");
        Path file = other.resolve("copy.json");
        Dataset saved = DatasetSaver.save(bundled, file, p -> { });
        assertThat(Files.readString(unrelated)).isEqualTo("someone else's notes");
        assertThat(saved.article().textFile()).isEqualTo("iran-russia-2023-2.txt");
        assertThat(read(file).article().text()).isEqualTo(bundled.article().text());
        // A file that already holds the text is used as it is.
        Path third = Files.createDirectories(dir.resolve("third"));
        Files.writeString(third.resolve("iran-russia-2023.txt"), bundled.article().text(), StandardCharsets.UTF_8);
        assertThat(DatasetSaver.save(bundled, third.resolve("x.json"), p -> { }).article().textFile())
                .isEqualTo("iran-russia-2023.txt");
    }

    @Test
    void aFailedSaveKeepsTheOldFilesAndLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("kept.json");
        DatasetSaver.save(bundled, file, p -> { });
        byte[] old = Files.readAllBytes(file);
        // Another text (so a new text file is made), and the write fails halfway through the events.
        Dataset other = new Dataset(bundled.title(), bundled.description(), List.of(new org.sourceline.model.Article(
                "other", "Other", null, null, null, null, null, "Other words.", "iran-russia-2023.txt", null, null)),
                bundled.actors(), List.of(), bundled.eras());
        assertThatThrownBy(() -> DatasetSaver.save(other, file, p -> {
            if (p >= 1) {
                throw new java.io.UncheckedIOException(new IOException("disk full"));
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kept.json",
                    "iran-russia-2023.txt");
        }
    }

    @Test
    void aReadOnlyFolderFailsCleanly() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path file = locked.resolve("d.json");
        DatasetSaver.save(bundled, file, p -> { });
        byte[] old = Files.readAllBytes(file);
        locked.toFile().setWritable(false);
        try {
            assertThatThrownBy(() -> DatasetSaver.save(bundled, file, p -> { })).isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(old);
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
