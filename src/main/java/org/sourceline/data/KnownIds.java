package org.sourceline.data;

import org.sourceline.data.json.JsonCursor;

/**
 * Finds a value by a string given as characters (Jackson's text buffer), without building the
 * string: events name their actors millions of times, and each lookup through a map would
 * first make a new string and hash it. Not for several threads at once while it is filled.
 */
final class KnownIds<V> implements JsonCursor.CharsLookup<V> {
    private String[] keys = new String[64];
    /**
     * Each key's characters: compared as arrays, where {@code String.charAt} costs a call and a
     * bounds check per character under the first JIT tier (a 1M-event file looks up 3 M ids).
     */
    private char[][] keyChars = new char[64][];
    /** Each key's hash: a slot whose hash differs is passed without reading its string. */
    private int[] hashes = new int[64];
    private Object[] values = new Object[64];
    private int size;

    void put(String key, V value) {
        put(key, key.toCharArray(), value);
    }

    private void put(String key, char[] chars, V value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int i = spread(hash) & mask;
        while (keys[i] != null && !keys[i].equals(key)) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            size++;
        }
        keys[i] = key;
        keyChars[i] = chars;
        hashes[i] = hash;
        values[i] = value;
    }

    /** The value for the string {@code chars[offset .. offset+length)}, or null. */
    @SuppressWarnings("unchecked")
    @Override
    public V get(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];
        }
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && matches(keyChars[i], chars, offset, length)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private static boolean matches(char[] key, char[] chars, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        char[][] oldChars = keyChars;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        keyChars = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                put(oldKeys[i], oldChars[i], value);
            }
        }
    }
}
