package org.sourceline.model;

import java.util.Locale;

/**
 * Whether a quote bears an event out or contradicts it: "Russia denied using Iranian drones"
 * disputes the event of Russia using them. Counting supporting articles and disputing quotes is
 * how analysts grade a claim (corroboration).
 */
public enum Stance {
    /** The quote says the event happened (the default). */
    SUPPORTS,
    /** The quote denies or contradicts the event. */
    DISPUTES;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The name used in dataset files, e.g. {@code "disputes"}. */
    public String id() {
        return id;
    }

    /** Parses a dataset name such as {@code "supports"}; returns null when unknown. */
    public static Stance fromId(String id) {
        for (Stance stance : values()) {
            if (stance.id.equals(id)) {
                return stance;
            }
        }
        return null;
    }
}
