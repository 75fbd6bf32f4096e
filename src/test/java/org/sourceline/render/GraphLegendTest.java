package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.TimeWindow;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/** The legend names what the graph shown has: another graph, another legend, though the last one's contents are kept. */
class GraphLegendTest {
    @BeforeAll
    static void start() {
        FxToolkit.start();
    }

    private static ActorGraph graph(Dataset dataset, EventFilter filter) {
        return ActorGraphBuilder.derive(new FilterEngine(EventIndex.of(dataset)).apply(filter), TimeWindow.ALL);
    }

    @Test
    void eachGraphGetsTheLegendOfWhatItHas() {
        Dataset bundled = DatasetReader.loadBundled();
        ActorGraph whole = graph(bundled, EventFilter.NONE);
        // Only the forecasts: no stated relation, no person among the actors.
        ActorGraph forecasts = graph(bundled, EventFilter.NONE.withCertainties(
                java.util.EnumSet.of(org.sourceline.model.CertaintyLevel.FORECAST)));
        GraphLegend legend = FxToolkit.call(() -> new GraphLegend(new TextMeasure(), Font.font(11)));
        List<String> first = FxToolkit.call(() -> legend.wording(whole, 4000));
        List<String> other = FxToolkit.call(() -> legend.wording(forecasts, 4000));
        assertThat(first).contains("Person", "stated", "forecast");
        assertThat(other).contains("forecast").doesNotContain("stated", "Person");
        assertThat(FxToolkit.call(() -> legend.wording(whole, 4000))).isEqualTo(first);
    }
}
