package org.sourceline.timephrase;

import java.util.Set;

/**
 * Whole phrases built around a calendar or relative core: a preposition that belongs to the
 * meaning ("in", "on", "during"), relations ("since 2019", "before last summer", "by year
 * end", "until last week"), ranges ("from 2001 to 2003", "between March and May", "March–May
 * 2022"), durations ("for decades", "within twenty working days", "in two weeks"), parts
 * ("late 2022", "the end of the month", "in the late fall of 2022") and edges ("the first two
 * days of 2023").
 */
final class SpanPatterns {
    /**
     * Words a phrase can start with that carry time themselves (month and weekday names, "today",
     * "last", ordinals, counts, units…); with these, a number or a date-like word may start one.
     */
    private static final Set<String> CONTENT_STARTS = Set.of("today", "tonight", "yesterday", "tomorrow", "now", "then",
            "currently", "nowadays", "presently", "recently", "lately", "soon", "shortly", "eventually", "this", "last",
            "next", "past", "previous", "following", "coming", "recent", "earlier", "later", "early", "late", "mid",
            "year", "month", "possibly", "perhaps", "probably", "maybe", "about", "around", "circa", "approximately",
            "roughly", "c", "ca", "fiscal", "financial", "fy", "overnight", "midweek", "interwar", "inter", "wars", "turn", "eve", "run", "lead", "build", "nearly", "almost", "starting", "beginning", "christmas", "new", "valentine", "halloween", "thanksgiving", "election",
            "fourth", "black", "good", "morning", "afternoon", "evening", "night",
            "easter", "boxing", "ad", "q", "h", "first", "opening", "final", "closing", "end", "start", "middle", "close",
            "few", "several", "some", "many", "couple", "dozen", "'", "’", "same",
            // second or third words of fixed phrases: "in due course", "at present", "for the time being",
            // "before long", "to date", "in the (near) future", "so far"
            "due", "present", "moment", "time", "long", "date", "future", "near", "far", "period");
    /** Words that start a phrase only when what follows can ("in 2022", "the 1990s", "a year ago"). */
    private static final Set<String> LEADING = Set.of("in", "into", "on", "at", "during", "throughout", "over", "for", "within",
            "since", "until", "till", "til", "through", "thru", "before", "after", "by", "from", "between", "the", "a",
            "an", "one", "that", "as", "to", "up", "so", "thus", "right", "these", "prior", "no", "not", "than");

    private final Tokens t;
    private final Quantities quantities;
    private final CalendarPatterns calendar;
    private final RelativePatterns relative;
    private final FiscalYears fiscalYears;
    /** Per token: whether any pattern could start there (most tokens are skipped at once). */
    private final boolean[] mayStart;

    SpanPatterns(Tokens t) {
        this.t = t;
        this.quantities = new Quantities(t);
        this.calendar = new CalendarPatterns(t, quantities);
        this.relative = new RelativePatterns(t, quantities, calendar);
        this.fiscalYears = new FiscalYears(t);
        this.mayStart = new boolean[t.size + 2];
        for (int i = t.size - 1; i >= 0; i--) {
            mayStart[i] = computeMayStart(i);
        }
    }

    /** True when a phrase may start at token i; false means no pattern can match there. */
    boolean mayStart(int i) {
        return i >= 0 && i < t.size && mayStart[i];
    }

    private boolean computeMayStart(int i) {
        if (t.isNumber(i)) {
            return true;
        }
        String w = t.lower(i);
        if (CONTENT_STARTS.contains(w) || Lexicon.month(w) > 0 || Lexicon.weekday(w) != null || Lexicon.season(w) > 0
                || Lexicon.unit(w) != null || w.startsWith("fortnight") || Lexicon.numberWord(w) >= 0 || Lexicon.ordinalWord(w) > 0
                || Lexicon.decadeWord(w) > 0) {
            return true;
        }
        if (!LEADING.contains(w)) {
            return false;
        }
        // A leading word starts a phrase only before a word that can: look two ahead ("up to now",
        // "prior to 2020", "in the 1990s").
        return mayStart[i + 1] || i + 2 < t.size && mayStart[i + 2] && t.isWord(i + 1);
    }

    /** The longest time phrase starting at token i, or null. */
    Parse phrase(int i) {
        Parse best = core(i);
        String w = t.lower(i);
        if (w != null) {
            switch (w) {
                case "in", "into" -> {
                    if (t.is(i + 1, "the") && t.is(i + 2, "new") && t.is(i + 3, "year") && !t.isCapitalized(i + 3)) {
                        best = Parse.longer(best, new Parse(i + 4, new Meaning.NewYear()));
                    }
                    if (w.equals("into")) {
                        break;
                    }
                    best = Parse.longer(best, wrapped(i + 1));
                    best = Parse.longer(best, inDuration(i));
                }
                case "on", "at", "during", "throughout", "around" -> best = Parse.longer(best, wrapped(i + 1));
                case "over" -> {
                    best = Parse.longer(best, wrapped(i + 1));
                    Parse period = christmasPeriod(i + 1);
                    best = period != null ? period : best;
                    best = Parse.longer(best, overTheYears(i));
                }
                case "for" -> best = Parse.longer(best, TERM_VERBS.contains(String.valueOf(t.lower(i - 1)))
                        ? asTerm(forDuration(i)) : forDuration(i));
                case "within" -> best = Parse.longer(best, within(i));
                case "since" -> {
                    best = Parse.longer(best, related(i + 1, Meaning.Relation.SINCE));
                    // "since then": from the time of the previous phrase.
                    if (t.is(i + 1, "then")) {
                        best = Parse.longer(best, new Parse(i + 2, new Meaning.Related(Meaning.Relation.SINCE,
                                new Meaning.Anaphor(null, 0))));
                    }
                }
                // "until at least Tuesday": until then, maybe longer (the end is the one given)
                case "until", "till", "til" -> best = Parse.longer(best, related(t.is(i + 1, "at") && t.is(i + 2, "least")
                        ? i + 3 : i + 1, negated(i) ? Meaning.Relation.NOT_BEFORE : Meaning.Relation.UNTIL));
                case "through", "thru" -> best = Parse.longer(best, through(i));
                case "up" -> {
                    if (t.isAny(i + 1, "to", "until", "till")) {
                        best = Parse.longer(best, related(i + 2, Meaning.Relation.UNTIL));
                    }
                }
                // "before the end of January" is "by the end of January": up to its last day, not
                // before the end's first day
                case "before" -> best = Parse.longer(best, related(i + 1, negated(i) ? Meaning.Relation.NOT_BEFORE
                        : t.is(i + 1, "the") && t.is(i + 2, "end") && t.is(i + 3, "of") ? Meaning.Relation.BY
                        : Meaning.Relation.BEFORE));
                case "prior" -> {
                    if (t.is(i + 1, "to")) {
                        best = Parse.longer(best, related(i + 2, Meaning.Relation.BEFORE));
                    }
                }
                case "after" -> best = Parse.longer(best, related(i + 1, Meaning.Relation.AFTER));
                case "no", "not" -> {
                    if (t.is(i + 1, "later") && t.is(i + 2, "than")) {
                        best = Parse.longer(best, related(i + 3, Meaning.Relation.BY));
                    } else if (t.is(i + 1, "earlier") && t.is(i + 2, "than")) {
                        best = Parse.longer(best, related(i + 3, Meaning.Relation.FROM));
                    }
                }
                case "by" -> {
                    // "by now": the present the text is written in.
                    if (t.is(i + 1, "now")) {
                        best = Parse.longer(best, new Parse(i + 2, new Meaning.Present("by now")));
                    } else {
                        best = Parse.longer(best, related(i + 1, Meaning.Relation.BY));
                    }
                }
                case "as" -> {
                    if (t.is(i + 1, "of")) {
                        best = Parse.longer(best, related(i + 2, Meaning.Relation.AS_OF));
                    }
                }
                case "from" -> best = Parse.longer(best, fromTo(i));
                case "starting", "beginning" -> {
                    int k = t.isAny(i + 1, "in", "on", "from", "at") ? i + 2 : i + 1;
                    if (k > i + 1) {
                        best = Parse.longer(best, related(k, Meaning.Relation.FROM));
                    }
                }
                case "possibly", "perhaps", "probably", "maybe" -> {
                    Parse hedged = phrase(i + 1);
                    if (hedged != null && isPoint(hedged.meaning())) {
                        best = Parse.longer(best, new Parse(hedged.to(), new Meaning.Hedged(hedged.meaning(), w)));
                    }
                }
                case "between" -> best = Parse.longer(best, between(i));
                default -> {
                }
            }
        }
        best = Parse.longer(best, bareRange(i));
        best = Parse.longer(best, ofRelativeYear(best));
        return best;
    }

    /**
     * "in March last year", "on 5 May next year", "Easter this year", "the summer of last year": a
     * yearless time followed by a year said relative to the article's date takes that year; so
     * does the period told before ("up from 120,000 in the same period last year").
     */
    private Parse ofRelativeYear(Parse p) {
        // "in the same period last year": the period told before, moved to that year
        boolean samePeriod = p != null && p.meaning() instanceof Meaning.Anaphor a && a.unit() == null;
        if (p == null || !Meaning.yearless(p.meaning()) && !samePeriod) {
            return null;
        }
        int k = t.is(p.to(), "of") ? p.to() + 1 : p.to();
        Parse year = relative.parse(k);
        if (year == null || !(year.meaning() instanceof Meaning.UnitOffset u) || u.unit() != Unit.YEAR) {
            return null;
        }
        return new Parse(year.to(), new Meaning.OfYear(p.meaning(), year.meaning()));
    }

    /** A calendar or relative phrase, a part of one, or an edge of one, at token i. */
    Parse core(int i) {
        Parse best = calendar.parse(i);
        if (t.isAny(i, "about", "around", "circa", "approximately", "roughly", "c", "ca")) {
            int k = t.isAny(i, "c", "ca") ? (t.is(i + 1, ".") && t.touches(i + 1) ? i + 2 : -1) : i + 1;
            Parse base = k < 0 ? null : calendar.parse(k);
            if (base != null && isApproximable(base.meaning())) {
                best = Parse.longer(best, new Parse(base.to(), new Meaning.About(base.meaning())));
            }
        }
        best = Parse.longer(best, relative.parse(i));
        best = Parse.longer(best, fiscalYears.parse(i));
        if (t.isAny(i, "about", "around", "approximately", "roughly", "some", "nearly", "almost")) {
            // "around 12,000 years ago", "some 30 years later": a round count, read as approximate
            Parse counted = relative.parse(i + 1);
            if (counted != null && counted.meaning() instanceof Meaning.Stretch s && !s.vague()
                    && (s.anchor() == Meaning.Anchor.AGO || s.anchor() == Meaning.Anchor.LATER
                    || s.anchor() == Meaning.Anchor.EARLIER || s.anchor() == Meaning.Anchor.FROM_NOW)) {
                best = Parse.longer(best, new Parse(counted.to(), new Meaning.Stretch(s.anchor(), s.unit(), s.min(),
                        s.max(), true)));
            }
        }
        String w = t.lower(i);
        if (w != null && !t.isNumber(i)) {
            best = Parse.longer(best, portion(i));
            best = Parse.longer(best, firstLast(i));
            best = Parse.longer(best, beside(i));
        }
        best = Parse.longer(best, countedFrom(i));
        best = Parse.longer(best, eveOrRunUp(i));
        return best;
    }

    /**
     * "two weeks before Christmas", "three days after Easter", "a week before the 2024 election",
     * "days after the attack": a count of units from a time or an event the phrase names.
     */
    private Parse countedFrom(int i) {
        Parse counted = relative.countedBeforeOrAfter(i);
        return counted == null ? null : fromTimeOrEvent(counted.to(), (Meaning.Stretch) counted.meaning());
    }

    /**
     * "on the eve of the election" (the day before), "in the run-up to Christmas" (up to six
     * weeks before: a wide reading of a vague stretch).
     */
    private Parse eveOrRunUp(int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        if (t.is(i + 1, "eve") && t.is(i + 2, "of")) {
            return fromTimeOrEvent(i + 3, new Meaning.Stretch(Meaning.Anchor.EARLIER, Unit.DAY, 1, 1, false));
        }
        if (t.isAny(i + 1, "run", "lead", "build") && t.is(i + 2, "-") && t.is(i + 3, "up") && t.is(i + 4, "to")) {
            return fromTimeOrEvent(i + 5, new Meaning.Stretch(Meaning.Anchor.EARLIER, Unit.DAY, 1, 42, true));
        }
        return null;
    }

    /** Words that open the name of an event a time is counted from ("the election", "his arrest"). */
    private static final String[] EVENT_DETERMINERS = {"the", "its", "their", "his", "her"};

    /** A stretch counted from the time (a holiday, a date, "the 2020 election") or the undated event at k. */
    private Parse fromTimeOrEvent(int k, Meaning.Stretch stretch) {
        Parse base = core(k);
        if (base == null && t.isAny(k, EVENT_DETERMINERS)) {
            base = calendar.year(k + 1); // "the 2020 election"
        }
        if (base != null && isPoint(base.meaning()) && !(base.meaning() instanceof Meaning.Anaphor)
                && !(base.meaning() instanceof Meaning.Present)) {
            // "the 2024 election": the year dates the event that follows it
            int to = base.meaning() instanceof Meaning.CalendarYear && Lexicon.isEvent(t.lower(base.to())) ? base.to() + 1
                    : base.to();
            return new Parse(to, new Meaning.CountedFrom(stretch, base.meaning()));
        }
        int event = eventEnd(k);
        if (event < 0) {
            return null;
        }
        String words = t.text.substring(t.start(k), t.end(event - 1));
        return new Parse(event, new Meaning.CountedFrom(stretch, new Meaning.Event("“" + words + "”")));
    }

    /** The end of "the election", "the general election", "its launch" at k (one modifier at most), or -1. */
    private int eventEnd(int k) {
        if (!t.isAny(k, EVENT_DETERMINERS)) {
            return -1;
        }
        if (Lexicon.isEvent(t.lower(k + 1))) {
            return k + 2;
        }
        return t.isWord(k + 1) && Lexicon.isEvent(t.lower(k + 2)) ? k + 3 : -1;
    }

    /**
     * "through 2025", "through March" (until its end); "through the 1970s", "through the summer"
     * (throughout it).
     */
    private Parse through(int i) {
        Parse c = core(i + 1);
        if (c != null && t.is(i + 1, "the") && (c.meaning() instanceof Meaning.Decade || c.meaning() instanceof Meaning.Century
                || c.meaning() instanceof Meaning.Season || c.meaning() instanceof Meaning.SeasonRef)) {
            return c;
        }
        return related(i + 1, Meaning.Relation.UNTIL);
    }

    private Parse wrapped(int i) {
        Parse c = core(i);
        return c == null ? null : new Parse(c.to(), c.meaning());
    }

    /**
     * True when the clause before token i is negated ("will not launch before", "could not finish
     * before", "is unlikely to hear the case before", "won't reach pay packets until"): looks back
     * to the clause's start, at most eight words.
     */
    private boolean negated(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            if (t.isAny(k, ",", ";", ".", ":", "?", "!", "—", "–") || t.lineBreakBefore(k + 1) && k + 1 < i) {
                return false;
            }
            if (t.isAny(k, "not", "never", "unlikely", "cannot") || t.is(k, "t") && t.isAny(k - 1, "'", "’")) {
                return true;
            }
        }
        return false;
    }

    private Parse related(int i, Meaning.Relation relation) {
        Parse base = core(i);
        if (base == null) {
            return null;
        }
        Meaning m = base.meaning();
        // "until now", "before long" and the like are whole phrases of their own.
        if (m instanceof Meaning.Vague || m instanceof Meaning.SoFar || m instanceof Meaning.Stretch s
                && s.anchor() != Meaning.Anchor.AGO && s.anchor() != Meaning.Anchor.FROM_NOW) {
            return null;
        }
        if (relation == Meaning.Relation.UNTIL && m instanceof Meaning.Present) {
            return new Parse(base.to(), new Meaning.SoFar(null));
        }
        return new Parse(base.to(), new Meaning.Related(relation, m));
    }

    /** "in two weeks" (ahead), "in years" (up to now: "the first time in years"), "in twenty working days". */
    private Parse inDuration(int i) {
        Parse d = relative.duration(i + 1);
        if (d == null) {
            return null;
        }
        Meaning.Stretch s = (Meaning.Stretch) d.meaning();
        int end = d.to();
        if (t.isAny(end, "'", "’") && t.is(end + 1, "time")) {
            end += 2;
        } else if (t.is(end, "time")) {
            end++;
        }
        if (quantities.unit(i + 1) != null) {
            // No count: "the first time in years" looks back.
            return new Parse(end, RelativePatterns.vagueSpan(Meaning.Anchor.UNTIL_NOW, s.unit()));
        }
        return new Parse(end, new Meaning.Stretch(Meaning.Anchor.FROM_NOW, s.unit(), s.min(), s.max(), s.vague()));
    }

    /** Verbs after which "for six years" is a term given then ("jailed for six years"), not how long something went on. */
    private static final Set<String> TERM_VERBS = Set.of("jailed", "sentenced", "imprisoned", "banned", "suspended",
            "barred", "disqualified", "detained", "exiled", "elected", "appointed", "grounded", "sidelined");

    /** A plain count of units after a term verb as a {@link Meaning.Anchor#TERM}; other readings unchanged. */
    private static Parse asTerm(Parse duration) {
        if (duration != null && duration.meaning() instanceof Meaning.Stretch s && s.anchor() == Meaning.Anchor.FOR) {
            return new Parse(duration.to(), new Meaning.Stretch(Meaning.Anchor.TERM, s.unit(), s.min(), s.max(), s.vague()));
        }
        return duration;
    }

    /** "for decades", "for two years", "for the last 30 years", "for decades until 1985", "for at least six months". */
    private Parse forDuration(int i) {
        if (t.isAny(i + 1, "nearly", "almost", "about", "around", "roughly", "some", "approximately")) {
            // "for nearly four decades": about that long, a wide reading
            Parse d = relative.duration(i + 2);
            if (d != null && d.meaning() instanceof Meaning.Stretch s) {
                return new Parse(d.to(), new Meaning.Stretch(s.anchor(), s.unit(), s.min(), s.max(), true));
            }
        }
        boolean atLeast = t.is(i + 1, "at") && t.is(i + 2, "least");
        boolean moreThan = t.is(i + 1, "more") && t.is(i + 2, "than") || t.is(i + 1, "over") && quantities.count(i + 2) != null;
        if (atLeast || moreThan) {
            // "for at least six months", "for more than three years", "for over a decade": a lower bound
            // only; how much longer is not said
            Parse d = relative.duration(moreThan && t.is(i + 1, "over") ? i + 2 : i + 3);
            return d == null ? null : new Parse(d.to(), new Meaning.Stretch(Meaning.Anchor.FOR,
                    ((Meaning.Stretch) d.meaning()).unit(), ((Meaning.Stretch) d.meaning()).min(), Meaning.Stretch.OPEN, false));
        }
        Parse d = relative.duration(i + 1);
        if (d != null && t.isAny(d.to(), "until", "till", "through")) {
            Parse end = core(d.to() + 1);
            if (end != null && isPoint(end.meaning())) {
                return new Parse(end.to(), new Meaning.ForUntil((Meaning.Stretch) d.meaning(), end.meaning()));
            }
        }
        Parse c = core(i + 1);
        if (c != null && c.meaning() instanceof Meaning.Stretch s
                && (s.anchor() == Meaning.Anchor.UNTIL_NOW || s.anchor() == Meaning.Anchor.PREVIOUS)) {
            d = Parse.longer(d, c);
        }
        return d;
    }

    /** "within twenty working days", "within a year", "within the next two weeks", "within days". */
    private Parse within(int i) {
        Parse c = core(i + 1);
        if (c != null && c.meaning() instanceof Meaning.Stretch s && s.anchor() == Meaning.Anchor.FROM_NOW_ON) {
            return c;
        }
        Parse d = relative.duration(i + 1);
        if (d == null) {
            return null;
        }
        Meaning.Stretch s = (Meaning.Stretch) d.meaning();
        if (quantities.unit(i + 1) != null) {
            s = RelativePatterns.vagueSpan(Meaning.Anchor.WITHIN, s.unit());
        }
        // "within hours on Sunday night": when is the time named; "within two weeks of the
        // election day": at most that long after it
        if (t.isAny(d.to(), "on", "of")) {
            Parse base = core(d.to() + 1);
            if (base != null && isPoint(base.meaning()) && !(base.meaning() instanceof Meaning.Anaphor)) {
                return new Parse(base.to(), t.is(d.to(), "on") ? base.meaning() : new Meaning.CountedFrom(
                        new Meaning.Stretch(Meaning.Anchor.WITHIN_OF, s.unit(), s.min(), s.max(), s.vague()), base.meaning()));
            }
        }
        if (quantities.unit(i + 1) != null) {
            return new Parse(d.to(), s);
        }
        // "within six weeks of that.": counted from the previous phrase's time.
        if (t.is(d.to(), "of") && t.isAny(d.to() + 1, "that", "then") && !t.isWord(d.to() + 2) && !t.isNumber(d.to() + 2)) {
            return new Parse(d.to() + 2, new Meaning.Stretch(Meaning.Anchor.WITHIN_OF, s.unit(), s.min(), s.max(), s.vague()));
        }
        return new Parse(d.to(), new Meaning.Stretch(Meaning.Anchor.WITHIN, s.unit(), s.min(), s.max(), s.vague()));
    }

    /** "(over) Christmas" as a stretch: Christmas Eve to Boxing Day. */
    private Parse christmasPeriod(int k) {
        Parse c = core(k);
        if (c != null && c.meaning() instanceof Meaning.Holiday h && h.name().equals("Christmas")) {
            return new Parse(c.to(), new Meaning.Holiday("the Christmas period", h.year()));
        }
        return null;
    }

    /** "over the years": a long while up to now. */
    private Parse overTheYears(int i) {
        if (t.is(i + 1, "the") && t.isAny(i + 2, "years", "decades", "centuries") && !t.isAny(i + 3, "of", "to", "that")) {
            return new Parse(i + 3, new Meaning.SoFar(null));
        }
        return null;
    }

    /** "from 2001 to 2003", "from March until May 2022", "from next month" (a start). */
    private Parse fromTo(int i) {
        Parse x = core(i + 1);
        if (x == null || x.meaning() instanceof Meaning.Stretch || x.meaning() instanceof Meaning.Vague) {
            return null;
        }
        if (x.meaning() instanceof Meaning.Range) {
            return x;
        }
        int j = x.to();
        if (t.isAny(j, "to", "until", "till", "through", "thru", "-", "–", "—")) {
            Parse y = core(j + 1);
            if (y != null && isPoint(y.meaning())) {
                return new Parse(y.to(), range(x.meaning(), y.meaning()));
            }
        }
        if (x.meaning() instanceof Meaning.Present && t.is(j, "on")) {
            return new Parse(j + 1, new Meaning.Related(Meaning.Relation.FROM, x.meaning()));
        }
        if (ORIGIN_NOUNS.contains(String.valueOf(t.lower(i - 1))) && !t.isAny(j, "on", "onward", "onwards")) {
            // "letters from the 1890s", "footage from 2005": where the thing comes from, not a start
            return new Parse(j, x.meaning());
        }
        return new Parse(j, new Meaning.Related(Meaning.Relation.FROM, x.meaning()));
    }

    /** Things that come from a time ("letters from the 1890s"): "from" after them names that time, not a start. */
    private static final Set<String> ORIGIN_NOUNS = Set.of("letter", "letters", "photo", "photos", "photograph",
            "photographs", "picture", "pictures", "image", "images", "footage", "film", "films", "recording",
            "recordings", "record", "records", "document", "documents", "data", "figures", "statistics", "paper",
            "papers", "diary", "diaries", "notes", "notebook", "notebooks", "page", "pages", "entry", "entries", "map", "maps", "account", "accounts", "report", "reports", "archive",
            "archives", "coin", "coins", "remains", "fossil", "fossils", "sample", "samples", "artefact", "artefacts",
            "artifact", "artifacts", "object", "objects", "items", "song", "songs", "album", "albums", "newspaper",
            "newspapers", "clippings", "cuttings", "interview", "interviews", "speech", "speeches", "manuscript",
            "manuscripts", "relics", "tape", "tapes", "video", "videos", "postcards", "posters", "cartoons", "emails",
            "messages", "tweets", "posts", "ones", "survey", "surveys", "census", "minutes", "memos", "memo", "files",
            "cables", "poll", "polls", "estimates", "date", "dates", "dated", "dating");

    /** "between March and May", "between 2001 and 2003". */
    private Parse between(int i) {
        Parse x = core(i + 1);
        if (x != null && x.meaning() instanceof Meaning.Range) {
            return x;
        }
        if (x == null || !isPoint(x.meaning()) || !t.is(x.to(), "and")) {
            return null;
        }
        Parse y = core(x.to() + 1);
        if (y == null || !isPoint(y.meaning())) {
            return null;
        }
        return new Parse(y.to(), range(x.meaning(), y.meaning()));
    }

    /** "March–May 2022", "12 March to 3 April 2011", "2001 to 2003": a range of two calendar values of one kind. */
    private Parse bareRange(int i) {
        Parse x;
        int[] month = calendar.monthWord(i);
        if (month != null && t.isAny(month[1], "-", "–", "—", "to", "through")) {
            x = new Parse(month[1], new Meaning.CalendarMonth(null, month[0]));
        } else {
            x = calendar.parse(i);
        }
        if (x == null || !isCalendar(x.meaning()) || !t.isAny(x.to(), "-", "–", "—", "to", "through", "until")) {
            return null;
        }
        Parse y = calendar.parse(x.to() + 1);
        if (y == null || y.meaning().getClass() != x.meaning().getClass()) {
            return null;
        }
        return new Parse(y.to(), range(x.meaning(), y.meaning()));
    }

    private static boolean isApproximable(Meaning m) {
        return m instanceof Meaning.CalendarDay || m instanceof Meaning.CalendarMonth || m instanceof Meaning.CalendarYear
                || m instanceof Meaning.Season || m instanceof Meaning.Decade;
    }

    private static boolean isCalendar(Meaning m) {
        return m instanceof Meaning.CalendarDay || m instanceof Meaning.CalendarMonth || m instanceof Meaning.CalendarYear
                || m instanceof Meaning.Season;
    }

    /** Meanings that stand for one time and can end a range. */
    private static boolean isPoint(Meaning m) {
        return !(m instanceof Meaning.Stretch || m instanceof Meaning.Vague || m instanceof Meaning.Related
                || m instanceof Meaning.Range || m instanceof Meaning.SoFar);
    }

    /** A range whose start takes the end's year when it has none ("from March to May 2022"). */
    static Meaning range(Meaning from, Meaning to) {
        Integer year = null;
        int endMonth = 13;
        if (to instanceof Meaning.CalendarDay d) {
            year = d.year();
            endMonth = d.month();
        } else if (to instanceof Meaning.CalendarMonth m) {
            year = m.year();
            endMonth = m.month();
        }
        if (year != null) {
            if (from instanceof Meaning.CalendarDay d && d.year() == null) {
                from = new Meaning.CalendarDay(d.month() > endMonth ? year - 1 : year, d.month(), d.day(), d.weekday());
            } else if (from instanceof Meaning.CalendarMonth m && m.year() == null) {
                from = new Meaning.CalendarMonth(m.month() > endMonth ? year - 1 : year, m.month());
            }
        }
        return new Meaning.Range(from, to);
    }

    // ----- parts and edges -----------------------------------------------------------------------

    /** "late 2022", "mid-April", "the end of the month", "early next year", "the late fall of 2022", "year end". */
    private Parse portion(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        String w = t.lower(j);
        if (w == null) {
            return null;
        }
        Meaning.Portion portion;
        int k;
        switch (w) {
            case "early", "late", "mid" -> {
                portion = w.equals("early") ? Meaning.Portion.EARLY : w.equals("late") ? Meaning.Portion.LATE
                        : Meaning.Portion.MID;
                k = j + 1;
                if (t.is(k, "-") && t.touches(k)) {
                    k++;
                } else if (w.equals("mid") && !t.touches(k)) {
                    return null;
                }
                if (t.is(k, "in") && !w.equals("mid")) {
                    k++;
                }
            }
            case "beginning", "start", "end", "middle", "close" -> {
                if (!t.is(j + 1, "of")) {
                    return null;
                }
                portion = switch (w) {
                    case "beginning", "start" -> Meaning.Portion.START;
                    case "middle" -> Meaning.Portion.MID;
                    default -> Meaning.Portion.END;
                };
                k = j + 2;
            }
            case "year", "month" -> {
                int e = t.is(j + 1, "-") && t.touches(j + 1) ? j + 2 : j + 1;
                if (j != i || !t.is(e, "end")) {
                    return null;
                }
                Unit unit = w.equals("year") ? Unit.YEAR : Unit.MONTH;
                return new Parse(e + 1, new Meaning.Part(new Meaning.UnitOffset(unit, 0), Meaning.Portion.END));
            }
            default -> {
                return null;
            }
        }
        Parse base = base(k);
        if (base == null) {
            return null;
        }
        return new Parse(base.to(), new Meaning.Part(base.meaning(), portion));
    }

    /** What a part or edge is taken of: a year, month, season, decade, century, or "the month", "next year". */
    private Parse base(int k) {
        Parse c = calendar.parse(k);
        if (c != null && !(c.meaning() instanceof Meaning.CalendarDay || c.meaning() instanceof Meaning.NumericDate
                || c.meaning() instanceof Meaning.Range || c.meaning() instanceof Meaning.Holiday)) {
            return c;
        }
        Parse r = relative.parse(k);
        if (r != null && (r.meaning() instanceof Meaning.UnitOffset || r.meaning() instanceof Meaning.SeasonRef
                || r.meaning() instanceof Meaning.MonthRef || r.meaning() instanceof Meaning.WeekdayRef
                || r.meaning() instanceof Meaning.DayOffset)) {
            return r;
        }
        if (t.is(k, "the") && t.is(k + 1, "season")) {
            return new Parse(k + 2, new Meaning.UnnamedSeason(0)); // "since the start of the season"
        }
        if (t.is(k, "the")) {
            Quantities.UnitWord unit = quantities.unit(k + 1);
            if (unit != null && !unit.plural() && unit.per() == 1 && unit.unit() != Unit.DAY && unit.unit() != Unit.HOUR
                    && unit.unit() != Unit.WORKING_DAY && unit.unit() != Unit.QUARTER && unit.unit() != Unit.WEEKEND) {
                return new Parse(unit.to(), new Meaning.TheUnit(unit.unit()));
            }
        }
        return null;
    }

    /** "the week before Christmas", "the day after New Year's Day", "the month before the 2010 election" is not one. */
    private Parse beside(int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        Quantities.UnitWord unit = quantities.unit(i + 1);
        if (unit == null || unit.plural() || unit.per() != 1 || !t.isAny(unit.to(), "before", "after")
                || unit.unit() != Unit.DAY && unit.unit() != Unit.WEEK && unit.unit() != Unit.MONTH && unit.unit() != Unit.YEAR) {
            return null;
        }
        Parse base = core(unit.to() + 1);
        if (base == null || !isPoint(base.meaning()) || base.meaning() instanceof Meaning.Anaphor) {
            return null;
        }
        return new Parse(base.to(), new Meaning.Beside(unit.unit(), t.is(unit.to(), "before"), base.meaning()));
    }

    /** "the first two days of 2023", "the last week of April", "the final days of 2022". */
    private Parse firstLast(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        boolean first = t.isAny(j, "first", "opening");
        boolean last = t.isAny(j, "last", "final", "closing");
        if (!first && !last) {
            return null;
        }
        int k = j + 1;
        int n = -1;
        Quantities.Count count = quantities.count(k);
        if (count != null && !count.vague() && !t.isAny(k, "a", "an")) {
            n = count.min();
            k = count.to();
        }
        Quantities.UnitWord unit = quantities.unit(k);
        if (first && n > 1 && unit != null && unit.unit() == Unit.MONTH && !t.is(unit.to(), "of")) {
            // "in the first nine months": of the year the sentence tells of, else the current one
            return new Parse(unit.to(), new Meaning.FirstLast(new Meaning.TheUnit(Unit.YEAR), true, n, Unit.MONTH));
        }
        if (unit == null || unit.unit() == Unit.HOUR || unit.unit() == Unit.WEEKEND || !t.is(unit.to(), "of")) {
            return null;
        }
        if (n < 0) {
            if (!unit.plural()) {
                n = 1;
            } else {
                n = switch (unit.unit()) {
                    case DAY, WORKING_DAY -> 10;
                    case WEEK -> 3;
                    default -> 3;
                };
            }
        }
        n = unit.times(n);
        Parse base = base(unit.to() + 1);
        if (base == null) {
            return null;
        }
        return new Parse(base.to(), new Meaning.FirstLast(base.meaning(), first, n, unit.unit()));
    }
}
