package org.sourceline.ui.edit;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.TimeSpan;
import org.sourceline.text.TimeWords;

/**
 * What is known about an article: title, outlet, author, URL and publication date (EDTF, as
 * precise as the source gives it: a day, a month, "about January 2023", or nothing). Anything the
 * source does not say stays empty, which the dataset records as unknown. Used to confirm what an
 * import found (File → New Dataset from Article…) and to change it later (Edit → Article Details…).
 */
public final class ArticleDetailsDialog {
    /** The details as confirmed; null fields are unknown. */
    public record Details(String title, String outlet, String author, String url, String publishedEdtf,
                          TimeSpan published) {
    }

    private final Dialog<Details> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final TextField outlet = new TextField();
    private final TextField author = new TextField();
    private final TextField url = new TextField();
    private final TextField published = new TextField();
    private final Label publishedMeaning = new Label();
    private final Label problem = new Label();
    private final ButtonType confirm;

    /**
     * @param heading   what the dialog is for, e.g. "New dataset from “story.html”"
     * @param confirmAs the button's text, e.g. "Create Dataset"
     * @param notes     what the import found worth knowing (dropped parts, guesses), shown above the fields
     * @param preview   the start of the article's text, or null
     */
    public ArticleDetailsDialog(Window owner, String heading, String confirmAs, Details initial, List<String> notes,
                                String preview) {
        dialog.initOwner(owner);
        dialog.setTitle(confirmAs.startsWith("Create") ? "New Dataset"
                : confirmAs.startsWith("Add") ? "Add Article to Dataset" : "Article Details");
        dialog.setHeaderText(heading);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("article-details-dialog");
        org.sourceline.ui.Theme.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(getClass().getResource("/css/editor.css").toExternalForm());
        confirm = new ButtonType(confirmAs, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);

        title.setId("details-title");
        outlet.setId("details-outlet");
        author.setId("details-author");
        url.setId("details-url");
        published.setId("details-published");
        title.setPromptText("the headline (needed)");
        outlet.setPromptText("unknown");
        author.setPromptText("unknown");
        url.setPromptText("unknown");
        published.setPromptText("unknown — e.g. 2023-01-05, 2023-01, 2023-01~ (about)");
        publishedMeaning.setId("details-published-meaning");
        publishedMeaning.getStyleClass().add("time-meaning");
        problem.setId("details-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        title.setText(initial.title());
        outlet.setText(initial.outlet());
        author.setText(initial.author());
        url.setText(initial.url());
        published.setText(initial.publishedEdtf());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(360, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, fields);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Outlet"), outlet);
        grid.addRow(2, new Label("Author"), author);
        grid.addRow(3, new Label("URL"), url);
        grid.addRow(4, new Label("Published"), new VBox(3, published, publishedMeaning));
        VBox content = new VBox(10);
        if (!notes.isEmpty()) {
            Label found = new Label(String.join("\n", notes));
            found.setWrapText(true);
            found.setId("details-import-notes");
            found.getStyleClass().add("field-warning");
            content.getChildren().add(found);
        }
        content.getChildren().add(grid);
        Label unknown = new Label("Leave a field empty when the article does not say: it is recorded as unknown, "
                + "never guessed.");
        unknown.setWrapText(true);
        unknown.getStyleClass().add("muted");
        content.getChildren().addAll(unknown, problem);
        if (preview != null) {
            TextArea text = new TextArea(preview);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(6);
            text.setId("details-preview");
            content.getChildren().addAll(new Label("The text (its start):"), text);
        }
        content.setPadding(new Insets(10, 12, 4, 12));
        dialog.getDialogPane().setContent(content);

        published.textProperty().addListener((obs, old, now) -> check());
        title.textProperty().addListener((obs, old, now) -> check());
        check();
        Node confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("details-confirm");
        ((Button) confirmButton).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!check()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == confirm ? details() : null);
    }

    /** Checks the title and the date as they are typed; true when they may be used. */
    private boolean check() {
        String edtf = DatasetRules.blankToNull(published.getText());
        boolean ok = true;
        String message = null;
        publishedMeaning.getStyleClass().removeAll("muted", "time-meaning");
        publishedMeaning.getStyleClass().add(edtf == null ? "muted" : "time-meaning");
        if (edtf == null) {
            publishedMeaning.setText("unknown");
        } else {
            DatasetRules.TimeCheck time = DatasetRules.checkTime("published", edtf, null, null, null, null);
            if (time.isValid()) {
                publishedMeaning.setText("means " + TimeWords.describe(time.span()) + "  (" + time.span().boundsText() + ")");
            } else {
                publishedMeaning.setText("");
                message = String.join("\n", time.errors());
                ok = false;
            }
        }
        if (DatasetRules.blankToNull(title.getText()) == null) {
            message = message == null ? DatasetRules.emptyText("title") : message + "\n" + DatasetRules.emptyText("title");
            ok = false;
        }
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
        return ok;
    }

    private Details details() {
        String edtf = DatasetRules.blankToNull(published.getText());
        TimeSpan span = edtf == null ? null
                : DatasetRules.checkTime("published", edtf, null, null, null, null).span();
        return new Details(DatasetRules.blankToNull(title.getText()), DatasetRules.blankToNull(outlet.getText()),
                DatasetRules.blankToNull(author.getText()), DatasetRules.blankToNull(url.getText()), edtf, span);
    }

    /** Shows the dialog (without waiting); {@code confirmed} gets the details when the person confirms. */
    public void show(Consumer<Details> confirmed) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                confirmed.accept(dialog.getResult());
            }
        });
        dialog.show();
        title.requestFocus();
    }

    Dialog<Details> dialog() {
        return dialog;
    }
}
