package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventIndex;
import org.sourceline.query.EventIndexDeriveTest;

/**
 * The columns the reader collects as it resolves each event make the index built by walking the
 * events: whatever the order of the file's sections, with an actor in several roles of one event.
 * (The parts of a big file: {@link DatasetReaderPartsTest}.)
 */
class EventColumnsTest {
    @TempDir
    Path dir;

    private static void assertColumnsMakeTheBuiltIndex(ReadResult read) {
        Dataset dataset = read.dataset();
        assertThat(dataset).as("problems: %s", read.problems()).isNotNull();
        assertThat(read.columns()).isNotNull();
        assertThat(read.columns().size()).isEqualTo(dataset.events().size());
        EventIndexDeriveTest.assertSameIndex(EventIndex.of(dataset, read.columns()), EventIndex.of(dataset), "columns");
    }

    @Test
    void theBundledDatasetsColumnsMakeItsIndex() {
        assertColumnsMakeTheBuiltIndex(new DatasetReader().readResource(DatasetReader.BUNDLED));
    }

    @Test
    void eventsBeforeTheActorsAndAnActorInSeveralRolesOfOneEvent() throws IOException {
        // The events wait for the actors (resolved at the end); "alpha" is source, target and
        // participant of the first event, and counts once among its actors.
        String json = DatasetReaderTest.VALID
                .replace("\"target\": [\"beta\"],", "\"target\": [\"beta\", \"alpha\"], \"participants\": [\"land\", \"alpha\"],");
        int actors = json.indexOf("  \"actors\"");
        int events = json.indexOf("  \"events\"");
        int end = json.lastIndexOf(']') + 1;
        String reordered = json.substring(0, actors) + json.substring(events, end) + ",\n"
                + json.substring(actors, events).stripTrailing().replaceAll(",$", "") + "\n}\n";
        Path file = dir.resolve("events-first.json");
        Files.writeString(file, reordered, StandardCharsets.UTF_8);
        ReadResult read = new DatasetReader().read(file);
        assertColumnsMakeTheBuiltIndex(read);
        EventIndex index = EventIndex.of(read.dataset(), read.columns());
        assertThat(index.actorEnd(0) - index.actorStart(0)).isEqualTo(3);
    }

    @Test
    void columnsThatDoNotFitTheDatasetAreNotUsed() {
        ReadResult bundled = new DatasetReader().readResource(DatasetReader.BUNDLED);
        Dataset other = new DatasetReader().readResource(DatasetReader.BUNDLED).dataset();
        Dataset fewer = new Dataset(other.title(), other.description(), other.articles(), other.actors(),
                other.events().subList(0, 3), other.eras());
        EventIndexDeriveTest.assertSameIndex(EventIndex.of(fewer, bundled.columns()), EventIndex.of(fewer), "misfit");
    }
}
