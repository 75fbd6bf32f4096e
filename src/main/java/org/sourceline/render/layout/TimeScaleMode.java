package org.sourceline.render.layout;

import java.util.Locale;

/** How time is laid along the timeline's axis. */
public enum TimeScaleMode {
    /** Equal time, equal width: the calendar as it is. */
    LINEAR("Linear", "equal time takes equal width"),
    /** Every event its own equal slot in time order, dated on the axis: a crowded day reads like a list. */
    EVENTS("Events evenly spaced", "each event gets the same width, in time order"),
    /** Long empty stretches shrink to a marked break, so distant background and busy days share one view. */
    GAPS("Gaps shrunk", "long stretches without events shrink to a break (⫽)");

    private final String label;
    private final String description;

    TimeScaleMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name on the command line and in the settings: {@code linear}, {@code events}, {@code gaps}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The mode with this id (any case), or null. */
    public static TimeScaleMode fromId(String id) {
        for (TimeScaleMode mode : values()) {
            if (mode.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return mode;
            }
        }
        return null;
    }
}
