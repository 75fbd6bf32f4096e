package org.sourceline.timephrase;

/**
 * Fiscal years: "fiscal 2024", "fiscal year 2024", "FY2023", "FY 23", "the 2023 fiscal year",
 * "financial year 2024". A fiscal year is not the calendar year of its number: organisations start
 * theirs in different months, and most name it by the year it ends in. So the month it starts is
 * taken from what the text itself says about the fiscal year nearest before the phrase in its
 * paragraph, or right after it ("whose fiscal year ends in June", "fiscal 2025, which began on
 * Oct. 1", "its financial year matches the calendar year"); when the text says nothing, it stays
 * unknown and the {@link Normaliser} says so.
 */
final class FiscalYears {
    /** How far (in tokens) a statement about the fiscal year may run from "fiscal year" to its month. */
    private static final int STATEMENT_REACH = 8;
    /** How far back (in tokens) a statement about the fiscal year is looked for, within the paragraph. */
    private static final int LOOK_BACK = 120;

    private final Tokens t;

    FiscalYears(Tokens t) {
        this.t = t;
    }

    /** A fiscal year phrase starting at token i, or null. */
    Parse parse(int i) {
        int to;
        int year;
        if (isFiscalWord(i)) {
            // "fiscal 2024", "fiscal year 2024", "fiscal-year 2024", "financial year 2024"
            int j = t.is(i + 1, "-") && t.touches(i + 1) ? i + 2 : i + 1;
            if (t.is(j, "year")) {
                j++;
            } else if (t.is(i, "financial")) {
                return null; // "financial 2024" is not said: "financial" alone is an adjective
            }
            year = yearNumber(j, false);
            to = j + 1;
        } else if (t.is(i, "fy") && t.isAllCaps(i)) {
            // "FY2023", "FY 2023", "FY23"
            year = yearNumber(i + 1, true);
            to = i + 2;
        } else {
            // "the 2023 fiscal year", "2023 financial year"
            int k = t.is(i, "the") ? i + 1 : i;
            if (!t.isNumber(k) || !isFiscalWord(k + 1) || !t.is(k + 2, "year")) {
                return null;
            }
            year = yearNumber(k, false);
            to = k + 3;
        }
        if (year < 0) {
            return null;
        }
        int second = secondYear(to - 1, year);
        if (second > 0) {
            // "fiscal year 2023-24", "FY2023/24": the label names the year it starts in and the one it ends in
            return new Parse(to + 2, new Meaning.YearSpan(year, second));
        }
        return new Parse(to, new Meaning.FiscalYear(year, firstMonthSaid(i, to)));
    }

    /** The year after {@code year} written after its number at token k ("2023-24", "2023/2024"), or -1. */
    private int secondYear(int k, int year) {
        if (!t.isAny(k + 1, "-", "–", "/") || !t.touches(k + 1) || !t.isNumber(k + 2) || !t.touches(k + 2)) {
            return -1;
        }
        int n = t.value(k + 2);
        int next = year + 1;
        return n == next || t.digits(k + 2) == 2 && n == next % 100 ? next : -1;
    }

    private boolean isFiscalWord(int i) {
        return t.isAny(i, "fiscal", "financial");
    }

    /** The year at token i: four digits, or two after "FY" ("FY23"); -1 when it is none. */
    private int yearNumber(int i, boolean twoDigits) {
        if (!t.isNumber(i) || t.touches(i + 1) && (t.isWord(i + 1) || t.isNumber(i + 1))) {
            return -1;
        }
        if (t.digits(i) == 4 && t.value(i) >= 1900 && t.value(i) <= 2099) {
            return t.value(i);
        }
        return twoDigits && t.digits(i) == 2 ? 2000 + t.value(i) : -1;
    }

    /**
     * The month the fiscal year starts in as the text states it: 1 for "matches the calendar
     * year", the month after the one it "ends in", the one it "began on"; 0 when not stated. The
     * phrase's own trailing clause ("fiscal 2025, which began on Oct. 1") comes first, then the
     * nearest statement before it in the paragraph.
     */
    private int firstMonthSaid(int start, int end) {
        int own = statementAt(end);
        if (own > 0) {
            return own;
        }
        for (int k = start - 1; k >= 0 && k >= start - LOOK_BACK; k--) {
            if (t.paragraphBreakBefore(k + 1)) {
                break;
            }
            if (isFiscalWord(k) && t.is(k + 1, "year")) {
                int said = statementAt(k + 2);
                if (said > 0) {
                    return said;
                }
            }
        }
        return 0;
    }

    /** The first month stated in the few tokens from i on, up to the end of the sentence; 0 when none. */
    private int statementAt(int i) {
        for (int k = i; k < i + STATEMENT_REACH && k < t.size; k++) {
            // the full stop of "Oct. 1" does not end the sentence
            if (t.isAny(k, ".", "?", "!", ";") && !(t.touches(k) && t.isWord(k - 1) && Lexicon.isShortMonth(t.lower(k - 1)))) {
                return 0;
            }
            if (t.is(k, "calendar") && t.is(k + 1, "year")) {
                return 1;
            }
            boolean ends = t.isAny(k, "ends", "ending", "ended", "end", "closes", "closing", "closed");
            boolean starts = t.isAny(k, "begins", "began", "beginning", "begin", "starts", "started", "starting", "start",
                    "runs", "ran");
            if (ends || starts) {
                int m = t.isAny(k + 1, "in", "on", "from") ? k + 2 : k + 1;
                int month = Lexicon.month(t.lower(m));
                if (month > 0 && t.isCapitalized(m)) {
                    return ends ? month % 12 + 1 : month;
                }
            }
        }
        return 0;
    }
}
