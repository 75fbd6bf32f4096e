package org.sourceline.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a bad byte is, as line and column. */
public final class Utf8 {
    /** Bytes that are not UTF-8, at a 1-based line and column (column counts characters). */
    public static final class MalformedTextException extends Exception {
        private final int line;
        private final int column;

        MalformedTextException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private Utf8() {
    }

    /** Decodes bytes as UTF-8, refusing malformed input and UTF-16/32 text. A UTF-8 BOM is dropped. */
    public static String decode(byte[] bytes) throws MalformedTextException {
        String utf16 = guessUtf16Or32(bytes);
        if (utf16 != null) {
            throw new MalformedTextException("not UTF-8: the file looks like " + utf16 + "; save it as UTF-8", 1, 1);
        }
        int offset = bomLength(bytes);
        if (isValid(bytes, offset)) {
            // The usual case: one string, without a decoded copy as large as the text beside it.
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int[] lineCol = lineColumn(out, out.position());
            throw new MalformedTextException(String.format("not valid UTF-8: byte 0x%02X at byte offset %d",
                    bytes[bad] & 0xFF, bad), lineCol[0], lineCol[1]);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** 3 when the bytes start with a UTF-8 byte order mark (which {@link #decode} drops), else 0. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Strict check, decoding through a small buffer. */
    private static boolean isValid(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(1 << 14);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /** "UTF-16" or "UTF-32" when the bytes carry such a BOM or the NUL-byte pattern of one, else null. */
    public static String guessUtf16Or32(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return "UTF-16 (little-endian, no byte order mark)";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-16 (big-endian, no byte order mark)";
        }
        return null;
    }

    private static int[] lineColumn(CharBuffer decoded, int upTo) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < upTo; i++) {
            if (decoded.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
