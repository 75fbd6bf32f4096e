package org.sourceline.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sourceline.data.merge.LikelyDuplicate;
import org.sourceline.data.merge.MergeNote;
import org.sourceline.data.merge.MergePlan;

/**
 * Shows what merging datasets will do before it is done: the articles kept once or renamed, the
 * actors matched (by id or by name), the events renamed, and each likely duplicate with the
 * choice between keeping both events and merging them into one (the union of their evidence).
 * Nothing is merged silently: every pair starts as "keep both".
 */
final class MergeReviewDialog {
    /** The button that merges. */
    static final ButtonType MERGE = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);

    private final MergePlan plan;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField title = new TextField();
    /** Per likely duplicate (by number): true to merge the pair into one event. */
    private final boolean[] unite;
    private final ListView<LikelyDuplicate> duplicateList = new ListView<>();

    MergeReviewDialog(Window owner, MergePlan plan) {
        this.plan = plan;
        this.unite = new boolean[plan.duplicates().size()];
        dialog.initOwner(owner);
        dialog.setTitle("Merge Datasets");
        dialog.setResizable(true);
        List<String> others = plan.inputs().subList(1, plan.inputs().size()).stream().map(i -> "“" + i.name() + "”").toList();
        dialog.setHeaderText("Merge " + String.join(", ", others) + " into “" + plan.inputs().get(0).dataset().title()
                + "”");
        dialog.getDialogPane().setId("merge-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(MERGE, ButtonType.CANCEL);

        title.setId("merge-title");
        title.setText(plan.inputs().get(0).dataset().title());
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleRow = new HBox(8, new Label("Title:"), title);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label(String.format(Locale.ROOT, "The merged dataset: %,d articles, %,d actors, %,d events "
                        + "(fewer for each pair merged). It opens unsaved; the files stay as they are.",
                plan.articles().size(), plan.actors().size(), plan.eventCount()));
        summary.setId("merge-summary");
        summary.setWrapText(true);

        VBox content = new VBox(10, titleRow, summary, notesPane(), duplicatesPane());
        content.setPadding(new Insets(4));
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
    }

    private TitledPane notesPane() {
        ListView<MergeNote> list = new ListView<>();
        list.setId("merge-notes");
        list.getItems().setAll(plan.notes());
        list.setPrefHeight(Math.min(8, Math.max(1, plan.notes().size())) * 26 + 4);
        list.setPlaceholder(new Label("No articles, actors or events in common."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MergeNote note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : capitalize(note.kind().label()) + " — " + note.describe());
            }
        });
        TitledPane pane = new TitledPane("Matches and renames (" + plan.notes().size() + ")", list);
        pane.setId("merge-notes-pane");
        pane.setAnimated(false);
        return pane;
    }

    private TitledPane duplicatesPane() {
        duplicateList.setId("merge-duplicates");
        duplicateList.getItems().setAll(plan.duplicates());
        duplicateList.setPlaceholder(new Label("No likely duplicates: every event stays as it is."));
        duplicateList.setPrefHeight(Math.min(3, Math.max(1, plan.duplicates().size())) * 96 + 4);
        duplicateList.setCellFactory(view -> new DuplicateCell());
        Hyperlink all = new Hyperlink("merge all");
        all.setId("merge-all-duplicates");
        all.setOnAction(e -> setAll(true));
        Hyperlink none = new Hyperlink("keep all");
        none.setId("keep-all-duplicates");
        none.setOnAction(e -> setAll(false));
        Label hint = new Label("Same type, overlapping time, shared actors and similar titles (or a quote in common). "
                + "Merging keeps the first event and adds the other's quotes.");
        hint.setWrapText(true);
        hint.getStyleClass().add("merge-hint");
        HBox choices = new HBox(4, new Label("Choose for all:"), all, new Label("·"), none);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, hint, plan.duplicates().isEmpty() ? new Label() : choices, duplicateList);
        TitledPane pane = new TitledPane("Likely duplicates (" + plan.duplicates().size() + ")", box);
        pane.setId("merge-duplicates-pane");
        pane.setAnimated(false);
        return pane;
    }

    private void setAll(boolean merge) {
        java.util.Arrays.fill(unite, merge);
        duplicateList.refresh();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One pair: both events with their datasets, why they look alike, and the choice. */
    private final class DuplicateCell extends ListCell<LikelyDuplicate> {
        private final Label first = new Label();
        private final Label second = new Label();
        private final Label why = new Label();
        private final ToggleGroup group = new ToggleGroup();
        private final RadioButton keep = new RadioButton("Keep both");
        private final RadioButton merge = new RadioButton("Merge (union of evidence)");
        private final VBox box;
        private LikelyDuplicate shown;

        DuplicateCell() {
            keep.setToggleGroup(group);
            merge.setToggleGroup(group);
            keep.getStyleClass().add("keep-both");
            merge.getStyleClass().add("merge-pair");
            why.getStyleClass().add("merge-hint");
            first.setMinWidth(0);
            second.setMinWidth(0);
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (shown != null && now != null) {
                    unite[shown.number()] = now == merge;
                }
            });
            HBox choice = new HBox(16, keep, merge);
            box = new VBox(3, first, second, why, choice);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LikelyDuplicate duplicate, boolean empty) {
            super.updateItem(duplicate, empty);
            shown = null;
            if (empty || duplicate == null) {
                setGraphic(null);
                return;
            }
            first.setText("1. " + duplicate.first().title() + "  (" + duplicate.firstId() + ", " + duplicate.firstInput()
                    + ")");
            second.setText("2. " + duplicate.second().title() + "  (" + duplicate.secondId() + ", "
                    + duplicate.secondInput() + ")");
            String reason = duplicate.describe();
            why.setText(reason.substring(reason.indexOf("(score") + 1, reason.length() - 1));
            (unite[duplicate.number()] ? merge : keep).setSelected(true);
            shown = duplicate;
            setGraphic(box);
        }
    }

    /** Shows the dialog and waits; true when the user chose Merge. */
    boolean showAndWait() {
        return dialog.showAndWait().filter(b -> b == MERGE).isPresent();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Whether the user chose to merge this pair. */
    boolean unites(LikelyDuplicate duplicate) {
        return unite[duplicate.number()];
    }

    /** The title the user gave the merged dataset (the first's when left empty). */
    String title() {
        String text = title.getText() == null ? "" : title.getText().strip();
        return text.isEmpty() ? plan.inputs().get(0).dataset().title() : text;
    }

    /** Merges as the user chose. */
    MergePlan.Result merge() {
        return plan.merge(title(), this::unites);
    }
}
