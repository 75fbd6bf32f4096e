package org.sourceline.model;

import java.util.Locale;

/**
 * How the source presents an event (after FactBank's veridicality, in plain words): as fact, as
 * a report, as a named party's claim, as an expert's assessment, or as a forecast or possibility.
 * Ordered from most to least certain.
 */
public enum CertaintyLevel {
    STATED("Stated", "the article states it as fact"),
    REPORTED("Reported", "reported (“reportedly”, “according to”)"),
    CLAIMED("Claimed", "claimed by a named party"),
    ASSESSED("Assessed", "an expert's or the article's assessment"),
    FORECAST("Forecast", "a forecast or possibility, not (yet) a fact");

    private static final CertaintyLevel[] LEVELS = values();

    private final String id;
    private final String label;
    private final String description;

    CertaintyLevel(String label, String description) {
        this.id = name().toLowerCase(Locale.ROOT);
        this.label = label;
        this.description = description;
    }

    /** The name used in dataset files, e.g. {@code "claimed"}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static CertaintyLevel fromId(String id) {
        for (CertaintyLevel level : LEVELS) {
            if (level.id().equals(id)) {
                return level;
            }
        }
        return null;
    }
}
