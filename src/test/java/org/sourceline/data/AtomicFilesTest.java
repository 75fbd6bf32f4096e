package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoPart() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void successfulWriteReplaces() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/out.json"), out -> { }))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
