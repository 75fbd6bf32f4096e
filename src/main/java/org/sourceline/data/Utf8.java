package org.sourceline.data;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.json.JsonText;

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
        String utf16 = JsonText.guessUtf16Or32(bytes);
        if (utf16 != null) {
            throw new MalformedTextException("not UTF-8: the file looks like " + utf16 + "; save it as UTF-8", 1, 1);
        }
        int offset = bomLength(bytes);
        if (isValid(bytes, offset)) {
            // The usual case: one string, without a decoded copy as large as the text beside it.
            return bytes.length - offset <= DECODE_PIECE ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8)
                    : decodeInPieces(bytes, offset);
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

    /** Bytes decoded at a time by {@link #decodeInPieces}: each piece's buffers stay small, short-lived objects. */
    static final int DECODE_PIECE = 32 * 1024;

    /**
     * Decodes valid UTF-8 a piece at a time and joins the pieces. One {@code new String} of a
     * 100 MB text makes some 0.4 GB of garbage as large as the text (a Latin-1 attempt, a
     * UTF-16 buffer and its trimmed copy), which the collector must treat as huge objects in the
     * old generation, and which sets off its marking cycles before a big dataset's events are
     * read; the pieces' buffers die young, and {@link String#join} copies the pieces once into
     * the text's own array (Java 17 and later size it from the pieces).
     */
    static String decodeInPieces(byte[] bytes, int offset) {
        List<String> pieces = new ArrayList<>(bytes.length / DECODE_PIECE + 2);
        int at = offset;
        while (at < bytes.length) {
            int end = Math.min(bytes.length, at + DECODE_PIECE);
            // End a piece before a continuation byte, never inside a character.
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            pieces.add(new String(bytes, at, end - at, StandardCharsets.UTF_8));
            at = end;
        }
        return String.join("", pieces);
    }

    /** 3 when the bytes start with a UTF-8 byte order mark (which {@link #decode} drops), else 0. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Strict check by the rules of well-formed UTF-8 (the JDK's decoder refuses exactly what it
     * refuses): ASCII eight bytes at a time, then each sequence by its lead byte's allowed
     * ranges, so a 100 MB article costs one quick pass before it is decoded.
     */
    private static boolean isValid(byte[] b, int from) {
        int i = from;
        int end = b.length;
        while (i < end) {
            while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= end) {
                return true;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int continuations;
            int low = 0x80;
            int high = 0xBF;
            if (c < 0xC2) {
                return false; // a continuation byte without a lead byte, or an overlong encoding
            } else if (c < 0xE0) {
                continuations = 1;
            } else if (c < 0xF0) {
                continuations = 2;
                if (c == 0xE0) {
                    low = 0xA0; // else overlong
                } else if (c == 0xED) {
                    high = 0x9F; // else a UTF-16 surrogate
                }
            } else if (c < 0xF5) {
                continuations = 3;
                if (c == 0xF0) {
                    low = 0x90; // else overlong
                } else if (c == 0xF4) {
                    high = 0x8F; // else beyond U+10FFFF
                }
            } else {
                return false;
            }
            if (i + continuations >= end) {
                return false;
            }
            int next = b[i + 1] & 0xFF;
            if (next < low || next > high) {
                return false;
            }
            for (int k = 2; k <= continuations; k++) {
                int more = b[i + k] & 0xFF;
                if (more < 0x80 || more > 0xBF) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
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

    /** Bytes of a stream that are not UTF-8 (or escape half a character), at a byte offset. */
    public static final class MalformedStreamException extends CharConversionException {
        private final long offset;

        MalformedStreamException(String message, long offset) {
            super(message);
            this.offset = offset;
        }

        /** Byte offset (0-based) of the first byte of the bad sequence. */
        public long offset() {
            return offset;
        }
    }

    /**
     * Passes a JSON file's bytes through while checking them strictly: UTF-8 as the standard
     * says (no overlong forms such as {@code C0 AF}, no encoded surrogates, nothing beyond
     * U+10FFFF, no stray or missing continuation bytes), and no {@code \\uXXXX} escape that is
     * half of a UTF-16 surrogate pair without its other half. Jackson decodes overlong forms
     * and lone surrogate escapes without a word; this stops them at the first bad byte with a
     * {@link MalformedStreamException}. Pure ASCII is checked eight bytes at a time.
     */
    public static InputStream strict(InputStream in) {
        return new StrictStream(in);
    }

    /** Line (1-based) and column (1-based, in characters) of a byte offset in UTF-8 bytes read from {@code in}. */
    public static int[] lineColumnAt(InputStream in, long offset) throws IOException {
        int line = 1;
        int column = 1;
        byte[] buffer = new byte[1 << 16];
        long at = 0;
        while (at < offset) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - at));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++;
                }
            }
            at += n;
        }
        return new int[] {line, column};
    }

    private static final class StrictStream extends FilterInputStream {
        private static final long ONES = 0x0101010101010101L;
        private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

        // Escape states: outside an escape, after a backslash, inside the four hex digits of \\u.
        private static final int PLAIN = 0;
        private static final int ESCAPE = 1;
        private static final int HEX = 2;

        /** True when the stream is UTF-16 or UTF-32, which is not checked here. */
        private boolean wide;
        /** Bytes passed on before the current read. */
        private long offset;
        /** Continuation bytes still expected, and the range allowed for the next one. */
        private int continuations;
        private int nextLow = 0x80;
        private int nextHigh = 0xBF;
        private long sequenceStart;
        /** The bytes of the sequence so far, for the message. */
        private final int[] sequenceBytes = new int[4];
        private int sequenceLength;
        private int escape = PLAIN;
        private int hexDigits;
        private int unit;
        private long escapeStart;
        /** Offset of an escaped high surrogate waiting for its low half, or -1. */
        private long pendingHigh = -1;

        StrictStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                if (continuations > 0 && !wide) {
                    throw new MalformedStreamException("not valid UTF-8: the file ends inside a character", sequenceStart);
                }
                return n;
            }
            if (offset == 0 && JsonText.guessUtf16Or32(java.util.Arrays.copyOfRange(b, off, off + Math.min(n, 4))) != null) {
                // UTF-16 or UTF-32 text: the readers say so in words of their own.
                wide = true;
            }
            if (!wide) {
                check(b, off, n);
            }
            offset += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes must be checked too.
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void check(byte[] b, int from, int length) throws IOException {
            int i = from;
            int end = from + length;
            while (i < end) {
                if (continuations == 0 && escape == PLAIN && pendingHigh < 0) {
                    // The common case: ASCII without a backslash, eight bytes at a time.
                    while (i + 8 <= end) {
                        long word = (long) LONGS.get(b, i);
                        long x = word ^ BACKSLASHES;
                        if ((word & HIGH_BITS) != 0 || ((x - ONES) & ~x & HIGH_BITS) != 0) {
                            break;
                        }
                        i += 8;
                    }
                    if (i >= end) {
                        return;
                    }
                }
                step(b[i] & 0xFF, offset + (i - from));
                i++;
            }
        }

        private void step(int c, long at) throws IOException {
            if (continuations > 0) {
                if (c < nextLow || c > nextHigh) {
                    throw malformed(c, at, continuations, (c & 0xC0) == 0x80 ? describeRange() : "an incomplete character");
                }
                sequenceBytes[sequenceLength++] = c;
                continuations--;
                nextLow = 0x80;
                nextHigh = 0xBF;
                if (continuations == 0) {
                    escapeCheck(-1, sequenceStart);
                }
                return;
            }
            if (c < 0x80) {
                escapeCheck(c, at);
                return;
            }
            sequenceStart = at;
            sequenceBytes[0] = c;
            sequenceLength = 1;
            if (c < 0xC2) {
                throw malformed(c, at, 0, c < 0xC0 ? "a continuation byte without a lead byte" : "an overlong encoding");
            } else if (c < 0xE0) {
                continuations = 1;
            } else if (c < 0xF0) {
                continuations = 2;
                if (c == 0xE0) {
                    nextLow = 0xA0;
                } else if (c == 0xED) {
                    nextHigh = 0x9F;
                }
            } else if (c < 0xF5) {
                continuations = 3;
                if (c == 0xF0) {
                    nextLow = 0x90;
                } else if (c == 0xF4) {
                    nextHigh = 0x8F;
                }
            } else {
                throw malformed(c, at, 0, "no character is encoded with it");
            }
        }

        /** Why a continuation byte out of the allowed range is wrong, given the lead byte's limits. */
        private String describeRange() {
            if (nextLow == 0xA0 || nextLow == 0x90) {
                return "an overlong encoding";
            }
            if (nextHigh == 0x9F) {
                return "an encoded UTF-16 surrogate";
            }
            if (nextHigh == 0x8F) {
                return "a code point beyond U+10FFFF";
            }
            return "an incomplete character";
        }

        private MalformedStreamException malformed(int c, long at, int stillExpected, String why) {
            if (stillExpected == 0) {
                return new MalformedStreamException(String.format("not valid UTF-8: byte 0x%02X at byte offset %d (%s)",
                        c, at, why), at);
            }
            StringBuilder bytes = new StringBuilder();
            for (int i = 0; i < sequenceLength; i++) {
                bytes.append(String.format("0x%02X ", sequenceBytes[i]));
            }
            return new MalformedStreamException(String.format("not valid UTF-8: bytes %s0x%02X at byte offset %d (%s)",
                    bytes, c, sequenceStart, why), sequenceStart);
        }

        /** Follows {@code \\uXXXX} escapes; {@code c} is an ASCII byte or -1 for a non-ASCII character. */
        private void escapeCheck(int c, long at) throws IOException {
            switch (escape) {
                case PLAIN -> {
                    if (c == '\\') {
                        escape = ESCAPE;
                        escapeStart = at;
                    } else if (pendingHigh >= 0) {
                        throw loneHalf(pendingHigh, "is the first half of a UTF-16 surrogate pair without the second");
                    }
                }
                case ESCAPE -> {
                    if (c == 'u') {
                        escape = HEX;
                        hexDigits = 0;
                        unit = 0;
                    } else {
                        escape = PLAIN;
                        if (pendingHigh >= 0) {
                            throw loneHalf(pendingHigh, "is the first half of a UTF-16 surrogate pair without the second");
                        }
                    }
                }
                default -> {
                    int digit = Character.digit(c < 0 ? 'x' : c, 16);
                    if (digit < 0) {
                        // Not an escape Jackson accepts either: it says so with its position.
                        escape = PLAIN;
                        pendingHigh = -1;
                        return;
                    }
                    unit = unit * 16 + digit;
                    if (++hexDigits < 4) {
                        return;
                    }
                    escape = PLAIN;
                    if (pendingHigh >= 0) {
                        if (!Character.isLowSurrogate((char) unit)) {
                            throw loneHalf(pendingHigh, "is the first half of a UTF-16 surrogate pair without the second");
                        }
                        pendingHigh = -1;
                    } else if (Character.isHighSurrogate((char) unit)) {
                        pendingHigh = escapeStart;
                        pendingUnit = unit;
                    } else if (Character.isLowSurrogate((char) unit)) {
                        pendingUnit = unit;
                        throw loneHalf(escapeStart, "is the second half of a UTF-16 surrogate pair without the first");
                    }
                }
            }
        }

        private int pendingUnit;

        private MalformedStreamException loneHalf(long at, String what) {
            return new MalformedStreamException(String.format("invalid text: the escape \\u%04X %s "
                    + "(half of a character, which no text can hold)", pendingUnit, what), at);
        }
    }
}
