package org.sourceline.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourceline.model.Actor;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterResult;

/**
 * Derives an {@link ActorGraph} from events. Each event's role pairs are collected under a packed
 * (source, target, type, kind) key and then sorted, so the result does not depend on hashing
 * order.
 */
public final class ActorGraphBuilder {
    private static final int TYPES = EventType.values().length;

    /** At most how many bits a (key, event) pair may take to be sorted as one long (tests lower it). */
    static int packedBits = 63;

    private ActorGraphBuilder() {
    }

    /** The graph of the events a filter lets through, restricted to a time window. */
    public static ActorGraph derive(FilterResult result, TimeWindow window) {
        return derive(result.index(), result.visibleBits(), window);
    }

    /** The graph of some events of a dataset, given as a list. */
    public static ActorGraph derive(EventIndex index, List<Event> events, TimeWindow window) {
        BitSet bits = new BitSet(index.size());
        for (Event event : events) {
            int e = index.indexOf(event);
            if (e < 0) {
                throw new IllegalArgumentException("event " + event.id() + " is not in the index's dataset");
            }
            bits.set(e);
        }
        return derive(index, bits, window);
    }

    /** The graph of the events whose positions are set in {@code events}, restricted to a window. */
    public static ActorGraph derive(EventIndex index, BitSet events, TimeWindow window) {
        Objects.requireNonNull(window, "window");
        int actorCount = index.actorCount();
        int[] eventsPerActor = new int[actorCount];
        Contributions byKey = new Contributions(index.size());
        int included = 0;
        for (int e = events.nextSetBit(0); e >= 0 && e < index.size(); e = events.nextSetBit(e + 1)) {
            if (!window.overlaps(index.earliest(e), index.latest(e))) {
                continue;
            }
            included++;
            for (int i = index.actorStart(e); i < index.actorEnd(e); i++) {
                eventsPerActor[index.actorAt(i)]++;
            }
            Event event = index.event(e);
            byKey.describe(e, event);
            if (relate(index, event, e, byKey, actorCount) == 0) {
                // No one else in the event: a loop on each of its actors, so that it is on the graph too.
                for (int i = index.actorStart(e); i < index.actorEnd(e); i++) {
                    int a = index.actorAt(i);
                    accumulate(byKey, actorCount, a, a, event, e, Relation.Kind.ALONE);
                }
            }
        }

        List<ActorNode> nodes = new ArrayList<>();
        int[] nodeOfActor = new int[actorCount];
        Arrays.fill(nodeOfActor, -1);
        for (int a = 0; a < actorCount; a++) {
            if (eventsPerActor[a] > 0) {
                nodeOfActor[a] = nodes.size();
                nodes.add(new ActorNode(a, index.actor(a), eventsPerActor[a]));
            }
        }

        List<Relation> relations = byKey.relations(index, actorCount, nodeOfActor);

        List<Affiliation> affiliations = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            String parentId = nodes.get(n).actor().affiliationId();
            Actor parent = parentId == null ? null : index.dataset().actor(parentId);
            int parentActor = index.indexOf(parent);
            if (parentActor >= 0 && nodeOfActor[parentActor] >= 0 && nodeOfActor[parentActor] != n) {
                affiliations.add(new Affiliation(n, nodeOfActor[parentActor]));
            }
        }
        return new ActorGraph(index, window, included, nodes, relations, affiliations);
    }

    /**
     * The edges of one event: sources act on targets; without targets, sources act together; each
     * participant took part with every source and target, or, when there are none, with the other
     * participants. Returns how many pairs the event relates.
     */
    private static int relate(EventIndex index, Event event, int e, Contributions byKey, int actorCount) {
        List<Actor> sources = event.sources();
        List<Actor> targets = event.targets();
        List<Actor> participants = event.participants();
        int pairs = 0;
        if (!targets.isEmpty()) {
            for (Actor s : sources) {
                for (Actor t : targets) {
                    int a = index.indexOf(s);
                    int b = index.indexOf(t);
                    if (a != b) {
                        accumulate(byKey, actorCount, a, b, event, e, Relation.Kind.ACTS_ON);
                        pairs++;
                    }
                }
            }
        } else {
            pairs += undirectedAmong(index, sources, event, e, byKey, actorCount, Relation.Kind.TOGETHER);
        }
        List<Actor> others = new ArrayList<>(sources);
        others.addAll(targets);
        if (others.isEmpty()) {
            pairs += undirectedAmong(index, participants, event, e, byKey, actorCount, Relation.Kind.TOOK_PART);
        } else {
            for (Actor p : participants) {
                for (Actor o : others) {
                    int a = index.indexOf(p);
                    int b = index.indexOf(o);
                    if (a != b) {
                        accumulate(byKey, actorCount, Math.min(a, b), Math.max(a, b), event, e, Relation.Kind.TOOK_PART);
                        pairs++;
                    }
                }
            }
        }
        return pairs;
    }

    private static int undirectedAmong(EventIndex index, List<Actor> actors, Event event, int e,
                                       Contributions byKey, int actorCount, Relation.Kind kind) {
        int pairs = 0;
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                int a = index.indexOf(actors.get(i));
                int b = index.indexOf(actors.get(j));
                if (a != b) {
                    accumulate(byKey, actorCount, Math.min(a, b), Math.max(a, b), event, e, kind);
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static void accumulate(Contributions byKey, int actorCount, int source, int target, Event event,
                                   int e, Relation.Kind kind) {
        // Sorting by this key orders relations by source, target, type, then kind. "Took part" ties
        // gather every type into one edge per pair: they are context, not the story.
        int typeSlot = kind == Relation.Kind.TOOK_PART ? 0 : event.type().ordinal();
        byKey.add((((long) source * actorCount + target) * TYPES + typeSlot) * 4 + kind.ordinal(), e);
    }

    /**
     * What the scan finds: each (relation key, event) once per role pair, in two growing arrays;
     * then sorted by key and event and cut into relations, one per run of a key. A hash map of
     * a million boxed keys, each with its accumulator, spent most of a million events' graph
     * looking keys up; sorting primitive pairs is a few passes over two arrays. The mode and
     * certainty of each event are noted while it is at hand, so that the runs need no event.
     */
    private static final class Contributions {
        private long[] keys = new long[1024];
        private int[] events = new int[1024];
        private int size;
        /** Per event position: a number for its mode (0: none), and its certainty level's ordinal. */
        private final int[] modeOf;
        private final byte[] levelOf;
        private final Map<String, Integer> modeNumbers = new HashMap<>();
        private final List<String> modes = new ArrayList<>(List.of(""));

        Contributions(int eventCount) {
            modeOf = new int[eventCount];
            levelOf = new byte[eventCount];
        }

        void describe(int e, Event event) {
            String mode = event.mode();
            if (mode != null) {
                Integer known = modeNumbers.get(mode);
                if (known == null) {
                    known = modes.size();
                    modeNumbers.put(mode, known);
                    modes.add(mode);
                }
                modeOf[e] = known;
            }
            levelOf[e] = (byte) event.certainty().level().ordinal();
        }

        void add(long key, int e) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                events = Arrays.copyOf(events, size * 2);
            }
            keys[size] = key;
            events[size] = e;
            size++;
        }

        /** The relations in key order; each one's events in time order. */
        List<Relation> relations(EventIndex index, int actorCount, int[] nodeOfActor) {
            sortByKeyThenEvent(index.size());
            CertaintyLevel[] levels = CertaintyLevel.values();
            EventType[] types = EventType.values();
            List<Relation> relations = new ArrayList<>();
            int[] run = new int[16];
            for (int from = 0; from < size; ) {
                long key = keys[from];
                int count = 0;
                int to = from;
                for (; to < size && keys[to] == key; to++) {
                    int e = events[to];
                    if (count > 0 && run[count - 1] == e) {
                        continue; // the same actor listed twice in one role
                    }
                    if (count == run.length) {
                        run = Arrays.copyOf(run, count * 2);
                    }
                    run[count++] = e;
                }
                int mode = modeOf[run[0]];
                boolean modesDiffer = false;
                int strongest = Integer.MAX_VALUE;
                for (int i = 0; i < count; i++) {
                    modesDiffer |= modeOf[run[i]] != mode;
                    strongest = Math.min(strongest, levelOf[run[i]]);
                }
                Relation.Kind kind = Relation.Kind.values()[(int) (key % 4)];
                long pair = key / 4 / TYPES;
                int source = (int) (pair / actorCount);
                int target = (int) (pair % actorCount);
                // A "took part" edge gathers every type: it has its first event's.
                EventType type = kind == Relation.Kind.TOOK_PART ? index.event(run[0]).type()
                        : types[(int) (key / 4 % TYPES)];
                relations.add(new Relation(nodeOfActor[source], nodeOfActor[target], type, kind,
                        inTimeOrder(index, run, count), modesDiffer || mode == 0 ? null : modes.get(mode),
                        levels[strongest]));
                from = to;
            }
            return relations;
        }

        private static int[] inTimeOrder(EventIndex index, int[] run, int count) {
            int[] inTimeOrder = Arrays.copyOf(run, count);
            if (count > 1) {
                // Sort by time rank: pack the rank above the position, sort, unpack.
                long[] packed = new long[count];
                for (int i = 0; i < count; i++) {
                    packed[i] = ((long) index.timeRank(inTimeOrder[i]) << 32) | inTimeOrder[i];
                }
                Arrays.sort(packed);
                for (int i = 0; i < count; i++) {
                    inTimeOrder[i] = (int) packed[i];
                }
            }
            return inTimeOrder;
        }

        /**
         * Sorts the pairs by key, then event: as one long each (the key above the event's bits)
         * when both fit in 63 bits, as they do for any dataset short of tens of thousands of
         * actors in tens of millions of events; else through an index.
         */
        private void sortByKeyThenEvent(int eventCount) {
            int eventBits = 64 - Long.numberOfLeadingZeros(Math.max(1, eventCount - 1));
            long largestKey = 0;
            for (int i = 0; i < size; i++) {
                largestKey = Math.max(largestKey, keys[i]);
            }
            int keyBits = 64 - Long.numberOfLeadingZeros(largestKey);
            if (keyBits + eventBits <= packedBits) {
                long[] packed = new long[size];
                for (int i = 0; i < size; i++) {
                    packed[i] = keys[i] << eventBits | events[i];
                }
                Arrays.parallelSort(packed);
                long eventMask = (1L << eventBits) - 1;
                for (int i = 0; i < size; i++) {
                    keys[i] = packed[i] >>> eventBits;
                    events[i] = (int) (packed[i] & eventMask);
                }
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            long[] k = keys;
            int[] ev = events;
            Arrays.sort(order, (x, y) -> k[x] != k[y] ? Long.compare(k[x], k[y]) : Integer.compare(ev[x], ev[y]));
            long[] sortedKeys = new long[size];
            int[] sortedEvents = new int[size];
            for (int i = 0; i < size; i++) {
                sortedKeys[i] = k[order[i]];
                sortedEvents[i] = ev[order[i]];
            }
            keys = sortedKeys;
            events = sortedEvents;
        }
    }
}
