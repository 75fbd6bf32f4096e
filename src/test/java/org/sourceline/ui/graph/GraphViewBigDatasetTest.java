package org.sourceline.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.bench.RandomActorGraphs;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a big dataset the graph is derived, like the layout, off the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class GraphViewBigDatasetTest {
    private AppModel model;
    private GraphView view;
    private final List<Boolean> derivingSeen = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        model = new AppModel();
        view = new GraphView(model);
        view.derivingProperty().addListener((obs, old, now) -> derivingSeen.add(now));
        stage.setScene(new Scene(view, 700, 420));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void derivesInTheBackgroundAndFollowsTheFilter(FxRobot robot) throws Exception {
        Dataset big = RandomActorGraphs.generate(300, 45_000, 3);
        assertThat(big.events().size()).isGreaterThan(GraphView.BACKGROUND_DERIVE_THRESHOLD);
        LoadedDataset loaded = LoadedDataset.of(big, null,
                new ReadResult("random", big, List.of(), false, 0, 0, big.events().size(), big.actors().size(), 1));
        robot.interact(() -> model.open(loaded, EventFilter.NONE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.getFilterResult() != null && view.shownGraph() != null
                && !view.isLayingOut() && view.graphLayout().covers(view.fullGraph()));
        assertThat(derivingSeen).contains(true);
        assertThat(view.shownGraph().eventCount()).isEqualTo(big.events().size());
        assertThat(view.shownGraph().nodeCount()).isEqualTo(300);

        String actor = big.actors().get(big.actors().size() - 1).id();  // a quiet one: few neighbours
        robot.interact(() -> model.setFilter(EventFilter.NONE.withActors(Set.of(actor))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.fullGraph() != null
                && view.fullGraph().eventCount() == model.getFilterResult().visibleCount()
                && model.getFilterResult().filter().restrictsActors()
                && !view.isLayingOut() && view.graphLayout().covers(view.fullGraph()));
        assertThat(view.shownGraph().nodeOf(actor)).isNotNegative();
        assertThat(view.shownGraph().nodeCount()).isLessThan(300);
    }
}
