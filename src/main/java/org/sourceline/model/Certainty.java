package org.sourceline.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How certain the source is of an event, and whose words it rests on (PROV-O's
 * {@code wasAttributedTo}).
 *
 * @param level        stated, reported, claimed, assessed or forecast
 * @param attributedTo the speakers, empty when the article speaks in its own voice
 * @param note         a remark on the attribution, or null
 */
public record Certainty(CertaintyLevel level, List<Actor> attributedTo, String note) {
    public Certainty {
        Objects.requireNonNull(level, "level");
        attributedTo = List.copyOf(attributedTo);
    }

    public static Certainty of(CertaintyLevel level) {
        return new Certainty(level, List.of(), null);
    }

    /** Plain words for the UI, e.g. "Claimed by Volodymyr Zelensky" or "Stated". */
    public String describe() {
        if (attributedTo.isEmpty()) {
            return level.label();
        }
        String who = attributedTo.stream().map(Actor::name).collect(Collectors.joining(", "));
        return switch (level) {
            case STATED -> "Stated by " + who;
            case REPORTED -> "Reported by " + who;
            case CLAIMED -> "Claimed by " + who;
            case ASSESSED -> "Assessment: " + who;
            case FORECAST -> "Forecast: " + who;
        };
    }
}
