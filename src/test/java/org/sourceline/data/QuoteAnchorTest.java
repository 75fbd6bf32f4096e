package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteAnchorTest {
    private static final String TEXT = "Alpha said “yes”. Beta said “yes”. Gamma\u00A0said … no.";

    @Test
    void verifiedAtRecordedOffsets() {
        int at = TEXT.indexOf("Beta");
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "Beta said", ". ", " “yes", at, at + 9);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.VERIFIED);
        assertThat(r.start()).isEqualTo(at);
        assertThat(r.contextMatches()).isTrue();
    }

    @Test
    void reanchorsUsingPrefixToChooseAmongOccurrences() {
        int second = TEXT.indexOf("said “yes”", TEXT.indexOf("Beta"));
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", "Beta ", ". Gamma", 0, 10);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.REANCHORED);
        assertThat(r.start()).isEqualTo(second);
        assertThat(r.contextMatches()).isTrue();
    }

    @Test
    void reanchorsNearestToOldPositionWithoutContext() {
        int first = TEXT.indexOf("said “yes”");
        int second = TEXT.indexOf("said “yes”", first + 1);
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", null, null, second + 2, second + 12);
        assertThat(r.start()).isEqualTo(second);
    }

    @Test
    void noOffsetsMeansSearch() {
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "Gamma", null, null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.REANCHORED);
        assertThat(r.start()).isEqualTo(TEXT.indexOf("Gamma"));
    }

    @Test
    void straightQuotesAreANearMissNamingTheDifference() {
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "Beta said \"yes\"", null, null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        assertThat(r.nearMissStart()).isEqualTo(TEXT.indexOf("Beta"));
        assertThat(r.nearMissDetail()).contains("straight quotation mark").contains("U+201C");
    }

    @Test
    void ordinarySpaceForNonBreakingSpaceIsANearMiss() {
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "Gamma said ... no", null, null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        assertThat(r.nearMissDetail()).contains("non-breaking space");
    }

    @Test
    void absentQuote() {
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "Delta", null, null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        assertThat(r.nearMissStart()).isEqualTo(-1);
    }
}
