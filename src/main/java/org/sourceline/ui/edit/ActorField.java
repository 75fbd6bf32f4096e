package org.sourceline.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.sourceline.model.Actor;
import org.sourceline.ui.LazyTooltips;

/**
 * The actors of one role (or the speakers of an event), as removable chips, and a field to add
 * one: type a few letters, pick from the names offered, or press Enter; a name that matches no
 * actor offers "Create actor “…”", which opens the inline form to make it.
 */
final class ActorField extends FlowPane {
    /** What the completion list offers: an actor, or making a new one of the typed name. */
    record Choice(Actor actor, String newName) {
        @Override
        public String toString() {
            return actor != null ? label(actor) : "Create actor “" + newName + "”…";
        }
    }

    private final TextField input = new TextField();
    private final List<Actor> shown = new ArrayList<>();
    /** Chips made lately, by actor: stepping between events shows the same few actors again and again. */
    private final java.util.Map<Actor, HBox> chips = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Actor, HBox> eldest) {
            return size() > CHIPS_KEPT;
        }
    };
    private static final int CHIPS_KEPT = 48;
    private final Supplier<Collection<Actor>> candidates;
    private final Consumer<Actor> onAdd;
    private final Consumer<Actor> onRemove;
    private final Consumer<String> onCreate;

    /**
     * @param prompt     what the empty field says, e.g. "add who acts"
     * @param candidates the actors one may choose from
     * @param onCreate   asked to make a new actor of the typed name
     */
    ActorField(String id, String prompt, Supplier<Collection<Actor>> candidates, Consumer<Actor> onAdd,
               Consumer<Actor> onRemove, Consumer<String> onCreate) {
        super(4, 4);
        this.candidates = candidates;
        this.onAdd = onAdd;
        this.onRemove = onRemove;
        this.onCreate = onCreate;
        setId(id);
        getStyleClass().add("actor-field");
        input.setId(id + "-input");
        input.setPromptText(prompt);
        input.setPrefColumnCount(17);
        AutoCompletionBinding<Choice> completion = TextFields.bindAutoCompletion(input, request -> suggest(request.getUserText()),
                new StringConverter<>() {
                    @Override
                    public String toString(Choice choice) {
                        return choice == null ? "" : choice.toString();
                    }

                    @Override
                    public Choice fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(8);
        completion.setOnAutoCompleted(e -> Platform.runLater(() -> choose(e.getCompletion())));
        input.setOnAction(e -> enter());
        rebuild();
    }

    /** The actors shown as chips. */
    void show(List<Actor> actors) {
        if (shown.equals(actors)) {
            // Undo, redo and most edits show the same actors again: the chips stay as they are.
            return;
        }
        shown.clear();
        shown.addAll(actors);
        rebuild();
    }

    TextField input() {
        return input;
    }

    private void rebuild() {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (Actor actor : shown) {
            nodes.add(chips.computeIfAbsent(actor, this::chip));
        }
        nodes.add(input);
        getChildren().setAll(nodes);
    }

    private HBox chip(Actor actor) {
        Label name = new Label(actor.name());
        name.setMnemonicParsing(false);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setFocusTraversable(false);
        LazyTooltips.install(remove, "Remove " + actor.name());
        remove.setOnAction(e -> onRemove.accept(actor));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("actor-chip");
        chip.setId("chip-" + actor.id());
        LazyTooltips.install(chip, label(actor));
        return chip;
    }

    static String label(Actor actor) {
        StringBuilder sb = new StringBuilder(actor.name());
        sb.append(" (").append(actor.kind().id());
        if (actor.role() != null) {
            sb.append(", ").append(actor.role());
        }
        return sb.append(')').toString();
    }

    private List<Choice> suggest(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Choice> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        boolean exact = false;
        for (Actor actor : candidates.get()) {
            String name = actor.name().toLowerCase(Locale.ROOT);
            if (name.contains(t) || actor.id().contains(t)) {
                out.add(new Choice(actor, null));
                exact |= name.equals(t);
            }
        }
        out.sort((a, b) -> Boolean.compare(!a.actor().name().toLowerCase(Locale.ROOT).startsWith(t),
                !b.actor().name().toLowerCase(Locale.ROOT).startsWith(t)));
        if (!exact) {
            out.add(new Choice(null, typed.strip()));
        }
        return out;
    }

    /** Enter: the actor of that name (or the only one that matches), else making a new one. */
    private void enter() {
        String typed = input.getText() == null ? "" : input.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        List<Choice> choices = suggest(typed);
        Choice pick = null;
        for (Choice c : choices) {
            if (c.actor() != null && c.actor().name().equalsIgnoreCase(typed)) {
                pick = c;
            }
        }
        long actors = choices.stream().filter(c -> c.actor() != null).count();
        if (pick == null && actors == 1) {
            pick = choices.get(0);
        }
        choose(pick != null ? pick : new Choice(null, typed));
    }

    private void choose(Choice choice) {
        if (choice == null) {
            return;
        }
        input.clear();
        if (choice.actor() != null) {
            onAdd.accept(choice.actor());
        } else {
            onCreate.accept(choice.newName());
        }
    }
}
