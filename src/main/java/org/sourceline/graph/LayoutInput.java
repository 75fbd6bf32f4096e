package org.sourceline.graph;

import java.util.Arrays;

/**
 * What the force layout needs to know of a graph: the actors and the undirected, weighted pairs
 * that pull them together. Two graphs with equal inputs get the same layout, so a filter change
 * that keeps the same actors and pairs does not lay out again.
 */
public final class LayoutInput {
    /** Pull of an affiliation link, in units of a single relation's pull. */
    static final double AFFILIATION_WEIGHT = 1.5;
    /** Ideal length of an affiliation link, in ideal edge lengths: members sit close. */
    static final double AFFILIATION_LENGTH = 0.8;
    /** Extra length per additional relation of a pair: their curves fan out and need room. */
    static final double LENGTH_PER_RELATION = 0.3;
    static final double MAX_LENGTH = 3;

    private final int actorCount;
    private final int[] actors;
    private final String[] actorIds;
    private final int[] pairA;
    private final int[] pairB;
    private final double[] weight;
    private final double[] length;

    private LayoutInput(int actorCount, int[] actors, String[] actorIds, int[] pairA, int[] pairB, double[] weight,
                        double[] length) {
        this.actorCount = actorCount;
        this.actors = actors;
        this.actorIds = actorIds;
        this.pairA = pairA;
        this.pairB = pairB;
        this.weight = weight;
        this.length = length;
    }

    /**
     * The input of a graph: one pair per two actors joined by relations or by an affiliation.
     * A pair with several relations (in either direction, of several types) gets a longer ideal
     * length, room for its fan of curves and captions; an affiliation pulls its member close.
     */
    public static LayoutInput of(ActorGraph graph) {
        int n = graph.nodeCount();
        int[] actors = new int[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            actors[i] = graph.node(i).actorIndex();
            ids[i] = graph.node(i).actor().id();
        }
        // Pairs as sorted keys, not maps of boxed keys: a key is (smaller << 32 | larger), whose
        // Long hash (smaller ^ larger) takes a few thousand values for a million pairs among
        // 5,000 actors — a HashMap of them degrades into trees (4 s for a 1M-event graph).
        long[] relationKeys = new long[graph.relations().size()];
        int relationCount = 0;
        for (Relation r : graph.relations()) {
            if (!r.isLoop()) {
                relationKeys[relationCount++] = pairKey(r.source(), r.target());
            }
        }
        Arrays.sort(relationKeys, 0, relationCount);
        long[] affiliationKeys = new long[graph.affiliations().size()];
        int affiliationCount = 0;
        for (Affiliation a : graph.affiliations()) {
            affiliationKeys[affiliationCount++] = pairKey(a.member(), a.parent());
        }
        Arrays.sort(affiliationKeys, 0, affiliationCount);
        // The union of both, in key order, each pair once with its number of relations.
        int most = relationCount + affiliationCount;
        int[] pa = new int[most];
        int[] pb = new int[most];
        double[] w = new double[most];
        double[] len = new double[most];
        int i = 0;
        int r = 0;
        int a = 0;
        while (r < relationCount || a < affiliationCount) {
            long key = r == relationCount ? affiliationKeys[a]
                    : a == affiliationCount ? relationKeys[r] : Math.min(relationKeys[r], affiliationKeys[a]);
            int relations = 0;
            while (r < relationCount && relationKeys[r] == key) {
                relations++;
                r++;
            }
            boolean member = false;
            while (a < affiliationCount && affiliationKeys[a] == key) {
                member = true;
                a++;
            }
            pa[i] = (int) (key >>> 32);
            pb[i] = (int) key;
            w[i] = (relations > 0 ? 1 : 0) + (member ? AFFILIATION_WEIGHT : 0);
            len[i] = relations > 0 ? Math.min(MAX_LENGTH, 1 + LENGTH_PER_RELATION * (relations - 1)) : AFFILIATION_LENGTH;
            i++;
        }
        pa = Arrays.copyOf(pa, i);
        pb = Arrays.copyOf(pb, i);
        w = Arrays.copyOf(w, i);
        len = Arrays.copyOf(len, i);
        return new LayoutInput(graph.index().actorCount(), actors, ids, pa, pb, w, len);
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Actors in the dataset (the size of the layout's arrays). */
    public int actorCount() {
        return actorCount;
    }

    /** Number of nodes to place. */
    public int size() {
        return actors.length;
    }

    /** Dataset position of node i. */
    public int actor(int i) {
        return actors[i];
    }

    /** Id of node i's actor: seeds its starting point, so it does not depend on the other nodes. */
    public String actorId(int i) {
        return actorIds[i];
    }

    public int pairCount() {
        return pairA.length;
    }

    public int pairA(int p) {
        return pairA[p];
    }

    public int pairB(int p) {
        return pairB[p];
    }

    /** How strongly pair p pulls together. */
    public double weight(int p) {
        return weight[p];
    }

    /** The distance pair p settles at when alone, in ideal edge lengths. */
    public double length(int p) {
        return length[p];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutInput in && in.actorCount == actorCount && Arrays.equals(in.actors, actors)
                && Arrays.equals(in.pairA, pairA) && Arrays.equals(in.pairB, pairB) && Arrays.equals(in.weight, weight)
                && Arrays.equals(in.length, length);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(actors) * 31 + Arrays.hashCode(pairA) * 17 + Arrays.hashCode(pairB);
    }
}
