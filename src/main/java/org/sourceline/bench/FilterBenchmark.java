package org.sourceline.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Actor;
import org.sourceline.model.Days;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;

/**
 * One filter change as the filter panel makes it, applied by {@link FilterEngine} to every
 * event: unchecking (then checking again) the busiest actor, or moving the date range. Each
 * run applies a different filter than the run before, so nothing is served from a cache.
 */
final class FilterBenchmark implements Benchmark {
    /** What the user changes. */
    enum Change {
        TOGGLE_ACTOR("toggle one actor"),
        DATE_RANGE("change the date range"),
        /**
         * A source filter changed (a hundred articles checked, two outlets with at least two
         * sources, disputed only) while type, date and actor filters stay on: every facet's
         * counts, the source facet's too, are computed with the other filters applied.
         */
        SOURCES("change the source filters with type, date and actor filters on");

        final String label;

        Change(String label) {
            this.label = label;
        }
    }

    private final BenchData data;
    private final int events;
    private final Change change;
    private FilterEngine engine;
    private EventFilter[] filters;
    private int run;
    private FilterResult last;
    private final CpuClock cpu = new CpuClock();

    FilterBenchmark(BenchData data, int events, Change change) {
        this.data = data;
        this.events = events;
        this.change = change;
    }

    @Override
    public String group() {
        return "filter";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "%s, %,d events", change.label, events)
                + (change == Change.SOURCES ? String.format(Locale.ROOT, ", %,d articles", BenchData.manyArticlesFor(events)) : "");
    }

    @Override
    public double targetMillis() {
        return events >= 1_000_000 ? 50 : Double.NaN;
    }

    @Override
    public int warmups() {
        return 10;
    }

    @Override
    public int iterations() {
        return 21;
    }

    @Override
    public void setUp() throws Exception {
        EventIndex index = EventIndex.of(new DatasetReader().load(change == Change.SOURCES
                ? data.dataset(events, BenchData.manyArticlesFor(events)) : data.dataset(events)));
        engine = new FilterEngine(index);
        filters = switch (change) {
            case TOGGLE_ACTOR -> {
                Set<String> all = new HashSet<>();
                for (Actor actor : index.dataset().actors()) {
                    all.add(actor.id());
                }
                Set<String> allButOne = new HashSet<>(all);
                allButOne.remove(busiestActor(index).id());
                yield new EventFilter[] {EventFilter.NONE.withActors(allButOne), EventFilter.NONE.withActors(all)};
            }
            case DATE_RANGE -> new EventFilter[] {
                EventFilter.NONE.withRange(Days.of(1990, 1, 1), Days.of(1999, 12, 31)),
                EventFilter.NONE.withRange(Days.of(1985, 6, 1), Days.of(2005, 5, 31))};
            case SOURCES -> sourceFilters(index);
        };
    }

    private static EventFilter[] sourceFilters(EventIndex index) {
        Set<String> allActors = new HashSet<>();
        for (Actor actor : index.dataset().actors()) {
            allActors.add(actor.id());
        }
        allActors.remove(busiestActor(index).id());
        EventFilter others = EventFilter.NONE.withActors(allActors)
                .withTypes(java.util.EnumSet.range(org.sourceline.model.EventType.AGREE, org.sourceline.model.EventType.THREATEN))
                .withRange(Days.of(1980, 1, 1), Days.of(2020, 12, 31));
        Set<String> someArticles = new HashSet<>();
        Set<String> otherArticles = new HashSet<>();
        for (int a = 0; a < index.articleCount(); a++) {
            if (a % 10 == 0) {
                someArticles.add(index.article(a).id());
            } else if (a % 10 == 5) {
                otherArticles.add(index.article(a).id());
            }
        }
        Set<String> twoOutlets = Set.of(index.outlet(0), index.outlet(Math.min(1, index.outletCount() - 1)));
        return new EventFilter[] {
            others.withArticles(someArticles),
            others.withOutlets(twoOutlets).withMinSources(2),
            others.withArticles(otherArticles).withDisputedOnly(true)};
    }

    private static Actor busiestActor(EventIndex index) {
        int best = 0;
        for (int a = 1; a < index.actorCount(); a++) {
            if (index.eventsOf(a).length > index.eventsOf(best).length) {
                best = a;
            }
        }
        return index.actor(best);
    }

    @Override
    public void run() {
        long start = CpuClock.currentThread();
        last = engine.apply(filters[run++ % filters.length]);
        cpu.add(CpuClock.currentThread() - start);
    }

    @Override
    public void tearDown() {
        engine = null;
        last = null;
    }

    @Override
    public String remark() {
        return last == null ? "" : String.format(Locale.ROOT, "FilterEngine.apply; CPU time median %s; last showed %,d of %,d",
                cpu.median(warmups()), last.visibleCount(), last.totalCount());
    }
}
