package org.sourceline.ui.source;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.sourceline.ui.AppModel;

/**
 * The source panel: the {@link QuoteCard} of the selected event above the {@link ArticleReader}.
 * Both follow the app's one selection. In the panel, ← and → step through the events in time
 * order; anywhere in the window, Ctrl+Shift+C copies the selected event's citation, Ctrl+F
 * searches the article and F3 / Shift+F3 step through the matches.
 */
public final class SourcePanel extends SplitPane {
    /** Copy the selected event's citation. */
    public static final KeyCombination COPY_CITATION =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Search the article. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Next / previous search match. */
    public static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination FIND_PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    private final AppModel model;
    private final ArticleReader reader;
    private final QuoteCard card;

    public SourcePanel(AppModel model) {
        this.model = model;
        setId("source-area");
        getStyleClass().add("source-panel");
        org.sourceline.ui.Theme.style(this, "/css/source.css");
        setOrientation(Orientation.VERTICAL);
        setMinSize(0, 0);

        reader = new ArticleReader(model);
        card = new QuoteCard(model, reader::showPassage);
        ScrollPane cardScroll = new ScrollPane(card);
        cardScroll.setId("quote-card-scroll");
        cardScroll.getStyleClass().add("quote-card-scroll");
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.setFocusTraversable(true);
        cardScroll.setMinHeight(0);
        reader.setMinHeight(0);
        getItems().setAll(cardScroll, reader);
        setDividerPositions(0.5);

        addEventFilter(KeyEvent.KEY_PRESSED, this::stepThroughEvents);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                removeAccelerators(old);
            }
            if (scene != null) {
                installAccelerators(scene);
            }
        });
    }

    public ArticleReader reader() {
        return reader;
    }

    /** Copies the selected event's citation to the clipboard; returns it, or null when nothing is selected. */
    public String copyCitation() {
        return card.copyCitation();
    }

    /** ← / →: the previous / next event in time, unless a text field wants the arrows. */
    private void stepThroughEvents(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT) {
            model.selectPrevious();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            model.selectNext();
            e.consume();
        }
    }

    private void installAccelerators(Scene scene) {
        scene.getAccelerators().put(COPY_CITATION, card::copyCitation);
        scene.getAccelerators().put(FIND, reader::openSearch);
        scene.getAccelerators().put(FIND_NEXT, reader::findNext);
        scene.getAccelerators().put(FIND_PREVIOUS, reader::findPrevious);
    }

    private void removeAccelerators(Scene scene) {
        scene.getAccelerators().remove(COPY_CITATION);
        scene.getAccelerators().remove(FIND);
        scene.getAccelerators().remove(FIND_NEXT);
        scene.getAccelerators().remove(FIND_PREVIOUS);
    }
}
