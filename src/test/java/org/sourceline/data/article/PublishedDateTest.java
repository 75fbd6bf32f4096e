package org.sourceline.data.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates as pages write them, as EDTF as precise as given, or nothing. */
class PublishedDateTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "2023-01-05T23:30:00-05:00 | 2023-01-05",
            "2023-01-05T10:30:00Z | 2023-01-05",
            "2023-01-05T10:30:00.123+0100 | 2023-01-05",
            "2023-01-05 10:30 | 2023-01-05",
            "2023-01-05 | 2023-01-05",
            "2023-01 | 2023-01",
            "2023 | 2023",
            "20230105 | 2023-01-05",
            "'Thu, 5 Jan 2023 10:30:00 GMT' | 2023-01-05",
            "'January 5, 2023' | 2023-01-05",
            "'Jan. 5, 2023' | 2023-01-05",
            "'Thursday, January 5th, 2023' | 2023-01-05",
            "'5 January 2023' | 2023-01-05",
            "'5th of Sept 2023' | 2023-09-05",
            "2023-02-30 | NONE",
            "2023-13 | NONE",
            "yesterday | NONE",
            "'5 minutes ago' | NONE",
            "0099 | NONE",
            "'' | NONE"})
    void readsWhatPagesWrite(String value, String edtf) {
        assertThat(PublishedDate.toEdtf(value)).isEqualTo(edtf);
    }
}
