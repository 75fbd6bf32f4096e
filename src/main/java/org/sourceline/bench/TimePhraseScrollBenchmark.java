package org.sourceline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.source.SourcePanel;
import org.sourceline.ui.source.ReaderProbe;

/**
 * Scrolling the 600,000-character article a screen at a time, with the time-phrase marks shown
 * and hidden: the marks are built only for the paragraphs that come on screen, so scrolling with
 * them should cost about what it costs without. The phrases are read once in set-up.
 */
public final class TimePhraseScrollBenchmark implements Benchmark {
    private final boolean shown;
    private final List<Long> cpuNanos = new ArrayList<>();
    private LoadedDataset loaded;
    private SourcePanel panel;
    private Scene scene;
    private int pages;

    private TimePhraseScrollBenchmark(boolean shown) {
        this.shown = shown;
    }

    public static List<Benchmark> all() {
        return List.of(new TimePhraseScrollBenchmark(false), new TimePhraseScrollBenchmark(true));
    }

    @Override
    public String group() {
        return "text";
    }

    @Override
    public String name() {
        return "scroll the 600k-character article one screen, time phrases " + (shown ? "shown" : "hidden");
    }

    @Override
    public double targetMillis() {
        return 16;
    }

    @Override
    public void setUp() throws Exception {
        loaded = ArticleReaderBenchmarks.longArticle(ArticleReaderBenchmarks.LONG_ARTICLE_CHARS);
        ArticleReaderBenchmarks.onFx(() -> {
            AppModel model = new AppModel();
            panel = new SourcePanel(model);
            scene = new Scene(panel, 560, 900);
            model.open(loaded, null);
            ArticleReaderBenchmarks.layout(scene);
        });
        ArticleReaderBenchmarks.onFx(() -> ArticleReaderBenchmarks.layout(scene));
        if (shown) {
            ArticleReaderBenchmarks.onFx(() -> panel.reader().showTimePhrasesProperty().set(true));
            long deadline = System.nanoTime() + 60_000_000_000L;
            boolean[] reading = {true};
            while (reading[0] && System.nanoTime() < deadline) {
                Thread.sleep(50);
                ArticleReaderBenchmarks.onFx(() -> reading[0] = ReaderProbe.readingTimePhrases(panel.reader()));
            }
        }
        // Both runs start alike: the cells on screen rebuilt and laid out once more.
        ArticleReaderBenchmarks.onFx(() -> {
            ReaderProbe.decorationChanged(panel.reader());
            ArticleReaderBenchmarks.layout(scene);
        });
        ArticleReaderBenchmarks.onFx(() -> ArticleReaderBenchmarks.layout(scene));
    }

    @Override
    public void run() throws Exception {
        pages++;
        cpuNanos.add(ArticleReaderBenchmarks.onFx(() -> {
            ReaderProbe.scrollPixels(panel.reader(), 850);
            ArticleReaderBenchmarks.layout(scene);
        }));
    }

    @Override
    public int warmups() {
        return 20;
    }

    @Override
    public int iterations() {
        return 60;
    }

    @Override
    public String remark() {
        List<Long> sorted = new ArrayList<>(cpuNanos.subList(Math.min(cpuNanos.size(), warmups()), cpuNanos.size()));
        sorted.sort(null);
        int marks = panel == null ? 0 : ReaderProbe.timePhraseMarksOnScreen(panel.reader());
        return String.format(Locale.ROOT, "JavaFX-thread CPU median %.1f ms; %d marks on the last screen",
                sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() / 2) / 1e6, marks);
    }
}
