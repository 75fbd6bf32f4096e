package org.sourceline.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article hash datasets record: the SHA-256 of the text's UTF-8 bytes, as lower-case hex.
 * A dataset stores it beside its quote offsets so that a changed text is noticed; the writer, the
 * reader and the selection-to-quote code all use this one definition.
 */
public final class TextHash {
    private TextHash() {
    }

    /** Hex SHA-256 of the UTF-8 encoding of {@code text}. */
    public static String sha256(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return sha256(bytes, 0, bytes.length);
    }

    /** Hex SHA-256 of {@code length} bytes from {@code offset} (e.g. a text file less its byte order mark). */
    public static String sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
