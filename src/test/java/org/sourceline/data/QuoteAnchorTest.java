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
    void aRepeatedQuoteWithoutContextIsAmbiguousNotTheNearest() {
        int first = TEXT.indexOf("said “yes”");
        int second = TEXT.indexOf("said “yes”", first + 1);
        // Stale offsets close to the second place are no reason to take it: that would be a guess.
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", null, null, second + 2, second + 12);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.AMBIGUOUS);
        assertThat(r.start()).isEqualTo(-1);
        assertThat(r.candidates()).containsExactly(first, second);
        assertThat(r.candidateRanges(10, 5)).isEqualTo(first + "–" + (first + 10) + ", " + second + "–" + (second + 10));
    }

    @Test
    void contextThatFitsBothPlacesEquallyIsAmbiguous() {
        // " said “yes”" follows "Alpha" and "Beta": a prefix of "a " fits both equally.
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", "a ", ".", -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.AMBIGUOUS);
        assertThat(r.candidates()).hasSize(2);
    }

    @Test
    void aPartlyStalePrefixStillChoosesWhenItFitsOnePlaceBest() {
        int second = TEXT.indexOf("said “yes”", TEXT.indexOf("Beta"));
        // "Xeta " was "Beta " once: four of its five characters still agree with the second place only.
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", "Xeta ", null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.REANCHORED);
        assertThat(r.start()).isEqualTo(second);
        assertThat(r.contextMatches()).isFalse();
    }

    @Test
    void aQuoteAtItsRecordedOffsetsIsVerifiedEvenWhenItRepeats() {
        int first = TEXT.indexOf("said “yes”");
        QuoteAnchor.Result r = QuoteAnchor.anchor(TEXT, "said “yes”", null, null, first, first + 10);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.VERIFIED);
        assertThat(r.start()).isEqualTo(first);
    }

    @Test
    void manyCandidatesAreListedShort() {
        String text = "ab ab ab ab ab ab ab";
        QuoteAnchor.Result r = QuoteAnchor.anchor(text, "ab", null, null, -1, -1);
        assertThat(r.candidateRanges(2, 3)).isEqualTo("0–2, 3–5, 6–8 and 4 more");
    }

    @Test
    void contextChoosesSaysWhetherPrefixAndSuffixPickOnePlace() {
        int second = TEXT.indexOf("said “yes”", TEXT.indexOf("Beta"));
        assertThat(QuoteAnchor.contextChooses(TEXT, "said “yes”", "Beta ", null, second)).isTrue();
        assertThat(QuoteAnchor.contextChooses(TEXT, "said “yes”", " ", ".", second)).isFalse();
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

    @Test
    void offsetsGoneStaleOnACopyFollowTheWholeRecordedContextToTheOtherCopy() {
        String text = "x. Yes it was. y. Yes it was. z.";
        int second = text.lastIndexOf("Yes it was");
        // the offsets point at the first copy, the recorded context stands around the second only
        QuoteAnchor.Result moved = QuoteAnchor.anchor(text, "Yes it was", "y. ", ". z", 3, 13);
        assertThat(moved.status()).isEqualTo(QuoteAnchor.Status.REANCHORED);
        assertThat(moved.start()).isEqualTo(second);
        // a context that stands around neither copy whole: the words at the offsets are kept
        QuoteAnchor.Result kept = QuoteAnchor.anchor(text, "Yes it was", "q. ", ". q", 3, 13);
        assertThat(kept.status()).isEqualTo(QuoteAnchor.Status.VERIFIED);
        assertThat(kept.start()).isEqualTo(3);
        assertThat(kept.contextMatches()).isFalse();
    }

    @Test
    void aSlipOfTheKeysIsNamedWhereTheRestOfTheQuoteFindsItsPlace() {
        String text = "The commission said on Monday that in September the glaciers lost more ice than ever.";
        QuoteAnchor.Result late = QuoteAnchor.anchor(text, "that in Setember the glaciers", null, null, -1, -1);
        assertThat(late.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        // found by its second half (its first holds the slip): the letter missing is named where it is
        assertThat(late.nearMissStart()).isBetween(text.indexOf("that in Sep"), text.indexOf("that in Sep") + 1);
        assertThat(late.nearMissDetail()).endsWith("where the article has 'p' (offset " + text.indexOf("ptember") + ")");
        QuoteAnchor.Result early = QuoteAnchor.anchor(text, "The comission said on Monday that", null, null, -1, -1);
        assertThat(early.nearMissDetail()).startsWith("the quote has 'o' where the article has 'm'");
        // too short to say: nothing guessed
        assertThat(QuoteAnchor.anchor(text, "Setember", null, null, -1, -1).nearMissDetail()).isNull();
    }

    @Test
    void aQuoteAcrossAHardWrappedLineSaysTheLineBreakIsPartOfTheText() {
        String text = "The records were kept in the basement of the\n\ncourthouse until 1998.";
        QuoteAnchor.Result r = QuoteAnchor.anchor(text, "the basement of the courthouse", null, null, -1, -1);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        assertThat(r.nearMissDetail()).startsWith("the quote has a space where the article has a line break")
                .contains("copy the quote from the text as stored");
    }
}
