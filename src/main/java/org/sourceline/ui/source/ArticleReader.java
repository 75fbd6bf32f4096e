package org.sourceline.ui.source;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.sourceline.model.Article;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;
import org.sourceline.render.Palette;
import org.sourceline.render.CertaintyStyle;
import org.sourceline.text.ArticleBlocks;
import org.sourceline.text.HighlightRuns;
import org.sourceline.text.TextMatches;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * The article, readable: its title and what is known about it, then the full text in a column
 * of about seventy characters, every evidence passage highlighted in its event type's colour
 * (the selected event's passages stronger and outlined, those of events the filter hides in
 * grey). Clicking a passage selects its event in every view, or offers a menu when the passage
 * supports several; hovering names them. Ctrl+F searches the text.
 *
 * <p>The text is cut into {@link ArticleBlocks} and shown in a {@link ArticleFlow}, which builds
 * nodes only for the blocks on screen: an article of a million characters opens as fast as a
 * page.
 */
public final class ArticleReader extends BorderPane {
    /** Characters per line the column is sized for. */
    static final int LINE_LENGTH = 70;
    private static final double MIN_MARGIN = 16;
    /** From this many passages on, highlight runs are computed in the background (tests lower it). */
    static int backgroundRunsThreshold = 100_000;
    private static final HighlightRuns NO_RUNS = HighlightRuns.of(new int[0], new int[0], new int[0]);

    private final AppModel model;
    private final ArticleFlow flow = new ArticleFlow();
    private final ArticleSearchBar searchBar;
    private final ArticleSwitcher switcher;
    /** The article list above the search bar, in the scene only for a dataset of several articles. */
    private final javafx.scene.layout.VBox switcherAndSearch = new javafx.scene.layout.VBox();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Article> shownArticle =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shownArticle");
    private final ContextMenu passageMenu = new ContextMenu();
    private final ContextMenu selectionMenu = new ContextMenu();
    private final ReaderSelection selection;
    /** Makes the items of the menu a selected passage offers (New Event from Selection…). */
    private java.util.function.Supplier<List<MenuItem>> selectionMenuItems = List::of;
    private final Font textFont = Font.font("Serif", 15);
    private final TimePhraseMarks timePhrases = new TimePhraseMarks(this);
    private double maxLineWidth = 520;

    private Article article;
    private LoadedDataset loaded;
    /** The passages of {@link #loaded} by article, once gathered (several articles only); else null. */
    private org.sourceline.text.ArticlePassages passages;
    private EventIndex index;
    private String text = "";
    private ArticleBlocks blocks = ArticleBlocks.of("");
    private HighlightRuns runs = NO_RUNS;
    private FilterResult filter;
    private int selected = -1;
    private TextMatches matches = TextMatches.NONE;
    private int currentMatch = -1;
    private boolean selectingHere;
    private int pendingReveal = -1;
    /** Column width the cells were last measured at; -1 before the flow has a width. */
    private double measuredColumn = -1;
    private boolean remeasureQueued;
    private long generation;
    private long textGeneration;

    public ArticleReader(AppModel model) {
        this.model = model;
        setId("article-reader");
        getStyleClass().add("article-reader");
        setFocusTraversable(true);
        searchBar = new ArticleSearchBar(this);
        searchBar.setVisible(false);
        searchBar.setManaged(false);
        switcher = new ArticleSwitcher(this);
        setTop(searchBar);
        setCenter(flow);
        flow.setCellFactory(f -> new BlockCell(this));
        passageMenu.setId("passage-menu");
        selectionMenu.setId("selection-menu");
        selection = new ReaderSelection(this);
        // A right-click with a passage selected offers what can be done with it (some platforms
        // send no context-menu event for a mouse click, so the press itself opens it too).
        setOnContextMenuRequested(e -> {
            if (showSelectionMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY
                    && showSelectionMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });

        // Panel updates: after an edit of a big dataset they follow the timeline's frame (AppModel.updatePanel).
        model.loadedProperty().addListener((obs, old, loaded) -> model.updatePanel(() -> follow(old, loaded)));
        model.filterResultProperty().addListener((obs, old, result) -> model.updatePanel(() -> {
            filter = result;
            refresh();
        }));
        model.selectedEventProperty().addListener((obs, old, event) -> model.updatePanel(() -> select(event)));
        flow.widthProperty().addListener((obs, old, width) -> columnMayHaveChanged());
        flow.heightProperty().addListener((obs, old, height) -> {
            if (height.doubleValue() > 0 && pendingReveal >= 0) {
                int offset = pendingReveal;
                pendingReveal = -1;
                Platform.runLater(() -> reveal(offset));
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!searchBar.isVisible() || !isInside(e.getPickResult().getIntersectedNode(), searchBar)) {
                requestFocus();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!isInSearchBar(e.getTarget() instanceof Node n ? n : null) && selection.keyPressed(e)) {
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::scrollKeys);
        load(model.getLoaded());
        filter = model.getFilterResult();
        select(model.getSelectedEvent());
    }

    // ----- state the cells read ------------------------------------------------------------

    int cellCount() {
        return article == null ? 0 : blocks.size() + 1;
    }

    Article article() {
        return article;
    }

    String text() {
        return text;
    }

    ArticleBlocks blocks() {
        return blocks;
    }

    HighlightRuns runs() {
        return runs;
    }

    TextMatches matches() {
        return matches;
    }

    int currentMatch() {
        return currentMatch;
    }

    Font textFont() {
        return textFont;
    }

    Color textColour() {
        return Palette.TEXT;
    }

    /** Space above a paragraph. */
    double paragraphGap() {
        return Math.round(textFont.getSize() * 0.8);
    }

    /** Width the cells get when nobody says: the flow's, less a scroll bar. */
    double viewportWidth() {
        return Math.max(0, flow.getWidth() - 14);
    }

    /** Width of the text column inside a cell of the given width. */
    double columnWidth(double cellWidth) {
        return Math.max(80, Math.min(maxLineWidth, cellWidth - 2 * MIN_MARGIN));
    }

    /** The time-phrase decoration the paragraphs ask for their marks. */
    TimePhraseMarks timePhraseMarks() {
        return timePhrases;
    }

    /** View → Show Time Phrases: marks every time phrase of the article, its meaning on hover. */
    public javafx.beans.property.BooleanProperty showTimePhrasesProperty() {
        return timePhrases.shownProperty();
    }

    /** Redraws the marks of the paragraphs on screen (a decoration was turned on or off, or is ready). */
    void decorationChanged() {
        refresh();
    }

    // ----- loading, selection, filter ------------------------------------------------------

    private void load(LoadedDataset loaded) {
        this.loaded = loaded;
        index = loaded == null ? null : loaded.index();
        filter = model.getFilterResult();
        selected = -1;
        Article first = loaded == null ? null : loaded.dataset().article();
        gatherPassages(loaded);
        switcher.datasetChanged(index, first);
        placeSwitcher();
        showArticleNow(first);
    }

    /**
     * Puts the article list above the reader for a dataset of several articles, and takes it out
     * of the scene otherwise (hidden, it would still be laid out with the panel).
     */
    private void placeSwitcher() {
        boolean several = index != null && index.articleCount() > 1;
        if (several && getTop() != switcherAndSearch) {
            setTop(null);
            switcherAndSearch.getChildren().setAll(switcher, searchBar);
            setTop(switcherAndSearch);
        } else if (!several && getTop() != searchBar) {
            setTop(null);
            switcherAndSearch.getChildren().clear();
            setTop(searchBar);
        }
    }

    /**
     * Sorts a dataset of several articles' passages by article (at once when small, else in the
     * background), so that switching articles maps only the passages of the article shown.
     */
    private void gatherPassages(LoadedDataset loaded) {
        passages = null;
        if (loaded == null || loaded.dataset().articles().size() < 2) {
            return;
        }
        if (loaded.dataset().events().size() < backgroundRunsThreshold) {
            passages = org.sourceline.text.ArticlePassages.of(loaded.dataset());
            return;
        }
        Thread worker = new Thread(() -> {
            org.sourceline.text.ArticlePassages gathered = org.sourceline.text.ArticlePassages.of(loaded.dataset());
            Platform.runLater(() -> {
                if (model.getLoaded() == loaded) {
                    passages = gathered;
                }
            });
        }, "sourceline-article-passages");
        worker.setDaemon(true);
        worker.start();
    }

    /** The runs of an article: from the passages gathered by article when they are of this dataset. */
    private HighlightRuns runsOf(LoadedDataset of, Article a) {
        org.sourceline.text.ArticlePassages gathered = passages;
        if (gathered != null && gathered.dataset() == of.dataset()) {
            return gathered.runs(a.id());
        }
        return HighlightRuns.of(of.dataset(), a.id());
    }

    /**
     * Shows another article of the dataset (the article list above the reader, "Show in article"
     * of a passage in another article): its text, and only its own passages highlighted. Does
     * nothing when there is no such article or it is already shown.
     */
    public void showArticle(String id) {
        if (loaded == null || id == null || (article != null && article.id().equals(id))) {
            return;
        }
        Article next = loaded.dataset().article(id);
        if (next != null) {
            showArticleNow(next);
        }
    }

    /** The article shown, or null (read-only: {@link #showArticle} changes it). */
    public javafx.beans.property.ReadOnlyObjectProperty<Article> shownArticleProperty() {
        return shownArticle.getReadOnlyProperty();
    }

    private void showArticleNow(Article next) {
        passageMenu.hide();
        if (selection != null) {
            selection.clear();
        }
        pendingReveal = -1;
        article = next;
        text = article == null ? "" : article.text();
        blocks = ArticleBlocks.of(text);
        runs = NO_RUNS;
        if (article != null) {
            if (passagesAtMost(article) < backgroundRunsThreshold) {
                runs = runsOf(loaded, article);
            } else {
                computeRunsInBackground(loaded, article);
            }
        }
        timePhrases.articleChanged(article);
        maxLineWidth = measureLineWidth();
        matches = TextMatches.find(text, searchBar.isVisible() ? searchBar.field().getText() : "");
        currentMatch = matches.nearest(0);
        showMatchCount();
        generation++;
        textGeneration++;
        flow.reset(cellCount());
        measuredColumn = -1;
        columnMayHaveChanged();
        shownArticle.set(article);
        switcher.shownChanged(article, model.getSelectedEvent());
    }

    /**
     * About how many passages quote an article: the events quoting it (an event's several
     * passages in one article are rare), which the index knows without going through them.
     */
    private int passagesAtMost(Article a) {
        int position = index == null ? -1 : index.indexOfArticle(a.id());
        return position < 0 ? 0 : index.eventsCiting(position);
    }

    /**
     * Shows another version of the same article's dataset (after an edit, undo or redo) where the
     * reader is: the passages are highlighted anew, the scroll position and search stay. Past
     * {@link #backgroundRunsThreshold} passages the old runs are renumbered at once and the new
     * ones computed in the background.
     */
    /** Shows another dataset, or another version of the one shown (an edit, undo or redo). */
    private void follow(LoadedDataset old, LoadedDataset loaded) {
        Article same = loaded == null || article == null ? null : loaded.dataset().article(article.id());
        if (same != null && loaded.isVersionOf(old) && same.text().equals(text)) {
            update(old, loaded);
        } else {
            load(loaded);
        }
    }

    private void update(LoadedDataset old, LoadedDataset loaded) {
        passageMenu.hide();
        this.loaded = loaded;
        gatherPassages(loaded);
        article = loaded.dataset().article(article.id());
        index = loaded.index();
        if (passagesAtMost(article) < backgroundRunsThreshold) {
            runs = runsOf(loaded, article);
        } else {
            DatasetDiff change = loaded.change();
            if (change != null && old != null) {
                int oldSize = old.index().size();
                // Events removed at the end (an undo of New Event): only the runs over their passages change.
                runs = change.insertedEventCount() == 0 && change.keepsEventPositions(oldSize)
                        ? runs.without(old.dataset(), article.id(), change.removedEvents())
                        : runs.remap(change.oldToNewEvents(oldSize));
            }
            computeRunsInBackground(loaded, article);
        }
        switcher.datasetChanged(index, article);
        placeSwitcher();
        shownArticle.set(article);
        filter = model.getFilterResult();
        selected = index.indexOf(model.getSelectedEvent());
        generation++;
        textGeneration++;
        for (BlockCell cell : flow.shownCells()) {
            cell.refresh();
        }
        switcher.shownChanged(article, model.getSelectedEvent());
    }

    /**
     * Maps a big dataset's passages to runs off the JavaFX thread (a million passages take a few
     * hundred milliseconds); the text shows at once and its highlights appear when ready.
     */
    private void computeRunsInBackground(LoadedDataset loaded, Article of) {
        org.sourceline.query.FilterResult shown = model.getFilterResult();
        if (shown == null || shown.index() != loaded.index()) {
            // Just opened: the timeline's first frame comes first (two cores), the highlights after it.
            javafx.beans.InvalidationListener[] waiting = new javafx.beans.InvalidationListener[1];
            waiting[0] = o -> {
                org.sourceline.query.FilterResult now = model.getFilterResult();
                if (model.getLoaded() != loaded) {
                    model.filterResultProperty().removeListener(waiting[0]);
                } else if (now != null && now.index() == loaded.index()) {
                    model.filterResultProperty().removeListener(waiting[0]);
                    org.sourceline.ui.AfterFrames.run(() -> startRuns(loaded, of));
                }
            };
            model.filterResultProperty().addListener(waiting[0]);
            return;
        }
        // After an edit too: the frame that shows it is rendered first, without this thread
        // competing with the renderer for the two cores; meanwhile the old runs, renumbered, show.
        org.sourceline.ui.AfterFrames.run(() -> startRuns(loaded, of));
    }

    private void startRuns(LoadedDataset loaded, Article of) {
        if (model.getLoaded() != loaded || article != of) {
            return;
        }
        Thread worker = new Thread(() -> {
            HighlightRuns computed = runsOf(loaded, of);
            Platform.runLater(() -> {
                if (model.getLoaded() == loaded && article == of) {
                    runs = computed;
                    textGeneration++;
                    refresh();
                }
            });
        }, "sourceline-highlight-runs");
        worker.setDaemon(true);
        worker.start();
    }

    /** Measures the cells again (after the current layout pass) when the column width changed. */
    private void columnMayHaveChanged() {
        double column = flow.getWidth() <= 0 ? -1 : columnWidth(viewportWidth());
        if (column == measuredColumn || remeasureQueued) {
            return;
        }
        remeasureQueued = true;
        Platform.runLater(() -> {
            remeasureQueued = false;
            double now = flow.getWidth() <= 0 ? -1 : columnWidth(viewportWidth());
            if (now != measuredColumn) {
                boolean keepPosition = measuredColumn > 0;
                measuredColumn = now;
                flow.remeasure(keepPosition);
                if (pendingReveal >= 0 && flow.getHeight() > 0) {
                    int offset = pendingReveal;
                    pendingReveal = -1;
                    reveal(offset);
                }
            }
        });
    }

    /** About {@link #LINE_LENGTH} characters of this article's prose, in the reading font. */
    private double measureLineWidth() {
        String sample = text.isEmpty() ? "the quick brown fox jumps over the lazy dog, " : text;
        sample = sample.substring(0, Math.min(sample.length(), 3000)).replace('\n', ' ');
        Text probe = new Text(sample);
        probe.setFont(textFont);
        double perChar = probe.getLayoutBounds().getWidth() / sample.length();
        return Math.ceil(perChar * LINE_LENGTH) + 4;
    }

    /**
     * Follows the app's selection: scrolls to the event's first passage in the article shown.
     * When the event is not quoted here, the reader moves to the article of its first passage,
     * unless words are selected here (they may be about to become its evidence): then the
     * switcher offers the articles that quote it.
     */
    private void select(Event event) {
        selected = index == null ? -1 : index.indexOf(event);
        refresh();
        if (event != null && !selectingHere && !event.evidence().isEmpty()) {
            Evidence here = firstPassageIn(event, article);
            if (here != null) {
                reveal(here.start());
            } else if (getSelection() == null) {
                Evidence first = event.evidence().get(0);
                showArticle(first.articleId());
                if (article != null && article.id().equals(first.articleId())) {
                    reveal(first.start());
                }
            }
        }
        switcher.shownChanged(article, event);
    }

    private static Evidence firstPassageIn(Event event, Article a) {
        if (a != null) {
            for (Evidence passage : event.evidence()) {
                if (passage.articleId().equals(a.id())) {
                    return passage;
                }
            }
        }
        return null;
    }

    /** Changes whenever what the cells show changes; cells built for an older one are rebuilt. */
    long generation() {
        return generation;
    }

    /** Changes when the article shown changes: paragraphs built for an older one are rebuilt. */
    long textGeneration() {
        return textGeneration;
    }

    /** Re-reads the highlights of the cells on screen. */
    private void refresh() {
        generation++;
        for (BlockCell cell : flow.shownCells()) {
            cell.refresh();
        }
    }

    /** True when no event of run r is let through by the filter. */
    boolean runIsDimmed(int r) {
        return visibleEventOf(r) < 0;
    }

    private int visibleEventOf(int r) {
        for (int i = 0; i < runs.eventCount(r); i++) {
            int e = runs.event(r, i);
            if (isVisible(e)) {
                return e;
            }
        }
        return -1;
    }

    private boolean isVisible(int event) {
        return filter == null || filter.index() != index || filter.isVisible(event);
    }

    /** Colours a passage's shape: its event's type tint, stronger and outlined when selected, grey when hidden. */
    void stylePassage(Path shape, int r) {
        boolean isSelected = selected >= 0 && runs.hasEvent(r, selected);
        int shown = isSelected ? selected : visibleEventOf(r);
        shape.getStyleClass().removeAll("selected-passage", "dimmed-passage");
        shape.getStrokeDashArray().clear();
        if (shown < 0) {
            shape.setFill(HighlightColors.DIMMED_FILL);
            shape.setStroke(null);
            shape.getStyleClass().add("dimmed-passage");
            return;
        }
        Event event = index.event(shown);
        EventType type = event.type();
        if (isSelected) {
            shape.setFill(HighlightColors.emphasis(type));
            shape.setStroke(Palette.SELECTION);
            shape.setStrokeWidth(1.5);
            shape.getStyleClass().add("selected-passage");
        } else {
            shape.setFill(HighlightColors.tint(type));
            CertaintyStyle style = Palette.style(event.certainty().level());
            if (style.isDashed()) {
                // Forecasts: dashed outline, as the timeline draws them.
                shape.setStroke(Palette.of(type));
                shape.setStrokeWidth(1);
                for (double dash : style.dashes()) {
                    shape.getStrokeDashArray().add(dash);
                }
            } else {
                shape.setStroke(null);
            }
        }
    }

    /** Tooltip text for run r: the events it supports, and which the filter hides. */
    String describeRun(int r) {
        StringBuilder sb = new StringBuilder();
        int n = runs.eventCount(r);
        if (n > 1) {
            sb.append("This passage supports ").append(n).append(" events:");
        }
        for (int i = 0; i < n; i++) {
            Event event = index.event(runs.event(r, i));
            sb.append(n > 1 ? "\n• " : "").append(event.title());
            sb.append(" (").append(event.type().label()).append(", ")
                    .append(event.certainty().level() == CertaintyLevel.STATED ? "stated" : event.certainty().level().id())
                    .append(')');
            if (!isVisible(runs.event(r, i))) {
                sb.append(" — hidden by the filter");
            }
        }
        sb.append(n > 1 ? "\nClick to choose one." : visibleEventOf(r) >= 0 ? "\nClick to select it." : "");
        return sb.toString();
    }

    /** A click on run r: selects its event, or offers a menu when it supports several or only hidden ones. */
    void passageClicked(int r, Node anchor, double screenX, double screenY) {
        int n = runs.eventCount(r);
        if (n == 1 && isVisible(runs.event(r, 0))) {
            selectHere(runs.event(r, 0));
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int e = runs.event(r, i);
            Event event = index.event(e);
            boolean visible = isVisible(e);
            MenuItem item = new MenuItem(event.title() + "  ·  " + event.time().displayText()
                    + (visible ? "" : "  (hidden by the filter)"));
            item.setMnemonicParsing(false);
            item.setDisable(!visible);
            item.getProperties().put("event", event);
            item.setOnAction(a -> selectHere(e));
            items.add(item);
        }
        passageMenu.getItems().setAll(items);
        if (items.stream().allMatch(MenuItem::isDisable)) {
            passageMenu.getItems().add(0, new SeparatorMenuItem());
            MenuItem why = new MenuItem("Clear filters to select " + (n == 1 ? "this event" : "these events"));
            why.setOnAction(a -> model.clearFilter());
            passageMenu.getItems().add(0, why);
        }
        passageMenu.show(anchor, screenX, screenY);
    }

    private void selectHere(int e) {
        selectingHere = true;
        try {
            model.setSelectedEvent(index.event(e));
        } finally {
            selectingHere = false;
        }
    }

    // ----- text selection ------------------------------------------------------------------

    /** The selected passage (article offsets, whole words), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.control.IndexRange> selectionProperty() {
        return selection.selectionProperty();
    }

    public javafx.scene.control.IndexRange getSelection() {
        return selection == null ? null : selection.get();
    }

    /** The selected words, or null. */
    public String selectedText() {
        javafx.scene.control.IndexRange range = getSelection();
        return range == null ? null : text.substring(range.getStart(), range.getEnd());
    }

    /** The article shown, or null. */
    public Article shownArticle() {
        return article;
    }

    /** Selects {@code [start, end)} of the article, widened to whole words, and shows it. */
    public void selectPassage(int start, int end) {
        selection.select(start, end);
        if (getSelection() != null) {
            reveal(getSelection().getStart());
        }
    }

    public void clearSelection() {
        selection.clear();
    }

    /** What the menu of a selected passage offers; called each time it opens. */
    public void setSelectionMenuItems(java.util.function.Supplier<List<MenuItem>> items) {
        this.selectionMenuItems = items;
    }

    private boolean showSelectionMenu(Node target, double screenX, double screenY) {
        if (getSelection() == null || isInSearchBar(target)) {
            return false;
        }
        passageMenu.hide();
        selectionMenu.getItems().setAll(selectionMenuItems.get());
        if (!selectionMenu.getItems().isEmpty()) {
            selectionMenu.show(this, screenX, screenY);
        }
        return true;
    }

    /** Redraws the selection on the paragraphs on screen (nothing else changes). */
    void selectionChanged() {
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph != null) {
                paragraph.showSelection();
            }
        }
    }

    /** True after a drag that selected text: the click that ends it is not a click on a passage. */
    boolean isSelectingByDrag() {
        return selection.wasDragged();
    }

    boolean isInSearchBar(Node node) {
        return node != null && isInside(node, searchBar);
    }

    /**
     * The article offset under a scene point: in the paragraph there, or the nearest end of the
     * text on screen when the point is above or below it; -1 when no paragraph is on screen.
     */
    int offsetAt(double sceneX, double sceneY) {
        ParagraphView above = null;
        ParagraphView below = null;
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph == null || !cell.isVisible() || paragraph.getScene() == null) {
                continue;
            }
            Point2D local = paragraph.sceneToLocal(sceneX, sceneY);
            if (local.getY() < 0) {
                if (below == null || paragraph.block() < below.block()) {
                    below = paragraph;
                }
            } else if (local.getY() > paragraph.getHeight()) {
                if (above == null || paragraph.block() > above.block()) {
                    above = paragraph;
                }
            } else {
                return paragraph.offsetAt(local.getX(), local.getY());
            }
        }
        // Between paragraphs or past the last one: the end of the one above; before all: the first's start.
        if (above != null) {
            return above.to();
        }
        return below != null ? below.from() : -1;
    }

    /** The offset one line up or down from {@code offset}, or the next block's edge; -1 at the ends of the text. */
    int offsetOnNextLine(int offset, int direction) {
        int block = blocks.blockAt(Math.min(offset, Math.max(0, text.length() - 1)));
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph != null && paragraph.block() == block) {
                int moved = paragraph.offsetOnLine(offset, direction);
                if (moved >= 0) {
                    return moved;
                }
            }
        }
        int next = block + direction;
        if (block < 0 || next < 0 || next >= blocks.size()) {
            return direction > 0 ? text.length() : 0;
        }
        // The neighbouring block is not on screen: the same distance into it.
        return Math.min(blocks.end(next), blocks.start(next) + Math.max(0, offset - blocks.start(block)));
    }

    // ----- scrolling -----------------------------------------------------------------------

    /** Scrolls the passage into view and gives the reader the focus ("Show in article"). */
    public void showPassage(Evidence passage) {
        showArticle(passage.articleId());
        if (article != null && article.id().equals(passage.articleId())) {
            reveal(passage.start());
        }
        requestFocus();
    }

    /**
     * Brings the line holding {@code offset} into view, about a quarter down the view, unless it
     * is already on screen.
     */
    void reveal(int offset) {
        int block = blocks.blockAt(offset);
        if (block < 0) {
            return;
        }
        if (flow.getHeight() <= 0 || getScene() == null || measuredColumn < 0 || remeasureQueued) {
            // Not on screen or not measured yet: reveal once it is.
            pendingReveal = offset;
            return;
        }
        int cellIndex = block + 1;
        double viewport = flow.getHeight();
        double line = textFont.getSize() * 1.5;
        Double y = lineY(cellIndex, offset);
        if (y != null && y >= 0 && y + line <= viewport) {
            return;
        }
        flow.scrollToTop(cellIndex);
        flow.layout();
        y = lineY(cellIndex, offset);
        if (y != null) {
            flow.scrollPixels(y - viewport / 4);
            flow.layout();
        }
    }

    /** Where the line of {@code offset} is, from the top of the visible text; null when its block is not on screen. */
    private Double lineY(int cellIndex, int offset) {
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (cell.getIndex() == cellIndex && cell.isVisible() && paragraph != null) {
                Point2D inScene = paragraph.localToScene(0, paragraph.lineTop(offset));
                return flow.sceneToLocal(inScene).getY();
            }
        }
        return null;
    }

    private void scrollKeys(KeyEvent e) {
        if (e.getTarget() instanceof Node target && isInside(target, searchBar)) {
            return;
        }
        double page = Math.max(40, flow.getHeight() * 0.9);
        switch (e.getCode()) {
            case UP -> flow.scrollPixels(-40);
            case DOWN -> flow.scrollPixels(40);
            case PAGE_UP -> flow.scrollPixels(-page);
            case PAGE_DOWN, SPACE -> flow.scrollPixels(e.isShiftDown() ? -page : page);
            case HOME -> flow.scrollToTop(0);
            case END -> flow.scrollTo(Math.max(0, cellCount() - 1));
            case ESCAPE -> {
                if (!searchBar.isVisible()) {
                    return;
                }
                closeSearch();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ----- search --------------------------------------------------------------------------

    /** Opens the search bar (Ctrl+F) and puts the cursor in its field. */
    public void openSearch() {
        searchBar.setVisible(true);
        searchBar.setManaged(true);
        searchBar.field().requestFocus();
        searchBar.field().selectAll();
        search(searchBar.field().getText());
    }

    /** Closes the search bar and removes the match highlights (Escape). */
    public void closeSearch() {
        searchBar.setVisible(false);
        searchBar.setManaged(false);
        matches = TextMatches.NONE;
        currentMatch = -1;
        refresh();
        requestFocus();
    }

    public boolean isSearching() {
        return searchBar.isVisible();
    }

    /** Finds every match of a term, starting from the first at or after the top of the view. */
    void search(String term) {
        matches = TextMatches.find(text, term);
        currentMatch = matches.nearest(readingPosition());
        showMatchCount();
        refresh();
        revealMatch();
    }

    /** Goes to the next match (Enter, F3), opening the search bar when it is closed. */
    public void findNext() {
        step(true);
    }

    /** Goes to the previous match (Shift+Enter, Shift+F3). */
    public void findPrevious() {
        step(false);
    }

    private void step(boolean forward) {
        if (!searchBar.isVisible()) {
            openSearch();
            return;
        }
        currentMatch = forward ? matches.next(currentMatch) : matches.previous(currentMatch);
        showMatchCount();
        refresh();
        revealMatch();
    }

    private void revealMatch() {
        if (currentMatch >= 0) {
            reveal(matches.start(currentMatch));
        }
    }

    private void showMatchCount() {
        if (matches.term().isEmpty()) {
            searchBar.showCount("");
        } else if (matches.isEmpty()) {
            searchBar.showCount("No matches");
        } else {
            searchBar.showCount((currentMatch + 1) + " of " + matches.count());
        }
    }

    /** The article offset at the top of the view. */
    private int readingPosition() {
        BlockCell first = flow.getFirstVisibleCell();
        if (first == null || first.getIndex() <= 0 || first.getIndex() > blocks.size()) {
            return 0;
        }
        return blocks.start(first.getIndex() - 1);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ----- for tests -----------------------------------------------------------------------

    ArticleFlow flow() {
        return flow;
    }

    ArticleSearchBar searchBar() {
        return searchBar;
    }

    ArticleSwitcher switcher() {
        return switcher;
    }

    ContextMenu passageMenu() {
        return passageMenu;
    }

    ContextMenu selectionMenu() {
        return selectionMenu;
    }

    /** The passage shapes on screen that stand for an event (the event's position). */
    List<Path> shownPassages(int event) {
        List<Path> shapes = new ArrayList<>();
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph != null && cell.isVisible()) {
                for (Path shape : paragraph.passageShapes()) {
                    if (runs.hasEvent((Integer) shape.getProperties().get(ParagraphView.RUN), event)) {
                        shapes.add(shape);
                    }
                }
            }
        }
        return shapes;
    }

    /** Where on screen the character at an article offset is (scrolling it into view first), for tests. */
    Point2D screenPointOf(int offset) {
        reveal(offset);
        for (BlockCell cell : flow.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph != null && cell.isVisible()) {
                Point2D point = paragraph.screenPointOf(offset);
                if (point != null) {
                    return point;
                }
            }
        }
        return null;
    }

    /** The cells on screen (for tests). */
    List<BlockCell> shownCells() {
        return flow.shownCells();
    }
}
