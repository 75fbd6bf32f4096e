package org.sourceline.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadResult;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * A snapshot's events decoded a chunk at a time when first used: the same events as an eager
 * read, each decoded once, and a chunk that does not decode (found late, after the checksum
 * matched) never leaves a dataset that looks whole.
 */
class SnapshotEventsTest {
    private static final int CHUNK = 100;
    private static final int EVENTS = 2_500;

    @TempDir
    Path dir;

    private ReadResult generated() throws IOException {
        Path file = dir.resolve("generated.json");
        new SyntheticDatasetGenerator(EVENTS, 30, 8).articles(2).write(file, "generated.txt");
        return org.sourceline.data.formats.DatasetFormats.read(file);
    }

    private static byte[] encode(ReadResult read, int chunkEvents) throws IOException {
        return SnapshotCodecChunksTest.encode(read, chunkEvents);
    }

    private static SnapshotCodec.LazyRead lazily(byte[] body, Runnable onDamage) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        SnapshotCodec.LazyRead lazy = SnapshotCodec.readLazily(buffer, onDamage).finish();
        assertThat(buffer.hasRemaining()).isFalse();
        return lazy;
    }

    @Test
    void lazyChunksGiveTheEventsAnEagerReadGives() throws IOException {
        ReadResult read = generated();
        byte[] body = encode(read, CHUNK);
        SnapshotCodec.LazyRead lazy = lazily(body, () -> { });
        SnapshotEvents events = lazy.events();
        assertThat(events.chunkCount()).isEqualTo(EVENTS / CHUNK);
        assertThat(events.chunksDecoded()).as("nothing decoded before it is used").isZero();
        assertThat(lazy.result().dataset().events()).hasSize(EVENTS);

        // One event from the middle decodes its chunk only, and is the same object when asked again.
        Event middle = events.get(1_234);
        assertThat(events.chunksDecoded()).isEqualTo(1);
        assertThat(events.get(1_234)).isSameAs(middle);
        assertThat(middle).isEqualTo(read.dataset().events().get(1_234));
        assertThat(events.isComplete()).isFalse();

        List<Integer> progress = new ArrayList<>();
        events.decodeAll(progress::add);
        assertThat(events.isComplete()).isTrue();
        assertThat(progress).isSorted().last().isEqualTo(EVENTS);
        assertThat(events.get(1_234)).as("never decoded twice").isSameAs(middle);
        SnapshotCacheTest.assertSameRead(lazy.result(), read);
        SnapshotCacheTest.assertSameRead(SnapshotCodec.read(ByteBuffer.wrap(body), n -> { }), read);
    }

    @Test
    void threadsAskingForTheSameChunkGetTheSameEvents() throws Exception {
        ReadResult read = generated();
        SnapshotEvents events = lazily(encode(read, CHUNK), () -> { }).events();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Event[]>> seen = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                seen.add(pool.submit(() -> {
                    Event[] all = new Event[EVENTS];
                    for (int i = 0; i < EVENTS; i++) {
                        all[i] = events.get(i);
                    }
                    return all;
                }));
            }
            seen.add(pool.submit(() -> {
                events.decodeAll(n -> { });
                return events.toArray(new Event[0]);
            }));
            Event[] first = seen.get(0).get();
            for (Future<Event[]> other : seen) {
                Event[] got = other.get();
                for (int i = 0; i < EVENTS; i++) {
                    assertThat(got[i]).isSameAs(first[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.isComplete()).isTrue();
        assertThat(events).isEqualTo(read.dataset().events());
    }

    /** Breaks the chunk that holds event {@code position}: its first string names a string the chunk never had. */
    private static byte[] breakChunkOf(byte[] bytes, ReadResult read, int position) {
        byte[] id = read.dataset().events().get(position).id().getBytes(StandardCharsets.UTF_8);
        byte[] damaged = bytes.clone();
        for (int at = 2; at + id.length <= damaged.length; at++) {
            if (damaged[at - 1] == id.length && damaged[at - 2] == 1 && java.util.Arrays.equals(damaged, at, at + id.length, id, 0, id.length)) {
                damaged[at - 2] = 0x7F;
                return damaged;
            }
        }
        throw new AssertionError("event id not found");
    }

    @Test
    void aChunkThatDoesNotDecodeIsFoundWhenFirstUsedAndNeverGivesAWholeDataset() throws IOException {
        ReadResult read = generated();
        // The first event of the fifth chunk: the other chunks are intact.
        byte[] body = breakChunkOf(encode(read, CHUNK), read, 4 * CHUNK);
        AtomicInteger damageReports = new AtomicInteger();
        SnapshotEvents events = lazily(body, damageReports::incrementAndGet).events();

        assertThat(events.get(0)).isEqualTo(read.dataset().events().get(0));
        assertThatThrownBy(() -> events.get(4 * CHUNK + 7)).isInstanceOf(SnapshotEvents.DamagedSnapshotException.class);
        assertThatThrownBy(() -> events.get(4 * CHUNK)).isInstanceOf(SnapshotEvents.DamagedSnapshotException.class);
        assertThatThrownBy(() -> events.decodeAll(n -> { })).isInstanceOf(SnapshotEvents.DamagedSnapshotException.class);
        assertThat(events.isComplete()).isFalse();
        assertThat(damageReports.get()).as("reported once").isEqualTo(1);
        // An eager read of the same bytes fails as a whole.
        assertThatThrownBy(() -> SnapshotCodec.read(ByteBuffer.wrap(body), n -> { }))
                .isInstanceOf(SnapshotCodec.SnapshotFormatException.class);
    }

    @Test
    void aDamagedChunkUnderAMatchingChecksumIsDeletedAndNeverReadWhole() throws IOException {
        Path file = dir.resolve("generated.json");
        new SyntheticDatasetGenerator(EVENTS, 30, 8).write(file, "generated.txt");
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache"), 0, Long.MAX_VALUE);
        SourceStamp before = SnapshotCache.stampBeforeReading(file);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);
        assertThat(cache.write(file, GroupMapping.ACTOR, read, before, () -> false)).isTrue();

        // Broken inside the events, then given a checksum that matches (as a faulty build would write it).
        Path snapshot = cache.snapshotFile(file);
        byte[] bytes = breakChunkOf(Files.readAllBytes(snapshot), read, 10);
        int end = bytes.length - Long.BYTES - Integer.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        ByteBuffer.wrap(bytes, end + Long.BYTES, Integer.BYTES).order(ByteOrder.BIG_ENDIAN).putInt((int) crc.getValue());
        Files.write(snapshot, bytes);

        SnapshotCache.Snapshot lazy = cache.readSnapshot(file, file.toString(), GroupMapping.ACTOR);
        assertThat(lazy).as("the checksum matches: the events are only decoded later").isNotNull();
        assertThatThrownBy(() -> lazy.events().decodeAll(n -> { })).isInstanceOf(SnapshotEvents.DamagedSnapshotException.class);
        assertThat(snapshot).as("deleted: the next open reads the JSON").doesNotExist();

        // Written again, broken again: the eager read gives nothing rather than part of a dataset.
        assertThat(cache.write(file, GroupMapping.ACTOR, read, before, () -> false)).isTrue();
        bytes = breakChunkOf(Files.readAllBytes(snapshot), read, 10);
        crc.reset();
        crc.update(bytes, 0, end);
        ByteBuffer.wrap(bytes, end + Long.BYTES, Integer.BYTES).order(ByteOrder.BIG_ENDIAN).putInt((int) crc.getValue());
        Files.write(snapshot, bytes);
        assertThat(cache.read(file, file.toString(), GroupMapping.ACTOR, n -> { })).isNull();
        assertThat(snapshot).doesNotExist();
    }

    @Test
    void longArticleTextsDecodedAsideKeepEveryCharacter() throws IOException {
        // Over a megabyte each: decoded on threads of their own while the rest is read.
        String latin1 = "Café déjà vu, naïve façade. ".repeat(40_000);
        String wide = "Quoted “here” — and there… ".repeat(40_000) + "\uD83D\uDE00";
        String ascii = "Plain words. ".repeat(100_000);
        List<Article> articles = List.of(
                new Article("a", "A", null, null, null, null, "fr", latin1, null, null, null),
                new Article("b", "B", null, null, null, null, "en", wide, null, null, null),
                new Article("c", "C", null, null, null, null, "en", ascii, null, null, null),
                new Article("d", "D", null, null, null, null, "en", "short", null, null, null));
        Dataset dataset = new Dataset("Texts", null, articles, List.of(), List.of(), List.of());
        ReadResult read = new ReadResult("texts.json", dataset, List.of(), false, 0, 0, 0, 0, articles.size());
        ByteBuffer body = ByteBuffer.wrap(encode(read, CHUNK));
        ReadResult back = SnapshotCodec.read(body, n -> { });
        assertThat(body.hasRemaining()).isFalse();
        assertThat(back.dataset().articles()).isEqualTo(articles);
        assertThat(back.dataset().events()).isEmpty();
        assertThat(back.file()).isEqualTo("texts.json");
    }
}
