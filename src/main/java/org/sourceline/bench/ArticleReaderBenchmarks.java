package org.sourceline.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.query.EventIndex;
import org.sourceline.text.HighlightRuns;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.source.ReaderProbe;
import org.sourceline.ui.source.SourcePanel;

/**
 * Benchmarks of the source panel on a long article: the bundled article repeated until it is
 * about 600,000 characters long, with every event copied onto each repetition (about 3,000
 * events and 3,400 passages). The JavaFX ones lay out a real source panel in an offscreen
 * scene of 560×900 px, on the JavaFX thread, and include the layout pass the user waits for.
 * Run alone with {@code main}, or add {@link #all()} to the suite.
 */
public final class ArticleReaderBenchmarks {
    /** Length the long article is grown to. */
    public static final int LONG_ARTICLE_CHARS = 600_000;

    private ArticleReaderBenchmarks() {
    }

    public static List<Benchmark> all() {
        return List.of(new OpenLongArticle(), new RevealFarPassage(), new SearchLongArticle(), new OverlappingRuns());
    }

    /** As {@link #all()}, with switching articles on the biggest filter size spread over a thousand articles. */
    public static List<Benchmark> all(org.sourceline.bench.BenchData data) {
        List<Benchmark> list = new ArrayList<>(all());
        int events = data.filterSizes().get(data.filterSizes().size() - 1);
        list.add(new SwitchArticle(data, events));
        return list;
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkRunner(new PrintWriter(System.out, true)).runAll(all());
        Platform.exit();
    }

    /**
     * The bundled dataset with its article repeated until it has at least {@code minChars}
     * characters; each copy of the article carries a copy of every event, with its passages moved
     * to that copy.
     */
    public static LoadedDataset longArticle(int minChars) {
        ReadResult read = new DatasetReader().readResource(DatasetReader.BUNDLED);
        Dataset bundled = read.dataset();
        Article one = bundled.article();
        String separator = "\n\n";
        int copies = Math.max(1, (minChars + one.text().length() - 1) / one.text().length());
        StringBuilder sb = new StringBuilder(copies * (one.text().length() + separator.length()));
        for (int c = 0; c < copies; c++) {
            sb.append(one.text()).append(separator);
        }
        String text = sb.toString();
        Article article = new Article(one.id(), one.title() + " (repeated " + copies + " times)", one.outlet(), one.author(), one.url(),
                one.published(), one.language(), text, null, null, "Benchmark input: the bundled article, repeated.");
        List<Event> events = new ArrayList<>(copies * bundled.events().size());
        for (int c = 0; c < copies; c++) {
            int shift = c * (one.text().length() + separator.length());
            for (Event e : bundled.events()) {
                List<Evidence> moved = new ArrayList<>();
                for (Evidence ev : e.evidence()) {
                    moved.add(new Evidence(one.id(), text, ev.start() + shift, ev.end() + shift, 0, 0, ev.stance()));
                }
                events.add(new Event(e.id() + "-" + c, e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(),
                        e.sources(), e.targets(), e.participants(), e.certainty(), moved));
            }
        }
        Dataset dataset = new Dataset(bundled.title(), bundled.description(), article, bundled.actors(), events);
        return LoadedDataset.of(dataset, null, read);
    }

    /** The same events in a new dataset object, as if read again from its file. */
    public static LoadedDataset copyOf(LoadedDataset loaded) {
        Dataset d = loaded.dataset();
        Dataset copy = new Dataset(d.title(), d.description(), d.article(), d.actors(), d.events());
        return LoadedDataset.of(copy, null, loaded.read());
    }

    /**
     * Runs on the JavaFX thread (starting the toolkit if needed), waits, and returns the CPU time
     * the JavaFX thread spent on it in nanoseconds: on a shared machine the wall-clock median
     * includes waiting for a core, the CPU time does not.
     */
    public static long onFx(Runnable work) throws Exception {
        // Headless (Monocle) when there is no display, as in a forked benchmark JVM on a server.
        org.sourceline.render.FxToolkit.start();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] cpu = new long[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Platform.runLater(() -> {
            long start = threads.getCurrentThreadCpuTime();
            try {
                work.run();
                cpu[0] = threads.getCurrentThreadCpuTime() - start;
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within a minute");
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return cpu[0];
    }

    /** Lays out a scene's root at the scene's size, as a pulse would. */
    public static void layout(Scene scene) {
        Parent root = scene.getRoot();
        root.resize(scene.getWidth(), scene.getHeight());
        root.applyCss();
        root.layout();
    }

    /** Base for the benchmarks that drive a source panel on the long article. */
    private abstract static class OnLongArticle implements Benchmark {
        final List<Long> cpuNanos = new ArrayList<>();
        LoadedDataset loaded;
        AppModel model;
        SourcePanel panel;
        Scene scene;

        @Override
        public String group() {
            return "source";
        }

        @Override
        public void setUp() throws Exception {
            loaded = longArticle(LONG_ARTICLE_CHARS);
            onFx(() -> {
                model = new AppModel();
                panel = new SourcePanel(model);
                scene = new Scene(panel, 560, 900);
                model.open(loaded, null);
                layout(scene);
            });
            // The reader measures its cells once it knows its width (a queued task): let it run.
            onFx(() -> layout(scene));
        }

        /** Runs a step on the JavaFX thread, remembering its CPU time. */
        void step(Runnable work) throws Exception {
            cpuNanos.add(onFx(work));
        }

        @Override
        public String remark() {
            List<Long> sorted = new ArrayList<>(cpuNanos.subList(Math.min(cpuNanos.size(), warmups()), cpuNanos.size()));
            sorted.sort(null);
            String cpu = sorted.isEmpty() ? "" : String.format("JavaFX-thread CPU median %.1f ms; ", sorted.get(sorted.size() / 2) / 1e6);
            return cpu + String.format("%,d characters, %,d events; %d block views built", loaded.dataset().article().text().length(),
                    loaded.dataset().events().size(), panel == null ? 0 : panel.lookupAll(".article-paragraph").size());
        }
    }

    /**
     * Opening the dataset: blocks, highlight runs, the first screen of text laid out. Two copies
     * of the dataset take turns, since opening the one already open changes nothing.
     */
    static final class OpenLongArticle extends OnLongArticle {
        private LoadedDataset other;

        @Override
        public void setUp() throws Exception {
            super.setUp();
            other = copyOf(loaded);
        }

        @Override
        public String name() {
            return "open a 600k-character article in the reader (first screen laid out)";
        }

        @Override
        public double targetMillis() {
            return 200;
        }

        @Override
        public void run() throws Exception {
            LoadedDataset next = model.getLoaded() == loaded ? other : loaded;
            long first = onFx(() -> {
                model.open(next, null);
                layout(scene);
            });
            // The reader measures its cells once it knows its width (a queued task): part of opening.
            cpuNanos.add(first + onFx(() -> layout(scene)));
        }
    }

    /** Selecting the last event, then the first: each scrolls its passage into view. */
    static final class RevealFarPassage extends OnLongArticle {
        private boolean toEnd;

        @Override
        public String name() {
            return "select an event 600k characters away: card, highlights, scroll into view";
        }

        @Override
        public double targetMillis() {
            return 50;
        }

        @Override
        public void run() throws Exception {
            List<Event> events = loaded.dataset().events();
            Event target = toEnd ? events.get(events.size() - 1) : events.get(0);
            toEnd = !toEnd;
            step(() -> {
                model.setSelectedEvent(target);
                layout(scene);
            });
        }
    }

    /** Ctrl+F "the": every match in the article found, the visible ones painted. */
    static final class SearchLongArticle extends OnLongArticle {
        private boolean other;

        @Override
        public String name() {
            return "search the 600k-character article for a common word (\"the\" / \"iran\")";
        }

        @Override
        public double targetMillis() {
            return 50;
        }

        @Override
        public void run() throws Exception {
            String term = other ? "iran" : "the";
            other = !other;
            step(() -> {
                ReaderProbe.search(panel.reader(), term);
                layout(scene);
            });
        }
    }

    /** The plain mapping on a big input: a million passages, a third of them overlapping. */
    static final class OverlappingRuns implements Benchmark {
        private int[] starts;
        private int[] ends;
        private int[] owners;
        private int runs;

        @Override
        public String group() {
            return "source";
        }

        @Override
        public String name() {
            return "highlight runs of 1,000,000 passages (a third overlapping or nested)";
        }

        @Override
        public double targetMillis() {
            return 1000;
        }

        @Override
        public void setUp() {
            int n = 1_000_000;
            Random random = new Random(7);
            starts = new int[n];
            ends = new int[n];
            owners = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                boolean overlap = i > 0 && random.nextInt(3) == 0;
                starts[i] = overlap ? Math.max(0, ends[i - 1] - 1 - random.nextInt(60)) : at + 1 + random.nextInt(200);
                ends[i] = starts[i] + 20 + random.nextInt(200);
                owners[i] = i;
                at = Math.max(at, ends[i]);
            }
        }

        @Override
        public void run() {
            runs = HighlightRuns.of(starts, ends, owners).size();
        }

        @Override
        public String remark() {
            return String.format("%,d runs", runs);
        }
    }

    /**
     * Choosing another article in the reader's list on a dataset of many articles (generate
     * --articles 1,000): its text cut into blocks, its own passages found among all the dataset's
     * and mapped to runs, the first screen laid out. Articles taken in turn, far apart in the list.
     */
    static final class SwitchArticle implements Benchmark {
        private final org.sourceline.bench.BenchData data;
        private final int events;
        private final List<Long> cpuNanos = new ArrayList<>();
        private LoadedDataset loaded;
        private AppModel model;
        private SourcePanel panel;
        private Scene scene;
        private int next;

        SwitchArticle(org.sourceline.bench.BenchData data, int events) {
            this.data = data;
            this.events = events;
        }

        @Override
        public String group() {
            return "source";
        }

        @Override
        public String name() {
            return String.format(java.util.Locale.ROOT, "switch the reader to another article (%,d events, %,d articles)",
                    events, org.sourceline.bench.BenchData.manyArticlesFor(events));
        }

        @Override
        public double targetMillis() {
            return 50;
        }

        @Override
        public void setUp() throws Exception {
            java.nio.file.Path file = data.dataset(events, org.sourceline.bench.BenchData.manyArticlesFor(events));
            ReadResult read = new DatasetReader().read(file);
            if (read.dataset() == null) {
                throw new IllegalStateException("could not read " + file + ": " + read.summary());
            }
            loaded = LoadedDataset.of(read, file);
            onFx(() -> {
                model = new AppModel();
                panel = new SourcePanel(model);
                scene = new Scene(panel, 560, 900);
                model.open(loaded, null);
                layout(scene);
            });
            onFx(() -> layout(scene));
        }

        @Override
        public void run() throws Exception {
            List<Article> articles = loaded.dataset().articles();
            // A stride through the list: never the article shown, never one seen just before.
            next = (next + articles.size() / 3 + 1) % articles.size();
            String id = articles.get(next).id();
            long first = onFx(() -> {
                panel.reader().showArticle(id);
                layout(scene);
            });
            // The reader measures its cells once it knows its width (a queued task): part of switching.
            cpuNanos.add(first + onFx(() -> layout(scene)));
            if (!panel.reader().shownArticle().id().equals(id)) {
                throw new IllegalStateException("the reader did not switch to " + id);
            }
        }

        @Override
        public String remark() {
            List<Long> sorted = new ArrayList<>(cpuNanos.subList(Math.min(cpuNanos.size(), warmups()), cpuNanos.size()));
            sorted.sort(null);
            String cpu = sorted.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "JavaFX-thread CPU median %.1f ms; ",
                    sorted.get(sorted.size() / 2) / 1e6);
            return cpu + String.format(java.util.Locale.ROOT, "%,d quotes in all; %d highlight runs in the last article",
                    loaded.dataset().evidenceCount(), org.sourceline.ui.source.ReaderProbe.highlightRuns(panel.reader()));
        }

        @Override
        public void tearDown() {
            loaded = null;
            panel = null;
        }
    }
}
