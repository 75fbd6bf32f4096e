package org.sourceline.ui.source;

import javafx.scene.Node;

/**
 * The few handles on an {@link ArticleReader} that the bench harness (in {@code org.sourceline.bench},
 * the layer above the UI) drives and measures, so the reader's cells, flow and marks can stay
 * package-private. Call on the JavaFX thread.
 */
public final class ReaderProbe {
    private ReaderProbe() {
    }

    /** Opens the find bar and searches for {@code term}, as typing it would. */
    public static void search(ArticleReader reader, String term) {
        reader.openSearch();
        reader.search(term);
    }

    /** Scrolls the article by {@code pixels}, as the scroll bar would. */
    public static void scrollPixels(ArticleReader reader, double pixels) {
        reader.flow().scrollPixels(pixels);
    }

    /** Rebuilds the decorations of the cells on screen (marks, highlights). */
    public static void decorationChanged(ArticleReader reader) {
        reader.decorationChanged();
    }

    /** Whether the time phrases of the article are still being read in the background. */
    public static boolean readingTimePhrases(ArticleReader reader) {
        return reader.timePhraseMarks().readingProperty().get();
    }

    /** How many time-phrase marks the cells on screen draw. */
    public static int timePhraseMarksOnScreen(ArticleReader reader) {
        int marks = 0;
        for (BlockCell cell : reader.shownCells()) {
            if (cell.paragraph() != null) {
                for (Node layer : cell.paragraph().decorationShapes()) {
                    marks += ((TimePhraseLayer) layer).phrases().size();
                }
            }
        }
        return marks;
    }

    /** How many highlight runs the reader draws for the article shown. */
    public static int highlightRuns(ArticleReader reader) {
        return reader.runs().size();
    }
}
