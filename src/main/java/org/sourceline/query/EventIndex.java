package org.sourceline.query;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Column-oriented index of a dataset, built once when it loads, so that filtering and drawing a
 * million events touch flat arrays instead of objects. Events are referred to by their position
 * in {@link Dataset#events()}; actors by their position in {@link Dataset#actors()}.
 */
public final class EventIndex {
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
    private final IdentityIntMap positions;
    private final Map<Actor, Integer> actorPositions;

    private EventIndex(Dataset dataset) {
        this.dataset = dataset;
        List<Event> events = dataset.events();
        List<Actor> actors = dataset.actors();
        size = events.size();
        earliest = new long[size];
        latest = new long[size];
        type = new byte[size];
        certainty = new byte[size];
        actorStart = new int[size + 1];
        actorPositions = new IdentityHashMap<>(actors.size() * 2);
        for (int a = 0; a < actors.size(); a++) {
            actorPositions.put(actors.get(a), a);
        }
        int roles = 0;
        for (Event event : events) {
            roles += event.sources().size() + event.targets().size() + event.participants().size();
        }
        int[] flat = new int[roles];
        int[] perActor = new int[actors.size()];
        positions = new IdentityIntMap(size);
        int k = 0;
        for (int e = 0; e < size; e++) {
            Event event = events.get(e);
            positions.put(event, e);
            earliest[e] = event.time().earliest();
            latest[e] = event.time().latest();
            type[e] = (byte) event.type().ordinal();
            certainty[e] = (byte) event.certainty().level().ordinal();
            actorStart[e] = k;
            k = addActors(event.sources(), flat, k, actorStart[e], perActor);
            k = addActors(event.targets(), flat, k, actorStart[e], perActor);
            k = addActors(event.participants(), flat, k, actorStart[e], perActor);
        }
        actorStart[size] = k;
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
        timeOrder = sortByTime();
        timeRank = new int[size];
        for (int r = 0; r < size; r++) {
            timeRank[timeOrder[r]] = r;
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
                perActor[a]++;
            }
        }
        return k;
    }

    private int[] sortByTime() {
        int[] order = new int[size];
        if (size < (1 << 21)) {
            // Pack (rank of earliest, rank of latest, position) into one long: a primitive sort, no boxing.
            long[] starts = earliest.clone();
            Arrays.sort(starts);
            long[] ends = latest.clone();
            Arrays.sort(ends);
            long[] packed = new long[size];
            for (int e = 0; e < size; e++) {
                long startRank = SortedArrays.lowerBound(starts, earliest[e]);
                long endRank = SortedArrays.lowerBound(ends, latest[e]);
                packed[e] = (startRank << 42) | (endRank << 21) | e;
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


    /** Builds the index of a dataset; linear in the number of events and roles. */
    public static EventIndex of(Dataset dataset) {
        return new EventIndex(dataset);
    }

    public Dataset dataset() {
        return dataset;
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
        return event == null ? -1 : positions.get(event);
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

    /** Rank of an event in time order. */
    public int timeRank(int e) {
        return timeRank[e];
    }
}
