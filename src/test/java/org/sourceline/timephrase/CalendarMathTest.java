package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sourceline.data.Edtf;

class CalendarMathTest {
    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void workingDaysSkipSaturdaysAndSundays() {
        // Friday + 1 working day = Monday; Wednesday + 20 = Wednesday four weeks on.
        assertThat(CalendarMath.plusWorkingDays(day("2023-03-03"), 1)).isEqualTo(day("2023-03-06"));
        assertThat(CalendarMath.plusWorkingDays(day("2023-03-01"), 20)).isEqualTo(day("2023-03-29"));
        assertThat(CalendarMath.plusWorkingDays(day("2023-03-06"), -1)).isEqualTo(day("2023-03-03"));
        assertThat(CalendarMath.plusWorkingDays(day("2023-03-04"), 1)).isEqualTo(day("2023-03-06"));
    }

    @Property(tries = 200)
    void workingDaysLandOnAWeekdayAndCountExactly(@ForAll @IntRange(min = 0, max = 3000) int offset,
                                                   @ForAll @IntRange(min = 1, max = 60) int n) {
        long start = day("2015-01-01") + offset;
        long end = CalendarMath.plusWorkingDays(start, n);
        int counted = 0;
        for (long d = start + 1; d <= end; d++) {
            int w = CalendarMath.weekday(d).getValue();
            if (w <= 5) {
                counted++;
            }
        }
        assertThat(counted).isEqualTo(n);
        assertThat(CalendarMath.weekday(end).getValue()).isLessThanOrEqualTo(5);
    }

    @Property(tries = 100)
    void seasonsAgreeWithTheEdtfReader(@ForAll @IntRange(min = 1, max = 2999) int year,
                                       @ForAll @IntRange(min = 1, max = 4) int season) throws Exception {
        long[] b = CalendarMath.season(year, season);
        Edtf.Bounds edtf = Edtf.parse(CalendarMath.seasonText(year, season));
        assertThat(edtf.earliest()).isEqualTo(b[0]);
        assertThat(edtf.latest()).isEqualTo(b[1]);
    }

    @Test
    void partsOfPeriods() {
        long y0 = day("2022-01-01");
        long y1 = day("2022-12-31");
        assertThat(CalendarMath.portion(y0, y1, Meaning.Portion.EARLY)).containsExactly(y0, day("2022-04-30"));
        assertThat(CalendarMath.portion(y0, y1, Meaning.Portion.MID)).containsExactly(day("2022-05-01"), day("2022-08-31"));
        assertThat(CalendarMath.portion(y0, y1, Meaning.Portion.LATE)).containsExactly(day("2022-09-01"), y1);
        assertThat(CalendarMath.portion(y0, y1, Meaning.Portion.END)).containsExactly(day("2022-11-01"), y1);
        // A month in thirds of days; a season in whole months.
        assertThat(CalendarMath.portion(day("2011-04-01"), day("2011-04-30"), Meaning.Portion.END))
                .containsExactly(day("2011-04-21"), day("2011-04-30"));
        long[] autumn = CalendarMath.season(2022, 3);
        assertThat(CalendarMath.portion(autumn[0], autumn[1], Meaning.Portion.LATE))
                .containsExactly(day("2022-11-01"), day("2022-12-20"));
        assertThat(CalendarMath.portion(day("1990-01-01"), day("1999-12-31"), Meaning.Portion.LATE))
                .containsExactly(day("1996-01-01"), day("1999-12-31"));
    }

    @Test
    void theTextOfTheDayBeforeIsAsCoarseAsTheBoundary() {
        assertThat(CalendarMath.textOfDayBefore(day("2022-01-01"))).isEqualTo("2021");
        assertThat(CalendarMath.textOfDayBefore(day("2022-06-01"))).isEqualTo("2022-05");
        assertThat(CalendarMath.textOfDayBefore(day("2022-06-21"))).isEqualTo("2022-06-20");
        assertThat(CalendarMath.textOfDayAfter(day("2022-12-31"))).isEqualTo("2023");
    }
}
