package org.sourceline.ui.source;

import javafx.geometry.Orientation;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Read-only text the reader can select and copy, as tall as its wrapped lines (a TextArea, since
 * labels cannot be selected; its frame and scroll bars are turned off in source.css). The string
 * is kept exactly, non-breaking spaces included.
 *
 * <p>Its height is measured here with the same font and wrapping width, because a text area's
 * preferred height is a number of rows, not its content.
 */
final class SelectableText extends TextArea {
    /** Padding of the text area's content region in source.css ({@code 6 10 6 0}), plus a hair. */
    private static final double HORIZONTAL_PADDING = 10 + 4;
    private static final double VERTICAL_PADDING = 2 * 6 + 2;

    private final Text measure = new Text();

    SelectableText(String text) {
        super(text);
        getStyleClass().add("selectable-text");
        setEditable(false);
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(Region.USE_PREF_SIZE);
        textProperty().addListener((obs, old, now) -> requestLayout());
        fontProperty().addListener((obs, old, now) -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = (width > 0 ? width : getWidth()) - HORIZONTAL_PADDING;
        measure.setFont(getFont());
        measure.setText(getText());
        measure.setWrappingWidth(Math.max(20, available));
        return Math.ceil(measure.getLayoutBounds().getHeight()) + VERTICAL_PADDING;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
