package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

class TimeWordsTest {
    private static final Qualifier EXACT = Qualifier.EXACT;

    private static TimeSpan span(long from, long to, Qualifier start, Qualifier end) {
        return new TimeSpan("x", null, from, to, start, end, null);
    }

    private static String words(String eventId) {
        Dataset dataset = DatasetReader.loadBundled();
        return TimeWords.describe(dataset.event(eventId).time());
    }

    @Test
    void theBundledDatesReadAsAPersonWouldSayThem() {
        assertThat(words("drones-on-display")).isEqualTo("1–2 January 2023");
        assertThat(words("drone-deal")).isEqualTo("22 September – 20 December 2022");
        assertThat(words("ambivalent-ties-before-2022")).isEqualTo("before 2022");
        assertThat(words("partnership-of-convenience")).isEqualTo("until about January 2023");
        assertThat(words("war-makes-iran-critical")).isEqualTo("2022 – about January 2023");
        assertThat(words("crimea-trainers")).isEqualTo("2022 (uncertain) – about January 2023");
        assertThat(words("patrushev-visits-iran")).isEqualTo("about 2022 – about January 2023");
        assertThat(words("su35-s400-for-iran")).isEqualTo("from about 3 January 2023 onwards");
        assertThat(TimeWords.describe(DatasetReader.loadBundled().article().published())).isEqualTo("about 3–31 January 2023");
    }

    @Test
    void eachBoundIsSaidOnlyAsPreciselyAsItIs() {
        assertThat(TimeWords.describe(span(Days.of(2022, 1, 1), Days.of(2022, 12, 31), EXACT, EXACT))).isEqualTo("2022");
        assertThat(TimeWords.describe(span(Days.of(2020, 1, 1), Days.of(2022, 12, 31), EXACT, EXACT))).isEqualTo("2020–2022");
        assertThat(TimeWords.describe(span(Days.of(2022, 3, 1), Days.of(2022, 5, 31), EXACT, EXACT))).isEqualTo("March–May 2022");
        assertThat(TimeWords.describe(span(Days.of(2022, 10, 1), Days.of(2022, 10, 31), EXACT, EXACT))).isEqualTo("October 2022");
        assertThat(TimeWords.describe(TimeSpan.ofDay(java.time.LocalDate.of(2023, 1, 2)))).isEqualTo("2 January 2023");
        assertThat(TimeWords.describe(span(Days.of(2022, 12, 30), Days.of(2023, 1, 2), EXACT, EXACT)))
                .isEqualTo("30 December 2022 – 2 January 2023");
        assertThat(TimeWords.describe(span(Days.of(2022, 1, 1), Days.of(2022, 1, 15), EXACT, EXACT)))
                .isEqualTo("1–15 January 2022");
    }

    @Test
    void openAndUnknownEndsAreSaidInWords() {
        assertThat(TimeWords.describe(span(Days.OPEN_START, Days.of(2021, 12, 31), Qualifier.OPEN, EXACT))).isEqualTo("before 2022");
        assertThat(TimeWords.describe(span(Days.OPEN_START, Days.of(2021, 6, 30), Qualifier.OPEN, EXACT))).isEqualTo("until June 2021");
        assertThat(TimeWords.describe(span(Days.of(2023, 1, 1), Days.OPEN_END, EXACT, Qualifier.OPEN))).isEqualTo("from 2023 onwards");
        assertThat(TimeWords.describe(span(Days.of(2023, 1, 1), Days.OPEN_END, EXACT, Qualifier.UNKNOWN)))
                .isEqualTo("from 2023 (end unknown)");
        assertThat(TimeWords.describe(span(Days.OPEN_START, Days.of(2021, 12, 31), Qualifier.UNKNOWN, EXACT)))
                .isEqualTo("before 2022 (start unknown)");
        assertThat(TimeWords.describe(span(Days.OPEN_START, Days.OPEN_END, Qualifier.OPEN, Qualifier.OPEN))).isEqualTo("time unknown");
    }

    @Test
    void qualifiersAreSaidOnceWhenBothEndsShareThem() {
        assertThat(TimeWords.describe(span(Days.of(2022, 10, 1), Days.of(2022, 10, 31), Qualifier.APPROXIMATE,
                Qualifier.APPROXIMATE))).isEqualTo("about October 2022");
        assertThat(TimeWords.describe(span(Days.of(2022, 1, 1), Days.of(2022, 12, 31), Qualifier.UNCERTAIN,
                Qualifier.UNCERTAIN))).isEqualTo("2022 (uncertain)");
        assertThat(TimeWords.describe(span(Days.of(2022, 1, 1), Days.of(2022, 12, 31), Qualifier.APPROXIMATE_UNCERTAIN,
                Qualifier.APPROXIMATE_UNCERTAIN))).isEqualTo("about 2022 (uncertain)");
    }

    @Test
    void yearsBeforeTheCommonEra() {
        assertThat(TimeWords.describe(span(Days.of(-43, 1, 1), Days.of(-43, 12, 31), EXACT, EXACT))).isEqualTo("44 BC");
    }
}
