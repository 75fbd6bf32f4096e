package org.sourceline.ui.source;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bar Ctrl+F opens above the article: a search field, where the current match is ("3 of 12"),
 * previous / next and close. Enter goes to the next match, Shift+Enter to the previous one,
 * Escape closes.
 */
final class ArticleSearchBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();

    ArticleSearchBar(ArticleReader reader) {
        setId("article-search-bar");
        getStyleClass().add("article-search-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId("article-search-field");
        field.setPromptText("Find in article");
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setPrefColumnCount(14);
        count.setId("article-search-count");
        count.getStyleClass().add("search-count");
        count.setMinWidth(USE_PREF_SIZE);
        Button previous = new Button("Previous");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter, Shift+F3)"));
        previous.setOnAction(e -> reader.findPrevious());
        Button next = new Button("Next");
        next.setTooltip(new Tooltip("Next match (Enter, F3)"));
        next.setOnAction(e -> reader.findNext());
        Button close = new Button("×");
        close.setId("article-search-close");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(e -> reader.closeSearch());
        for (Button b : new Button[] {previous, next, close}) {
            b.setFocusTraversable(false);
            b.setMinWidth(USE_PREF_SIZE);
        }
        getChildren().setAll(field, count, previous, next, close);
        field.textProperty().addListener((obs, old, term) -> reader.search(term));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    reader.findPrevious();
                } else {
                    reader.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                reader.closeSearch();
                e.consume();
            }
        });
    }

    TextField field() {
        return field;
    }

    void showCount(String text) {
        count.setText(text);
    }

    String countText() {
        return count.getText();
    }
}
