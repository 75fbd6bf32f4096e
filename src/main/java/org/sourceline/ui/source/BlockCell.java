package org.sourceline.ui.source;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;

/**
 * One cell of the reader: the article's header (index 0) or one block of its text. The content
 * is laid out in a centred column of comfortable line length.
 */
final class BlockCell extends IndexedCell<Void> {
    private static final double EMPTY_HEIGHT = 24;
    private final ArticleReader reader;
    private final ObjectProperty<Region> content = new SimpleObjectProperty<>(this, "content");
    private ParagraphView paragraph;
    private ArticleHeader header;
    /** The reader's generation the content was built for. */
    private long builtFor = -1;
    /** The reader's text generation (changes when another article is shown) the paragraph was built for. */
    private long textBuiltFor = -1;

    BlockCell(ArticleReader reader) {
        this.reader = reader;
        getStyleClass().setAll("article-cell");
    }

    @Override
    public void updateIndex(int i) {
        int old = getIndex();
        super.updateIndex(i);
        // The flow sets the same index again on every relayout: rebuilding then would replace the
        // passage under a mouse press before its release, and the click would be lost.
        if (i != old || builtFor != reader.generation()) {
            refresh();
        }
    }

    /** Rebuilds the content for the current index (after a selection, filter or search change). */
    void refresh() {
        builtFor = reader.generation();
        int i = getIndex();
        // The flow treats "empty" cells as filler below the last block: say which ones are not.
        boolean empty = i < 0 || i >= reader.cellCount();
        updateItem(null, empty);
        if (empty) {
            content.set(null);
        } else if (i == 0) {
            if (header == null) {
                header = new ArticleHeader();
            }
            header.show(reader.article());
            content.set(header);
        } else {
            if (paragraph == null) {
                paragraph = new ParagraphView(reader);
            }
            if (content.get() == paragraph && paragraph.block() == i - 1 && textBuiltFor == reader.textGeneration()) {
                paragraph.restyle();
            } else {
                paragraph.show(i - 1);
                textBuiltFor = reader.textGeneration();
            }
            content.set(paragraph);
        }
    }

    /** The paragraph shown, or null for the header or an empty cell. */
    ParagraphView paragraph() {
        return content.get() instanceof ParagraphView p ? p : null;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ColumnSkin(this);
    }

    /** Lays the content out in the reader's centred column. */
    private static final class ColumnSkin extends SkinBase<BlockCell> {
        ColumnSkin(BlockCell cell) {
            super(cell);
            cell.content.addListener((obs, old, now) -> {
                if (now == null) {
                    getChildren().clear();
                } else {
                    getChildren().setAll(now);
                }
            });
            if (cell.content.get() != null) {
                getChildren().setAll(cell.content.get());
            }
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return left + right;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            Region node = getSkinnable().content.get();
            if (node == null) {
                // The flow fills space below the last block with empty cells: they need a height.
                return top + bottom + EMPTY_HEIGHT;
            }
            double cellWidth = width < 0 ? getSkinnable().reader.viewportWidth() : width - left - right;
            double column = getSkinnable().reader.columnWidth(cellWidth);
            return top + bottom + node.prefHeight(column);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            Region node = getSkinnable().content.get();
            if (node == null) {
                return;
            }
            double column = getSkinnable().reader.columnWidth(w);
            node.resizeRelocate(snapPositionX(x + (w - column) / 2), y, column, h);
        }
    }
}
