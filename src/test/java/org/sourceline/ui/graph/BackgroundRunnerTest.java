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
        // One worker thread: the big layout ended (cancelled or not) before the small one began, so any
        // delivery of it was queued on the FX thread before the small one's; nothing can come later.
        drainFxQueue();
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
        BackgroundRunner runner = new BackgroundRunner("test-cancelled");
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch cancelCalled = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        boolean[] sawCancellation = new boolean[1];
        // Work that ignores its check and finishes anyway: the runner itself must drop the result.
        runner.submit(cancelled -> {
            try {
                assertThat(cancelCalled.await(10, TimeUnit.SECONDS)).isTrue();
                sawCancellation[0] = cancelled.getAsBoolean();
                return "result";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                workEnded.countDown();
            }
        }, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
        runner.cancel();
        cancelCalled.countDown();
        assertThat(workEnded.await(10, TimeUnit.SECONDS)).isTrue();
        // A later request runs on the same worker thread after the first has been handled, and its
        // delivery is queued on the FX thread after any delivery of the first: once it arrives,
        // the first result would have arrived too.
        CountDownLatch markerDelivered = new CountDownLatch(1);
        runner.submit(cancelled -> "marker", marker -> markerDelivered.countDown(), e -> { });
        assertThat(markerDelivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sawCancellation[0]).as("the work's check reports the cancellation").isTrue();
        assertThat(delivered).isEmpty();
    }

    /** Waits until everything queued on the FX thread so far has run. */
    private static void drainFxQueue() throws InterruptedException {
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
