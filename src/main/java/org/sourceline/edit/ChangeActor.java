package org.sourceline.edit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;

/**
 * Changes an actor (name, kind, affiliation, role, description, even its id): every event that
 * names it follows, and so do actors affiliated with it when its id changes. "Rename Actor “A”
 * to “B”" or "Change Actor “A”".
 */
public final class ChangeActor implements Edit {
    private final String actorId;
    private final Actor changed;
    private final String name;

    public ChangeActor(Actor current, Actor changed) {
        this.actorId = current.id();
        this.changed = changed;
        this.name = current.name().equals(changed.name()) ? "Change Actor " + Versions.quoted(current.name())
                : "Rename Actor " + Versions.quoted(current.name()) + " to " + Versions.quoted(changed.name());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        Actor current = Versions.requireActor(dataset, actorId);
        if (current.equals(changed)) {
            throw new EditException("nothing to change: the actor is already like this");
        }
        int at = Versions.actorPosition(dataset, actorId);
        List<String> errors = ActorCheck.errors(changed, dataset.actors(), at);
        if (!errors.isEmpty()) {
            throw new EditException(errors);
        }
        List<Actor> actors = new ArrayList<>(dataset.actors());
        Map<Actor, Actor> replacement = new IdentityHashMap<>();
        actors.set(at, changed);
        replacement.put(current, changed);
        if (!changed.id().equals(actorId)) {
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                if (Objects.equals(a.affiliationId(), actorId)) {
                    Actor follows = new Actor(a.id(), a.name(), a.kind(), changed.id(), a.role(), a.description());
                    actors.set(i, follows);
                    replacement.put(a, follows);
                }
            }
        }
        return ActorRewrite.apply(dataset, actors, replacement, null);
    }
}
