package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourceline.model.Evidence;

/** Reader selections become whole-word W3C selectors: offsets, quote, context and hash. */
class QuoteSelectorTest {
    private static String snapped(String text, int start, int end) {
        QuoteSelector.Span span = QuoteSelector.snap(text, start, end);
        return text.substring(span.start(), span.end());
    }

    private static String snapped(String text, String selected) {
        int at = text.indexOf(selected);
        assertThat(at).as("selection %s", selected).isGreaterThanOrEqualTo(0);
        return snapped(text, at, at + selected.length());
    }

    @Test
    void partialWordsAtEitherEndGrowToWholeWords() {
        String text = "Alpha met Beta in Vienna.";
        assertThat(snapped(text, "pha met Be")).isEqualTo("Alpha met Beta");
        assertThat(snapped(text, "a m")).isEqualTo("Alpha met");
    }

    @Test
    void theEndsMayComeInEitherOrderAndAreClampedToTheText() {
        String text = "Alpha met Beta.";
        assertThat(snapped(text, 8, 2)).isEqualTo("Alpha met");
        assertThat(snapped(text, -5, 500)).isEqualTo("Alpha met Beta.");
    }

    @Test
    void aCaretInsideAWordSelectsThatWord() {
        String text = "Alpha met Beta.";
        assertThat(snapped(text, 12, 12)).isEqualTo("Beta");
        assertThat(QuoteSelector.snap(text, 5, 5).isEmpty()).isTrue();
    }

    @Test
    void surroundingSpacesAndPunctuationAreTrimmed() {
        String text = "Then, Alpha met Beta; later — it is said — Gamma left.";
        assertThat(snapped(text, ", Alpha met Beta; ")).isEqualTo("Alpha met Beta");
        assertThat(snapped(text, " — it is said — ")).isEqualTo("it is said");
        assertThat(snapped(text, "Gamma left.")).isEqualTo("Gamma left.");
    }

    @Test
    void quotationMarksStayOnlyWithTheirPartner() {
        String text = "He said “we will win,” and left. The “deal” was done.";
        assertThat(snapped(text, "“we will win,”")).isEqualTo("“we will win,”");
        assertThat(snapped(text, "“we will win,")).isEqualTo("we will win");
        assertThat(snapped(text, "we will win,”")).isEqualTo("we will win");
        assertThat(snapped(text, "The “deal” was")).isEqualTo("The “deal” was");
    }

    @Test
    void germanQuotationMarksPair() {
        String text = "Er sagte „Ja“ und ging.";
        assertThat(snapped(text, "„Ja“")).isEqualTo("„Ja“");
    }

    @Test
    void apostrophesInsideWordsAndSeparatorsInsideNumbersJoin() {
        String text = "Russia’s 1,000 drones cost 3.5 billion; the countries’ ties grew.";
        assertThat(snapped(text, "Russia")).isEqualTo("Russia’s");
        assertThat(snapped(text, "000 drones")).isEqualTo("1,000 drones");
        assertThat(snapped(text, "5 bil")).isEqualTo("3.5 billion");
        assertThat(snapped(text, "the countries’")).isEqualTo("the countries’");
    }

    @Test
    void hyphensSeparateWords() {
        String text = "the Iran-Russia partnership";
        assertThat(snapped(text, "Russ")).isEqualTo("Russia");
    }

    @Test
    void symbolsThatArePartOfThePassageStay() {
        String text = "Prices rose 5% for #MeToo fans 👍 today.";
        assertThat(snapped(text, "rose 5%")).isEqualTo("rose 5%");
        assertThat(snapped(text, "#MeToo")).isEqualTo("#MeToo");
        assertThat(snapped(text, "fans 👍")).isEqualTo("fans 👍");
    }

    @Test
    void aSelectionOfOnlySpaceAndPunctuationIsEmpty() {
        String text = "Alpha — , Beta";
        int at = text.indexOf(" — , ");
        assertThat(QuoteSelector.snap(text, at, at + 5).isEmpty()).isTrue();
        assertThat(QuoteSelector.fromSelection(text, at, at + 5)).isEmpty();
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String text = "Fans 😀😀 cheered 🎉 loudly";
        int firstEmoji = text.indexOf("😀");
        // Selection ends between the halves of the second emoji.
        QuoteSelector.Span span = QuoteSelector.snap(text, firstEmoji + 1, firstEmoji + 3);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("😀😀");
        int party = text.indexOf("🎉");
        assertThat(snapped(text, party + 1, party + 1 + " loud".length())).isEqualTo("🎉 loudly");
    }

    @Test
    void offsetsCountUtf16UnitsAsJavaStringsDo() {
        String text = "😀 Alpha met Beta.";
        QuoteSelector q = QuoteSelector.fromSelection(text, 3, 10).orElseThrow();
        assertThat(q.start()).isEqualTo(3);
        assertThat(q.end()).isEqualTo(12);
        assertThat(q.exact()).isEqualTo("Alpha met");
        assertThat(q.prefix()).isEqualTo("😀 ");
        assertThat(q.suffix()).isEqualTo(" Beta.");
    }

    @Test
    void prefixAndSuffixAreAbout32UnitsAndNeverSplitAPair() {
        String before = "x".repeat(40);
        // The 32nd unit before "Alpha" is the low half of 😀: the prefix starts after the emoji.
        String text = before + "😀" + "y".repeat(31) + "Alpha" + "z".repeat(31) + "😀" + "tail";
        int alpha = text.indexOf("Alpha");
        QuoteSelector q = QuoteSelector.at(text, alpha, alpha + 5);
        assertThat(q.prefix()).isEqualTo("y".repeat(31));
        assertThat(q.suffix()).isEqualTo("z".repeat(31));
        QuoteSelector plain = QuoteSelector.at("a".repeat(50) + " Beta " + "b".repeat(50), 51, 55);
        assertThat(plain.prefix()).hasSize(QuoteSelector.CONTEXT_LENGTH);
        assertThat(plain.suffix()).hasSize(QuoteSelector.CONTEXT_LENGTH);
        QuoteSelector edge = QuoteSelector.at("Alpha met Beta", 0, 5);
        assertThat(edge.prefix()).isEmpty();
        assertThat(edge.suffix()).isEqualTo(" met Beta");
    }

    @Test
    void nonBreakingSpacesAreKeptInsideAndTrimmedOutside() {
        String text = "Then\u00A0Gamma left.\u00A0";
        QuoteSelector q = QuoteSelector.fromSelection(text, 2, text.length()).orElseThrow();
        assertThat(q.exact()).isEqualTo("Then\u00A0Gamma left.");
        assertThat(QuoteSelector.fromSelection(text, 4, 5)).isEmpty();
    }

    @Test
    void crlfNormalisedTextCountsOneUnitPerLineBreak() throws Exception {
        String text = org.sourceline.data.article.ArticleImporter.fromText("First paragraph.\r\n\r\nSecond one here.\r\n")
                .text();
        assertThat(text).isEqualTo("First paragraph.\n\nSecond one here.\n");
        int at = text.indexOf("here");
        QuoteSelector q = QuoteSelector.fromSelection(text, text.indexOf("paragraph"), at + 2).orElseThrow();
        assertThat(q.exact()).isEqualTo("paragraph.\n\nSecond one here");
        assertThat(q.start()).isEqualTo(6);
        assertThat(q.end()).isEqualTo(text.length() - 2);
    }

    @Test
    void theHashIsTheDatasetsArticleHash() {
        String text = "Alpha met Beta.";
        QuoteSelector q = QuoteSelector.fromSelection(text, 0, 5).orElseThrow();
        assertThat(q.textSha256()).isEqualTo(TextHash.sha256(text)).isEqualTo(DatasetReader.sha256(text))
                .hasSize(64);
        assertThat(QuoteSelector.fromSelection(text, "given", 0, 5).orElseThrow().textSha256()).isEqualTo("given");
    }

    @Test
    void saysWhetherTheQuoteRepeatsAndWhetherItsContextChooses() {
        String text = "Alpha said yes. Beta said yes. Gamma said no.";
        int second = text.indexOf("said yes", text.indexOf("Beta"));
        QuoteSelector repeated = QuoteSelector.at(text, second, second + 8);
        assertThat(repeated.occurrences()).isEqualTo(2);
        assertThat(repeated.occursElsewhere()).isTrue();
        assertThat(repeated.contextChooses()).isTrue();
        assertThat(repeated.dependsOnOffsets()).isFalse();
        QuoteSelector unique = QuoteSelector.at(text, text.indexOf("Gamma"), text.indexOf("Gamma") + 5);
        assertThat(unique.occurrences()).isEqualTo(1);
        assertThat(unique.contextChooses()).isTrue();
    }

    @Test
    void aPassageInARepeatedParagraphDependsOnItsOffsets() {
        String paragraph = "The same sentence stands here twice, word for word, in this text.";
        String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;
        // The middle copy: its prefix and suffix read the same around the third copy.
        int middle = text.indexOf("stands", text.indexOf("stands") + 1);
        QuoteSelector q = QuoteSelector.at(text, middle, middle + 6);
        assertThat(q.occurrences()).isEqualTo(3);
        assertThat(q.contextChooses()).isFalse();
        assertThat(q.dependsOnOffsets()).isTrue();
    }

    @Test
    void becomesEvidenceTheReaderVerifies() {
        String text = "Alpha said “yes”. Beta said “yes”.";
        QuoteSelector q = QuoteSelector.fromSelection(text, text.indexOf("Beta") + 2, text.length()).orElseThrow();
        org.sourceline.model.Article article = new org.sourceline.model.Article("a", "A", null, null, null, null, null, text,
                null, null, null);
        Evidence evidence = q.toEvidence(article, org.sourceline.model.Stance.DISPUTES);
        assertThat(evidence.articleId()).isEqualTo("a");
        assertThat(evidence.disputes()).isTrue();
        assertThat(evidence.exact()).isEqualTo("Beta said “yes”.");
        assertThat(evidence.prefix()).isEqualTo(q.prefix());
        assertThat(evidence.suffix()).isEqualTo(q.suffix());
        QuoteAnchor.Result again = QuoteAnchor.anchor(text, q.exact(), q.prefix(), q.suffix(), q.start(), q.end());
        assertThat(again.status()).isEqualTo(QuoteAnchor.Status.VERIFIED);
        assertThat(again.contextMatches()).isTrue();
        assertThatThrownBy(() -> q.toEvidence(new org.sourceline.model.Article("b", "B", null, null, null,
                null, null, "another text", null, null, null), org.sourceline.model.Stance.SUPPORTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactOffsetsOutsideTheTextOrSplittingAPairAreRefused() {
        assertThatThrownBy(() -> QuoteSelector.at("abc", 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteSelector.at("abc", 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteSelector.at("a😀b", 0, 2)).hasMessageContaining("surrogate pair");
    }
}
