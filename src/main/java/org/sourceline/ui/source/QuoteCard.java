package org.sourceline.ui.source;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
 */
final class QuoteCard extends VBox {
    private final AppModel model;
    private final Consumer<Evidence> showInArticle;
    private final Label copied = new Label();

    QuoteCard(AppModel model, Consumer<Evidence> showInArticle) {
        this.model = model;
        this.showInArticle = showInArticle;
        setId("quote-card");
        getStyleClass().add("quote-card");
        setFillWidth(true);
        copied.setId("citation-copied");
        copied.getStyleClass().add("muted");
        model.selectedEventProperty().addListener((obs, old, event) -> rebuild());
        model.loadedProperty().addListener((obs, old, loaded) -> rebuild());
        rebuild();
    }

    /** Copies the selected event's citation; returns the text, or null when nothing is selected. */
    String copyCitation() {
        Event event = model.getSelectedEvent();
        LoadedDataset loaded = model.getLoaded();
        if (event == null || loaded == null) {
            return null;
        }
        String citation = Citation.of(event, loaded.dataset());
        ClipboardContent content = new ClipboardContent();
        content.putString(citation);
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText("Citation copied to the clipboard.");
        return citation;
    }

    private void rebuild() {
        copied.setText("");
        LoadedDataset loaded = model.getLoaded();
        Event event = model.getSelectedEvent();
        if (loaded == null) {
            getChildren().setAll(hint("No dataset open. Open one with File → Open… (Ctrl+O)."));
            return;
        }
        if (event == null) {
            getChildren().setAll(hint("No event selected.\n\nSelect an event in the Events table, on the timeline or in "
                    + "the graph, or click a highlighted passage in the article below. ← and → step through the events "
                    + "in time order."));
            return;
        }
        Dataset dataset = loaded.dataset();
        Label title = wrapping(event.title(), "quote-title");
        title.setId("quote-title");
        if (event.summary() != null) {
            title.setTooltip(wrappingTooltip(event.summary()));
        }
        getChildren().setAll(title, facts(event, dataset), quotes(event));
        Button copy = new Button("Copy citation");
        copy.setId("copy-citation");
        copy.setTooltip(new Tooltip("Copy the quote with the article's title, outlet and the event's date (Ctrl+Shift+C)"));
        copy.setOnAction(e -> copyCitation());
        HBox actions = new HBox(10, copy, copied);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("card-actions");
        getChildren().add(actions);
    }

    private GridPane facts(Event event, Dataset dataset) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("quote-facts");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, values);
        int row = 0;
        grid.addRow(row++, factName("When"), when(event.time()));
        grid.addRow(row++, factName("Who"), actors(event));
        grid.addRow(row++, factName("What"), what(event));
        if (event.place() != null) {
            grid.addRow(row++, factName("Where"), wrapping(event.place(), "fact-value"));
        }
        CertaintyBadge badge = new CertaintyBadge();
        badge.show(event, dataset);
        HBox badgeBox = new HBox(badge);
        grid.addRow(row, factName("How sure"), badgeBox);
        return grid;
    }

    /** The article's phrase, then the normalised bounds and EDTF; the dataset's reasoning as a tooltip. */
    private static Node when(TimeSpan time) {
        Label phrase = time.phrase() == null
                ? new Label("no date in the article")
                : new Label("“" + time.phrase() + "”");
        phrase.getStyleClass().add(time.phrase() == null ? "when-phrase-missing" : "when-phrase");
        phrase.setId("when-phrase");
        phrase.setMinWidth(Region.USE_PREF_SIZE);
        Label normalised = new Label(TimeWords.describe(time) + "  ·  EDTF " + time.edtf());
        normalised.getStyleClass().add("when-normalised");
        normalised.setId("when-normalised");
        normalised.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane box = new FlowPane(10, 2, phrase, normalised);
        box.setMinWidth(0);
        if (time.note() != null) {
            Tooltip note = wrappingTooltip(time.note());
            phrase.setTooltip(note);
            normalised.setTooltip(note);
        }
        return box;
    }

    private static Node actors(Event event) {
        FlowPane box = new FlowPane(14, 3);
        box.setId("quote-actors");
        box.setMinWidth(0);
        for (Actor actor : event.actors()) {
            Circle dot = new Circle(4, Palette.of(actor.kind()));
            Label name = new Label(actor.role() == null ? actor.name() : actor.name() + ", " + actor.role());
            name.getStyleClass().add("actor-name");
            name.setMinWidth(0);
            Role role = event.roleOf(actor);
            Label roleLabel = new Label(role.label());
            roleLabel.getStyleClass().addAll("role-chip", "role-" + role.label());
            roleLabel.setMinWidth(Region.USE_PREF_SIZE);
            HBox chip = new HBox(5, dot, name, roleLabel);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("actor-chip");
            Tooltip.install(chip, wrappingTooltip(actor.name() + " (" + actor.kind().id() + ", " + role.label() + ")"
                    + (actor.description() == null ? "" : "\n" + actor.description())));
            box.getChildren().add(chip);
        }
        if (box.getChildren().isEmpty()) {
            box.getChildren().add(wrapping("No actors named", "fact-note"));
        }
        return box;
    }

    private static Node what(Event event) {
        Rectangle swatch = new Rectangle(12, 12, Palette.of(event.type()));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label type = new Label(event.type().label() + (event.mode() == null ? "" : "  ·  " + event.mode()));
        type.setId("quote-type");
        type.getStyleClass().add("fact-value");
        type.setTooltip(new Tooltip(event.type().id() + ": " + event.type().description()));
        HBox box = new HBox(6, swatch, type);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node quotes(Event event) {
        VBox box = new VBox(8);
        box.setId("quotes");
        List<Evidence> evidence = event.evidence();
        Label heading = new Label(evidence.size() > 1 ? evidence.size() + " passages in the article" : "In the article");
        heading.getStyleClass().add("section-heading");
        box.getChildren().add(heading);
        if (evidence.isEmpty()) {
            Label none = wrapping("No quote in the source: this event has no evidence passage (imported data).", "no-quote");
            none.setId("no-quote");
            box.getChildren().add(none);
            return box;
        }
        int n = 1;
        for (Evidence passage : evidence) {
            SelectableText quote = new SelectableText(passage.exact());
            quote.getStyleClass().add("quote-text");
            Button show = new Button("Show in article");
            show.getStyleClass().add("show-in-article");
            show.setOnAction(e -> showInArticle.accept(passage));
            Label where = new Label((evidence.size() > 1 ? "Passage " + n + " · " : "") + "characters "
                    + passage.start() + "–" + passage.end());
            where.getStyleClass().add("muted");
            HBox under = new HBox(10, show, where);
            under.setAlignment(Pos.CENTER_LEFT);
            VBox block = new VBox(4, quote, under);
            block.getStyleClass().add("quote-block");
            block.setStyle("-fx-border-color: transparent transparent transparent " + Palette.css(Palette.of(event.type())) + ";");
            box.getChildren().add(block);
            n++;
        }
        return box;
    }

    private static Label factName(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-name");
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

    private static Label hint(String text) {
        Label label = wrapping(text, "card-hint");
        label.setId("quote-card-hint");
        return label;
    }
}
