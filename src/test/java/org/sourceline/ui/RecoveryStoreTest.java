package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    private final Dataset bundled = DatasetReader.loadBundled();

    @Test
    void aRunningSessionsCopyIsNotOfferedAndAClosedOneLeavesNothing() throws Exception {
        RecoveryStore running = new RecoveryStore(dir);
        running.write(bundled, dir.resolve("mine.json"), Map.of("article", "mine.txt"));
        // Another window of Sourceline sees the copy but knows its session is alive.
        assertThat(new RecoveryStore(dir).leftBehind()).isEmpty();
        running.clear();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".lock"));
        }
        running.close();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCrashedSessionsCopyIsOfferedWithWhatItBelongsTo() throws Exception {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(bundled, dir.resolve("mine.json"), Map.of("article", "mine.txt"));
        crashed.close();
        // A crash leaves the copy behind but no live lock: written again as it would have been.
        RecoveryStore before = new RecoveryStore(dir);
        before.write(bundled, dir.resolve("mine.json"), Map.of("article", "mine.txt"));
        Path lock = Files.list(dir).filter(p -> p.toString().endsWith(".lock")).findFirst().orElseThrow();
        Path copy = Files.list(dir).filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        Path note = Files.list(dir).filter(p -> p.toString().endsWith(".properties")).findFirst().orElseThrow();
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Files.copy(copy, kept.resolve(copy.getFileName()));
        Files.copy(note, kept.resolve(note.getFileName()));
        before.close();
        assertThat(lock).doesNotExist();

        List<RecoveryStore.LeftBehind> left = new RecoveryStore(kept).leftBehind();
        assertThat(left).hasSize(1);
        RecoveryStore.LeftBehind found = left.get(0);
        assertThat(found.title()).isEqualTo(bundled.title());
        assertThat(found.originalFile()).isEqualTo(dir.resolve("mine.json"));
        assertThat(found.textFiles()).containsEntry("article", "mine.txt");
        ReadResult read = new DatasetReader().read(found.dataset());
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.dataset().events()).isEqualTo(bundled.events());
        found.discard();
        assertThat(new RecoveryStore(kept).leftBehind()).isEmpty();
    }
}
