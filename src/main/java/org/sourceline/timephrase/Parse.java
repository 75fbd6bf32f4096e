package org.sourceline.timephrase;

/** A meaning read from tokens up to {@code to} (exclusive); the start is where the pattern was tried. */
record Parse(int to, Meaning meaning) {
    /** The longer of two parses (the first when they are as long); either may be null. */
    static Parse longer(Parse a, Parse b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.to > a.to ? b : a;
    }
}
