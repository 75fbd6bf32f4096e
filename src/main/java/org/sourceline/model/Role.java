package org.sourceline.model;

/** The part an actor plays in an event. */
public enum Role {
    /** acts (PLOVER's source) */
    SOURCE("source"),
    /** is acted upon (PLOVER's target) */
    TARGET("target"),
    /** takes part otherwise */
    PARTICIPANT("participant");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
