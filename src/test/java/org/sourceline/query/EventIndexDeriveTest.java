package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.RandomEdits;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;

/** An index derived from its predecessor's after any edit, undo or redo is the index built from scratch. */
public class EventIndexDeriveTest {
    /** Checks two indexes of the same dataset agree in every figure (also used by the reader's tests). */
    public static void assertSameIndex(EventIndex derived, EventIndex built, String what) {
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

    /**
     * The filter result the engine of each new version works out from the last version's (the
     * events the edit removed taken away, those it inserted added) is the one a fresh pass gives,
     * for filters on every facet.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void resultsUpdatedAfterAnEditEqualFreshOnes(int which) {
        Dataset start = which % 2 == 0 ? TestDatasets.threeArticles() : TestDatasets.random(300, 12, which);
        EventIndex index = EventIndex.of(start);
        EventFilter filter = switch (which) {
            case 0 -> EventFilter.NONE;
            case 1 -> EventFilter.NONE.withActors(java.util.Set.of("a1", "a2")).withActorMode(ActorMode.ALL);
            case 2 -> EventFilter.NONE.withMinSources(2).withText("a");
            case 3 -> EventFilter.NONE.withActors(java.util.Set.of("a3", "a5", "a7"))
                    .withTypes(java.util.Set.of(org.sourceline.model.EventType.AGREE, org.sourceline.model.EventType.CONSULT));
            case 4 -> EventFilter.NONE.withDisputedOnly(true).withArticles(java.util.Set.of(index.article(0).id()));
            default -> EventFilter.NONE.withRange(index.earliest(index.timeOrder()[index.size() / 3]),
                    index.latest(index.timeOrder()[2 * index.size() / 3]));
        };
        RandomEdits walk = new RandomEdits(start, which + 100);
        FilterEngine engine = new FilterEngine(index);
        engine.apply(filter);
        for (int i = 0; i < 60; i++) {
            RandomEdits.Step step = walk.next();
            EventIndex derived = index.derive(step.after(), step.diff());
            FilterEngine next = engine.derive(derived, step.diff());
            assertSameResult(next.apply(filter), new FilterEngine(EventIndex.of(step.after())).apply(filter),
                    "step " + i + ": " + step.what());
            engine = next;
            index = derived;
        }
    }

    static void assertSameResult(FilterResult got, FilterResult fresh, String what) {
        EventIndex index = fresh.index();
        assertThat(got.visibleBits()).as(what).isEqualTo(fresh.visibleBits());
        assertThat(got.visibleCount()).as(what).isEqualTo(fresh.visibleCount());
        for (int a = 0; a < index.actorCount(); a++) {
            assertThat(got.actorCount(a)).as(what + ", actor " + a).isEqualTo(fresh.actorCount(a));
        }
        for (int t = 0; t < org.sourceline.model.EventType.values().length; t++) {
            assertThat(got.typeCount(t)).as(what).isEqualTo(fresh.typeCount(t));
        }
        for (int c = 0; c < org.sourceline.model.CertaintyLevel.values().length; c++) {
            assertThat(got.certaintyCount(c)).as(what).isEqualTo(fresh.certaintyCount(c));
        }
        for (int a = 0; a < index.articleCount(); a++) {
            assertThat(got.articleCount(a)).as(what).isEqualTo(fresh.articleCount(a));
        }
        for (int o = 0; o < index.outletCount(); o++) {
            assertThat(got.outletCount(o)).as(what).isEqualTo(fresh.outletCount(o));
        }
        for (int n = 0; n <= FilterResult.SOURCE_COUNT_CAP; n++) {
            assertThat(got.atLeastSourcesCount(n)).as(what).isEqualTo(fresh.atLeastSourcesCount(n));
        }
        assertThat(got.disputedCount()).as(what).isEqualTo(fresh.disputedCount());
    }

    /**
     * An index derived by removals only (an undo of New Event) shares its predecessor's map of
     * events to keys: each index still finds exactly its own events, and a later edit that puts
     * the removed event back (a redo) finds it at its new position, the older indexes unchanged.
     */
    @org.junit.jupiter.api.Test
    void indexesSharingTheirMapAfterARemovalEachFindTheirOwnEvents() {
        Dataset full = TestDatasets.random(200, 8, 11);
        java.util.List<org.sourceline.model.Event> events = full.events();
        Dataset without = new Dataset(full.title(), full.description(), full.articles(), full.actors(),
                events.subList(0, events.size() - 1), full.eras());
        org.sourceline.model.Event last = events.get(events.size() - 1);
        org.sourceline.model.Event middle = events.get(80);
        org.sourceline.model.DatasetDiff removeLast = new org.sourceline.model.DatasetDiff(new int[] {events.size() - 1},
                new int[0], new int[0], new int[0], false, false);
        EventIndex before = EventIndex.of(full);
        EventIndex undone = before.derive(without, removeLast);
        assertSameIndex(undone, EventIndex.of(without), "after the removal");
        assertThat(undone.indexOf(last)).isEqualTo(-1);
        assertThat(undone.positionOf(last.id())).isEqualTo(-1);
        assertThat(before.indexOf(last)).isEqualTo(events.size() - 1);
        // A second removal (of an event in the middle) from the index that shares its map.
        java.util.List<org.sourceline.model.Event> fewer = new java.util.ArrayList<>(without.events());
        fewer.remove(80);
        Dataset smaller = new Dataset(full.title(), full.description(), full.articles(), full.actors(), fewer, full.eras());
        EventIndex twice = undone.derive(smaller, new org.sourceline.model.DatasetDiff(new int[] {80}, new int[0],
                new int[0], new int[0], false, false));
        assertSameIndex(twice, EventIndex.of(smaller), "after a second removal");
        assertThat(twice.indexOf(middle)).isEqualTo(-1);
        assertThat(undone.indexOf(middle)).isEqualTo(80);
        // The removed event put back (the redo), from the index that shares the map.
        EventIndex redone = undone.derive(full, removeLast.inverse());
        assertSameIndex(redone, EventIndex.of(full), "after the redo");
        assertThat(undone.indexOf(last)).isEqualTo(-1);
        assertSameIndex(before, EventIndex.of(full), "the first index, unchanged");
        assertSameIndex(undone, EventIndex.of(without), "the undone index, unchanged");
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
