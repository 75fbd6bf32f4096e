package org.sourceline.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.bench.FxThread;
import org.sourceline.bench.RandomActorGraphs;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LayoutInput;
import org.sourceline.graph.TimeWindow;
import org.sourceline.query.EventIndex;

class LayoutRunnerTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    private static LayoutInput input(int actors, int relations) {
        EventIndex index = EventIndex.of(RandomActorGraphs.generate(actors, relations, 5));
        BitSet every = new BitSet();
        every.set(0, index.size());
        return LayoutInput.of(ActorGraphBuilder.derive(index, every, TimeWindow.ALL));
    }

    @Test
    void onlyTheNewestRequestIsDeliveredOnTheFxThreadComputedElsewhere() throws Exception {
        LayoutRunner runner = new LayoutRunner();
        LayoutInput big = input(1500, 12_000);
        LayoutInput small = input(20, 40);
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            runner.submit(big, Map.of(), 1, layout -> delivered.add("big"), e -> delivered.add("failed"));
            runner.submit(small, Map.of(), 1, layout -> {
                delivered.add((Platform.isFxApplicationThread() ? "fx:" : "other:") + "small");
                assertThat(layout.actorCount()).isEqualTo(small.actorCount());
                done.countDown();
            }, e -> delivered.add("failed"));
        });
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await(5, TimeUnit.SECONDS);
        assertThat(delivered).containsExactly("fx:small");
    }

    @Test
    void aCancelledRequestIsNeverDelivered() throws Exception {
        LayoutRunner runner = new LayoutRunner();
        List<GraphLayout> delivered = Collections.synchronizedList(new ArrayList<>());
        runner.submit(input(30, 60), Map.of(), 1, delivered::add, e -> { });
        runner.cancel();
        Thread.sleep(1500);
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await(5, TimeUnit.SECONDS);
        assertThat(delivered).isEmpty();
    }
}
