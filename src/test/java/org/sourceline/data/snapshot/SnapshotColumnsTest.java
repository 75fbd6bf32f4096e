package org.sourceline.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadResult;
import org.sourceline.generate.SyntheticDatasetGenerator;

/** Columns kept with a snapshot come back as they went in; malformed ones are refused. */
class SnapshotColumnsTest {
    @TempDir
    Path dir;

    private static byte[] encode(SnapshotColumns columns) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        columns.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static SnapshotColumns sample() {
        Random random = new Random(3);
        int[] ints = random.ints(40_000).toArray();
        long[] longs = random.longs(20_001).toArray();
        byte[] bytes = new byte[333];
        random.nextBytes(bytes);
        int[][] intRows = {{}, {1, 2, 3}, random.ints(17_000).toArray()};
        long[][] longRows = {{Long.MIN_VALUE, Long.MAX_VALUE}, {}};
        return new SnapshotColumns().put("a.ints", ints).put("a.longs", longs).put("a.bytes", bytes)
                .put("a.intRows", intRows).put("a.longRows", longRows).put("a.empty", new int[0]);
    }

    @Test
    void everyKindRoundTrips() throws IOException {
        SnapshotColumns written = sample();
        ByteBuffer buffer = ByteBuffer.wrap(encode(written));
        SnapshotColumns read = SnapshotColumns.read(buffer);
        assertThat(buffer.hasRemaining()).isFalse();
        assertThat(read.size()).isEqualTo(6);
        assertThat(read.ints("a.ints")).isEqualTo(written.ints("a.ints"));
        assertThat(read.longs("a.longs")).isEqualTo(written.longs("a.longs"));
        assertThat(read.bytes("a.bytes")).isEqualTo(written.bytes("a.bytes"));
        assertThat(read.intRows("a.intRows")).isDeepEqualTo(written.intRows("a.intRows"));
        assertThat(read.longRows("a.longRows")).isDeepEqualTo(written.longRows("a.longRows"));
        assertThat(read.ints("a.empty")).isEmpty();
        // Asked for by the wrong kind or name: nothing, never a cast error.
        assertThat(read.longs("a.ints")).isNull();
        assertThat(read.ints("missing")).isNull();
    }

    @Test
    void truncatedOrDamagedColumnsAreRefused() throws IOException {
        byte[] whole = encode(sample());
        for (int length : new int[] {0, 3, 10, whole.length / 2, whole.length - 1}) {
            ByteBuffer cut = ByteBuffer.wrap(Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> SnapshotColumns.read(cut)).as("cut to " + length)
                    .isInstanceOf(SnapshotCodec.SnapshotFormatException.class);
        }
        byte[] badLength = whole.clone();
        // The first column's length (after count, name length and name "a.ints", kind): claims more than there is.
        int at = Integer.BYTES + Short.BYTES + "a.ints".length() + 1;
        badLength[at] = 0x7F;
        assertThatThrownBy(() -> SnapshotColumns.read(ByteBuffer.wrap(badLength)))
                .isInstanceOf(SnapshotCodec.SnapshotFormatException.class);
    }

    @Test
    void aSnapshotKeepsItsColumnsAndOneWithoutHasNone() throws IOException {
        Path file = dir.resolve("generated.json");
        new SyntheticDatasetGenerator(500, 10, 2).write(file, "generated.txt");
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache"), 0, Long.MAX_VALUE);
        SourceStamp before = SnapshotCache.stampBeforeReading(file);
        ReadResult read = org.sourceline.data.formats.DatasetFormats.read(file);

        assertThat(cache.write(file, GroupMapping.ACTOR, read, sample(), before, () -> false)).isTrue();
        SnapshotCache.Snapshot snapshot = cache.readSnapshot(file, file.toString(), GroupMapping.ACTOR);
        assertThat(snapshot).isNotNull();
        SnapshotCacheTest.assertSameRead(snapshot.result(), read);
        assertThat(snapshot.columns().ints("a.ints")).isEqualTo(sample().ints("a.ints"));
        assertThat(snapshot.columns().intRows("a.intRows")).isDeepEqualTo(sample().intRows("a.intRows"));

        assertThat(cache.write(file, GroupMapping.ACTOR, read, before, () -> false)).isTrue();
        snapshot = cache.readSnapshot(file, file.toString(), GroupMapping.ACTOR);
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.columns().size()).isZero();
    }
}
