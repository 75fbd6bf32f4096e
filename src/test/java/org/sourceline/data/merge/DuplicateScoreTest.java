package org.sourceline.data.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/** The likely-duplicate score: its gates, its parts, and where the threshold falls on real titles. */
class DuplicateScoreTest {
    private static final Actor RUSSIA = new Actor("russia", "Russia", ActorKind.STATE, null, null, null);
    private static final Actor IRAN = new Actor("iran", "Iran", ActorKind.STATE, null, null, null);
    private static final Actor UKRAINE = new Actor("ukraine", "Ukraine", ActorKind.STATE, null, null, null);

    private static Event event(String title, EventType type, long first, long last, List<Actor> sources, List<Actor> targets) {
        TimeSpan time = new TimeSpan("x", null, first, last, Qualifier.EXACT, Qualifier.EXACT, null);
        return new Event(title.toLowerCase().replace(' ', '-'), title, null, time, type, null, null, sources, targets,
                List.of(), Certainty.of(CertaintyLevel.STATED), List.of());
    }

    private static final long AUTUMN_START = Days.of(2022, 9, 22);
    private static final long AUTUMN_END = Days.of(2022, 12, 20);

    @Test
    void paraphrasesOfOneEventAreLikelyDuplicates() {
        Event a = event("Russia clinches a deal for hundreds of Iranian drones", EventType.AGREE, AUTUMN_START, AUTUMN_END,
                List.of(RUSSIA), List.of(IRAN));
        Event b = event("Russia agrees to buy hundreds of drones from Iran", EventType.AGREE, Days.of(2022, 10, 1),
                Days.of(2022, 12, 31), List.of(RUSSIA), List.of(IRAN));
        DuplicateScore.Parts parts = DuplicateScore.compare(a, b);
        assertThat(parts.isLikelyDuplicate()).as("%s", parts).isTrue();
        assertThat(parts.actors()).isEqualTo(1.0);
        assertThat(parts.sharedActors()).isEqualTo(2);
        // October 1 – December 20 of the shorter span (81 of 90 days).
        assertThat(parts.time()).isCloseTo(81.0 / 90, within(1e-9));

        // The same words with a day inside a vaguer span, and an actor more on one side.
        Event c = event("Russia clinches deal for Iranian drones", EventType.AGREE, Days.of(2022, 11, 5), Days.of(2022, 11, 5),
                List.of(RUSSIA), List.of(IRAN, UKRAINE));
        assertThat(DuplicateScore.compare(a, c).isLikelyDuplicate()).isTrue();
        assertThat(DuplicateScore.compare(a, c).time()).isEqualTo(1.0);
    }

    @Test
    void theSameActorsDoingSomethingElseAreNot() {
        Event drones = event("Iranian-made drones reach Russia", EventType.AID, AUTUMN_START, AUTUMN_END, List.of(IRAN),
                List.of(RUSSIA));
        Event support = event("Iran provides more military support to Russia", EventType.AID, AUTUMN_START, AUTUMN_END,
                List.of(IRAN), List.of(RUSSIA));
        DuplicateScore.Parts parts = DuplicateScore.compare(drones, support);
        // Actors and time fit fully (0.40), but the titles' own words have nothing in common.
        assertThat(parts.total()).isLessThan(DuplicateScore.THRESHOLD);
        assertThat(parts.title()).isLessThan(0.1);
    }

    @Test
    void typeTimeAndASharedActorAreRequired() {
        Event a = event("Russia clinches a deal for Iranian drones", EventType.AGREE, AUTUMN_START, AUTUMN_END,
                List.of(RUSSIA), List.of(IRAN));
        assertThat(DuplicateScore.compare(a, event(a.title(), EventType.AID, AUTUMN_START, AUTUMN_END, List.of(RUSSIA),
                List.of(IRAN)))).as("another type").isNull();
        assertThat(DuplicateScore.compare(a, event(a.title(), EventType.AGREE, Days.of(2023, 1, 1), Days.of(2023, 2, 1),
                List.of(RUSSIA), List.of(IRAN)))).as("another time").isNull();
        assertThat(DuplicateScore.compare(a, event(a.title(), EventType.AGREE, AUTUMN_START, AUTUMN_END, List.of(UKRAINE),
                List.of()))).as("no shared actor").isNull();
        assertThat(DuplicateScore.compare(a, a).total()).isEqualTo(1.0);
    }

    @Test
    void openSpansFitWhereTheyOverlap() {
        assertThat(DuplicateScore.timeFit(Days.OPEN_START, Days.of(2021, 12, 31), Days.of(2021, 6, 1), Days.of(2021, 6, 1)))
                .isEqualTo(1.0);
        assertThat(DuplicateScore.timeFit(Days.OPEN_START, Days.of(2021, 12, 31), Days.OPEN_START, Days.of(2020, 1, 1)))
                .isEqualTo(1.0);
        assertThat(DuplicateScore.timeFit(Days.of(2023, 1, 1), Days.OPEN_END, Days.of(2022, 1, 1), Days.of(2022, 12, 31)))
                .isZero();
        // Half of the shorter span overlaps.
        assertThat(DuplicateScore.timeFit(Days.of(2022, 1, 1), Days.of(2022, 1, 10), Days.of(2022, 1, 6), Days.of(2022, 3, 1)))
                .isEqualTo(0.5);
    }

    @Test
    void noTwoEventsOfTheBundledDatasetReachTheThreshold() {
        // Its events are all different happenings, many of the same actors at the same time: the
        // closest pair ("Moscow embraces Iran as a top partner" / "Decades-long partnership…") stays below.
        Dataset bundled = DatasetReader.loadBundled();
        double highest = 0;
        for (Event a : bundled.events()) {
            for (Event b : bundled.events()) {
                DuplicateScore.Parts parts = a == b ? null : DuplicateScore.compare(a, b);
                if (parts != null) {
                    highest = Math.max(highest, parts.total());
                }
            }
        }
        assertThat(highest).isPositive().isLessThan(DuplicateScore.THRESHOLD - 0.05);
    }
}
