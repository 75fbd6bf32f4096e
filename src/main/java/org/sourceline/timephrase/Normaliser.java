package org.sourceline.timephrase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.sourceline.model.Days;

/**
 * Pins a {@link Meaning} to the calendar against one reference day (the article's date, or one
 * end of it when it is approximate): bounds and EDTF, and notes saying what was assumed. It never
 * adds precision the words do not have: "late 2022" keeps the EDTF {@code 2022} with the last
 * third as bounds, "soon" has an open end, a date without a year and without a reference day
 * stays {@code XXXX-04-12}.
 */
final class Normaliser {
    /** What a phrase is read against. */
    static final class Frame {
        final long reference;
        final boolean hasReference;
        final String referenceText;
        final Tense tense;
        final Interval antecedent;
        final String antecedentPhrase;
        /** True when the antecedent names its year and stands earlier in the same clause. */
        boolean antecedentInClause;
        /** True when the antecedent stands in the same paragraph (no blank line between them). */
        boolean antecedentInParagraph = true;
        /** Years of the days the text gave in full earlier, by month × 100 + day ("Jan. 6, 2021" → 106 → 2021). */
        java.util.Map<Integer, Integer> earlierDays = java.util.Map.of();
        final List<String> notes;
        /** How notes name the reference day: "the article's date", or the speaker's day inside a quotation. */
        String day = "the article's date";
        boolean usedReference;

        Frame(long reference, boolean hasReference, String referenceText, Tense tense, Interval antecedent,
              String antecedentPhrase, List<String> notes) {
            this.reference = reference;
            this.hasReference = hasReference;
            this.referenceText = referenceText;
            this.tense = tense;
            this.antecedent = antecedent;
            this.antecedentPhrase = antecedentPhrase;
            this.notes = notes;
        }

        Frame withTense(Tense other) {
            Frame f = new Frame(reference, hasReference, referenceText, other, antecedent, antecedentPhrase, notes);
            f.usedReference = usedReference;
            f.day = day;
            f.antecedentInClause = antecedentInClause;
            f.antecedentInParagraph = antecedentInParagraph;
            f.earlierDays = earlierDays;
            return f;
        }
    }

    /** A phrase that cannot be pinned: no reference date, or nothing earlier to refer back to. */
    static final class Unresolved extends RuntimeException {
        /** The EDTF that can still be said ("XXXX-04-12"), or null. */
        final String edtf;

        Unresolved(String reason, String edtf) {
            super(reason, null, false, false);
            this.edtf = edtf;
        }
    }

    Interval resolve(Meaning m, Frame f) {
        if (m instanceof Meaning.CalendarDay d) {
            return calendarDay(d, f);
        }
        if (m instanceof Meaning.CalendarMonth cm) {
            return calendarMonth(cm, f);
        }
        if (m instanceof Meaning.CalendarYear y) {
            return Interval.single(CalendarMath.yearStart(y.year()), CalendarMath.yearEnd(y.year()),
                    CalendarMath.yearText(y.year()));
        }
        if (m instanceof Meaning.YearSpan ys) {
            if (ys.last() == ys.first() + 1) {
                f.notes.add("Two years joined (a season or financial year): both are held.");
            }
            return new Interval(CalendarMath.yearStart(ys.first()), CalendarMath.yearEnd(ys.last()),
                    CalendarMath.yearText(ys.first()), CalendarMath.yearText(ys.last()), false, false);
        }
        if (m instanceof Meaning.FiscalYear fy) {
            return fiscalYear(fy, f);
        }
        if (m instanceof Meaning.Season s) {
            return season(s, f);
        }
        if (m instanceof Meaning.Quarter q) {
            return quarter(q.year(), q.quarter(), 3, f, "quarter");
        }
        if (m instanceof Meaning.Half h) {
            return quarter(h.year(), h.half(), 6, f, "half");
        }
        if (m instanceof Meaning.Decade d) {
            if (d.centuryAssumed()) {
                f.notes.add("The century is not given: the " + d.firstYear() + "s are assumed.");
            }
            return Interval.single(CalendarMath.yearStart(d.firstYear()), CalendarMath.yearEnd(d.firstYear() + 9),
                    CalendarMath.yearText(d.firstYear()).substring(0, 3) + "X");
        }
        if (m instanceof Meaning.Century c) {
            return century(c, f);
        }
        if (m instanceof Meaning.Holiday h) {
            return holiday(h, f);
        }
        if (m instanceof Meaning.NumericDate n) {
            return numericDate(n, f);
        }
        if (m instanceof Meaning.Present p) {
            long r = reference(f, "“" + p.words() + "” is the article's present");
            return new Interval(r, r, f.referenceText, f.referenceText, true, true);
        }
        if (m instanceof Meaning.DayOffset d) {
            long r = reference(f, "relative to the article's date");
            return Interval.day(r + d.days());
        }
        if (m instanceof Meaning.UnitOffset u) {
            return unitOffset(u, f);
        }
        if (m instanceof Meaning.SameDayAway away) {
            long day = CalendarMath.plus(reference(f, "the article's day moved"), away.unit(), away.count());
            if (away.exact()) {
                f.notes.add("The article's day, " + Math.abs(away.count()) + " " + away.unit().words(Math.abs(away.count()))
                        + (away.count() < 0 ? " earlier" : " later") + ".");
                return Interval.day(day);
            }
            // "this time last year": about the same time, not to the day
            f.notes.add("About the same time of year as " + f.day + " (" + Words.day(day) + "), read as within two weeks "
                    + "either side.");
            return Interval.single(day - 14, day + 14, CalendarMath.dayText(day) + "~");
        }
        if (m instanceof Meaning.Overnight o) {
            return overnight(o, f);
        }
        if (m instanceof Meaning.Midweek) {
            return midweek(f);
        }
        if (m instanceof Meaning.UnnamedSeason us) {
            return unnamedSeason(us, f);
        }
        if (m instanceof Meaning.OfYear o) {
            int year = CalendarMath.year(resolve(o.year(), f).earliest());
            if (o.base() instanceof Meaning.Anaphor) {
                Interval period = anaphor((Meaning.Anaphor) o.base(), f);
                int by = year - CalendarMath.year(period.earliest());
                f.notes.add("Moved to " + year + ".");
                long first = CalendarMath.plus(period.earliest(), Unit.YEAR, by);
                long last = CalendarMath.plus(period.latest() + 1, Unit.YEAR, by) - 1;
                // said in the units the period was: whole years, whole months, else days
                Unit unit = CalendarMath.granule(first, Unit.YEAR)[0] == first && CalendarMath.granule(last, Unit.YEAR)[1] == last
                        ? Unit.YEAR : CalendarMath.granule(first, Unit.MONTH)[0] == first
                        && CalendarMath.granule(last, Unit.MONTH)[1] == last ? Unit.MONTH : Unit.DAY;
                return granular(first, last, unit, false);
            }
            return resolve(Meaning.withYear(o.base(), year), f);
        }
        if (m instanceof Meaning.TurnOf turn) {
            return turnOf(turn, f);
        }
        if (m instanceof Meaning.NamedPeriod np) {
            f.notes.add("The " + np.name() + ": approximately " + np.firstYear() + " to " + np.lastYear()
                    + "; where it starts and ends differs in usage.");
            return new Interval(CalendarMath.yearStart(np.firstYear()), CalendarMath.yearEnd(np.lastYear()),
                    CalendarMath.yearText(np.firstYear()) + "~", CalendarMath.yearText(np.lastYear()) + "~", false, false);
        }
        if (m instanceof Meaning.WeekdayRef w) {
            return weekday(w, f);
        }
        if (m instanceof Meaning.MonthRef mr) {
            return monthRef(mr, f);
        }
        if (m instanceof Meaning.SeasonRef sr) {
            return seasonRef(sr, f);
        }
        if (m instanceof Meaning.Stretch s) {
            return stretch(s, f);
        }
        if (m instanceof Meaning.SoFar sf) {
            long r = reference(f, "“so far” runs up to the article's date");
            if (sf.since() == null) {
                f.notes.add("Open start: when it began is not said.");
                return new Interval(Days.OPEN_START, r, Interval.OPEN, f.referenceText, false, true);
            }
            Interval since = resolve(sf.since(), f);
            if (since.earliest() > r) {
                // "so far in 2010" read against a date before 2010: the text and its date disagree
                f.notes.add("“So far” in a time after the article's date (" + f.day + "): only that time is said.");
                return since;
            }
            return new Interval(since.earliest(), r, since.startText(), f.referenceText, since.startIsReference(), true);
        }
        if (m instanceof Meaning.EarlierLater el) {
            if (el.ofThe() && isPastNarrative(f) && CalendarMath.granule(f.antecedent.earliest(), el.unit())[1] >= f.antecedent.latest()) {
                // "On 3 March 2020 he was arrested. Later in the day he was released": that day, not the article's
                Interval a = f.antecedent;
                long[] g = CalendarMath.granule(a.earliest(), el.unit());
                f.notes.add((el.earlier() ? "Earlier" : "Later") + " in the " + el.unit().words(1) + " of “"
                        + f.antecedentPhrase + "”, earlier in the paragraph (a past narrative).");
                return el.earlier() ? Interval.days(g[0], a.latest()) : Interval.days(a.earliest(), g[1]);
            }
            long r = reference(f, "relative to the article's date");
            long[] g = CalendarMath.granule(r, el.unit());
            if (el.earlier()) {
                return new Interval(g[0], r, CalendarMath.dayText(g[0]), f.referenceText, false, true);
            }
            return new Interval(r, g[1], f.referenceText, CalendarMath.dayText(g[1]), true, false);
        }
        if (m instanceof Meaning.Vague v) {
            return vague(v, f);
        }
        if (m instanceof Meaning.Anaphor a) {
            return anaphor(a, f);
        }
        if (m instanceof Meaning.NewYear) {
            return newYear(f);
        }
        if (m instanceof Meaning.SeasonAnaphor sa) {
            return seasonAnaphor(sa, f);
        }
        if (m instanceof Meaning.TheUnit u) {
            // "the year" of a phrase earlier in the sentence; in a past narrative, earlier in the
            // paragraph too ("The following year … By the end of the decade he was promoting …")
            if ((f.antecedentInClause || isPastNarrative(f)) && f.antecedent != null && !f.antecedent.isOpenStart()
                    && !f.antecedent.isOpenEnd()) {
                long[] g = CalendarMath.granule(f.antecedent.earliest(), u.unit());
                if (g[1] >= f.antecedent.latest()) {
                    f.notes.add("“The " + u.unit().words(1) + "” of “" + f.antecedentPhrase + "”, earlier in the "
                            + (f.antecedentInClause ? "sentence" : "paragraph (a past narrative)") + ".");
                    // a decade is its own granule ("196X"); granular() would count it in years
                    return u.unit() == Unit.DECADE ? Interval.single(g[0], g[1], CalendarMath.granuleText(g[0], Unit.DECADE))
                            : granular(g[0], g[0], u.unit(), false);
                }
            }
            return unitOffset(new Meaning.UnitOffset(u.unit(), 0), f);
        }
        if (m instanceof Meaning.About a) {
            Interval base = resolve(a.base(), f);
            if (!base.startText().equals(base.endText()) || base.isOpenStart() || base.isOpenEnd()) {
                return base;
            }
            long width = base.latest() - base.earliest() + 1;
            Unit unit = width >= 3000 ? Unit.YEAR : width >= 360 ? Unit.YEAR : width >= 28 ? Unit.MONTH : Unit.DAY;
            int by = width >= 3000 ? 2 : unit == Unit.DAY ? 3 : 1;
            long first = CalendarMath.plus(base.earliest(), unit, -by);
            long last = CalendarMath.plus(base.latest() + 1, unit, by) - 1;
            f.notes.add("“About”: approximate; the bounds add " + by + " " + unit.words(by) + " either side ("
                    + Words.days(first, last) + ").");
            return Interval.single(first, last, qualified(base.startText(), '~'));
        }
        if (m instanceof Meaning.Hedged h) {
            Interval base = resolve(h.base(), f);
            f.notes.add("The text hedges (“" + h.word() + "”): uncertain.");
            String start = base.isOpenStart() ? base.startText() : qualified(base.startText(), '?');
            String end = base.isOpenEnd() ? base.endText() : qualified(base.endText(), '?');
            return new Interval(base.earliest(), base.latest(), start, end, false, false);
        }
        if (m instanceof Meaning.ForUntil fu) {
            Interval end = resolve(fu.end(), f);
            Meaning.Stretch s = fu.stretch();
            if (s.max() == Meaning.Stretch.OPEN) {
                f.notes.add("Open start: " + count(s) + " until " + words(end) + ".");
                return new Interval(Days.OPEN_START, end.latest(), Interval.OPEN, end.endText(), false, end.endIsReference());
            }
            long start = moved(end.latest() + 1, s.unit(), -(long) s.max(), false);
            f.notes.add(count(s) + " until the end of " + words(end) + (s.vague() ? ": a wide reading" : "") + ".");
            String startText = CalendarMath.dayText(start) + (s.vague() ? "~" : "");
            return new Interval(start, end.latest(), startText, end.endText(), false, end.endIsReference());
        }
        if (m instanceof Meaning.Beside b) {
            Interval base = resolve(b.base(), f);
            if (base.isOpenStart() || base.isOpenEnd()) {
                return base;
            }
            long first = b.before() ? CalendarMath.plus(base.earliest(), b.unit(), -1) : base.latest() + 1;
            long last = b.before() ? base.earliest() - 1 : CalendarMath.plus(base.latest(), b.unit(), 1);
            f.notes.add("The " + b.unit().words(1) + (b.before() ? " before " : " after ") + words(base) + ".");
            return Interval.days(first, last);
        }
        if (m instanceof Meaning.CountedFrom c) {
            Interval base = resolve(c.base(), f);
            if (base.isOpenStart() || base.isOpenEnd()) {
                throw new Unresolved("Counted from " + words(base) + ", which has an open end.", null);
            }
            return c.stretch().anchor() == Meaning.Anchor.WITHIN_OF
                    ? withinOf(c.stretch(), base, "Within " + count(c.stretch()) + " of " + words(base) + ".", f)
                    : countedFrom(c.stretch(), base, words(base), f);
        }
        if (m instanceof Meaning.Event e) {
            throw new Unresolved("Counted from " + e.words() + ", which the phrase does not date: the text may do so "
                    + "elsewhere.", null);
        }
        if (m instanceof Meaning.Part p) {
            return part(p, f);
        }
        if (m instanceof Meaning.FirstLast fl) {
            return firstLast(fl, f);
        }
        if (m instanceof Meaning.Range r) {
            return range(r, f);
        }
        if (m instanceof Meaning.Related rel) {
            return related(rel, f);
        }
        throw new IllegalStateException("no rule for " + m);
    }

    /**
     * True in a past narrative told from an earlier time of the same paragraph: a past clause (not
     * reported speech) after a closed phrase that ends before the article's date.
     */
    private static boolean isPastNarrative(Frame f) {
        return f.antecedentInParagraph && f.tense.looksBack() && !f.tense.reported() && f.antecedent != null
                && !f.antecedent.isOpenStart() && !f.antecedent.isOpenEnd()
                && (!f.hasReference || f.antecedent.latest() < f.reference);
    }

    // ----- the reference day ------------------------------------------------------------------------

    private static long reference(Frame f, String why) {
        if (!f.hasReference) {
            throw new Unresolved(Character.toUpperCase(why.charAt(0)) + why.substring(1)
                    + "; the publication date is not known, so it stays unresolved.", null);
        }
        f.usedReference = true;
        return f.reference;
    }

    /**
     * The year for a date the text gives without one: the latest before the article's date in a
     * past clause, the first after it in a future clause, else the nearest.
     */
    private static int chooseYear(IntFunction<long[]> span, Frame f, String unknownEdtf) {
        if (!f.hasReference) {
            throw new Unresolved("The year is not given and the publication date is not known: the year stays unknown.",
                    unknownEdtf);
        }
        f.usedReference = true;
        long r = f.reference;
        int y0 = CalendarMath.year(r);
        int best = Integer.MIN_VALUE;
        long bestDistance = Long.MAX_VALUE;
        String how;
        if (f.tense.looksBack()) {
            how = "the last before the article's date, " + f.tense.describe();
            for (int y = y0 - 2; y <= y0 + 1; y++) {
                long[] s = span.apply(y);
                if (s != null && s[0] <= r) {
                    best = y;
                }
            }
        } else if (f.tense.isFuture()) {
            how = "the first after the article's date, " + f.tense.describe();
            for (int y = y0 + 1; y >= y0 - 2; y--) {
                long[] s = span.apply(y);
                if (s != null && s[1] >= r) {
                    best = y;
                }
            }
        } else {
            how = "the nearest to the article's date";
            for (int y = y0 - 2; y <= y0 + 1; y++) {
                long[] s = span.apply(y);
                if (s == null) {
                    continue;
                }
                long distance = s[0] > r ? s[0] - r : s[1] < r ? r - s[1] : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = y;
                }
            }
        }
        if (best == Integer.MIN_VALUE) {
            throw new Unresolved("The year is not given and no year near the publication date fits.", unknownEdtf);
        }
        f.notes.add("The year is not given: " + best + ", " + how + ".");
        return best;
    }

    /**
     * The year of a phrase earlier in the same clause that names it ("In 2010 … in March"), when
     * the clause's tense does not contradict it; else null.
     */
    private static Integer yearOfSentence(IntFunction<long[]> span, Frame f) {
        Interval a = f.antecedent;
        if (!f.antecedentInClause || a == null || a.isOpenStart() || a.isOpenEnd()
                || CalendarMath.year(a.earliest()) != CalendarMath.year(a.latest())) {
            return null;
        }
        int year = CalendarMath.year(a.earliest());
        long[] s = span.apply(year);
        if (s == null || f.hasReference && (f.tense.looksBack() && s[0] > f.reference || f.tense.isFuture() && s[1] < f.reference)) {
            return null;
        }
        f.notes.add("The year is not given: " + year + ", the year of “" + f.antecedentPhrase + "” earlier in the sentence.");
        return year;
    }

    // ----- the calendar ------------------------------------------------------------------------

    private Interval calendarDay(Meaning.CalendarDay d, Frame f) {
        int year;
        if (d.year() != null) {
            year = d.year();
        } else {
            String unknown = "XXXX-" + two(d.month()) + "-" + two(d.day());
            IntFunction<long[]> span = y -> CalendarMath.isValidDay(y, d.month(), d.day())
                    && (d.weekday() == null || CalendarMath.weekday(CalendarMath.day(y, d.month(), d.day())) == d.weekday())
                    ? new long[] {CalendarMath.day(y, d.month(), d.day()), CalendarMath.day(y, d.month(), d.day())} : null;
            Integer earlier = f.earlierDays.get(d.month() * 100 + d.day());
            Integer context = earlier != null ? earlier : yearOfSentence(span, f);
            if (earlier != null) {
                f.notes.add("The year is not given: " + earlier + ", as where the text gave this day in full before.");
            }
            year = context != null ? context : chooseYear(span, f, unknown);
            if (d.weekday() != null) {
                f.notes.add("The named weekday (" + name(d.weekday()) + ") fits that year.");
            }
        }
        long day = CalendarMath.day(year, d.month(), d.day());
        if (d.weekday() != null && CalendarMath.weekday(day) != d.weekday()) {
            f.notes.add("The text says " + name(d.weekday()) + ", but " + Words.day(day) + " is a "
                    + name(CalendarMath.weekday(day)) + ": the date is kept.");
        }
        return Interval.day(day);
    }

    private Interval calendarMonth(Meaning.CalendarMonth cm, Frame f) {
        IntFunction<long[]> span = y -> new long[] {CalendarMath.monthStart(y, cm.month()), CalendarMath.monthEnd(y, cm.month())};
        Integer context = cm.year() != null ? null : yearOfSentence(span, f);
        int year = cm.year() != null ? cm.year() : context != null ? context : chooseYear(span, f, "XXXX-" + two(cm.month()));
        return Interval.single(CalendarMath.monthStart(year, cm.month()), CalendarMath.monthEnd(year, cm.month()),
                CalendarMath.monthText(year, cm.month()));
    }

    private Interval season(Meaning.Season s, Frame f) {
        IntFunction<long[]> span = y -> CalendarMath.season(y, s.season());
        // "In 2010, the shares fell in the spring": the year named earlier in the sentence, as for a month
        Integer context = s.year() != null ? null : yearOfSentence(span, f);
        int year = s.year() != null ? s.year() : context != null ? context
                : chooseYear(span, f, "XXXX-" + (20 + s.season()));
        long[] b = CalendarMath.season(year, s.season());
        f.notes.add("Seasons are the astronomical ones EDTF uses (" + Words.days(b[0], b[1]) + ").");
        return Interval.single(b[0], b[1], CalendarMath.seasonText(year, s.season()));
    }

    /** A quarter (3 months) or half (6 months) of a year. */
    private Interval quarter(Meaning yearMeaning, int n, int months, Frame f, String what) {
        int year;
        if (yearMeaning == null) {
            year = chooseYear(y -> {
                int firstMonth = (n - 1) * months + 1;
                return new long[] {CalendarMath.monthStart(y, firstMonth), CalendarMath.monthEnd(y, firstMonth + months - 1)};
            }, f, null);
        } else {
            year = CalendarMath.year(resolve(yearMeaning, f).earliest());
        }
        int firstMonth = (n - 1) * months + 1;
        int lastMonth = firstMonth + months - 1;
        f.notes.add("A calendar " + what + " (a company's financial year may differ).");
        return new Interval(CalendarMath.monthStart(year, firstMonth), CalendarMath.monthEnd(year, lastMonth),
                CalendarMath.monthText(year, firstMonth), CalendarMath.monthText(year, lastMonth), false, false);
    }

    /**
     * A fiscal year: the twelve months from the month the text says it starts, named by the year
     * it ends in (the usual convention); when the text does not say, the calendar year is only an
     * approximation, and the bounds hold the common conventions (April of the year before, as a
     * fiscal year named by its end, to March of the year after, as one named by its start).
     */
    private Interval fiscalYear(Meaning.FiscalYear fy, Frame f) {
        int y = fy.year();
        if (fy.firstMonth() == 1) {
            f.notes.add("The text says this fiscal year is the calendar year.");
            return Interval.single(CalendarMath.yearStart(y), CalendarMath.yearEnd(y), CalendarMath.yearText(y));
        }
        if (fy.firstMonth() == 0) {
            long first = CalendarMath.monthStart(y - 1, 4);
            long last = CalendarMath.monthEnd(y + 1, 3);
            f.notes.add("Fiscal years differ by organisation and the text does not say when this one starts: "
                    + "approximately " + y + "; the bounds hold a fiscal year ending in " + y + " or starting in it ("
                    + Words.days(first, last) + ").");
            return Interval.single(first, last, CalendarMath.yearText(y) + "~");
        }
        int startMonth = fy.firstMonth();
        long first = CalendarMath.monthStart(y - 1, startMonth);
        long last = CalendarMath.monthEnd(y, startMonth - 1);
        f.notes.add("The text says this fiscal year starts in " + Lexicon.monthName(startMonth) + "; fiscal " + y
                + " read as the one ending in " + y + ", the usual naming (" + Words.days(first, last) + ").");
        return new Interval(first, last, CalendarMath.monthText(y - 1, startMonth), CalendarMath.monthText(y, startMonth - 1),
                false, false);
    }

    private Interval century(Meaning.Century c, Frame f) {
        int first = c.firstYear();
        if (!c.ordinal()) {
            return Interval.single(CalendarMath.yearStart(first), CalendarMath.yearEnd(first + 99),
                    CalendarMath.yearText(first).substring(0, 2) + "XX");
        }
        int ordinal = first / 100 + 1;
        f.notes.add("The " + ordinal + suffix(ordinal) + " century runs from " + (first + 1) + " to " + (first + 100)
                + " counted strictly, " + first + "–" + (first + 99) + " as commonly said: the bounds hold both.");
        return new Interval(CalendarMath.yearStart(first), CalendarMath.yearEnd(first + 100), CalendarMath.yearText(first),
                CalendarMath.yearText(first + 100), false, false);
    }

    private Interval holiday(Meaning.Holiday h, Frame f) {
        IntFunction<long[]> day = y -> {
            long d = switch (h.name()) {
                case "Christmas Eve" -> CalendarMath.day(y, 12, 24);
                case "Christmas" -> CalendarMath.day(y, 12, 25);
                case "the Christmas period" -> CalendarMath.day(y, 12, 24);
                case "Boxing Day" -> CalendarMath.day(y, 12, 26);
                case "New Year's Eve" -> CalendarMath.day(y, 12, 31);
                case "New Year's Day" -> CalendarMath.day(y, 1, 1);
                case "Valentine's Day" -> CalendarMath.day(y, 2, 14);
                case "Halloween" -> CalendarMath.day(y, 10, 31);
                case "Thanksgiving" -> CalendarMath.nthWeekday(y, 11, DayOfWeek.THURSDAY, 4);
                case "Black Friday" -> CalendarMath.nthWeekday(y, 11, DayOfWeek.THURSDAY, 4) + 1;
                case "the Fourth of July" -> CalendarMath.day(y, 7, 4);
                case "Election Day" -> CalendarMath.nthWeekday(y, 11, DayOfWeek.MONDAY, 1) + 1;
                case "Good Friday" -> CalendarMath.easter(y) - 2;
                default -> CalendarMath.easter(y);
            };
            return h.name().equals("the Christmas period") ? new long[] {d, d + 2} : new long[] {d, d};
        };
        int year = h.year() != null ? h.year() : chooseYear(day, f, null);
        if (h.name().equals("Black Friday")) {
            f.notes.add("Black Friday: the day after Thanksgiving as in the United States.");
        }
        if (h.name().equals("Election Day")) {
            f.notes.add("Election Day as in the United States (the Tuesday after the first Monday of November).");
        }
        if (h.name().equals("Thanksgiving")) {
            f.notes.add("Thanksgiving as in the United States (fourth Thursday of November).");
        }
        long[] b = day.apply(year);
        if (b[1] > b[0]) {
            f.notes.add("Over Christmas: Christmas Eve to Boxing Day.");
            return Interval.days(b[0], b[1]);
        }
        return Interval.day(b[0]);
    }

    private Interval numericDate(Meaning.NumericDate n, Frame f) {
        boolean monthFirst = CalendarMath.isValidDay(n.year(), n.first(), n.second());
        boolean dayFirst = CalendarMath.isValidDay(n.year(), n.second(), n.first());
        if (monthFirst && dayFirst && n.first() != n.second()) {
            long a = CalendarMath.day(n.year(), n.first(), n.second());
            long b = CalendarMath.day(n.year(), n.second(), n.first());
            f.notes.add("Month first (" + Words.day(a) + ") or day first (" + Words.day(b)
                    + "): the text does not say which; the bounds hold both.");
            return Interval.days(Math.min(a, b), Math.max(a, b));
        }
        return monthFirst ? Interval.day(CalendarMath.day(n.year(), n.first(), n.second()))
                : Interval.day(CalendarMath.day(n.year(), n.second(), n.first()));
    }

    // ----- relative to the reference day -------------------------------------------------------------

    private Interval unitOffset(Meaning.UnitOffset u, Frame f) {
        long r = reference(f, "relative to the article's date");
        if (u.unit() == Unit.WEEKEND) {
            return weekend(u.offset(), r, f);
        }
        long shifted = CalendarMath.plus(r, u.unit(), u.offset());
        long[] g = CalendarMath.granule(shifted, u.unit());
        if (u.unit() == Unit.CENTURY) {
            f.notes.add("A century counted strictly or as commonly said: the bounds hold both.");
            return new Interval(g[0], g[1], CalendarMath.yearText(CalendarMath.year(g[0])),
                    CalendarMath.yearText(CalendarMath.year(g[1])), false, false);
        }
        if (u.unit() == Unit.WEEK) {
            f.notes.add("Weeks run from Monday to Sunday.");
            return Interval.days(g[0], g[1]);
        }
        if (u.unit() == Unit.QUARTER) {
            LocalDate a = CalendarMath.date(g[0]);
            LocalDate b = CalendarMath.date(g[1]);
            return new Interval(g[0], g[1], CalendarMath.monthText(a.getYear(), a.getMonthValue()),
                    CalendarMath.monthText(b.getYear(), b.getMonthValue()), false, false);
        }
        return Interval.single(g[0], g[1], CalendarMath.granuleText(shifted, u.unit()));
    }

    /**
     * "the turn of the century": the turn nearest the time the paragraph is telling of (the
     * phrase before), else the last one before the article's date, or the next after it in a
     * future clause; approximate: the year the count changes to and the one before it.
     */
    private Interval turnOf(Meaning.TurnOf turn, Frame f) {
        int step = turn.years();
        int year;
        String why;
        boolean aboutEarlier = f.antecedent != null && f.antecedentInParagraph && !f.antecedent.isOpenStart()
                && !f.antecedent.isOpenEnd();
        if (aboutEarlier) {
            int around = CalendarMath.year(f.antecedent.earliest());
            year = Math.round(around / (float) step) * step;
            why = "the one nearest “" + f.antecedentPhrase + "”";
        } else {
            int now = CalendarMath.year(reference(f, "which turn is read from the article's date"));
            year = f.tense.isFuture() ? (now / step + 1) * step : now / step * step;
            why = f.tense.isFuture() ? "the next after " + f.day + " (a future clause)" : "the last before " + f.day;
        }
        if (f.hasReference && f.tense.looksBack() && CalendarMath.yearStart(year - 1) > f.reference) {
            year -= step; // a past clause tells of a turn already reached
        }
        f.notes.add("The turn of the " + (step == 100 ? "century" : "millennium") + ": " + why + "; approximately the "
                + "change of the year's count to " + year + " (" + (year - 1) + "–" + year + ").");
        return new Interval(CalendarMath.yearStart(year - 1), CalendarMath.yearEnd(year), CalendarMath.yearText(year - 1),
                CalendarMath.yearText(year), false, false);
    }

    /**
     * "overnight": the night before the article's date; "overnight into Monday": the night before
     * that day; "overnight Sunday": the night before or after it, which one is not said.
     */
    private Interval overnight(Meaning.Overnight o, Frame f) {
        if (o.day() == null) {
            long r = reference(f, "the night before the article's date");
            f.notes.add("“Overnight”: the night before " + f.day + ", from the evening of " + Words.day(r - 1)
                    + " to the morning of " + Words.day(r) + "; vague: the hours are not said, and a story may tell of "
                    + "another night.");
            return Interval.days(r - 1, r);
        }
        Interval day = resolve(o.day(), f);
        if (o.into()) {
            f.notes.add("The night into " + words(day) + ".");
            return Interval.days(day.earliest() - 1, day.latest());
        }
        f.notes.add("A night beside " + words(day) + ": the one before it or after it, which is not said.");
        return Interval.days(day.earliest() - 1, day.latest() + 1);
    }

    /**
     * "midweek": Tuesday to Thursday of the article's week, or of the week after when a future
     * clause is read after this week's Thursday, or of the week before when a past clause is read
     * before this week's Tuesday.
     */
    private Interval midweek(Frame f) {
        long r = reference(f, "the week of the article's date");
        long monday = CalendarMath.granule(r, Unit.WEEK)[0];
        long tuesday = monday + 1;
        long thursday = monday + 3;
        String which = "the week of " + f.day;
        if (f.tense.isFuture() && r > thursday) {
            tuesday += 7;
            thursday += 7;
            which = "the week after " + f.day + " (a future clause)";
        } else if (f.tense.looksBack() && r < tuesday) {
            tuesday -= 7;
            thursday -= 7;
            which = "the week before " + f.day + " (a past clause)";
        }
        f.notes.add("“Midweek”: Tuesday to Thursday of " + which + "; vague.");
        // a past clause has happened by the article's date; a future one is still to come
        if (f.tense.looksBack() && r >= tuesday && r < thursday) {
            f.notes.add("A past clause: by " + f.day + ".");
            return Interval.days(tuesday, r);
        }
        if (f.tense.isFuture() && r > tuesday && r <= thursday) {
            f.notes.add("A future clause: from " + f.day + " on.");
            return Interval.days(r, thursday);
        }
        return Interval.days(tuesday, thursday);
    }

    /**
     * "last season", "this season", "next season": which season (sports, growing, broadcast…) is
     * not said, nor how long it is; read widely, as up to a year either side of where the words put it.
     */
    private Interval unnamedSeason(Meaning.UnnamedSeason us, Frame f) {
        long r = reference(f, "relative to the article's date");
        String words = us.offset() < 0 ? "last season" : us.offset() > 0 ? "next season" : "this season";
        f.notes.add("“" + words + "”: the season is unknown (a sports, growing or broadcast season?), so are its months; "
                + (us.offset() < 0 ? "read as within two years before " + f.day
                : us.offset() > 0 ? "read as within two years after " + f.day
                : "read as within a year either side of " + f.day) + ": a wide reading.");
        long first = us.offset() < 0 ? CalendarMath.plus(r, Unit.YEAR, -2) : us.offset() > 0 ? r : CalendarMath.plus(r, Unit.YEAR, -1);
        long last = us.offset() < 0 ? r : us.offset() > 0 ? CalendarMath.plus(r, Unit.YEAR, 2) : CalendarMath.plus(r, Unit.YEAR, 1);
        String firstText = first == r ? f.referenceText : CalendarMath.dayText(first) + "~";
        String lastText = last == r ? f.referenceText : CalendarMath.dayText(last) + "~";
        return new Interval(first, last, firstText, lastText, first == r, last == r);
    }

    private Interval weekend(int offset, long r, Frame f) {
        DayOfWeek today = CalendarMath.weekday(r);
        boolean inWeekend = today == DayOfWeek.SATURDAY || today == DayOfWeek.SUNDAY;
        long saturday;
        if (offset < 0) {
            long sunday = CalendarMath.onOrBefore(r - 1, DayOfWeek.SUNDAY);
            saturday = sunday - 1;
        } else if (offset > 0) {
            saturday = CalendarMath.onOrAfter(r + 1, DayOfWeek.SATURDAY);
        } else if (inWeekend) {
            saturday = today == DayOfWeek.SATURDAY ? r : r - 1;
        } else if (f.tense.looksBack()) {
            saturday = CalendarMath.onOrBefore(r, DayOfWeek.SATURDAY);
            f.notes.add("The weekend before " + f.day + " (" + f.tense.describe() + ").");
        } else {
            saturday = CalendarMath.onOrAfter(r, DayOfWeek.SATURDAY);
            f.notes.add("The weekend after " + f.day + " (" + f.tense.describe() + ").");
        }
        return Interval.days(saturday, saturday + 1);
    }

    private Interval weekday(Meaning.WeekdayRef w, Frame f) {
        long r = reference(f, "a weekday is read from the article's date");
        DayOfWeek d = w.day();
        long day;
        String name = name(d);
        switch (w.direction()) {
            case LAST -> {
                day = CalendarMath.onOrBefore(r - 1, d);
                f.notes.add("“Last " + name + "”: the " + name + " before " + f.day + ".");
            }
            case NEXT -> {
                day = CalendarMath.onOrAfter(r + 1, d);
                f.notes.add("“Next " + name + "”: the first " + name + " after " + f.day + " (some readers "
                        + "mean the one in the following week).");
            }
            case THIS -> {
                day = CalendarMath.weekStart(r) + d.getValue() - 1;
                f.notes.add("The " + name + " of the article's week (Monday to Sunday).");
            }
            default -> {
                long before = CalendarMath.onOrBefore(r, d);
                long after = CalendarMath.onOrAfter(r, d);
                if (f.tense.looksBack()) {
                    day = before;
                    f.notes.add("A " + f.tense.describe() + " clause: the " + name + " on or before " + f.day + ".");
                } else if (f.tense.isFuture()) {
                    day = after;
                    f.notes.add("A " + f.tense.describe() + " clause: the " + name + " on or after " + f.day + ".");
                } else {
                    day = r - before <= after - r ? before : after;
                    f.notes.add("The " + f.tense.describe() + ": the " + name + " nearest " + f.day + ".");
                }
            }
        }
        return Interval.day(day);
    }

    private Interval monthRef(Meaning.MonthRef mr, Frame f) {
        if (mr.direction() == Meaning.Direction.BY_TENSE) {
            return calendarMonth(new Meaning.CalendarMonth(null, mr.month()), f);
        }
        long r = reference(f, "relative to the article's date");
        LocalDate d = CalendarMath.date(r);
        int year = switch (mr.direction()) {
            case LAST -> mr.month() < d.getMonthValue() ? d.getYear() : d.getYear() - 1;
            case NEXT -> mr.month() > d.getMonthValue() ? d.getYear() : d.getYear() + 1;
            default -> d.getYear();
        };
        return Interval.single(CalendarMath.monthStart(year, mr.month()), CalendarMath.monthEnd(year, mr.month()),
                CalendarMath.monthText(year, mr.month()));
    }

    private Interval seasonRef(Meaning.SeasonRef sr, Frame f) {
        if (sr.direction() == Meaning.Direction.BY_TENSE) {
            return season(new Meaning.Season(null, sr.season()), f);
        }
        long r = reference(f, "relative to the article's date");
        int y0 = CalendarMath.year(r);
        int chosen = y0;
        switch (sr.direction()) {
            case LAST -> {
                for (int y = y0 - 2; y <= y0; y++) {
                    if (CalendarMath.season(y, sr.season())[1] < r) {
                        chosen = y;
                    }
                }
            }
            case NEXT -> {
                for (int y = y0 + 1; y >= y0 - 1; y--) {
                    if (CalendarMath.season(y, sr.season())[0] > r) {
                        chosen = y;
                    }
                }
            }
            default -> {
                long[] previous = CalendarMath.season(y0 - 1, sr.season());
                chosen = r >= previous[0] && r <= previous[1] ? y0 - 1 : y0;
            }
        }
        long[] b = CalendarMath.season(chosen, sr.season());
        f.notes.add("Seasons are the astronomical ones EDTF uses (" + Words.days(b[0], b[1]) + ").");
        return Interval.single(b[0], b[1], CalendarMath.seasonText(chosen, sr.season()));
    }

    private Interval stretch(Meaning.Stretch s, Frame f) {
        return switch (s.anchor()) {
            case AGO -> ago(s, f, -1);
            case FROM_NOW -> {
                if (f.tense.looksBack()) {
                    yield howLong(s, f);
                }
                yield ago(s, f, 1);
            }
            case UNTIL_NOW -> untilNow(s, f);
            case PREVIOUS -> previous(s, f);
            case FROM_NOW_ON -> {
                if (f.tense.isPast() && f.antecedent != null && !s.vague() && s.min() == 1 && s.max() == 1) {
                    yield anaphor(new Meaning.Anaphor(s.unit(), 1), f);
                }
                // A past narrative: "It opened in 1962 … over the next 30 years": from that time on, when
                // that stretch is over by the article's date (else it is a plan told in the past tense:
                // "announced a buyback, to be completed over the next 18 months").
                Interval a = f.antecedent;
                long end = a == null || a.isOpenStart() || a.isOpenEnd() || s.max() == Meaning.Stretch.OPEN || s.unit() == Unit.HOUR
                        ? Long.MAX_VALUE : CalendarMath.plus(a.latest(), dayLevel(s.unit()), s.max());
                if (f.tense.isPast() && !s.vague() && f.hasReference && end < f.reference) {
                    f.notes.add("A past clause: " + count(s) + " on from “" + f.antecedentPhrase + "”.");
                    yield new Interval(a.earliest(), end, a.startText(), CalendarMath.dayText(end), a.startIsReference(), false);
                }
                yield fromNowOn(s, f);
            }
            case FOR -> {
                if (f.tense.kind() == Tense.Kind.PERFECT || f.tense.kind() == Tense.Kind.PRESENT) {
                    f.notes.add("A " + f.tense.describe() + " clause: the time runs up to " + f.day + ".");
                    yield untilNow(s, f);
                }
                if (f.tense.isFuture()) {
                    f.notes.add("A " + f.tense.describe() + " clause: the time runs on from " + f.day + ".");
                    yield fromNowOn(s, f);
                }
                yield howLong(s, f);
            }
            case WITHIN, WITHIN_OF -> within(s, f);
            case TERM -> term(s, f);
            case LATER, EARLIER -> countedFrom(s, antecedent(f), "“" + f.antecedentPhrase + "”", f);
        };
    }

    /** "two days later" (from the phrase before), "two weeks before Christmas": a count of units from a time. */
    private static Interval countedFrom(Meaning.Stretch s, Interval from, String what, Frame f) {
        int sign = s.anchor() == Meaning.Anchor.LATER ? 1 : -1;
        long first = moved(from.earliest(), s.unit(), sign > 0 ? s.min() : -(long) s.max(), false);
        long last = moved(from.latest(), s.unit(), sign > 0 ? s.max() : -(long) s.min(), true);
        f.notes.add(count(s) + " " + (sign > 0 ? "after" : "before") + " " + what + ".");
        if (sign > 0 && s.vague() && f.hasReference && first > f.reference && !f.tense.isFuture()) {
            // "Nearly a century later, a visitor must walk …": a round count that overshoots the
            // article's date in a clause that is not about the future means the article's present
            f.notes.add("A round count that reaches past " + f.day + " in a clause not about the future: read as the "
                    + "article's present, approximately.");
            return Interval.single(f.reference, f.reference, qualified(f.referenceText, '~'));
        }
        return granular(first, last, s.unit(), s.vague());
    }

    /** "two years ago" (sign -1) or "in two years" (sign 1): the unit of that many units away. */
    private Interval ago(Meaning.Stretch s, Frame f, int sign) {
        long r = reference(f, "counted from the article's date");
        Unit unit = dayLevel(s.unit());
        if (s.unit() == Unit.HOUR) {
            long near = r + sign * Math.floorDiv(s.min(), 24);
            long far = s.max() == Meaning.Stretch.OPEN ? r + sign * 2L : r + sign * (long) Math.ceil(s.max() / 24.0);
            f.notes.add("Hours counted from " + f.day + ", to the day.");
            return Interval.days(Math.min(near, far), Math.max(near, far));
        }
        if (s.max() == Meaning.Stretch.OPEN) {
            long near = CalendarMath.plus(r, unit, sign * (long) s.min());
            long[] g = CalendarMath.granule(near, granule(s.unit()));
            f.notes.add("At least " + s.min() + " " + s.unit().words(s.min()) + (sign < 0 ? " before" : " after")
                    + " " + f.day + "; how many is not said.");
            return sign < 0 ? new Interval(Days.OPEN_START, g[1], Interval.OPEN, endText(g[1], s.unit()), false, false)
                    : new Interval(g[0], Days.OPEN_END, startText(g[0], s.unit()), Interval.OPEN, false, false);
        }
        long a = CalendarMath.plus(r, unit, sign * (long) s.min());
        long b = CalendarMath.plus(r, unit, sign * (long) s.max());
        f.notes.add(count(s) + (sign < 0 ? " before" : " after") + " " + f.day + ", to the "
                + granule(s.unit()).words(1) + (s.unit() == Unit.DECADE || s.unit() == Unit.CENTURY ? ", give or take one" : "")
                + ".");
        Interval result = granular(Math.min(a, b), Math.max(a, b), s.unit(), s.vague());
        if (s.unit() == Unit.DECADE || s.unit() == Unit.CENTURY) {
            // "two decades ago" is a round figure: a year either side.
            long first = CalendarMath.yearStart(CalendarMath.year(result.earliest()) - 1);
            long last = CalendarMath.yearEnd(CalendarMath.year(result.latest()) + 1);
            int y = CalendarMath.year(a);
            return result.earliest() == CalendarMath.yearStart(y) && result.latest() == CalendarMath.yearEnd(y)
                    ? Interval.single(first, last, CalendarMath.yearText(y) + "~")
                    : new Interval(first, last, CalendarMath.yearText(CalendarMath.year(first)) + "~",
                    CalendarMath.yearText(CalendarMath.year(last)) + "~", false, false);
        }
        return result;
    }

    /** Bounds from day a to day b widened to whole units (years for "years"), with their EDTF. */
    private static Interval granular(long a, long b, Unit unit, boolean vague) {
        Unit g = granule(unit);
        long[] ga = CalendarMath.granule(a, g);
        long[] gb = CalendarMath.granule(b, g);
        String first = CalendarMath.granuleText(a, g);
        String last = CalendarMath.granuleText(b, g);
        if (first.contains("/")) {
            first = first.substring(0, first.indexOf('/'));
        }
        if (last.contains("/")) {
            last = last.substring(last.indexOf('/') + 1);
        }
        if (vague) {
            first += "~";
            last += "~";
        }
        if (ga[0] == gb[0] && !CalendarMath.granuleText(a, g).contains("/")) {
            return Interval.single(ga[0], gb[1], first);
        }
        return new Interval(ga[0], gb[1], first, last, false, false);
    }

    /** The calendar unit a count of units is read to: "two years ago" is a year, "48 hours" days. */
    private static Unit granule(Unit unit) {
        return switch (unit) {
            case HOUR, DAY, WORKING_DAY -> Unit.DAY;
            case WEEKEND -> Unit.WEEK;
            case QUARTER, SEASON -> Unit.MONTH;
            case DECADE, CENTURY -> Unit.YEAR;
            default -> unit;
        };
    }

    /** The unit used to move by a count: working days stay working days, hours count as days. */
    private static Unit dayLevel(Unit unit) {
        return unit == Unit.HOUR ? Unit.DAY : unit == Unit.WEEKEND ? Unit.WEEK : unit;
    }

    /**
     * A day moved by a count of units. Hours move by whole days only as far as they make some:
     * the hour of the day is not known, so {@code n} hours from a day reach from the day
     * {@code floor(n/24)} away (an earliest bound) to the day {@code ceil(n/24)} away (a latest
     * bound) — "twelve hours later" is that day or the next, never twelve days on.
     */
    static long moved(long day, Unit unit, long n, boolean latest) {
        if (unit == Unit.HOUR) {
            return day + (latest ? Math.floorDiv(n + 23, 24) : Math.floorDiv(n, 24));
        }
        return CalendarMath.plus(day, dayLevel(unit), n);
    }

    private static String startText(long day, Unit unit) {
        String text = CalendarMath.granuleText(day, granule(unit));
        return text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
    }

    private static String endText(long day, Unit unit) {
        String text = CalendarMath.granuleText(day, granule(unit));
        return text.contains("/") ? text.substring(text.indexOf('/') + 1) : text;
    }

    /** "the past two years", "in recent months", "for the last 30 years": up to the article's date. */
    private Interval untilNow(Meaning.Stretch s, Frame f) {
        long r = reference(f, "up to the article's date");
        if (s.max() == Meaning.Stretch.OPEN) {
            f.notes.add("Open start: " + (s.vague() ? s.unit().words(2) + ", how many is not said"
                    : "at least " + s.min() + " " + s.unit().words(s.min()) + ", how many more is not said") + "; up to " + f.day + ".");
            return new Interval(Days.OPEN_START, r, Interval.OPEN, f.referenceText, false, true);
        }
        long start = s.unit() == Unit.HOUR ? r - (long) Math.ceil(s.max() / 24.0)
                : CalendarMath.plus(r, s.unit(), -(long) s.max());
        String startText;
        if (s.vague()) {
            Unit g = granule(s.unit());
            start = CalendarMath.granule(start, g)[0];
            startText = startText(start, s.unit()) + "~";
            f.notes.add(capital(s.unit().words(2)) + " without a count, read as up to " + s.max() + " "
                    + s.unit().words(s.max()) + " before " + f.day + ": a wide reading; the start is approximate.");
        } else {
            startText = CalendarMath.dayText(start);
            f.notes.add(count(s) + " up to " + f.day + ".");
        }
        return new Interval(start, r, startText, f.referenceText, false, true);
    }

    /**
     * "the previous three years": just before the previous phrase's time — whole years before a
     * phrase within one year ("in 2022 … the previous five years": 2017–2021), else to the day.
     * With no closed phrase before it (or a vague count), up to the article's date.
     */
    private Interval previous(Meaning.Stretch s, Frame f) {
        Interval a = f.antecedent;
        if (a == null || a.isOpenStart() || a.isOpenEnd() || s.max() == Meaning.Stretch.OPEN || s.unit() == Unit.HOUR) {
            return untilNow(s, f);
        }
        Unit unit = dayLevel(s.unit());
        long[] g = CalendarMath.granule(a.earliest(), granule(s.unit()));
        f.notes.add(capital(count(s)) + " before “" + f.antecedentPhrase + "”.");
        if (g[1] >= a.latest()) {
            long first = CalendarMath.plus(g[0], unit, -(long) s.max());
            return granular(first, g[0] - 1, s.unit(), s.vague());
        }
        long first = CalendarMath.plus(a.earliest(), unit, -(long) s.max());
        return Interval.days(first, a.earliest() - 1);
    }

    /** "the next two years", "in the coming weeks": from the article's date on. */
    private Interval fromNowOn(Meaning.Stretch s, Frame f) {
        long r = reference(f, "from the article's date on");
        if (s.max() == Meaning.Stretch.OPEN) {
            f.notes.add(s.vague() ? "Open end: how long is not said."
                    : "Open end: at least " + s.min() + " " + s.unit().words(s.min()) + ", how much longer is not said.");
            return new Interval(r, Days.OPEN_END, f.referenceText, Interval.OPEN, true, false);
        }
        long end = s.unit() == Unit.HOUR ? r + (long) Math.ceil(s.max() / 24.0)
                : CalendarMath.plus(r, s.unit(), s.max());
        String endText;
        if (s.vague()) {
            end = CalendarMath.granule(end, granule(s.unit()))[1];
            endText = endText(end, s.unit()) + "~";
            f.notes.add("“Coming " + s.unit().words(2) + "” read as up to " + s.max() + " " + s.unit().words(s.max())
                    + " after " + f.day + ": a wide reading; the end is approximate.");
        } else {
            endText = CalendarMath.dayText(end);
            f.notes.add(count(s) + " from " + f.day + ".");
        }
        return new Interval(r, end, f.referenceText, endText, true, false);
    }

    /**
     * "jailed for six years": the term runs from when it was given, a time earlier in the clause
     * ("In 1990 he was jailed for six years") or else the article's date; time served may differ.
     */
    private Interval term(Meaning.Stretch s, Frame f) {
        boolean fromClause = f.antecedentInClause && f.antecedent != null && !f.antecedent.isOpenStart()
                && !f.antecedent.isOpenEnd();
        long start = fromClause ? f.antecedent.earliest() : reference(f, "a term given about the article's date");
        String from = fromClause ? "“" + f.antecedentPhrase + "”" : f.day;
        if (s.max() == Meaning.Stretch.OPEN) {
            f.notes.add("A term given at " + from + "; how long is not said.");
            return new Interval(start, Days.OPEN_END, CalendarMath.dayText(start), Interval.OPEN, !fromClause, false);
        }
        long end = moved(fromClause ? f.antecedent.latest() : start, s.unit(), s.max(), true);
        f.notes.add("A term (" + count(s) + ") that runs from when it was given, " + from
                + "; the time actually served or spent may differ.");
        return new Interval(start, end, fromClause ? f.antecedent.startText() : f.referenceText, CalendarMath.dayText(end),
                !fromClause, false);
    }

    /** "for two years" in a past clause: how long, not when; it ended by the article's date. */
    private Interval howLong(Meaning.Stretch s, Frame f) {
        long r = reference(f, "it ended by the article's date");
        f.notes.add("A duration (" + count(s) + "), not a date: in a " + f.tense.describe()
                + " clause it ended by " + f.day + "; when it began is not said.");
        return new Interval(Days.OPEN_START, r, Interval.OPEN, f.referenceText, false, true);
    }

    /** "within twenty working days": from the article's date to at most that many days after. */
    private Interval within(Meaning.Stretch s, Frame f) {
        // "Crews arrived within hours" follows the time told before it; from another paragraph on,
        // a past "within" is more often reported plans ("he said he expected a reply within two
        // weeks"), counted from the article's date.
        if ((f.tense.isPast() && f.antecedentInParagraph || s.anchor() == Meaning.Anchor.WITHIN_OF) && f.antecedent != null) {
            return withinOf(s, f.antecedent, "A past clause: within " + count(s) + " of “" + f.antecedentPhrase + "”.", f);
        }
        long r = reference(f, "counted from the article's date");
        long end = s.unit() == Unit.HOUR ? r + (long) Math.ceil(s.max() / 24.0)
                : CalendarMath.plus(r, dayLevel(s.unit()), s.max());
        if (s.unit() == Unit.WORKING_DAY) {
            f.notes.add("Working days are Monday to Friday; public holidays are not known and would add days.");
        }
        String endText = CalendarMath.dayText(end);
        if (s.vague()) {
            end = CalendarMath.granule(end, granule(s.unit()))[1];
            endText = endText(end, s.unit()) + "~";
            f.notes.add("“Within " + s.unit().words(2) + "” read as up to " + s.max() + ": a wide reading.");
        } else {
            f.notes.add("At most " + count(s) + " after " + f.day + ".");
        }
        return new Interval(r, end, f.referenceText, endText, true, false);
    }

    /** "within six weeks of that", "within two weeks of the election day": from a time to at most that long after it. */
    private static Interval withinOf(Meaning.Stretch s, Interval a, String note, Frame f) {
        long end = moved(a.latest(), s.unit(), s.max(), true);
        f.notes.add(note);
        return new Interval(a.earliest(), end, a.startText(), CalendarMath.dayText(end), a.startIsReference(), false);
    }

    private Interval vague(Meaning.Vague v, Frame f) {
        long r = reference(f, "relative to the article's date");
        return switch (v.kind()) {
            case SOON, FUTURE -> {
                f.notes.add("“" + v.words() + "”: after " + f.day + "; "
                        + (v.kind() == Meaning.Vagueness.SOON ? "how soon" : "when") + " is not said, so the end is open.");
                yield new Interval(r, Days.OPEN_END, f.referenceText, Interval.OPEN, true, false);
            }
            case PAST -> {
                f.notes.add("“" + v.words() + "”: before " + f.day + "; when is not said.");
                yield new Interval(Days.OPEN_START, r, Interval.OPEN, f.referenceText, false, true);
            }
            case RECENT -> {
                LocalDate d = CalendarMath.date(CalendarMath.plus(r, Unit.MONTH, -6));
                long start = CalendarMath.monthStart(d.getYear(), d.getMonthValue());
                f.notes.add("“" + v.words() + "” read as within about six months before " + f.day + ": a wide "
                        + "reading; the start is approximate.");
                yield new Interval(start, r, CalendarMath.monthText(d.getYear(), d.getMonthValue()) + "~", f.referenceText,
                        false, true);
            }
        };
    }

    // ----- referring back -------------------------------------------------------------------------

    private static Interval antecedent(Frame f) {
        if (f.antecedent == null) {
            throw new Unresolved("Refers back to an earlier time, but no dated phrase comes before it.", null);
        }
        if (f.antecedent.latest() - f.antecedent.earliest() > 366) {
            throw new Unresolved("Refers back to “" + f.antecedentPhrase + "”, which spans more than a year: "
                    + "the text does not pin down the time it counts from.", null);
        }
        return f.antecedent;
    }

    private Interval anaphor(Meaning.Anaphor a, Frame f) {
        Interval before = antecedent(f);
        if (before.isOpenStart() || before.isOpenEnd()) {
            throw new Unresolved("Refers back to “" + f.antecedentPhrase + "”, which has an open end.", null);
        }
        if (a.unit() == null) {
            f.notes.add("Refers back to “" + f.antecedentPhrase + "”.");
            return before;
        }
        Unit unit = dayLevel(a.unit());
        if (a.offset() == 0) {
            long[] g = CalendarMath.granule(before.earliest(), granule(a.unit()));
            if (g[0] <= before.earliest() && g[1] >= before.latest()) {
                f.notes.add("The " + a.unit().words(1) + " of “" + f.antecedentPhrase + "”.");
                return granular(before.earliest(), before.earliest(), a.unit(), false);
            }
            // "that night" after "in February 2023": some day of it, which one is not said
            f.notes.add("A " + a.unit().words(1) + " within “" + f.antecedentPhrase + "”; which one is not said.");
            return before;
        }
        long first = CalendarMath.plus(before.earliest(), unit, a.offset());
        long last = CalendarMath.plus(before.latest(), unit, a.offset());
        f.notes.add("The " + a.unit().words(1) + (a.offset() > 0 ? " after" : " before") + " “" + f.antecedentPhrase + "”.");
        return granular(first, last, a.unit(), false);
    }

    /** "in the new year": early in the coming year (its first third), or in this one's start in its first half. */
    private Interval newYear(Frame f) {
        long r = reference(f, "the new year is read from the article's date");
        LocalDate d = CalendarMath.date(r);
        int year = d.getMonthValue() >= 7 ? d.getYear() + 1 : d.getYear();
        long[] part = CalendarMath.portion(CalendarMath.yearStart(year), CalendarMath.yearEnd(year), Meaning.Portion.EARLY);
        f.notes.add("“The new year”: early " + year + " (" + Words.days(part[0], part[1]) + "), as “early " + year + "”.");
        return new Interval(part[0], part[1], CalendarMath.yearText(year), CalendarMath.yearText(year), false, false);
    }

    private static final String[] SEASON_NAMES = {"", "spring", "summer", "autumn", "winter"};

    private Interval seasonAnaphor(Meaning.SeasonAnaphor sa, Frame f) {
        if (f.antecedent == null || f.antecedent.isOpenStart() || f.antecedent.isOpenEnd()) {
            throw new Unresolved("Refers back to an earlier time, but no dated phrase with known ends comes before it.", null);
        }
        Interval a = f.antecedent;
        int year = CalendarMath.year(a.earliest());
        long[] b;
        if (sa.following()) {
            // The first such season that begins after the earlier phrase ends.
            year--;
            do {
                year++;
                b = CalendarMath.season(year, sa.season());
            } while (b[0] <= a.latest());
            f.notes.add("The first " + SEASON_NAMES[sa.season()] + " after “" + f.antecedentPhrase + "”.");
        } else {
            // The one holding the earlier phrase ("in January 1963 … that winter"), else that year's.
            b = CalendarMath.season(year - 1, sa.season());
            if (b[0] > a.earliest() || b[1] < a.latest()) {
                b = CalendarMath.season(year, sa.season());
            } else {
                year--;
            }
            f.notes.add("The " + SEASON_NAMES[sa.season()] + " of “" + f.antecedentPhrase + "”.");
        }
        f.notes.add("Seasons are the astronomical ones EDTF uses (" + Words.days(b[0], b[1]) + ").");
        return Interval.single(b[0], b[1], CalendarMath.seasonText(year, sa.season()));
    }

    // ----- built from other meanings ---------------------------------------------------------------------

    private Interval part(Meaning.Part p, Frame f) {
        Interval base = resolve(p.base(), f);
        if (base.isOpenStart() || base.isOpenEnd()) {
            return base;
        }
        if (p.base() instanceof Meaning.UnnamedSeason) {
            // the bounds are a wide reading, not the season itself: a third of them says nothing of its start or end
            f.notes.add("The season's months are unknown: its part is not narrowed.");
            return base;
        }
        long[] sub = CalendarMath.portion(base.earliest(), base.latest(), p.portion());
        String word = switch (p.portion()) {
            case EARLY -> "early";
            case MID -> "mid";
            case LATE -> "late";
            case START -> "the start of";
            case END -> "the end of";
        };
        String share = switch (p.portion()) {
            case EARLY -> "first third";
            case MID -> "middle third";
            case LATE -> "last third";
            case START -> base.latest() - base.earliest() > 100 ? "first sixth" : "first third";
            case END -> base.latest() - base.earliest() > 100 ? "last sixth" : "last third";
        };
        long days = base.latest() - base.earliest() + 1;
        boolean months = days >= 60 && days <= 100;
        f.notes.add("EDTF cannot say “" + word + "”: the EDTF is the whole " + base.edtf() + ", the bounds its " + share
                + (months ? " in whole months" : "") + " (" + Words.days(sub[0], sub[1]) + ").");
        return base.withBounds(sub[0], sub[1]);
    }

    private Interval firstLast(Meaning.FirstLast fl, Frame f) {
        Interval base = resolve(fl.base(), f);
        if (base.isOpenStart() || base.isOpenEnd()) {
            return base;
        }
        long first;
        long last;
        if (fl.first()) {
            first = base.earliest();
            last = Math.min(base.latest(), moved(first, fl.unit(), fl.count(), true) - 1);
        } else {
            last = base.latest();
            first = Math.max(base.earliest(), moved(last + 1, fl.unit(), -fl.count(), false));
        }
        if (fl.unit() == Unit.MONTH || fl.unit() == Unit.YEAR) {
            return granular(first, last, fl.unit(), false);
        }
        return Interval.days(first, last);
    }

    private Interval range(Meaning.Range range, Frame f) {
        Meaning from = range.from();
        Meaning to = range.to();
        Interval end = resolve(to, f);
        Interval start;
        Integer year = Meaning.yearless(from) && Meaning.yearless(to) && !end.isOpenStart() ? CalendarMath.year(end.earliest()) : null;
        if (year != null) {
            start = resolve(Meaning.withYear(from, year), f);
            if (start.earliest() > end.latest()) {
                start = resolve(Meaning.withYear(from, year - 1), f);
            }
        } else {
            start = resolve(from, f);
        }
        if (start.earliest() > end.latest() && !start.isOpenStart() && !end.isOpenEnd()) {
            f.notes.add("The range's ends are in reverse order: the bounds hold both.");
            return new Interval(end.earliest(), start.latest(), end.startText(), start.endText(), end.startIsReference(),
                    start.endIsReference());
        }
        return Interval.span(start, end);
    }

    private Interval related(Meaning.Related rel, Frame f) {
        Meaning.Relation kind = rel.relation();
        // "since March": the March before; the clause's own tense may be present perfect.
        // "will not launch before the spring": the spring still to come, unless the clause looks back.
        // "has suspended services until Tuesday": what has been done holds until a time still to come
        Frame baseFrame = kind == Meaning.Relation.SINCE ? f.withTense(new Tense(Tense.Kind.PAST, "since"))
                : kind == Meaning.Relation.NOT_BEFORE && !f.tense.looksBack() ? f.withTense(new Tense(Tense.Kind.FUTURE, "not before"))
                : kind == Meaning.Relation.UNTIL && f.tense.kind() == Tense.Kind.PERFECT
                ? f.withTense(new Tense(Tense.Kind.FUTURE, f.tense.word() + " … until"))
                : f;
        Interval base = resolve(rel.base(), baseFrame);
        f.usedReference |= baseFrame.usedReference;
        switch (kind) {
            case SINCE -> {
                long r = reference(f, "“since” runs up to the article's date");
                f.notes.add("From the start of " + words(base) + " up to " + f.day + ".");
                return new Interval(base.earliest(), Math.max(r, base.earliest()), base.startText(), f.referenceText,
                        base.startIsReference(), true);
            }
            case UNTIL -> {
                // "Her term runs until 2027, the board said": the saying is past, the time still runs.
                if ((!f.tense.looksBack() || f.tense.reported()) && f.hasReference && base.latest() >= f.reference) {
                    long r = reference(f, "from the article's date");
                    f.notes.add("From " + f.day + " until the end of " + words(base) + ".");
                    return new Interval(r, base.latest(), f.referenceText, base.endText(), true, base.endIsReference());
                }
                f.notes.add("Until the end of " + words(base) + "; when it began is not said.");
                return new Interval(Days.OPEN_START, base.latest(), Interval.UNKNOWN, base.endText(), false,
                        base.endIsReference());
            }
            case BEFORE -> {
                if (base.isOpenStart()) {
                    return base;
                }
                // "would meet them again before Christmas": still to come, from the article's date. A
                // past clause ("was meant to … before 2031") speaks of an old plan: its start stays open.
                if (!f.tense.isPast() && f.hasReference && base.earliest() > f.reference) {
                    long r = reference(f, "from the article's date");
                    f.notes.add("Still to come: from " + f.day + " to before " + words(base) + ".");
                    return new Interval(r, Math.max(r, base.earliest() - 1), f.referenceText,
                            CalendarMath.textOfDayBefore(base.earliest()), true, false);
                }
                f.notes.add("Open start: any time before " + words(base) + ".");
                return new Interval(Days.OPEN_START, base.earliest() - 1, Interval.OPEN,
                        CalendarMath.textOfDayBefore(base.earliest()), false, false);
            }
            case AFTER -> {
                if (base.isOpenEnd()) {
                    return base;
                }
                String start = CalendarMath.textOfDayAfter(base.latest());
                if (f.tense.looksBack() && f.hasReference && base.latest() < f.reference) {
                    long r = reference(f, "a past clause ends by the article's date");
                    f.notes.add("After " + words(base) + " and, in a " + f.tense.describe() + " clause, by " + f.day + ".");
                    return new Interval(base.latest() + 1, Math.max(r, base.latest() + 1), start, f.referenceText, false, true);
                }
                f.notes.add("Open end: any time after " + words(base) + ".");
                return new Interval(base.latest() + 1, Days.OPEN_END, start, Interval.OPEN, false, false);
            }
            case NOT_BEFORE -> {
                if (base.isOpenEnd()) {
                    return base;
                }
                if (f.tense.looksBack() && f.hasReference && base.earliest() <= f.reference) {
                    long r = reference(f, "a past clause ends by the article's date");
                    f.notes.add("Not before " + words(base) + " and, in a " + f.tense.describe() + " clause, by " + f.day + ".");
                    return new Interval(base.earliest(), Math.max(r, base.earliest()), base.startText(), f.referenceText,
                            base.startIsReference(), true);
                }
                f.notes.add("Not before " + words(base) + ": from its start on; the end is not said.");
                return new Interval(base.earliest(), Days.OPEN_END, base.startText(), Interval.OPEN,
                        base.startIsReference(), false);
            }
            case BY -> {
                if (!f.tense.isPast() && f.hasReference && base.latest() >= f.reference) {
                    long r = reference(f, "from the article's date");
                    f.notes.add("A deadline: from " + f.day + " to the end of " + words(base) + " at the latest.");
                    return new Interval(r, base.latest(), f.referenceText, base.endText(), true, base.endIsReference());
                }
                f.notes.add("By the end of " + words(base) + " at the latest; when is not said.");
                return new Interval(Days.OPEN_START, base.latest(), Interval.UNKNOWN, base.endText(), false,
                        base.endIsReference());
            }
            case FROM -> {
                if (!f.tense.isFuture() && f.hasReference && base.earliest() <= f.reference
                        && f.tense.kind() != Tense.Kind.UNKNOWN) {
                    long r = reference(f, "up to the article's date");
                    f.notes.add("From " + words(base) + " up to " + f.day + ".");
                    return new Interval(base.earliest(), r, base.startText(), f.referenceText, base.startIsReference(), true);
                }
                f.notes.add("From " + words(base) + " on; the end is not said.");
                return new Interval(base.earliest(), Days.OPEN_END, base.startText(), Interval.OPEN,
                        base.startIsReference(), false);
            }
            default -> {
                return base;
            }
        }
    }

    // ----- words ---------------------------------------------------------------------------------

    private static String count(Meaning.Stretch s) {
        if (s.min() == s.max()) {
            return s.min() + " " + s.unit().words(s.min());
        }
        if (s.max() == Meaning.Stretch.OPEN) {
            return s.unit().words(2);
        }
        return s.min() + " to " + s.max() + " " + s.unit().words(2);
    }

    /** An EDTF value with a qualifier added ("2001-04" → "2001-04~"; "2001-04~" and "?" → "2001-04%"). */
    private static String qualified(String edtf, char qualifier) {
        if (edtf.isEmpty() || edtf.equals(Interval.OPEN)) {
            return edtf;
        }
        char last = edtf.charAt(edtf.length() - 1);
        if (last == qualifier || last == '%') {
            return edtf;
        }
        if (last == '~' || last == '?') {
            return edtf.substring(0, edtf.length() - 1) + '%';
        }
        return edtf + qualifier;
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A span in words for notes: "21–27 February 2011", or its EDTF when it has an open end. */
    private static String words(Interval i) {
        return i.isOpenStart() || i.isOpenEnd() ? i.edtf() : Words.days(i.earliest(), i.latest());
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String suffix(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
