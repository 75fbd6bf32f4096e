package org.sourceline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.data.TextFiles;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;

/** The source filters: by article, by outlet, at least N supporting sources, disputed only, and their counts. */
class SourceFilterTest {
    private static Dataset dataset;
    private static EventIndex index;
    private static FilterEngine engine;

    @BeforeAll
    static void setUp() throws IOException {
        dataset = TestDatasets.threeArticles();
        index = EventIndex.of(dataset);
        engine = new FilterEngine(index);
    }

    private static Set<String> ids(FilterResult result) {
        Set<String> ids = new HashSet<>();
        for (int e : result.visibleInTimeOrder()) {
            ids.add(index.event(e).id());
        }
        return ids;
    }

    @Test
    void theIndexKnowsWhichArticlesEachEventQuotesAndHowManySupportIt() {
        int meeting = index.indexOf(dataset.event("meeting"));
        List<String> cited = new ArrayList<>();
        for (int i = index.articleStart(meeting); i < index.articleEnd(meeting); i++) {
            cited.add(index.article(index.articleAt(i)).id());
        }
        assertThat(cited).containsExactly("wire", "paper");
        for (int e = 0; e < index.size(); e++) {
            assertThat(index.sourceCount(e)).as(index.event(e).id()).isEqualTo(index.event(e).sourceCount());
            assertThat(index.isDisputed(e)).as(index.event(e).id()).isEqualTo(index.event(e).isDisputed());
        }
        assertThat(index.eventsCiting(index.indexOfArticle("paper"))).isEqualTo(3);
        assertThat(index.outletCount()).isEqualTo(3);
        assertThat(index.outlet(index.outletOf(index.indexOfArticle("blog")))).isEmpty();
    }

    @Test
    void byArticleKeepsEventsQuotingItEitherWay() {
        assertThat(ids(engine.apply(EventFilter.NONE.withArticles(Set.of("paper")))))
                .containsExactlyInAnyOrder("meeting", "strike", "rumour");
        assertThat(ids(engine.apply(EventFilter.NONE.withArticles(Set.of("blog", "wire")))))
                .containsExactlyInAnyOrder("meeting", "deal", "strike");
        assertThat(engine.apply(EventFilter.NONE.withArticles(Set.of())).visibleCount()).isZero();
    }

    @Test
    void byOutletIncludingAnUnknownOne() {
        assertThat(ids(engine.apply(EventFilter.NONE.withOutlets(Set.of("Wire")))))
                .containsExactlyInAnyOrder("meeting", "deal", "strike");
        assertThat(ids(engine.apply(EventFilter.NONE.withOutlets(Set.of(EventFilter.outletKey(null))))))
                .containsExactly("strike");
    }

    @Test
    void atLeastNSourcesCountsSupportingArticlesOnly() {
        assertThat(ids(engine.apply(EventFilter.NONE.withMinSources(2)))).containsExactlyInAnyOrder("meeting", "strike");
        // A disputing quote is no source: the rumour has none, like the event without quotes.
        assertThat(ids(engine.apply(EventFilter.NONE.withMinSources(1))))
                .containsExactlyInAnyOrder("meeting", "deal", "strike");
        assertThat(engine.apply(EventFilter.NONE.withMinSources(3)).visibleCount()).isZero();
        assertThatThrownBy(() -> EventFilter.NONE.withMinSources(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disputedOnly() {
        assertThat(ids(engine.apply(EventFilter.NONE.withDisputedOnly(true))))
                .containsExactlyInAnyOrder("meeting", "strike", "rumour");
        assertThat(ids(engine.apply(EventFilter.NONE.withDisputedOnly(true).withMinSources(2).withOutlets(Set.of("Wire")))))
                .containsExactlyInAnyOrder("meeting", "strike");
    }

    @Test
    void sourceCountsApplyEveryOtherFilter() {
        FilterResult r = engine.apply(EventFilter.NONE.withArticles(Set.of("wire")).withDisputedOnly(true));
        assertThat(ids(r)).containsExactlyInAnyOrder("meeting", "strike");
        // Article counts ignore the article filter but keep "disputed only": paper has meeting, strike, rumour.
        assertThat(r.articleCount(index.indexOfArticle("paper"))).isEqualTo(3);
        assertThat(r.articleCount(index.indexOfArticle("blog"))).isEqualTo(1);
        // Outlet counts keep the article filter: only events quoting wire, all of which Wire's outlet has.
        assertThat(r.outletCount(index.indexOfOutlet("Wire"))).isEqualTo(2);
        assertThat(r.outletCount(index.indexOfOutlet("Paper"))).isEqualTo(2);
        // The disputed count ignores "disputed only": of wire's three events two are disputed.
        assertThat(r.disputedCount()).isEqualTo(2);
        // Least-sources counts: wire's disputed events both have two sources.
        assertThat(r.atLeastSourcesCount(2)).isEqualTo(2);
        assertThat(r.atLeastSourcesCount(3)).isZero();
        assertThat(r.mostSources()).isEqualTo(2);
        // Other facets now apply the source filters too.
        assertThat(r.typeCount(EventType.AGREE.ordinal())).isZero();
        assertThat(r.typeCount(EventType.ASSAULT.ordinal())).isEqualTo(1);
    }

    @Test
    void describesAndCountsTheSourceFilters() {
        EventFilter f = EventFilter.NONE.withArticles(Set.of("wire")).withOutlets(Set.of("", "Paper")).withMinSources(2)
                .withDisputedOnly(true);
        assertThat(f.activeCount()).isEqualTo(4);
        assertThat(f.describe(id -> id)).isEqualTo(
                "Articles: wire · Outlets: outlet unknown, Paper · At least 2 sources · Disputed only");
        assertThat(EventFilter.NONE.withSourcesOf(f)).isEqualTo(f);
        assertThat(new EventFilter(null, ActorMode.ANY, null, null, Days.OPEN_START, Days.OPEN_END, null))
                .isEqualTo(EventFilter.NONE);
    }

    @Test
    void textSearchLooksInEachQuotesOwnArticle() {
        // "locals" is only in the blog's words, "source said" only in the paper's.
        assertThat(ids(engine.apply(EventFilter.NONE.withText("locals")))).containsExactly("strike");
        assertThat(ids(engine.apply(EventFilter.NONE.withText("source said")))).containsExactly("meeting");
    }

    /**
     * Random filters over a generated dataset of many articles: the engine's visible events and
     * every facet count agree with a plain reading of the filter over the model.
     */
    @Test
    void agreesWithAPlainReadingOfTheFilterOnRandomFilters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticDatasetGenerator(1500, 40, 11).articles(9).write(out);
        Dataset big = new DatasetReader().read(new ByteArrayInputStream(out.toByteArray()), "gen.json", TextFiles.none())
                .dataset();
        EventIndex bigIndex = EventIndex.of(big);
        FilterEngine bigEngine = new FilterEngine(bigIndex);
        Random random = new Random(5);
        for (int round = 0; round < 60; round++) {
            EventFilter filter = randomFilter(big, random);
            FilterResult result = bigEngine.apply(filter);
            Plain plain = new Plain(big, filter);
            for (int e = 0; e < bigIndex.size(); e++) {
                assertThat(result.isVisible(e)).as("round %d event %d", round, e).isEqualTo(plain.passes(bigIndex.event(e)));
            }
            for (int a = 0; a < bigIndex.articleCount(); a++) {
                Article article = bigIndex.article(a);
                long expected = big.events().stream().filter(ev -> plain.passesAllBut(ev, "article") && ev.cites(article.id()))
                        .count();
                assertThat(result.articleCount(a)).as("round %d article %s", round, article.id()).isEqualTo((int) expected);
            }
            for (int o = 0; o < bigIndex.outletCount(); o++) {
                String outlet = bigIndex.outlet(o);
                long expected = big.events().stream().filter(ev -> plain.passesAllBut(ev, "outlet")
                        && plain.outletsOf(ev).contains(outlet)).count();
                assertThat(result.outletCount(o)).as("round %d outlet %s", round, outlet).isEqualTo((int) expected);
            }
            for (int least = 0; least <= 3; least++) {
                int n = least;
                long expected = big.events().stream().filter(ev -> plain.passesAllBut(ev, "sources") && ev.sourceCount() >= n)
                        .count();
                assertThat(result.atLeastSourcesCount(least)).isEqualTo((int) expected);
            }
            long disputed = big.events().stream().filter(ev -> plain.passesAllBut(ev, "disputed") && ev.isDisputed()).count();
            assertThat(result.disputedCount()).isEqualTo((int) disputed);
            for (EventType type : EventType.values()) {
                long expected = big.events().stream().filter(ev -> plain.passesAllBut(ev, "type") && ev.type() == type).count();
                assertThat(result.typeCount(type.ordinal())).isEqualTo((int) expected);
            }
        }
    }

    private static EventFilter randomFilter(Dataset d, Random random) {
        EventFilter f = EventFilter.NONE;
        if (random.nextInt(3) == 0) {
            Set<String> articles = new HashSet<>();
            d.articles().forEach(a -> {
                if (random.nextInt(3) == 0) {
                    articles.add(a.id());
                }
            });
            f = f.withArticles(articles);
        }
        if (random.nextInt(3) == 0) {
            Set<String> outlets = new HashSet<>();
            d.articles().forEach(a -> {
                if (random.nextInt(2) == 0) {
                    outlets.add(EventFilter.outletKey(a.outlet()));
                }
            });
            f = f.withOutlets(outlets);
        }
        if (random.nextInt(3) == 0) {
            f = f.withMinSources(random.nextInt(4));
        }
        if (random.nextInt(4) == 0) {
            f = f.withDisputedOnly(true);
        }
        if (random.nextInt(3) == 0) {
            f = f.withTypes(EnumSet.of(EventType.values()[random.nextInt(EventType.values().length)],
                    EventType.values()[random.nextInt(EventType.values().length)]));
        }
        if (random.nextInt(4) == 0) {
            f = f.withCertainties(EnumSet.of(CertaintyLevel.values()[random.nextInt(CertaintyLevel.values().length)]));
        }
        if (random.nextInt(4) == 0) {
            f = f.withActors(Set.of(d.actors().get(random.nextInt(d.actors().size())).id()));
        }
        return f;
    }

    /** The filter read word for word, one event at a time, from the model's own methods. */
    private record Plain(Dataset dataset, EventFilter filter) {
        boolean passes(Event e) {
            return passesAllBut(e, "");
        }

        Set<String> outletsOf(Event e) {
            Set<String> outlets = new HashSet<>();
            for (Evidence quote : e.evidence()) {
                outlets.add(EventFilter.outletKey(dataset.articleOf(quote).outlet()));
            }
            return outlets;
        }

        boolean passesAllBut(Event e, String facet) {
            if (!facet.equals("actor") && filter.actors() != null
                    && e.actors().stream().map(Actor::id).noneMatch(filter.actors()::contains)) {
                return false;
            }
            if (!facet.equals("type") && filter.types() != null && !filter.types().contains(e.type())) {
                return false;
            }
            if (filter.certainties() != null && !filter.certainties().contains(e.certainty().level())) {
                return false;
            }
            if (!facet.equals("article") && filter.articles() != null
                    && filter.articles().stream().noneMatch(e::cites)) {
                return false;
            }
            if (!facet.equals("outlet") && filter.outlets() != null
                    && outletsOf(e).stream().noneMatch(filter.outlets()::contains)) {
                return false;
            }
            if (!facet.equals("sources") && e.sourceCount() < filter.minSources()) {
                return false;
            }
            return facet.equals("disputed") || !filter.disputedOnly() || e.isDisputed();
        }
    }
}
