package org.sourceline.ui.edit;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sourceline.data.DatasetRules;
import org.sourceline.edit.ActorCheck;
import org.sourceline.edit.EventIds;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;

/**
 * Making an actor where it is needed, without leaving the event: name, kind, the actor it
 * belongs to (Patrushev → Russia) and its role or title as the article gives it. Shown inline
 * under the role it was asked for; Create adds it there, Cancel (or Escape) closes it.
 */
final class NewActorForm extends VBox {
    private final Label heading = new Label();
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>();
    private final ComboBox<Actor> affiliation = new ComboBox<>();
    private final TextField role = new TextField();
    private final Label problem = new Label();
    private final Button create = new Button("Create Actor");
    private final Supplier<Collection<Actor>> actors;
    private final Predicate<String> idTaken;
    private Consumer<Actor> onCreate = a -> { };
    private Runnable onCancel = () -> { };
    private ActorKind lastKind = ActorKind.STATE;

    NewActorForm(Supplier<Collection<Actor>> actors, Predicate<String> idTaken) {
        super(6);
        this.actors = actors;
        this.idTaken = idTaken;
        setId("new-actor-form");
        getStyleClass().add("new-actor-form");
        heading.getStyleClass().add("form-heading");
        name.setId("new-actor-name");
        kind.setId("new-actor-kind");
        kind.getItems().setAll(ActorKind.values());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(l -> kindCell());
        affiliation.setId("new-actor-affiliation");
        affiliation.setPromptText("none");
        affiliation.setCellFactory(l -> actorCell());
        affiliation.setButtonCell(actorCell());
        role.setId("new-actor-role");
        role.setPromptText("e.g. Secretary of the Security Council (optional)");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        create.setId("new-actor-create");
        create.setDefaultButton(false);
        create.setOnAction(e -> create());
        name.setOnAction(e -> create());
        role.setOnAction(e -> create());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> onCancel.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                onCancel.run();
                e.consume();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Belongs to"), affiliation);
        grid.addRow(3, new Label("Role"), role);
        HBox buttons = new HBox(8, create, cancel);
        getChildren().setAll(heading, grid, problem, buttons);
    }

    /** Opens the form for a new actor named {@code typed}, to be added as {@code where} ("source"…). */
    void open(String typed, String where, Consumer<Actor> created, Runnable cancelled) {
        heading.setText("New actor, " + where);
        name.setText(typed);
        kind.setValue(guessKind(typed));
        affiliation.getItems().setAll(actors.get());
        affiliation.getItems().add(0, null);
        affiliation.setValue(null);
        role.clear();
        problem.setVisible(false);
        problem.setManaged(false);
        onCreate = created;
        onCancel = cancelled;
        name.requestFocus();
        name.end();
    }

    /** The kind chosen last time: actors of one story tend to come in kinds (states, then people). */
    private ActorKind guessKind(String typed) {
        return lastKind;
    }

    private void create() {
        String n = DatasetRules.blankToNull(name.getText());
        String id = EventIds.unique(n == null ? "" : n, "actor", idTaken);
        Actor affiliated = affiliation.getValue();
        Actor actor = new Actor(id, n == null ? "" : n, kind.getValue() == null ? ActorKind.GROUP : kind.getValue(),
                affiliated == null ? null : affiliated.id(), DatasetRules.blankToNull(role.getText()), null);
        java.util.List<Actor> list = new java.util.ArrayList<>(actors.get());
        java.util.List<String> errors = ActorCheck.errors(actor, list, -1);
        if (!errors.isEmpty()) {
            problem.setText(String.join("\n", errors));
            problem.setVisible(true);
            problem.setManaged(true);
            return;
        }
        lastKind = actor.kind();
        onCreate.accept(actor);
    }

    private static ListCell<ActorKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActorKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.id());
            }
        };
    }

    private static ListCell<Actor> actorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Actor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "none" : item.name());
            }
        };
    }
}
