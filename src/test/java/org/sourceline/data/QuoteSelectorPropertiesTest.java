package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of snapping and selectors over texts made of words, spaces (non-breaking ones
 * included), line breaks, punctuation, quotation marks and emoji (surrogate pairs).
 */
class QuoteSelectorPropertiesTest {
    /** A text and a selection in it, the ends anywhere (even out of range or reversed). */
    record Case(String text, int start, int end) {
    }

    private static final List<String> PIECES = List.of("Alpha", "beta", "Russia’s", "don't", "1,000", "3.5", " ", " ",
            "\u00A0", "\n", "\n\n", ",", ".", ";", "—", "-", "“", "”", "‘", "’", "\"", "'", "(", ")", "😀", "👍🏽", "🎉",
            "é", "e\u0301", "%", "#", "…");

    @Provide
    Arbitrary<Case> selections() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
        return text.flatMap(t -> Combinators.combine(Arbitraries.integers().between(-3, t.length() + 3),
                Arbitraries.integers().between(-3, t.length() + 3)).as((a, b) -> new Case(t, a, b)));
    }

    @Property(tries = 2000)
    void theSnappedSelectionLiesWithinTheTextAndSplitsNoPair(@ForAll("selections") Case c) {
        QuoteSelector.Span span = QuoteSelector.snap(c.text(), c.start(), c.end());
        assertThat(span.start()).isBetween(0, c.text().length());
        assertThat(span.end()).isBetween(span.start(), c.text().length());
        assertThat(QuoteSelector.splitsPair(c.text(), span.start())).isFalse();
        assertThat(QuoteSelector.splitsPair(c.text(), span.end())).isFalse();
    }

    @Property(tries = 2000)
    void theSelectorQuotesTheTextAtItsOffsets(@ForAll("selections") Case c) {
        QuoteSelector.fromSelection(c.text(), c.start(), c.end()).ifPresent(q -> {
            assertThat(q.exact()).isEqualTo(c.text().substring(q.start(), q.end()));
            assertThat(q.exact()).isNotBlank();
            assertThat(c.text().substring(0, q.start())).endsWith(q.prefix());
            assertThat(c.text().substring(q.end())).startsWith(q.suffix());
            assertThat(q.prefix().length()).isLessThanOrEqualTo(QuoteSelector.CONTEXT_LENGTH);
            assertThat(q.suffix().length()).isLessThanOrEqualTo(QuoteSelector.CONTEXT_LENGTH);
            assertThat(QuoteSelector.splitsPair(c.text(), q.start() - q.prefix().length())).isFalse();
            assertThat(QuoteSelector.splitsPair(c.text(), q.end() + q.suffix().length())).isFalse();
            assertThat(q.occurrences()).isPositive();
        });
    }

    @Property(tries = 2000)
    void snappingTwiceChangesNothing(@ForAll("selections") Case c) {
        QuoteSelector.Span once = QuoteSelector.snap(c.text(), c.start(), c.end());
        QuoteSelector.Span twice = QuoteSelector.snap(c.text(), once.start(), once.end());
        if (!once.isEmpty()) {
            assertThat(twice).isEqualTo(once);
        } else {
            assertThat(twice.isEmpty()).isTrue();
        }
    }

    @Property(tries = 2000)
    void theSnappedPassageNeitherStartsNorEndsWithSpace(@ForAll("selections") Case c) {
        QuoteSelector.Span span = QuoteSelector.snap(c.text(), c.start(), c.end());
        if (!span.isEmpty()) {
            String exact = c.text().substring(span.start(), span.end());
            assertThat(Character.isSpaceChar(exact.codePointAt(0)) || Character.isWhitespace(exact.codePointAt(0)))
                    .isFalse();
            int last = exact.codePointBefore(exact.length());
            assertThat(Character.isSpaceChar(last) || Character.isWhitespace(last)).isFalse();
        }
    }

    @Property(tries = 1000)
    void aPassageThatPrefixAndSuffixChooseIsFoundAgainWithoutOffsets(@ForAll("selections") Case c) {
        QuoteSelector.fromSelection(c.text(), c.start(), c.end()).ifPresent(q -> {
            QuoteAnchor.Result found = QuoteAnchor.anchor(c.text(), q.exact(), q.prefix(), q.suffix(), -1, -1);
            if (q.contextChooses()) {
                assertThat(found.start()).isEqualTo(q.start());
            } else {
                assertThat(found.status()).isEqualTo(QuoteAnchor.Status.AMBIGUOUS);
                assertThat(found.candidates()).contains(q.start());
            }
        });
    }
}
