package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.RandomEdits;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;

/** An index derived from its predecessor's after any edit, undo or redo is the index built from scratch. */
class EventIndexDeriveTest {
    static void assertSameIndex(EventIndex derived, EventIndex built, String what) {
        assertThat(derived.size()).as(what).isEqualTo(built.size());
        assertThat(derived.actorCount()).as(what).isEqualTo(built.actorCount());
        for (int e = 0; e < built.size(); e++) {
            assertThat(derived.event(e)).as(what).isSameAs(built.event(e));
            assertThat(derived.earliest(e)).isEqualTo(built.earliest(e));
            assertThat(derived.latest(e)).isEqualTo(built.latest(e));
            assertThat(derived.typeOrdinal(e)).isEqualTo(built.typeOrdinal(e));
            assertThat(derived.certaintyOrdinal(e)).isEqualTo(built.certaintyOrdinal(e));
            assertThat(derived.actorEnd(e) - derived.actorStart(e)).isEqualTo(built.actorEnd(e) - built.actorStart(e));
            for (int i = 0; i < built.actorEnd(e) - built.actorStart(e); i++) {
                assertThat(derived.actorAt(derived.actorStart(e) + i)).isEqualTo(built.actorAt(built.actorStart(e) + i));
            }
            assertThat(derived.indexOf(built.event(e))).as(what).isEqualTo(e);
            assertThat(derived.positionOf(built.event(e).id())).as(what).isEqualTo(e);
            assertThat(derived.timeRank(e)).isEqualTo(built.timeRank(e));
            assertThat(derived.sourceCount(e)).as(what).isEqualTo(built.sourceCount(e));
            assertThat(derived.isDisputed(e)).as(what).isEqualTo(built.isDisputed(e));
            assertThat(derived.articleEnd(e) - derived.articleStart(e)).as(what)
                    .isEqualTo(built.articleEnd(e) - built.articleStart(e));
            for (int i = 0; i < built.articleEnd(e) - built.articleStart(e); i++) {
                assertThat(derived.articleAt(derived.articleStart(e) + i)).isEqualTo(built.articleAt(built.articleStart(e) + i));
            }
            assertThat(derived.outletEnd(e) - derived.outletStart(e)).as(what)
                    .isEqualTo(built.outletEnd(e) - built.outletStart(e));
            for (int i = 0; i < built.outletEnd(e) - built.outletStart(e); i++) {
                assertThat(derived.outletAt(derived.outletStart(e) + i)).isEqualTo(built.outletAt(built.outletStart(e) + i));
            }
        }
        for (int a = 0; a < built.articleCount(); a++) {
            assertThat(derived.eventsCiting(a)).as(what).isEqualTo(built.eventsCiting(a));
        }
        for (int a = 0; a < built.actorCount(); a++) {
            assertThat(derived.actor(a)).isSameAs(built.actor(a));
            assertThat(derived.indexOf(built.actor(a))).isEqualTo(a);
            assertThat(derived.eventsOf(a)).as(what).isEqualTo(built.eventsOf(a));
        }
        assertThat(derived.timeOrder()).as(what).isEqualTo(built.timeOrder());
        // The totals, carried over from the old index's where the edit allows it, are the built ones.
        EventIndex.Totals totals = derived.totals();
        assertThat(totals.earliestKnownDay()).as(what).isEqualTo(built.totals().earliestKnownDay());
        assertThat(totals.latestKnownDay()).as(what).isEqualTo(built.totals().latestKnownDay());
        assertThat(totals.byType()).as(what).isEqualTo(built.totals().byType());
        assertThat(totals.mostSources()).as(what).isEqualTo(built.totals().mostSources());
        assertThat(totals.anyDisputed()).as(what).isEqualTo(built.totals().anyDisputed());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void derivedIndexesEqualBuiltOnes(long seed) {
        walk(TestDatasets.random(300, 12, seed), seed);
    }

    /** Several articles, events told by some and disputed by others: the source columns follow every edit too. */
    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void derivedSourceColumnsEqualBuiltOnes(long seed) {
        walk(TestDatasets.threeArticles(), seed);
    }

    private static void walk(Dataset start, long seed) {
        RandomEdits walk = new RandomEdits(start, seed);
        EventIndex index = EventIndex.of(start);
        index.positionOf("e1");
        index.totals();
        EventFilter search = EventFilter.NONE.withText("new");
        FilterEngine engine = new FilterEngine(index);
        engine.apply(search);
        for (int i = 0; i < 60; i++) {
            RandomEdits.Step step = walk.next();
            assertThat(index.dataset()).isSameAs(step.before());
            EventIndex derived = index.derive(step.after(), step.diff());
            assertSameIndex(derived, EventIndex.of(step.after()), "step " + i + ": " + step.what());
            for (int r : step.diff().removedEvents()) {
                assertThat(derived.indexOf(step.before().events().get(r))).isEqualTo(-1);
            }
            // The text search carried over from the last version finds what a fresh one finds.
            FilterEngine next = engine.derive(derived, step.diff());
            assertThat(next.apply(search).visibleBits()).as("step " + i)
                    .isEqualTo(new FilterEngine(EventIndex.of(step.after())).apply(search).visibleBits());
            engine = next;
            index = derived;
        }
    }
}
