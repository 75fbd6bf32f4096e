package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;

class EdtfTest {
    /** Plain days skip the general parser: the shortcut must give exactly what the parser gives. */
    @Test
    void aPlainDayMeansWhatTheGeneralParserSays() throws EdtfException {
        for (long day = LocalDate.of(0, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay(); day += 37) {
            String text = LocalDate.ofEpochDay(day).toString();
            assertThat(Edtf.parse(text)).as(text).isEqualTo(Edtf.parseGeneral(text));
        }
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 2)); d = d.plusDays(1)) {
            assertThat(Edtf.parse(d.toString())).isEqualTo(Edtf.parseGeneral(d.toString()));
        }
        for (String tenCharacters : new String[] {"2021-02-29", "1900-02-29", "2020-13-01", "2020-00-10", "2020-01-32",
            "-123-01-01", "2020-01-1?", "2020-1-011", "2020/01/01", "2020-XX-XX", "2020-21-01", "0000-01-01"}) {
            assertThat(outcome(tenCharacters, false)).as(tenCharacters).isEqualTo(outcome(tenCharacters, true));
        }
        assertThat(Edtf.parse("2000-02-29").earliest()).isEqualTo(LocalDate.of(2000, 2, 29).toEpochDay());
    }

    /** The bounds of a value, or the message and offset of its error. */
    private static String outcome(String value, boolean general) {
        try {
            return String.valueOf(general ? Edtf.parseGeneral(value) : Edtf.parse(value));
        } catch (EdtfException e) {
            return e.getMessage() + " @" + e.offset();
        }
    }


    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @ParameterizedTest(name = "{0} → {1} .. {2}")
    @CsvSource({
            // The article's own times, as the bundled dataset encodes them.
            "2023-01-01/2023-01-02, 2023-01-01, 2023-01-02",   // "the first two days of 2023"
            "2022-23, 2022-09-22, 2022-12-20",                  // "the late fall of 2022" (autumn)
            "2022, 2022-01-01, 2022-12-31",
            "2022-10, 2022-10-01, 2022-10-31",
            "2024-02, 2024-02-01, 2024-02-29",
            "2023-01-02, 2023-01-02, 2023-01-02",
            "2022-21, 2022-03-20, 2022-06-20",
            "2022-22, 2022-06-21, 2022-09-21",
            "2022-24, 2022-12-21, 2023-03-19",
            "201X, 2010-01-01, 2019-12-31",
            "19XX, 1900-01-01, 1999-12-31",
            "2004-XX, 2004-01-01, 2004-12-31",
            "2004-06-XX, 2004-06-01, 2004-06-30",
            "2022~, 2022-01-01, 2022-12-31",
            "2022?/2023-01~, 2022-01-01, 2023-01-31",
            "-0044-03-15, -0044-03-15, -0044-03-15",
    })
    void boundsOfClosedValues(String edtf, String earliest, String latest) throws EdtfException {
        Edtf.Bounds b = Edtf.parse(edtf);
        assertThat(b.earliest()).isEqualTo(day(earliest));
        assertThat(b.latest()).isEqualTo(day(latest));
    }

    @Test
    void openStartBeforeAYear() throws EdtfException {
        // "Before 2022"
        Edtf.Bounds b = Edtf.parse("../2021");
        assertThat(b.earliest()).isEqualTo(Days.OPEN_START);
        assertThat(b.startQualifier()).isEqualTo(Qualifier.OPEN);
        assertThat(b.latest()).isEqualTo(day("2021-12-31"));
        assertThat(b.endQualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void openEndPossibleFuture() throws EdtfException {
        // "could get … Su-35 fighter jets": from the article's present, open-ended
        Edtf.Bounds b = Edtf.parse("2023-01~/..");
        assertThat(b.earliest()).isEqualTo(day("2023-01-01"));
        assertThat(b.startQualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(b.latest()).isEqualTo(Days.OPEN_END);
        assertThat(b.endQualifier()).isEqualTo(Qualifier.OPEN);
    }

    @Test
    void forDecadesUntilAnApproximatePresent() throws EdtfException {
        Edtf.Bounds b = Edtf.parse("../2023-01~");
        assertThat(b.startQualifier()).isEqualTo(Qualifier.OPEN);
        assertThat(b.endQualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(b.latest()).isEqualTo(day("2023-01-31"));
    }

    @Test
    void unknownEndIsNotOpen() throws EdtfException {
        Edtf.Bounds b = Edtf.parse("2019/");
        assertThat(b.endQualifier()).isEqualTo(Qualifier.UNKNOWN);
        assertThat(b.latest()).isEqualTo(Days.OPEN_END);
    }

    @Test
    void qualifiers() throws EdtfException {
        assertThat(Edtf.parse("2022?").startQualifier()).isEqualTo(Qualifier.UNCERTAIN);
        assertThat(Edtf.parse("2022~").startQualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(Edtf.parse("2022%").startQualifier()).isEqualTo(Qualifier.APPROXIMATE_UNCERTAIN);
        assertThat(Edtf.parse("2022-10-01").startQualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void longYears() throws EdtfException {
        Edtf.Bounds b = Edtf.parse("Y-170000002");
        assertThat(b.earliest()).isLessThan(day("-9999-01-01"));
        assertThat(b.latest()).isGreaterThan(b.earliest());
    }

    @Test
    void precision() throws EdtfException {
        assertThat(Edtf.parse("2022-23").startPrecision()).isEqualTo(Edtf.Precision.SEASON);
        assertThat(Edtf.parse("2023-01-01").startPrecision()).isEqualTo(Edtf.Precision.DAY);
        assertThat(Edtf.parse("201X").startPrecision()).isEqualTo(Edtf.Precision.DECADE);
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "22|0|four-digit year",
            "2022-13|5|out of range",
            "2022-02-30|8|does not exist",
            "2023/2022|4|reversed",
            "..|0|only allowed as an interval end",
            "../..|0|at least one known end",
            "2022-1|5|two-digit month",
            "20X2|3|last digits",
            "2022-10/2022-11/2022-12|15|more than one",
            "late 2022|0|year",
            "?|0|qualifier",
            "2023-05-01T10:00:00|10|a time of day (\"T10:00:00\") is not held: Sourceline counts days; give the day (2023-05-01)",
            "2023-05-01T10:00:00/2023-05-02|10|give the day (2023-05-01)",
    })
    void rejectsWithPosition(String edtf, int offset, String message) {
        assertThatThrownBy(() -> Edtf.parse(edtf))
                .isInstanceOf(EdtfException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((EdtfException) e).offset()).isEqualTo(offset));
    }

    @Test
    void emptyIsRejected() {
        assertThatThrownBy(() -> Edtf.parse("")).isInstanceOf(EdtfException.class);
        assertThat(Edtf.isValid("2022-23")).isTrue();
        assertThat(Edtf.isValid("fall 2022")).isFalse();
    }
}
