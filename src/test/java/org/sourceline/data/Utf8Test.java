package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourceline.data.json.JsonText;

class Utf8Test {
    /** Bytes near every boundary the UTF-8 rules draw, and plain ASCII to fill the fast path. */
    private static final int[] TRICKY = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

    @Test
    void decodesExactlyWhatTheStrictDecoderAccepts() {
        Random random = new Random(18);
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(3) == 0 ? 'a' + random.nextInt(26) : TRICKY[random.nextInt(TRICKY.length)]);
            }
            if (JsonText.guessUtf16Or32(bytes) != null) {
                continue; // refused before decoding, as UTF-16/32
            }
            String strict = strictDecode(bytes);
            String ours;
            try {
                ours = Utf8.decode(bytes);
            } catch (Utf8.MalformedTextException e) {
                ours = null;
            }
            assertThat(ours).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(strict);
        }
    }

    @Test
    void aLongTextDecodedInPiecesIsTheSameStringWhereverItsCharactersFallOnAPiecesEdge() throws Exception {
        // One, two, three and four bytes a character (the last a surrogate pair), in every phase
        // against the piece size, with and without a byte order mark, and Latin-1 alone.
        String[] alphabets = {"aé€😀", "a", "aé", "é€", "😀"};
        for (String alphabet : alphabets) {
            int[] points = alphabet.codePoints().toArray();
            for (int shift = 0; shift < 4; shift++) {
                StringBuilder text = new StringBuilder("x".repeat(shift));
                java.util.Random random = new java.util.Random(shift);
                while (text.length() < 3 * Utf8.DECODE_PIECE) {
                    text.appendCodePoint(points[random.nextInt(points.length)]);
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                assertThat(Utf8.decode(bytes)).isEqualTo(text.toString());
                byte[] withMark = new byte[bytes.length + 3];
                withMark[0] = (byte) 0xEF;
                withMark[1] = (byte) 0xBB;
                withMark[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, withMark, 3, bytes.length);
                assertThat(Utf8.decode(withMark)).isEqualTo(text.toString());
            }
        }
    }

    @Test
    void longAsciiWithOneBadByteAnywhereIsRefused() throws Utf8.MalformedTextException {
        byte[] text = "The quick brown fox jumps over the lazy dog, again and again. ".repeat(3).getBytes(StandardCharsets.US_ASCII);
        assertThat(Utf8.decode(text)).isEqualTo(new String(text, StandardCharsets.US_ASCII));
        for (int at = 0; at < text.length; at++) {
            byte[] bad = text.clone();
            bad[at] = (byte) 0xC0;
            assertThat(strictDecode(bad)).isNull();
            int position = at;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Utf8.decode(bad)).as("at %d", position)
                    .isInstanceOf(Utf8.MalformedTextException.class);
        }
    }

    private static String strictDecode(byte[] bytes) {
        int bom = Utf8.bomLength(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
