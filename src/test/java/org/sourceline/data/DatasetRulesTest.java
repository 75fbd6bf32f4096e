package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/** A form's time is judged with the reader's rules and words: the same input, the same message. */
class DatasetRulesTest {
    /** The reader's messages (without file and position) for an event with this time object. */
    private static List<String> readerSays(String timeJson) throws IOException {
        String json = DatasetReaderTest.VALID.replace("\"time\": {\"edtf\": \"2022\", \"phrase\": \"in 2022\"}",
                "\"time\": " + timeJson);
        ReadResult result = new DatasetReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.json", TextFiles.none());
        return result.problems().stream().map(Problem::message).toList();
    }

    private static List<String> formSays(String edtf, String earliest, String latest) {
        DatasetRules.TimeCheck check = DatasetRules.checkTime("time", edtf, null, earliest, latest, null);
        return check.isValid() ? check.warnings() : check.errors();
    }

    @Test
    void formsAndFilesGetTheSameMessages() throws IOException {
        assertThat(formSays("2023-13", null, null)).isEqualTo(readerSays("{\"edtf\": \"2023-13\"}")).hasSize(1);
        assertThat(formSays("2022-10/2022-01", null, null))
                .isEqualTo(readerSays("{\"edtf\": \"2022-10/2022-01\"}")).hasSize(1);
        assertThat(formSays("../2021", "2020-01-01", null))
                .isEqualTo(readerSays("{\"edtf\": \"../2021\", \"earliest\": \"2020-01-01\"}"))
                .containsExactly("time.earliest is 2020-01-01 but the EDTF start is open (\"..\"): use null");
        assertThat(formSays("2022", null, "null"))
                .isEqualTo(readerSays("{\"edtf\": \"2022\", \"latest\": null}"))
                .containsExactly("time.latest is null (open) but the EDTF gives an end");
        assertThat(formSays("2022", "2021-05-01", null))
                .isEqualTo(readerSays("{\"edtf\": \"2022\", \"earliest\": \"2021-05-01\"}")).hasSize(1)
                .allMatch(m -> m.contains("lies outside"));
        // bounds with no day in common with the value: an error, the same in the form and the file
        assertThat(formSays("2025-03-08", "2025-04-01", "2025-04-05"))
                .isEqualTo(readerSays("{\"edtf\": \"2025-03-08\", \"earliest\": \"2025-04-01\", \"latest\": \"2025-04-05\"}"))
                .containsExactly("time.earliest 2025-04-01 is after 2025-03-08, the last day the EDTF value allows: the "
                        + "bounds and the value say different things");
        assertThat(formSays("2022", null, "2021-06-01"))
                .isEqualTo(readerSays("{\"edtf\": \"2022\", \"latest\": \"2021-06-01\"}"))
                .containsExactly("time.latest 2021-06-01 is before 2022-01-01, the first day the EDTF value allows: the "
                        + "bounds and the value say different things");
        // an approximate value may be bounded beyond its own span (what bounds are for)
        assertThat(formSays("2022~", null, "2023-03-01")).isEmpty();
        assertThat(formSays("2022~", "2022-12-01", "2022-06-01"))
                .isEqualTo(readerSays("{\"edtf\": \"2022~\", \"earliest\": \"2022-12-01\", \"latest\": \"2022-06-01\"}"))
                .containsExactly("time: reversed time span: earliest 2022-12-01 is after latest 2022-06-01");
        assertThat(formSays("2022", "5 May", null)).isEqualTo(readerSays("{\"edtf\": \"2022\", \"earliest\": \"5 May\"}"));
        assertThat(formSays("", null, null)).containsExactly("time: missing required field \"edtf\"")
                .isEqualTo(readerSays("{\"phrase\": \"soon\"}"));
    }

    @Test
    void aValidTimeCarriesItsBoundsPhraseAndNote() {
        DatasetRules.TimeCheck check = DatasetRules.checkTime("time", " 2022-23 ", "in the late fall of 2022", "",
                "2022-12-20", "  ");
        TimeSpan span = check.span();
        assertThat(span.edtf()).isEqualTo("2022-23");
        assertThat(span.phrase()).isEqualTo("in the late fall of 2022");
        assertThat(Days.format(span.earliest())).isEqualTo("2022-09-22");
        assertThat(Days.format(span.latest())).isEqualTo("2022-12-20");
        assertThat(span.note()).isNull();
        assertThat(check.bounds().startQualifier()).isEqualTo(Qualifier.EXACT);
        DatasetRules.TimeCheck open = DatasetRules.checkTime("time", "2023-01~/..", null, null, null, null);
        assertThat(open.span().isOpenEnd()).isTrue();
    }
}
