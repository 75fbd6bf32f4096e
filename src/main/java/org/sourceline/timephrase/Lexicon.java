package org.sourceline.timephrase;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The English words time phrases are made of: month and weekday names with their abbreviations,
 * number and ordinal words, units, seasons, and the words that tell the tense of a clause.
 * Lookups are by the lower-case word.
 */
final class Lexicon {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Abbreviations that are also common words or names ("Mar", "Jan"): only with a full stop or a day. */
    private static final Set<String> SHORT_MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> SHORT_WEEKDAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> SEASONS = Map.of("spring", 1, "summer", 2, "fall", 3, "autumn", 3, "winter", 4);
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 20, "thirties", 30, "forties", 40,
            "fifties", 50, "sixties", 60, "seventies", 70, "eighties", 80, "nineties", 90);

    static {
        String[][] months = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
                {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] weekdays = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
                {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < weekdays.length; d++) {
            for (String name : weekdays[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int n = 0; n < ones.length; n++) {
            NUMBERS.put(ones[n], n);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int t = 0; t < tens.length; t++) {
            NUMBERS.put(tens[t], (t + 2) * 10);
        }
        NUMBERS.put("hundred", 100);
        NUMBERS.put("dozen", 12);
        String[] ordinalOnes = {null, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        for (int n = 1; n < ordinalOnes.length; n++) {
            ORDINALS.put(ordinalOnes[n], n);
        }
        ORDINALS.put("twentieth", 20);
        ORDINALS.put("thirtieth", 30);
        ORDINALS.put("fortieth", 40);
        ORDINALS.put("fiftieth", 50);

        for (String w : new String[] {"day", "days"}) {
            UNITS.put(w, Unit.DAY);
        }
        UNITS.put("week", Unit.WEEK);
        UNITS.put("weeks", Unit.WEEK);
        UNITS.put("month", Unit.MONTH);
        UNITS.put("months", Unit.MONTH);
        UNITS.put("year", Unit.YEAR);
        UNITS.put("years", Unit.YEAR);
        UNITS.put("decade", Unit.DECADE);
        UNITS.put("decades", Unit.DECADE);
        UNITS.put("century", Unit.CENTURY);
        UNITS.put("centuries", Unit.CENTURY);
        UNITS.put("quarter", Unit.QUARTER);
        UNITS.put("quarters", Unit.QUARTER);
        UNITS.put("hour", Unit.HOUR);
        UNITS.put("hours", Unit.HOUR);
        UNITS.put("weekend", Unit.WEEKEND);
        UNITS.put("weekends", Unit.WEEKEND);
        UNITS.put("workday", Unit.WORKING_DAY);
        UNITS.put("workdays", Unit.WORKING_DAY);
        UNITS.put("weekday", Unit.WORKING_DAY);
        UNITS.put("weekdays", Unit.WORKING_DAY);
    }

    /** Irregular past forms that mark a past clause (regular ones end in "-ed"). */
    static final Set<String> PAST_VERBS = Set.of("was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "held",
            "left", "began", "saw", "found", "got", "sent", "spent", "won", "lost", "fell", "rose", "led",
            "ran", "shot", "struck", "hit", "paid", "sold", "bought", "brought", "thought", "wrote", "spoke",
            "broke", "chose", "drove", "flew", "knew", "grew", "threw", "became", "kept", "felt", "meant",
            "heard", "stood", "understood", "fought", "caught", "taught", "sought", "built", "lent", "swore",
            "withdrew", "overtook", "undertook", "forgot", "froze", "hid", "bit", "laid", "lay", "sat",
            "slept", "sped", "spun", "stole", "stuck", "swept", "swam", "tore", "wore", "wound", "woke", "ago",
            "yesterday", "earlier", "signed", "launched", "announced", "drew", "dug", "fled", "forgave", "hung", "knelt", "leapt", "lit", "mistook", "rang", "rode", "sang", "sank", "shook", "shrank", "slid", "sprang", "stung", "strove", "swung", "trod", "wept", "wove", "wrung", "awoke", "bore", "bent", "bled", "clung", "crept", "dealt", "dwelt", "fed", "forbade", "foresaw", "overcame", "overran", "oversaw", "rebuilt", "retook", "rewrote", "shone", "spat", "spread", "upheld", "withheld", "withstood",
            // regular, but too short for the "-ed" rule (which leaves out "red", "bed", "aged"…)
            "died", "tied", "lied", "owed", "sued", "axed", "eyed", "vied");
    /** Verbs that ask someone to do something: what follows their "to" lies ahead of the asking. */
    static final Set<String> REQUEST_VERBS = Set.of("urged", "urges", "urging", "asked", "asks", "told", "tells", "pressed",
            "presses", "invited", "ordered", "orders", "instructed", "encouraged", "considering", "considered",
            "proposed", "proposes", "called", "calls", "calling", "wants", "want");
    /** Verbs of saying that close a sentence as its attribution ("…, a spokeswoman said"). */
    static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "noted", "notes",
            "wrote", "writes", "reported", "reports", "explained", "explains", "insisted", "insists", "argued", "argues",
            "warned", "warns", "stated", "states");
    /** Past participles that follow "has"/"have" and are not in "-ed". */
    static final Set<String> PARTICIPLES = Set.of("been", "had", "done", "made", "given", "taken", "seen", "found", "gone", "come", "become", "held",
            "kept", "left", "lost", "won", "grown", "known", "shown", "spent", "sent", "brought", "bought",
            "fought", "sought", "built", "begun", "risen", "fallen", "led", "paid", "sold", "told", "said",
            "met", "run", "struck", "stood", "written", "spoken", "broken", "chosen", "driven", "flown",
            "drawn", "thrown", "withdrawn", "undergone", "overtaken");
    /** Words ending in "-ed" that are not past verbs. */
    static final Set<String> NOT_PAST = Set.of("need", "needed", "speed", "seed", "feed", "bed", "red", "shed", "bred", "indeed", "hundred",
            "sacred", "naked", "wicked", "kindred", "embed", "breed", "creed", "greed", "deed", "reed", "weed",
            "led", "fled", "wed", "med", "ted", "ned", "proceed", "exceed", "succeed", "united", "interested",
            "concerned", "based", "related", "detailed", "limited", "advanced", "armed", "sanctioned",
            "battered", "tinged", "heated", "skilled", "talented", "designed");
    private Lexicon() {
    }

    /** 1–12 for a month name or abbreviation, else 0. */
    static int month(String lowerWord) {
        Integer m = lowerWord == null ? null : MONTHS.get(lowerWord);
        return m == null ? 0 : m;
    }

    /** True for "mar", "jan", "sept"…: abbreviations that need a full stop or a day beside them. */
    static boolean isShortMonth(String lowerWord) {
        return SHORT_MONTHS.contains(lowerWord);
    }

    static DayOfWeek weekday(String lowerWord) {
        return lowerWord == null ? null : WEEKDAYS.get(lowerWord);
    }

    static boolean isShortWeekday(String lowerWord) {
        return SHORT_WEEKDAYS.contains(lowerWord);
    }

    /** Time zones a byline's time of day may carry ("5:14 p.m. MT", "07.00 BST"), in lower case. */
    private static final Set<String> TIME_ZONES = Set.of("utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "ist",
            "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "akst", "hst", "aest", "aedt",
            "jst", "kst", "sgt", "hkt", "msk");

    static boolean isTimeZone(String lowerWord) {
        return lowerWord != null && TIME_ZONES.contains(lowerWord);
    }

    /** The value of a number word ("seventeen" → 17), or -1. */
    static int numberWord(String lowerWord) {
        Integer n = lowerWord == null ? null : NUMBERS.get(lowerWord);
        return n == null ? -1 : n;
    }

    /** The value of an ordinal word ("third" → 3), or -1. */
    static int ordinalWord(String lowerWord) {
        Integer n = lowerWord == null ? null : ORDINALS.get(lowerWord);
        return n == null ? -1 : n;
    }

    /** 1 spring, 2 summer, 3 autumn, 4 winter, or 0. */
    static int season(String lowerWord) {
        Integer s = lowerWord == null ? null : SEASONS.get(lowerWord);
        return s == null ? 0 : s;
    }

    static Unit unit(String lowerWord) {
        return lowerWord == null ? null : UNITS.get(lowerWord);
    }

    /** True for the plural form of a unit word ("years"), which makes a count vague when no number is given. */
    static boolean isPluralUnit(String lowerWord) {
        return lowerWord != null && UNITS.containsKey(lowerWord) && lowerWord.endsWith("s");
    }

    /** 20..90 for "twenties".."nineties", else 0. */
    static int decadeWord(String lowerWord) {
        Integer d = lowerWord == null ? null : DECADE_WORDS.get(lowerWord);
        return d == null ? 0 : d;
    }

    /**
     * Nouns of events a time is counted from ("two weeks before the election", "three days after
     * the attack"): happenings on a day or a few, not things or places.
     */
    private static final Set<String> EVENTS = Set.of("election", "elections", "vote", "referendum", "poll", "polls",
            "summit", "talks", "meeting", "conference", "hearing", "trial", "verdict", "sentencing", "ruling", "match",
            "game", "final", "race", "tournament", "launch", "attack", "attacks", "bombing", "shooting", "crash",
            "explosion", "earthquake", "storm", "flood", "floods", "fire", "blaze", "collapse", "ceasefire", "invasion",
            "coup", "raid", "arrest", "inauguration", "ceremony", "funeral", "wedding", "announcement", "deadline",
            "opening", "premiere", "debate", "strike", "protest", "protests", "riot", "riots", "outbreak", "merger",
            "takeover", "deal", "release", "holiday", "holidays", "festival", "budget", "war");

    /** True for a noun of an event a time can be counted from ("the election", "the attack"). */
    static boolean isEvent(String lowerWord) {
        return lowerWord != null && EVENTS.contains(lowerWord);
    }

    static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
