package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;

/** Adds an actor at the end of the list. "New Actor “Iran”". */
public final class NewActor implements Edit {
    private final Actor actor;

    public NewActor(Actor actor) {
        this.actor = actor;
    }

    @Override
    public String name() {
        return "New Actor " + Versions.quoted(actor.name());
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        List<String> errors = ActorCheck.errors(actor, dataset.actors(), -1);
        if (!errors.isEmpty()) {
            throw new EditException(errors);
        }
        List<Actor> actors = new ArrayList<>(dataset.actors());
        actors.add(actor);
        DatasetDiff diff = new DatasetDiff(new int[0], new int[0], new int[0], new int[] {actors.size() - 1}, false, false);
        return new Applied(Versions.with(dataset, dataset.articles(), actors, dataset.events()), diff, null);
    }
}
