package org.sourceline.model;

import java.util.Locale;

/**
 * What kind of happening an event is: a small vocabulary borrowed from PLOVER (the successor of
 * CAMEO), where {@code source} actors act on {@code target} actors.
 */
public enum EventType {
    AGREE("Agree", "agree to, sign or clinch a deal"),
    CONSULT("Consult", "talks, meetings and visits"),
    SUPPORT("Support", "verbal or political support"),
    COOPERATE("Cooperate", "partnership and cooperation"),
    AID("Aid", "material help: arms, training, money, goods"),
    DEMAND("Demand", "ask or push for something"),
    DISAPPROVE("Disapprove", "criticise, condemn"),
    REJECT("Reject", "refuse, turn down"),
    THREATEN("Threaten", "threats, endangering"),
    PROTEST("Protest", "demonstrations and protests"),
    SANCTION("Sanction", "sanctions, embargoes, cut ties"),
    MOBILIZE("Mobilize", "mobilise or deploy forces"),
    COERCE("Coerce", "seize, arrest, expel"),
    ASSAULT("Assault", "one-sided violence: strikes, attacks"),
    FIGHT("Fight", "armed clashes between forces"),
    OTHER("Other", "not classified");

    private final String label;
    private final String description;

    EventType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name used in dataset files, e.g. {@code "AGREE"}. */
    public String id() {
        return name();
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Parses a dataset name (case-insensitive); returns null when unknown. */
    public static EventType fromId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
