package org.sourceline.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;

/**
 * Writes a large, valid, invented dataset for benchmarks and stress tests: article-like texts
 * of generated sentences (one article, or events spread over several, some repeated by a second
 * article and a few denied by one) and events spread over decades, with the variety of real data (exact
 * days, seasons, months, fuzzy and open spans; one to four actors with roles; every event type
 * and certainty level, with attributions), every event quoting the clause of the text that
 * reports it, at its offsets.
 *
 * <p>The same seed gives the same bytes. Events are streamed: the generator plans each event
 * from a random stream of its own (seeded by the dataset seed and the event's number), so it
 * can plan them once to write the text and again to write the events, holding only the quote
 * offsets in memory.
 */
public final class SyntheticDatasetGenerator {
    /** Bumped whenever the output changes, so caches of generated files know they are stale. */
    public static final int VERSION = 3;
    /** Limits that keep every offset of the generated text inside an {@code int}. */
    public static final int MAX_EVENTS = 5_000_000;
    public static final int MAX_ACTORS = 1_000_000;

    private static final int FIRST_YEAR = 1950;
    private static final int PRESENT_YEAR = 2025;
    private static final int LAST_YEAR = 2040;
    /** Characters of context recorded before and after a quote, as the W3C TextQuoteSelector suggests. */
    private static final int CONTEXT = 32;
    private static final char NBSP = '\u00A0';

    /** Most articles a generated dataset may have. */
    public static final int MAX_ARTICLES = 100_000;
    /** With several articles: the share of events another article repeats (a second supporting source)… */
    private static final double REPEATED_SHARE = 0.25;
    /** …and the share another article denies (a disputing quote). */
    private static final double DISPUTED_SHARE = 0.04;
    private static final String[] DENIALS = {"Officials denied that ", "A spokesperson denied reports that ",
        "Others disputed that ", "It is contested that "};
    private static final String[] OUTLETS = {"Synthetic Wire", "The Invented Times", "Placeholder Post",
        "Generated Gazette", "Imaginary Herald", "Fictional Daily", "Mock Monitor", "Sample Observer"};

    private final int eventCount;
    private final int actorCount;
    private final long seed;
    private boolean pretty = true;
    private int articleCount = 1;

    /**
     * @throws IllegalArgumentException when a count is out of range; the message names the option
     */
    public SyntheticDatasetGenerator(int events, int actors, long seed) {
        if (events < 1 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("--events must be between 1 and " + MAX_EVENTS + ", not " + events);
        }
        if (actors < 1 || actors > MAX_ACTORS) {
            throw new IllegalArgumentException("--actors must be between 1 and " + MAX_ACTORS + ", not " + actors);
        }
        if (actors > events) {
            throw new IllegalArgumentException("--actors (" + actors + ") must not exceed --events (" + events
                    + "): every actor takes part in at least one event");
        }
        this.eventCount = events;
        this.actorCount = actors;
        this.seed = seed;
    }

    /**
     * Spreads the events over this many articles (default 1): each event is reported in one,
     * a quarter are repeated by a second article and a few denied by one (a disputing quote).
     *
     * @throws IllegalArgumentException when out of range; the message names the option
     */
    public SyntheticDatasetGenerator articles(int count) {
        if (count < 1 || count > MAX_ARTICLES) {
            throw new IllegalArgumentException("--articles must be between 1 and " + String.format(Locale.ROOT, "%,d",
                    MAX_ARTICLES) + ", not " + count);
        }
        if (count > eventCount) {
            throw new IllegalArgumentException("--articles (" + count + ") must not exceed --events (" + eventCount
                    + "): every article reports at least one event");
        }
        this.articleCount = count;
        return this;
    }

    /** Pretty-printed (default) or compact JSON. */
    public SyntheticDatasetGenerator pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Writes the dataset to {@code file}, atomically. With {@code textFileName} the article text
     * goes to a file of that name beside it (with several articles, each to that name with
     * {@code -ID} before the extension: {@code big-a0001.txt}; {@code NAME-2.txt}… when a different
     * file already holds a name, see {@link DatasetWriter#stream}), written before the dataset; with
     * null the text is inline.
     *
     * @return the name of the (first) text file written, or null when the text is inline
     */
    public String write(Path file, String textFileName) throws IOException {
        Plan plan = planText();
        if (textFileName == null || plan.articles.size() == 1) {
            DatasetWriter writer = new DatasetWriter().pretty(pretty).textFile(textFileName);
            writer.stream(title(), description(), plan.articles, plan.cast.actors, List.of(), file, plan::writeEvents);
            return writer.writtenTextFile();
        }
        List<Article> named = new ArrayList<>(plan.articles.size());
        for (Article a : plan.articles) {
            named.add(new Article(a.id(), a.title(), a.outlet(), a.author(), a.url(), a.published(), a.language(),
                    a.text(), textFileName(textFileName, a.id()), null, a.note()));
        }
        DatasetWriter writer = new DatasetWriter().pretty(pretty);
        writer.stream(title(), description(), named, plan.cast.actors, List.of(), file, plan::writeEvents);
        return writer.writtenTextFile();
    }

    /** The text file of one of several articles: {@code big.txt} and {@code a0001} → {@code big-a0001.txt}. */
    public static String textFileName(String textFileName, String articleId) {
        int dot = textFileName.lastIndexOf('.');
        return dot > 0 ? textFileName.substring(0, dot) + "-" + articleId + textFileName.substring(dot)
                : textFileName + "-" + articleId;
    }

    /** Writes the dataset to a stream with the article texts inline. */
    public void write(OutputStream out) throws IOException {
        Plan plan = planText();
        try (DatasetWriter.EventSink sink = new DatasetWriter().pretty(pretty)
                .open(title(), description(), plan.articles, plan.cast.actors, List.of(), out)) {
            plan.writeEvents(sink);
        }
    }

    private String title() {
        return String.format(Locale.ROOT, "Synthetic archive: %,d events, %,d actors%s (seed %d)", eventCount, actorCount,
                articleCount > 1 ? String.format(Locale.ROOT, ", %,d articles", articleCount) : "", seed);
    }

    private String description() {
        return "Invented events for benchmarks and stress tests, made by `sourceline generate`. Nothing in it is real.";
    }

    private Plan planText() {
        Cast cast = new Cast(actorCount, new Rng(mix(seed, -1)));
        return new Plan(cast);
    }

    // ---------------------------------------------------------------------------------------

    /** SplitMix64: small, fast and fully specified here, so the same seed gives the same data on every JDK. */
    private static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        void reseed(long seed) {
            state = seed;
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound). */
        int nextInt(int bound) {
            return (int) (((nextLong() >>> 33) * bound) >>> 31);
        }

        /** Uniform in [from, to] inclusive. */
        int between(int from, int to) {
            return from + nextInt(to - from + 1);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }

        /** An index drawn with the given relative weights. */
        int weighted(int[] weights, int total) {
            int r = nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        <T> T pick(T[] items) {
            return items[nextInt(items.length)];
        }
    }

    private static long mix(long seed, long n) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
        return z ^ (z >>> 32);
    }

    // ----- the actors ----------------------------------------------------------------------

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "dr", "kr", "st", "tr", "sh", "th", "gr", "h", "j"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "th", "nd"};
    private static final String[] STATE_ENDINGS = {"ia", "ia", "land", "stan", "ora", "ar", "esh", "avia", "onia", ""};
    private static final String[] MINISTRIES = {"Ministry of Energy", "Ministry of Defence", "Ministry of Trade",
        "Foreign Ministry", "Central Bank", "Armed Forces", "Navy", "Security Council", "State Oil Company",
        "Space Agency"};
    private static final String[] INSTITUTES = {"Institute for Strategic Studies", "Centre for Peace Research",
        "Policy Forum", "Energy Consortium", "Shipping Line", "Relief Fund"};
    private static final String[] GROUP_KINDS = {"opposition", "dock workers", "exiles", "militia", "students",
        "farmers' union", "officials", "diplomats", "analysts", "veterans"};
    private static final String[] PERSON_ROLES = {"President", "Foreign minister", "Defence minister",
        "Spokesperson", "Ambassador", "Senior fellow", "Central bank governor", "Opposition leader", "Commander"};

    /** The generated actors, with lists by kind for choosing speakers and affiliations. */
    private static final class Cast {
        final List<Actor> actors = new ArrayList<>();
        final String[] names;
        final int[] speakers;
        final String[] places;

        Cast(int count, Rng rng) {
            names = new String[count];
            List<Integer> states = new ArrayList<>();
            List<Integer> organizations = new ArrayList<>();
            List<Integer> speakerList = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Set<String> usedNames = new HashSet<>();
            ActorKind[] kinds = ActorKind.values();
            int[] kindWeights = {20, 40, 25, 15};
            for (int a = 0; a < count; a++) {
                // The first four are one of each kind, so even a tiny dataset has every kind.
                ActorKind kind = a < kinds.length ? kinds[a] : kinds[rng.weighted(kindWeights, 100)];
                // Names are drawn again when taken (ids stay unique regardless).
                String name = name(kind, rng, states);
                for (int tries = 0; !usedNames.add(name) && tries < 20; tries++) {
                    name = name(kind, rng, states);
                }
                String id = slug(name);
                for (int n = 2; !ids.add(id); n++) {
                    id = slug(name) + "-" + n;
                }
                String affiliation = null;
                String role = null;
                String description = null;
                switch (kind) {
                    case STATE -> {
                        states.add(a);
                        if (rng.chance(0.3)) {
                            description = "An invented state of the synthetic archive.";
                        }
                    }
                    case PERSON -> {
                        List<Integer> homes = rng.chance(0.7) ? states : organizations;
                        if (!homes.isEmpty() && rng.chance(0.75)) {
                            int home = homes.get(rng.nextInt(homes.size()));
                            affiliation = actors.get(home).id();
                            role = rng.pick(PERSON_ROLES) + (actors.get(home).kind() == ActorKind.STATE ? " of " : " at ")
                                    + actors.get(home).name();
                        } else {
                            role = rng.pick(PERSON_ROLES);
                        }
                        speakerList.add(a);
                    }
                    case ORGANIZATION -> {
                        organizations.add(a);
                        if (!states.isEmpty() && rng.chance(0.6)) {
                            affiliation = actors.get(states.get(rng.nextInt(states.size()))).id();
                        }
                        speakerList.add(a);
                    }
                    case GROUP -> {
                        if (!states.isEmpty() && rng.chance(0.4)) {
                            affiliation = actors.get(states.get(rng.nextInt(states.size()))).id();
                        }
                        if (rng.chance(0.5)) {
                            description = "Unnamed members, as the text refers to them collectively.";
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                names[a] = name;
                actors.add(new Actor(id, name, kind, affiliation, role, description));
            }
            speakers = speakerList.isEmpty() ? new int[] {0} : speakerList.stream().mapToInt(Integer::intValue).toArray();
            places = new String[200];
            for (int i = 0; i < places.length; i++) {
                places[i] = (rng.chance(0.3) ? rng.pick(new String[] {"Port ", "Fort ", "Lake ", "New "}) : "")
                        + word(rng, rng.between(2, 3));
            }
        }

        private String name(ActorKind kind, Rng rng, List<Integer> states) {
            return switch (kind) {
                case STATE -> capitalize(word(rng, rng.between(1, 2)).toLowerCase(Locale.ROOT) + rng.pick(STATE_ENDINGS));
                case PERSON -> word(rng, 2) + " " + word(rng, rng.between(2, 3));
                case ORGANIZATION -> rng.chance(0.6)
                        ? adjective(homeName(rng, states)) + " " + rng.pick(MINISTRIES)
                        : word(rng, 2) + " " + rng.pick(INSTITUTES);
                case GROUP -> adjective(homeName(rng, states)) + " " + rng.pick(GROUP_KINDS);
            };
        }

        private String homeName(Rng rng, List<Integer> states) {
            return states.isEmpty() || rng.chance(0.2) ? word(rng, 2) + "ia" : names[states.get(rng.nextInt(states.size()))];
        }
    }

    private static String word(Rng rng, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(rng.pick(ONSETS)).append(rng.pick(VOWELS));
        }
        sb.append(rng.pick(CODAS));
        return capitalize(sb.toString());
    }

    private static String adjective(String name) {
        char last = name.charAt(name.length() - 1);
        return last == 'a' ? name + "n" : last == 'n' || last == 'd' ? name + "ish" : name + "ian";
    }

    private static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        return sb.charAt(sb.length() - 1) == '-' ? sb.substring(0, sb.length() - 1) : sb.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ----- one event, as numbers -----------------------------------------------------------

    /** How an event's time is given; each becomes an EDTF value and the text's own phrase. */
    private enum TimeKind {
        DAY(30), DAY_RANGE(7), MONTH(14), MONTH_APPROX(5), SEASON(8), YEAR(9), YEAR_UNCERTAIN(4),
        YEAR_APPROX_UNCERTAIN(2), DECADE(3), OPEN_START(5), OPEN_END(5), SPAN_APPROX(4), SPAN_MONTHS(3),
        UNKNOWN_END(1);

        final int weight;

        TimeKind(int weight) {
            this.weight = weight;
        }
    }

    private static final TimeKind[] TIME_KINDS = TimeKind.values();
    private static final int[] TIME_WEIGHTS = new int[TIME_KINDS.length];
    private static final int TIME_TOTAL;

    static {
        int total = 0;
        for (int i = 0; i < TIME_KINDS.length; i++) {
            TIME_WEIGHTS[i] = TIME_KINDS[i].weight;
            total += TIME_KINDS[i].weight;
        }
        TIME_TOTAL = total;
    }

    private static final EventType[] TYPES = EventType.values();
    /** Realistic news mixes: talks and cooperation are common, fights rarer. */
    private static final int[] TYPE_WEIGHTS = {9, 12, 8, 10, 9, 6, 7, 5, 5, 4, 5, 4, 4, 5, 4, 3};
    private static final CertaintyLevel[] LEVELS = CertaintyLevel.values();
    private static final int[] LEVEL_WEIGHTS = {40, 25, 15, 12, 8};
    private static final int[] ACTOR_COUNT_WEIGHTS = {20, 45, 25, 10};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    /** Verb phrases per event type: past with object, base with object, past without, base without. */
    private static final String[][][] VERBS = {
        {{"signed an agreement with", "sign an agreement with", "signed an agreement", "sign an agreement"},
            {"clinched a deal with", "clinch a deal with", "clinched a deal", "clinch a deal"}},
        {{"held talks with", "hold talks with", "held talks", "hold talks"},
            {"hosted a delegation from", "host a delegation from", "hosted a summit", "host a summit"}},
        {{"voiced support for", "voice support for", "voiced support for the plan", "voice support for the plan"}},
        {{"expanded cooperation with", "expand cooperation with", "expanded a joint programme", "expand a joint programme"}},
        {{"sent weapons to", "send weapons to", "sent weapons abroad", "send weapons abroad"},
            {"delivered fuel to", "deliver fuel to", "delivered fuel", "deliver fuel"},
            {"provided loans to", "provide loans to", "provided loans", "provide loans"}},
        {{"demanded concessions from", "demand concessions from", "demanded concessions", "demand concessions"}},
        {{"condemned", "condemn", "issued a condemnation", "issue a condemnation"}},
        {{"rejected an offer from", "reject an offer from", "rejected the offer", "reject the offer"}},
        {{"threatened", "threaten", "issued threats", "issue threats"}},
        {{"protested against", "protest against", "staged protests", "stage protests"}},
        {{"imposed sanctions on", "impose sanctions on", "imposed new sanctions", "impose new sanctions"}},
        {{"deployed troops against", "deploy troops against", "mobilised reserves", "mobilise reserves"}},
        {{"expelled diplomats of", "expel diplomats of", "seized a cargo ship", "seize a cargo ship"}},
        {{"launched strikes on", "launch strikes on", "launched drone strikes", "launch drone strikes"}},
        {{"clashed with", "clash with", "fought a border battle", "fight a border battle"}},
        {{"drew attention to", "draw attention to", "drew attention", "draw attention"}},
    };
    private static final String[][] MODES = {
        {"economic", "military", "diplomatic"}, {"visit", "diplomatic", "phone call"}, {"verbal", "diplomatic"},
        {"economic", "military", "technological"}, {"military", "economic", "humanitarian"}, {"economic", "territorial"},
        {"verbal"}, {"diplomatic"}, {"military", "economic"}, {"street protest", "strike"}, {"economic", "diplomatic"},
        {"military"}, {"diplomatic", "maritime"}, {"military", "drone"}, {"military"}, {"media"},
    };
    private static final String[] CERTAINTY_NOTES = {"Rests on a single source.",
        "The speaker has an interest in the claim.", "Hedged in the text (\u201cmay\u201d, \u201ccould\u201d)."};

    /** One event as the random stream decides it: only numbers and shared strings. */
    private static final class Draft {
        EventType type;
        CertaintyLevel level;
        String[] verb;
        final int[] actors = new int[4];
        int sources;
        int targets;
        int participants;
        final int[] speakers = new int[2];
        int speakerCount;
        TimeKind time;
        int year;
        int month;
        int day;
        int year2;
        int month2;
        int day2;
        int season;
        String seasonWord;
        boolean nonBreakingSpace;
        int place;
        String mode;
        int form;
        String note;

        int actorTotal() {
            return sources + targets + participants;
        }
    }

    /** Decides event {@code e}: the same numbers every time for the same seed. */
    private void draft(int e, Draft d, Rng rng, Cast cast) {
        rng.reseed(mix(seed, e));
        // The first events go through every type, level and kind of time, so a small dataset has them all.
        d.type = e < TYPES.length ? TYPES[e] : TYPES[rng.weighted(TYPE_WEIGHTS, 100)];
        d.level = e < LEVELS.length ? LEVELS[e] : LEVELS[rng.weighted(LEVEL_WEIGHTS, 100)];
        String[][] verbs = VERBS[d.type.ordinal()];
        d.verb = verbs[rng.nextInt(verbs.length)];
        int count = Math.min(1 + rng.weighted(ACTOR_COUNT_WEIGHTS, 100), actorCount);
        for (int i = 0; i < count; i++) {
            int a;
            do {
                // Every actor appears at least once (event e < actorCount starts with actor e); after
                // that a few actors are in the news much more often than the rest.
                a = i == 0 && e < actorCount ? e : (int) (actorCount * Math.pow(rng.nextDouble(), 2.5));
            } while (contains(d.actors, i, a));
            d.actors[i] = a;
        }
        d.sources = count == 4 && rng.chance(0.3) ? 2 : 1;
        d.targets = count > d.sources && rng.chance(0.85) ? 1 : 0;
        d.participants = count - d.sources - d.targets;
        d.speakerCount = 0;
        boolean attributed = switch (d.level) {
            case STATED -> rng.chance(0.1);
            case REPORTED -> rng.chance(0.5);
            case CLAIMED -> true;
            case ASSESSED -> rng.chance(0.7);
            case FORECAST -> rng.chance(0.6);
        };
        if (attributed) {
            d.speakers[d.speakerCount++] = cast.speakers[rng.nextInt(cast.speakers.length)];
            if (rng.chance(0.15) && cast.speakers.length > 1) {
                int second = cast.speakers[rng.nextInt(cast.speakers.length)];
                if (second != d.speakers[0]) {
                    d.speakers[d.speakerCount++] = second;
                }
            }
        }
        d.form = rng.nextInt(3);
        d.note = rng.chance(0.05) ? rng.pick(CERTAINTY_NOTES) : null;
        d.place = rng.chance(0.3) ? rng.nextInt(cast.places.length) : -1;
        String[] modes = MODES[d.type.ordinal()];
        d.mode = rng.chance(0.6) ? modes[rng.nextInt(modes.length)] : null;
        d.nonBreakingSpace = rng.chance(0.03);
        boolean future = d.level == CertaintyLevel.FORECAST;
        d.time = e < TIME_KINDS.length ? TIME_KINDS[e] : TIME_KINDS[rng.weighted(TIME_WEIGHTS, TIME_TOTAL)];
        d.year = future ? rng.between(PRESENT_YEAR + 1, LAST_YEAR) : rng.between(FIRST_YEAR, PRESENT_YEAR);
        d.month = rng.between(1, 12);
        d.day = rng.between(1, daysIn(d.year, d.month));
        d.day2 = Math.min(daysIn(d.year, d.month), d.day + rng.between(1, 4));
        if (d.day2 == d.day) {
            d.day = d.day - 1;
        }
        d.year2 = Math.min(future ? LAST_YEAR + 5 : PRESENT_YEAR, d.year + rng.between(1, 8));
        if (d.year2 == d.year) {
            d.year = d.year - 1;
        }
        d.month2 = rng.between(1, 12);
        d.season = rng.nextInt(4);
        d.seasonWord = rng.chance(0.3) ? (rng.chance(0.5) ? "late " : "early ") : "";
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The EDTF value of a draft's time; forecasts are marked uncertain. */
    private static String edtf(Draft d) {
        boolean future = d.level == CertaintyLevel.FORECAST;
        String q = future ? "?" : "";
        return switch (d.time) {
            case DAY -> day(d.year, d.month, d.day) + q;
            case DAY_RANGE -> day(d.year, d.month, d.day) + "/" + day(d.year, d.month, d.day2) + q;
            case MONTH -> month(d.year, d.month) + q;
            case MONTH_APPROX -> month(d.year, d.month) + (future ? "%" : "~");
            case SEASON -> d.year + "-" + (21 + d.season) + q;
            case YEAR -> d.year + q;
            case YEAR_UNCERTAIN -> d.year + "?";
            case YEAR_APPROX_UNCERTAIN -> d.year + "%";
            case DECADE -> (d.year / 10) + "X" + q;
            case OPEN_START -> "../" + d.year + q;
            case OPEN_END -> month(d.year, d.month) + q + "/..";
            case SPAN_APPROX -> d.year + "~/" + d.year2 + q;
            case SPAN_MONTHS -> month(d.year, d.month) + "/" + month(d.year2, d.month2) + q;
            case UNKNOWN_END -> d.year + q + "/";
        };
    }

    /** The text's own words for a draft's time. */
    private static String phrase(Draft d) {
        String space = d.nonBreakingSpace ? String.valueOf(NBSP) : " ";
        String monthName = MONTHS[d.month - 1];
        return switch (d.time) {
            case DAY -> "on " + d.day + space + monthName + " " + d.year;
            case DAY_RANGE -> "from " + d.day + " to " + d.day2 + space + monthName + " " + d.year;
            case MONTH -> "in " + monthName + " " + d.year;
            case MONTH_APPROX -> "around " + monthName + " " + d.year;
            case SEASON -> "in the " + d.seasonWord + SEASONS[d.season] + " of " + d.year;
            case YEAR -> "in " + d.year;
            case YEAR_UNCERTAIN -> "possibly in " + d.year;
            case YEAR_APPROX_UNCERTAIN -> "perhaps around " + d.year;
            case DECADE -> "in the " + (d.year / 10 * 10) + "s";
            case OPEN_START -> "for decades until " + d.year;
            case OPEN_END -> "since " + monthName + " " + d.year;
            case SPAN_APPROX -> "from about " + d.year + " to " + d.year2;
            case SPAN_MONTHS -> "between " + monthName + " " + d.year + " and " + MONTHS[d.month2 - 1] + " " + d.year2;
            case UNKNOWN_END -> "starting in " + d.year;
        };
    }

    private static String day(int year, int month, int day) {
        return month(year, month) + (day < 10 ? "-0" : "-") + day;
    }

    private static String month(int year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    // ----- the text and the events ---------------------------------------------------------

    /** The articles and where each event's quotes are in them. */
    private final class Plan {
        final Cast cast;
        final List<Article> articles;
        /** The article each event is reported in, and the offsets of its quote there. */
        final int[] article;
        final int[] start;
        final int[] end;
        /** The speaker's "X said" after a quote in curly quotes; -1 when absent. */
        final int[] saidStart;
        final int[] saidEnd;
        /**
         * A second article's word on the event: {@code 1 + article} when it repeats the report
         * (supports), {@code -(1 + article)} when it denies it (disputes), 0 when none.
         */
        final int[] other;
        final int[] otherStart;
        final int[] otherEnd;

        Plan(Cast cast) {
            this.cast = cast;
            int k = articleCount;
            article = new int[eventCount];
            start = new int[eventCount];
            end = new int[eventCount];
            saidStart = new int[eventCount];
            saidEnd = new int[eventCount];
            other = k > 1 ? new int[eventCount] : null;
            otherStart = k > 1 ? new int[eventCount] : null;
            otherEnd = k > 1 ? new int[eventCount] : null;
            java.util.Arrays.fill(saidStart, -1);
            StringBuilder[] texts = new StringBuilder[k];
            int[] sentencesLeft = new int[k];
            boolean[] sentenceOpen = new boolean[k];
            Rng layout = new Rng(mix(seed, -2));
            // Which article reports an event, and whether another repeats or denies it: a stream
            // of its own, so that a dataset of one article is the same as before articles existed.
            Rng spread = new Rng(mix(seed, -3));
            long perArticle = eventCount * (k > 1 ? 140L : 110L) / k + 1024;
            for (int a = 0; a < k; a++) {
                texts[a] = new StringBuilder((int) Math.min(Integer.MAX_VALUE / 2, perArticle));
                texts[a].append(k == 1 ? "Synthetic archive" : "Synthetic report " + (a + 1))
                        .append("\n\nThis text was generated for testing; every sentence in it is invented.\n\n");
                sentencesLeft[a] = layout.between(2, 5);
            }
            Rng rng = new Rng(0);
            Draft d = new Draft();
            for (int e = 0; e < eventCount; e++) {
                draft(e, d, rng, cast);
                int a = k == 1 ? 0 : spread.nextInt(k);
                article[e] = a;
                StringBuilder text = texts[a];
                boolean quoted = d.level == CertaintyLevel.CLAIMED && d.form == 2;
                if (sentenceOpen[a] && !quoted && layout.chance(0.35)) {
                    // A second clause in the same sentence.
                    text.append(layout.chance(0.2) ? "\u2014" : "; ");
                    start[e] = text.length();
                    clause(d, text, false);
                    end[e] = text.length();
                } else {
                    closeSentence(a, texts, sentenceOpen, sentencesLeft, layout);
                    if (quoted) {
                        text.append('\u201C');
                        start[e] = text.length();
                        clause(d, text, true);
                        end[e] = text.length();
                        text.append(",\u201D ");
                        saidStart[e] = text.length();
                        names(d.speakers, 0, d.speakerCount, text);
                        text.append(" said");
                        saidEnd[e] = text.length();
                    } else {
                        start[e] = text.length();
                        clause(d, text, true);
                        end[e] = text.length();
                    }
                }
                sentenceOpen[a] = true;
                if (k > 1) {
                    double r = spread.nextDouble();
                    boolean denies = r < DISPUTED_SHARE && d.level != CertaintyLevel.FORECAST;
                    if (denies || r < DISPUTED_SHARE + REPEATED_SHARE) {
                        int b = (a + 1 + spread.nextInt(k - 1)) % k;
                        closeSentence(b, texts, sentenceOpen, sentencesLeft, layout);
                        StringBuilder second = texts[b];
                        otherStart[e] = second.length();
                        if (denies) {
                            second.append(DENIALS[spread.nextInt(DENIALS.length)]);
                            core(d, second, true);
                            second.append(' ').append(phrase(d));
                        } else {
                            clause(d, second, true);
                        }
                        otherEnd[e] = second.length();
                        other[e] = denies ? -(b + 1) : b + 1;
                        sentenceOpen[b] = true;
                    }
                }
            }
            List<Article> list = new ArrayList<>(k);
            for (int a = 0; a < k; a++) {
                texts[a].append(sentenceOpen[a] ? ".\n" : "\n");
                String body = texts[a].toString();
                texts[a] = null;
                String note = "Generated by `sourceline generate --events " + eventCount + " --actors " + actorCount
                        + (k > 1 ? " --articles " + k : "") + " --seed " + seed + "`; not a real article.";
                list.add(k == 1
                        ? new Article(Article.DEFAULT_ID, "Synthetic news archive (seed " + seed + ")", "Sourceline generator",
                                null, null, null, "en", body, null, null, note)
                        : new Article(articleId(a), String.format(Locale.ROOT, "Synthetic report %,d of %,d (seed %d)",
                                a + 1, k, seed), OUTLETS[a % OUTLETS.length], null, null, null, "en", body, null, null, note));
            }
            articles = list;
        }

        /** Ends an article's open sentence (and now and then its paragraph) before a new one starts. */
        private void closeSentence(int a, StringBuilder[] texts, boolean[] open, int[] sentencesLeft, Rng layout) {
            if (!open[a]) {
                return;
            }
            StringBuilder text = texts[a];
            text.append('.');
            if (--sentencesLeft[a] == 0) {
                text.append("\n\n");
                sentencesLeft[a] = layout.between(2, 5);
            } else {
                text.append(' ');
            }
        }

        /** Writes the clause that reports a draft event. */
        private void clause(Draft d, StringBuilder out, boolean capital) {
            int from = out.length();
            String when = phrase(d);
            boolean past = d.level != CertaintyLevel.FORECAST;
            boolean attributed = d.speakerCount > 0;
            switch (d.level) {
                case STATED -> {
                    if (d.form == 0) {
                        out.append(when).append(", ");
                        core(d, out, past);
                    } else {
                        core(d, out, past);
                        out.append(' ').append(when);
                    }
                    if (attributed) {
                        out.append(", ");
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(" confirmed");
                    }
                }
                case REPORTED -> {
                    if (attributed && d.form != 2) {
                        out.append("according to ");
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(", ");
                        core(d, out, past);
                        out.append(' ').append(when);
                    } else if (attributed) {
                        core(d, out, past);
                        out.append(' ').append(when).append(", ");
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(" reported");
                    } else {
                        subject(d, out);
                        out.append(" reportedly ");
                        predicate(d, out, past);
                        out.append(' ').append(when);
                    }
                }
                case CLAIMED -> {
                    if (d.form == 2) {
                        // Inside curly quotes; the speaker follows the closing quote.
                        core(d, out, past);
                        out.append(' ').append(when);
                    } else {
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(d.form == 0 ? " claimed that " : " insisted that ");
                        core(d, out, past);
                        out.append(' ').append(when);
                    }
                }
                case ASSESSED -> {
                    if (!attributed) {
                        subject(d, out);
                        out.append(" probably ");
                        predicate(d, out, past);
                        out.append(' ').append(when);
                    } else if (d.form == 0) {
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(" assessed that ");
                        core(d, out, past);
                        out.append(' ').append(when);
                    } else {
                        out.append("in the view of ");
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(", ");
                        core(d, out, past);
                        out.append(' ').append(when);
                    }
                }
                case FORECAST -> {
                    if (attributed) {
                        names(d.speakers, 0, d.speakerCount, out);
                        out.append(" expects that ");
                        subject(d, out);
                        out.append(" will ");
                    } else {
                        subject(d, out);
                        out.append(" could ");
                    }
                    predicate(d, out, false);
                    out.append(' ').append(when);
                }
                default -> throw new IllegalStateException();
            }
            if (capital) {
                out.setCharAt(from, Character.toUpperCase(out.charAt(from)));
            }
        }

        private void core(Draft d, StringBuilder out, boolean past) {
            subject(d, out);
            out.append(' ');
            predicate(d, out, past);
        }

        private void subject(Draft d, StringBuilder out) {
            names(d.actors, 0, d.sources, out);
        }

        private void predicate(Draft d, StringBuilder out, boolean past) {
            if (d.targets > 0) {
                out.append(d.verb[past ? 0 : 1]).append(' ');
                names(d.actors, d.sources, d.sources + d.targets, out);
            } else {
                out.append(d.verb[past ? 2 : 3]);
            }
            if (d.participants > 0) {
                out.append(d.participants > 1 ? " together with " : " alongside ");
                names(d.actors, d.sources + d.targets, d.actorTotal(), out);
            }
            if (d.place >= 0) {
                out.append(" in ").append(cast.places[d.place]);
            }
        }

        /** "A", "A and B", "A, B and C". */
        private void names(int[] actors, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.append(i == to - 1 ? " and " : ", ");
                }
                out.append(cast.names[actors[i]]);
            }
        }

        void writeEvents(DatasetWriter.EventSink sink) throws IOException {
            Rng rng = new Rng(0);
            Draft d = new Draft();
            StringBuilder scratch = new StringBuilder(256);
            List<Actor> all = cast.actors;
            for (int e = 0; e < eventCount; e++) {
                draft(e, d, rng, cast);
                String edtf = edtf(d);
                Edtf.Bounds bounds;
                try {
                    bounds = Edtf.parse(edtf);
                } catch (EdtfException ex) {
                    throw new IllegalStateException("generated an invalid EDTF value " + edtf, ex);
                }
                String phrase = phrase(d);
                TimeSpan time = new TimeSpan(edtf, phrase, bounds.earliest(), bounds.latest(),
                        bounds.startQualifier(), bounds.endQualifier(), null);
                List<Actor> sources = actors(d.actors, 0, d.sources, all);
                List<Actor> targets = actors(d.actors, d.sources, d.sources + d.targets, all);
                List<Actor> participants = actors(d.actors, d.sources + d.targets, d.actorTotal(), all);
                List<Actor> speakers = actors(d.speakers, 0, d.speakerCount, all);
                Article source = articles.get(article[e]);
                List<Evidence> evidence = saidStart[e] < 0 ? List.of(quote(source, start[e], end[e], Stance.SUPPORTS))
                        : List.of(quote(source, start[e], end[e], Stance.SUPPORTS),
                                quote(source, saidStart[e], saidEnd[e], Stance.SUPPORTS));
                if (other != null && other[e] != 0) {
                    Article second = articles.get(Math.abs(other[e]) - 1);
                    List<Evidence> more = new ArrayList<>(evidence.size() + 1);
                    more.addAll(evidence);
                    more.add(quote(second, otherStart[e], otherEnd[e], other[e] < 0 ? Stance.DISPUTES : Stance.SUPPORTS));
                    evidence = more;
                }
                scratch.setLength(0);
                names(d.actors, 0, d.sources, scratch);
                scratch.append(d.level == CertaintyLevel.FORECAST ? " could " : " ");
                predicate(d, scratch, d.level != CertaintyLevel.FORECAST);
                String title = capitalize(scratch.toString());
                String summary = summary(d, phrase, scratch);
                sink.write(new Event(id(e), title, summary, time, d.type, d.mode,
                        d.place >= 0 ? cast.places[d.place] : null, sources, targets, participants,
                        new Certainty(d.level, speakers, d.note), evidence));
            }
        }

        private String summary(Draft d, String phrase, StringBuilder sb) {
            sb.setLength(0);
            sb.append(d.type.label());
            if (d.mode != null) {
                sb.append(" (").append(d.mode).append(')');
            }
            sb.append(" involving ");
            names(d.actors, 0, d.actorTotal(), sb);
            // About a third of summaries quote the date phrase in curly quotes, as about a third
            // of the bundled dataset's summaries have such typography.
            if (d.form == 0) {
                sb.append(", dated \u201C").append(phrase).append("\u201D; ");
            } else {
                sb.append(", ").append(phrase).append("; ");
            }
            sb.append(d.level.label().toLowerCase(Locale.ROOT));
            if (d.speakerCount > 0) {
                sb.append(" by ");
                names(d.speakers, 0, d.speakerCount, sb);
            }
            return sb.append('.').toString();
        }

        private List<Actor> actors(int[] indices, int from, int to, List<Actor> all) {
            return switch (to - from) {
                case 0 -> List.of();
                case 1 -> List.of(all.get(indices[from]));
                default -> {
                    List<Actor> list = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        list.add(all.get(indices[i]));
                    }
                    yield list;
                }
            };
        }

        private Evidence quote(Article source, int from, int to, Stance stance) {
            String text = source.text();
            return new Evidence(source.id(), text, from, to, Math.min(CONTEXT, from), Math.min(CONTEXT, text.length() - to),
                    stance);
        }
    }

    /** "a0042": fixed width, so ids sort like their articles. */
    private String articleId(int a) {
        String n = Integer.toString(a + 1);
        int width = Math.max(4, Integer.toString(articleCount).length());
        return "a" + "0".repeat(Math.max(0, width - n.length())) + n;
    }

    /** "ev0000042": fixed width, so ids sort like their events. */
    private String id(int e) {
        String n = Integer.toString(e);
        int width = Math.max(7, Integer.toString(eventCount - 1).length());
        return "ev" + "0".repeat(Math.max(0, width - n.length())) + n;
    }
}
