package org.sourceline.edit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;

/**
 * Merges one actor into another, for the same party entered twice ("Russian military" and
 * "Russian armed forces"): every role, attribution and affiliation naming the first names the
 * second, and the first is gone. "Merge “A” into “B”".
 */
public final class MergeActors implements Edit {
    private final String fromId;
    private final String intoId;
    private final String name;

    public MergeActors(Actor from, Actor into) {
        this.fromId = from.id();
        this.intoId = into.id();
        this.name = "Merge " + Versions.quoted(from.name()) + " into " + Versions.quoted(into.name());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        if (fromId.equals(intoId)) {
            throw new EditException("an actor cannot be merged into itself");
        }
        Actor from = Versions.requireActor(dataset, fromId);
        Actor into = Versions.requireActor(dataset, intoId);
        Map<Actor, Actor> replacement = new IdentityHashMap<>();
        replacement.put(from, into);
        List<Actor> actors = new ArrayList<>(dataset.actors().size());
        for (Actor a : dataset.actors()) {
            if (a == from) {
                continue;
            }
            if (Objects.equals(a.affiliationId(), fromId)) {
                // Affiliated with the merged actor: now with the one it joined (or with none, if that is itself).
                String affiliation = a.id().equals(intoId) ? null : intoId;
                Actor follows = new Actor(a.id(), a.name(), a.kind(), affiliation, a.role(), a.description());
                replacement.put(a, follows);
                if (a == into) {
                    replacement.put(from, follows);
                }
                actors.add(follows);
            } else {
                actors.add(a);
            }
        }
        return ActorRewrite.apply(dataset, actors, replacement, null);
    }
}
