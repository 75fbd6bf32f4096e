package org.sourceline.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;

/**
 * Work the first window needs that does not need the JavaFX thread, started while the toolkit
 * starts: reading the settings and the bundled dataset with its indexes, and loading the classes
 * of the views (class loading runs in parallel; on two cores this overlaps a few hundred
 * milliseconds of start-up).
 */
final class StartupPreload {
    /** What the first window gets ready-made. */
    record Ready(Settings settings, LoadedDataset bundled) {
    }

    /** Classes the main window loads on the JavaFX thread; loading (not initialising) them early helps. */
    private static final List<String> VIEW_CLASSES = List.of(
            "org.sourceline.ui.MainWindow", "org.sourceline.ui.filter.FilterPanel",
            "org.sourceline.ui.timeline.TimelineView", "org.sourceline.ui.timeline.TimelineSkin",
            "org.sourceline.ui.timeline.TimelineGestures",
            "org.sourceline.ui.graph.GraphView", "org.sourceline.ui.source.SourcePanel",
            "org.sourceline.ui.source.ArticleReader", "org.sourceline.ui.source.QuoteCard",
            "org.sourceline.ui.table.EventTable", "org.sourceline.render.TimelineRenderer",
            "org.sourceline.render.GraphRenderer", "org.controlsfx.control.CheckListView",
            "org.controlsfx.control.RangeSlider", "org.controlsfx.control.StatusBar",
            "org.controlsfx.control.SegmentedButton", "javafx.scene.control.TableView",
            "javafx.scene.control.SplitPane", "javafx.scene.control.TabPane", "javafx.scene.control.TitledPane");

    private StartupPreload() {
    }

    static CompletableFuture<Ready> start() {
        CompletableFuture<Ready> ready = CompletableFuture.supplyAsync(() -> {
            Settings settings = Settings.load();
            ReadResult read = new DatasetReader().readResource(DatasetReader.BUNDLED);
            LoadedDataset bundled = read.hasErrors() ? null : LoadedDataset.of(read, null);
            return new Ready(settings, bundled);
        }, StartupPreload::daemon);
        daemon(() -> {
            ClassLoader loader = StartupPreload.class.getClassLoader();
            for (String name : VIEW_CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Only a head start: the JavaFX thread loads whatever is missing itself.
                }
            }
        });
        return ready;
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "sourceline-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
