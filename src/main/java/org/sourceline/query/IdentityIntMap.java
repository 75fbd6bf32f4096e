package org.sourceline.query;

/**
 * Object → int by identity, in two flat arrays (open addressing, linear probing): what an
 * {@code IdentityHashMap<Event, Integer>} does for a million events without a million boxed
 * integers. Fixed capacity; {@link #copy()} and {@link #remove} let an edited dataset's index
 * start from its predecessor's map instead of hashing every event again.
 */
final class IdentityIntMap {
    private final Object[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    /** A map for up to {@code expected} keys, kept at most half full. */
    IdentityIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new Object[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private IdentityIntMap(IdentityIntMap other) {
        keys = other.keys.clone();
        values = other.values.clone();
        mask = other.mask;
        size = other.size;
    }

    /** An independent copy. */
    IdentityIntMap copy() {
        return new IdentityIntMap(this);
    }

    /** True while {@code more} keys can still be added without passing half full. */
    boolean hasRoomFor(int more) {
        return (size + more) * 2L <= keys.length;
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
        if (keys[i] == null) {
            size++;
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

    /** Removes a key (backward-shift deletion: later keys of the probe chain move up, no tombstones). */
    void remove(Object key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == null) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            // Move j into the hole unless its home lies cyclically in (hole, j].
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = null;
        values[hole] = 0;
    }
}
