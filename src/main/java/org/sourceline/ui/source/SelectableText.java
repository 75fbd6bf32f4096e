package org.sourceline.ui.source;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Read-only text the reader can select and copy, as tall as its wrapped lines (a TextArea, since
 * labels cannot be selected; its scroll bars are turned off in the stylesheet). The string is
 * kept exactly, non-breaking spaces included.
 */
final class SelectableText extends TextArea {
    /** Vertical padding of the text area's content region, as set in source.css, plus a hair. */
    private static final double VERTICAL_PADDING = 2 * 6 + 2;

    SelectableText(String text) {
        super(text);
        getStyleClass().add("selectable-text");
        setEditable(false);
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(Region.USE_PREF_SIZE);
        skinProperty().addListener((obs, old, skin) -> fitHeight());
    }

    private void fitHeight() {
        Node node = lookup(".text");
        if (node instanceof Text wrapped) {
            prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.ceil(wrapped.getLayoutBounds().getHeight()) + VERTICAL_PADDING, wrapped.layoutBoundsProperty()));
        }
    }
}
