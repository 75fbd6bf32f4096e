package org.sourceline.timephrase;

/**
 * The tense of the clause around a phrase, as far as a few marker words tell it, and the word
 * that told it (for the note).
 *
 * @param reported true when only an attribution told it ("…, the board said"): when the words were
 *                 said, not when the clause's own time is
 */
record Tense(Kind kind, String word, boolean reported) {
    enum Kind { PAST, PERFECT, PRESENT, FUTURE, UNKNOWN }

    Tense(Kind kind, String word) {
        this(kind, word, false);
    }

    /** This tense, as told only by an attribution. */
    Tense asReported() {
        return new Tense(kind, word, true);
    }

    static final Tense UNKNOWN = new Tense(Kind.UNKNOWN, null);

    boolean isPast() {
        return kind == Kind.PAST;
    }

    boolean isFuture() {
        return kind == Kind.FUTURE;
    }

    /** Past or present perfect: the clause looks back from the article's present. */
    boolean looksBack() {
        return kind == Kind.PAST || kind == Kind.PERFECT;
    }

    /** "past tense (“celebrated”)". */
    String describe() {
        String name = switch (kind) {
            case PAST -> "past tense";
            case PERFECT -> "present perfect";
            case PRESENT -> "present tense";
            case FUTURE -> "future";
            case UNKNOWN -> "tense unknown";
        };
        return word == null ? name : name + " (“" + word + "”)";
    }
}
