package org.sourceline.text;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;

/**
 * How the article presents an event and on whose word, in one line: "Claimed by Volodymyr
 * Zelensky, President of Ukraine", "Assessment: Anna Borshchevskaya, Washington Institute for
 * Near East Policy", "Stated by the article". A person is placed by the organization they belong
 * to when there is one, otherwise by their role, otherwise by the state they belong to; groups
 * and institutions speak for themselves. Nothing is added that the dataset does not say.
 */
public final class Attribution {
    private Attribution() {
    }

    /** The badge line for a certainty; affiliations are looked up in the dataset. */
    public static String describe(Certainty certainty, Dataset dataset) {
        List<String> speakers = new ArrayList<>();
        for (Actor actor : certainty.attributedTo()) {
            speakers.add(speaker(actor, dataset));
        }
        CertaintyLevel level = certainty.level();
        if (speakers.isEmpty()) {
            return switch (level) {
                case STATED -> "Stated by the article";
                case REPORTED -> "Reported by the article (source not named)";
                case CLAIMED -> "Claimed (claimant not named)";
                case ASSESSED -> "Assessment: the article’s own";
                case FORECAST -> "Forecast: the article’s own";
            };
        }
        String who = join(speakers);
        return switch (level) {
            case STATED -> "Stated by " + who;
            case REPORTED -> "Reported by " + who;
            case CLAIMED -> "Claimed by " + who;
            case ASSESSED -> "Assessment: " + who;
            case FORECAST -> "Forecast: " + who;
        };
    }

    /** "Anna Borshchevskaya, Washington Institute for Near East Policy"; "U.S. officials". */
    public static String speaker(Actor actor, Dataset dataset) {
        String place = placeOf(actor, dataset);
        return place == null ? actor.name() : actor.name() + ", " + place;
    }

    private static String placeOf(Actor actor, Dataset dataset) {
        Actor affiliation = actor.affiliationId() == null || dataset == null ? null : dataset.actor(actor.affiliationId());
        if (actor.kind() != ActorKind.PERSON) {
            return actor.role();
        }
        if (affiliation != null && affiliation.kind() == ActorKind.ORGANIZATION) {
            return affiliation.name();
        }
        if (actor.role() != null) {
            return actor.role();
        }
        return affiliation == null ? null : affiliation.name();
    }

    /** "A and B"; "A, B and C"; with "; " when a speaker's own words hold a comma. */
    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean commas = parts.stream().anyMatch(p -> p.contains(","));
        if (commas) {
            return String.join("; ", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
