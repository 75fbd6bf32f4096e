package org.sourceline.timephrase;

/**
 * Counts and units in a phrase: "two", "twenty-five", "17", "a", "a few", "several", "a couple
 * of" before "days", "working days", "years". A vague count ("a few") is a range, read
 * generously: a reader cannot tell "a few" from four.
 */
final class Quantities {
    /** A count read at tokens [from, to): between min and max, vague when it is a reading. */
    record Count(int to, int min, int max, boolean vague) {
    }

    /**
     * A unit at tokens [from, to), whether it was in the plural, and how many of {@code unit} one
     * of it is (a fortnight: two weeks).
     */
    record UnitWord(int to, Unit unit, boolean plural, int per) {
        UnitWord(int to, Unit unit, boolean plural) {
            this(to, unit, plural, 1);
        }

        /** A count of this unit as a count of {@link #unit()}: "a fortnight" is two weeks. */
        int times(int count) {
            return count == Meaning.Stretch.OPEN ? count : count * per;
        }
    }

    private final Tokens t;

    Quantities(Tokens t) {
        this.t = t;
    }

    /** A count starting at token i, or null. */
    Count count(int i) {
        if (t.isNumber(i)) {
            int v = t.value(i);
            if (v < 0 || t.digits(i) > 6) {
                return null;
            }
            if (t.isAny(i - 1, ",", ".") && t.touches(i) && t.isNumber(i - 2) && t.touches(i - 1)) {
                return null; // the middle or end of a larger or decimal number
            }
            // "12,000": groups of three digits after commas make one count
            int k = i;
            long grouped = v;
            while (t.is(k + 1, ",") && t.touches(k + 1) && t.isNumber(k + 2) && t.touches(k + 2) && t.digits(k + 2) == 3
                    && grouped < 1_000_000) {
                grouped = grouped * 1000 + t.value(k + 2);
                k += 2;
            }
            // "3.5": a decimal, not a count of units
            if (t.isAny(k + 1, ",", ".") && t.touches(k + 1) && t.isNumber(k + 2) && t.touches(k + 2)) {
                return null;
            }
            return new Count(k + 1, (int) grouped, (int) grouped, false);
        }
        String w = t.lower(i);
        if (w == null) {
            return null;
        }
        switch (w) {
            case "a", "an" -> {
                if (t.is(i + 1, "few")) {
                    return new Count(i + 2, 2, 5, true);
                }
                if (t.is(i + 1, "couple")) {
                    return new Count(t.is(i + 2, "of") ? i + 3 : i + 2, 2, 3, true);
                }
                if (t.is(i + 1, "dozen")) {
                    return new Count(i + 2, 12, 12, false);
                }
                return new Count(i + 1, 1, 1, false);
            }
            case "one" -> {
                return new Count(i + 1, 1, 1, false);
            }
            case "few" -> {
                return new Count(i + 1, 2, 5, true);
            }
            case "several" -> {
                return new Count(i + 1, 3, 9, true);
            }
            case "some" -> {
                return new Count(i + 1, 2, 9, true);
            }
            case "many" -> {
                return new Count(i + 1, 3, Meaning.Stretch.OPEN, true);
            }
            case "couple" -> {
                return new Count(t.is(i + 1, "of") ? i + 2 : i + 1, 2, 3, true);
            }
            default -> {
            }
        }
        int n = Lexicon.numberWord(w);
        if (n < 0) {
            return null;
        }
        if (n >= 20 && n % 10 == 0 && n < 100 && t.is(i + 1, "-") && t.touches(i + 1) && t.touches(i + 2)) {
            int ones = Lexicon.numberWord(t.lower(i + 2));
            if (ones >= 1 && ones <= 9) {
                return new Count(i + 3, n + ones, n + ones, false);
            }
        }
        if (n >= 20 && n % 10 == 0 && n < 100) {
            int ones = Lexicon.numberWord(t.lower(i + 1));
            if (ones >= 1 && ones <= 9) {
                return new Count(i + 2, n + ones, n + ones, false);
            }
        }
        // "two hundred", "three thousand": a multiple
        if (n >= 1 && n <= 99 && t.isAny(i + 1, "hundred", "thousand")) {
            int times = t.is(i + 1, "hundred") ? 100 : 1000;
            return new Count(i + 2, n * times, n * times, false);
        }
        return new Count(i + 1, n, n, false);
    }

    /** A unit word starting at token i ("days", "working days", "business day"), or null. */
    UnitWord unit(int i) {
        String w = t.lower(i);
        if (w == null) {
            return null;
        }
        if ((w.equals("working") || w.equals("business")) && t.isAny(i + 1, "day", "days")) {
            return new UnitWord(i + 2, Unit.WORKING_DAY, t.is(i + 1, "days"));
        }
        if (w.equals("fortnight") || w.equals("fortnights")) {
            return new UnitWord(i + 1, Unit.WEEK, w.endsWith("s"), 2);
        }
        Unit unit = Lexicon.unit(w);
        if (unit == null) {
            return null;
        }
        return new UnitWord(i + 1, unit, Lexicon.isPluralUnit(w));
    }

    /** An ordinal at token i: "first", "third", "12th", "1st"; returns {value, next token} or null. */
    int[] ordinal(int i) {
        int n = Lexicon.ordinalWord(t.lower(i));
        if (n > 0) {
            return new int[] {n, i + 1};
        }
        if (t.isNumber(i) && t.isAny(i + 1, "st", "nd", "rd", "th") && t.touches(i + 1)) {
            return new int[] {t.value(i), i + 2};
        }
        return null;
    }
}
