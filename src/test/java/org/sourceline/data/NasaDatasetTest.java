package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * The test dataset built from the second article (Wikinews, 13 April 2011; CC BY 2.5): news
 * time around a dateline, forecasts, open-ended futures, a claim and background decades back.
 */
class NasaDatasetTest {
    /** The dataset file; its article text lies beside it. */
    public static final Path FILE = Path.of("src/test/resources/datasets/nasa-shuttle-homes-2011.json");

    @Test
    void readsWithoutAnyProblemAndEveryQuoteVerified() {
        ReadResult read = new DatasetReader().read(FILE);
        assertThat(read.problems()).isEmpty();
        assertThat(read.quotesVerified()).isEqualTo(read.quotesTotal()).isEqualTo(33);
        Dataset dataset = read.dataset();
        assertThat(dataset.events()).hasSize(26);
        assertThat(dataset.article().published().edtf()).isEqualTo("2011-04-13");
    }

    @Test
    void theFileIsExactlyWhatTheWriterWrites() throws IOException {
        Dataset dataset = new DatasetReader().read(FILE).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetWriter().textFile("nasa-shuttle-homes-2011.txt").write(dataset, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(FILE));
    }

    @Test
    void relativeDatesFollowTheDateline() {
        Dataset dataset = new DatasetReader().read(FILE).dataset();
        Event ceremony = dataset.event("anniversary-ceremony");
        assertThat(ceremony.time().edtf()).isEqualTo("2011-04-12");
        assertThat(ceremony.time().phrase()).isEqualTo("Tuesday");
        assertThat(dataset.event("discovery-retired").time().edtf()).isEqualTo("2011-03");
        // "Today's announcement" inside Cornyn's statement is the day of the announcement, not the dateline.
        assertThat(dataset.event("cornyn-condemns-decision").time().edtf()).isEqualTo("2011-04-12");
        assertThat(dataset.event("trainer-to-museum-of-flight").time().isOpenEnd()).isTrue();
    }
}
