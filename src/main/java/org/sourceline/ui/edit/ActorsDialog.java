package org.sourceline.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.sourceline.data.DatasetRules;
import org.sourceline.edit.ChangeActor;
import org.sourceline.edit.DeleteActor;
import org.sourceline.edit.Edit;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EventIds;
import org.sourceline.edit.MergeActors;
import org.sourceline.edit.NewActor;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Dataset;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;

/**
 * Edit → Actors…: every actor with its kind, affiliation, role and how many events name it.
 * Select one to rename or change it (Apply), merge it into another (for the same party entered
 * twice: every role, attribution and affiliation follows), or delete it — refused, with the
 * events that name it, while anything does. Each change is one undoable step.
 */
public final class ActorsDialog {
    private final AppModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<Actor> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>();
    private final ComboBox<Actor> affiliation = new ComboBox<>();
    private final TextField role = new TextField();
    private final TextField description = new TextField();
    private final ComboBox<Actor> mergeInto = new ComboBox<>();
    private final Label message = new Label();
    private final ChangeListener<LoadedDataset> follow = (obs, old, now) -> refresh();

    public ActorsDialog(Window owner, AppModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Actors");
        dialog.setHeaderText("Rename, change, merge or delete the dataset's actors");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("actors-dialog");
        org.sourceline.ui.Theme.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(getClass().getResource("/css/editor.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        TableColumn<Actor, String> nameColumn = new TableColumn<>("Name");
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        nameColumn.setPrefWidth(190);
        TableColumn<Actor, String> kindColumn = new TableColumn<>("Kind");
        kindColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind().id()));
        TableColumn<Actor, String> affiliationColumn = new TableColumn<>("Belongs to");
        affiliationColumn.setCellValueFactory(c -> new SimpleStringProperty(nameOf(c.getValue().affiliationId())));
        affiliationColumn.setPrefWidth(130);
        TableColumn<Actor, Number> eventsColumn = new TableColumn<>("Events");
        eventsColumn.setCellValueFactory(c -> new SimpleIntegerProperty(eventCount(c.getValue())));
        table.getColumns().setAll(List.of(nameColumn, kindColumn, affiliationColumn, eventsColumn));
        table.setId("actors-table");
        table.setPrefSize(470, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, actor) -> show(actor));

        name.setId("actor-name");
        kind.setId("actor-kind");
        kind.getItems().setAll(ActorKind.values());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        affiliation.setId("actor-affiliation");
        affiliation.setCellFactory(l -> actorCell("none"));
        affiliation.setButtonCell(actorCell("none"));
        for (TextField f : List.of(name, role, description)) {
            f.setPrefColumnCount(20);
        }
        role.setId("actor-role");
        role.setPromptText("as the article gives it (optional)");
        description.setId("actor-description");
        description.setPromptText("who this is (optional)");
        mergeInto.setId("actor-merge-into");
        mergeInto.setPromptText("choose the actor to keep");
        mergeInto.setCellFactory(l -> actorCell(""));
        mergeInto.setButtonCell(actorCell(""));
        message.setId("actors-message");
        message.setWrapText(true);
        message.setMaxWidth(340);

        Button apply = new Button("Apply Changes");
        apply.setId("actor-apply");
        apply.setOnAction(e -> applyChanges());
        name.setOnAction(e -> applyChanges());
        Button newActor = new Button("New Actor");
        newActor.setId("actor-new");
        newActor.setOnAction(e -> newActor());
        Button merge = new Button("Merge");
        merge.setId("actor-merge");
        merge.setTooltip(new Tooltip("Replace this actor by the chosen one in every event, attribution and affiliation"));
        merge.setOnAction(e -> merge());
        Button delete = new Button("Delete Actor");
        delete.setId("actor-delete");
        delete.setOnAction(e -> delete());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Kind"), kind);
        form.addRow(2, new Label("Belongs to"), affiliation);
        form.addRow(3, new Label("Role"), role);
        form.addRow(4, new Label("About"), description);
        Label mergeHeading = new Label("Same party as another actor?");
        mergeHeading.getStyleClass().add("section-heading");
        HBox mergeRow = new HBox(6, mergeInto, merge);
        mergeRow.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(10, form, new HBox(8, apply, delete), mergeHeading,
                new Label("Merge it into:"), mergeRow, message);
        side.setPadding(new Insets(0, 0, 0, 12));
        side.setMinWidth(340);
        VBox left = new VBox(8, table, newActor);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox content = new HBox(left, side);
        HBox.setHgrow(left, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        model.loadedProperty().addListener(follow);
        dialog.setOnHidden(e -> model.loadedProperty().removeListener(follow));
        refresh();
    }

    public void show() {
        dialog.show();
    }

    /** Selects an actor in the list (for tests and for "show in Actors"). */
    public void select(String actorId) {
        for (Actor a : table.getItems()) {
            if (a.id().equals(actorId)) {
                table.getSelectionModel().select(a);
                table.scrollTo(a);
            }
        }
    }

    private Dataset dataset() {
        return model.getDataset();
    }

    private void refresh() {
        Dataset dataset = dataset();
        Actor selected = table.getSelectionModel().getSelectedItem();
        List<Actor> actors = dataset == null ? List.of() : dataset.actors();
        table.getItems().setAll(actors);
        if (selected != null) {
            Actor now = dataset == null ? null : dataset.actor(selected.id());
            if (now != null) {
                table.getSelectionModel().select(now);
            }
        }
        table.refresh();
        show(table.getSelectionModel().getSelectedItem());
    }

    private void show(Actor actor) {
        boolean has = actor != null;
        for (javafx.scene.Node n : List.of(name, kind, affiliation, role, description, mergeInto)) {
            n.setDisable(!has);
        }
        name.setText(has ? actor.name() : "");
        kind.setValue(has ? actor.kind() : null);
        List<Actor> others = new ArrayList<>();
        if (has) {
            for (Actor a : dataset().actors()) {
                if (!a.id().equals(actor.id())) {
                    others.add(a);
                }
            }
        }
        List<Actor> choices = new ArrayList<>(others);
        choices.add(0, null);
        affiliation.getItems().setAll(choices);
        affiliation.setValue(has && actor.affiliationId() != null ? dataset().actor(actor.affiliationId()) : null);
        role.setText(has && actor.role() != null ? actor.role() : "");
        description.setText(has && actor.description() != null ? actor.description() : "");
        mergeInto.getItems().setAll(others);
        mergeInto.setValue(null);
    }

    private void applyChanges() {
        Actor actor = table.getSelectionModel().getSelectedItem();
        if (actor == null) {
            return;
        }
        Actor belongs = affiliation.getValue();
        Actor changed = new Actor(actor.id(), name.getText() == null ? "" : name.getText().strip(),
                kind.getValue() == null ? actor.kind() : kind.getValue(), belongs == null ? null : belongs.id(),
                DatasetRules.blankToNull(role.getText()), DatasetRules.blankToNull(description.getText()));
        if (changed.equals(actor)) {
            say("Nothing changed.", false);
            return;
        }
        if (apply(new ChangeActor(actor, changed))) {
            say(Objects.equals(actor.name(), changed.name()) ? "Changed." : "Renamed in every event that names it.", false);
        }
    }

    private void newActor() {
        Dataset dataset = dataset();
        if (dataset == null) {
            return;
        }
        String id = EventIds.unique("New actor", "actor", i -> dataset.actor(i) != null);
        Actor actor = new Actor(id, "New actor", ActorKind.STATE, null, null, null);
        if (apply(new NewActor(actor))) {
            select(id);
            name.requestFocus();
            name.selectAll();
            say("Give it a name, then Apply Changes.", false);
        }
    }

    private void merge() {
        Actor from = table.getSelectionModel().getSelectedItem();
        Actor into = mergeInto.getValue();
        if (from == null || into == null) {
            say("Choose the actor to merge it into.", true);
            return;
        }
        if (apply(new MergeActors(from, into))) {
            select(into.id());
            say("“" + from.name() + "” is now “" + into.name() + "” everywhere.", false);
        }
    }

    private void delete() {
        Actor actor = table.getSelectionModel().getSelectedItem();
        if (actor != null && apply(new DeleteActor(actor))) {
            say("Deleted “" + actor.name() + "”.", false);
        }
    }

    private boolean apply(Edit edit) {
        try {
            model.apply(edit);
            return true;
        } catch (EditException e) {
            say(String.join("\n", e.problems()), true);
            return false;
        }
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().removeAll("field-error", "muted");
        message.getStyleClass().add(problem ? "field-error" : "muted");
    }

    private String nameOf(String actorId) {
        if (actorId == null) {
            return "";
        }
        Actor a = dataset() == null ? null : dataset().actor(actorId);
        return a == null ? actorId : a.name();
    }

    private int eventCount(Actor actor) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return 0;
        }
        int a = loaded.index().indexOf(actor);
        return a < 0 ? 0 : loaded.index().eventsOf(a).length;
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

    private static ListCell<Actor> actorCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Actor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : item.name());
            }
        };
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
