package org.sourceline.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadResult;
import org.sourceline.data.DatasetFiles;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Dataset;

/** Snapshots: exact round trips, never used once anything changed, damaged ones ignored and rebuilt, safe writers. */
class SnapshotCacheTest {
    @TempDir
    Path dir;
    private SnapshotCache cache;

    @BeforeEach
    void setUp() {
        cache = new SnapshotCache(dir.resolve("cache"), 0, Long.MAX_VALUE);
    }

    /** Copies a dataset and its text file into the temp folder. */
    private Path copy(Path json, String text) throws IOException {
        Path target = dir.resolve(json.getFileName());
        Files.copy(json, target, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(json.resolveSibling(text), dir.resolve(text), StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private Path generated(int articles) throws IOException {
        Path file = dir.resolve("generated.json");
        new SyntheticDatasetGenerator(3000, 40, 5).articles(articles).write(file, "generated.txt");
        return file;
    }

    /** Reads from JSON and writes the snapshot, as the app does. */
    private ReadResult readAndSnapshot(Path file) throws IOException {
        SourceStamp before = SnapshotCache.stampBeforeReading(file);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        assertThat(read.hasErrors()).as(read.problems().toString()).isFalse();
        assertThat(cache.write(file, GroupMapping.ACTOR, read, before, () -> false)).isTrue();
        return read;
    }

    private ReadResult fromSnapshot(Path file) {
        return cache.read(file, file.toString(), GroupMapping.ACTOR, events -> { });
    }

    static void assertSameRead(ReadResult actual, ReadResult expected) {
        assertThat(actual).isNotNull();
        Dataset a = actual.dataset();
        Dataset e = expected.dataset();
        assertThat(a.title()).isEqualTo(e.title());
        assertThat(a.description()).isEqualTo(e.description());
        assertThat(a.articles()).isEqualTo(e.articles());
        assertThat(a.actors()).isEqualTo(e.actors());
        assertThat(a.eras()).isEqualTo(e.eras());
        assertThat(a.events()).isEqualTo(e.events());
        for (int i = 0; i < a.events().size(); i++) {
            for (int k = 0; k < a.events().get(i).evidence().size(); k++) {
                var ea = a.events().get(i).evidence().get(k);
                var ee = e.events().get(i).evidence().get(k);
                assertThat(ea.exact()).isEqualTo(ee.exact());
                assertThat(ea.prefix()).isEqualTo(ee.prefix());
                assertThat(ea.suffix()).isEqualTo(ee.suffix());
            }
        }
        assertThat(actual.problems()).isEqualTo(expected.problems());
        assertThat(actual.summary()).isEqualTo(expected.summary());
        assertThat(actual.file()).isEqualTo(expected.file());
    }

    @Test
    void bundledDatasetRoundTrips() throws IOException {
        Path file = copy(Path.of("resources/datasets/iran-russia-2023.json"), "iran-russia-2023.txt");
        ReadResult read = readAndSnapshot(file);
        ReadResult snapshot = fromSnapshot(file);
        assertSameRead(snapshot, read);
        // Actors in events are the dataset's own, as the JSON reader makes them.
        var actor = snapshot.dataset().events().get(0).actors().get(0);
        assertThat(snapshot.dataset().actors()).anyMatch(listed -> listed == actor);
    }

    @Test
    void nasaDatasetRoundTrips() throws IOException {
        Path file = copy(Path.of("src/test/resources/datasets/nasa-shuttle-homes-2011.json"), "nasa-shuttle-homes-2011.txt");
        ReadResult read = readAndSnapshot(file);
        assertSameRead(fromSnapshot(file), read);
    }

    @Test
    void generatedMultiArticleDatasetRoundTrips() throws IOException {
        Path file = generated(7);
        ReadResult read = readAndSnapshot(file);
        assertThat(read.dataset().articles()).hasSize(7);
        assertSameRead(fromSnapshot(file), read);
    }

    @Test
    void smallFilesGetNoSnapshot() throws IOException {
        cache = new SnapshotCache(dir.resolve("cache"), 1L << 40, Long.MAX_VALUE);
        Path file = generated(1);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        assertThat(cache.write(file, GroupMapping.ACTOR, read, SnapshotCache.stampBeforeReading(file), () -> false)).isFalse();
        assertThat(cache.snapshotFile(file)).doesNotExist();
    }

    @Test
    void staleWhenTheDatasetChangesSizeTimeOrContent() throws IOException {
        Path file = generated(1);
        readAndSnapshot(file);
        assertThat(fromSnapshot(file)).isNotNull();

        FileTime time = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
        assertThat(fromSnapshot(file)).as("time").isNull();
        Files.setLastModifiedTime(file, time);
        assertThat(fromSnapshot(file)).as("time restored").isNotNull();

        // Same size and time, one byte of a title different: only the content hash tells.
        flipLetter(file);
        Files.setLastModifiedTime(file, time);
        assertThat(fromSnapshot(file)).as("content").isNull();

        Files.writeString(file, " ", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, time);
        assertThat(fromSnapshot(file)).as("size").isNull();
    }

    @Test
    void staleWhenATextFileChangesSizeTimeOrContent() throws IOException {
        Path file = generated(3);
        List<String> texts = DatasetFiles.textFilesNamedBy(file);
        assertThat(texts).hasSize(3);
        Path text = dir.resolve(texts.get(1));
        readAndSnapshot(file);
        assertThat(fromSnapshot(file)).isNotNull();

        FileTime time = Files.getLastModifiedTime(text);
        Files.setLastModifiedTime(text, FileTime.fromMillis(time.toMillis() - 5000));
        assertThat(fromSnapshot(file)).as("time").isNull();
        Files.setLastModifiedTime(text, time);
        assertThat(fromSnapshot(file)).as("time restored").isNotNull();

        flipLetter(text);
        Files.setLastModifiedTime(text, time);
        assertThat(fromSnapshot(file)).as("content").isNull();

        Files.writeString(text, "x", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(text, time);
        assertThat(fromSnapshot(file)).as("size").isNull();

        Files.delete(text);
        assertThat(fromSnapshot(file)).as("gone").isNull();
    }

    @Test
    void notUsedForAnotherNameOrOtherReadingOptions() throws IOException {
        Path file = generated(1);
        readAndSnapshot(file);
        assertThat(cache.read(file, "other-name.json", GroupMapping.ACTOR, n -> { })).isNull();
        assertThat(cache.read(file, file.toString(), GroupMapping.TYPE, n -> { })).isNull();
        assertThat(fromSnapshot(file)).isNotNull();
    }

    @Test
    void aCorruptSnapshotIsIgnoredDeletedAndRebuilt() throws IOException {
        Path file = generated(2);
        ReadResult read = readAndSnapshot(file);
        Path snapshot = cache.snapshotFile(file);
        long size = Files.size(snapshot);
        try (RandomAccessFile raf = new RandomAccessFile(snapshot.toFile(), "rw")) {
            raf.seek(size / 2);
            int b = raf.read();
            raf.seek(size / 2);
            raf.write(b ^ 0x10);
        }
        assertThat(fromSnapshot(file)).isNull();
        assertThat(snapshot).doesNotExist();

        readAndSnapshot(file);
        assertSameRead(fromSnapshot(file), read);
    }

    @Test
    void aTruncatedOrForeignSnapshotIsIgnored() throws IOException {
        Path file = generated(1);
        ReadResult read = readAndSnapshot(file);
        Path snapshot = cache.snapshotFile(file);
        byte[] whole = Files.readAllBytes(snapshot);
        for (int length : new int[] {0, 5, 40, whole.length / 3, whole.length - 1}) {
            Files.write(snapshot, java.util.Arrays.copyOf(whole, length));
            assertThat(fromSnapshot(file)).as("truncated to " + length).isNull();
        }
        Files.writeString(snapshot, "{\"not\": \"a snapshot\"}");
        assertThat(fromSnapshot(file)).isNull();
        readAndSnapshot(file);
        assertSameRead(fromSnapshot(file), read);
    }

    @Test
    void twoWritersAtOnceLeaveOneWholeSnapshot() throws Exception {
        Path file = generated(3);
        SourceStamp before = SnapshotCache.stampBeforeReading(file);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        SnapshotCache other = new SnapshotCache(dir.resolve("cache"), 0, Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 4; round++) {
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<Object>> done = new ArrayList<>();
                for (SnapshotCache writer : List.of(cache, other)) {
                    done.add(pool.submit(() -> {
                        start.await();
                        return writer.write(file, GroupMapping.ACTOR, read, before, () -> false);
                    }));
                }
                done.add(pool.submit(() -> {
                    start.await();
                    // A reader meanwhile sees no snapshot or a whole one, never a broken one.
                    ReadResult seen = fromSnapshot(file);
                    if (seen != null) {
                        assertSameRead(seen, read);
                    }
                    return null;
                }));
                for (Future<Object> f : done) {
                    f.get();
                }
                assertSameRead(fromSnapshot(file), read);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(cache.snapshotFile(file).getFileName().toString());
        }
    }

    @Test
    void anUnwritableCacheFolderOnlyMeansNoSnapshot() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be");
        SnapshotCache unwritable = new SnapshotCache(blocked.resolve("sourceline"), 0, Long.MAX_VALUE);
        Path file = generated(1);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        try {
            unwritable.write(file, GroupMapping.ACTOR, read, SnapshotCache.stampBeforeReading(file), () -> false);
        } catch (IOException expected) {
            // Reported to the caller, which keeps no snapshot.
        }
        assertThat(unwritable.read(file, file.toString(), GroupMapping.ACTOR, n -> { })).isNull();
    }

    @Test
    void aFileChangedWhileItWasReadGetsNoSnapshot() throws IOException {
        Path file = generated(1);
        SourceStamp before = SnapshotCache.stampBeforeReading(file);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        assertThat(cache.write(file, GroupMapping.ACTOR, read, before, () -> false)).isFalse();
        assertThat(cache.snapshotFile(file)).doesNotExist();
    }

    @Test
    void theLeastRecentlyUsedSnapshotsGoWhenTheFolderIsFull() throws IOException {
        Path first = generated(1);
        Path second = dir.resolve("second.json");
        new SyntheticDatasetGenerator(3000, 40, 6).write(second, "second.txt");
        readAndSnapshot(first);
        long one = Files.size(cache.snapshotFile(first));
        Files.setLastModifiedTime(cache.snapshotFile(first), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        cache = new SnapshotCache(dir.resolve("cache"), 0, one + one / 2);
        readAndSnapshot(second);
        assertThat(cache.snapshotFile(first)).doesNotExist();
        assertThat(cache.snapshotFile(second)).exists();
        assertThat(cache.clear()).isTrue();
        assertThat(cache.snapshotFile(second)).doesNotExist();
    }

    /** Changes one lower-case letter in the middle of a file, keeping its size. */
    private static void flipLetter(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = raf.length() / 2; at < raf.length(); at++) {
                raf.seek(at);
                int b = raf.read();
                if (b >= 'a' && b <= 'y') {
                    raf.seek(at);
                    raf.write(b + 1);
                    return;
                }
            }
        }
        throw new IllegalStateException("no letter to change");
    }
}
