package org.sourceline.data;

/**
 * A set of strings in one flat array (open addressing, linear probing): what a
 * {@code HashSet<String>} does for a million event ids without a million map nodes.
 */
final class StringSet {
    private String[] table = new String[1024];
    private int size;

    /** Adds a string; false when an equal one is already in the set. */
    boolean add(String s) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int h = s.hashCode() * 0x9E3779B9;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String there = table[i];
            if (there == null) {
                table[i] = s;
                size++;
                return true;
            }
            if (there.equals(s)) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        size = 0;
        for (String s : old) {
            if (s != null) {
                add(s);
            }
        }
    }
}
