package org.sourceline.render.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PNG row band by row band, so an image of 16,000 × 8,000 pixels never has to be held
 * in memory whole, with UTF-8 text chunks (iTXt: title, source, filters, software) that
 * ImageIO's simple API cannot write. RGBA, 8 bits per channel, one IDAT stream.
 */
public final class PngWriter implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** PNG's own limit on width and height. */
    public static final int MAX_DIMENSION = Integer.MAX_VALUE / 8;

    private final DataOutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater = new Deflater(6);
    private final DeflaterOutputStream idat;
    private final ChunkBuffer idatBuffer;
    private int rowsWritten;
    /** Raw bytes of the row above (zeros above the first row) and of the current row. */
    private byte[] prior;
    private byte[] raw;
    private final byte[] filtered;

    /**
     * Starts a PNG: writes the signature, the header and the text chunks.
     *
     * @param text keyword → UTF-8 text, e.g. "Title" → "Iran and Russia …"
     */
    public PngWriter(OutputStream target, int width, int height, Map<String, String> text) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "×" + height);
        }
        this.out = new DataOutputStream(target);
        this.width = width;
        this.height = height;
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);   // bit depth
        h.writeByte(6);   // colour type: truecolour with alpha
        h.writeByte(0);   // deflate
        h.writeByte(0);   // adaptive filtering
        h.writeByte(0);   // no interlace
        chunk("IHDR", header.toByteArray());
        for (Map.Entry<String, String> entry : new LinkedHashMap<>(text).entrySet()) {
            if (entry.getValue() != null) {
                chunk("iTXt", itxt(entry.getKey(), entry.getValue()));
            }
        }
        prior = new byte[width * 4];
        raw = new byte[width * 4];
        filtered = new byte[1 + width * 4];
        idatBuffer = new ChunkBuffer();
        idat = new DeflaterOutputStream(idatBuffer, deflater, 1 << 16);
    }

    /** Appends rows: {@code argb} holds {@code rows} rows of {@code width} pixels, 0xAARRGGBB. */
    public void writeRows(int[] argb, int rows) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image has");
        }
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            for (int x = 0; x < width; x++) {
                int p = argb[base + x];
                int j = x * 4;
                raw[j] = (byte) (p >> 16);
                raw[j + 1] = (byte) (p >> 8);
                raw[j + 2] = (byte) p;
                raw[j + 3] = (byte) (p >>> 24);
            }
            // Filter type 2 (Up): flat areas and repeated rows, most of a timeline, compress to almost nothing.
            filtered[0] = 2;
            for (int i = 0; i < raw.length; i++) {
                filtered[i + 1] = (byte) (raw[i] - prior[i]);
            }
            idat.write(filtered);
            byte[] swap = prior;
            prior = raw;
            raw = swap;
            rowsWritten++;
            if (idatBuffer.size() > 1 << 20) {
                flushIdat();
            }
        }
    }

    /** Finishes the image; every row must have been written. */
    public void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("only " + rowsWritten + " of " + height + " rows were written");
        }
        idat.finish();
        flushIdat();
        chunk("IEND", new byte[0]);
        out.flush();
    }

    @Override
    public void close() {
        deflater.end();
    }

    private void flushIdat() throws IOException {
        if (idatBuffer.size() > 0) {
            chunk("IDAT", idatBuffer.toByteArray());
            idatBuffer.reset();
        }
    }

    private void chunk(String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] itxt(String keyword, String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        b.write(key, 0, Math.min(79, key.length));
        b.write(0);     // keyword terminator
        b.write(0);     // not compressed
        b.write(0);     // compression method
        b.write(0);     // empty language tag
        b.write(0);     // empty translated keyword
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        b.write(value, 0, value.length);
        return b.toByteArray();
    }

    /** A byte buffer the deflater writes into; emptied into IDAT chunks. */
    private static final class ChunkBuffer extends ByteArrayOutputStream {
    }
}
