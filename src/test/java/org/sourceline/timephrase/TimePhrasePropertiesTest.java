package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the text and the date: phrases lie inside the text in order, their words are the text
 * at their offsets, and every EDTF the reader gives parses and agrees with the bounds — or, for a
 * year the text does not give, says so in the note.
 */
class TimePhrasePropertiesTest {
    private static final List<String> PIECES = List.of("on Tuesday", "last month", "in the late fall of 2022", "soon",
            "two years ago", "since 2019", "until last week", "before last summer", "by year end", "for decades",
            "within twenty working days", "from 2001 to 2003", "between March and May", "April 12", "12 April 1981",
            "the 1990s", "the 20th century", "mid-2022", "in recent months", "so far", "now", "the following day",
            "that day", "the week before Christmas", "in the coming years", "in due course", "Q3", "the second half of the year",
            "2010-11", "4/5/2011", "yesterday", "next Friday", "this winter", "seventeen years ago", "for months",
            "the", "minister", "said", "will", "has", "had", "resigned", "meet", ",", ".", "\"", "“", "”", "\n\n", "2,000",
            "troops", "STS-135", "May", "the fall of", "every Saturday", "years ago", "later", "early", "in", "on", "at");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Property(tries = 400)
    void phrasesAreInTheTextAndTheirEdtfAgreesWithTheirBounds(@ForAll("texts") String text,
                                                             @ForAll @IntRange(min = 0, max = 3) int dateKind,
                                                             @ForAll @IntRange(min = 0, max = 20000) int dayOffset) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(dayOffset);
        ReferenceDate reference = switch (dateKind) {
            case 0 -> null;
            case 1 -> ReferenceDate.ofDay(day, "given");
            case 2 -> ReferenceDate.parse(day.toString().substring(0, 7) + "~", "given");
            default -> ReferenceDate.parse(day.toString().substring(0, 4), "given");
        };
        List<TimePhrase> phrases = TimePhrases.find(text, reference);
        int previousEnd = 0;
        for (TimePhrase p : phrases) {
            assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(p.end()).isGreaterThan(p.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.phrase());
            previousEnd = p.end();
            if (p.edtf() == null) {
                assertThat(p.isResolved()).isFalse();
                assertThat(p.note()).isNotBlank();
            } else if (p.edtf().startsWith("XXXX")) {
                assertThat(p.note()).contains("EDTF level 2");
            } else {
                long earliest = p.earliest() == null ? Long.MIN_VALUE : p.earliest().toEpochDay();
                long latest = p.latest() == null ? Long.MAX_VALUE : p.latest().toEpochDay();
                assertThat(earliest).as("%s in “%s”", p, text).isLessThanOrEqualTo(latest);
                assertThat(TimePhrase.agrees(p.edtf(), earliest, latest)).as("%s agrees", p).isTrue();
                assertThat(p.toTimeSpan()).isNotNull();
            }
        }
    }
}
