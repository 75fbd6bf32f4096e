package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(writer.writtenTextFile()).matches("copy\\.[0-9a-f]{12}\\.txt");
        assertThat(Files.readString(dir.resolve(writer.writtenTextFile()))).isEqualTo(original.article().text());
        assertThat(new DatasetReader().read(file).problems()).isEmpty();
    }
}
