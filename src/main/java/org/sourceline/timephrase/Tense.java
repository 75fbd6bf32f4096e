package org.sourceline.timephrase;

/**
 * The tense of the clause around a phrase, as far as a few marker words tell it, and the word
 * that told it (for the note).
 */
record Tense(Kind kind, String word) {
    enum Kind { PAST, PERFECT, PRESENT, FUTURE, UNKNOWN }

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
