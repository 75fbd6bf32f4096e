package org.sourceline.timephrase;

import java.time.DayOfWeek;

/**
 * What a time phrase says, before it is pinned to the calendar: the patterns turn words into a
 * meaning, the {@link Normaliser} turns a meaning into dates against the article's date. A year
 * the text does not give is {@code null}, never guessed here.
 */
sealed interface Meaning {

    /** Which way a named weekday, month or season lies from the article's date. */
    enum Direction {
        /** "last Tuesday": strictly before. */
        LAST,
        /** "next Tuesday": strictly after. */
        NEXT,
        /** "this Tuesday", "this summer": the one of the current week or year. */
        THIS,
        /** A bare "on Tuesday", "in March": decided by the tense of the clause. */
        BY_TENSE
    }

    /** How a stretch of time ("two years", "recent months") is placed. */
    enum Anchor {
        /** "two years ago". */
        AGO,
        /** "in two weeks", "two weeks from now". */
        FROM_NOW,
        /** "the past two years", "in recent months", "for the last 30 years": up to the article's date. */
        UNTIL_NOW,
        /** "the next two years", "in the coming weeks": from the article's date on. */
        FROM_NOW_ON,
        /** "for two years": by the tense (up to now in the perfect, ahead in the future). */
        FOR,
        /** "within twenty working days": from the article's date, at most this long. */
        WITHIN,
        /** "two days later": after the previous phrase's time. */
        LATER,
        /** "two days earlier": before the previous phrase's time. */
        EARLIER,
        /**
         * "the previous three years": the stretch just before the previous phrase's time, or up to
         * the article's date when no phrase comes before.
         */
        PREVIOUS,
        /** "within six weeks of that": at most this long after the previous phrase's time. */
        WITHIN_OF,
        /**
         * "jailed for six years", "banned for three months": a term that begins when it is given,
         * the clause's time (a time earlier in the clause, else the article's date).
         */
        TERM
    }

    /** Parts of a period that EDTF cannot name. */
    enum Portion { EARLY, MID, LATE, START, END }

    /** NOT_BEFORE: "will not launch before next spring", "not until the summer": then or later. */
    enum Relation { SINCE, UNTIL, BEFORE, AFTER, BY, FROM, AS_OF, NOT_BEFORE }

    enum Vagueness { SOON, FUTURE, PAST, RECENT }

    // ----- the calendar ------------------------------------------------------------------------

    /**
     * "April 12, 1981", "Feb. 23" (year null), "2023-02-23"; {@code weekday} when the text names
     * one beside the date ("Wednesday, April 13, 2011"), else null.
     */
    record CalendarDay(Integer year, int month, int day, DayOfWeek weekday) implements Meaning {
        CalendarDay(Integer year, int month, int day) {
            this(year, month, day, null);
        }
    }

    /** "September 2021", "in March" (year null). */
    record CalendarMonth(Integer year, int month) implements Meaning {
    }

    /** "2022", "44 BC". */
    record CalendarYear(int year) implements Meaning {
    }

    /** "2010-11", "2001–2003". */
    record YearSpan(int first, int last) implements Meaning {
    }

    /**
     * "fiscal 2024", "FY2023": the fiscal year named {@code year}; {@code firstMonth} is the month
     * it starts in as the text states it (1: the calendar year), 0 when the text does not say.
     */
    record FiscalYear(int year, int firstMonth) implements Meaning {
    }

    /** "the fall of 2022", "in the summer" (year null); season 1 spring … 4 winter. */
    record Season(Integer year, int season) implements Meaning {
    }

    /**
     * "the first quarter of 2023", "the third quarter of next year", "Q3" ({@code year} null:
     * decided by the tense). The year is a meaning of its own: a {@link CalendarYear} or a
     * {@link UnitOffset} of years.
     */
    record Quarter(Meaning year, int quarter) implements Meaning {
    }

    /** "the second half of 2022", "the first half of next year". */
    record Half(Meaning year, int half) implements Meaning {
    }

    /** "the 1990s", "the '90s" ({@code centuryAssumed}: the text gives no century). */
    record Decade(int firstYear, boolean centuryAssumed) implements Meaning {
    }

    /**
     * "the 20th century" ({@code ordinal}: counted from 1901, commonly read from 1900) or "the
     * 1800s" (1800–1899).
     */
    record Century(int firstYear, boolean ordinal) implements Meaning {
    }

    /**
     * "the interwar years": a named period of history whose years are known only approximately
     * (usage differs by country); {@code name} says what it is in a note.
     */
    record NamedPeriod(String name, int firstYear, int lastYear) implements Meaning {
    }

    /** "the turn of the century" (100), "the turn of the millennium" (1000): which one, the context says. */
    record TurnOf(int years) implements Meaning {
    }

    /** "Christmas", "New Year's Day 2012". */
    record Holiday(String name, Integer year) implements Meaning {
    }

    /** "4/5/2011": day and month order unknown when both are 12 or less. */
    record NumericDate(int year, int first, int second) implements Meaning {
    }

    // ----- relative to the article's date --------------------------------------------------------

    /** "now", "currently", "at present". */
    record Present(String words) implements Meaning {
    }

    /** "today" (0), "yesterday" (-1), "tomorrow" (1), "last night" (-1). */
    record DayOffset(int days) implements Meaning {
    }

    /** "this week" (0), "last month" (-1), "next year" (1): whole calendar units. */
    record UnitOffset(Unit unit, int offset) implements Meaning {
    }

    /**
     * "a year ago today" (YEAR, -1, exact), "this time last year" (YEAR, -1, not exact): the
     * article's day moved by whole units, to the day or about it.
     */
    record SameDayAway(Unit unit, int count, boolean exact) implements Meaning {
    }

    /**
     * "overnight": the night that ends on the article's date (or the speaker's day in a quotation);
     * "overnight Sunday", "overnight into Monday" ({@code into}): a night beside that day
     * ({@code day} null when none is named).
     */
    record Overnight(Meaning day, boolean into) implements Meaning {
    }

    /** "midweek", "mid-week": Tuesday to Thursday of a week decided by the tense. */
    record Midweek() implements Meaning {
    }

    /**
     * "last season" (-1), "this season" (0), "next season" (1): a season the text does not name
     * (a sports, growing or broadcast season), so neither its length nor its months are known.
     */
    record UnnamedSeason(int offset) implements Meaning {
    }

    /** "on Tuesday", "last Friday". */
    record WeekdayRef(DayOfWeek day, Direction direction) implements Meaning {
    }

    /** "last March", "this May". */
    record MonthRef(int month, Direction direction) implements Meaning {
    }

    /** "last summer", "this winter". */
    record SeasonRef(int season, Direction direction) implements Meaning {
    }

    /**
     * A count of units placed by {@code anchor}: "two years ago", "within twenty working days",
     * "in recent months". {@code max} is {@link Integer#MAX_VALUE} when the count has no upper
     * limit ("decades ago"); {@code vague} when the count is a reading ("recent", "a few").
     */
    record Stretch(Anchor anchor, Unit unit, int min, int max, boolean vague) implements Meaning {
        static final int OPEN = Integer.MAX_VALUE;
    }

    /** "so far" (since null: open start), "so far this year". */
    record SoFar(Meaning since) implements Meaning {
    }

    /**
     * "earlier this year" (earlier; {@code ofThe} false: the article's year), "later in the year"
     * ({@code ofThe}: the year the text is telling of, which may be an earlier one).
     */
    record EarlierLater(Unit unit, boolean earlier, boolean ofThe) implements Meaning {
    }

    /** "soon", "in due course", "in the past", "recently". */
    record Vague(Vagueness kind, String words) implements Meaning {
    }

    // ----- referring back ---------------------------------------------------------------------------

    /**
     * "that day" (DAY, 0), "the next day" (DAY, 1), "the day before" (DAY, -1), "that 48-hour
     * period" (unit null): the time of the previous phrase, or a unit next to it.
     */
    record Anaphor(Unit unit, int offset) implements Meaning {
    }

    /** "in the new year": early in the coming year. */
    record NewYear() implements Meaning {
    }

    /**
     * "that winter" (following false): the season of the previous phrase's year, or the one that
     * holds it; "the following spring" (true): the first such season after the previous phrase.
     */
    record SeasonAnaphor(int season, boolean following) implements Meaning {
    }

    /**
     * "the year", "the month" as the base of a part ("the second half of the year", "the end of
     * the month"): the year of a phrase earlier in the same sentence when there is one ("in 2010
     * … the second half of the year"), else the current one.
     */
    record TheUnit(Unit unit) implements Meaning {
    }

    // ----- built from other meanings ------------------------------------------------------------

    /** "around April 2001", "about 2022", "circa 1850": approximately, a unit either side. */
    record About(Meaning base) implements Meaning {
    }

    /** "possibly in 1983", "perhaps around 2035": the text hedges; the time is uncertain. */
    record Hedged(Meaning base, String word) implements Meaning {
    }

    /** "for decades until 1985", "for two years until 2003": a stretch that ended then. */
    record ForUntil(Stretch stretch, Meaning end) implements Meaning {
    }

    /** "the week before Christmas", "the day after New Year's Day": a unit next to another time. */
    record Beside(Unit unit, boolean before, Meaning base) implements Meaning {
    }

    /**
     * "two weeks before Christmas", "three days after Easter", "a week before the 2024 election":
     * a count of units ({@code stretch}, anchored LATER or EARLIER) from another time.
     */
    record CountedFrom(Stretch stretch, Meaning base) implements Meaning {
    }

    /** "the election", "the vote": an event the text names but does not date in the phrase. */
    record Event(String words) implements Meaning {
    }

    /** "late 2022", "the end of the month", "in the late fall of 2022". */
    record Part(Meaning base, Portion portion) implements Meaning {
    }

    /** "the first two days of 2023", "the last week of April". */
    record FirstLast(Meaning base, boolean first, int count, Unit unit) implements Meaning {
    }

    /** "from 2001 to 2003", "between March and May". */
    record Range(Meaning from, Meaning to) implements Meaning {
    }

    /** "in March last year", "on 5 May next year", "the summer of last year": a yearless time in a year said relatively. */
    record OfYear(Meaning base, Meaning year) implements Meaning {
    }

    /** True for a day, month, season or holiday whose year the text does not give with it, or a part of one. */
    static boolean yearless(Meaning m) {
        return m instanceof CalendarDay d && d.year() == null || m instanceof CalendarMonth cm && cm.year() == null
                || m instanceof Season s && s.year() == null || m instanceof Holiday h && h.year() == null
                || m instanceof Part p && yearless(p.base());
    }

    /** A {@link #yearless} meaning given the year. */
    static Meaning withYear(Meaning m, int year) {
        if (m instanceof CalendarDay d) {
            return new CalendarDay(year, d.month(), d.day(), d.weekday());
        }
        if (m instanceof Season s) {
            return new Season(year, s.season());
        }
        if (m instanceof Holiday h) {
            return new Holiday(h.name(), year);
        }
        if (m instanceof Part p) {
            return new Part(withYear(p.base(), year), p.portion());
        }
        CalendarMonth cm = (CalendarMonth) m;
        return new CalendarMonth(year, cm.month());
    }

    /** "since 2019", "before last summer", "by year end", "until last week". */
    record Related(Relation relation, Meaning base) implements Meaning {
    }
}
