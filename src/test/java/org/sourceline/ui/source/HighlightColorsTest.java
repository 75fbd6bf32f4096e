package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sourceline.model.EventType;
import org.sourceline.render.Palette;

/** Text on every highlight must stay easy to read (WCAG AA: a contrast of at least 4.5). */
class HighlightColorsTest {

    @Test
    void darkTextIsLegibleOnEveryTypeTintAndEmphasis() {
        for (EventType type : EventType.values()) {
            assertThat(HighlightColors.contrast(Palette.TEXT, HighlightColors.tint(type))).as(type + " tint").isGreaterThan(7);
            assertThat(HighlightColors.contrast(Palette.TEXT, HighlightColors.emphasis(type))).as(type + " emphasis")
                    .isGreaterThan(4.5);
        }
    }

    @Test
    void dimmedAndSearchHighlightsAreLegibleToo() {
        assertThat(HighlightColors.contrast(HighlightColors.DIMMED_TEXT, HighlightColors.DIMMED_FILL)).isGreaterThan(4.5);
        assertThat(HighlightColors.contrast(Palette.TEXT, HighlightColors.MATCH)).isGreaterThan(7);
        assertThat(HighlightColors.contrast(Palette.TEXT, HighlightColors.CURRENT_MATCH)).isGreaterThan(4.5);
    }

    @Test
    void tintsKeepTheirTypesHue() {
        for (EventType type : EventType.values()) {
            Color base = Palette.of(type);
            Color tint = HighlightColors.tint(type);
            if (base.getSaturation() > 0.2) {
                assertThat(Math.abs(tint.getHue() - base.getHue()) % 360).as(type.name()).isLessThan(12);
            }
            assertThat(tint.getBrightness()).isGreaterThan(base.getBrightness() - 0.01);
        }
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(HighlightColors.contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(HighlightColors.contrast(Color.WHITE, Color.WHITE)).isEqualTo(1.0);
    }
}
