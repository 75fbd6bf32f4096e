package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourceline.model.Article;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

class PassagesTest {
    private static int[] snap(String text, String from, String to) {
        int s = text.indexOf(from);
        int e = text.indexOf(to) + to.length();
        return Passages.snap(text, s, e);
    }

    private static String cut(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    @Test
    void aSelectionSnapsToWholeWords() {
        String text = "Russian officials quietly clinched a deal for drones.";
        assertThat(cut(text, snap(text, "ssian", "offi"))).isEqualTo("Russian officials");
        assertThat(cut(text, snap(text, " quietly", "deal "))).isEqualTo("quietly clinched a deal");
        // Punctuation the person took stays; a half word does not.
        assertThat(cut(text, snap(text, "drones", "drones."))).isEqualTo("drones.");
        assertThat(Passages.snap(text, 17, 18)).isNull();
        assertThat(cut(text, Passages.word(text, text.indexOf("eal")))).isEqualTo("deal");
    }

    @Test
    void snappingKeepsApostrophesSurrogatePairsAndNonBreakingSpaces() {
        String text = "Iran’s 𝐛𝐨𝐥𝐝 move,\u00a0say experts\r\nin Tehran.";
        assertThat(cut(text, snap(text, "an’", "an’s"))).isEqualTo("Iran’s");
        int bold = text.indexOf("𝐛𝐨");
        // A selection starting between the halves of a surrogate pair still takes the whole letter.
        assertThat(cut(text, Passages.snap(text, bold + 1, bold + 4))).isEqualTo("𝐛𝐨𝐥𝐝");
        assertThat(cut(text, snap(text, "\u00a0say", "experts\r\n"))).isEqualTo("say experts");
        assertThat(cut(text, snap(text, "xperts", "Teh"))).isEqualTo("experts\r\nin Tehran");
    }

    @Test
    void evidenceRecordsContextWithoutSplittingALetter() {
        String text = "𝐀".repeat(20) + " the quote " + "𝐁".repeat(20);
        Article article = new Article("a", "T", null, null, null, null, null, text, null, null, null);
        int start = text.indexOf("the");
        int end = start + "the quote".length();
        Evidence evidence = Passages.evidence(article, start, end, Stance.SUPPORTS);
        assertThat(evidence.exact()).isEqualTo("the quote");
        assertThat(evidence.prefix()).hasSize(31).startsWith("𝐀");
        assertThat(Character.isLowSurrogate(evidence.prefix().charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(evidence.suffix().charAt(evidence.suffix().length() - 1))).isFalse();
        assertThat(evidence.suffix()).startsWith(" 𝐁");
    }
}
