package org.sourceline.data;

import org.sourceline.data.json.JsonCursor;

/**
 * Small fixed-size caches for reading: values that repeat across a dataset (modes, places, date
 * phrases, EDTF values) are kept once, so a million events do not hold a million copies.
 *
 * <p>Direct-mapped: one slot per hash, a new value replaces the old one. A bounded table that
 * stays in the processor's caches is faster here than a growing hash map, whose nodes scatter
 * over the heap; a value that lost its slot is merely not shared. One reader thread's: even a
 * look-up by characters writes (it keeps the key's characters the first time).
 */
final class StringPool<V> implements JsonCursor.CharsLookup<V> {
    private final String[] keys;
    /** Each key's hash: a slot whose hash differs is passed without reading its string. */
    private final int[] hashes;
    /** Each key's characters, for {@link #get(char[], int, int)}: compared as arrays, not by {@code charAt}. */
    private final char[][] keyChars;
    private final Object[] values;
    private final int mask;

    /** @param slots a power of two */
    StringPool(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two");
        }
        keys = new String[slots];
        hashes = new int[slots];
        keyChars = new char[slots][];
        values = new Object[slots];
        mask = slots - 1;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 15)) & mask;
    }

    /** The value kept for a string equal to {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int hash = key.hashCode();
        int i = slot(hash);
        String k = keys[i];
        return k != null && hashes[i] == hash && k.equals(key) ? (V) values[i] : null;
    }

    /** The value kept for the string {@code chars[offset .. offset+length)}, or null; builds no string. */
    @SuppressWarnings("unchecked")
    @Override
    public V get(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];   // String.hashCode, so both lookups find the same slot
        }
        int i = slot(h);
        String key = keys[i];
        if (key == null || hashes[i] != h || key.length() != length) {
            return null;
        }
        char[] k = keyChars[i];
        if (k == null) {
            // Made when first looked up by characters: a key only ever looked up as a string needs none.
            k = key.toCharArray();
            keyChars[i] = k;
        }
        for (int c = 0; c < length; c++) {
            if (k[c] != chars[offset + c]) {
                return null;
            }
        }
        return (V) values[i];
    }

    void put(String key, V value) {
        int hash = key.hashCode();
        int i = slot(hash);
        keys[i] = key;
        keyChars[i] = null;
        hashes[i] = hash;
        values[i] = value;
    }

    /** The kept instance equal to {@code s} (keeping {@code s} when there is none); null stays null. */
    static String intern(StringPool<String> pool, String s) {
        if (s == null) {
            return null;
        }
        String kept = pool.get(s);
        if (kept != null) {
            return kept;
        }
        pool.put(s, s);
        return s;
    }
}
