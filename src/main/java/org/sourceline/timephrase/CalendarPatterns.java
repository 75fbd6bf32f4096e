package org.sourceline.timephrase;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * Phrases that name the calendar: dates in American and British order ("April 12, 1981",
 * "12 April 1981", "Feb. 23", "the 12th of April"), ISO dates, months, years, year spans,
 * decades, centuries, seasons, quarters, halves and fixed holidays. A number is taken for a
 * year only when it reads like one: four digits, not part of a larger number, and — outside
 * 1900–2099 — after a word such as "in" or "since".
 */
final class CalendarPatterns {
    /** Words after which a bare month, season or year is read as time ("in May", "since 1979"). */
    static final Set<String> CUES = Set.of("in", "on", "at", "since", "until", "till", "til", "by", "before", "after", "from", "to",
            "through", "thru", "during", "throughout", "of", "between", "and", "or", "early", "late", "mid",
            "last", "next", "this", "every", "as", "around", "circa", "c", "year", "over",
            "into", "within", "past", "prior", "end", "start", "beginning", "middle", "that", "each", "later",
            "earlier", "summer", "spring", "winter", "autumn", "fall");
    /** Words after which a season's name alone is the season ("in summer", "last winter" is read elsewhere). */
    private static final Set<String> SEASON_CUES = Set.of("in", "during", "throughout", "since", "until", "till", "by",
            "before", "after", "over", "through", "early", "late", "mid", "from", "-", "–");
    /** Words before a number that make it a quantity ("more than 2000 …"). */
    private static final Set<String> QUANTITY_WORDS = Set.of("some", "nearly", "almost", "roughly", "approximately", "over", "under", "than",
            "least", "only", "just", "total", "additional", "another", "extra", "estimated", "killed", "with",
            "those", "these", "all", "up");
    /** Nouns that are counted, not dated ("2000 troops"). */
    private static final Set<String> COUNTED = Set.of("people", "persons", "troops", "soldiers", "men", "women", "children", "dollars", "euros",
            "pounds", "rubles", "roubles", "rials", "yuan", "drones", "missiles", "rockets", "tanks", "km",
            "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tons", "tonnes", "barrels",
            "units", "jobs", "cases", "deaths", "votes", "times", "points", "homes", "houses", "cars",
            "vehicles", "workers", "employees", "members", "residents", "refugees", "prisoners", "students",
            "pages", "words", "kg", "mw", "hours", "minutes", "seconds", "days", "weeks", "months", "years",
            "acres", "hectares", "euro", "dollar", "percent", "per", "calories", "bn", "m", "million",
            "billion", "lb", "participants", "fighters", "civilians", "casualties", "patients", "passengers",
            "flights", "ships", "aircraft", "planes", "jets", "ms", "kb", "mb", "gb", "tb", "px", "pixels", "pt",
            "rpm", "mph", "cm", "mm", "bytes", "characters", "lines", "rows", "events", "actors", "nodes", "frames",
            "x", "items", "copies", "tests");

    private final Tokens t;
    private final Quantities quantities;

    CalendarPatterns(Tokens t, Quantities quantities) {
        this.t = t;
        this.quantities = quantities;
    }

    /** The longest calendar phrase starting at token i, or null. */
    Parse parse(int i) {
        Parse best = null;
        String w = t.lower(i);
        if (t.isNumber(i)) {
            best = Parse.longer(best, numeric(i));
            best = Parse.longer(best, dayMonth(i));
            best = Parse.longer(best, decade(i));
            best = Parse.longer(best, century(i));
            best = Parse.longer(best, eraYear(i));
        } else if (w == null) {
            return null;
        } else if (w.equals("'") || w.equals("’")) {
            best = decade(i);
        } else {
            if (w.equals("the") || w.equals("year")) {
                best = Parse.longer(best, theYear(i));
                best = Parse.longer(best, dayMonth(i));
                best = Parse.longer(best, decade(i));
            }
            best = Parse.longer(best, monthForms(i));
            best = Parse.longer(best, weekdayDate(i));
            best = Parse.longer(best, century(i));
            best = Parse.longer(best, season(i));
            best = Parse.longer(best, quarterOrHalf(i));
            best = Parse.longer(best, holiday(i));
            best = Parse.longer(best, eraYear(i));
            best = Parse.longer(best, namedPeriod(i));
            best = Parse.longer(best, turnOf(i));
        }
        return best;
    }

    /** "the turn of the century", "the turn of the millennium". */
    private Parse turnOf(int i) {
        if (!t.is(i, "the") || !t.is(i + 1, "turn") || !t.is(i + 2, "of") || !t.is(i + 3, "the")) {
            return null;
        }
        return t.is(i + 4, "century") ? new Parse(i + 5, new Meaning.TurnOf(100))
                : t.is(i + 4, "millennium") ? new Parse(i + 5, new Meaning.TurnOf(1000)) : null;
    }

    /** Words that make "interwar" a period: "the interwar years", "the inter-war period". */
    private static final Set<String> PERIOD_WORDS = Set.of("years", "period", "era", "decades");

    /** "the interwar years", "the inter-war period", "between the wars": from the end of one world war to the next. */
    private Parse namedPeriod(int i) {
        Meaning.NamedPeriod interwar = new Meaning.NamedPeriod("interwar years (from the end of the First World War, "
                + "November 1918, to the start of the Second, September 1939)", 1918, 1939);
        if (t.is(i, "between") && t.is(i + 1, "the") && t.is(i + 2, "wars")) {
            return new Parse(i + 3, interwar);
        }
        int k = t.is(i, "the") ? i + 1 : i;
        if (t.is(k, "inter") && t.is(k + 1, "-") && t.touches(k + 1) && t.is(k + 2, "war") && t.touches(k + 2)) {
            k += 2;
        } else if (!t.is(k, "interwar")) {
            return null;
        }
        return PERIOD_WORDS.contains(t.lower(k + 1)) ? new Parse(k + 2, interwar) : null;
    }

    /** True when the token before i is a word that makes a bare month, season or year a time. */
    boolean cued(int i) {
        String prev = t.lower(i - 1);
        if (prev != null && (prev.equals("-") || prev.equals("–")) && t.touches(i) && t.isAny(i - 2, "mid", "early", "late")) {
            return true;
        }
        return prev != null && CUES.contains(prev) || monthWord(i - 1) != null;
    }

    // ----- building blocks ------------------------------------------------------------------------

    /** {month, next token} for a month name at i: capitalised; "Mar", "Sept" only with a full stop or a number. */
    int[] monthWord(int i) {
        String w = t.lower(i);
        int m = Lexicon.month(w);
        if (m == 0 || !t.isCapitalized(i)) {
            return null;
        }
        if (Lexicon.isShortMonth(w)) {
            if (t.is(i + 1, ".") && t.touches(i + 1)) {
                return new int[] {m, i + 2};
            }
            if (t.isNumber(i + 1)) {
                return new int[] {m, i + 1};
            }
            return null;
        }
        return new int[] {m, i + 1};
    }

    /** {day, next token} for "12", "12th", "1st" at i, or null. */
    int[] dayNumber(int i) {
        if (!t.isNumber(i) || t.digits(i) > 2) {
            return null;
        }
        int d = t.value(i);
        if (d < 1 || d > 31) {
            return null;
        }
        int next = i + 1;
        if (t.isAny(next, "st", "nd", "rd", "th") && t.touches(next)) {
            next++;
        } else if (t.isWord(next) && t.touches(next)) {
            return null;
        }
        // "5:30", "3.5", "12,000": not a day.
        if (t.isAny(next, ":", ".", ",") && t.touches(next) && t.isNumber(next + 1) && t.touches(next + 1)) {
            return null;
        }
        if (t.is(next, "%")) {
            return null;
        }
        return new int[] {d, next};
    }

    /** A four-digit year at i when one may stand there after a date or month, else -1. */
    int yearAfterDate(int i) {
        if (!t.isNumber(i) || t.digits(i) != 4 || partOfLargerNumber(i)) {
            return -1;
        }
        int y = t.value(i);
        if (y < 1000 || y > 2999) {
            return -1;
        }
        if (t.touches(i + 1) && (t.isWord(i + 1) || t.isNumber(i + 1))) {
            return -1;
        }
        return y;
    }

    /** True when the number at i is part of "1,000,000" or "3.14". */
    boolean partOfLargerNumber(int i) {
        if (t.isAny(i + 1, ",", ".") && t.touches(i + 1) && t.isNumber(i + 2) && t.touches(i + 2)) {
            return true;
        }
        return t.isAny(i - 1, ",", ".") && t.touches(i) && t.isNumber(i - 2) && t.touches(i - 1);
    }

    /** True when the number at i touches a word or code before it ("STS-135", "Su-35", "A320"). */
    private boolean touchesCodeBefore(int i) {
        if (!t.touches(i)) {
            return false;
        }
        if (t.isWord(i - 1) || t.isNumber(i - 1) || t.isAny(i - 1, "$", "€", "£", "#", "+", "/", ".", ":")) {
            return true;
        }
        if (t.isAny(i - 1, "-", "–") && t.touches(i - 1)) {
            return !t.isAny(i - 2, "mid", "early", "late", "pre", "post");
        }
        return false;
    }

    /** A year standing alone at i ("in 2022", "the 2022 elections", "1979"). */
    Parse year(int i) {
        if (!t.isNumber(i) || t.digits(i) != 4 || partOfLargerNumber(i) || touchesCodeBefore(i)) {
            return null;
        }
        int y = t.value(i);
        if (y < 1000 || y > 2999) {
            return null;
        }
        if (t.touches(i + 1) && (t.isWord(i + 1) || t.isNumber(i + 1) || t.is(i + 1, "%"))) {
            return null;
        }
        // "1600 × 1200", "≤ 2000", "2000 / 3": a measure, not a year.
        if (t.isAny(i + 1, "×", "*", "+", "=", "÷") || t.is(i + 1, "/") && t.isNumber(i + 2)
                || t.isAny(i - 1, "×", "*", "≤", "≥", "<", ">", "=", "±", "~", "÷")) {
            return null;
        }
        String next = t.lower(i + 1);
        if (t.isWord(i + 1) && COUNTED.contains(next)) {
            return null;
        }
        String prev = t.lower(i - 1);
        if (prev != null && QUANTITY_WORDS.contains(prev) && t.isWord(i + 1) && Lexicon.month(next) == 0) {
            return null;
        }
        if (!cued(i) && !t.is(i - 1, "the") && (y < 1900 || y > 2099)) {
            return null;
        }
        return new Parse(i + 1, new Meaning.CalendarYear(y));
    }

    // ----- forms --------------------------------------------------------------------------------

    /** Forms that start with a number: ISO dates, years, year spans, numeric dates. */
    private Parse numeric(int i) {
        Parse best = year(i);
        if (t.digits(i) == 4 && !touchesCodeBefore(i) && !partOfLargerNumber(i)) {
            int y = t.value(i);
            if (t.is(i + 1, "-") && t.touches(i + 1) && t.isNumber(i + 2) && t.touches(i + 2) && t.digits(i + 2) == 2) {
                int a = t.value(i + 2);
                if (t.is(i + 3, "-") && t.touches(i + 3) && t.isNumber(i + 4) && t.touches(i + 4) && t.digits(i + 4) == 2
                        && !(t.touches(i + 5) && (t.isWord(i + 5) || t.isNumber(i + 5)))) {
                    int d = t.value(i + 4);
                    if (CalendarMath.isValidDay(y, a, d)) {
                        return new Parse(i + 5, new Meaning.CalendarDay(y, a, d));
                    }
                    return best;
                }
                if (t.touches(i + 3) && (t.isWord(i + 3) || t.isNumber(i + 3))) {
                    return best;
                }
                if (a == (y + 1) % 100) {
                    return new Parse(i + 3, new Meaning.YearSpan(y, y + 1));
                }
                if (a >= 1 && a <= 12 && y >= 1000) {
                    return new Parse(i + 3, new Meaning.CalendarMonth(y, a));
                }
                return best;
            }
            if (t.isAny(i + 1, "-", "–", "—", "/") && t.isNumber(i + 2)) {
                int y2 = t.digits(i + 2) == 4 ? t.value(i + 2)
                        : t.digits(i + 2) == 2 ? y / 100 * 100 + t.value(i + 2) : -1;
                boolean tight = t.touches(i + 1) && t.touches(i + 2);
                if (y2 > y && y2 - y <= 200 && y >= 1000 && !partOfLargerNumber(i + 2)
                        && !(t.touches(i + 3) && (t.isWord(i + 3) || t.isNumber(i + 3)))
                        && (t.digits(i + 2) == 4 || tight) && !(t.is(i + 1, "/") && t.digits(i + 2) == 4)) {
                    return new Parse(i + 3, new Meaning.YearSpan(y, y2));
                }
            }
        }
        // 4/13/2011, 13/4/2011
        if (t.digits(i) <= 2 && !touchesCodeBefore(i) && t.is(i + 1, "/") && t.touches(i + 1) && t.isNumber(i + 2)
                && t.touches(i + 2) && t.digits(i + 2) <= 2 && t.is(i + 3, "/") && t.touches(i + 3)
                && t.isNumber(i + 4) && t.touches(i + 4) && t.digits(i + 4) == 4
                && !(t.touches(i + 5) && (t.isWord(i + 5) || t.isNumber(i + 5) || t.is(i + 5, "/")))) {
            int a = t.value(i);
            int b = t.value(i + 2);
            int y = t.value(i + 4);
            if (CalendarMath.isValidDay(y, a, b) || CalendarMath.isValidDay(y, b, a)) {
                return new Parse(i + 5, new Meaning.NumericDate(y, a, b));
            }
        }
        return best;
    }

    /** "the year 2000", "year 2000". */
    private Parse theYear(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (!t.is(j, "year")) {
            return null;
        }
        int y = yearAfterDate(j + 1);
        return y < 0 ? null : new Parse(j + 2, new Meaning.CalendarYear(y));
    }

    /** Forms that start with a month: "April 12, 1981", "Feb. 23", "April 12–14", "September 2021", "in May". */
    Parse monthForms(int i) {
        int[] mw = monthWord(i);
        if (mw == null) {
            return null;
        }
        int m = mw[0];
        int j = mw[1];
        int k = t.is(j, "the") && dayNumber(j + 1) != null ? j + 1 : j;
        int[] dn = dayNumber(k);
        if (dn != null && !t.is(dn[1], ":")) {
            int d = dn[0];
            int end = dn[1];
            int d2 = -1;
            if (t.isAny(end, "-", "–", "—") && dayNumber(end + 1) != null && dayNumber(end + 1)[0] > d
                    && monthWord(dayNumber(end + 1)[1]) == null) {
                d2 = dayNumber(end + 1)[0];
                end = dayNumber(end + 1)[1];
            }
            return withYear(end, m, d, d2);
        }
        int k2 = t.isAny(j, "of", ",") ? j + 1 : j;
        int year = yearAfterDate(k2);
        if (year >= 0) {
            return new Parse(k2 + 1, new Meaning.CalendarMonth(year, m));
        }
        // A month alone is a time only after "in", "since", "by"…, "planned for", or as "a mild
        // December", and not before a surname ("by April Smith") nor as the verb of a title-case
        // headline ("Nurses to March on Westminster").
        boolean scheduledFor = t.is(i - 1, "for") && t.isAny(i - 2, "planned", "scheduled", "set", "slated", "due",
                "pencilled", "penciled", "booked", "expected", "postponed", "delayed", "moved", "pushed", "earmarked",
                "targeted", "timed");
        boolean describedMonth = t.isAny(i - 2, "a", "an") && t.isWord(i - 1) && !t.isCapitalized(i - 1)
                && !t.isAny(i - 1, "few", "couple", "lot", "number");
        boolean headlineVerb = (m == 3 || m == 5) && t.isTitleCaseLine(i)
                || m == 3 && t.is(i - 1, "to") && t.isAny(j, "on", "through", "against", "across", "into", "towards", "toward",
                "along", "past", "down", "up");
        if ((cued(i) || scheduledFor || describedMonth) && !headlineVerb
                && !(t.isCapitalized(j) && Lexicon.month(t.lower(j)) == 0 && Lexicon.weekday(t.lower(j)) == null)
                && !(t.is(j, "'") || t.is(j, "’")) && !t.isNumber(j)) {
            return new Parse(j, new Meaning.CalendarMonth(null, m));
        }
        return null;
    }

    /** Forms that start with a day: "12 April 1981", "3 March", "the 12th of April", "12–14 April 2011". */
    Parse dayMonth(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (touchesCodeBefore(j)) {
            return null;
        }
        int[] dn = dayNumber(j);
        if (dn == null) {
            return null;
        }
        int d = dn[0];
        int k = dn[1];
        int d2 = -1;
        boolean joined = t.isAny(k, "-", "–", "—") || t.isAny(k, "to", "and", "until", "till") && t.isAny(j - 1, "from", "between");
        if (joined && dayNumber(k + 1) != null && dayNumber(k + 1)[0] > d) {
            d2 = dayNumber(k + 1)[0];
            k = dayNumber(k + 1)[1];
        }
        if (t.is(k, "of")) {
            k++;
        }
        int[] mw = monthWord(k);
        if (mw == null) {
            return null;
        }
        return withYear(mw[1], mw[0], d, d2);
    }

    /**
     * A day of a month (or days d to d2, when d2 is not -1) read up to token {@code end}, with
     * the year that may follow (", 1981"), checked: null for 31 April.
     */
    private Parse withYear(int end, int m, int d, int d2) {
        Integer y = null;
        int afterComma = t.is(end, ",") ? end + 1 : end;
        int year = yearAfterDate(afterComma);
        if (year >= 0 && !(t.isAny(afterComma + 1, "-", "–") && t.isNumber(afterComma + 2))) {
            y = year;
            end = afterComma + 1;
        }
        int checkYear = y == null ? 2000 : y;
        if (!CalendarMath.isValidDay(checkYear, m, d) || d2 > 0 && !CalendarMath.isValidDay(checkYear, m, d2)) {
            return null;
        }
        Meaning first = new Meaning.CalendarDay(y, m, d);
        return new Parse(end, d2 < 0 ? first : new Meaning.Range(first, new Meaning.CalendarDay(y, m, d2)));
    }

    /** "Wednesday, April 13, 2011", "Thursday 3 March": the date, with its weekday to check. */
    private Parse weekdayDate(int i) {
        DayOfWeek weekday = weekdayWord(i);
        if (weekday == null) {
            return null;
        }
        int j = i + 1;
        if (Lexicon.isShortWeekday(t.lower(i))) {
            j++;
        }
        if (t.is(j, ",")) {
            j++;
        }
        Parse date = Parse.longer(monthForms(j), dayMonth(j));
        if (date == null || !(date.meaning() instanceof Meaning.CalendarDay day)) {
            return null;
        }
        return new Parse(date.to(), new Meaning.CalendarDay(day.year(), day.month(), day.day(), weekday));
    }

    /** A capitalised weekday name (abbreviations only with a full stop). */
    DayOfWeek weekdayWord(int i) {
        String w = t.lower(i);
        DayOfWeek day = Lexicon.weekday(w);
        if (day == null || !t.isCapitalized(i)) {
            return null;
        }
        if (Lexicon.isShortWeekday(w) && !(t.is(i + 1, ".") && t.touches(i + 1))) {
            return null;
        }
        return day;
    }

    /** "the 1990s", "1990s", "the '90s", "the nineties", "the 1800s" (a century). */
    private Parse decade(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (t.isNumber(j) && t.digits(j) == 4 && t.is(j + 1, "s") && t.touches(j + 1) && !touchesCodeBefore(j)) {
            int y = t.value(j);
            if (y % 10 != 0 || y < 1000) {
                return null;
            }
            int end = j + 2;
            if (y % 100 == 0 && y != 2000) {
                return new Parse(end, new Meaning.Century(y, false));
            }
            return new Parse(end, new Meaning.Decade(y, false));
        }
        boolean apostrophe = t.isAny(j, "'", "’");
        int n = apostrophe ? j + 1 : j;
        if (t.isNumber(n) && t.digits(n) == 2 && t.is(n + 1, "s") && t.touches(n + 1)
                && (apostrophe ? t.touches(n) : j > i)) {
            int v = t.value(n);
            if (v % 10 != 0) {
                return null;
            }
            return new Parse(n + 2, new Meaning.Decade(1900 + v, true));
        }
        if (j > i) {
            int v = Lexicon.decadeWord(t.lower(j));
            if (v > 0) {
                return new Parse(j + 1, new Meaning.Decade(1900 + v, true));
            }
        }
        return null;
    }

    /** "the 20th century", "the twenty-first century", "19th-century". */
    private Parse century(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        int n;
        int k;
        int tens = Lexicon.numberWord(t.lower(j));
        if (tens >= 20 && tens % 10 == 0 && tens < 100 && t.is(j + 1, "-") && Lexicon.ordinalWord(t.lower(j + 2)) > 0
                && Lexicon.ordinalWord(t.lower(j + 2)) < 10) {
            n = tens + Lexicon.ordinalWord(t.lower(j + 2));
            k = j + 3;
        } else {
            int[] ord = quantities.ordinal(j);
            if (ord == null) {
                return null;
            }
            n = ord[0];
            k = ord[1];
        }
        if (t.is(k, "-") && t.touches(k)) {
            k++;
        }
        if (!t.is(k, "century") || n < 1 || n > 30) {
            return null;
        }
        // "the 5th century BC": 500–401 BC, the years -499 to -400 as EDTF counts them (1 BC is 0)
        int bc = beforeChrist(k + 1);
        if (bc > 0) {
            return new Parse(bc, new Meaning.YearSpan(1 - n * 100, -(n - 1) * 100));
        }
        return new Parse(k + 1, new Meaning.Century((n - 1) * 100, true));
    }

    /** The token after "BC", "BCE" or "B.C." starting at token i, or -1 when none stands there. */
    private int beforeChrist(int i) {
        if (t.isAny(i, "bc", "bce") && (t.lower(i).equals("bce") || t.isAllCaps(i))) {
            return i + 1;
        }
        if (t.is(i, "b") && t.is(i + 1, ".") && t.is(i + 2, "c") && t.is(i + 3, ".")) {
            return i + 4;
        }
        return -1;
    }

    /** "44 BC", "AD 79", "300 CE". */
    private Parse eraYear(int i) {
        if (t.isNumber(i) && t.digits(i) <= 4 && !touchesCodeBefore(i) && !partOfLargerNumber(i)) {
            int v = t.value(i);
            if (v < 1) {
                return null;
            }
            int bc = beforeChrist(i + 1);
            if (bc > 0) {
                return new Parse(bc, new Meaning.CalendarYear(1 - v));
            }
            if (t.isAny(i + 1, "ad", "ce") && t.isAllCaps(i + 1)) {
                return new Parse(i + 2, new Meaning.CalendarYear(v));
            }
            return null;
        }
        if (t.is(i, "ad") && t.isAllCaps(i) && t.isNumber(i + 1) && t.digits(i + 1) <= 4) {
            return new Parse(i + 2, new Meaning.CalendarYear(t.value(i + 1)));
        }
        return null;
    }

    /** "the fall of 2022", "summer 2022", "winter 2022-23", "in the summer". */
    Parse season(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        String w = t.lower(j);
        int s = Lexicon.season(w);
        if (s == 0) {
            return null;
        }
        int k = j + 1;
        int afterOf = t.is(k, "of") ? k + 1 : k;
        int y = yearAfterDate(afterOf);
        if (y < 0 && t.isNumber(afterOf) && t.digits(afterOf) == 4 && t.isAny(afterOf + 1, "-", "–", "/")
                && t.isNumber(afterOf + 2)) {
            y = t.value(afterOf);
            int second = t.value(afterOf + 2);
            if (s == 4 && (second == (y + 1) % 100 || second == y + 1)) {
                return new Parse(afterOf + 3, new Meaning.Season(y, s));
            }
            y = -1;
        }
        if (y >= 0) {
            return new Parse(afterOf + 1, new Meaning.Season(y, s));
        }
        // A season alone: after "in", "during", "late"…, lower case ("Arab Spring" is no season),
        // and not "the fall of Kabul" or "to spring into action".
        boolean cue = j > i ? cued(i) || cued(j) : SEASON_CUES.contains(t.lower(j - 1));
        if (!cue || t.isCapitalized(j) && !t.lineBreakBefore(j) && !isSentenceStart(j)) {
            return null;
        }
        // "the summer of last year": the year follows, said relatively (read by the span patterns)
        boolean ofRelativeYear = t.is(k, "of") && t.isAny(k + 1, "last", "this", "next") && t.is(k + 2, "year");
        if (t.isAny(k, "of", "in", "from", "to", "on", "by", "and") && w.equals("fall") && !ofRelativeYear) {
            return null;
        }
        if (t.is(k, "of") && !ofRelativeYear || t.touches(k) && t.is(k, "-")) {
            return null;
        }
        return new Parse(k, new Meaning.Season(null, s));
    }

    private boolean isSentenceStart(int i) {
        return i == 0 || t.isAny(i - 1, ".", "!", "?", "\"", "“", "(") || t.lineBreakBefore(i);
    }

    /** "the first quarter of 2023", "Q3 2022", "first-quarter", "the second half of next year", "H1 2023". */
    private Parse quarterOrHalf(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (t.isAny(j, "q", "h") && t.isCapitalized(j) && t.isNumber(j + 1) && t.touches(j + 1)
                && !(t.touches(j + 2) && (t.isWord(j + 2) || t.isNumber(j + 2)))) {
            boolean quarter = t.is(j, "q");
            int n = t.value(j + 1);
            if (n < 1 || n > (quarter ? 4 : 2)) {
                return null;
            }
            int k = j + 2;
            Parse base = null;
            int y = yearAfterDate(k);
            if (y >= 0) {
                base = new Parse(k + 1, new Meaning.CalendarYear(y));
            } else if (t.isNumber(j - 1) && yearAfterDate(j - 1) >= 0 && j == i) {
                return null;
            }
            Meaning year = base == null ? null : base.meaning();
            int end = base == null ? k : base.to();
            return new Parse(end, quarter ? new Meaning.Quarter(year, n) : new Meaning.Half(year, n));
        }
        int[] ord = quantities.ordinal(j);
        if (ord == null) {
            return null;
        }
        int k = ord[1];
        if (t.is(k, "-") && t.touches(k)) {
            k++;
        }
        boolean quarter = t.is(k, "quarter");
        boolean half = t.is(k, "half");
        if (!quarter && !half || ord[0] > (quarter ? 4 : 2)) {
            return null;
        }
        k++;
        Parse base = null;
        if (t.isAny(k, "of", "in")) {
            base = yearBase(k + 1);
        } else if (yearAfterDate(k) >= 0) {
            base = new Parse(k + 1, new Meaning.CalendarYear(yearAfterDate(k)));
        }
        if (base == null && half) {
            return null;
        }
        Meaning year = base == null ? null : base.meaning();
        int end = base == null ? k : base.to();
        return new Parse(end, quarter ? new Meaning.Quarter(year, ord[0]) : new Meaning.Half(year, ord[0]));
    }

    /** A year as the base of a part: "2023", "the year", "this year", "next year", "last year". */
    Parse yearBase(int i) {
        int y = yearAfterDate(i);
        if (y >= 0) {
            return new Parse(i + 1, new Meaning.CalendarYear(y));
        }
        if (t.is(i + 1, "year")) {
            return switch (t.lower(i)) {
                case "the" -> new Parse(i + 2, new Meaning.TheUnit(Unit.YEAR));
                case "this" -> new Parse(i + 2, new Meaning.UnitOffset(Unit.YEAR, 0));
                case "last", "previous" -> new Parse(i + 2, new Meaning.UnitOffset(Unit.YEAR, -1));
                case "next", "coming" -> new Parse(i + 2, new Meaning.UnitOffset(Unit.YEAR, 1));
                default -> null;
            };
        }
        return null;
    }

    /**
     * Fixed and computed holidays: "Christmas", "New Year's Day", "Thanksgiving", "Easter 2012",
     * "the Fourth of July", "Black Friday", "Good Friday".
     */
    private Parse holiday(int i) {
        if (t.is(i, "the") && t.is(i + 1, "fourth")) {
            return holiday(i + 1);
        }
        if (!t.isCapitalized(i)) {
            return null;
        }
        String name;
        int k;
        String w = t.lower(i);
        switch (w) {
            case "christmas" -> {
                if (t.is(i + 1, "eve") && t.isCapitalized(i + 1)) {
                    name = "Christmas Eve";
                    k = i + 2;
                } else {
                    name = "Christmas";
                    k = t.is(i + 1, "day") && t.isCapitalized(i + 1) ? i + 2 : i + 1;
                }
            }
            case "new" -> {
                if (!t.is(i + 1, "year") || !t.isCapitalized(i + 1)) {
                    return null;
                }
                k = i + 2;
                if (t.isAny(k, "'", "’") && t.is(k + 1, "s")) {
                    k += 2;
                }
                if (t.is(k, "eve") && t.isCapitalized(k)) {
                    name = "New Year's Eve";
                    k++;
                } else if (t.is(k, "day") && t.isCapitalized(k)) {
                    name = "New Year's Day";
                    k++;
                } else {
                    return null;
                }
            }
            case "valentine" -> {
                if (!t.isAny(i + 1, "'", "’") || !t.is(i + 2, "s") || !t.is(i + 3, "day")) {
                    return null;
                }
                name = "Valentine's Day";
                k = i + 4;
            }
            case "halloween" -> {
                name = "Halloween";
                k = i + 1;
            }
            case "election" -> {
                // "Election Day": the United States' (the Tuesday after the first Monday of November)
                if (!t.isCapitalized(i) || !t.is(i + 1, "day") || !t.isCapitalized(i + 1)) {
                    return null;
                }
                name = "Election Day";
                k = i + 2;
            }
            case "thanksgiving" -> {
                name = "Thanksgiving";
                k = t.is(i + 1, "day") && t.isCapitalized(i + 1) ? i + 2 : i + 1;
            }
            case "easter" -> {
                name = "Easter";
                k = t.isAny(i + 1, "sunday", "day") && t.isCapitalized(i + 1) ? i + 2 : i + 1;
            }
            case "fourth" -> {
                // "the Fourth of July" (United States Independence Day).
                if (!t.is(i + 1, "of") || !t.is(i + 2, "july") || !t.isCapitalized(i + 2)) {
                    return null;
                }
                name = "the Fourth of July";
                k = i + 3;
            }
            case "black", "good" -> {
                if (!t.is(i + 1, "friday") || !t.isCapitalized(i + 1)) {
                    return null;
                }
                name = w.equals("black") ? "Black Friday" : "Good Friday";
                k = i + 2;
            }
            case "boxing" -> {
                if (!t.is(i + 1, "day") || !t.isCapitalized(i + 1)) {
                    return null;
                }
                name = "Boxing Day";
                k = i + 2;
            }
            default -> {
                return null;
            }
        }
        int y = yearAfterDate(k);
        if (y >= 0) {
            return new Parse(k + 1, new Meaning.Holiday(name, y));
        }
        // "Easter Island", "Christmas Carol": a name, not the day.
        if (t.isCapitalized(k) && !t.lineBreakBefore(k) && Lexicon.month(t.lower(k)) == 0) {
            return null;
        }
        return new Parse(k, new Meaning.Holiday(name, null));
    }
}
