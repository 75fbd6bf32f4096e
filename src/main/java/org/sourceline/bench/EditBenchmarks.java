package org.sourceline.bench;

import static org.sourceline.bench.ArticleReaderBenchmarks.layout;
import static org.sourceline.bench.ArticleReaderBenchmarks.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetSaver;
import org.sourceline.data.ReadResult;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EventBuilder;
import org.sourceline.edit.EventIds;
import org.sourceline.edit.NewEvent;
import org.sourceline.edit.Passages;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Role;
import org.sourceline.model.Stance;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.sourceline.ui.graph.GraphView;

/**
 * Benchmarks of editing with 100,000 events open in the whole main window (timeline, graph,
 * table, filters, source panel): making an event from a selected passage until the timeline has
 * drawn it, undo and redo, and saving. The window is a real one on the headless toolkit; each
 * measured step runs on the JavaFX thread and includes the redraw queued by the edit (measured
 * until the JavaFX thread has run it), so it is what a person waits for before seeing the change.
 */
public final class EditBenchmarks {
    static final int EVENTS = 100_000;

    private EditBenchmarks() {
    }

    public static List<Benchmark> all(BenchData data) {
        return List.of(new NewEventFromSelection(data), new UndoRedo(data, true, true), new UndoRedo(data, false, true),
                new UndoRedo(data, true, false), new Save(data));
    }

    /**
     * Waits for {@code frames} pulses of the scene and then until the frame the last one but one
     * synchronised has been rendered. A pulse lays out the scene and hands what changed to the
     * renderer, waiting first until the renderer has drawn the frame before; a pulse with nothing
     * changed hands nothing over and waits for nothing. So each awaited pulse changes a 1×1
     * region outside the layout ({@link #probe}). The last pulse, once laid out, waits for the
     * frame of the pulse before to be rendered (with whatever the step changed until that pulse)
     * and then hands its own over: the returned {@link System#nanoTime} is taken right after, by
     * the toolkit's listener of the end of a pulse's scene work (not in a task the pulse queues,
     * which would run after tasks queued before it, such as the side panels' catching up with an
     * edit, and would count them). The method returns once that pulse has been handed over.
     */
    static long awaitFrames(Scene scene, int frames) throws Exception {
        CountDownLatch pulses = new CountDownLatch(frames);
        CountDownLatch rendered = new CountDownLatch(1);
        long[] renderedAt = {0};
        // After the scenes' pulse work (their wait for the frame before, then the hand-over).
        com.sun.javafx.tk.TKPulseListener handedOver = () -> {
            if (pulses.getCount() == 0 && renderedAt[0] == 0) {
                renderedAt[0] = System.nanoTime();
            }
        };
        onFx(() -> {
            javafx.scene.layout.Region probe = probe(scene);
            com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(handedOver);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                probe.setOpacity(probe.getOpacity() == 0 ? 0.01 : 0);
                pulses.countDown();
                if (pulses.getCount() == 0) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    // Runs once this pulse has handed its frame over, which waited for the one before.
                    Platform.runLater(rendered::countDown);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!pulses.await(60, TimeUnit.SECONDS) || !rendered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame within a minute");
        }
        onFx(() -> com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(handedOver));
        if (renderedAt[0] == 0) {
            throw new IllegalStateException("the toolkit did not report the end of the pulse");
        }
        return renderedAt[0];
    }

    /** A 1×1 transparent region on the scene's root, outside its layout, that {@link #awaitFrames} changes. */
    private static javafx.scene.layout.Region probe(Scene scene) {
        Object made = scene.getProperties().get("sourceline-bench-probe");
        if (made instanceof javafx.scene.layout.Region probe) {
            return probe;
        }
        javafx.scene.layout.Region probe = new javafx.scene.layout.Region();
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.resizeRelocate(0, 0, 1, 1);
        probe.setOpacity(0);
        ((javafx.scene.layout.Pane) scene.getRoot()).getChildren().add(probe);
        scene.getProperties().put("sourceline-bench-probe", probe);
        return probe;
    }

    /** A main window on the 100,000-event dataset. */
    private abstract static class InWindow implements Benchmark {
        final BenchData data;
        final List<Long> cpuNanos = new ArrayList<>();
        /** JavaFX-thread CPU of the step and what it queued, until the thread was free again. */
        final List<Long> stepCpuNanos = new ArrayList<>();
        /** Wall time until the JavaFX thread had done the step and what it queued (before the frame). */
        final List<Long> fxDoneNanos = new ArrayList<>();
        /** CPU of the renderer's thread from the step's start until its frame was rendered. */
        final List<Long> renderCpuNanos = new ArrayList<>();
        /** Wall time from the step's start until the frame that shows it was rendered. */
        final List<Long> frameNanos = new ArrayList<>();
        /** Wall time from the step's start until the frame with the side panels caught up was rendered. */
        final List<Long> panelsNanos = new ArrayList<>();
        MainWindow window;
        AppModel model;
        Path settingsFolder;
        Dataset dataset;

        InWindow(BenchData data) {
            this.data = data;
        }

        @Override
        public String group() {
            return "edit";
        }

        @Override
        public void setUp() throws Exception {
            ReadResult read = new DatasetReader().read(data.dataset(EVENTS));
            dataset = read.dataset();
            LoadedDataset loaded = LoadedDataset.of(read, null);
            settingsFolder = Files.createTempDirectory("sourceline-bench-settings");
            onFx(() -> {
                fxThreadId = Thread.currentThread().getId();
                Stage stage = new Stage();
                model = new AppModel();
                if (PANELS_AT_ONCE) {
                    model.setPanelsAfterTimelineFrom(Integer.MAX_VALUE);
                }
                window = new MainWindow(stage, model, Settings.load(settingsFolder.resolve("settings.json")));
                stage.setWidth(1600);
                stage.setHeight(900);
                stage.show();
                model.open(loaded, null);
                layout(stage.getScene());
            });
            // Let queued work (measuring the reader, the first redraws, the graph) finish.
            onFx(() -> layout(window.stage().getScene()));
            settle();
        }

        /**
         * Runs a step on the JavaFX thread, then whatever it queued (the timeline's redraw), then
         * waits for the frame that shows it to be rendered; returns wall nanoseconds. Two JavaFX-
         * thread CPU times are kept for the remark: the step's own (the edit and what it queued,
         * until the thread is free again) and all the thread spent until the frame (the pulses that
         * styled, laid out and handed the changed scene to the renderer too, and background work,
         * such as the graph, delivered meanwhile). The scene is left to the pulse, as in the app:
         * a forced style pass over the whole window would be work the app never does.
         */
        long step(Runnable work) throws Exception {
            settle(); // not part of the step: its time is its own (lastRunMillis)
            long fxCpuBefore = fxThreadCpu();
            long renderCpuBefore = renderThreadCpu();
            long start = System.nanoTime();
            onFx(work);
            onFx(() -> { });
            fxDoneNanos.add(System.nanoTime() - start);
            stepCpuNanos.add(fxThreadCpu() - fxCpuBefore);
            long wall = awaitFrames(window.stage().getScene(), 2) - start;
            cpuNanos.add(fxThreadCpu() - fxCpuBefore);
            renderCpuNanos.add(renderThreadCpu() - renderCpuBefore);
            frameNanos.add(wall);
            if (TRACE_STEPS) {
                // Wall-clock bounds of the step, to match profiler samples (JFR) to it.
                java.time.Instant instant = java.time.Instant.now();
                long now = instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000
                        - (System.nanoTime() - start - wall) / 1000;
                System.err.printf("step %s: start %d us, JavaFX thread free %d us, frame %d us (epoch microseconds)%n",
                        name(), now - wall / 1000, now - wall / 1000 + fxDoneNanos.get(fxDoneNanos.size() - 1) / 1000, now);
            }
            // The side panels follow an edit of a big dataset after the timeline's frame: until theirs is rendered.
            boolean[] pending = {true};
            while (pending[0]) {
                onFx(() -> pending[0] = model.panelsPending());
            }
            panelsNanos.add(awaitFrames(window.stage().getScene(), 2) - start);
            lastRunNanos = measuresJavaFxThread() ? stepCpuNanos.get(stepCpuNanos.size() - 1) : wall;
            return wall;
        }

        /** CPU nanoseconds the JavaFX thread has used so far. */
        private long fxThreadCpu() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId);
        }

        private long fxThreadId = -1;

        /** The renderer's thread (Prism rasterises the frame there), -1 until found. */
        private long renderThreadId = -1;

        /** CPU nanoseconds the renderer's thread has used so far (0 where it is not known). */
        private long renderThreadCpu() {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            if (renderThreadId < 0) {
                for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                    if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                        renderThreadId = info.getThreadId();
                    }
                }
            }
            return renderThreadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThreadId));
        }

        /**
         * {@code -Dsourceline.bench.panelsAtOnce=true} makes the side panels follow an edit in the
         * same frame as the timeline, as below {@link AppModel#PANELS_AFTER_TIMELINE_FROM} events:
         * to compare the two.
         */
        private static final boolean PANELS_AT_ONCE = Boolean.getBoolean("sourceline.bench.panelsAtOnce");

        /** {@code -Dsourceline.bench.steps=true} prints each step's wall-clock bounds to stderr. */
        private static final boolean TRACE_STEPS = Boolean.getBoolean("sourceline.bench.steps");

        private long lastRunNanos = -1;

        /**
         * True when the target is the JavaFX thread's time (undo and redo: "≤ 16 ms on the JavaFX
         * thread"): the median column is then the step's JavaFX-thread CPU and the remark gives the
         * time to the rendered frame; false when it is the time until the user sees the change.
         */
        boolean measuresJavaFxThread() {
            return false;
        }

        @Override
        public double lastRunMillis() {
            return lastRunNanos < 0 ? Double.NaN : lastRunNanos / 1e6;
        }

        /**
         * Waits until the views have caught up with the last change (the graph derived and laid
         * out in the background, its drawing rendered), so that no step pays for the one before.
         */
        void settle() throws Exception {
            GraphView graph = (GraphView) window.stage().getScene().lookup("#graph-view");
            long deadline = System.nanoTime() + 60_000_000_000L;
            boolean[] busy = {true};
            while (busy[0] && System.nanoTime() < deadline) {
                onFx(() -> busy[0] = graph.derivingProperty().get() || graph.isLayingOut());
                if (busy[0]) {
                    Thread.sleep(5);
                }
            }
            // Then until a frame comes quickly: the graph's drawing of thousands of relations may
            // still be rasterised (seconds in the software pipeline), which holds the next pulse.
            for (int i = 0; i < 600; i++) {
                long start = System.nanoTime();
                awaitFrames(window.stage().getScene(), 1);
                if (System.nanoTime() - start < 40_000_000L) {
                    break;
                }
            }
            awaitFrames(window.stage().getScene(), 2);
        }

        /** Brings a tab of the lower pane forward, as the app does (New Event shows the editor's). */
        void showTab(String id) throws Exception {
            onFx(() -> {
                TabPane tabs = (TabPane) window.stage().getScene().lookup("#lower-tabs");
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
        }

        @Override
        public String remark() {
            if (cpuNanos.size() <= warmups()) {
                return "";
            }
            String frame = measuresJavaFxThread()
                    ? String.format("the median is the JavaFX thread's CPU time for the step, %d of %d runs over %.0f ms; "
                            + "%.1f ms to the rendered frame (median, wall clock); ", overTarget(stepCpuNanos),
                            stepCpuNanos.size() - Math.min(stepCpuNanos.size(), warmups()), targetMillis(),
                            median(frameNanos) / 1e6)
                    : "";
            return frame + String.format("the editor, quote card, reader, filter lists and table selection follow "
                    + "the timeline's frame (from %,d events): their frame rendered after %.1f ms (median); ",
                    AppModel.PANELS_AFTER_TIMELINE_FROM, median(panelsNanos) / 1e6)
                    + String.format("JavaFX-thread CPU median %.1f ms for the step and what it queued, %.1f ms until its frame "
                    + "(pulses, the side panels catching up and background work delivered meanwhile, such as the graph's "
                    + "drawing, included); "
                    + "JavaFX thread free after %.1f ms (median), the rest of the time is the frame being styled, laid "
                    + "out and rendered (software pipeline; the renderer's thread used %.1f ms of CPU, median); %,d events",
                    median(stepCpuNanos) / 1e6, median(cpuNanos) / 1e6, median(fxDoneNanos) / 1e6, median(renderCpuNanos) / 1e6,
                    model.getDataset().events().size());
        }

        /** Timed runs (warm-ups left out) whose figure is over the target. */
        private long overTarget(List<Long> all) {
            return all.subList(Math.min(all.size(), warmups()), all.size()).stream()
                    .filter(nanos -> nanos / 1e6 > targetMillis()).count();
        }

        /**
         * 21 runs, as the other single-frame benchmarks: a step's JavaFX-thread time is bimodal
         * (a pulse may fall inside the step, and is then counted in it), and a median of a few
         * runs lands on either side by chance.
         */
        @Override
        public int iterations() {
            return 21;
        }

        private long median(List<Long> all) {
            List<Long> sorted = new ArrayList<>(all.subList(Math.min(all.size(), warmups()), all.size()));
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public void tearDown() throws Exception {
            onFx(() -> window.stage().close());
            // The settings the window wrote (and any recovery copies) go with their folder.
            try (var files = Files.walk(settingsFolder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * New Event from Selection: a passage of the article becomes an event (as Create Event makes
     * it) and the timeline is drawn with it selected. Each run is undone before the next.
     */
    static final class NewEventFromSelection extends InWindow {
        private int run;

        NewEventFromSelection(BenchData data) {
            super(data);
        }

        @Override
        public void setUp() throws Exception {
            super.setUp();
            // Making an event from a selection brings the event editor's tab forward.
            showTab("editor-tab");
            settle();
        }

        @Override
        public String name() {
            return "New Event from Selection, shown on the timeline, 100,000 events";
        }

        @Override
        public double targetMillis() {
            return 50;
        }

        @Override
        public void run() throws Exception {
            Article article = dataset.article();
            int at = (int) ((long) article.text().length() * (run++ % 97) / 97);
            int[] span = Passages.snap(article.text(), at, Math.min(article.text().length(), at + 60));
            // The user selected the passage in the reader, so it is on screen when the event is made.
            onFx(() -> ((org.sourceline.ui.source.ArticleReader) window.stage().getScene().lookup("#article-reader"))
                    .selectPassage(span[0], span[1]));
            step(() -> {
                Event template = model.getDataset().events().get(run * 7919 % model.getDataset().events().size());
                String id = EventIds.unique("Benchmark event " + run, "event", i -> model.getLoaded().index().positionOf(i) >= 0);
                Event event = EventBuilder.of(id, "Benchmark event " + run, template.time(), EventType.AGREE)
                        .actors(Role.SOURCE, template.sources())
                        .evidence(List.of(Passages.evidence(article, span[0], span[1], Stance.SUPPORTS))).build();
                try {
                    model.apply(new NewEvent(event));
                } catch (EditException e) {
                    throw new IllegalStateException(e);
                }
                if (!model.getFilterResult().isVisible(model.getLoaded().index().indexOf(model.getSelectedEvent()))) {
                    throw new IllegalStateException("the new event is not shown");
                }
            });
        }

        @Override
        public void clear() {
            try {
                onFx(() -> model.undo());
                settle();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Undo or redo of a New Event. With {@code kept}, the version reached still has its indexes
     * (the usual case: a step or two back and forth); without, they are derived from the current
     * version's as the edit's diff says.
     */
    static final class UndoRedo extends InWindow {
        private final boolean undo;
        private final boolean kept;

        UndoRedo(BenchData data, boolean undo, boolean kept) {
            super(data);
            this.undo = undo;
            this.kept = kept;
        }

        @Override
        public String name() {
            return (undo ? "Undo" : "Redo") + " New Event, 100,000 events" + (kept ? "" : ", indexes derived (not kept)")
                    + ": JavaFX-thread CPU";
        }

        @Override
        public double targetMillis() {
            return 16;
        }

        @Override
        public void setUp() throws Exception {
            super.setUp();
            onFx(() -> {
                Event template = model.getDataset().events().get(12_345);
                Event event = EventBuilder.from(template).id("benchmark-undo").title("Benchmark undo").build();
                try {
                    model.apply(new NewEvent(event));
                } catch (EditException e) {
                    throw new IllegalStateException(e);
                }
                if (!undo) {
                    model.undo();
                }
            });
        }

        @Override
        boolean measuresJavaFxThread() {
            return true;
        }

        @Override
        public void run() throws Exception {
            if (!kept) {
                onFx(model::forgetKeptVersions);
            }
            step(undo ? model::undo : model::redo);
        }

        @Override
        public void clear() {
            try {
                onFx(undo ? model::redo : model::undo);
                settle();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Saving 100,000 events and the article text beside them (the app does it in the background). */
    static final class Save implements Benchmark {
        private final BenchData data;
        private Dataset dataset;
        private Path folder;

        Save(BenchData data) {
            this.data = data;
        }

        @Override
        public String group() {
            return "edit";
        }

        @Override
        public String name() {
            return "Save 100,000 events (dataset and article text)";
        }

        @Override
        public double targetMillis() {
            return 2000;
        }

        @Override
        public void setUp() throws Exception {
            dataset = new DatasetReader().load(data.dataset(EVENTS));
            folder = Files.createTempDirectory("sourceline-bench-save");
        }

        @Override
        public void run() throws IOException {
            DatasetSaver.save(dataset, folder.resolve("saved.json"), p -> { });
        }

        @Override
        public String remark() {
            try {
                return String.format("%.0f MB written; atomic (temporary file moved into place)",
                        Files.size(folder.resolve("saved.json")) / 1e6);
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public void tearDown() throws IOException {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }

        @Override
        public int iterations() {
            return 5;
        }
    }
}
