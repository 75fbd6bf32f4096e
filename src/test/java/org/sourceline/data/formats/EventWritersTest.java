package org.sourceline.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.EventCsvWriter;
import org.sourceline.data.EventWriter;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import org.sourceline.model.Dataset;

class EventWritersTest {
    private static final Dataset BUNDLED = DatasetReader.loadBundled();

    @Test
    void listsTheTextFormatsInMenuOrder() {
        assertThat(EventWriters.all()).extracting(EventWriter::id).containsExactly("timelinejs", "csv");
        assertThat(EventWriters.all()).extracting(EventWriter::label).containsExactly("TimelineJS JSON", "CSV");
        assertThat(EventWriters.all()).extracting(EventWriter::filePattern).containsExactly("*.json", "*.csv");
        assertThat(EventWriters.create("timelinejs")).isInstanceOf(TimelineJsWriter.class);
        assertThat(EventWriters.create("csv")).isInstanceOf(EventCsvWriter.class);
    }

    @Test
    void eachCallGivesNewWritersSoWarningsAreNeverShared() {
        assertThat(EventWriters.create("timelinejs")).isNotSameAs(EventWriters.create("timelinejs"));
    }

    @Test
    void anUnknownFormatIsNamed() {
        assertThatThrownBy(() -> EventWriters.create("xml")).hasMessage("no export format \"xml\"");
    }

    @Test
    void everyFormatWritesTheSameBytesAsItsOwnWriter() throws IOException {
        for (EventWriter writer : EventWriters.all()) {
            ByteArrayOutputStream viaRegistry = new ByteArrayOutputStream();
            writer.write(BUNDLED, BUNDLED.events(), viaRegistry);
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            if (writer.id().equals("csv")) {
                new EventCsvWriter().write(BUNDLED, BUNDLED.events(), direct);
            } else {
                new TimelineJsWriter().write(BUNDLED, BUNDLED.events(), direct);
            }
            assertThat(viaRegistry.toByteArray()).as(writer.id()).isEqualTo(direct.toByteArray()).isNotEmpty();
        }
    }

    @Test
    void onlyTimelineJsRefusesNoEvents() throws IOException {
        assertThat(EventWriters.create("timelinejs").emptyRefusal()).isEqualTo("TimelineJS needs at least one");
        EventWriter csv = EventWriters.create("csv");
        assertThat(csv.emptyRefusal()).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(BUNDLED, List.of(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,time phrase,EDTF").hasLineCount(1);
    }
}
