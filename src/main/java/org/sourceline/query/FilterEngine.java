package org.sourceline.query;

import java.util.BitSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;

/**
 * Applies an {@link EventFilter} to an {@link EventIndex}. One linear pass over flat arrays;
 * the text search, the slow part, is cached for the last words searched so that toggling an
 * actor while a search is active does not search again.
 */
public final class FilterEngine {
    /** The facets, as bits: which of them turn an event away. */
    private static final int ACTOR = 1;
    private static final int TYPE = 1 << 1;
    private static final int CERTAINTY = 1 << 2;
    private static final int ARTICLE = 1 << 3;
    private static final int OUTLET = 1 << 4;
    private static final int SOURCE_COUNT = 1 << 5;
    private static final int DISPUTED = 1 << 6;

    private final EventIndex index;
    private String cachedText;
    private BitSet cachedTextMatches;
    /** The last result this engine made (kept so that the engine of the next version can update it). */
    private FilterResult lastResult;
    /** The text matches {@link #lastResult} was made with (null when its filter has no text). */
    private BitSet lastTextMatches;
    /**
     * The result of the version before, as its engine last made it, and what it takes to update
     * it: set by {@link #derive} when the edit kept actors and articles where they were.
     */
    private FilterResult previous;
    private BitSet previousTextMatches;
    private org.sourceline.model.DatasetDiff previousDiff;

    public FilterEngine(EventIndex index) {
        this.index = index;
    }

    /**
     * An engine for an edited version of this engine's dataset ({@code next} was derived from
     * this engine's index as {@code diff} says) that keeps the text search already made: only the
     * events the edit made are searched, so a search that stays active costs nothing per edit.
     */
    public synchronized FilterEngine derive(EventIndex next, org.sourceline.model.DatasetDiff diff) {
        FilterEngine engine = new FilterEngine(next);
        if (cachedText != null && !diff.actorsChanged()) {
            int[] newToOld = diff.newToOldEvents(index.size());
            BitSet matches = new BitSet(next.size());
            String needle = TextFolding.fold(cachedText);
            boolean[] actorNameMatches = engine.actorNameMatches(needle);
            for (int p = 0; p < newToOld.length; p++) {
                int o = newToOld[p];
                if (o >= 0 ? cachedTextMatches.get(o) : engine.eventMatches(p, needle, actorNameMatches)) {
                    matches.set(p);
                }
            }
            engine.cachedText = cachedText;
            engine.cachedTextMatches = matches;
        }
        if (lastResult != null && lastResult.index() == index && !diff.actorsChanged() && !diff.articlesChanged()
                && diff.keepsActorPositions(index.actorCount()) && next.actorCount() == index.actorCount()
                && next.articleCount() == index.articleCount() && next.outletCount() == index.outletCount()) {
            engine.previous = lastResult;
            engine.previousTextMatches = lastTextMatches;
            engine.previousDiff = diff;
        }
        return engine;
    }

    public EventIndex index() {
        return index;
    }

    public FilterResult apply(EventFilter filter) {
        return apply(filter, () -> false);
    }

    /**
     * Applies a filter; {@code cancelled} is polled during the text search. The filter the
     * version before was last shown with, on an engine {@link #derive derived} from that
     * version's, is worked out from that result: the events the edit removed are taken away and
     * those it inserted added, instead of a pass over every event.
     */
    public synchronized FilterResult apply(EventFilter filter, BooleanSupplier cancelled) {
        BitSet textMatches = filter.restrictsText() ? textMatches(filter.text(), cancelled) : null;
        FilterResult result = previous != null && previous.filter().equals(filter)
                && (textMatches == null) == (previousTextMatches == null)
                ? updated(filter, textMatches) : scan(filter, textMatches);
        // The version before is let go: it served the first filtering of this one, the one an edit makes.
        previous = null;
        previousTextMatches = null;
        previousDiff = null;
        lastResult = result;
        lastTextMatches = textMatches;
        return result;
    }

    /** The counts and visible events of a result being made. */
    private static final class Tally {
        final BitSet visible;
        int visibleCount;
        final int[] actorCounts;
        final int[] typeCounts;
        final int[] certaintyCounts;
        final int[] articleCounts;
        final int[] outletCounts;
        final int[] sourceCounts;
        int disputedCount;

        /** Nothing counted yet, for a pass over every event of {@code index}. */
        Tally(EventIndex index) {
            this.visible = new BitSet(index.size());
            actorCounts = new int[index.actorCount()];
            typeCounts = new int[EventType.values().length];
            certaintyCounts = new int[CertaintyLevel.values().length];
            articleCounts = new int[index.articleCount()];
            outletCounts = new int[index.outletCount()];
            sourceCounts = new int[FilterResult.SOURCE_COUNT_CAP + 1];
        }

        /** The counts of {@code from}, to be updated, and its visible events renumbered in {@code visible}. */
        Tally(FilterResult from, BitSet visible) {
            this.visible = visible;
            visibleCount = from.visibleCount();
            actorCounts = from.actorCountsCopy();
            typeCounts = from.typeCountsCopy();
            certaintyCounts = from.certaintyCountsCopy();
            articleCounts = from.articleCountsCopy();
            outletCounts = from.outletCountsCopy();
            sourceCounts = from.sourceCountsCopy();
            disputedCount = from.disputedCount();
        }

        FilterResult result(EventIndex index, EventFilter filter) {
            return new FilterResult(index, filter, visible, visibleCount, actorCounts, typeCounts, certaintyCounts,
                    articleCounts, outletCounts, sourceCounts, disputedCount);
        }
    }

    /** {@link #previous} brought up to this engine's version (see {@link #apply(EventFilter, BooleanSupplier)}). */
    private FilterResult updated(EventFilter filter, BitSet textMatches) {
        EventIndex old = previous.index();
        int[] newToOld = previousDiff.newToOldEvents(old.size());
        BitSet visible = new BitSet(index.size());
        BitSet was = previous.visibleBits();
        if (previousDiff.keepsEventPositions(old.size())) {
            visible.or(was);
            visible.clear(index.size(), Math.max(index.size(), old.size()));
        } else {
            for (int p = 0; p < newToOld.length; p++) {
                if (newToOld[p] >= 0 && was.get(newToOld[p])) {
                    visible.set(p);
                }
            }
        }
        Tally tally = new Tally(previous, visible);
        tally(old, filter, previousTextMatches, previousDiff.removedEvents(), tally, -1);
        int[] inserted = previousDiff.insertedEvents();
        for (int p : inserted) {
            visible.clear(p);
        }
        tally(index, filter, textMatches, inserted, tally, +1);
        return tally.result(index, filter);
    }

    /** A pass over every event. */
    private FilterResult scan(EventFilter filter, BitSet textMatches) {
        Tally tally = new Tally(index);
        tally(index, filter, textMatches, null, tally, +1);
        return tally.result(index, filter);
    }

    /**
     * The filter's rules, in one place: adds ({@code sign} +1) or takes away (-1) what each of
     * {@code events} (positions in {@code at}; null for every event) contributes to a result of
     * {@code filter}. An event outside the filter's time or text counts nowhere. Of the others,
     * one no facet turns away is shown (marked visible when added; a removed one is not in the
     * new numbering, so its bit is left) and counted in every facet; one that exactly one facet
     * turns away is counted in that facet only (what checking that box would add); one that two
     * or more turn away counts nowhere. A pass over every event ({@link #scan}) and the update
     * after an edit ({@link #updated}) both count here, so they cannot disagree; the columns and
     * counts are held in locals for the pass's sake (a million events in a few milliseconds).
     */
    private static void tally(EventIndex at, EventFilter filter, BitSet textMatches, int[] events, Tally tally,
                              int sign) {
        int actorCount = at.actorCount();
        boolean[] checkedActor = null;
        int checkedCount = 0;
        if (filter.restrictsActors()) {
            checkedActor = new boolean[actorCount];
            for (int a = 0; a < actorCount; a++) {
                if (filter.actors().contains(at.actor(a).id())) {
                    checkedActor[a] = true;
                    checkedCount++;
                }
            }
        }
        boolean[] typeOk = new boolean[EventType.values().length];
        for (EventType t : EventType.values()) {
            typeOk[t.ordinal()] = filter.types() == null || filter.types().contains(t);
        }
        boolean[] certaintyOk = new boolean[CertaintyLevel.values().length];
        for (CertaintyLevel c : CertaintyLevel.values()) {
            certaintyOk[c.ordinal()] = filter.certainties() == null || filter.certainties().contains(c);
        }
        boolean[] checkedArticle = null;
        if (filter.restrictsArticles()) {
            checkedArticle = new boolean[at.articleCount()];
            for (int a = 0; a < checkedArticle.length; a++) {
                checkedArticle[a] = filter.articles().contains(at.article(a).id());
            }
        }
        boolean[] checkedOutlet = null;
        if (filter.restrictsOutlets()) {
            checkedOutlet = new boolean[at.outletCount()];
            for (int o = 0; o < checkedOutlet.length; o++) {
                checkedOutlet[o] = filter.outlets().contains(at.outlet(o));
            }
        }
        int minSources = filter.minSources();
        boolean disputedOnly = filter.disputedOnly();
        long from = filter.from();
        long to = filter.to();
        boolean all = filter.actorMode() == ActorMode.ALL;

        BitSet visible = tally.visible;
        int visibleCount = 0;
        int disputedCount = 0;
        final int[] actorCounts = tally.actorCounts;
        final int[] typeCounts = tally.typeCounts;
        final int[] certaintyCounts = tally.certaintyCounts;
        final int[] articleCounts = tally.articleCounts;
        final int[] outletCounts = tally.outletCounts;
        final int[] sourceCounts = tally.sourceCounts;
        final long[] earliest = at.earliestColumn();
        final long[] latest = at.latestColumn();
        final byte[] types = at.typeColumn();
        final byte[] certainties = at.certaintyColumn();
        final int[] actorStart = at.actorStartColumn();
        final int[] eventActors = at.eventActorColumn();
        final int[] articleStart = at.articleStartColumn();
        final int[] eventArticles = at.eventArticleColumn();
        final int[] outletStart = at.outletStartColumn();
        final int[] eventOutlets = at.eventOutletColumn();
        final byte[] sourceFlags = at.sourceFlagColumn();
        int n = events == null ? at.size() : events.length;
        for (int k = 0; k < n; k++) {
            int e = events == null ? k : events[k];
            if (earliest[e] > to || latest[e] < from || textMatches != null && !textMatches.get(e)) {
                continue;
            }
            // Which facets turn the event away, as bits.
            int failed = 0;
            int start = actorStart[e];
            int end = actorStart[e + 1];
            if (checkedActor != null) {
                boolean actorOk;
                if (all) {
                    int hits = 0;
                    for (int i = start; i < end; i++) {
                        if (checkedActor[eventActors[i]]) {
                            hits++;
                        }
                    }
                    actorOk = hits == checkedCount;
                } else {
                    actorOk = false;
                    for (int i = start; i < end; i++) {
                        if (checkedActor[eventActors[i]]) {
                            actorOk = true;
                            break;
                        }
                    }
                }
                failed |= actorOk ? 0 : ACTOR;
            }
            int t = types[e];
            int c = certainties[e];
            failed |= typeOk[t] ? 0 : TYPE;
            failed |= certaintyOk[c] ? 0 : CERTAINTY;
            int firstArticle = articleStart[e];
            int endArticle = articleStart[e + 1];
            if (checkedArticle != null) {
                boolean articleOk = false;
                for (int i = firstArticle; i < endArticle; i++) {
                    if (checkedArticle[eventArticles[i]]) {
                        articleOk = true;
                        break;
                    }
                }
                failed |= articleOk ? 0 : ARTICLE;
            }
            int firstOutlet = outletStart[e];
            int endOutlet = outletStart[e + 1];
            if (checkedOutlet != null) {
                boolean outletOk = false;
                for (int i = firstOutlet; i < endOutlet; i++) {
                    if (checkedOutlet[eventOutlets[i]]) {
                        outletOk = true;
                        break;
                    }
                }
                failed |= outletOk ? 0 : OUTLET;
            }
            int flags = sourceFlags[e];
            int sources = flags & EventIndex.MAX_SOURCES;
            boolean disputed = (flags & EventIndex.DISPUTED_FLAG) != 0;
            failed |= sources >= minSources ? 0 : SOURCE_COUNT;
            failed |= disputed || !disputedOnly ? 0 : DISPUTED;
            if (failed == 0) {
                for (int i = start; i < end; i++) {
                    actorCounts[eventActors[i]] += sign;
                }
                typeCounts[t] += sign;
                certaintyCounts[c] += sign;
                for (int i = firstArticle; i < endArticle; i++) {
                    articleCounts[eventArticles[i]] += sign;
                }
                for (int i = firstOutlet; i < endOutlet; i++) {
                    outletCounts[eventOutlets[i]] += sign;
                }
                sourceCounts[sources] += sign;
                disputedCount += disputed ? sign : 0;
                visibleCount += sign;
                if (sign > 0) {
                    visible.set(e);
                }
                continue;
            }
            switch (failed) {
                case ACTOR -> {
                    for (int i = start; i < end; i++) {
                        actorCounts[eventActors[i]] += sign;
                    }
                }
                case TYPE -> typeCounts[t] += sign;
                case CERTAINTY -> certaintyCounts[c] += sign;
                case ARTICLE -> {
                    for (int i = firstArticle; i < endArticle; i++) {
                        articleCounts[eventArticles[i]] += sign;
                    }
                }
                case OUTLET -> {
                    for (int i = firstOutlet; i < endOutlet; i++) {
                        outletCounts[eventOutlets[i]] += sign;
                    }
                }
                case SOURCE_COUNT -> sourceCounts[sources] += sign;
                case DISPUTED -> disputedCount += disputed ? sign : 0;
                default -> {
                    // Two or more facets turn it away: it counts nowhere.
                }
            }
        }
        tally.visibleCount += visibleCount;
        tally.disputedCount += disputedCount;
    }

    private BitSet textMatches(String text, BooleanSupplier cancelled) {
        if (text.equals(cachedText)) {
            return cachedTextMatches;
        }
        String needle = TextFolding.fold(text);
        int n = index.size();
        boolean[] actorNameMatches = actorNameMatches(needle);
        BitSet matches = new BitSet(n);
        for (int e = 0; e < n; e++) {
            if ((e & 4095) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            if (eventMatches(e, needle, actorNameMatches)) {
                matches.set(e);
            }
        }
        cachedText = text;
        cachedTextMatches = matches;
        return matches;
    }

    private boolean[] actorNameMatches(String needle) {
        int actors = index.actorCount();
        boolean[] actorNameMatches = new boolean[actors];
        for (int a = 0; a < actors; a++) {
            actorNameMatches[a] = TextFolding.contains(index.actor(a).name(), needle)
                    || TextFolding.contains(index.actor(a).id(), needle);
        }
        return actorNameMatches;
    }

    private boolean eventMatches(int e, String needle, boolean[] actorNameMatches) {
        for (int i = index.actorStart(e); i < index.actorEnd(e); i++) {
            if (actorNameMatches[index.actorAt(i)]) {
                return true;
            }
        }
        Event event = index.event(e);
        if (TextFolding.contains(event.title(), needle) || TextFolding.contains(event.summary(), needle)) {
            return true;
        }
        for (Actor speaker : event.certainty().attributedTo()) {
            if (TextFolding.contains(speaker.name(), needle)) {
                return true;
            }
        }
        for (Evidence evidence : event.evidence()) {
            Article article = index.dataset().articleOf(evidence);
            if (article != null && TextFolding.contains(article.text(), evidence.start(), evidence.end(), needle)) {
                return true;
            }
        }
        return false;
    }
}
