package org.sourceline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** The layout's pairs: each two actors joined by relations or an affiliation once, in order, weighted by what joins them. */
class LayoutInputTest {

    private static ActorGraph graph(Dataset dataset) {
        return ActorGraphBuilder.derive(new FilterEngine(EventIndex.of(dataset)).apply(EventFilter.NONE), TimeWindow.ALL);
    }

    /** What the pairs must be, worked out plainly: relations counted per unordered pair, affiliations marked. */
    private static List<String> expected(ActorGraph graph) {
        Map<List<Integer>, int[]> pairs = new TreeMap<>((x, y) -> x.get(0).equals(y.get(0))
                ? Integer.compare(x.get(1), y.get(1)) : Integer.compare(x.get(0), y.get(0)));
        for (Relation r : graph.relations()) {
            if (!r.isLoop()) {
                pairs.computeIfAbsent(List.of(Math.min(r.source(), r.target()), Math.max(r.source(), r.target())),
                        k -> new int[2])[0]++;
            }
        }
        for (Affiliation a : graph.affiliations()) {
            pairs.computeIfAbsent(List.of(Math.min(a.member(), a.parent()), Math.max(a.member(), a.parent())),
                    k -> new int[2])[1] = 1;
        }
        List<String> out = new ArrayList<>();
        pairs.forEach((pair, joins) -> out.add(describe(pair.get(0), pair.get(1),
                (joins[0] > 0 ? 1 : 0) + (joins[1] > 0 ? LayoutInput.AFFILIATION_WEIGHT : 0),
                joins[0] > 0 ? Math.min(LayoutInput.MAX_LENGTH, 1 + LayoutInput.LENGTH_PER_RELATION * (joins[0] - 1))
                        : LayoutInput.AFFILIATION_LENGTH)));
        return out;
    }

    private static List<String> actual(LayoutInput input) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < input.pairCount(); p++) {
            out.add(describe(input.pairA(p), input.pairB(p), input.weight(p), input.length(p)));
        }
        return out;
    }

    private static String describe(int a, int b, double weight, double length) {
        return a + "-" + b + " w" + weight + " l" + length;
    }

    @Test
    void theBundledDatasetsPairsAreItsRelationsAndAffiliationsOnceEach() {
        ActorGraph graph = graph(DatasetReader.loadBundled());
        assertThat(graph.affiliations()).isNotEmpty();
        List<String> pairs = actual(LayoutInput.of(graph));
        assertThat(pairs).isNotEmpty().containsExactlyElementsOf(expected(graph));
    }

    @Test
    void aBigGraphsPairsAreCountedAsPlainlyWorkedOut() {
        // Many pairs among few actors: the counting and the order, not a map's look-ups, are tested.
        ActorGraph graph = graph(TestDatasets.random(5_000, 60, 11));
        LayoutInput input = LayoutInput.of(graph);
        assertThat(input.pairCount()).isGreaterThan(100);
        assertThat(actual(input)).containsExactlyElementsOf(expected(graph));
    }
}
