package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchesTest {

    @Test
    void findsEveryOccurrenceIgnoringCaseAndAccents() {
        String text = "Téhéran and TEHERAN and teheran";
        TextMatches matches = TextMatches.find(text, "tehéran");
        assertThat(matches.count()).isEqualTo(3);
        assertThat(matches.start(0)).isZero();
        assertThat(matches.end(0)).isEqualTo(7);
        assertThat(matches.start(1)).isEqualTo(12);
        assertThat(matches.start(2)).isEqualTo(24);
    }

    @Test
    void straightQuotesAndSpacesFindCurlyQuotesAndNonBreakingSpaces() {
        String text = "the world’s biggest\u00A0pariah";
        TextMatches matches = TextMatches.find(text, "world's biggest pariah");
        assertThat(matches.count()).isEqualTo(1);
        assertThat(text.substring(matches.start(0), matches.end(0))).isEqualTo("world’s biggest\u00A0pariah");
    }

    @Test
    void matchesDoNotOverlap() {
        assertThat(TextMatches.find("aaaa", "aa").count()).isEqualTo(2);
    }

    @Test
    void anEmptyTermFindsNothing() {
        assertThat(TextMatches.find("abc", "").isEmpty()).isTrue();
        assertThat(TextMatches.find("abc", null).count()).isZero();
        assertThat(TextMatches.find("ab", "abc").count()).isZero();
    }

    @Test
    void stepsForwardAndBackWithWrapping() {
        TextMatches matches = TextMatches.find("x.x.x", "x");
        assertThat(matches.nearest(1)).isEqualTo(1);
        assertThat(matches.nearest(5)).isEqualTo(0);
        assertThat(matches.next(2)).isEqualTo(0);
        assertThat(matches.previous(0)).isEqualTo(2);
        assertThat(matches.next(-1)).isEqualTo(0);
        assertThat(TextMatches.NONE.next(0)).isEqualTo(-1);
        assertThat(TextMatches.NONE.nearest(0)).isEqualTo(-1);
    }

    @Test
    void findsTheMatchesTouchingARange() {
        TextMatches matches = TextMatches.find("ab ab ab", "ab");
        assertThat(matches.firstEndingAfter(0)).isEqualTo(0);
        assertThat(matches.firstEndingAfter(1)).isEqualTo(0);
        assertThat(matches.firstEndingAfter(2)).isEqualTo(1);
        assertThat(matches.firstEndingAfter(8)).isEqualTo(3);
    }
}
