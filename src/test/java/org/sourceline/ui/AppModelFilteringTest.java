package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.TestDatasets;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.FilterEngine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filtering above {@link AppModel#BACKGROUND_FILTER_THRESHOLD} events runs in the background:
 * "filtering" is cleared on every path, failures are reported, and the model's observable state
 * changes only on the JavaFX thread, whoever calls.
 */
@ExtendWith(ApplicationExtension.class)
class AppModelFilteringTest {
    private static LoadedDataset big;
    private static LoadedDataset small;

    @BeforeAll
    static void datasets() {
        big = loaded(TestDatasets.random(AppModel.BACKGROUND_FILTER_THRESHOLD + 10_000, 40, 7));
        small = loaded(TestDatasets.random(300, 10, 8));
    }

    private static LoadedDataset loaded(Dataset dataset) {
        return LoadedDataset.of(dataset, null, new ReadResult("test", dataset, List.of(), false, 0, 0,
                dataset.events().size(), dataset.actors().size(), dataset.articles().size()));
    }

    private final AppModel model = new AppModel();

    @Start
    void start(Stage stage) {
        // No window: the model alone.
    }

    @Test
    void openingASmallDatasetWhileABigOneFiltersClearsFiltering(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        model.computation = (engine, filter, cancelled) -> {
            if (engine.index().size() > AppModel.BACKGROUND_FILTER_THRESHOLD) {
                await(release);
            }
            return engine.apply(filter, cancelled);
        };
        robot.interact(() -> model.open(big, EventFilter.NONE));
        assertThat(model.filteringProperty().get()).isTrue();
        robot.interact(() -> model.open(small, EventFilter.NONE));
        assertThat(model.filteringProperty().get()).isFalse();
        assertThat(model.getFilterResult().index().size()).isEqualTo(300);
        release.countDown();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        // The big dataset's late result is not published over the small one's.
        assertThat(model.getFilterResult().index().size()).isEqualTo(300);
        assertThat(fx(() -> model.visibleEvents().size())).isEqualTo(300);
        assertThat(model.filteringProperty().get()).isFalse();
    }

    @Test
    void aBigDatasetJustOpenedUpdatesThePanelsOnceItsFirstFilterResultIsOut(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        model.computation = (engine, filter, cancelled) -> {
            await(release);
            return engine.apply(filter, cancelled);
        };
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        // What the panels had heard just after the result was published (before any frame).
        List<Integer> heardRightAfterTheResult = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            model.filterResultProperty().addListener((obs, old, now) ->
                    Platform.runLater(() -> heardRightAfterTheResult.add(heard.size())));
            model.loadedProperty().addListener((obs, old, now) -> model.updatePanel(() -> heard.add("dataset " + now.index().size())));
            model.filterResultProperty().addListener((obs, old, now) -> model.updatePanel(() -> heard.add("result " + now.visibleCount())));
            model.open(big, EventFilter.NONE);
        });
        // Frames come and go while the filter runs: the panels wait for its result, not for a frame.
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).isEmpty();
        assertThat(model.panelsPending()).isTrue();

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.size() == 2);
        int size = big.index().size();
        assertThat(heard).containsExactly("dataset " + size, "result " + size);
        assertThat(model.panelsPending()).isFalse();
        assertThat(heardRightAfterTheResult).as("the panels follow the result's frame, not the result").startsWith(0);

        // A failed first filter lets them follow too.
        robot.interact(() -> model.open(small, EventFilter.NONE));
        heard.clear();
        model.computation = (engine, filter, cancelled) -> {
            throw new IllegalStateException("index damaged");
        };
        robot.interact(() -> model.open(big, EventFilter.NONE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.size() == 1);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).as("once").containsExactly("dataset " + size);
        assertThat(model.panelsPending()).isFalse();
    }

    @Test
    void aFailedBackgroundFilterIsReportedAndClearsFiltering(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(big, EventFilter.NONE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.filteringProperty().get() && model.getFilterResult() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int before = fx(() -> model.visibleEvents().size());
        model.computation = (engine, filter, cancelled) -> {
            throw new IllegalStateException("index damaged");
        };
        robot.interact(() -> model.setFilter(EventFilter.NONE.withActors(Set.of("a1"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.filterProblemProperty().get().isEmpty());
        assertThat(model.filterProblemProperty().get()).contains("Filtering failed (index damaged)");
        assertThat(model.filteringProperty().get()).isFalse();
        assertThat(fx(() -> model.visibleEvents().size())).isEqualTo(before);

        model.computation = (engine, filter, cancelled) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        robot.interact(() -> model.setFilter(EventFilter.NONE.withActors(Set.of("a2"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.filterProblemProperty().get().contains("memory"));
        assertThat(model.filteringProperty().get()).isFalse();

        model.computation = FilterEngine::apply;
        robot.interact(() -> model.setFilter(EventFilter.NONE.withActors(Set.of("a3"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.filterProblemProperty().get().isEmpty()
                && !model.filteringProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> model.visibleEvents().size())).isPositive().isLessThan(before);
    }

    @Test
    void callsFromAnotherThreadChangeStateOnlyOnTheFxThread(FxRobot robot) throws Exception {
        ConcurrentLinkedQueue<String> offThread = new ConcurrentLinkedQueue<>();
        robot.interact(() -> {
            model.filterProperty().addListener((o, a, b) -> note(offThread, "filter"));
            model.filterResultProperty().addListener((o, a, b) -> note(offThread, "filterResult"));
            model.filteringProperty().addListener((o, a, b) -> note(offThread, "filtering"));
            model.loadedProperty().addListener((o, a, b) -> note(offThread, "loaded"));
            model.visibleEvents().addListener((ListChangeListener<Object>) c -> note(offThread, "visibleEvents"));
        });
        // From this (test) thread, not JavaFX's:
        assertThat(Platform.isFxApplicationThread()).isFalse();
        model.open(big, EventFilter.NONE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getFilterResult() != null && !model.filteringProperty().get());
        model.setFilter(EventFilter.NONE.withActors(Set.of("a5")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getFilterResult().filter().restrictsActors()
                && !model.filteringProperty().get());
        model.open(small, EventFilter.NONE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getLoaded() == small && model.getFilterResult() != null
                && model.getFilterResult().index().size() == 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offThread).isEmpty();
        assertThat(fx(() -> model.visibleEvents().size())).isEqualTo(300);
    }

    /** A value read on the JavaFX thread, where the model's state lives. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void note(ConcurrentLinkedQueue<String> offThread, String what) {
        if (!Platform.isFxApplicationThread()) {
            offThread.add(what + " on " + Thread.currentThread().getName());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
