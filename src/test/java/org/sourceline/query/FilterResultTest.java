package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;

/** Filtering a small dataset written out in code: which events pass, and the counts each box shows. */
class FilterResultTest {
    private final Dataset dataset = SmallDatasets.shuttles();
    private final EventIndex index = EventIndex.of(dataset);
    private final FilterEngine engine = new FilterEngine(index);

    private List<String> shown(EventFilter filter) {
        List<String> ids = new ArrayList<>();
        for (int e : engine.apply(filter).visibleInTimeOrder()) {
            ids.add(index.event(e).id());
        }
        return ids;
    }

    @Test
    void withEveryEventShownTheVisibleOrderIsACopyOfTheTimeOrder() {
        int[] all = engine.apply(EventFilter.NONE).visibleInTimeOrder();
        assertThat(all).isEqualTo(index.timeOrder()).isNotSameAs(index.timeOrder());
        all[0] = -1;
        assertThat(index.timeOrder()[0]).isNotNegative();
        // Some events hidden: the others, in time order.
        int[] some = engine.apply(EventFilter.NONE.withActors(Set.of("nasa", "museum")).withActorMode(ActorMode.ALL)).visibleInTimeOrder();
        assertThat(some.length).isLessThan(index.size());
        for (int i = 1; i < some.length; i++) {
            assertThat(index.timeRank(some[i])).isGreaterThan(index.timeRank(some[i - 1]));
        }
    }

    @Test
    void anActorFilterKeepsEventsWhereTheActorOnlyTakesPart() {
        assertThat(shown(EventFilter.NONE.withActors(Set.of("schools")))).containsExactly("tiles");
        assertThat(shown(EventFilter.NONE.withActors(Set.of("nasa", "museum")).withActorMode(ActorMode.ALL)))
                .containsExactly("announce", "trainer");
    }

    @Test
    void openSpansOverlapEveryRangeOnTheirOpenSide() {
        assertThat(shown(EventFilter.NONE.withRange(Days.of(1990, 1, 1), Days.of(1990, 12, 31))))
                .containsExactly("carrier");
        assertThat(shown(EventFilter.NONE.withRange(Days.of(2030, 1, 1), Days.of(2030, 1, 1))))
                .containsExactly("trainer");
    }

    @Test
    void countsSayWhatEachBoxWouldShowGivenTheOtherFilters() {
        FilterResult result = engine.apply(EventFilter.NONE.withTypes(EnumSet.of(EventType.AID)));
        assertThat(result.visibleCount()).isEqualTo(2);
        assertThat(result.totalCount()).isEqualTo(5);
        assertThat(result.typeCount(EventType.AGREE.ordinal())).isEqualTo(1);
        assertThat(result.certaintyCount(CertaintyLevel.FORECAST.ordinal())).isEqualTo(1);
        assertThat(result.actorCount(index.indexOf(SmallDatasets.NASA))).isEqualTo(2);
    }

    @Test
    void anEmptySetMatchesNothing() {
        assertThat(shown(EventFilter.NONE.withCertainties(EnumSet.noneOf(CertaintyLevel.class)))).isEmpty();
    }
}
