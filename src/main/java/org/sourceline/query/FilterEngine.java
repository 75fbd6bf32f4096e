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
        for (int r : previousDiff.removedEvents()) {
            count(old, r, filter, previousTextMatches, tally, -1);
        }
        for (int p : previousDiff.insertedEvents()) {
            visible.clear(p);
            count(index, p, filter, textMatches, tally, +1);
        }
        return new FilterResult(index, filter, visible, tally.visibleCount, tally.actorCounts, tally.typeCounts,
                tally.certaintyCounts, tally.articleCounts, tally.outletCounts, tally.sourceCounts, tally.disputedCount);
    }

    /**
     * Adds ({@code sign} +1) or takes away (-1) what event {@code e} of {@code at} contributes to
     * a result of {@code filter}: the same rules as the pass of {@link #scan}; an event added and
     * shown is marked visible (a removed one is not in the new numbering, so its bit is left).
     */
    private static void count(EventIndex at, int e, EventFilter filter, BitSet textMatches, Tally tally, int sign) {
        if (at.earliest(e) > filter.to() || at.latest(e) < filter.from() || textMatches != null && !textMatches.get(e)) {
            return;
        }
        int failed = 0;
        int start = at.actorStart(e);
        int end = at.actorEnd(e);
        if (filter.restrictsActors()) {
            int hits = 0;
            for (int i = start; i < end; i++) {
                if (filter.actors().contains(at.actor(at.actorAt(i)).id())) {
                    hits++;
                }
            }
            int checkedCount = 0;
            if (filter.actorMode() == ActorMode.ALL) {
                for (int a = 0; a < at.actorCount(); a++) {
                    checkedCount += filter.actors().contains(at.actor(a).id()) ? 1 : 0;
                }
            }
            boolean actorOk = filter.actorMode() == ActorMode.ALL ? hits == checkedCount : hits > 0;
            failed |= actorOk ? 0 : ACTOR;
        }
        int t = at.typeOrdinal(e);
        int c = at.certaintyOrdinal(e);
        failed |= filter.types() == null || filter.types().contains(EventType.values()[t]) ? 0 : TYPE;
        failed |= filter.certainties() == null || filter.certainties().contains(CertaintyLevel.values()[c]) ? 0 : CERTAINTY;
        if (filter.restrictsArticles()) {
            boolean articleOk = false;
            for (int i = at.articleStart(e); i < at.articleEnd(e); i++) {
                articleOk |= filter.articles().contains(at.article(at.articleAt(i)).id());
            }
            failed |= articleOk ? 0 : ARTICLE;
        }
        if (filter.restrictsOutlets()) {
            boolean outletOk = false;
            for (int i = at.outletStart(e); i < at.outletEnd(e); i++) {
                outletOk |= filter.outlets().contains(at.outlet(at.outletAt(i)));
            }
            failed |= outletOk ? 0 : OUTLET;
        }
        int sources = at.sourceCount(e);
        boolean disputed = at.isDisputed(e);
        failed |= sources >= filter.minSources() ? 0 : SOURCE_COUNT;
        failed |= disputed || !filter.disputedOnly() ? 0 : DISPUTED;
        if (failed == 0 || failed == ACTOR) {
            for (int i = start; i < end; i++) {
                tally.actorCounts[at.actorAt(i)] += sign;
            }
        }
        if (failed == 0 || failed == TYPE) {
            tally.typeCounts[t] += sign;
        }
        if (failed == 0 || failed == CERTAINTY) {
            tally.certaintyCounts[c] += sign;
        }
        if (failed == 0 || failed == ARTICLE) {
            for (int i = at.articleStart(e); i < at.articleEnd(e); i++) {
                tally.articleCounts[at.articleAt(i)] += sign;
            }
        }
        if (failed == 0 || failed == OUTLET) {
            for (int i = at.outletStart(e); i < at.outletEnd(e); i++) {
                tally.outletCounts[at.outletAt(i)] += sign;
            }
        }
        if (failed == 0 || failed == SOURCE_COUNT) {
            tally.sourceCounts[sources] += sign;
        }
        if (failed == 0 || failed == DISPUTED) {
            tally.disputedCount += disputed ? sign : 0;
        }
        if (failed == 0) {
            tally.visibleCount += sign;
            if (sign > 0) {
                tally.visible.set(e);
            }
        }
    }

    /** A pass over every event. */
    private FilterResult scan(EventFilter filter, BitSet textMatches) {
        int n = index.size();
        int actorCount = index.actorCount();
        boolean[] checkedActor = null;
        int checkedCount = 0;
        if (filter.restrictsActors()) {
            checkedActor = new boolean[actorCount];
            for (int a = 0; a < actorCount; a++) {
                if (filter.actors().contains(index.actor(a).id())) {
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
            checkedArticle = new boolean[index.articleCount()];
            for (int a = 0; a < checkedArticle.length; a++) {
                checkedArticle[a] = filter.articles().contains(index.article(a).id());
            }
        }
        boolean[] checkedOutlet = null;
        if (filter.restrictsOutlets()) {
            checkedOutlet = new boolean[index.outletCount()];
            for (int o = 0; o < checkedOutlet.length; o++) {
                checkedOutlet[o] = filter.outlets().contains(index.outlet(o));
            }
        }
        int minSources = filter.minSources();
        boolean disputedOnly = filter.disputedOnly();
        long from = filter.from();
        long to = filter.to();
        boolean all = filter.actorMode() == ActorMode.ALL;

        BitSet visible = new BitSet(n);
        int visibleCount = 0;
        int[] actorCounts = new int[actorCount];
        int[] typeCounts = new int[typeOk.length];
        int[] certaintyCounts = new int[certaintyOk.length];
        int[] articleCounts = new int[index.articleCount()];
        int[] outletCounts = new int[index.outletCount()];
        int[] sourceCounts = new int[FilterResult.SOURCE_COUNT_CAP + 1];
        int disputedCount = 0;
        final long[] earliest = index.earliestColumn();
        final long[] latest = index.latestColumn();
        final byte[] types = index.typeColumn();
        final byte[] certainties = index.certaintyColumn();
        final int[] actorStart = index.actorStartColumn();
        final int[] eventActors = index.eventActorColumn();
        final int[] articleStart = index.articleStartColumn();
        final int[] eventArticles = index.eventArticleColumn();
        final int[] outletStart = index.outletStartColumn();
        final int[] eventOutlets = index.eventOutletColumn();
        final byte[] sourceFlags = index.sourceFlagColumn();
        for (int e = 0; e < n; e++) {
            if (earliest[e] > to || latest[e] < from || textMatches != null && !textMatches.get(e)) {
                continue;
            }
            // Which facets turn the event away: with none it is shown and counted everywhere; with
            // exactly one it is counted in that facet only (what checking that box would add).
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
                    actorCounts[eventActors[i]]++;
                }
                typeCounts[t]++;
                certaintyCounts[c]++;
                for (int i = firstArticle; i < endArticle; i++) {
                    articleCounts[eventArticles[i]]++;
                }
                for (int i = firstOutlet; i < endOutlet; i++) {
                    outletCounts[eventOutlets[i]]++;
                }
                sourceCounts[sources]++;
                disputedCount += disputed ? 1 : 0;
                visible.set(e);
                visibleCount++;
                continue;
            }
            switch (failed) {
                case ACTOR -> {
                    for (int i = start; i < end; i++) {
                        actorCounts[eventActors[i]]++;
                    }
                }
                case TYPE -> typeCounts[t]++;
                case CERTAINTY -> certaintyCounts[c]++;
                case ARTICLE -> {
                    for (int i = firstArticle; i < endArticle; i++) {
                        articleCounts[eventArticles[i]]++;
                    }
                }
                case OUTLET -> {
                    for (int i = firstOutlet; i < endOutlet; i++) {
                        outletCounts[eventOutlets[i]]++;
                    }
                }
                case SOURCE_COUNT -> sourceCounts[sources]++;
                case DISPUTED -> disputedCount += disputed ? 1 : 0;
                default -> {
                    // Two or more facets turn it away: it counts nowhere.
                }
            }
        }
        return new FilterResult(index, filter, visible, visibleCount, actorCounts, typeCounts, certaintyCounts,
                articleCounts, outletCounts, sourceCounts, disputedCount);
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
