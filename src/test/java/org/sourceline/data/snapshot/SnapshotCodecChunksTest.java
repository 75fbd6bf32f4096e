package org.sourceline.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.ReadResult;
import org.sourceline.generate.SyntheticDatasetGenerator;

/** Events written in many chunks are decoded on several threads into the same dataset, in order. */
class SnapshotCodecChunksTest {
    @TempDir
    Path dir;

    private ReadResult generated() throws IOException {
        Path file = dir.resolve("generated.json");
        new SyntheticDatasetGenerator(2_500, 30, 8).articles(3).write(file, "generated.txt");
        return org.sourceline.data.formats.DatasetFormats.read(file);
    }

    /** The body {@link SnapshotCodec#write} makes of {@code read}, in chunks of {@code chunkEvents}. */
    static byte[] encode(ReadResult read, int chunkEvents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        SnapshotCodec.write(read, out, () -> false, chunkEvents);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void manyChunksDecodeToTheSameDatasetWithProgress() throws IOException {
        ReadResult read = generated();
        for (int chunk : new int[] {1, 7, 100, 2_499, 2_500, 1 << 16}) {
            ByteBuffer body = ByteBuffer.wrap(encode(read, chunk));
            List<Integer> progress = new ArrayList<>();
            ReadResult decoded = SnapshotCodec.read(body, progress::add);
            assertThat(body.hasRemaining()).as("chunks of " + chunk).isFalse();
            SnapshotCacheTest.assertSameRead(decoded, read);
            assertThat(progress).as("chunks of " + chunk).isSorted().last().isEqualTo(2_500);
        }
    }

    @Test
    void aDamagedChunkFailsTheWholeRead() throws IOException {
        ReadResult read = generated();
        byte[] whole = encode(read, 100);
        // Cut short, or a byte of the events flipped: never a half-built dataset.
        for (int length : new int[] {whole.length / 2, whole.length - 40}) {
            ByteBuffer cut = ByteBuffer.wrap(java.util.Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> SnapshotCodec.read(cut, n -> { })).isInstanceOf(SnapshotCodec.SnapshotFormatException.class);
        }
        int failures = 0;
        // In the events (the long article texts come first and are kept as characters).
        int events = whole.length - whole.length / 4;
        for (int at = events; at < events + 400; at += 13) {
            byte[] damaged = whole.clone();
            damaged[at] ^= (byte) 0xFF;
            try {
                SnapshotCodec.read(ByteBuffer.wrap(damaged), n -> { });
            } catch (SnapshotCodec.SnapshotFormatException e) {
                failures++;
            }
        }
        // Most flips break the structure; the cache's checksum catches any that do not.
        assertThat(failures).isPositive();
    }
}
