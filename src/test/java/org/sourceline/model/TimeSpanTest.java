package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A time span says as much as its source and no more: open ends stay open, fuzzy days are not exact. */
class TimeSpanTest {
    private static TimeSpan span(String edtf, long earliest, long latest, Qualifier start, Qualifier end) {
        return new TimeSpan(edtf, null, earliest, latest, start, end, null);
    }

    @Test
    void anExactDayIsOneKnownDay() {
        TimeSpan day = TimeSpan.ofDay(LocalDate.of(2011, 4, 12));
        assertThat(day.isExactDay()).isTrue();
        assertThat(day.earliest()).isEqualTo(day.latest()).isEqualTo(Days.of(2011, 4, 12));
        assertThat(day.boundsText()).isEqualTo("2011-04-12");
        assertThat(day.displayText()).isEqualTo("2011-04-12");
    }

    @Test
    void anApproximateOrLongerSpanIsNotAnExactDay() {
        long day = Days.of(2011, 4, 12);
        assertThat(span("2011-04-12~", day, day, Qualifier.APPROXIMATE, Qualifier.APPROXIMATE).isExactDay()).isFalse();
        assertThat(span("2011-04", Days.of(2011, 4, 1), Days.of(2011, 4, 30), Qualifier.EXACT, Qualifier.EXACT)
                .isExactDay()).isFalse();
    }

    @Test
    void openEndsAreOpenAndHaveNoDate() {
        TimeSpan before = span("../2021", Days.OPEN_START, Days.of(2021, 12, 31), Qualifier.EXACT, Qualifier.EXACT);
        assertThat(before.isOpenStart()).isTrue();
        assertThat(before.isOpenEnd()).isFalse();
        assertThat(before.earliestDate()).isEmpty();
        assertThat(before.latestDate()).contains(LocalDate.of(2021, 12, 31));
        assertThat(before.boundsText()).isEqualTo(".. – 2021-12-31");
        TimeSpan future = span("2023-01~/..", Days.of(2023, 1, 3), Days.OPEN_END, Qualifier.APPROXIMATE, Qualifier.EXACT);
        assertThat(future.isOpenEnd()).isTrue();
        assertThat(future.latestDate()).isEmpty();
    }

    @Test
    void overlapCountsSharedDaysInclusively() {
        TimeSpan march = span("2011-03", Days.of(2011, 3, 1), Days.of(2011, 3, 31), Qualifier.EXACT, Qualifier.EXACT);
        assertThat(march.overlaps(Days.of(2011, 3, 31), Days.of(2011, 4, 30))).isTrue();
        assertThat(march.overlaps(Days.of(2011, 4, 1), Days.of(2011, 4, 30))).isFalse();
        assertThat(march.overlaps(Days.of(2011, 1, 1), Days.of(2011, 2, 28))).isFalse();
        TimeSpan always = span("../..", Days.OPEN_START, Days.OPEN_END, Qualifier.EXACT, Qualifier.EXACT);
        assertThat(always.overlaps(Days.of(1900, 1, 1), Days.of(1900, 1, 1))).isTrue();
    }

    @Test
    void thePhraseIsShownWhenThereIsOne() {
        TimeSpan tuesday = new TimeSpan("2011-04-12", "Tuesday", Days.of(2011, 4, 12), Days.of(2011, 4, 12),
                Qualifier.EXACT, Qualifier.EXACT, null);
        assertThat(tuesday.displayText()).isEqualTo("Tuesday");
    }

    @Test
    void aReversedSpanIsRejected() {
        assertThatThrownBy(() -> span("x", 10, 9, Qualifier.EXACT, Qualifier.EXACT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    }
}
