package org.sourceline.data.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named columns of primitive numbers kept with a snapshot: what the layers above derive from a
 * dataset when it opens (the indexes: sorted orders, per-actor event lists…), so that a reopen
 * reads them instead of deriving them again. This layer knows nothing of what they mean; the
 * index that put them there checks what it gets back (lengths, ranges) and rebuilds itself on
 * any doubt.
 *
 * <p>The arrays are held, not copied: whoever puts one must not change it afterwards (the
 * indexes never change theirs).
 */
public final class SnapshotColumns {
    private static final byte INTS = 1;
    private static final byte LONGS = 2;
    private static final byte BYTES = 3;
    private static final byte INT_ROWS = 4;
    private static final byte LONG_ROWS = 5;
    private static final int CHUNK = 1 << 16;

    private final Map<String, Object> columns = new LinkedHashMap<>();

    public SnapshotColumns put(String name, int[] values) {
        columns.put(name, values);
        return this;
    }

    public SnapshotColumns put(String name, long[] values) {
        columns.put(name, values);
        return this;
    }

    public SnapshotColumns put(String name, byte[] values) {
        columns.put(name, values);
        return this;
    }

    public SnapshotColumns put(String name, int[][] rows) {
        columns.put(name, rows);
        return this;
    }

    public SnapshotColumns put(String name, long[][] rows) {
        columns.put(name, rows);
        return this;
    }

    /** The int column of this name, or null when there is none of that kind. */
    public int[] ints(String name) {
        return columns.get(name) instanceof int[] values ? values : null;
    }

    public long[] longs(String name) {
        return columns.get(name) instanceof long[] values ? values : null;
    }

    public byte[] bytes(String name) {
        return columns.get(name) instanceof byte[] values ? values : null;
    }

    public int[][] intRows(String name) {
        return columns.get(name) instanceof int[][] rows ? rows : null;
    }

    public long[][] longRows(String name) {
        return columns.get(name) instanceof long[][] rows ? rows : null;
    }

    /** How many columns there are. */
    public int size() {
        return columns.size();
    }

    // ---------------------------------------------------------------- encoding

    /** Writes the columns: count, then per column its name, kind and numbers (big-endian, in bulk). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(columns.size());
        byte[] chunk = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.BIG_ENDIAN);
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            byte[] name = column.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeShort(name.length);
            out.write(name);
            Object value = column.getValue();
            if (value instanceof int[] ints) {
                out.writeByte(INTS);
                writeInts(out, ints, buffer);
            } else if (value instanceof long[] longs) {
                out.writeByte(LONGS);
                writeLongs(out, longs, buffer);
            } else if (value instanceof byte[] bytes) {
                out.writeByte(BYTES);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (value instanceof int[][] rows) {
                out.writeByte(INT_ROWS);
                out.writeInt(rows.length);
                for (int[] row : rows) {
                    writeInts(out, row, buffer);
                }
            } else {
                long[][] rows = (long[][]) value;
                out.writeByte(LONG_ROWS);
                out.writeInt(rows.length);
                for (long[] row : rows) {
                    writeLongs(out, row, buffer);
                }
            }
        }
    }

    private static void writeInts(DataOutputStream out, int[] values, ByteBuffer buffer) throws IOException {
        out.writeInt(values.length);
        for (int from = 0; from < values.length; ) {
            int n = Math.min(values.length - from, CHUNK / Integer.BYTES);
            buffer.clear();
            buffer.asIntBuffer().put(values, from, n);
            out.write(buffer.array(), 0, n * Integer.BYTES);
            from += n;
        }
    }

    private static void writeLongs(DataOutputStream out, long[] values, ByteBuffer buffer) throws IOException {
        out.writeInt(values.length);
        for (int from = 0; from < values.length; ) {
            int n = Math.min(values.length - from, CHUNK / Long.BYTES);
            buffer.clear();
            buffer.asLongBuffer().put(values, from, n);
            out.write(buffer.array(), 0, n * Long.BYTES);
            from += n;
        }
    }

    /**
     * Reads columns written by {@link #write} from the buffer's position on.
     *
     * @throws SnapshotCodec.SnapshotFormatException when the bytes are not such columns
     */
    static SnapshotColumns read(ByteBuffer in) throws SnapshotCodec.SnapshotFormatException {
        try {
            in.order(ByteOrder.BIG_ENDIAN);
            SnapshotColumns columns = new SnapshotColumns();
            int count = in.getInt();
            if (count < 0 || count > 1 << 12) {
                throw new SnapshotCodec.SnapshotFormatException("bad column count " + count);
            }
            for (int c = 0; c < count; c++) {
                byte[] name = new byte[in.getShort() & 0xFFFF];
                in.get(name);
                String key = new String(name, StandardCharsets.UTF_8);
                byte kind = in.get();
                Object value = switch (kind) {
                    case INTS -> readInts(in);
                    case LONGS -> readLongs(in);
                    case BYTES -> {
                        byte[] bytes = new byte[length(in, 1)];
                        in.get(bytes);
                        yield bytes;
                    }
                    case INT_ROWS -> {
                        int[][] rows = new int[length(in, Integer.BYTES)][];
                        for (int r = 0; r < rows.length; r++) {
                            rows[r] = readInts(in);
                        }
                        yield rows;
                    }
                    case LONG_ROWS -> {
                        long[][] rows = new long[length(in, Integer.BYTES)][];
                        for (int r = 0; r < rows.length; r++) {
                            rows[r] = readLongs(in);
                        }
                        yield rows;
                    }
                    default -> throw new SnapshotCodec.SnapshotFormatException("unknown column kind " + kind);
                };
                if (columns.columns.put(key, value) != null) {
                    throw new SnapshotCodec.SnapshotFormatException("column " + key + " twice");
                }
            }
            return columns;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new SnapshotCodec.SnapshotFormatException("malformed columns: " + e);
        }
    }

    /** A length of items of {@code itemBytes} each that fit in what is left. */
    private static int length(ByteBuffer in, int itemBytes) throws SnapshotCodec.SnapshotFormatException {
        int n = in.getInt();
        if (n < 0 || (long) n * itemBytes > in.remaining()) {
            throw new SnapshotCodec.SnapshotFormatException("column length " + n + " beyond the end");
        }
        return n;
    }

    private static int[] readInts(ByteBuffer in) throws SnapshotCodec.SnapshotFormatException {
        int[] values = new int[length(in, Integer.BYTES)];
        in.asIntBuffer().get(values);
        in.position(in.position() + values.length * Integer.BYTES);
        return values;
    }

    private static long[] readLongs(ByteBuffer in) throws SnapshotCodec.SnapshotFormatException {
        long[] values = new long[length(in, Long.BYTES)];
        in.asLongBuffer().get(values);
        in.position(in.position() + values.length * Long.BYTES);
        return values;
    }
}
