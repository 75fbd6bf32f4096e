package org.sourceline.query;

/**
 * Object → int by identity, in two flat arrays (open addressing, linear probing): what an
 * {@code IdentityHashMap<Event, Integer>} does for a million events without a million boxed
 * integers. Fixed capacity; no removal.
 */
final class IdentityIntMap {
    private final Object[] keys;
    private final int[] values;
    private final int mask;

    /** A map for up to {@code expected} keys, kept at most half full. */
    IdentityIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new Object[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private int slot(Object key) {
        // Spread the identity hash: its low bits alone cluster.
        int h = System.identityHashCode(key) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    void put(Object key, int value) {
        int i = slot(key);
        while (keys[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(Object key) {
        for (int i = slot(key); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }
}
