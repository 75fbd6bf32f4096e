package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.MemoryBudget;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.data.snapshot.SnapshotCache;
import org.sourceline.model.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a big file: progress, a window that keeps working, Cancel, and a file too big for memory. */
@ExtendWith(ApplicationExtension.class)
class DatasetOpenerTest {
    @TempDir
    static Path dir;
    /** Big enough for several progress reports (one per 1,024 events and megabyte). */
    static Path big;

    private MainWindow window;

    @BeforeAll
    static void generate() throws IOException {
        big = dir.resolve("synthetic.json");
        new SyntheticDatasetGenerator(6000, 60, 11).write(big, "synthetic.txt");
    }

    @Start
    void start(Stage stage) {
        Settings settings = Settings.load(dir.resolve("settings-" + System.nanoTime() + ".json"));
        window = new MainWindow(stage, new AppModel(), settings);
        // Each test reads the JSON unless it gives a cache of its own.
        window.opener().setSnapshotCache(() -> null);
        window.openBundled();
        stage.show();
        stage.requestFocus();
    }

    private StatusBar statusBar(FxRobot robot) {
        return robot.lookup("#status-bar").queryAs(StatusBar.class);
    }

    @Test
    void cancellingMidReadKeepsThePreviousDataset(FxRobot robot) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reports = new AtomicInteger();
        // Holds the reading thread at its first progress report, so the test can act mid-read.
        window.opener().setReadHook(bytes -> {
            if (reports.incrementAndGet() == 1) {
                reached.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Dataset before = window.model().getLoaded().dataset();
        robot.interact(() -> window.open(big));
        assertThat(reached.await(30, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statusBar(robot).getProgress() > 0);
        assertThat(statusBar(robot).getProgress()).isLessThan(1);
        assertThat(statusBar(robot).getText()).isEqualTo("Opening synthetic.json…");
        Button cancel = robot.lookup("#cancel-open").queryAs(Button.class);
        assertThat(cancel.isVisible()).isTrue();
        // The window keeps working while the file is read.
        robot.interact(() -> window.model().selectNext());
        assertThat(window.model().getSelectedEvent()).isNotNull();

        robot.clickOn(cancel);
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.opener().isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.model().getLoaded().dataset()).isSameAs(before);
        assertThat(window.stage().getTitle()).startsWith("Iran and Russia");
        assertThat(statusBar(robot).getText()).startsWith("Iran and Russia Are Closer Than Ever Before · ");
        assertThat(statusBar(robot).getProgress()).isZero();
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#problems-dialog").tryQuery()).isEmpty();
        // Reading stopped at the next check instead of running to the end (6,000 events: 5 reports).
        assertThat(reports.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aFileTooLargeForMemoryFailsWithAClearMessageAndKeepsThePreviousDataset(FxRobot robot) throws Exception {
        // A 64 MB heap already holding 60 MB: the first report shows the file cannot fit.
        window.opener().setMemoryBudget(() -> new MemoryBudget(64L << 20, () -> 60L << 20, () -> { }));
        Dataset before = window.model().getLoaded().dataset();
        robot.interact(() -> window.open(big));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#problems-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open synthetic.json.");
        String text = robot.from(dialog).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.contains("too large")).findFirst().orElseThrow();
        assertThat(text).startsWith("The file is too large for the memory Sourceline may use: it would need about 60 MB, "
                + "and Sourceline may use 64 MB in all.").contains("-Xmx").endsWith("“Iran and Russia Are Closer Than Ever Before” stays open.");
        assertThat(window.model().getLoaded().dataset()).isSameAs(before);
        assertThat(window.opener().isBusy()).isFalse();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aBigFileOpensWithItsCounts(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(big));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.stage().getTitle().startsWith("Synthetic archive"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().getLoaded().dataset().events()).hasSize(6000);
        // Counts are grouped the way the user's locale groups digits.
        assertThat(statusBar(robot).getText()).contains(String.format("%,d events · 60 actors", 6000));
    }

    private Dataset openAndWait(FxRobot robot, Path file) throws Exception {
        Dataset before = window.model().getLoaded().dataset();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.opener().isBusy()
                && window.model().getLoaded().dataset() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return window.model().getLoaded().dataset();
    }

    @Test
    void aFileOpenedBeforeOpensFromItsSnapshotUntilItChanges(FxRobot robot) throws Exception {
        Path copy = dir.resolve("snapshotted.json");
        new SyntheticDatasetGenerator(3000, 30, 12).write(copy, "snapshotted.txt");
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache-" + System.nanoTime()), 0, Long.MAX_VALUE);
        window.opener().setSnapshotCache(() -> cache);
        AtomicInteger jsonReports = new AtomicInteger();
        window.opener().setReadHook(bytes -> jsonReports.incrementAndGet());

        Dataset first = openAndWait(robot, copy);
        assertThat(jsonReports.get()).isPositive();
        DatasetOpener.finishSnapshotWrites(60_000);
        assertThat(cache.snapshotFile(copy)).exists();

        jsonReports.set(0);
        robot.interact(() -> window.openBundled());
        Dataset second = openAndWait(robot, copy);
        assertThat(jsonReports.get()).as("read from the snapshot, not the JSON").isZero();
        assertThat(second).isNotSameAs(first);
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.actors()).isEqualTo(first.actors());
        assertThat(statusBar(robot).getText()).contains(String.format("%,d events · 30 actors", 3000));
        // The indexes came with the snapshot and are those a build gives.
        SnapshotCache.Snapshot kept = cache.readSnapshot(copy, copy.toString(), org.sourceline.data.GroupMapping.ACTOR);
        assertThat(kept.columns().size()).isPositive();
        LoadedDataset reopened = window.model().getLoaded();
        org.sourceline.query.EventIndex built = org.sourceline.query.EventIndex.of(second);
        assertThat(reopened.index().timeOrder()).isEqualTo(built.timeOrder());
        for (int a = 0; a < built.actorCount(); a++) {
            assertThat(reopened.index().eventsOf(a)).isEqualTo(built.eventsOf(a));
            assertThat(reopened.timeline().laneEvents(a))
                    .isEqualTo(org.sourceline.render.layout.TimelineIndex.of(built).laneEvents(a));
        }
        assertThat(reopened.index().indexOf(second.events().get(1234))).isEqualTo(1234);

        // Changed on disk (same size, new time): the JSON again.
        java.nio.file.Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        robot.interact(() -> window.openBundled());
        openAndWait(robot, copy);
        assertThat(jsonReports.get()).isPositive();
    }

    /** Opens {@code file} from JSON with a cache of its own and waits for its snapshot. */
    private SnapshotCache snapshotted(FxRobot robot, Path file) throws Exception {
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache-" + System.nanoTime()), 0, Long.MAX_VALUE);
        window.opener().setSnapshotCache(() -> cache);
        openAndWait(robot, file);
        DatasetOpener.finishSnapshotWrites(60_000);
        assertThat(cache.snapshotFile(file)).exists();
        return cache;
    }

    @Test
    void aSnapshotsEventsAreDecodedAfterItIsShownAndTheTableFollows(FxRobot robot) throws Exception {
        Path file = dir.resolve("lazy.json");
        new SyntheticDatasetGenerator(3000, 30, 13).write(file, "lazy.txt");
        SnapshotCache cache = snapshotted(robot, file);
        Dataset fromJson = window.model().getLoaded().dataset();
        window.opener().setLazyEventsFrom(0);

        // Shown before any event is decoded: the timeline and the filter need the indexes only.
        SnapshotCache.Snapshot snapshot = cache.readSnapshot(file, file.toString(), org.sourceline.data.GroupMapping.ACTOR);
        LoadedDataset lazy = LoadedDataset.of(snapshot.result(), file, snapshot.columns(), snapshot.events());
        assertThat(lazy.eventsReady()).isFalse();
        AppModel model = new AppModel();
        robot.interact(() -> model.open(lazy, org.sourceline.query.EventFilter.NONE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getFilterResult() != null
                && model.getFilterResult().index() == lazy.index());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getFilterResult().visibleCount()).isEqualTo(3000);
        assertThat(model.visibleEvents()).as("the table follows the events").isEmpty();
        assertThat(model.eventsPendingProperty().get()).isTrue();
        assertThat(snapshot.events().chunksDecoded()).as("chunks decoded").isZero();
        snapshot.events().decodeAll(n -> { });
        robot.interact(() -> model.eventsDecoded(lazy));
        assertThat(model.visibleEvents()).hasSize(3000);
        assertThat(model.eventsPendingProperty().get()).isFalse();
        assertThat(model.visibleEvents().get(0)).isSameAs(lazy.index().event(lazy.index().timeOrder()[0]));

        // Through the window: opened from the snapshot, its events decoded once it has been drawn.
        robot.interact(() -> window.openBundled());
        Dataset reopened = openAndWait(robot, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().getLoaded().eventsReady()
                && window.model().visibleEvents().size() == 3000);
        assertThat(reopened).isNotSameAs(fromJson);
        assertThat(reopened.events()).isEqualTo(fromJson.events());
    }

    @Test
    void aSnapshotWhoseEventsDoNotDecodeIsReplacedByTheFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("damaged.json");
        new SyntheticDatasetGenerator(3000, 30, 14).write(file, "damaged.txt");
        SnapshotCache cache = snapshotted(robot, file);
        Dataset fromJson = window.model().getLoaded().dataset();

        // A chunk of events broken under a checksum that matches (as a faulty build would write it).
        Path snapshot = cache.snapshotFile(file);
        byte[] bytes = java.nio.file.Files.readAllBytes(snapshot);
        byte[] id = fromJson.events().get(5).id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean broken = false;
        for (int at = 2; at + id.length <= bytes.length && !broken; at++) {
            if (bytes[at - 1] == id.length && bytes[at - 2] == 1 && java.util.Arrays.equals(bytes, at, at + id.length, id, 0, id.length)) {
                bytes[at - 2] = 0x7F;
                broken = true;
            }
        }
        assertThat(broken).isTrue();
        int end = bytes.length - Long.BYTES - Integer.BYTES;
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, end);
        java.nio.ByteBuffer.wrap(bytes, end + Long.BYTES, Integer.BYTES).putInt((int) crc.getValue());
        java.nio.file.Files.write(snapshot, bytes);

        AtomicInteger jsonReports = new AtomicInteger();
        window.opener().setReadHook(b -> jsonReports.incrementAndGet());
        window.opener().setLazyEventsFrom(0);
        robot.interact(() -> window.openBundled());
        // A view that asks for an event of the broken chunk gets an exception (reported on the
        // JavaFX thread); what matters is what the window shows afterwards.
        WaitForAsyncUtils.autoCheckException = false;
        try {
            robot.interact(() -> window.open(file));
        // Shown from the snapshot, then read again from the file once its events fail to decode.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> jsonReports.get() > 0 && !window.opener().isBusy()
                    && window.model().getLoaded().file() != null && window.model().getLoaded().eventsReady()
                    && window.model().visibleEvents().size() == 3000);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
        LoadedDataset shown = window.model().getLoaded();
        assertThat(shown.dataset().events()).isEqualTo(fromJson.events());
        assertThat(robot.lookup("#problems-dialog").tryQuery()).isEmpty();
        DatasetOpener.finishSnapshotWrites(60_000);
        // The damaged snapshot is gone; the one written after the JSON read serves whole.
        assertThat(cache.read(file, file.toString(), org.sourceline.data.GroupMapping.ACTOR, n -> { }).dataset().events())
                .isEqualTo(fromJson.events());
    }

    @Test
    void anUnwritableCacheFolderStillOpensTheFile(FxRobot robot) throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        java.nio.file.Files.writeString(blocked, "a file where the cache folder should be");
        window.opener().setSnapshotCache(() -> new SnapshotCache(blocked.resolve("sourceline"), 0, Long.MAX_VALUE));
        Dataset opened = openAndWait(robot, big);
        assertThat(opened.events()).hasSize(6000);
        DatasetOpener.finishSnapshotWrites(60_000);
        assertThat(robot.lookup("#problems-dialog").tryQuery()).isEmpty();
        // And again: still from the JSON, still fine.
        robot.interact(() -> window.openBundled());
        assertThat(openAndWait(robot, big).events()).hasSize(6000);
    }
}
