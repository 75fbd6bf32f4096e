package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search ignores case and accents, unit by unit, so offsets stay those of the original text. */
class TextFoldingTest {
    @Test
    void caseAndAccentsFoldAway() {
        assertThat(TextFolding.fold("Gagarin À Ø đ É")).isEqualTo(TextFolding.fold("gagarin a o d e"));
        assertThat(TextFolding.fold("ŁÓDŹ ĐAKOVO")).isEqualTo("lodz dakovo");
        assertThat(TextFolding.fold("Zürich").length()).isEqualTo("Zürich".length());
    }

    @Test
    void containsComparesFoldedUnitsWithinTheRange() {
        String text = "Space Shuttle Endeavour, Bölden";
        assertThat(TextFolding.contains(text, TextFolding.fold("endeavour"))).isTrue();
        assertThat(TextFolding.contains(text, TextFolding.fold("bolden"))).isTrue();
        assertThat(TextFolding.contains(text, 0, 5, TextFolding.fold("shuttle"))).isFalse();
        assertThat(TextFolding.contains(text, 6, 13, TextFolding.fold("shuttle"))).isTrue();
        assertThat(TextFolding.contains(null, "x")).isFalse();
        assertThat(TextFolding.contains(text, "")).isTrue();
    }
}
