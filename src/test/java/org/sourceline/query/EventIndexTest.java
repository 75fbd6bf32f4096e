package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;

/** The flat index agrees with the dataset: bounds, roles, actors' events, and time order. */
class EventIndexTest {
    private final Dataset dataset = SmallDatasets.shuttles();
    private final EventIndex index = EventIndex.of(dataset);

    private List<String> inTimeOrder() {
        List<String> ids = new ArrayList<>();
        for (int e : index.timeOrder()) {
            ids.add(index.event(e).id());
        }
        return ids;
    }

    @Test
    void eventsAreInTimeOrderOpenStartsFirstTiesByLatestThenFileOrder() {
        assertThat(inTimeOrder()).containsExactly("carrier", "tiles", "complaint", "announce", "trainer");
        for (int r = 0; r < index.size(); r++) {
            assertThat(index.timeRank(index.timeOrder()[r])).isEqualTo(r);
        }
    }

    @Test
    void boundsAndPositionsMatchTheDataset() {
        int trainer = index.indexOf(dataset.event("trainer"));
        assertThat(index.event(trainer).id()).isEqualTo("trainer");
        assertThat(index.earliest(trainer)).isEqualTo(Days.of(2011, 4, 13));
        assertThat(index.latest(trainer)).isEqualTo(Days.OPEN_END);
        assertThat(index.indexOf(SmallDatasets.SCHOOLS)).isEqualTo(3);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.actorCount()).isEqualTo(4);
    }

    @Test
    void eachActorListsTheEventsItIsInWhateverItsRole() {
        int nasa = index.indexOf(SmallDatasets.NASA);
        List<String> ids = new ArrayList<>();
        for (int e : index.eventsOf(nasa)) {
            ids.add(index.event(e).id());
        }
        assertThat(ids).containsExactly("complaint", "announce", "trainer", "carrier", "tiles");
        int schools = index.indexOf(SmallDatasets.SCHOOLS);
        assertThat(index.eventsOf(schools)).containsExactly(index.indexOf(dataset.event("tiles")));
    }

    @Test
    void anEventsActorsAreFlatSourcesThenTargetsThenParticipants() {
        int tiles = index.indexOf(dataset.event("tiles"));
        List<Integer> actors = new ArrayList<>();
        for (int i = index.actorStart(tiles); i < index.actorEnd(tiles); i++) {
            actors.add(index.actorAt(i));
        }
        assertThat(actors).containsExactly(index.indexOf(SmallDatasets.SCHOOLS), index.indexOf(SmallDatasets.NASA));
    }

    @Test
    void totalsSayTheKnownDaysAndTheEventsOfEachTypeAsOnePassOverTheEventsWould() {
        for (Dataset d : List.of(dataset, new org.sourceline.data.DatasetReader()
                .readResource(org.sourceline.data.DatasetReader.BUNDLED).dataset())) {
            EventIndex of = EventIndex.of(d);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            int[] byType = new int[org.sourceline.model.EventType.values().length];
            for (int e = 0; e < of.size(); e++) {
                byType[of.event(e).type().ordinal()]++;
                for (long day : new long[] {of.earliest(e), of.latest(e)}) {
                    if (!org.sourceline.model.Days.isOpen(day)) {
                        min = Math.min(min, day);
                        max = Math.max(max, day);
                    }
                }
            }
            EventIndex.Totals totals = of.totals();
            assertThat(totals.earliestKnownDay()).isEqualTo(min);
            assertThat(totals.latestKnownDay()).isEqualTo(max);
            assertThat(totals.byType()).isEqualTo(byType);
            assertThat(totals.hasKnownDays()).isTrue();
            assertThat(of.totals()).isSameAs(totals);
            int most = 0;
            boolean disputed = false;
            for (int e = 0; e < of.size(); e++) {
                most = Math.max(most, of.sourceCount(e));
                disputed |= of.isDisputed(e);
            }
            assertThat(totals.mostSources()).isEqualTo(most);
            assertThat(totals.anyDisputed()).isEqualTo(disputed);
        }
        Dataset none = new Dataset(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(), List.of(),
                dataset.eras());
        assertThat(EventIndex.of(none).totals().hasKnownDays()).isFalse();
    }

    @Test
    void anAxisWithoutDatedEventsShowsTheYearsAroundTheArticlesPublication() {
        org.sourceline.model.TimeSpan published = SmallDatasets.days("2023-10-05", Days.of(2023, 10, 5), Days.of(2023, 10, 5));
        Dataset dated = new Dataset("New", null, org.sourceline.TestDatasets.article("Port strike", "Times", published),
                List.of(), List.of());
        EventIndex empty = EventIndex.of(dated);
        assertThat(empty.emptyDomainStart()).isEqualTo(Days.of(2022, 1, 1));
        assertThat(empty.emptyDomainEnd()).isEqualTo(Days.of(2024, 1, 1));

        Dataset undated = new Dataset("New", null, org.sourceline.TestDatasets.article("Port strike", "Times", null),
                List.of(), List.of());
        EventIndex none = EventIndex.of(undated);
        assertThat(none.emptyDomainStart()).isEqualTo(Days.of(2000, 1, 1));
        assertThat(none.emptyDomainEnd()).isEqualTo(Days.of(2030, 1, 1));
    }
}
