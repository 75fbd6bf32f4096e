package org.sourceline.ui.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.sourceline.ui.LazyTooltips;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Role;
import org.sourceline.model.TimeSpan;
import org.sourceline.render.Palette;
import org.sourceline.text.Citation;
import org.sourceline.text.TimeWords;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * The selected event as a citable card: title, when (the article's words, then normalised),
 * who in which role, what type and mode, how sure the article is and on whose word, and the
 * verbatim quotes as selectable block quotes, each with "Show in article"; "Copy citation"
 * puts the quotes with their source and date on the clipboard. Follows the app's selection.
 *
 * <p>The card's nodes are made once and refilled on each selection (quote blocks are pooled):
 * stepping through events with the arrow keys should not rebuild text areas each time.
 */
final class QuoteCard extends VBox {
    private final AppModel model;
    private final Consumer<Evidence> showInArticle;

    private final Label hint = wrapping("", "card-hint");
    private final VBox content = new VBox();
    private final Label title = wrapping("", "quote-title");
    private final Tooltip summary = wrappingTooltip("");
    private final Label whenPhrase = new Label();
    private final Label whenNormalised = new Label();
    private final Label whenEdtf = new Label();
    private final Tooltip whenNote = wrappingTooltip("");
    private final FlowPane actors = new FlowPane(14, 3);
    private final Rectangle typeSwatch = new Rectangle(12, 12);
    private final Label type = new Label();
    private final Tooltip typeTooltip = new Tooltip();
    private final Tooltip sourcesTooltip = wrappingTooltip("");
    private final Label placeName = factName("Where");
    private final Label place = wrapping("", "fact-value");
    private final CertaintyBadge badge = new CertaintyBadge();
    private final Label quotesHeading = new Label();
    private final Label noQuote = wrapping("No quote in the source: this event has no evidence passage (imported data).", "no-quote");
    private final VBox quotes = new VBox(8);
    private final List<QuoteBlock> quoteBlocks = new ArrayList<>();
    private final List<Label> sourceHeadings = new ArrayList<>();
    private final Label sourcesChip = chip("sources-chip", "sources-chip");
    private final Label disputedChip = chip("disputed-chip", "disputed-chip");
    private final HBox quotesHeader = new HBox(8);
    private final Label copied = new Label();
    private final javafx.scene.control.Hyperlink showDetails = new javafx.scene.control.Hyperlink();
    private final javafx.beans.property.BooleanProperty detailsShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "detailsShown", true);
    private GridPane factsGrid;
    private HBox actionsRow;
    /** True when the details were folded to fit, not by the user: they unfold again when there is room. */
    private boolean autoFolded;
    /** True when the user unfolded the details for the event shown: they stay, with a scroll bar if need be. */
    private boolean unfoldedByUser;

    QuoteCard(AppModel model, Consumer<Evidence> showInArticle) {
        this.model = model;
        this.showInArticle = showInArticle;
        setId("quote-card");
        getStyleClass().add("quote-card");
        setFillWidth(true);
        hint.setId("quote-card-hint");
        content.getStyleClass().add("quote-card-content");
        title.setId("quote-title");
        copied.setId("citation-copied");
        copied.getStyleClass().add("muted");
        // The quote comes right under the title: in a short panel it is what must stay in view.
        factsGrid = facts();
        showDetails.setId("show-details");
        showDetails.getStyleClass().add("show-details");
        showDetails.setText("Details: when, who, what, how sure ▸");
        showDetails.setOnAction(e -> showDetails(true, false));
        setShown(showDetails, false);
        actionsRow = actions();
        // Folded, the "Details" link stands in the actions' row, before "Copy citation".
        actionsRow.getChildren().add(0, showDetails);
        content.getChildren().setAll(title, quotesSection(), factsGrid, actionsRow);
        getChildren().setAll(hint, content);
        // Once per edit, undo or redo, which change the version and the selection together.
        model.followShown(this::show);
        show();
    }

    /** Copies the selected event's citation; returns the text, or null when nothing is selected. */
    String copyCitation() {
        Event event = model.getSelectedEvent();
        LoadedDataset loaded = model.getLoaded();
        if (event == null || loaded == null) {
            return null;
        }
        String citation = Citation.of(event, loaded.dataset());
        ClipboardContent clip = new ClipboardContent();
        clip.putString(citation);
        Clipboard.getSystemClipboard().setContent(clip);
        copied.setText("Citation copied to the clipboard.");
        return citation;
    }

    // ----- fitting the panel ------------------------------------------------------------------

    /** Whether the facts (when, who, what, how sure) are shown or folded behind "Details". */
    javafx.beans.property.ReadOnlyBooleanProperty detailsShownProperty() {
        return detailsShown;
    }

    boolean isDetailsShown() {
        return detailsShown.get();
    }

    /** Shows or folds the details; {@code automatic} when folded to fit rather than by the user. */
    void showDetails(boolean shown, boolean automatic) {
        autoFolded = !shown && automatic;
        unfoldedByUser = shown && !automatic;
        setShown(factsGrid, shown);
        setShown(showDetails, !shown);
        detailsShown.set(shown);
    }

    boolean autoFolded() {
        return autoFolded;
    }

    boolean unfoldedByUser() {
        return unfoldedByUser;
    }

    /** True when an event is shown (not the hint). */
    boolean hasContent() {
        return content.isVisible();
    }

    /** The height the card needs at a width, with or without its details. */
    double heightFor(double width, boolean details) {
        boolean was = factsGrid.isManaged();
        factsGrid.setManaged(details);
        showDetails.setManaged(!details && hasContent());
        double height = prefHeight(width);
        factsGrid.setManaged(was);
        showDetails.setManaged(!was && hasContent());
        return height;
    }

    // ----- building (once) -----------------------------------------------------------------

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("quote-facts");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, values);

        whenPhrase.setId("when-phrase");
        whenPhrase.setMinWidth(Region.USE_PREF_SIZE);
        whenNormalised.setId("when-normalised");
        whenNormalised.getStyleClass().add("when-normalised");
        whenNormalised.setMinWidth(Region.USE_PREF_SIZE);
        whenEdtf.setId("when-edtf");
        whenEdtf.getStyleClass().add("when-edtf");
        whenEdtf.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane when = new FlowPane(10, 2, whenPhrase, whenNormalised, whenEdtf);
        when.setMinWidth(0);

        actors.setId("quote-actors");
        actors.setMinWidth(0);

        typeSwatch.setArcWidth(3);
        typeSwatch.setArcHeight(3);
        type.setId("quote-type");
        type.getStyleClass().add("fact-value");
        type.setTooltip(typeTooltip);
        HBox what = new HBox(6, typeSwatch, type);
        what.setAlignment(Pos.CENTER_LEFT);

        grid.addRow(0, factName("When"), when);
        grid.addRow(1, factName("Who"), actors);
        grid.addRow(2, factName("What"), what);
        grid.addRow(3, placeName, place);
        grid.addRow(4, factName("How sure"), new HBox(badge));
        return grid;
    }

    private VBox quotesSection() {
        quotes.setId("quotes");
        quotesHeading.getStyleClass().add("section-heading");
        quotesHeading.setId("quotes-heading");
        quotesHeading.setMinWidth(Region.USE_PREF_SIZE);
        disputedChip.setText("disputed");
        disputedChip.setTooltip(wrappingTooltip("A quote denies or contradicts this event"));
        quotesHeader.setAlignment(Pos.CENTER_LEFT);
        quotesHeader.getChildren().setAll(quotesHeading, sourcesChip, disputedChip);
        noQuote.setId("no-quote");
        quotes.getChildren().setAll(quotesHeader, noQuote);
        return quotes;
    }

    private HBox actions() {
        Button copy = new Button("Copy citation");
        copy.setId("copy-citation");
        copy.setTooltip(new Tooltip("Copy the quote with the article's title, outlet and the event's date (Ctrl+Shift+C)"));
        copy.setOnAction(e -> copyCitation());
        HBox actions = new HBox(10, copy, copied);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("card-actions");
        return actions;
    }

    // ----- filling (on every selection) ----------------------------------------------------

    private void show() {
        copied.setText("");
        unfoldedByUser = false;
        LoadedDataset loaded = model.getLoaded();
        Event event = model.getSelectedEvent();
        if (loaded == null || event == null) {
            hint.setText(loaded == null ? "No dataset open. Open one with File → Open… (Ctrl+O)."
                    : loaded.dataset().events().isEmpty() ? "No events yet.\n\nSelect the words of the article below "
                    + "that say something happened (drag, or double-click a word), then choose New Event from "
                    + "Selection (Ctrl+N, or right-click the selection)."
                    : "No event selected.\n\nSelect an event in the Events table, on the timeline or in the graph, "
                    + "or click a highlighted passage in the article below. ← and → step through the events in time order.");
            showOnly(hint);
            return;
        }
        Dataset dataset = loaded.dataset();
        title.setText(event.title());
        summary.setText(event.summary());
        title.setTooltip(event.summary() == null ? null : summary);
        showWhen(event.time());
        showActors(event);
        typeSwatch.setFill(Palette.of(event.type()));
        type.setText(event.type().label() + (event.mode() == null ? "" : "  ·  " + event.mode()));
        typeTooltip.setText(event.type().id() + ": " + event.type().description());
        place.setText(event.place() == null ? "" : event.place());
        setShown(placeName, event.place() != null);
        setShown(place, event.place() != null);
        badge.show(event, dataset);
        showQuotes(event, dataset);
        showOnly(content);
    }

    private void showWhen(TimeSpan time) {
        whenPhrase.setText(time.phrase() == null ? "no date in the article" : "“" + time.phrase() + "”");
        whenPhrase.getStyleClass().setAll("label", time.phrase() == null ? "when-phrase-missing" : "when-phrase");
        whenNormalised.setText(TimeWords.describe(time));
        whenEdtf.setText("EDTF " + time.edtf());
        whenNote.setText(time.note());
        whenPhrase.setTooltip(time.note() == null ? null : whenNote);
        whenNormalised.setTooltip(time.note() == null ? null : whenNote);
        whenEdtf.setTooltip(time.note() == null ? null : whenNote);
    }

    /**
     * One chip per actor, refilled from a pool: chips stay in the card, hidden when not used, so a
     * new selection restyles no new nodes (a node added to the scene is matched against every
     * style rule again, a refilled one is not).
     */
    private void showActors(Event event) {
        List<Actor> shown = event.actors();
        while (actorChips.size() < shown.size()) {
            actorChips.add(new ActorChip());
        }
        for (int i = 0; i < actorChips.size(); i++) {
            ActorChip chip = actorChips.get(i);
            if (i < shown.size()) {
                chip.show(event, shown.get(i));
            }
            setShown(chip, i < shown.size());
        }
        setShown(noActors, shown.isEmpty());
        if (actors.getChildren().size() != actorChips.size() + 1) {
            List<Node> children = new ArrayList<>(actorChips);
            children.add(noActors);
            actors.getChildren().setAll(children);
        }
    }

    private final List<ActorChip> actorChips = new ArrayList<>();
    private final Label noActors = wrapping("No actors named", "fact-note");

    /** An actor of the event: a dot of its kind, its name and its role; the tooltip is made on the first hover. */
    private static final class ActorChip extends HBox {
        private final Circle dot = new Circle(4);
        private final Label name = new Label();
        private final Label roleLabel = new Label();
        private String tip = "";
        private Tooltip tooltip;

        ActorChip() {
            super(5);
            name.getStyleClass().add("actor-name");
            name.setMinWidth(0);
            roleLabel.getStyleClass().add("role-chip");
            roleLabel.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(dot, name, roleLabel);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("actor-chip");
            LazyTooltips.install(this, () -> {
                tooltip = wrappingTooltip(tip);
                return tooltip;
            });
        }

        void show(Event event, Actor actor) {
            dot.setFill(Palette.of(actor.kind()));
            name.setText(actor.role() == null ? actor.name() : actor.name() + ", " + actor.role());
            Role role = event.roleOf(actor);
            roleLabel.setText(role.label());
            List<String> classes = List.of("label", "role-chip", "role-" + role.label());
            if (!roleLabel.getStyleClass().equals(classes)) {
                roleLabel.getStyleClass().setAll(classes);
            }
            tip = actor.name() + " (" + actor.kind().id() + ", " + role.label() + ")"
                    + (actor.description() == null ? "" : "\n" + actor.description());
            if (tooltip != null) {
                tooltip.setText(tip);
            }
        }
    }

    /**
     * The quotes, grouped by article (each group under its article's title and outlet when the
     * dataset has several), the supporting ones of an article before those that dispute the event;
     * the heading says how many articles support the event and whether it is disputed. A dataset
     * of one article whose quotes all support their events shows just the quotes.
     */
    private void showQuotes(Event event, Dataset dataset) {
        List<Evidence> evidence = event.evidence();
        boolean severalArticles = dataset.articles().size() > 1;
        Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
        for (Evidence passage : evidence) {
            byArticle.computeIfAbsent(passage.articleId(), id -> new ArrayList<>()).add(passage);
        }
        int sources = event.sourceCount();
        String where = byArticle.size() > 1 ? byArticle.size() + " articles" : severalArticles ? "one article" : "the article";
        quotesHeading.setText(evidence.size() > 1 ? evidence.size() + " passages in " + where
                : severalArticles ? "In one article" : "In the article");
        sourcesChip.setText(sources + " sources");
        sourcesTooltip.setText(sources + " articles carry a quote that supports this event");
        sourcesChip.setTooltip(sources > 1 ? sourcesTooltip : null);
        setShown(sourcesChip, sources > 1);
        setShown(disputedChip, event.isDisputed());
        setShown(noQuote, evidence.isEmpty());

        List<Node> children = new ArrayList<>();
        children.add(quotesHeader);
        children.add(noQuote);
        int block = 0;
        int heading = 0;
        for (Map.Entry<String, List<Evidence>> group : byArticle.entrySet()) {
            if (severalArticles) {
                Article article = dataset.article(group.getKey());
                if (heading == sourceHeadings.size()) {
                    Label label = wrapping("", "quote-source-heading");
                    sourceHeadings.add(label);
                }
                Label label = sourceHeadings.get(heading++);
                label.setId("quote-source-" + group.getKey());
                label.setText(article == null ? group.getKey() : ArticleSwitcher.describe(article, -1));
                children.add(label);
            }
            List<Evidence> ordered = new ArrayList<>(group.getValue());
            // Supporting quotes first, then the disputing ones (a stable sort keeps the article's order within each).
            ordered.sort(java.util.Comparator.comparing(Evidence::disputes));
            for (Evidence passage : ordered) {
                if (block == quoteBlocks.size()) {
                    quoteBlocks.add(new QuoteBlock());
                }
                QuoteBlock quoteBlock = quoteBlocks.get(block++);
                quoteBlock.show(event, passage, evidence.indexOf(passage), evidence.size());
                setShown(quoteBlock, true);
                children.add(quoteBlock);
            }
        }
        // Unused blocks and headings stay, hidden, after the used ones: the same event count keeps the
        // same children, so stepping through a one-article dataset re-adds no text areas.
        for (int i = block; i < quoteBlocks.size(); i++) {
            setShown(quoteBlocks.get(i), false);
            children.add(quoteBlocks.get(i));
        }
        for (int i = heading; i < sourceHeadings.size(); i++) {
            setShown(sourceHeadings.get(i), false);
            children.add(sourceHeadings.get(i));
        }
        for (int i = 0; i < heading; i++) {
            setShown(sourceHeadings.get(i), true);
        }
        if (!quotes.getChildren().equals(children)) {
            quotes.getChildren().setAll(children);
        }
    }

    private void showOnly(Node node) {
        setShown(hint, node == hint);
        setShown(content, node == content);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** One quote: the passage verbatim as a selectable block quote, "Show in article" and where it is. */
    private final class QuoteBlock extends VBox {
        private final SelectableText quote = new SelectableText("");
        private final Label where = new Label();
        private final Label disputes = chip(null, "disputes-label");
        private Evidence passage;

        QuoteBlock() {
            super(4);
            getStyleClass().add("quote-block");
            quote.getStyleClass().add("quote-text");
            Button show = new Button("Show in article");
            show.getStyleClass().add("show-in-article");
            show.setOnAction(e -> showInArticle.accept(passage));
            where.getStyleClass().add("muted");
            disputes.setText("disputes");
            LazyTooltips.install(disputes, () -> wrappingTooltip("This quote denies or contradicts the event"));
            HBox under = new HBox(10, disputes, show, where);
            under.setAlignment(Pos.CENTER_LEFT);
            getChildren().setAll(quote, under);
        }

        void show(Event event, Evidence evidence, int i, int of) {
            passage = evidence;
            setShown(disputes, evidence.disputes());
            getStyleClass().remove("disputing-quote");
            if (evidence.disputes()) {
                getStyleClass().add("disputing-quote");
            }
            quote.setText(evidence.exact());
            where.setText((of > 1 ? "Passage " + (i + 1) + " · " : "") + "characters " + evidence.start() + "–" + evidence.end());
            setStyle("-fx-border-color: transparent transparent transparent " + Palette.typeName(event.type()) + ";");
        }
    }

    // ----- small helpers -------------------------------------------------------------------

    private static Label factName(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label chip(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("card-chip", styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Tooltip wrappingTooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }
}
