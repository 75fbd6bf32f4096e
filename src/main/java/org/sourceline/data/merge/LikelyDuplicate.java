package org.sourceline.data.merge;

import java.util.Locale;
import org.sourceline.model.Event;

/**
 * Two events of different datasets that may tell the same thing ({@link DuplicateScore}); the user
 * decides whether they become one event (the union of their evidence) or stay two.
 *
 * @param number      the pair's position in {@link MergePlan#duplicates()}, from 0
 * @param firstInput  the dataset the first event is from
 * @param first       the first event, as it was in its dataset
 * @param firstId     the id the first event has in the merge
 * @param secondInput the dataset the second, later event is from
 * @param second      the second event, as it was in its dataset
 * @param secondId    the id the second event has in the merge (renamed when its id was taken)
 * @param score       how alike they are
 */
public record LikelyDuplicate(int number, String firstInput, Event first, String firstId, String secondInput, Event second,
                              String secondId, DuplicateScore.Parts score) {
    /**
     * {@code a.json "drone-deal" ~ b.json "drone-sale" (score 0.78: same type AGREE, 2 shared actors,
     * titles 48% alike, times 100% fit)}; "a quote in common" instead of the titles when they share one.
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s \"%s\" ~ %s \"%s\" (score %.2f: same type %s, %d shared %s, %s, times %.0f%% fit)",
                firstInput, first.id(), secondInput, second.id(), score.total(), first.type().id(), score.sharedActors(),
                score.sharedActors() == 1 ? "actor" : "actors", score.sharedQuote() ? "a quote in common"
                        : String.format(Locale.ROOT, "titles %.0f%% alike", score.title() * 100), score.time() * 100);
    }
}
