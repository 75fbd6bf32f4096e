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
import org.sourceline.render.FxToolkit;
import org.sourceline.bench.RandomActorGraphs;
import org.sourceline.graph.ActorGraphBuilder;
import org.sourceline.graph.ForceLayout;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LayoutInput;
import org.sourceline.graph.TimeWindow;
import org.sourceline.query.EventIndex;

class BackgroundRunnerTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.start();
    }

    private static LayoutInput input(int actors, int relations) {
        EventIndex index = EventIndex.of(RandomActorGraphs.generate(actors, relations, 5));
        BitSet every = new BitSet();
        every.set(0, index.size());
        return LayoutInput.of(ActorGraphBuilder.derive(index, every, TimeWindow.ALL));
    }

    @Test
    void onlyTheNewestRequestIsDeliveredOnTheFxThreadComputedElsewhere() throws Exception {
        BackgroundRunner runner = new BackgroundRunner("test-layout");
        LayoutInput big = input(1500, 12_000);
        LayoutInput small = input(20, 40);
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            runner.submit(cancelled -> new ForceLayout(1).layout(big, Map.of(), cancelled), layout -> delivered.add("big"),
                    e -> delivered.add("failed"));
            runner.submit(cancelled -> {
                delivered.add(Thread.currentThread().getName());
                return new ForceLayout(1).layout(small, Map.of(), cancelled);
            }, layout -> {
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
        assertThat(delivered).containsExactly("test-layout", "fx:small");
    }

    @Test
    void failuresAreReportedOnTheFxThread() throws Exception {
        BackgroundRunner runner = new BackgroundRunner("test-failing");
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        runner.submit(cancelled -> {
            throw new IllegalStateException("broken");
        }, result -> reported.add("done"), e -> {
            reported.add((Platform.isFxApplicationThread() ? "fx:" : "other:") + e.getMessage());
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).containsExactly("fx:broken");
    }

    @Test
    void aCancelledRequestIsNeverDelivered() throws Exception {
        BackgroundRunner runner = new BackgroundRunner("test-layout");
        List<GraphLayout> delivered = Collections.synchronizedList(new ArrayList<>());
        LayoutInput input = input(30, 60);
        runner.submit(cancelled -> new ForceLayout(1).layout(input, Map.of(), cancelled), delivered::add, e -> { });
        runner.cancel();
        Thread.sleep(1500);
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await(5, TimeUnit.SECONDS);
        assertThat(delivered).isEmpty();
    }
}
