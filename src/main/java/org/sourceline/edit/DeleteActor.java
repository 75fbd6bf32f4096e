package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;

/**
 * Deletes an actor that nothing names. One still in use is refused, saying which events (and
 * actors, by affiliation) name it, so the person can change them or merge the actor instead.
 * "Delete Actor “…”".
 */
public final class DeleteActor implements Edit {
    private final String actorId;
    private final String actorName;

    public DeleteActor(Actor actor) {
        this.actorId = actor.id();
        this.actorName = actor.name();
    }

    @Override
    public String name() {
        return "Delete Actor " + Versions.quoted(actorName);
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        Actor actor = Versions.requireActor(dataset, actorId);
        String refusal = usage(dataset, actor);
        if (refusal != null) {
            throw new EditException(refusal);
        }
        int at = Versions.actorPosition(dataset, actorId);
        List<Actor> actors = new ArrayList<>(dataset.actors());
        actors.remove(at);
        DatasetDiff diff = new DatasetDiff(new int[0], new int[0], new int[] {at}, new int[0], false, false);
        return new Applied(Versions.with(dataset, dataset.articles(), actors, dataset.events()), diff, null);
    }

    /**
     * Why the actor cannot be deleted ("actor “Iran” is used by 17 events: “…”, “…”, “…” and 14
     * more"), or null when nothing names it.
     */
    public static String usage(Dataset dataset, Actor actor) {
        List<Event> users = new ArrayList<>();
        int count = 0;
        for (Event e : dataset.events()) {
            if (e.involves(actor) || e.certainty().attributedTo().contains(actor)) {
                count++;
                if (users.size() < 3) {
                    users.add(e);
                }
            }
        }
        List<String> affiliates = new ArrayList<>();
        for (Actor a : dataset.actors()) {
            if (Objects.equals(a.affiliationId(), actor.id())) {
                affiliates.add(Versions.quoted(a.name()));
            }
        }
        if (count == 0 && affiliates.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("actor " + Versions.quoted(actor.name()) + " is ");
        if (count > 0) {
            sb.append("used by ").append(count).append(count == 1 ? " event: " : " events: ");
            for (int i = 0; i < users.size(); i++) {
                sb.append(i == 0 ? "" : i == users.size() - 1 && count == users.size() ? " and " : ", ")
                        .append(Versions.quoted(users.get(i).title()));
            }
            if (count > users.size()) {
                sb.append(" and ").append(count - users.size()).append(" more");
            }
        }
        if (!affiliates.isEmpty()) {
            sb.append(count > 0 ? ", and is " : "").append("the affiliation of ").append(String.join(", ", affiliates));
        }
        return sb.append(": change those first, or merge the actor into another").toString();
    }
}
