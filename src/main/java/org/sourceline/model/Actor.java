package org.sourceline.model;

import java.util.Objects;

/**
 * Someone or something that acts or is acted upon: a state, a person, an organization or a group.
 *
 * @param id            stable identifier used by events, e.g. {@code "patrushev"}
 * @param name          display name
 * @param kind          state, person, organization or group
 * @param affiliationId id of the actor this one belongs to (Patrushev → Russia), or null
 * @param role          position or title as the source gives it, or null
 * @param description   a short note on who this is, or null
 */
public record Actor(String id, String name, ActorKind kind, String affiliationId, String role, String description) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return name;
    }
}
