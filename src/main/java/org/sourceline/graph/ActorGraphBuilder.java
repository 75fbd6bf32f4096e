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
 * Derives an {@link ActorGraph} from events. Linear in the events' roles; relations are
 * collected under a packed (source, target, type, mutual) key and then sorted, so the result
 * does not depend on hashing order.
 */
public final class ActorGraphBuilder {
    private static final int TYPES = EventType.values().length;

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
        Map<Long, RelationAccumulator> byKey = new HashMap<>();
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

        // In key order, from the accumulators themselves (a look-up of each key again was a third
        // of the time of a million events' graph).
        RelationAccumulator[] inOrder = byKey.values().toArray(new RelationAccumulator[0]);
        Arrays.sort(inOrder, (x, y) -> Long.compare(x.key, y.key));
        List<Relation> relations = new ArrayList<>(inOrder.length);
        for (RelationAccumulator acc : inOrder) {
            relations.add(acc.toRelation(index, nodeOfActor));
        }

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
    private static int relate(EventIndex index, Event event, int e, Map<Long, RelationAccumulator> byKey, int actorCount) {
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
                                       Map<Long, RelationAccumulator> byKey, int actorCount, Relation.Kind kind) {
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

    private static void accumulate(Map<Long, RelationAccumulator> byKey, int actorCount, int source, int target, Event event,
                                   int e, Relation.Kind kind) {
        // Sorting by this key orders relations by source, target, type, then kind. "Took part" ties
        // gather every type into one edge per pair: they are context, not the story.
        int typeSlot = kind == Relation.Kind.TOOK_PART ? 0 : event.type().ordinal();
        long key = (((long) source * actorCount + target) * TYPES + typeSlot) * 4 + kind.ordinal();
        RelationAccumulator acc = byKey.get(key);
        if (acc == null) {
            acc = new RelationAccumulator(key, source, target, event.type(), kind);
            byKey.put(key, acc);
        }
        acc.add(e, event);
    }

    /** Collects the events of one relation while the events are scanned. */
    private static final class RelationAccumulator {
        /** Its key in the map: orders the relations by source, target, type, then kind. */
        private final long key;
        private final int sourceActor;
        private final int targetActor;
        private final EventType type;
        private final Relation.Kind kind;
        private int[] events = new int[2];
        private int count;
        private String mode;
        private boolean modesDiffer;
        private CertaintyLevel strongest;

        RelationAccumulator(long key, int sourceActor, int targetActor, EventType type, Relation.Kind kind) {
            this.key = key;
            this.sourceActor = sourceActor;
            this.targetActor = targetActor;
            this.type = type;
            this.kind = kind;
        }

        void add(int e, Event event) {
            if (count > 0 && events[count - 1] == e) {
                return; // the same actor listed twice in one role
            }
            if (count == events.length) {
                events = Arrays.copyOf(events, count * 2);
            }
            events[count] = e;
            if (count == 0) {
                mode = event.mode();
            } else if (!Objects.equals(mode, event.mode())) {
                modesDiffer = true;
            }
            count++;
            CertaintyLevel level = event.certainty().level();
            if (strongest == null || level.ordinal() < strongest.ordinal()) {
                strongest = level;
            }
        }

        Relation toRelation(EventIndex index, int[] nodeOfActor) {
            int[] inTimeOrder = Arrays.copyOf(events, count);
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
            return new Relation(nodeOfActor[sourceActor], nodeOfActor[targetActor], type, kind, inTimeOrder,
                    modesDiffer ? null : mode, strongest);
        }
    }
}
