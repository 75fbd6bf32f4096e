package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;

class FilterEngineTest {
    private static Dataset dataset;
    private static EventIndex index;
    private static FilterEngine engine;

    @BeforeAll
    static void setUp() {
        dataset = DatasetReader.loadBundled();
        index = EventIndex.of(dataset);
        engine = new FilterEngine(index);
    }

    private static List<String> ids(FilterResult result) {
        List<String> ids = new ArrayList<>();
        for (int e : result.visibleInTimeOrder()) {
            ids.add(index.event(e).id());
        }
        return ids;
    }

    @Test
    void noFilterShowsEverythingInTimeOrder() {
        FilterResult r = engine.apply(EventFilter.NONE);
        assertThat(r.visibleCount()).isEqualTo(dataset.events().size());
        List<String> ids = ids(r);
        // Open starts come first, open-ended futures last.
        assertThat(ids.get(0)).isIn("partnership-of-convenience", "ambivalent-ties-before-2022", "sanctions-deter-investment");
        assertThat(ids.get(ids.size() - 1)).isIn("war-could-be-prolonged", "us-allies-endangered", "su35-s400-for-iran",
                "iran-pushes-for-deals");
    }

    @Test
    void anyOfTheCheckedActors() {
        FilterResult r = engine.apply(EventFilter.NONE.withActors(Set.of("ukraine", "patrushev")));
        for (int e = 0; e < index.size(); e++) {
            Event event = index.event(e);
            boolean expected = event.involves(dataset.actor("ukraine")) || event.involves(dataset.actor("patrushev"));
            assertThat(r.isVisible(e)).as(event.id()).isEqualTo(expected);
        }
        assertThat(ids(r)).contains("patrushev-visits-iran", "drones-on-display", "war-could-be-prolonged");
    }

    @Test
    void allOfTheCheckedActors() {
        FilterResult r = engine.apply(EventFilter.NONE.withActors(Set.of("iran", "ukraine")).withActorMode(ActorMode.ALL));
        assertThat(ids(r)).containsExactlyInAnyOrder("drones-on-display", "war-could-be-prolonged");
    }

    @Test
    void noCheckedActorShowsNothing() {
        assertThat(engine.apply(EventFilter.NONE.withActors(Set.of())).visibleCount()).isZero();
    }

    @Test
    void fuzzySpansOverlappingEitherEdgeAreKept() {
        // The drone deal spans autumn 2022 (22 Sep – 20 Dec): a range starting in December keeps it,
        // and so does one ending on its first day.
        long dec = Days.of(2022, 12, 15);
        FilterResult lateEdge = engine.apply(EventFilter.NONE.withRange(dec, Days.of(2022, 12, 31)));
        assertThat(ids(lateEdge)).contains("drone-deal").doesNotContain("drones-on-display");
        FilterResult earlyEdge = engine.apply(EventFilter.NONE.withRange(Days.of(2022, 9, 1), Days.of(2022, 9, 22)));
        assertThat(ids(earlyEdge)).contains("drone-deal");
        FilterResult before = engine.apply(EventFilter.NONE.withRange(Days.of(2022, 9, 1), Days.of(2022, 9, 21)));
        assertThat(ids(before)).doesNotContain("drone-deal");
    }

    @Test
    void openEndedSpansReachAnyRange() {
        // "for decades" has no start: any range in the past still overlaps it.
        FilterResult past = engine.apply(EventFilter.NONE.withRange(Days.of(1950, 1, 1), Days.of(1960, 1, 1)));
        assertThat(ids(past)).containsExactlyInAnyOrder("partnership-of-convenience", "ambivalent-ties-before-2022",
                "sanctions-deter-investment");
        // Possible futures have no end.
        FilterResult future = engine.apply(EventFilter.NONE.withRange(Days.of(2030, 1, 1), Days.OPEN_END));
        assertThat(ids(future)).containsExactlyInAnyOrder("war-could-be-prolonged", "us-allies-endangered",
                "su35-s400-for-iran", "iran-pushes-for-deals");
    }

    @Test
    void textIsCaseAndAccentInsensitive() {
        assertThat(ids(engine.apply(EventFilter.NONE.withText("ZELENSKY")))).contains("drones-on-display");
        assertThat(ids(engine.apply(EventFilter.NONE.withText("zélénsky")))).contains("drones-on-display");
        // Matches the quote ("kamikaze" is only in the article's words) and actor names.
        assertThat(ids(engine.apply(EventFilter.NONE.withText("Kamikaze")))).containsExactly("drones-on-display");
        assertThat(ids(engine.apply(EventFilter.NONE.withText("patrushev")))).containsExactly("patrushev-visits-iran");
        // Curly apostrophes in the article match a typed straight one.
        assertThat(ids(engine.apply(EventFilter.NONE.withText("Russia's S-400")))).containsExactly("su35-s400-for-iran");
    }

    @Test
    void typeAndCertainty() {
        FilterResult r = engine.apply(EventFilter.NONE.withTypes(EnumSet.of(EventType.AID))
                .withCertainties(EnumSet.of(CertaintyLevel.FORECAST)));
        assertThat(ids(r)).containsExactly("su35-s400-for-iran");
    }

    @Test
    void facetCountsApplyTheOtherFilters() {
        FilterResult r = engine.apply(EventFilter.NONE.withTypes(EnumSet.of(EventType.AID)));
        int iran = index.indexOf(dataset.actor("iran"));
        int aidWithIran = (int) dataset.events().stream()
                .filter(e -> e.type() == EventType.AID && e.involves(dataset.actor("iran"))).count();
        assertThat(r.actorCount(iran)).isEqualTo(aidWithIran);
        // Type counts ignore the type filter itself: checking ASSAULT would add its events.
        assertThat(r.typeCount(EventType.ASSAULT.ordinal())).isEqualTo(1);
        long forecasts = dataset.events().stream().filter(e -> e.type() == EventType.AID
                && e.certainty().level() == CertaintyLevel.FORECAST).count();
        assertThat(r.certaintyCount(CertaintyLevel.FORECAST.ordinal())).isEqualTo((int) forecasts);
    }

    @Test
    void describesActiveFilters() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("iran")).withText("drone");
        assertThat(f.activeCount()).isEqualTo(2);
        assertThat(f.describe(id -> dataset.actor(id).name())).isEqualTo("Actors (any): Iran · Text: “drone”");
        assertThat(EventFilter.NONE.describe(id -> id)).isEqualTo("No filters");
    }
}
