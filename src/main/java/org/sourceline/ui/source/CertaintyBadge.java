package org.sourceline.ui.source;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.render.CertaintyStyle;
import org.sourceline.render.Palette;
import org.sourceline.text.Attribution;

/**
 * How the article presents the selected event and on whose word ("Claimed by Volodymyr
 * Zelensky, President of Ukraine"), with a swatch drawn as the timeline draws the event's mark:
 * its type's colour filled as solidly as the article is sure, outlined, dashed for forecasts.
 */
final class CertaintyBadge extends HBox {
    private final Rectangle swatch = new Rectangle(14, 14);
    private final Label text = new Label();
    private final Tooltip tooltip = new Tooltip();

    CertaintyBadge() {
        getStyleClass().add("certainty-badge");
        setId("certainty-badge");
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.setStrokeWidth(1.5);
        text.setWrapText(true);
        text.getStyleClass().add("certainty-text");
        text.setMinWidth(0);
        getChildren().setAll(swatch, text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        Tooltip.install(this, tooltip);
    }

    void show(Event event, Dataset dataset) {
        CertaintyLevel level = event.certainty().level();
        CertaintyStyle style = Palette.style(level);
        Color colour = Palette.of(event.type());
        swatch.setFill(colour.deriveColor(0, 1, 1, style.fillOpacity()));
        swatch.setStroke(colour);
        swatch.getStrokeDashArray().clear();
        for (double dash : style.dashes()) {
            swatch.getStrokeDashArray().add(dash);
        }
        text.setText(Attribution.describe(event.certainty(), dataset));
        String note = event.certainty().note();
        tooltip.setText(level.label() + ": " + level.description() + (note == null ? "" : "\n" + note));
        for (CertaintyLevel l : CertaintyLevel.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(l.id()), l == level);
        }
    }

    String text() {
        return text.getText();
    }
}
