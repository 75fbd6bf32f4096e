package org.sourceline.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sourceline.data.GroupMapping;

/**
 * Asked when a TimelineJS file is opened: does a slide's {@code group} name an actor (the
 * default) or an event type? The result is the choice, or empty when the user cancels.
 */
final class TimelineJsImportDialog {
    private TimelineJsImportDialog() {
    }

    /** Builds (does not show) the dialog. */
    static Dialog<GroupMapping> create(Window owner, String fileName) {
        Dialog<GroupMapping> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open TimelineJS file");
        dialog.setHeaderText(fileName + " is a TimelineJS timeline.");
        ToggleGroup choice = new ToggleGroup();
        RadioButton actors = new RadioButton("Actors: each group is someone who takes part in its events");
        actors.setId("groups-as-actors");
        actors.setToggleGroup(choice);
        actors.setSelected(true);
        RadioButton types = new RadioButton("Event types: groups such as “Agree” or “Aid” give the type; others are “Other”");
        types.setId("groups-as-types");
        types.setToggleGroup(choice);
        Label question = new Label("What do its groups (the rows TimelineJS labels on the left) stand for?");
        question.setWrapText(true);
        Label safety = new Label("Its HTML is read as plain text: nothing in it is run, and no link or image is fetched.");
        safety.setWrapText(true);
        safety.getStyleClass().add("dialog-note");
        dialog.getDialogPane().setContent(new VBox(10, question, actors, types, safety));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("timelinejs-dialog");
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? (types.isSelected() ? GroupMapping.TYPE : GroupMapping.ACTOR) : null);
        return dialog;
    }
}
