package org.sourceline.ui.source;

import java.util.List;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The reader's virtualised column: cell 0 is the article's header, cell b + 1 is block b of the
 * text. Only the cells on screen exist, so a long article costs no more than a short one.
 */
final class ArticleFlow extends VirtualFlow<BlockCell> {
    ArticleFlow() {
        getStyleClass().add("article-flow");
        // A drag selects text; it must not pan the view as a touch drag would.
        setPannable(false);
    }

    /** The position when the layout under way started; NaN outside a layout. */
    private double positionBeforeLayout = Double.NaN;

    /**
     * Each layout measures a few more of the article's blocks to estimate its length, and then
     * moves the position (a fraction of that length) so that the view stays where it is; the
     * move asks for another layout, which measures more blocks and moves it again. That request
     * is dropped: the view is already where it should be, and without it every pulse of the
     * window (any change anywhere) laid out the reader and built two more paragraphs.
     */
    @Override
    protected void layoutChildren() {
        positionBeforeLayout = getPosition();
        try {
            super.layoutChildren();
        } finally {
            positionBeforeLayout = Double.NaN;
        }
    }

    @Override
    public void requestLayout() {
        if (!Double.isNaN(positionBeforeLayout) && getPosition() != positionBeforeLayout) {
            return;
        }
        super.requestLayout();
    }

    /** The cells currently showing a block or the header. */
    List<BlockCell> shownCells() {
        return getCells();
    }

    /**
     * Measures every cell again, keeping the block at the top of the view. The flow caches the
     * height of each cell it has measured; when the column width changes, text wraps anew and
     * those heights are wrong, and any measured before the flow was on screen (without styles)
     * are zero, which would leave the first blocks unreachable. Resetting the count drops the cache.
     * The first measurement starts at the top, since no position read before it can be trusted.
     */
    void remeasure(boolean keepPosition) {
        BlockCell first = keepPosition ? getFirstVisibleCell() : null;
        int top = first == null ? -1 : first.getIndex();
        int count = getCellCount();
        setCellCount(0);
        setCellCount(count);
        if (top > 0) {
            scrollToTop(top);
        } else {
            setPosition(0);
        }
    }

    /** Drops every cell and starts over with {@code count} cells, at the top. */
    void reset(int count) {
        recreateCells();
        setCellCount(0);
        setCellCount(count);
        setPosition(0);
    }
}
