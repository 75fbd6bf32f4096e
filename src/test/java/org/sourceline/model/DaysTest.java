package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days far beyond java.time's calendar (TimelineJS's cosmological scale) never crash formatting. */
class DaysTest {
    @Test
    void calendarDaysFormatAsIso() {
        assertThat(Days.format(Days.of(2023, 1, 2))).isEqualTo("2023-01-02");
        assertThat(Days.format(Days.of(-44, 3, 15))).isEqualTo("-0044-03-15");
        assertThat(Days.format(Days.OPEN_START)).isEqualTo("..");
        assertThat(Days.format(Days.OPEN_END)).isEqualTo("..");
    }

    @Test
    void daysBeyondTheCalendarFormatAsEdtfYears() {
        long bigBang = Days.yearStart(-13_800_000_000L);
        assertThat(Days.isCalendarDay(bigBang)).isFalse();
        assertThat(Days.format(bigBang)).isEqualTo("Y-13800000000");
        assertThat(Days.format(Days.yearStart(5_000_000_000L) + 100)).isEqualTo("Y5000000000");
        assertThat(Days.yearOf(Days.yearStart(-13_800_000_000L + 1) - 1)).isEqualTo(-13_800_000_000L);
    }

    @Test
    void yearStartIsExactWithinTheCalendar() {
        assertThat(Days.yearStart(2023)).isEqualTo(LocalDate.of(2023, 1, 1).toEpochDay());
        assertThat(Days.yearOf(LocalDate.of(-271_821, 4, 20).toEpochDay())).isEqualTo(-271_821);
        assertThat(Days.isCalendarDay(LocalDate.MAX.toEpochDay())).isTrue();
        assertThat(Days.isCalendarDay(LocalDate.MAX.toEpochDay() + 1)).isFalse();
    }

    @Test
    void boundsTextAndDatesOfACosmologicalSpan() {
        long start = Days.yearStart(-13_800_000_000L);
        long end = Days.yearStart(-13_799_999_999L) - 1;
        TimeSpan span = new TimeSpan("Y-13800000000", "13.8 billion years ago", start, end, Qualifier.EXACT,
                Qualifier.EXACT, null);
        assertThat(span.boundsText()).isEqualTo("Y-13800000000 – Y-13800000000");
        assertThat(span.earliestDate()).isEmpty();
        assertThat(span.isOpenStart()).isFalse();
    }
}
