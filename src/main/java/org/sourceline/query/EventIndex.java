package org.sourceline.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.data.EventColumns;
import org.sourceline.data.ReadResult;
import org.sourceline.data.snapshot.SnapshotColumns;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Column-oriented index of a dataset, built once when it loads, so that filtering and drawing a
 * million events touch flat arrays instead of objects. Events are referred to by their position
 * in {@link Dataset#events()}; actors by their position in {@link Dataset#actors()}, articles by
 * theirs in {@link Dataset#articles()}. Which articles each event quotes, how many support it and
 * whether one disputes it are worked out here once, so the source filters never look at evidence.
 *
 * <p>An edited dataset's index is {@linkplain #derive derived} from its predecessor's: only the
 * events the edit made are looked at, the rest is copied and renumbered (no sorting, no hashing
 * of every event), which keeps an edit of a 100,000-event dataset within a frame.
 */
public final class EventIndex {
    /** The top bit of a cited article marks, while building, that a quote of it supports the event. */
    private static final int SUPPORTED = 1 << 30;
    private static final int ARTICLE_MASK = SUPPORTED - 1;
    /** Source counts are kept up to this (seven bits). */
    static final int MAX_SOURCES = 0x7F;
    static final int DISPUTED_FLAG = 0x80;

    private final Dataset dataset;
    private final int size;
    private final long[] earliest;
    private final long[] latest;
    private final byte[] type;
    private final byte[] certainty;
    /** CSR layout: actors of event e are {@code eventActors[actorStart[e] .. actorStart[e+1])}. */
    private final int[] actorStart;
    private final int[] eventActors;
    /** For each actor, the events it takes part in, ascending. */
    private final int[][] eventsOfActor;
    /** Event positions sorted by earliest, then latest, then position. */
    private final int[] timeOrder;
    /** Inverse of {@link #timeOrder}. */
    private final int[] timeRank;
    /**
     * Event → a key that stays the event's while it is in the dataset, even when edits move it;
     * {@link #positionOfKey} turns keys into positions. An edit that moves events (a deletion in
     * the middle) then renumbers two int arrays instead of hashing every event again. An edit
     * that only removes events shares its predecessor's map, which may therefore hold events this
     * dataset lacks: their keys' {@link #positionOfKey} is -1. A map is never written to once an
     * index holds it.
     */
    private volatile IdentityIntMap keys;
    private final int[] keyAt;
    private final int[] positionOfKey;
    /** Hash of each event's id, made when first needed (editing), for {@link #positionOf(String)}. */
    private volatile int[] idHashes;
    private final Map<Actor, Integer> actorPositions;
    /** CSR layout: the articles event e quotes (each once, any stance) are {@code eventArticles[articleStart[e] .. articleStart[e+1])}. */
    private final int[] articleStart;
    private final int[] eventArticles;
    /**
     * Per event: how many different articles support it (low seven bits, capped at 127) and, in
     * the top bit, whether a quote disputes it. One byte, so the filter reads one array for both.
     */
    private final byte[] sourceFlags;
    /** CSR layout: the outlets of event e's articles, each once. */
    private final int[] outletStart;
    private final int[] eventOutlets;
    /** Events quoting each article. */
    private final int[] eventsPerArticle;
    /** Each article's outlet, as a position in {@link #outlets}. */
    private final int[] articleOutlet;
    /** The outlets' {@linkplain EventFilter#outletKey keys}, in order of first appearance. */
    private final List<String> outlets;
    private final Map<String, Integer> articlePositions;

    private EventIndex(Dataset dataset, boolean concurrent) {
        this.dataset = dataset;
        List<Event> events = dataset.events();
        List<Actor> actors = dataset.actors();
        size = events.size();
        // A big dataset's index is built on both cores: the source columns and the time order
        // need nothing of what this thread builds meanwhile (see Concurrently).
        Concurrently.Result<SourceColumns> sourceColumns = concurrent
                ? Concurrently.start(() -> new SourceColumns(dataset)) : null;
        earliest = new long[size];
        latest = new long[size];
        type = new byte[size];
        certainty = new byte[size];
        actorStart = new int[size + 1];
        actorPositions = new IdentityHashMap<>(actors.size() * 2);
        for (int a = 0; a < actors.size(); a++) {
            actorPositions.put(actors.get(a), a);
        }
        // Sized by a guess and grown when needed: counting the roles first is one more walk over
        // a million events scattered in the heap, which costs more than an occasional copy.
        int[] flat = new int[Math.max(16, size + size / 2)];
        int[] perActor = new int[actors.size()];
        keys = new IdentityIntMap(size);
        keyAt = new int[size];
        positionOfKey = new int[size];
        int k = 0;
        for (int e = 0; e < size; e++) {
            Event event = events.get(e);
            keys.put(event, e);
            keyAt[e] = e;
            positionOfKey[e] = e;
            earliest[e] = event.time().earliest();
            latest[e] = event.time().latest();
            type[e] = (byte) event.type().ordinal();
            certainty[e] = (byte) event.certainty().level().ordinal();
            actorStart[e] = k;
            int roles = event.sources().size() + event.targets().size() + event.participants().size();
            if (k + roles > flat.length) {
                flat = Arrays.copyOf(flat, Math.max(flat.length * 2, k + roles));
            }
            k = addActors(event.sources(), flat, k, actorStart[e], perActor);
            k = addActors(event.targets(), flat, k, actorStart[e], perActor);
            k = addActors(event.participants(), flat, k, actorStart[e], perActor);
        }
        actorStart[size] = k;
        long[] starts = earliest;
        long[] ends = latest;
        int count = size;
        Concurrently.Result<int[]> order = concurrent ? Concurrently.start(() -> sortByTime(starts, ends, count)) : null;
        eventActors = k == flat.length ? flat : Arrays.copyOf(flat, k);
        eventsOfActor = new int[actors.size()][];
        for (int a = 0; a < perActor.length; a++) {
            eventsOfActor[a] = new int[perActor[a]];
        }
        int[] fill = new int[actors.size()];
        for (int e = 0; e < size; e++) {
            for (int i = actorStart[e]; i < actorStart[e + 1]; i++) {
                int a = eventActors[i];
                eventsOfActor[a][fill[a]++] = e;
            }
        }
        timeOrder = concurrent ? order.join() : sortByTime(earliest, latest, size);
        timeRank = new int[size];
        for (int r = 0; r < size; r++) {
            timeRank[timeOrder[r]] = r;
        }

        SourceColumns sources = concurrent ? sourceColumns.join() : new SourceColumns(dataset);
        articlePositions = sources.articlePositions;
        articleOutlet = sources.articleOutlet;
        outlets = sources.outlets;
        articleStart = sources.articleStart;
        sourceFlags = sources.sourceFlags;
        eventsPerArticle = sources.eventsPerArticle;
        eventArticles = sources.eventArticles;
        outletStart = sources.outletStart;
        eventOutlets = sources.eventOutlets;
    }

    /** The index of the next version of this index's dataset, built from this one. */
    private EventIndex(EventIndex old, Dataset next, DatasetDiff diff) {
        this.dataset = next;
        List<Event> events = next.events();
        List<Actor> actors = next.actors();
        size = events.size();
        int[] newToOld = diff.newToOldEvents(old.size);
        int[] oldToNew = diff.oldToNewEvents(old.size);
        int[] inserted = diff.insertedEvents();
        int[] actorOldToNew = diff.oldToNewActors(old.actorCount());
        boolean actorsKept = diff.keepsActorPositions(old.actorCount());
        if (actorsKept && !diff.actorsChanged()) {
            actorPositions = old.actorPositions;
        } else {
            actorPositions = new IdentityHashMap<>(actors.size() * 2);
            for (int a = 0; a < actors.size(); a++) {
                actorPositions.put(actors.get(a), a);
            }
        }
        earliest = new long[size];
        latest = new long[size];
        type = new byte[size];
        certainty = new byte[size];
        actorStart = new int[size + 1];
        int[][] newRows = new int[inserted.length][];
        int roles = 0;
        for (int i = 0; i < inserted.length; i++) {
            Event event = events.get(inserted[i]);
            int[] row = new int[event.sources().size() + event.targets().size() + event.participants().size()];
            int k = addActors(event.sources(), row, 0, 0, null);
            k = addActors(event.targets(), row, k, 0, null);
            k = addActors(event.participants(), row, k, 0, null);
            newRows[i] = k == row.length ? row : Arrays.copyOf(row, k);
        }
        boolean eventsKept = diff.keepsEventPositions(old.size);
        if (eventsKept) {
            int common = Math.min(size, old.size);
            System.arraycopy(old.earliest, 0, earliest, 0, common);
            System.arraycopy(old.latest, 0, latest, 0, common);
            System.arraycopy(old.type, 0, type, 0, common);
            System.arraycopy(old.certainty, 0, certainty, 0, common);
            roles = old.actorStart[common];
            for (int r : diff.removedEvents()) {
                if (r < common) {
                    roles -= old.actorStart[r + 1] - old.actorStart[r];
                }
            }
        }
        for (int p = eventsKept ? -1 : 0, i = 0; p < size; p++) {
            if (eventsKept) {
                // Only the inserted positions need filling in.
                if (i == inserted.length) {
                    break;
                }
                p = inserted[i];
            }
            int o = newToOld[p];
            if (o >= 0) {
                earliest[p] = old.earliest[o];
                latest[p] = old.latest[o];
                type[p] = old.type[o];
                certainty[p] = old.certainty[o];
                roles += old.actorStart[o + 1] - old.actorStart[o];
            } else {
                Event event = events.get(p);
                earliest[p] = event.time().earliest();
                latest[p] = event.time().latest();
                type[p] = (byte) event.type().ordinal();
                certainty[p] = (byte) event.certainty().level().ordinal();
                roles += newRows[i++].length;
            }
        }
        eventActors = new int[roles];
        int k = 0;
        if (eventsKept && actorsKept) {
            // Stretches of unchanged rows are copied whole, their starts shifted by what changed before them.
            int p = 0;
            for (int i = 0; i <= inserted.length; i++) {
                int until = i < inserted.length ? inserted[i] : size;
                int stretch = Math.min(until, old.size) - p;
                if (stretch > 0) {
                    int shift = k - old.actorStart[p];
                    int length = old.actorStart[p + stretch] - old.actorStart[p];
                    System.arraycopy(old.eventActors, old.actorStart[p], eventActors, k, length);
                    SortedArrays.shiftedCopy(old.actorStart, p, actorStart, p, stretch, shift);
                    k += length;
                    p += stretch;
                }
                if (i < inserted.length) {
                    int[] row = newRows[i];
                    actorStart[until] = k;
                    System.arraycopy(row, 0, eventActors, k, row.length);
                    k += row.length;
                    p = until + 1;
                }
            }
        }
        for (int p = eventsKept && actorsKept ? size : 0, i = 0; p < size; p++) {
            actorStart[p] = k;
            int o = newToOld[p];
            if (o < 0) {
                int[] row = newRows[i++];
                System.arraycopy(row, 0, eventActors, k, row.length);
                k += row.length;
            } else if (actorsKept) {
                int length = old.actorStart[o + 1] - old.actorStart[o];
                System.arraycopy(old.eventActors, old.actorStart[o], eventActors, k, length);
                k += length;
            } else {
                for (int j = old.actorStart[o]; j < old.actorStart[o + 1]; j++) {
                    eventActors[k++] = actorOldToNew[old.eventActors[j]];
                }
            }
        }
        actorStart[size] = k;
        int[] removed = diff.removedEvents();
        if (eventsKept && actorsKept && !diff.actorsChanged()) {
            // Only the lanes of changed events change; the others are shared with the old index.
            eventsOfActor = old.eventsOfActor.clone();
            boolean[] touched = new boolean[actors.size()];
            for (int r : removed) {
                for (int j = old.actorStart[r]; j < old.actorStart[r + 1]; j++) {
                    touched[old.eventActors[j]] = true;
                }
            }
            for (int p : inserted) {
                for (int j = actorStart[p]; j < actorStart[p + 1]; j++) {
                    touched[eventActors[j]] = true;
                }
            }
            for (int a = 0; a < touched.length; a++) {
                if (touched[a]) {
                    eventsOfActor[a] = laneAfterEdit(old.eventsOfActor[a], removed, inserted, a);
                }
            }
        } else {
            int[] perActor = new int[actors.size()];
            for (int j = 0; j < k; j++) {
                perActor[eventActors[j]]++;
            }
            eventsOfActor = new int[actors.size()][];
            for (int a = 0; a < perActor.length; a++) {
                eventsOfActor[a] = new int[perActor[a]];
            }
            int[] fill = new int[actors.size()];
            for (int e = 0; e < size; e++) {
                for (int j = actorStart[e]; j < actorStart[e + 1]; j++) {
                    int a = eventActors[j];
                    eventsOfActor[a][fill[a]++] = e;
                }
            }
        }
        timeOrder = PositionOrders.update(old.timeOrder, removed, old::compareTime, oldToNew, eventsKept, inserted,
                this::compareTime);
        timeRank = new int[size];
        for (int r = 0; r < size; r++) {
            timeRank[timeOrder[r]] = r;
        }
        int nextKey = old.positionOfKey.length;
        IdentityIntMap oldKeys = old.keys();
        if (oldKeys.hasRoomFor(inserted.length) && nextKey + inserted.length <= 2L * size + 1024) {
            if (inserted.length == 0) {
                // Only removals (an undo of New Event): the map is shared, not copied, and never
                // written to again (an edit that inserts copies it). Its keys of the removed events
                // stay and find no position here (positionOfKey is -1 for them).
                keys = oldKeys;
            } else {
                keys = oldKeys.copy();
                for (int r : diff.removedEvents()) {
                    keys.remove(old.event(r));
                }
            }
            keyAt = new int[size];
            if (eventsKept) {
                System.arraycopy(old.keyAt, 0, keyAt, 0, Math.min(size, old.size));
                positionOfKey = Arrays.copyOf(old.positionOfKey, nextKey + inserted.length);
                for (int r : removed) {
                    positionOfKey[old.keyAt[r]] = -1;
                }
                for (int p : inserted) {
                    keyAt[p] = nextKey++;
                    keys.put(events.get(p), keyAt[p]);
                    positionOfKey[keyAt[p]] = p;
                }
            } else {
                for (int p = 0; p < size; p++) {
                    int o = newToOld[p];
                    if (o >= 0) {
                        keyAt[p] = old.keyAt[o];
                    } else {
                        keyAt[p] = nextKey++;
                        keys.put(events.get(p), keyAt[p]);
                    }
                }
                positionOfKey = new int[nextKey];
                Arrays.fill(positionOfKey, -1);
                for (int p = 0; p < size; p++) {
                    positionOfKey[keyAt[p]] = p;
                }
            }
        } else {
            // Too full, or too many keys of gone events: number the events afresh.
            keys = new IdentityIntMap(size);
            keyAt = new int[size];
            positionOfKey = new int[size];
            for (int p = 0; p < size; p++) {
                keys.put(events.get(p), p);
                keyAt[p] = p;
                positionOfKey[p] = p;
            }
        }
        int[] oldHashes = old.idHashes;
        if (oldHashes != null) {
            int[] hashes = new int[size];
            if (eventsKept) {
                System.arraycopy(oldHashes, 0, hashes, 0, Math.min(size, old.size));
                for (int p : inserted) {
                    hashes[p] = events.get(p).id().hashCode();
                }
            } else {
                for (int p = 0; p < size; p++) {
                    int o = newToOld[p];
                    hashes[p] = o >= 0 ? oldHashes[o] : events.get(p).id().hashCode();
                }
            }
            idHashes = hashes;
        }
        SourceColumns sources = next.articles().equals(old.dataset.articles())
                ? new SourceColumns(next, old, newToOld) : new SourceColumns(next);
        articlePositions = sources.articlePositions;
        articleOutlet = sources.articleOutlet;
        outlets = sources.outlets;
        articleStart = sources.articleStart;
        sourceFlags = sources.sourceFlags;
        eventsPerArticle = sources.eventsPerArticle;
        eventArticles = sources.eventArticles;
        outletStart = sources.outletStart;
        eventOutlets = sources.eventOutlets;
        tally = old.tally == null ? null : old.tally.afterEdit(old, this, diff.removedEvents(), inserted);
   }

    /**
     * An actor's events (ascending) without the removed ones and with the inserted ones it takes
     * part in, when the edit kept every other event's position: the lane is copied in stretches
     * around them (binary searches), not entry by entry.
     */
    private int[] laneAfterEdit(int[] lane, int[] removed, int[] inserted, int actor) {
        int[] mine = new int[inserted.length];
        int added = 0;
        for (int p : inserted) {
            for (int j = actorStart[p]; j < actorStart[p + 1]; j++) {
                if (eventActors[j] == actor) {
                    mine[added++] = p;
                    break;
                }
            }
        }
        // Without the removed events.
        int[] kept = new int[lane.length + added];
        int n = 0;
        int from = 0;
        for (int r : removed) {
            int at = Arrays.binarySearch(lane, from, lane.length, r);
            if (at >= 0) {
                System.arraycopy(lane, from, kept, n, at - from);
                n += at - from;
                from = at + 1;
            }
        }
        System.arraycopy(lane, from, kept, n, lane.length - from);
        n += lane.length - from;
        if (added == 0) {
            return n == kept.length ? kept : Arrays.copyOf(kept, n);
        }
        // The inserted ones merged in (both ascending), from the back.
        int end = n + added;
        int keptEnd = n;
        for (int i = added - 1; i >= 0; i--) {
            int at = Arrays.binarySearch(kept, 0, keptEnd, mine[i]);
            at = at < 0 ? -at - 1 : at;
            System.arraycopy(kept, at, kept, at + i + 1, keptEnd - at);
            kept[at + i] = mine[i];
            keptEnd = at;
        }
        return end == kept.length ? kept : Arrays.copyOf(kept, end);
    }

    /** Time order: earliest, then latest, then position. */
    private int compareTime(int a, int b) {
        int c = Long.compare(earliest[a], earliest[b]);
        if (c == 0) {
            c = Long.compare(latest[a], latest[b]);
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    /**
     * The index of {@code next}, a later version of this index's dataset that differs from it as
     * {@code diff} says: what is unchanged is copied, renumbered and merged, not rebuilt.
     */
    public EventIndex derive(Dataset next, DatasetDiff diff) {
        return new EventIndex(this, next, diff);
    }

    /**
     * Which articles and outlets each event quotes, how many support it and whether one disputes
     * it: worked out from the evidence in one pass; after an edit that kept the articles, only
     * for the events the edit made, the others' columns being copied from the old index.
     */
    private static final class SourceColumns {
        final Map<String, Integer> articlePositions;
        final int[] articleOutlet;
        final List<String> outlets;
        final int[] articleStart;
        final byte[] sourceFlags;
        final int[] eventsPerArticle;
        final int[] eventArticles;
        final int[] outletStart;
        final int[] eventOutlets;

        /** The event columns as kept in a snapshot, with the article columns worked out again (a pass over the articles). */
        SourceColumns(Dataset dataset, int[] articleStart, byte[] sourceFlags, int[] eventsPerArticle, int[] eventArticles,
                      int[] outletStart, int[] eventOutlets) {
            List<Article> articles = dataset.articles();
            articlePositions = new HashMap<>(articles.size() * 2);
            articleOutlet = new int[articles.size()];
            outlets = articleOutlets(articles, articlePositions, articleOutlet);
            this.articleStart = articleStart;
            this.sourceFlags = sourceFlags;
            this.eventsPerArticle = eventsPerArticle;
            this.eventArticles = eventArticles;
            this.outletStart = outletStart;
            this.eventOutlets = eventOutlets;
        }

        /** Fills in each article's position and outlet; returns the outlets' keys in order of first appearance. */
        private static List<String> articleOutlets(List<Article> articles, Map<String, Integer> articlePositions,
                                                   int[] articleOutlet) {
            Map<String, Integer> outletPositions = new LinkedHashMap<>();
            for (int a = 0; a < articles.size(); a++) {
                articlePositions.put(articles.get(a).id(), a);
                String outlet = EventFilter.outletKey(articles.get(a).outlet());
                Integer o = outletPositions.get(outlet);
                if (o == null) {
                    o = outletPositions.size();
                    outletPositions.put(outlet, o);
                }
                articleOutlet[a] = o;
            }
            return List.copyOf(outletPositions.keySet());
        }

        SourceColumns(Dataset dataset) {
            this(dataset, null, null);
        }

        /**
         * With {@code old} (the index of the version before, which has the same articles in the
         * same order) and {@code newToOld}, an event unchanged since then (the same object) takes
         * its columns from the old index instead of reading its evidence again.
         */
        SourceColumns(Dataset dataset, EventIndex old, int[] newToOld) {
            List<Event> events = dataset.events();
            int size = events.size();
            List<Article> articles = dataset.articles();
            articlePositions = new HashMap<>(articles.size() * 2);
            articleOutlet = new int[articles.size()];
            outlets = articleOutlets(articles, articlePositions, articleOutlet);
            articleStart = new int[size + 1];
            sourceFlags = new byte[size];
            // Runs of events unchanged since the old index, in the same order there, are copied
            // whole (their counts per article too: the old counts less those of the events not
            // copied); only the others read their evidence. Each run is three ints in copiedRuns:
            // its new start, its old start, its length (both starts ascending).
            int[] copiedRuns = new int[12];
            int runCount = 0;
            eventsPerArticle = old == null ? new int[articles.size()] : old.eventsPerArticle.clone();
            int[] cited = new int[Math.max(16, size + size / 2)];
            int c = 0;
            for (int e = 0; e < size; ) {
                articleStart[e] = c;
                int o = old == null ? -1 : newToOld[e];
                // A kept position holds the same event as before (the diff's promise: a changed
                // event is removed and inserted), so runs are found in newToOld alone.
                if (o >= 0) {
                    int run = 1;
                    while (e + run < size && o + run < old.size && newToOld[e + run] == o + run) {
                        run++;
                    }
                    int from = old.articleStart[o];
                    int length = old.articleStart[o + run] - from;
                    if (c + length > cited.length) {
                        cited = Arrays.copyOf(cited, Math.max(cited.length * 2, c + length));
                    }
                    System.arraycopy(old.eventArticles, from, cited, c, length);
                    SortedArrays.shiftedCopy(old.articleStart, o + 1, articleStart, e + 1, run - 1, c - from);
                    System.arraycopy(old.sourceFlags, o, sourceFlags, e, run);
                    if (3 * runCount + 3 > copiedRuns.length) {
                        copiedRuns = Arrays.copyOf(copiedRuns, copiedRuns.length * 2);
                    }
                    copiedRuns[3 * runCount] = e;
                    copiedRuns[3 * runCount + 1] = o;
                    copiedRuns[3 * runCount + 2] = run;
                    runCount++;
                    c += length;
                    e += run;
                    continue;
                }
                List<Evidence> evidence = events.get(e).evidence();
                int supporting = 0;
                boolean disputedEvent = false;
                for (int q = 0, n = evidence.size(); q < n; q++) {
                    Evidence quote = evidence.get(q);
                    Integer position = articlePositions.get(quote.articleId());
                    if (position == null) {
                        continue; // an evidence of an article the dataset lacks: nothing to filter by
                    }
                    int a = position;
                    boolean seen = false;
                    for (int i = articleStart[e]; i < c; i++) {
                        if ((cited[i] & ARTICLE_MASK) == a) {
                            seen = true;
                            if (!quote.disputes() && (cited[i] & SUPPORTED) == 0) {
                                cited[i] |= SUPPORTED;
                                supporting++;
                            }
                            break;
                        }
                    }
                    if (!seen) {
                        if (c == cited.length) {
                            cited = Arrays.copyOf(cited, cited.length * 2);
                        }
                        cited[c++] = quote.disputes() ? a : a | SUPPORTED;
                        supporting += quote.disputes() ? 0 : 1;
                        eventsPerArticle[a]++;
                    }
                    if (quote.disputes()) {
                        disputedEvent = true;
                    }
                }
                sourceFlags[e] = (byte) (Math.min(MAX_SOURCES, supporting) | (disputedEvent ? DISPUTED_FLAG : 0));
                e++;
            }
            articleStart[size] = c;
            if (old != null) {
                // The old events between the copied runs are those not copied: their counts go.
                for (int r = 0, o = 0; r <= runCount; r++) {
                    int until = r < runCount ? copiedRuns[3 * r + 1] : old.size;
                    for (; o < until; o++) {
                        for (int i = old.articleStart[o]; i < old.articleStart[o + 1]; i++) {
                            eventsPerArticle[old.eventArticles[i]]--;
                        }
                    }
                    if (r < runCount) {
                        o = until + copiedRuns[3 * r + 2];
                    }
                }
            }
            eventArticles = Arrays.copyOf(cited, c);
            // Copied entries hold no flag: only the events read here (those between the runs) marked theirs.
            for (int r = 0, e = 0; r <= runCount; r++) {
                int until = r < runCount ? copiedRuns[3 * r] : size;
                for (int i = articleStart[e]; i < articleStart[until]; i++) {
                    eventArticles[i] &= ARTICLE_MASK;
                }
                if (r < runCount) {
                    e = until + copiedRuns[3 * r + 2];
                }
            }
            outletStart = new int[size + 1];
            int[] outletsOfEvents = new int[c];
            int k2 = 0;
            for (int r = 0, e = 0; r <= runCount; r++) {
                int until = r < runCount ? copiedRuns[3 * r] : size;
                for (; e < until; e++) {
                    outletStart[e] = k2;
                    for (int i = articleStart[e]; i < articleStart[e + 1]; i++) {
                        int out = articleOutlet[eventArticles[i]];
                        boolean seen = false;
                        for (int j = outletStart[e]; j < k2; j++) {
                            if (outletsOfEvents[j] == out) {
                                seen = true;
                                break;
                            }
                        }
                        if (!seen) {
                            outletsOfEvents[k2++] = out;
                        }
                    }
                }
                if (r < runCount) {
                    int o = copiedRuns[3 * r + 1];
                    int run = copiedRuns[3 * r + 2];
                    int from = old.outletStart[o];
                    int length = old.outletStart[o + run] - from;
                    outletStart[e] = k2;
                    System.arraycopy(old.eventOutlets, from, outletsOfEvents, k2, length);
                    SortedArrays.shiftedCopy(old.outletStart, o + 1, outletStart, e + 1, run - 1, k2 - from);
                    k2 += length;
                    e += run;
                }
            }
            outletStart[size] = k2;
            eventOutlets = k2 == c ? outletsOfEvents : Arrays.copyOf(outletsOfEvents, k2);
        }
    }

    private int addActors(List<Actor> role, int[] flat, int k, int eventStart, int[] perActor) {
        for (int r = 0, n = role.size(); r < n; r++) {
            int a = actorPositions.get(role.get(r));
            boolean seen = false;
            for (int i = eventStart; i < k; i++) {
                if (flat[i] == a) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                flat[k++] = a;
                if (perActor != null) {
                    perActor[a]++;
                }
            }
        }
        return k;
    }

    /**
     * (day code of earliest, day code of latest, position) packed as for {@link #sortByTime},
     * where a day's code keeps the order of days: an open start 0, a day its distance from the
     * first day plus 1, an open end the largest; null when the days span too much for 21 bits.
     */
    private static long[] packedByDay(long[] earliest, long[] latest, int size) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int e = 0; e < size; e++) {
            long a = earliest[e];
            long b = latest[e];
            if (!Days.isOpen(a)) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
            if (!Days.isOpen(b)) {
                min = Math.min(min, b);
                max = Math.max(max, b);
            }
        }
        if (min > max) {
            min = 0;
            max = 0;
        }
        long span = max - min; // negative when it overflows
        if (span < 0 || span > (1 << 21) - 3) {
            return null;
        }
        long[] packed = new long[size];
        for (int e = 0; e < size; e++) {
            packed[e] = (dayCode(earliest[e], min, span) << 42) | (dayCode(latest[e], min, span) << 21) | e;
        }
        return packed;
    }

    private static long dayCode(long day, long first, long span) {
        return day == Days.OPEN_START ? 0 : day == Days.OPEN_END ? span + 2 : day - first + 1;
    }

    private static int[] sortByTime(long[] earliest, long[] latest, int size) {
        int[] order = new int[size];
        if (size < (1 << 21)) {
            // Pack (earliest, latest, position) into one long: a primitive sort, no boxing. Days
            // fit in 21 bits as days after the first one (5,700 years); else as ranks among the
            // distinct values (a few thousand days, not a million entries).
            long[] packed = packedByDay(earliest, latest, size);
            if (packed == null) {
                long[] starts = SortedArrays.distinct(earliest);
                long[] ends = SortedArrays.distinct(latest);
                packed = new long[size];
                for (int e = 0; e < size; e++) {
                    long startRank = SortedArrays.lowerBound(starts, earliest[e]);
                    long endRank = SortedArrays.lowerBound(ends, latest[e]);
                    packed[e] = (startRank << 42) | (endRank << 21) | e;
                }
            }
            Arrays.sort(packed);
            for (int r = 0; r < size; r++) {
                order[r] = (int) (packed[r] & ((1 << 21) - 1));
            }
            return order;
        }
        return java.util.stream.IntStream.range(0, size).boxed()
                .sorted((x, y) -> earliest[x] != earliest[y] ? Long.compare(earliest[x], earliest[y])
                        : latest[x] != latest[y] ? Long.compare(latest[x], latest[y]) : Integer.compare(x, y))
                .mapToInt(Integer::intValue).toArray();
    }


    // ----- kept in a snapshot ------------------------------------------------------------------

    private static final String COLUMN = "events.";

    /**
     * Puts what this index derived from its dataset (all but the maps from objects to positions)
     * into {@code columns}, for {@link #fromColumns} when the same dataset is opened again.
     */
    public void putColumns(SnapshotColumns columns) {
        columns.put(COLUMN + "earliest", earliest).put(COLUMN + "latest", latest).put(COLUMN + "type", type)
                .put(COLUMN + "certainty", certainty).put(COLUMN + "actorStart", actorStart)
                .put(COLUMN + "eventActors", eventActors).put(COLUMN + "eventsOfActor", eventsOfActor)
                .put(COLUMN + "timeOrder", timeOrder).put(COLUMN + "articleStart", articleStart)
                .put(COLUMN + "eventArticles", eventArticles).put(COLUMN + "sourceFlags", sourceFlags)
                .put(COLUMN + "outletStart", outletStart).put(COLUMN + "eventOutlets", eventOutlets)
                .put(COLUMN + "eventsPerArticle", eventsPerArticle);
    }

    /**
     * The index of {@code dataset} from the columns {@link #putColumns} kept for it, or null when
     * they are missing or do not fit it (lengths, positions out of range, an order that is not a
     * permutation): the caller then builds the index. Costs a few linear passes over int arrays
     * instead of the sorting and hashing of a build.
     */
    public static EventIndex fromColumns(Dataset dataset, SnapshotColumns columns) {
        int n = dataset.events().size();
        int actors = dataset.actors().size();
        int articles = dataset.articles().size();
        long[] earliest = columns.longs(COLUMN + "earliest");
        long[] latest = columns.longs(COLUMN + "latest");
        byte[] type = columns.bytes(COLUMN + "type");
        byte[] certainty = columns.bytes(COLUMN + "certainty");
        int[] actorStart = columns.ints(COLUMN + "actorStart");
        int[] eventActors = columns.ints(COLUMN + "eventActors");
        int[][] eventsOfActor = columns.intRows(COLUMN + "eventsOfActor");
        int[] timeOrder = columns.ints(COLUMN + "timeOrder");
        int[] articleStart = columns.ints(COLUMN + "articleStart");
        int[] eventArticles = columns.ints(COLUMN + "eventArticles");
        byte[] sourceFlags = columns.bytes(COLUMN + "sourceFlags");
        int[] outletStart = columns.ints(COLUMN + "outletStart");
        int[] eventOutlets = columns.ints(COLUMN + "eventOutlets");
        int[] eventsPerArticle = columns.ints(COLUMN + "eventsPerArticle");
        if (earliest == null || earliest.length != n || latest == null || latest.length != n || type == null
                || type.length != n || certainty == null || certainty.length != n || sourceFlags == null
                || sourceFlags.length != n || eventsOfActor == null || eventsOfActor.length != actors
                || eventsPerArticle == null || eventsPerArticle.length != articles
                || !inRange(type, org.sourceline.model.EventType.values().length)
                || !inRange(certainty, org.sourceline.model.CertaintyLevel.values().length)
                || !isRowStart(actorStart, n, eventActors, actors) || !isRowStart(articleStart, n, eventArticles, articles)) {
            return null;
        }
        for (int[] row : eventsOfActor) {
            if (row == null || !inRange(row, n)) {
                return null;
            }
        }
        int[] timeRank = inverse(timeOrder, n);
        if (timeRank == null) {
            return null;
        }
        SourceColumns sources = new SourceColumns(dataset, articleStart, sourceFlags, eventsPerArticle, eventArticles,
                outletStart, eventOutlets);
        if (!isRowStart(outletStart, n, eventOutlets, sources.outlets.size())) {
            return null;
        }
        return new EventIndex(dataset, earliest, latest, type, certainty, actorStart, eventActors, eventsOfActor,
                timeOrder, timeRank, sources);
    }

    private EventIndex(Dataset dataset, long[] earliest, long[] latest, byte[] type, byte[] certainty, int[] actorStart,
                       int[] eventActors, int[][] eventsOfActor, int[] timeOrder, int[] timeRank, SourceColumns sources) {
        this.dataset = dataset;
        List<Event> events = dataset.events();
        List<Actor> actors = dataset.actors();
        size = events.size();
        this.earliest = earliest;
        this.latest = latest;
        this.type = type;
        this.certainty = certainty;
        this.actorStart = actorStart;
        this.eventActors = eventActors;
        this.eventsOfActor = eventsOfActor;
        this.timeOrder = timeOrder;
        this.timeRank = timeRank;
        actorPositions = new IdentityHashMap<>(actors.size() * 2);
        for (int a = 0; a < actors.size(); a++) {
            actorPositions.put(actors.get(a), a);
        }
        // The map from events to keys waits for its first use: a snapshot's events are decoded
        // after the first frame, and nothing before it looks an event up.
        keys = null;
        keyAt = new int[size];
        positionOfKey = new int[size];
        for (int e = 0; e < size; e++) {
            keyAt[e] = e;
            positionOfKey[e] = e;
        }
        articlePositions = sources.articlePositions;
        articleOutlet = sources.articleOutlet;
        outlets = sources.outlets;
        articleStart = sources.articleStart;
        sourceFlags = sources.sourceFlags;
        eventsPerArticle = sources.eventsPerArticle;
        eventArticles = sources.eventArticles;
        outletStart = sources.outletStart;
        eventOutlets = sources.eventOutlets;
    }

    private static boolean inRange(byte[] values, int limit) {
        for (byte v : values) {
            if (v < 0 || v >= limit) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(int[] values, int limit) {
        for (int v : values) {
            if (v < 0 || v >= limit) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code start} delimits {@code n} rows of {@code flat} (CSR) whose values are below {@code limit}. */
    private static boolean isRowStart(int[] start, int n, int[] flat, int limit) {
        if (start == null || flat == null || start.length != n + 1 || start[0] != 0 || start[n] != flat.length) {
            return false;
        }
        for (int e = 0; e < n; e++) {
            if (start[e] > start[e + 1]) {
                return false;
            }
        }
        return inRange(flat, limit);
    }

    /** The inverse of a permutation of 0..n-1, or null when {@code order} is not one. */
    private static int[] inverse(int[] order, int n) {
        if (order == null || order.length != n) {
            return null;
        }
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        for (int r = 0; r < n; r++) {
            int e = order[r];
            if (e < 0 || e >= n || rank[e] >= 0) {
                return null;
            }
            rank[e] = r;
        }
        return rank;
    }

    /** Builds the index of a dataset; linear in the number of events and roles. */
    public static EventIndex of(Dataset dataset) {
        return of(dataset, dataset.events().size() >= Concurrently.MIN_EVENTS);
    }

    /**
     * The index of a dataset just read, from the columns its reader collected event by event
     * ({@link ReadResult#columns()}): the time order is sorted and the actors' lanes counted from
     * int arrays instead of walking the events again; the map from events to positions is made on
     * first use (nothing before the first frame looks an event up). Built from the events as
     * {@link #of(Dataset)} does when there are no columns or they do not fit the dataset.
     */
    public static EventIndex of(Dataset dataset, EventColumns columns) {
        int n = dataset.events().size();
        int actors = dataset.actors().size();
        if (columns == null || columns.size() != n || columns.actorStart().length != n + 1
                || !isRowStart(columns.actorStart(), n, columns.eventActors(), actors)) {
            return of(dataset);
        }
        Concurrently.Result<SourceColumns> sources = n >= Concurrently.MIN_EVENTS
                ? Concurrently.start(() -> new SourceColumns(dataset)) : null;
        int[] perActor = new int[actors];
        int[] eventActors = columns.eventActors();
        for (int a : eventActors) {
            perActor[a]++;
        }
        int[][] eventsOfActor = new int[actors][];
        for (int a = 0; a < actors; a++) {
            eventsOfActor[a] = new int[perActor[a]];
        }
        int[] fill = new int[actors];
        int[] actorStart = columns.actorStart();
        for (int e = 0; e < n; e++) {
            for (int i = actorStart[e]; i < actorStart[e + 1]; i++) {
                int a = eventActors[i];
                eventsOfActor[a][fill[a]++] = e;
            }
        }
        int[] timeOrder = sortByTime(columns.earliest(), columns.latest(), n);
        int[] timeRank = new int[n];
        for (int r = 0; r < n; r++) {
            timeRank[timeOrder[r]] = r;
        }
        return new EventIndex(dataset, columns.earliest(), columns.latest(), columns.type(), columns.certainty(),
                actorStart, eventActors, eventsOfActor, timeOrder, timeRank,
                sources != null ? sources.join() : new SourceColumns(dataset));
    }

    /** Builds the index on this thread alone, or with parts of it on another (the same index either way). */
    static EventIndex of(Dataset dataset, boolean concurrent) {
        return new EventIndex(dataset, concurrent);
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The first day a time axis shows when no event has a known day (a new dataset, or one
     * whose times are all open): the start of the year before the latest article's publication,
     * so that what the article reports on is in view; 1 January 2000 when no article is dated.
     * The axis runs to {@link #emptyDomainEnd()}.
     */
    public long emptyDomainStart() {
        long published = latestPublication();
        return published == Long.MIN_VALUE ? Days.of(2000, 1, 1) : Days.yearStart(Days.yearOf(published) - 1);
    }

    /** The last day of that axis: the start of the year after the latest article's publication, else 2030. */
    public long emptyDomainEnd() {
        long published = latestPublication();
        return published == Long.MIN_VALUE ? Days.of(2030, 1, 1) : Days.yearStart(Days.yearOf(published) + 1);
    }

    private long latestPublication() {
        long latest = Long.MIN_VALUE;
        for (Article article : dataset.articles()) {
            if (article.published() != null && !Days.isOpen(article.published().latest())) {
                latest = Math.max(latest, article.published().latest());
            }
        }
        return latest;
    }

    /** Number of events. */
    public int size() {
        return size;
    }

    public int actorCount() {
        return eventsOfActor.length;
    }

    public Event event(int e) {
        return dataset.events().get(e);
    }

    public Actor actor(int a) {
        return dataset.actors().get(a);
    }

    /** Position of an event, or -1 when it is not in this dataset. */
    public int indexOf(Event event) {
        if (event == null) {
            return -1;
        }
        int key = keys().get(event);
        return key < 0 ? -1 : positionOfKey[key];
    }

    /** Event → key; made on first use when the index was made from columns (each event's key is then its position). */
    private IdentityIntMap keys() {
        IdentityIntMap map = keys;
        if (map == null) {
            synchronized (this) {
                map = keys;
                if (map == null) {
                    map = new IdentityIntMap(size);
                    List<Event> events = dataset.events();
                    for (int e = 0; e < size; e++) {
                        map.put(events.get(e), e);
                    }
                    keys = map;
                }
            }
        }
        return map;
    }

    /**
     * Position of the event with this id, or -1: a scan of an int array of id hashes (made on the
     * first call), not of the events, so it costs microseconds even for a million events.
     */
    public int positionOf(String eventId) {
        int[] hashes = idHashes;
        List<Event> events = dataset.events();
        if (hashes == null) {
            hashes = new int[size];
            for (int e = 0; e < size; e++) {
                hashes[e] = events.get(e).id().hashCode();
            }
            idHashes = hashes;
        }
        int h = eventId.hashCode();
        for (int e = 0; e < hashes.length; e++) {
            if (hashes[e] == h && events.get(e).id().equals(eventId)) {
                return e;
            }
        }
        return -1;
    }

    /** Position of an actor, or -1. */
    public int indexOf(Actor actor) {
        Integer a = actor == null ? null : actorPositions.get(actor);
        return a == null ? -1 : a;
    }

    public long earliest(int e) {
        return earliest[e];
    }

    public long latest(int e) {
        return latest[e];
    }

    public int typeOrdinal(int e) {
        return type[e];
    }

    /**
     * What the whole dataset spans and holds: the earliest and latest known day over all events
     * (open ends do not count), the events of each type, the most sources an event has and whether
     * any is disputed. One pass over the events, made the first time it is asked for and kept
     * (the filter panel, the table and the graph all ask after each edit).
     */
    public Totals totals() {
        Tally t = tally;
        if (t == null) {
            t = Tally.of(this);
            tally = t;
        }
        return t.totals();
    }

    /**
     * The totals with what it takes to keep them after an edit: how many event ends lie on the
     * earliest and on the latest known day, how many events have each number of sources, how many
     * are disputed. An edit adds its inserted events and takes its removed ones away; only when
     * an extreme is left with no event (the earliest day's last event removed) are the totals
     * worked out again, when asked for.
     */
    private record Tally(Totals totals, int atEarliest, int atLatest, int[] bySources, int disputed) {
        static Tally of(EventIndex index) {
            Counter counter = new Counter(Long.MAX_VALUE, Long.MIN_VALUE, 0, 0,
                    new int[org.sourceline.model.EventType.values().length], new int[MAX_SOURCES + 1], 0);
            for (int e = 0; e < index.size; e++) {
                counter.add(index, e);
            }
            return counter.tally();
        }

        /** The tally of {@code next}, {@code old} with {@code removed} (old positions) and {@code inserted} (new ones); null to count again. */
        Tally afterEdit(EventIndex old, EventIndex next, int[] removed, int[] inserted) {
            Counter counter = new Counter(totals.earliestKnownDay(), totals.latestKnownDay(), atEarliest, atLatest,
                    totals.byType(), bySources.clone(), disputed);
            for (int r : removed) {
                counter.remove(old, r);
            }
            if ((counter.atMin == 0 || counter.atMax == 0) && totals.hasKnownDays()) {
                return null;
            }
            for (int p : inserted) {
                counter.add(next, p);
            }
            return counter.tally();
        }

        /**
         * Events counted so far: by type, by number of sources, disputed, and the earliest and
         * latest known days with how many event ends lie on each.
         */
        private static final class Counter {
            long min;
            long max;
            int atMin;
            int atMax;
            final int[] byType;
            final int[] bySources;
            int disputed;

            Counter(long min, long max, int atMin, int atMax, int[] byType, int[] bySources, int disputed) {
                this.min = min;
                this.max = max;
                this.atMin = atMin;
                this.atMax = atMax;
                this.byType = byType;
                this.bySources = bySources;
                this.disputed = disputed;
            }

            void add(EventIndex index, int e) {
                byType[index.type[e]]++;
                bySources[index.sourceCount(e)]++;
                disputed += index.isDisputed(e) ? 1 : 0;
                addDay(index.earliest[e]);
                addDay(index.latest[e]);
            }

            /** Takes an event away; an extreme it leaves without ends stays, with a count of 0. */
            void remove(EventIndex index, int e) {
                byType[index.type[e]]--;
                bySources[index.sourceCount(e)]--;
                disputed -= index.isDisputed(e) ? 1 : 0;
                removeDay(index.earliest[e]);
                removeDay(index.latest[e]);
            }

            /** Counts one end of an event (open ends are not days and count for nothing). */
            private void addDay(long day) {
                if (org.sourceline.model.Days.isOpen(day)) {
                    return;
                }
                if (day < min) {
                    min = day;
                    atMin = 0;
                }
                atMin += day == min ? 1 : 0;
                if (day > max) {
                    max = day;
                    atMax = 0;
                }
                atMax += day == max ? 1 : 0;
            }

            private void removeDay(long day) {
                if (!org.sourceline.model.Days.isOpen(day)) {
                    atMin -= day == min ? 1 : 0;
                    atMax -= day == max ? 1 : 0;
                }
            }

            Tally tally() {
                int most = 0;
                for (int n = bySources.length - 1; n > 0; n--) {
                    if (bySources[n] > 0) {
                        most = n;
                        break;
                    }
                }
                return new Tally(new Totals(min, max, byType, most, disputed > 0), atMin, atMax, bySources, disputed);
            }
        }
    }

    private volatile Tally tally;

    /**
     * See {@link EventIndex#totals()}.
     *
     * @param earliestKnownDay the earliest known day, {@link Long#MAX_VALUE} when no event has one
     * @param latestKnownDay   the latest known day, {@link Long#MIN_VALUE} when no event has one
     * @param mostSources      the most sources (articles supporting it) of any event
     * @param anyDisputed      whether a quote disputes any event
     */
    public record Totals(long earliestKnownDay, long latestKnownDay, int[] byType, int mostSources, boolean anyDisputed) {
        public Totals {
            byType = byType.clone();
        }

        /** Whether any event has a known day. */
        public boolean hasKnownDays() {
            return earliestKnownDay <= latestKnownDay;
        }

        /** Events of the type with this ordinal. */
        public int ofType(int ordinal) {
            return byType[ordinal];
        }

        @Override
        public int[] byType() {
            return byType.clone();
        }
    }

    public int certaintyOrdinal(int e) {
        return certainty[e];
    }

    public int actorStart(int e) {
        return actorStart[e];
    }

    public int actorEnd(int e) {
        return actorStart[e + 1];
    }

    /** The actor at a flat role position (between {@link #actorStart} and {@link #actorEnd}). */
    public int actorAt(int i) {
        return eventActors[i];
    }

    /** Events of an actor, ascending; do not modify. */
    public int[] eventsOf(int actor) {
        return eventsOfActor[actor];
    }

    /** Events in time order; do not modify. */
    public int[] timeOrder() {
        return timeOrder;
    }

    /** Number of articles. */
    public int articleCount() {
        return articleOutlet.length;
    }

    public Article article(int a) {
        return dataset.articles().get(a);
    }

    /** Position of an article by id, or -1. */
    public int indexOfArticle(String id) {
        Integer a = id == null ? null : articlePositions.get(id);
        return a == null ? -1 : a;
    }

    /** First position of event e's articles (see {@link #articleAt}). */
    public int articleStart(int e) {
        return articleStart[e];
    }

    public int articleEnd(int e) {
        return articleStart[e + 1];
    }

    /** An article an event quotes, at a flat position between {@link #articleStart} and {@link #articleEnd}. */
    public int articleAt(int i) {
        return eventArticles[i];
    }

    /** How many events quote an article (supporting or disputing them). */
    public int eventsCiting(int article) {
        return eventsPerArticle[article];
    }

    /** How many different articles support an event ({@link Event#sourceCount()}), capped at 127. */
    public int sourceCount(int e) {
        return sourceFlags[e] & MAX_SOURCES;
    }

    /** Whether a quote disputes the event ({@link Event#isDisputed()}). */
    public boolean isDisputed(int e) {
        return (sourceFlags[e] & DISPUTED_FLAG) != 0;
    }

    /** The outlets of an event's articles (each once) are {@link #outletAt} from here to {@link #outletEnd}. */
    public int outletStart(int e) {
        return outletStart[e];
    }

    public int outletEnd(int e) {
        return outletStart[e + 1];
    }

    public int outletAt(int i) {
        return eventOutlets[i];
    }

    // The filter's loop reads the columns themselves: one bounds check per array, not per call.

    long[] earliestColumn() {
        return earliest;
    }

    long[] latestColumn() {
        return latest;
    }

    byte[] typeColumn() {
        return type;
    }

    byte[] certaintyColumn() {
        return certainty;
    }

    int[] actorStartColumn() {
        return actorStart;
    }

    int[] eventActorColumn() {
        return eventActors;
    }

    int[] articleStartColumn() {
        return articleStart;
    }

    int[] eventArticleColumn() {
        return eventArticles;
    }

    int[] outletStartColumn() {
        return outletStart;
    }

    int[] eventOutletColumn() {
        return eventOutlets;
    }

    /** {@link #sourceCount} in the low seven bits, {@link #isDisputed} in the top bit. */
    byte[] sourceFlagColumn() {
        return sourceFlags;
    }

    /** Number of distinct outlets (an unknown outlet counts as one). */
    public int outletCount() {
        return outlets.size();
    }

    /** An outlet's {@linkplain EventFilter#outletKey key}: its name, or "" when unknown. */
    public String outlet(int o) {
        return outlets.get(o);
    }

    /** Position of an outlet by key, or -1. */
    public int indexOfOutlet(String key) {
        return outlets.indexOf(key);
    }

    /** The outlet of an article, as a position. */
    public int outletOf(int article) {
        return articleOutlet[article];
    }

    /** Rank of an event in time order. */
    public int timeRank(int e) {
        return timeRank[e];
    }
}
