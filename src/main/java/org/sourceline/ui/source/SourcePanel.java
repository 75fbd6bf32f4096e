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
 *
 * <p>The card takes the height its quote and details need (up to {@link #MAX_CARD_SHARE} of the
 * panel), so they are read whole rather than behind a scroll bar of their own; when even that is
 * too little, its details fold away behind a "Details" link first. A bold divider keeps the card's
 * last line from reading as the article's first.
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

    /** The most of the panel's height the card takes by itself; the article keeps the rest. */
    static final double MAX_CARD_SHARE = 0.75;
    /** When even the folded card needs more, it may take this much: its quotes come first. */
    static final double MAX_FOLDED_CARD_SHARE = 0.9;
    /** The least, so a short card still leaves its divider where it can be grabbed. */
    static final double MIN_CARD_SHARE = 0.18;

    private final AppModel model;
    private final ArticleReader reader;
    private final QuoteCard card;
    private final ScrollPane cardScroll;
    private boolean fitPending;

    public SourcePanel(AppModel model) {
        this.model = model;
        setId("source-area");
        getStyleClass().add("source-panel");
        org.sourceline.ui.Theme.style(this, "/css/source.css");
        setOrientation(Orientation.VERTICAL);
        setMinSize(0, 0);

        reader = new ArticleReader(model);
        card = new QuoteCard(model, reader::showPassage);
        cardScroll = new ScrollPane(card);
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
        model.selectedEventProperty().addListener((obs, old, event) -> model.updatePanel(this::fitCardLater));
        model.loadedProperty().addListener((obs, old, loaded) -> model.updatePanel(this::fitCardLater));
        heightProperty().addListener((obs, old, h) -> fitCardLater());
        widthProperty().addListener((obs, old, w) -> fitCardLater());
        // Wrapped quotes know their height only once laid out at the new width: fit again then.
        card.heightProperty().addListener((obs, old, h) -> fitCardLater());
        card.detailsShownProperty().addListener((obs, old, shown) -> {
            if (shown) {
                fitCardLater();
            }
        });
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

    /** Fits the card once the new selection has been laid out (several changes in a pulse fit once). */
    private void fitCardLater() {
        if (!fitPending) {
            fitPending = true;
            javafx.application.Platform.runLater(() -> {
                fitPending = false;
                fitCard();
            });
        }
    }

    /**
     * Moves the divider so the card shows all it holds, within {@link #MAX_CARD_SHARE} of the
     * panel; folds the details away when the card would need more, and unfolds them when they fit.
     */
    void fitCard() {
        double available = getHeight() - dividerThickness();
        double width = cardScroll.getViewportBounds().getWidth();
        if (available <= 0 || width <= 0) {
            return;
        }
        // Quote blocks made for this event have no style yet: without it they measure short.
        card.applyCss();
        double max = available * MAX_CARD_SHARE;
        if (!card.isDetailsShown() && card.autoFolded() && neededHeight(width, true) <= max) {
            card.showDetails(true, true);
        }
        double needed = neededHeight(width, card.isDetailsShown());
        if (needed > max && card.isDetailsShown() && card.hasContent() && !card.unfoldedByUser()) {
            card.showDetails(false, true);
            needed = neededHeight(width, false);
        }
        if (needed > max && (!card.isDetailsShown() || card.unfoldedByUser())) {
            // The quotes must be read whole: the article keeps less room for this event.
            max = available * MAX_FOLDED_CARD_SHARE;
        }
        double share = Math.max(MIN_CARD_SHARE * available, Math.min(max, needed)) / available;
        setDividerPositions(share * available / getHeight());
    }

    private double neededHeight(double width, boolean details) {
        javafx.geometry.Insets insets = cardScroll.getInsets();
        // A few pixels more than measured: the divider snaps to whole pixels.
        return card.heightFor(width, details) + insets.getTop() + insets.getBottom() + 6;
    }

    private double dividerThickness() {
        if (divider == null || divider.getParent() == null) {
            // Looked up once: a lookup walks the whole panel, the article's paragraphs included.
            divider = lookup(".split-pane-divider");
        }
        return divider == null ? 0 : divider.getBoundsInLocal().getHeight();
    }

    /** The divider between the quote card and the article, once the skin has made it. */
    private javafx.scene.Node divider;

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
