package org.sourceline.data;

/**
 * A set of strings in flat arrays (open addressing, linear probing): what a
 * {@code HashSet<String>} does for a million event ids without a million map nodes. Each slot
 * keeps its string's hash too, so a probe looks at the string itself (somewhere in a large
 * heap: a cache miss) only when the hashes agree.
 */
final class StringSet {
    private String[] table;
    private int[] hashes;
    private int size;

    StringSet() {
        this(512);
    }

    /** A set that holds {@code expected} strings without growing. */
    StringSet(int expected) {
        int slots = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) << 1;
        table = new String[slots];
        hashes = new int[slots];
    }

    /** Adds a string; false when an equal one is already in the set. */
    boolean add(String s) {
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(s, s.hashCode());
    }

    /** {@link #add} of a string whose {@link String#hashCode()} is known. */
    boolean add(String s, int hash) {
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(s, hash);
    }

    private boolean insert(String s, int hash) {
        int mask = table.length - 1;
        int h = hash * 0x9E3779B9;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String there = table[i];
            if (there == null) {
                table[i] = s;
                hashes[i] = hash;
                size++;
                return true;
            }
            if (hashes[i] == hash && there.equals(s)) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        size = 0;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                insert(oldTable[i], oldHashes[i]);
            }
        }
    }
}
