package org.sourceline.model;

import java.util.Locale;

/** What sort of agent an actor is. Written in datasets in lower case. */
public enum ActorKind {
    STATE, PERSON, ORGANIZATION, GROUP;

    /** The name used in dataset files, e.g. {@code "state"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a dataset name such as {@code "person"}; returns null when unknown. */
    public static ActorKind fromId(String id) {
        for (ActorKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
