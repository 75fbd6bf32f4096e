package org.sourceline.data;

import java.io.IOException;
import org.sourceline.data.json.JsonCursor;

/**
 * Strings that recur across a dataset (modes, places, time phrases, article ids), each kept once
 * while reading: a million events then hold a few thousand strings, not a million copies.
 */
final class SharedStrings {
    private final StringPool<String> pool = new StringPool<>(1 << 14);

    /**
     * {@link JsonCursor#string}, kept once; a value already kept is found from the parser's
     * characters, without making a string that would at once be garbage.
     */
    String read(JsonCursor in, String field, String subject) throws IOException {
        String kept = in.lookUp(pool);
        if (kept != null) {
            return kept;
        }
        return StringPool.intern(pool, in.string(field, subject));
    }

    /** The string {@code chars[offset .. offset+length)}, kept once. */
    String of(char[] chars, int offset, int length) {
        String kept = pool.get(chars, offset, length);
        return kept != null ? kept : StringPool.intern(pool, new String(chars, offset, length));
    }
}
