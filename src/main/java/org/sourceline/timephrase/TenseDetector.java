package org.sourceline.timephrase;

/**
 * Reads the tense of the clause a phrase stands in from the nearest marker word in its sentence:
 * "will", "would", "plans to", "is set to" (future); "has"/"have" with a participle (present
 * perfect); irregular past forms and verbs in "-ed" (past); "is", "are" (present). A bare "on
 * Tuesday" is the Tuesday before the article's date in a past clause and the one after it in a
 * future clause. Markers inside a semicolon-separated part of the sentence other than the
 * phrase's are not looked at.
 */
final class TenseDetector {
    /** How far (in tokens) to look on each side. */
    private static final int REACH = 30;
    /** Words that open a noun phrase ("the buses", "their talks"). */
    private static final String[] DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
        "this", "that", "these", "those"};

    private final Tokens t;
    private final Sentences sentences;

    TenseDetector(Tokens t, Sentences sentences) {
        this.t = t;
        this.sentences = sentences;
    }

    /** The tense around the phrase at tokens [from, to). */
    Tense around(int from, int to) {
        int sentenceStart = sentences.start(from);
        int sentenceEnd = sentences.end(Math.max(from, to - 1));
        int left = from - 1;
        int right = to;
        int leftLimit = Math.max(sentenceStart, from - REACH);
        int rightLimit = Math.min(sentenceEnd, to + REACH);
        boolean leftOpen = true;
        boolean rightOpen = true;
        boolean infinitiveBetween = false;
        // "…, a spokeswoman said": an attribution after a comma tells when it was said, not when the
        // phrase's own clause happens; it is used only when that clause shows no tense.
        Tense attribution = null;
        while (leftOpen || rightOpen) {
            if (leftOpen) {
                if (left < leftLimit || t.is(left, ";") || clauseBreak(left)) {
                    leftOpen = false;
                } else {
                    // "urged them to resume talks before Friday", "told to plan for a cut from April":
                    // what someone is asked to do lies ahead of the asking.
                    if (infinitiveBetween && t.isWord(left) && Lexicon.REQUEST_VERBS.contains(t.lower(left))) {
                        return new Tense(Tense.Kind.FUTURE, word(left) + " … to");
                    }
                    Tense tense = marker(left);
                    if (tense != null) {
                        return tense;
                    }
                    infinitiveBetween |= isInfinitive(left);
                    left--;
                }
            }
            if (rightOpen) {
                if (right >= rightLimit || t.is(right, ";") || clauseBreak(right) || t.is(right, "that")) {
                    rightOpen = false;
                } else if (t.is(right, ",") && attribution(right) != null) {
                    attribution = attribution(right);
                    rightOpen = false;
                } else {
                    Tense tense = marker(right);
                    if (tense != null) {
                        return tense;
                    }
                    right++;
                }
            }
        }
        return attribution != null ? attribution.asReported() : Tense.UNKNOWN;
    }

    /** "to" before a verb ("to resume", "to plan"), not before a noun phrase or a number. */
    private boolean isInfinitive(int k) {
        return t.is(k, "to") && t.isWord(k + 1) && !t.isCapitalized(k + 1)
                && !t.isAny(k + 1, DETERMINERS) && !t.isAny(k + 1, "date", "day", "be", "have");
    }

    /**
     * The tense of an attribution closing the sentence after the comma at k ("…, a spokeswoman said.",
     * "…,\" he said", "…, Menon said, and…"), or null when what follows the comma is something else.
     */
    private Tense attribution(int comma) {
        int k = comma + 1;
        if (t.isAny(k, "\"", "”", "'", "’")) {
            k++;
        }
        for (int j = k; j < k + 5 && j < t.size && t.isWord(j); j++) {
            if (Lexicon.REPORTING_VERBS.contains(t.lower(j))) {
                return marker(j) != null ? marker(j) : new Tense(Tense.Kind.PRESENT, word(j));
            }
        }
        return null;
    }

    /**
     * A comma before "but", "while", "although"…, before a relative "when", "which", "who", "where",
     * or before "and" opening a clause with its own subject (", and the fund will…"): the next
     * clause has its own tense.
     */
    private boolean clauseBreak(int k) {
        return t.is(k, ",") && (t.isAny(k + 1, "but", "while", "although", "though", "whereas", "yet", "when", "which",
                "who", "where") || t.is(k + 1, "and") && t.isAny(k + 2, "the", "a", "an", "he", "she", "it", "they", "we",
                "i", "its", "their", "his", "her", "this", "that", "there"));
    }

    /** The tense token k marks, or null when it marks none. */
    private Tense marker(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        String w = t.lower(k);
        switch (w) {
            case "will", "shall" -> {
                return new Tense(Tense.Kind.FUTURE, word(k));
            }
            case "ll" -> {
                return t.isAny(k - 1, "'", "’") && t.touches(k) ? new Tense(Tense.Kind.FUTURE, "'ll") : null;
            }
            case "won" -> {
                return t.isAny(k + 1, "'", "’") && t.is(k + 2, "t") ? new Tense(Tense.Kind.FUTURE, "won't")
                        : new Tense(Tense.Kind.PAST, word(k));
            }
            case "would" -> {
                return new Tense(Tense.Kind.FUTURE, word(k));
            }
            case "could", "might", "may" -> {
                // "could still be reached before the end of the year", "may slip into next year": a
                // possibility ahead; "could have", "might have" look back, and a bare "could" may be
                // a past ability ("could not swim then"), so only "could be" counts
                int j = k + 1;
                while (t.isAny(j, "still", "also", "yet", "even", "well", "soon", "now")) {
                    j++;
                }
                if (t.isCapitalized(k) && w.equals("may") || t.isAny(j, "have", "ve", "not", "n")) {
                    return null;
                }
                return w.equals("could") && !t.is(j, "be") ? null : new Tense(Tense.Kind.FUTURE, word(k));
            }
            case "going" -> {
                return t.is(k + 1, "to") && t.isWord(k + 2) && !t.isAny(k + 2, "the", "a", "an")
                        ? new Tense(Tense.Kind.FUTURE, "going to") : null;
            }
            case "expected", "due", "set" -> {
                // "is expected back on Wednesday", "are due in court on Friday", "is set for March".
                if (t.isAny(k - 1, "is", "are", "am") || t.isAny(k - 2, "is", "are") && t.isAny(k - 1, "now", "also", "still")
                        || t.is(k - 1, "s") && t.isAny(k - 2, "'", "’")) {
                    return new Tense(Tense.Kind.FUTURE, word(k - 1) + " " + word(k));
                }
                if (t.is(k + 1, "to") && t.isWord(k + 2) && !t.isAny(k + 2, "the", "a", "an")) {
                    return new Tense(Tense.Kind.FUTURE, word(k) + " to");
                }
                return w.endsWith("ed") && !isPassive(k) ? new Tense(Tense.Kind.PAST, word(k)) : null;
            }
            case "plans", "plan", "planned", "expects", "expect", "intends", "intend", "aims", "aim",
                 "hopes", "hope", "hoped", "scheduled", "promised", "promises", "vowed", "pledged" -> {
                if (t.is(k + 1, "to") && t.isWord(k + 2) && !t.isAny(k + 2, "the", "a", "an")) {
                    return new Tense(Tense.Kind.FUTURE, word(k) + " to");
                }
                // "scheduled", "planned for January", "is planned": arranged for what lies ahead.
                if (w.equals("scheduled") || w.equals("planned") && (t.is(k + 1, "for") || isPassive(k))) {
                    return new Tense(Tense.Kind.FUTURE, word(k));
                }
                return w.endsWith("ed") ? new Tense(Tense.Kind.PAST, word(k)) : null;
            }
            case "should" -> {
                // "should be running by mid-2024": what is expected ahead; "should have" looks back.
                return t.isAny(k + 1, "have", "ve") || t.isAny(k + 1, "not", "n") && t.isAny(k + 2, "have", "'", "’")
                        ? null : new Tense(Tense.Kind.FUTURE, word(k));
            }
            case "now" -> {
                // "now looks unlikely", "now says": a present verb after "now".
                return t.isWord(k + 1) && !t.isCapitalized(k + 1) && t.lower(k + 1).length() > 3 && t.lower(k + 1).endsWith("s")
                        && !t.lower(k + 1).endsWith("ss") ? new Tense(Tense.Kind.PRESENT, "now " + word(k + 1)) : null;
            }
            case "upcoming" -> {
                return new Tense(Tense.Kind.FUTURE, word(k));
            }
            case "has", "have", "ve" -> {
                for (int j = k + 1; j <= k + 3 && j < t.size; j++) {
                    if (isParticiple(j)) {
                        return new Tense(Tense.Kind.PERFECT, word(k) + " " + word(j));
                    }
                    if (!t.isWord(j) || !t.isAny(j, "not", "n", "t", "already", "long", "also", "since", "just",
                            "recently", "never", "ever", "now", "historically", "reportedly")) {
                        break;
                    }
                }
                return w.equals("ve") ? null : new Tense(Tense.Kind.PRESENT, word(k));
            }
            case "is", "are", "am" -> {
                return new Tense(Tense.Kind.PRESENT, word(k));
            }
            default -> {
            }
        }
        // "a window that opens in late March", "a line which runs until 2030": a relative clause in the present.
        if (t.isAny(k - 1, "that", "which", "who") && !t.isCapitalized(k) && w.length() > 3 && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return new Tense(Tense.Kind.PRESENT, word(k - 1) + " " + word(k));
        }
        // "whose fiscal 2024 ends on September 30": a relative clause on "whose" in the present
        if (!t.isCapitalized(k) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            for (int j = k - 2; j >= k - 4 && j >= 0; j--) {
                if (t.is(j, "whose")) {
                    return new Tense(Tense.Kind.PRESENT, "whose … " + word(k));
                }
            }
        }
        // "has been held", "have been sold": a passive present perfect
        if (t.is(k - 1, "been") && t.isAny(k - 2, "has", "have", "ve") && isParticiple(k)) {
            return new Tense(Tense.Kind.PERFECT, word(k - 2) + " been " + word(k));
        }
        if (Lexicon.PAST_VERBS.contains(w) && !(isPassive(k) && w.endsWith("ed"))) {
            return new Tense(Tense.Kind.PAST, word(k));
        }
        if (isRegularPast(k)) {
            // "have formed", "has long been": the perfect is marked by the auxiliary before.
            for (int j = k - 1; j >= k - 3 && j >= 0 && t.isWord(j); j--) {
                if (t.isAny(j, "has", "have", "ve")) {
                    return new Tense(Tense.Kind.PERFECT, word(j) + " " + word(k));
                }
                if (t.is(j, "had")) {
                    return new Tense(Tense.Kind.PAST, word(j) + " " + word(k));
                }
                if (!t.isAny(j, "not", "already", "long", "also", "just", "recently", "never", "ever", "reportedly",
                        "historically", "been")) {
                    break;
                }
            }
            return new Tense(Tense.Kind.PAST, word(k));
        }
        return null;
    }

    /** "be announced", "is signed": a participle after a form of "be" other than "was"/"were"; that carries the tense. */
    private boolean isPassive(int k) {
        return t.isAny(k - 1, "is", "are", "am", "be", "being", "been");
    }

    private boolean isParticiple(int j) {
        if (!t.isWord(j)) {
            return false;
        }
        String w = t.lower(j);
        return Lexicon.PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed") && !Lexicon.NOT_PAST.contains(w);
    }

    /** A verb in "-ed" used as a past tense, not as an adjective after "is" or "be". */
    private boolean isRegularPast(int k) {
        String w = t.lower(k);
        if (w.length() <= 4 || !w.endsWith("ed") || Lexicon.NOT_PAST.contains(w) || t.isCapitalized(k) && k > 0
                && !t.lineBreakBefore(k) && !t.isAny(k - 1, ".", "\"", "“")) {
            return false;
        }
        // "-made", "Iranian-made": part of a compound adjective.
        if (t.touches(k) && t.isAny(k - 1, "-")) {
            return false;
        }
        if (completesAnObject(k)) {
            return false;
        }
        return !t.isAny(k - 1, "is", "are", "am", "be", "being", "been", "get", "gets", "the", "a", "an");
    }

    /**
     * "to see the buses parked", "wants the deal signed", "keep the plant closed": an "-ed" word after
     * the object of a verb of seeing, wanting, having or keeping says how the object is, not when
     * the clause happens.
     */
    private boolean completesAnObject(int k) {
        for (int j = k - 2; j >= k - 4 && j >= 1; j--) {
            if (!t.isWord(j) || t.isCapitalized(j)) {
                return false;
            }
            if (t.isAny(j, DETERMINERS) || t.isAny(j, "them", "it", "him")) {
                return t.isAny(j - 1, "see", "sees", "watch", "want", "wants", "wanted", "get", "gets", "got", "have",
                        "keep", "keeps", "kept", "leave", "leaves", "find", "finds", "found", "need", "needs", "like",
                        "likes", "prefer", "prefers");
            }
        }
        return false;
    }

    private String word(int k) {
        return t.text.substring(t.start(k), t.end(k));
    }
}
