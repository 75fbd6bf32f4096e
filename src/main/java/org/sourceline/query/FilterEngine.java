package org.sourceline.query;

import java.util.BitSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.sourceline.model.Actor;
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
    private final EventIndex index;
    private String cachedText;
    private BitSet cachedTextMatches;

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
        return engine;
    }

    public EventIndex index() {
        return index;
    }

    public FilterResult apply(EventFilter filter) {
        return apply(filter, () -> false);
    }

    /** Applies a filter; {@code cancelled} is polled during the text search. */
    public synchronized FilterResult apply(EventFilter filter, BooleanSupplier cancelled) {
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
        BitSet textMatches = filter.restrictsText() ? textMatches(filter.text(), cancelled) : null;
        long from = filter.from();
        long to = filter.to();
        boolean all = filter.actorMode() == ActorMode.ALL;

        BitSet visible = new BitSet(n);
        int visibleCount = 0;
        int[] actorCounts = new int[actorCount];
        int[] typeCounts = new int[typeOk.length];
        int[] certaintyCounts = new int[certaintyOk.length];
        for (int e = 0; e < n; e++) {
            boolean timeOk = index.earliest(e) <= to && index.latest(e) >= from;
            boolean textOk = textMatches == null || textMatches.get(e);
            boolean common = timeOk && textOk;
            if (!common) {
                continue;
            }
            int start = index.actorStart(e);
            int end = index.actorEnd(e);
            boolean actorOk;
            if (checkedActor == null) {
                actorOk = true;
            } else if (all) {
                int hits = 0;
                for (int i = start; i < end; i++) {
                    if (checkedActor[index.actorAt(i)]) {
                        hits++;
                    }
                }
                actorOk = hits == checkedCount;
            } else {
                actorOk = false;
                for (int i = start; i < end; i++) {
                    if (checkedActor[index.actorAt(i)]) {
                        actorOk = true;
                        break;
                    }
                }
            }
            int t = index.typeOrdinal(e);
            int c = index.certaintyOrdinal(e);
            boolean tOk = typeOk[t];
            boolean cOk = certaintyOk[c];
            if (tOk && cOk) {
                for (int i = start; i < end; i++) {
                    actorCounts[index.actorAt(i)]++;
                }
            }
            if (actorOk && cOk) {
                typeCounts[t]++;
            }
            if (actorOk && tOk) {
                certaintyCounts[c]++;
            }
            if (actorOk && tOk && cOk) {
                visible.set(e);
                visibleCount++;
            }
        }
        return new FilterResult(index, filter, visible, visibleCount, actorCounts, typeCounts, certaintyCounts);
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
        String article = index.dataset().article().text();
        for (Evidence evidence : event.evidence()) {
            if (TextFolding.contains(article, evidence.start(), evidence.end(), needle)) {
                return true;
            }
        }
        return false;
    }
}
