package org.sourceline.timephrase;

import java.time.DayOfWeek;

/**
 * Phrases that only mean something against the article's date or an earlier phrase: "today",
 * "now", "last month", "two years ago", "the past 30 years", "in recent months", "on Tuesday",
 * "last summer", "so far", "soon", "earlier this year", "the next day", "that 48-hour period".
 */
final class RelativePatterns {
    private final Tokens t;
    private final Quantities quantities;
    private final CalendarPatterns calendar;

    RelativePatterns(Tokens t, Quantities quantities, CalendarPatterns calendar) {
        this.t = t;
        this.quantities = quantities;
        this.calendar = calendar;
    }

    /** The longest relative phrase starting at token i, or null. */
    Parse parse(int i) {
        String w = t.lower(i);
        if (w == null) {
            // A count in digits: "30 years ago", "12,000 years ago", "5 days later"
            return t.isNumber(i) ? counted(i) : null;
        }
        Parse best = deictic(i, w);
        best = Parse.longer(best, namedRelative(i));
        best = Parse.longer(best, counted(i));
        best = Parse.longer(best, anaphor(i));
        best = Parse.longer(best, weekday(i));
        best = Parse.longer(best, earlierLater(i));
        return best;
    }

    // ----- single words and fixed expressions ------------------------------------------------------

    private Parse deictic(int i, String w) {
        switch (w) {
            case "today", "tonight" -> {
                return new Parse(i + 1, new Meaning.DayOffset(0));
            }
            case "yesterday" -> {
                return new Parse(partOfDay(i + 1), new Meaning.DayOffset(-1));
            }
            case "tomorrow" -> {
                return new Parse(partOfDay(i + 1), new Meaning.DayOffset(1));
            }
            case "now" -> {
                if (t.is(i + 1, "-") && t.touches(i + 1)) {
                    return null;
                }
                return new Parse(i + 1, new Meaning.Present("now"));
            }
            case "right" -> {
                return t.is(i + 1, "now") ? new Parse(i + 2, new Meaning.Present("right now")) : null;
            }
            case "currently", "nowadays", "presently" -> {
                if (w.equals("presently") && !t.isAny(i - 1, "is", "are", "was", "were")) {
                    return null;
                }
                return new Parse(i + 1, new Meaning.Present(w));
            }
            case "these" -> {
                // "these days, …", "These days she shows a film a night"; not "these days are long".
                boolean adverb = !t.isWord(i + 2) || t.isCapitalized(i) && !t.isAny(i + 2, "of", "are", "were", "have", "had",
                        "will", "would", "when", "that", "in", "before", "after");
                return t.is(i + 1, "days") && adverb ? new Parse(i + 2, new Meaning.Present("these days")) : null;
            }
            case "at" -> {
                if (t.is(i + 1, "present")) {
                    return new Parse(i + 2, new Meaning.Present("at present"));
                }
                if (t.is(i + 1, "the") && t.is(i + 2, "moment")) {
                    return new Parse(i + 3, new Meaning.Present("at the moment"));
                }
                return null;
            }
            case "for" -> {
                if (t.is(i + 1, "now")) {
                    return new Parse(i + 2, new Meaning.Present("for now"));
                }
                if (t.is(i + 1, "the") && t.is(i + 2, "time") && t.is(i + 3, "being")) {
                    return new Parse(i + 4, new Meaning.Present("for the time being"));
                }
                return null;
            }
            case "recently", "lately" -> {
                return new Parse(i + 1, new Meaning.Vague(Meaning.Vagueness.RECENT, w));
            }
            case "soon" -> {
                if (t.isAny(i + 1, "after", "before") || t.is(i - 1, "as")) {
                    return null;
                }
                return new Parse(i + 1, new Meaning.Vague(Meaning.Vagueness.SOON, w));
            }
            case "shortly" -> {
                if (t.isAny(i + 1, "after", "before", "thereafter", "afterwards", "afterward")) {
                    return null;
                }
                return new Parse(i + 1, new Meaning.Vague(Meaning.Vagueness.SOON, w));
            }
            case "eventually" -> {
                return new Parse(i + 1, new Meaning.Vague(Meaning.Vagueness.FUTURE, w));
            }
            case "before" -> {
                return t.is(i + 1, "long") && !t.isAny(i + 2, "the", "a") ? new Parse(i + 2,
                        new Meaning.Vague(Meaning.Vagueness.SOON, "before long")) : null;
            }
            case "in" -> {
                if (t.is(i + 1, "due") && t.is(i + 2, "course")) {
                    return new Parse(i + 3, new Meaning.Vague(Meaning.Vagueness.FUTURE, "in due course"));
                }
                if (t.is(i + 1, "the") && t.is(i + 2, "future")) {
                    return new Parse(i + 3, new Meaning.Vague(Meaning.Vagueness.FUTURE, "in the future"));
                }
                if (t.is(i + 1, "the") && t.is(i + 2, "near") && t.is(i + 3, "future")) {
                    return new Parse(i + 4, new Meaning.Vague(Meaning.Vagueness.SOON, "in the near future"));
                }
                if (t.is(i + 1, "the") && t.is(i + 2, "past") && !t.isNumber(i + 3) && quantities.count(i + 3) == null
                        && quantities.unit(i + 3) == null) {
                    return new Parse(i + 3, new Meaning.Vague(Meaning.Vagueness.PAST, "in the past"));
                }
                return null;
            }
            case "so", "thus" -> {
                // "so far as to", "so far away": not time.
                if (!t.is(i + 1, "far") || t.isAny(i + 2, "as", "from", "away", "apart", "ahead", "behind", "beyond",
                        "removed", "off", "out", "down", "up", "gone", "into")) {
                    return null;
                }
                if (t.isAny(i + 2, "this", "in") && Lexicon.unit(t.lower(i + 3)) != null && t.is(i + 2, "this")) {
                    Unit unit = Lexicon.unit(t.lower(i + 3));
                    if (unit == Unit.YEAR || unit == Unit.MONTH || unit == Unit.WEEK || unit == Unit.DECADE) {
                        return new Parse(i + 4, new Meaning.SoFar(new Meaning.UnitOffset(unit, 0)));
                    }
                }
                if (t.is(i + 2, "in")) {
                    Parse year = calendar.year(i + 3);
                    if (year != null) {
                        return new Parse(year.to(), new Meaning.SoFar(year.meaning()));
                    }
                }
                return new Parse(i + 2, new Meaning.SoFar(null));
            }
            case "to" -> {
                // not the verb: "used to date layers", "to date the find"
                return t.is(i + 1, "date") && !t.isCapitalized(i + 1) && !t.is(i - 1, "up") && !t.is(i - 1, "out")
                        && !t.isAny(i + 2, "the", "a", "an", "them", "it", "its", "their", "his", "her", "these", "those",
                        "layers", "samples", "fossils", "remains", "rocks", "objects", "events", "artefacts", "artifacts")
                        ? new Parse(i + 2, new Meaning.SoFar(null)) : null;
            }
            case "until", "till", "up" -> {
                int k = i + 1;
                if (w.equals("up")) {
                    if (!t.isAny(k, "to", "until", "till")) {
                        return null;
                    }
                    k++;
                }
                return t.is(k, "now") ? new Parse(k + 1, new Meaning.SoFar(null)) : null;
            }
            case "as" -> {
                return t.is(i + 1, "of") && t.is(i + 2, "now") ? new Parse(i + 3, new Meaning.Present("as of now")) : null;
            }
            case "this" -> {
                if (t.isAny(i + 1, "morning", "afternoon", "evening")) {
                    return new Parse(i + 2, new Meaning.DayOffset(0));
                }
                // "this time last year", "this time next year"
                if (t.is(i + 1, "time") && t.isAny(i + 2, "last", "next") && t.is(i + 3, "year")) {
                    return new Parse(i + 4, new Meaning.SameDayAway(Unit.YEAR, t.is(i + 2, "last") ? -1 : 1, false));
                }
                return null;
            }
            case "last" -> {
                return t.is(i + 1, "night") ? new Parse(i + 2, new Meaning.DayOffset(-1)) : null;
            }
            case "overnight" -> {
                // "overnight Sunday", "overnight on Sunday", "overnight into Monday"
                int k = t.isAny(i + 1, "on", "into") ? i + 2 : i + 1;
                Parse day = weekday(k);
                if (day != null) {
                    return new Parse(day.to(), new Meaning.Overnight(day.meaning(), t.is(i + 1, "into")));
                }
                return isAdverb(i, i + 1) ? new Parse(i + 1, new Meaning.Overnight(null, false)) : null;
            }
            case "midweek" -> {
                return isAdverb(i, i + 1) ? new Parse(i + 1, new Meaning.Midweek()) : null;
            }
            case "mid" -> {
                return t.is(i + 1, "-") && t.touches(i + 1) && t.is(i + 2, "week") && t.touches(i + 2) && isAdverb(i, i + 3)
                        ? new Parse(i + 3, new Meaning.Midweek()) : null;
            }
            case "the" -> {
                if (t.is(i + 1, "day") && t.is(i + 2, "before") && t.is(i + 3, "yesterday")) {
                    return new Parse(i + 4, new Meaning.DayOffset(-2));
                }
                if (t.is(i + 1, "day") && t.is(i + 2, "after") && t.is(i + 3, "tomorrow")) {
                    return new Parse(i + 4, new Meaning.DayOffset(2));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Words that may follow an adverb of time ("fell overnight in Tokyo", "by midweek and"): not a noun it describes. */
    private static final java.util.Set<String> AFTER_AN_ADVERB = java.util.Set.of("in", "on", "at", "and", "but", "or", "to",
            "from", "as", "after", "before", "when", "while", "into", "near", "across", "through", "amid", "despite",
            "until", "with", "without", "by", "following", "for", "than", "the", "a", "an", "he", "she", "they", "it",
            "we");

    /**
     * True when "overnight" or "midweek" (tokens from {@code first} to before {@code next}) is said
     * of when ("prices fell overnight"), not of a thing ("an overnight stay", "the midweek match").
     */
    private boolean isAdverb(int first, int next) {
        if (t.isAny(first - 1, "an", "a", "the", "its", "their", "his", "her", "our", "this", "that")) {
            return false;
        }
        return !t.isWord(next) || t.isCapitalized(next) || AFTER_AN_ADVERB.contains(t.lower(next));
    }

    /**
     * Words before "last" that make it the verb ("could last", "to last", "will not last"), not "the
     * last"; "won't", "can't", "'ll" reach here as their pieces ("won" "'" "t", "'" "ll").
     */
    private static final java.util.Set<String> BEFORE_THE_VERB = java.util.Set.of("to", "will", "would", "could",
            "can", "may", "might", "should", "must", "shall", "ll", "not", "did", "does", "do", "cannot", "t");

    /**
     * Words before "last" that make it the verb when a count follows ("and last twelve weeks",
     * "which last two days") but not before a named time ("and last year").
     */
    private static final java.util.Set<String> BEFORE_THE_VERB_WITH_A_COUNT = java.util.Set.of("and", "or", "which",
            "that", "they", "it");

    private int partOfDay(int i) {
        return t.isAny(i, "morning", "afternoon", "evening", "night") ? i + 1 : i;
    }

    // ----- this / last / next / past / coming … ------------------------------------------------------

    /**
     * "this week", "last month", "next year", "last Tuesday", "next March", "last summer", "the
     * past two years", "the last 30 years", "the coming weeks", "the next few days", "recent
     * months", "this past weekend".
     */
    private Parse namedRelative(int i) {
        int j = i;
        boolean the = false;
        if (t.is(j, "the")) {
            the = true;
            j++;
        }
        String w = t.lower(j);
        if (w == null) {
            return null;
        }
        int k = j + 1;
        switch (w) {
            case "this" -> {
                if (the) {
                    return null;
                }
                if (t.isAny(k, "past", "coming")) {
                    boolean past = t.is(k, "past");
                    Quantities.UnitWord unit = quantities.unit(k + 1);
                    if (unit != null && !unit.plural() && unit.per() == 1) {
                        return new Parse(unit.to(), new Meaning.UnitOffset(unit.unit(), past ? -1 : 1));
                    }
                    return null;
                }
                return named(k, Meaning.Direction.THIS, 0);
            }
            case "last", "previous", "past" -> {
                if (!the && w.equals("last") && BEFORE_THE_VERB.contains(String.valueOf(t.lower(j - 1)))) {
                    return null; // "will last twelve weeks", "expected to last two years": how long, not when
                }
                Parse counted = countedSpan(k, w.equals("previous") ? Meaning.Anchor.PREVIOUS : Meaning.Anchor.UNTIL_NOW,
                        the || !w.equals("last"));
                if (counted != null) {
                    // "begin in January and last twelve weeks": after "and" and a count, the verb again
                    return !the && w.equals("last") && BEFORE_THE_VERB_WITH_A_COUNT.contains(String.valueOf(t.lower(j - 1))) ? null : counted;
                }
                if (w.equals("previous") && the) {
                    Quantities.UnitWord unit = quantities.unit(k);
                    return unit != null && !unit.plural() && unit.per() == 1 ? new Parse(unit.to(), new Meaning.Anaphor(unit.unit(), -1)) : null;
                }
                if (the || w.equals("past")) {
                    return null;
                }
                return named(k, w.equals("last") ? Meaning.Direction.LAST : Meaning.Direction.LAST, -1);
            }
            case "next", "coming", "following" -> {
                if (w.equals("following") && !the) {
                    return null;
                }
                if (the && (w.equals("following") || w.equals("next"))) {
                    Quantities.UnitWord unit = quantities.unit(k);
                    if (unit != null && !unit.plural() && unit.per() == 1 && (unit.unit() == Unit.DAY || w.equals("following"))) {
                        return new Parse(unit.to(), new Meaning.Anaphor(unit.unit(), 1));
                    }
                    if (t.isAny(k, "morning", "afternoon", "evening", "night")) {
                        // "the next morning", "until the following morning": the day after the phrase before
                        return new Parse(k + 1, new Meaning.Anaphor(Unit.DAY, 1));
                    }
                }
                Parse counted = countedSpan(k, Meaning.Anchor.FROM_NOW_ON, the || w.equals("coming"));
                if (counted != null) {
                    return counted;
                }
                if (the || w.equals("coming") || w.equals("following")) {
                    return null;
                }
                return named(k, Meaning.Direction.NEXT, 1);
            }
            case "recent" -> {
                Quantities.UnitWord unit = quantities.unit(k);
                if (unit == null || !unit.plural() || the) {
                    return null;
                }
                return new Parse(unit.to(), vagueSpan(Meaning.Anchor.UNTIL_NOW, unit.unit()));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * After "this", "last" or "next": a unit ("week"), a weekday, a month, a season or
     * "weekend"; {@code offset} is the unit offset (0, -1, 1).
     */
    private Parse named(int k, Meaning.Direction direction, int offset) {
        Quantities.UnitWord unit = quantities.unit(k);
        if (unit != null && !unit.plural() && unit.per() == 1 && unit.unit() != Unit.HOUR && unit.unit() != Unit.WORKING_DAY) {
            if (unit.unit() == Unit.DAY) {
                return null;
            }
            return new Parse(unit.to(), new Meaning.UnitOffset(unit.unit(), offset));
        }
        DayOfWeek day = calendar.weekdayWord(k);
        if (day != null && !t.is(k + 1, "s")) {
            int end = Lexicon.isShortWeekday(t.lower(k)) ? k + 2 : k + 1;
            return new Parse(partOfDay(end), new Meaning.WeekdayRef(day, direction));
        }
        int month = Lexicon.month(t.lower(k));
        if (month > 0 && t.isCapitalized(k) && !Lexicon.isShortMonth(t.lower(k))) {
            return new Parse(k + 1, new Meaning.MonthRef(month, direction));
        }
        int season = Lexicon.season(t.lower(k));
        if (season > 0) {
            return new Parse(k + 1, new Meaning.SeasonRef(season, direction));
        }
        if (t.is(k, "season")) {
            return new Parse(k + 1, new Meaning.UnnamedSeason(offset));
        }
        return null;
    }

    /**
     * "two years", "30 years", "few weeks", "days" after "the past", "the next", "the coming":
     * a stretch up to or from the article's date. {@code pluralAlone}: a plural unit without a
     * count is allowed ("the coming weeks").
     */
    private Parse countedSpan(int k, Meaning.Anchor anchor, boolean pluralAlone) {
        Quantities.Count count = quantities.count(k);
        if (count != null && !t.isAny(k, "a", "an", "one")) {
            Quantities.UnitWord unit = quantities.unit(count.to());
            if (unit == null) {
                return null;
            }
            return new Parse(unit.to(), new Meaning.Stretch(anchor, unit.unit(), unit.times(count.min()), unit.times(count.max()),
                    count.vague()));
        }
        Quantities.UnitWord unit = quantities.unit(k);
        if (unit == null) {
            return null;
        }
        if (unit.plural()) {
            return pluralAlone ? new Parse(unit.to(), vagueSpan(anchor, unit.unit())) : null;
        }
        // "the past year", "the last decade", "the next week": one unit up to or from now.
        if (!pluralAlone || unit.unit() == Unit.WEEKEND) {
            return null;
        }
        int n = unit.times(1);
        return new Parse(unit.to(), new Meaning.Stretch(anchor, unit.unit(), n, n, false));
    }

    /**
     * A plural unit with no count, read generously: recent or coming days are up to two weeks,
     * weeks up to two months, months up to six (recent) or twelve (coming), years up to ten.
     */
    static Meaning.Stretch vagueSpan(Meaning.Anchor anchor, Unit unit) {
        boolean ahead = anchor == Meaning.Anchor.FROM_NOW_ON;
        return switch (unit) {
            case HOUR -> new Meaning.Stretch(anchor, Unit.HOUR, 2, 48, true);
            case DAY, WORKING_DAY -> new Meaning.Stretch(anchor, Unit.DAY, 2, 14, true);
            case WEEK, WEEKEND -> new Meaning.Stretch(anchor, Unit.WEEK, 2, 8, true);
            case MONTH, QUARTER, SEASON -> new Meaning.Stretch(anchor, Unit.MONTH, 2, ahead ? 12 : 6, true);
            case YEAR -> new Meaning.Stretch(anchor, Unit.YEAR, 2, 10, true);
            case DECADE -> new Meaning.Stretch(anchor, Unit.DECADE, 2, 5, true);
            case CENTURY -> new Meaning.Stretch(anchor, Unit.CENTURY, 2, Meaning.Stretch.OPEN, true);
        };
    }

    // ----- counts: "two years ago", "decades ago", "three days later" ------------------------------------

    /** A count of units before an anchor word: "two years", "three days", "years" (min 2, max open, vague). */
    private record Counted(Quantities.UnitWord unit, int min, int max, boolean vague) {
        int to() {
            return unit.to();
        }
    }

    private Counted count(int i) {
        Quantities.Count count = quantities.count(i);
        if (count != null) {
            Quantities.UnitWord unit = quantities.unit(count.to());
            return unit == null ? null : new Counted(unit, unit.times(count.min()), unit.times(count.max()), count.vague());
        }
        Quantities.UnitWord unit = quantities.unit(i);
        if (unit == null || !unit.plural()) {
            return null;
        }
        // "years ago": at least two; "days later": two to ten.
        return new Counted(unit, 2, Meaning.Stretch.OPEN, true);
    }

    private Parse counted(int i) {
        Counted c = count(i);
        if (c == null) {
            return null;
        }
        Quantities.UnitWord unit = c.unit();
        int min = c.min();
        int max = c.max();
        boolean vague = c.vague();
        int k = unit.to();
        if (t.is(k, "'") && t.is(k + 1, "time") || t.is(k, "’") && t.is(k + 1, "time")) {
            return null;
        }
        if (t.is(k, "ago")) {
            // "a year ago today", "two weeks ago today": to the day
            if (t.is(k + 1, "today") && !vague && min == max
                    && (unit.unit() == Unit.YEAR || unit.unit() == Unit.MONTH || unit.unit() == Unit.WEEK)) {
                return new Parse(k + 2, new Meaning.SameDayAway(unit.unit(), -min, true));
            }
            return new Parse(k + 1, new Meaning.Stretch(Meaning.Anchor.AGO, unit.unit(), min, max, vague));
        }
        if (t.is(k, "from") && t.is(k + 1, "now") || t.is(k, "hence")) {
            return new Parse(t.is(k, "hence") ? k + 1 : k + 2,
                    new Meaning.Stretch(Meaning.Anchor.FROM_NOW, unit.unit(), min, bounded(max, min), vague));
        }
        if (t.isAny(k, "later", "earlier", "sooner") && t.is(k + 1, "than")) {
            return null; // "weeks earlier than normal", "two years later than planned": a comparison, not a time
        }
        boolean clauseEnds = !t.isWord(k + 1) && !t.isNumber(k + 1) || t.isAny(k + 1, "and", "but", "when", "that");
        if (t.is(k, "later") || t.is(k, "after") && clauseEnds) {
            return new Parse(k + 1, new Meaning.Stretch(Meaning.Anchor.LATER, unit.unit(), min, bounded(max, 10), vague));
        }
        if (t.is(k, "earlier") || t.is(k, "before") && clauseEnds) {
            return new Parse(k + 1, new Meaning.Stretch(Meaning.Anchor.EARLIER, unit.unit(), min, bounded(max, 10), vague));
        }
        return null;
    }

    /**
     * "two weeks before", "three days after", "days before" when a time follows ("two weeks before
     * Christmas"): the stretch counted from that time, which the caller reads; {@code to} is the
     * token after "before" or "after".
     */
    Parse countedBeforeOrAfter(int i) {
        Counted c = count(i);
        if (c == null || !t.isAny(c.to(), "before", "after")) {
            return null;
        }
        Meaning.Anchor anchor = t.is(c.to(), "after") ? Meaning.Anchor.LATER : Meaning.Anchor.EARLIER;
        return new Parse(c.to() + 1, new Meaning.Stretch(anchor, c.unit().unit(), c.min(), bounded(c.max(), 10), c.vague()));
    }

    private static int bounded(int max, int fallback) {
        return max == Meaning.Stretch.OPEN ? Math.max(fallback, 10) : max;
    }

    /** A count and unit without an anchor word, for "for", "within" and "in": "two years", "decades". */
    Parse duration(int i) {
        Quantities.Count count = quantities.count(i);
        if (count != null) {
            Quantities.UnitWord unit = quantities.unit(count.to());
            if (unit == null) {
                return null;
            }
            return new Parse(unit.to(), new Meaning.Stretch(Meaning.Anchor.FOR, unit.unit(), unit.times(count.min()),
                    unit.times(count.max()), count.vague()));
        }
        Quantities.UnitWord unit = quantities.unit(i);
        if (unit == null || !unit.plural()) {
            return null;
        }
        // "for days", "for weeks", "for months": had it been longer, the text would count in
        // the next unit up; "for years" and "for decades" have no such ceiling.
        int max = switch (unit.unit()) {
            case HOUR -> 48;
            case DAY, WORKING_DAY -> 14;
            case WEEK, WEEKEND -> 10;
            case MONTH -> 18;
            default -> Meaning.Stretch.OPEN;
        };
        return new Parse(unit.to(), new Meaning.Stretch(Meaning.Anchor.FOR, unit.unit(), 2, max, true));
    }

    // ----- referring back ----------------------------------------------------------------------

    /** "that day", "that evening", "the same week", "that 48-hour period", "the day before", "the following year". */
    private Parse anaphor(int i) {
        boolean that = t.is(i, "that");
        boolean same = t.is(i, "the") && t.is(i + 1, "same");
        // "that winter", "the following spring", "the next summer": a season beside the previous phrase.
        if (that && Lexicon.season(t.lower(i + 1)) > 0 && !t.isAny(i + 2, "'", "’")) {
            return new Parse(i + 2, new Meaning.SeasonAnaphor(Lexicon.season(t.lower(i + 1)), false));
        }
        if (that || same) {
            int k = same ? i + 2 : i + 1;
            Quantities.UnitWord unit = quantities.unit(k);
            if (unit != null && !unit.plural() && unit.per() == 1 && unit.unit() != Unit.HOUR) {
                if (t.is(unit.to(), "-")) {
                    return null;
                }
                return new Parse(unit.to(), new Meaning.Anaphor(unit.unit(), 0));
            }
            // "that evening", "the same night": the day of the previous phrase
            if (t.isAny(k, "morning", "afternoon", "evening", "night") && !t.isAny(k + 1, "'", "’", "-")) {
                return new Parse(k + 1, new Meaning.Anaphor(Unit.DAY, 0));
            }
            if (t.isAny(k, "period", "time")) {
                if (t.is(k, "time") && (same || !t.isAny(i - 1, "at", "by", "since", "until"))) {
                    return null;
                }
                return new Parse(k + 1, new Meaning.Anaphor(null, 0));
            }
            // "that 48-hour period", "that two-week period"
            Quantities.Count count = quantities.count(k);
            if (count != null && t.is(count.to(), "-") && quantities.unit(count.to() + 1) != null
                    && t.isAny(quantities.unit(count.to() + 1).to(), "period", "span", "stretch", "window")) {
                return new Parse(quantities.unit(count.to() + 1).to() + 1, new Meaning.Anaphor(null, 0));
            }
            return null;
        }
        // "the day before", "the month before", "the year after": a unit beside the previous phrase,
        // when nothing follows that it could be before ("the week before Christmas" is read elsewhere).
        Unit beside = t.is(i + 1, "day") ? Unit.DAY : t.is(i + 1, "week") ? Unit.WEEK : t.is(i + 1, "month") ? Unit.MONTH
                : t.is(i + 1, "year") ? Unit.YEAR : null;
        if (t.is(i, "the") && beside != null && t.isAny(i + 2, "before", "after")) {
            int k = i + 3;
            if (t.isWord(k) && !t.isAny(k, "and", "but", "when", "that", "in", "at", "on") || t.isNumber(k)) {
                return null;
            }
            return new Parse(i + 3, new Meaning.Anaphor(beside, t.is(i + 2, "before") ? -1 : 1));
        }
        if (t.is(i, "the") && t.isAny(i + 1, "following", "next") && Lexicon.season(t.lower(i + 2)) > 0) {
            return new Parse(i + 3, new Meaning.SeasonAnaphor(Lexicon.season(t.lower(i + 2)), true));
        }
        // "the weekend" after "over", "at", "during": the weekend the clause's tense points to.
        // Not "the weekend after polling day", "the weekend of the vote": that weekend is another's.
        if (t.is(i, "the") && t.is(i + 1, "weekend") && t.isAny(i - 1, "over", "at", "during", "across", "through", "on")
                && !t.isAny(i + 2, "after", "before", "of", "following", "preceding")) {
            return new Parse(i + 2, new Meaning.UnitOffset(Unit.WEEKEND, 0));
        }
        return null;
    }

    // ----- weekdays -------------------------------------------------------------------------------

    /**
     * "Tuesday", "Tuesday night", "Tuesday's"; not "Tuesdays" (a habit, not a day), not "our
     * Saturday audience" (a habit) nor "The Sunday Times" (a name).
     */
    private Parse weekday(int i) {
        DayOfWeek day = calendar.weekdayWord(i);
        if (day == null || t.is(i + 1, "s") && t.touches(i + 1)) {
            return null;
        }
        if (t.isAny(i - 1, "our", "their", "his", "her", "its", "my", "your")
                || t.is(i - 1, "the") && t.isCapitalized(i + 1) && !t.lineBreakBefore(i + 1)
                && Lexicon.month(t.lower(i + 1)) == 0 && Lexicon.weekday(t.lower(i + 1)) == null) {
            return null;
        }
        int end = Lexicon.isShortWeekday(t.lower(i)) ? i + 2 : i + 1;
        return new Parse(partOfDay(end), new Meaning.WeekdayRef(day, Meaning.Direction.BY_TENSE));
    }

    /** "earlier this year", "later this month", "earlier in the week". */
    private Parse earlierLater(int i) {
        if (!t.isAny(i, "earlier", "later")) {
            return null;
        }
        boolean earlier = t.is(i, "earlier");
        int k = i + 1;
        if (t.is(k, "this") || t.is(k, "in") && t.is(k + 1, "the")) {
            k += t.is(k, "this") ? 1 : 2;
            Quantities.UnitWord unit = quantities.unit(k);
            // "earlier this week", "later in the year"; the day only as "in the day" ("earlier this day" is not said)
            if (unit != null && !unit.plural() && unit.per() == 1 && unit.unit() != Unit.HOUR
                    && unit.unit() != Unit.WORKING_DAY && (unit.unit() != Unit.DAY || k == i + 3)) {
                return new Parse(unit.to(), new Meaning.EarlierLater(unit.unit(), earlier, k == i + 3));
            }
            if (t.is(k, "morning") || t.is(k, "afternoon") || t.is(k, "evening")) {
                return new Parse(k + 1, new Meaning.DayOffset(0));
            }
        }
        return null;
    }
}
