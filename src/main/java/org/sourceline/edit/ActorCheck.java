package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Actor;

/** Whether an actor may stand in an actor list, by {@code validate}'s rules and words. */
public final class ActorCheck {
    private ActorCheck() {
    }

    /**
     * What makes the actor invalid among {@code actors}; empty when it may stand there.
     *
     * @param ownPosition the position it takes the place of, or -1 for a new actor
     */
    public static List<String> errors(Actor actor, List<Actor> actors, int ownPosition) {
        List<String> errors = new ArrayList<>();
        if (actor.id().isBlank()) {
            errors.add(DatasetRules.emptyId("actor"));
        }
        if (actor.name().isBlank()) {
            errors.add(DatasetRules.emptyText("name"));
        }
        List<String> ids = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            if (i != ownPosition) {
                ids.add(actors.get(i).id());
            }
        }
        if (!actor.id().isBlank() && ids.contains(actor.id())) {
            errors.add(DatasetRules.duplicateActorId(actor.id()));
        }
        String affiliation = actor.affiliationId();
        if (affiliation != null) {
            if (affiliation.equals(actor.id())) {
                errors.add(DatasetRules.selfAffiliation(actor.id()));
            } else if (!ids.contains(affiliation)) {
                errors.add(DatasetRules.unknownAffiliation(actor.id(), affiliation, ids));
            }
        }
        return errors;
    }
}
