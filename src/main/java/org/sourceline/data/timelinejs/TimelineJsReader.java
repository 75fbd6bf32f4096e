package org.sourceline.data.timelinejs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.Problem;
import org.sourceline.data.ProblemList;
import org.sourceline.data.QuoteAnchor;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;

/**
 * Reads TimelineJS3 JSON (the format newsrooms publish timelines in) into a Sourceline dataset,
 * with every problem at its line and column, as {@link org.sourceline.data.DatasetReader} does
 * for Sourceline's own format. It accepts what the TimelineJS documentation allows: numbers
 * given as strings, empty strings for absent values, negative years, the cosmological scale,
 * eras and a title slide. Fields TimelineJS ignores are reported as warnings, never errors.
 *
 * <p>How slides become events (documented in the README): the headline (HTML stripped) is the
 * title, the text without its block quotes the summary; start and end dates become an EDTF
 * value and its bounds; {@code display_date} is the time phrase; the group is an actor (a
 * participant) or the event type ({@link GroupMapping}); {@code media.credit} is the attribution
 * ({@code reported} by that actor) and the caption its note. The title slide becomes the article:
 * headline as title, text as the article text, media URL as its URL, credit and caption as its
 * note. A {@code <blockquote>} whose words appear in the title slide's text becomes the event's
 * evidence, anchored there. Imported HTML is only ever stripped to text; no URL is fetched.
 */
public final class TimelineJsReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    /** Context kept around an anchored quote, as a TextQuoteSelector's prefix and suffix. */
    private static final int CONTEXT = 32;

    /** The fields of the top-level object. */
    private enum RootField { EVENTS, TITLE, ERAS, SCALE }

    /** The fields of a slide (an event, the title slide, an era). */
    private enum SlideField { START_DATE, END_DATE, TEXT, MEDIA, GROUP, DISPLAY_DATE, BACKGROUND, AUTOLINK, UNIQUE_ID }

    /** The fields of a slide's {@code text}. */
    private enum TextField { HEADLINE, TEXT }

    /** The fields of a slide's {@code media}. */
    private enum MediaField { URL, CAPTION, CREDIT, THUMBNAIL, ALT, TITLE, LINK, LINK_TARGET }

    /** The fields of a date object; {@code format} is read but not named among the known ones. */
    private enum DateField { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, MILLISECOND, DISPLAY_DATE, FORMAT }

    private static final String DIALECT = "TimelineJS";
    private static final FieldSet<RootField> ROOT_FIELDS = FieldSet.lenient(RootField.class, DIALECT);
    private static final FieldSet<SlideField> SLIDE_FIELDS = FieldSet.lenient(SlideField.class, DIALECT)
            .repeats(FieldSet.Repeat.WARNING);
    private static final FieldSet<TextField> TEXT_FIELDS = FieldSet.lenient(TextField.class, DIALECT);
    private static final FieldSet<MediaField> MEDIA_FIELDS = FieldSet.lenient(MediaField.class, DIALECT);
    private static final FieldSet<DateField> DATE_FIELDS = FieldSet.lenient(DateField.class, DIALECT)
            .unlisted(DateField.FORMAT);

    private final ReadOptions options;

    public TimelineJsReader(ReadOptions options) {
        this.options = options;
    }

    /** Reads a file; never throws for bad input (problems are in the result). */
    public ReadResult read(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String base = fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? fileName.substring(0, fileName.length() - 5) : fileName;
        return DatasetFiles.readStream(file, in -> read(in, file.toString(), base));
    }

    /**
     * Reads a stream.
     *
     * @param displayName  the file as messages name it
     * @param defaultTitle the dataset's title when the file has no title slide headline
     */
    public ReadResult read(InputStream in, String displayName, String defaultTitle) throws IOException {
        return new Session(displayName, defaultTitle).run(in);
    }

    // ---------------------------------------------------------------------------------------

    /** A date object as written, with where it was. */
    private static final class RawDate {
        int line;
        int column;
        Long year;
        Long month;
        Long day;
        String display;
        boolean valid = true;

        boolean isEmpty() {
            return year == null && month == null && day == null;
        }
    }

    /** A slide (or the title, or an era) as written. */
    private static final class RawSlide {
        int line;
        int column;
        RawDate start;
        RawDate end;
        String headline;
        String text;
        String group;
        String displayDate;
        String uniqueId;
        String mediaUrl;
        String caption;
        String credit;
        boolean valid = true;
    }

    private final class Session {
        private final String file;
        private final String defaultTitle;
        private final ProblemList problems;
        private final JsonCursor in;
        private boolean broken;
        private boolean cosmological;
        private RawSlide title;
        private final List<RawSlide> slides = new ArrayList<>();
        private final List<RawSlide> eras = new ArrayList<>();
        private int quotesTotal;
        private int quotesVerified;

        Session(String file, String defaultTitle) {
            this.file = file;
            this.defaultTitle = defaultTitle;
            this.problems = new ProblemList(file);
            this.in = new JsonCursor(problems);
        }

        ReadResult run(InputStream raw) throws IOException {
            if (!in.read(raw, JSON, document -> readRoot())) {
                broken = true;
            }
            return finish(broken ? null : build());
        }

        // ----- reading -------------------------------------------------------------------------

        private void readRoot() throws IOException {
            JsonToken t = in.next();
            if (t != JsonToken.START_OBJECT) {
                in.errorHere(null, "expected a JSON object ({ … }) at the top level, found " + describe(t));
                broken = true;
                return;
            }
            ObjectFields<RootField> fields = in.fields(ROOT_FIELDS, null);
            for (RootField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case EVENTS -> readSlides();
                    case TITLE -> title = readSlide("title", false);
                    case ERAS -> readEras();
                    case SCALE -> {
                        String scale = text("scale");
                        if (scale != null && !scale.isBlank()) {
                            if (scale.strip().equals("cosmological")) {
                                cosmological = true;
                            } else if (!scale.strip().equals("human")) {
                                in.errorHere(null, "scale: expected \"human\" or \"cosmological\", found \"" + scale + "\"");
                            }
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (in.next() != null) {
                in.errorHere(null, "unexpected content after the end of the timeline object");
            }
            if (!fields.has(RootField.EVENTS)) {
                in.error(1, 1, null, "missing required field \"events\" (a TimelineJS file lists its slides there)");
            } else if (slides.isEmpty() && !problems.hasErrors()) {
                in.error(1, 1, null, "\"events\" is empty: TimelineJS needs at least one slide");
            }
        }

        private void readSlides() throws IOException {
            if (!in.expectArray("events", null)) {
                return;
            }
            int index = 0;
            while (in.nextElement()) {
                if (isAbsent()) {
                    // TimelineJS skips such an entry too; say so, as the file likely lost a slide.
                    in.warning(in.line(), in.column(), null, "events[" + index + "] is "
                            + (in.token() == JsonToken.VALUE_NULL ? "null" : "an empty string") + ", not a slide; it was skipped");
                }
                index++;
                RawSlide slide = readSlide("event", true);
                if (slide != null) {
                    slides.add(slide);
                }
                if ((slides.size() & 1023) == 0) {
                    if (options.cancelled().getAsBoolean()) {
                        throw new CancellationException("reading " + file + " was cancelled");
                    }
                    options.progress().accept(in.byteOffset());
                }
            }
        }

        private void readEras() throws IOException {
            if (!in.expectArray("eras", null)) {
                return;
            }
            while (in.nextElement()) {
                RawSlide era = readSlide("era", false);
                if (era == null) {
                    continue;
                }
                if (era.start == null || era.end == null) {
                    in.error(era.line, era.column, null, "era: TimelineJS needs both \"start_date\" and \"end_date\"");
                    era.valid = false;
                }
                eras.add(era);
            }
        }

        /** A slide object; null when absent ({@code null}, {@code ""}) or not an object. */
        private RawSlide readSlide(String what, boolean needsStart) throws IOException {
            if (isAbsent()) {
                return null;
            }
            if (!in.expectObject(what, null)) {
                return null;
            }
            RawSlide s = new RawSlide();
            s.line = in.line();
            s.column = in.column();
            ObjectFields<SlideField> fields = in.fields(SLIDE_FIELDS, what);
            for (SlideField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case START_DATE -> s.start = readDate("start_date");
                    case END_DATE -> s.end = readDate("end_date");
                    case TEXT -> readText(s);
                    case MEDIA -> readMedia(s);
                    case GROUP -> s.group = HtmlText.strip(text("group")).strip();
                    case DISPLAY_DATE -> s.displayDate = HtmlText.strip(text("display_date")).strip();
                    case UNIQUE_ID -> s.uniqueId = text("unique_id");
                    case BACKGROUND, AUTOLINK -> in.skip();
                    default -> throw new IllegalStateException();
                }
            }
            if (s.start != null && !s.start.valid || s.end != null && !s.end.valid) {
                s.valid = false;
            }
            if (needsStart && s.start == null && s.valid) {
                in.error(s.line, s.column, null, what + ": missing \"start_date\" (with at least a year)");
                s.valid = false;
            }
            return s;
        }

        private void readText(RawSlide s) throws IOException {
            if (isAbsent() || !in.expectObject("text", null)) {
                return;
            }
            ObjectFields<TextField> fields = in.fields(TEXT_FIELDS, null);
            for (TextField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case HEADLINE -> s.headline = text("text.headline");
                    case TEXT -> s.text = text("text.text");
                    default -> throw new IllegalStateException();
                }
            }
        }

        private void readMedia(RawSlide s) throws IOException {
            if (isAbsent() || !in.expectObject("media", null)) {
                return;
            }
            ObjectFields<MediaField> fields = in.fields(MEDIA_FIELDS, null);
            for (MediaField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case URL -> s.mediaUrl = text("media.url");
                    case CAPTION -> s.caption = HtmlText.strip(text("media.caption"));
                    case CREDIT -> s.credit = HtmlText.strip(text("media.credit"));
                    case THUMBNAIL, ALT, TITLE, LINK, LINK_TARGET -> text("media." + MEDIA_FIELDS.name(f));
                    default -> throw new IllegalStateException();
                }
            }
        }

        /** A date object; null when absent or entirely empty (as spreadsheet exports write it). */
        private RawDate readDate(String what) throws IOException {
            if (isAbsent() || !in.expectObject(what, null)) {
                return null;
            }
            RawDate d = new RawDate();
            d.line = in.line();
            d.column = in.column();
            ObjectFields<DateField> fields = in.fields(DATE_FIELDS, null);
            for (DateField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case DISPLAY_DATE -> d.display = HtmlText.strip(text(what + ".display_date")).strip();
                    case FORMAT -> text(what + ".format");
                    default -> {
                        String field = DATE_FIELDS.name(f);
                        Long value = number(what + "." + field, d);
                        if (value == null) {
                            continue;
                        }
                        String range = checkRange(field, value);
                        if (range != null) {
                            in.errorHere(null, what + "." + field + ": " + value + " " + range);
                            d.valid = false;
                        }
                        switch (f) {
                            case YEAR -> d.year = value;
                            case MONTH -> d.month = value;
                            case DAY -> d.day = value;
                            default -> {
                                // Hours and finer: checked, but Sourceline counts whole days.
                            }
                        }
                    }
                }
            }
            if (d.isEmpty() && d.valid) {
                return null;
            }
            if (d.year == null && d.valid) {
                in.error(d.line, d.column, null, what + ": \"year\" is required (a number; negative for BCE)");
                d.valid = false;
            }
            return d;
        }

        private String checkRange(String field, long value) {
            return switch (field) {
                case "month" -> value < 1 || value > 12 ? "is not a month (1–12)" : null;
                case "day" -> value < 1 || value > 31 ? "is not a day of a month (1–31)" : null;
                case "hour" -> value < 0 || value > 23 ? "is not an hour (0–23)" : null;
                case "minute", "second" -> value < 0 || value > 59 ? "is out of range (0–59)" : null;
                case "millisecond" -> value < 0 ? "must not be negative" : null;
                case "year" -> value > Edtf.MAX_YEAR || value < -Edtf.MAX_YEAR ? String.format(Locale.ROOT,
                        "is beyond what Sourceline holds (at most %,d years before or after year 0)", Edtf.MAX_YEAR) : null;
                default -> null;
            };
        }

        /**
         * A whole number given as a number or a string ({@code 2022}, {@code "2022"}, {@code " -44 "});
         * null for an absent value ({@code null}, {@code ""}).
         */
        private Long number(String what, RawDate d) throws IOException {
            JsonToken t = in.token();
            switch (t) {
                case VALUE_NULL:
                    return null;
                case VALUE_NUMBER_INT:
                    if (in.numberType() == JsonParser.NumberType.BIG_INTEGER) {
                        break;
                    }
                    return in.longValue();
                case VALUE_NUMBER_FLOAT: {
                    double value = in.doubleValue();
                    if (value == Math.rint(value) && Math.abs(value) < 9.0e18) {
                        return (long) value;
                    }
                    break;
                }
                case VALUE_STRING: {
                    String text = in.text().strip();
                    if (text.isEmpty()) {
                        return null;
                    }
                    if (text.matches("-?[0-9]{1,18}")) {
                        return Long.parseLong(text);
                    }
                    break;
                }
                default:
                    in.skip();
            }
            in.errorHere(null, what + ": expected a whole number (e.g. 2022 or \"2022\"), found " + describeValue(t));
            d.valid = false;
            return null;
        }

        // ----- building ------------------------------------------------------------------------

        private Dataset build() {
            Article article = article();
            String datasetTitle = title != null && title.headline != null && !HtmlText.strip(title.headline).isBlank()
                    ? HtmlText.strip(title.headline).strip() : defaultTitle;
            Map<String, Actor> actors = new LinkedHashMap<>();
            Map<String, Actor> actorsByGroup = new HashMap<>();
            Map<String, Actor> actorsByName = new HashMap<>();
            Set<String> reportedGroups = new HashSet<>();
            Set<String> ids = new HashSet<>();
            List<Event> events = new ArrayList<>(slides.size());
            int number = 0;
            for (RawSlide s : slides) {
                number++;
                String id = uniqueId(s, ids, number);
                TimeSpan time = s.valid ? time(s, id) : null;
                if (time == null) {
                    continue;
                }
                HtmlText.Plain text = HtmlText.parse(s.text);
                List<Evidence> evidence = evidence(s, text, article, id);
                String headline = HtmlText.strip(s.headline).strip();
                String eventTitle = headline;
                if (eventTitle.isEmpty()) {
                    eventTitle = firstWords(text.text());
                    if (eventTitle.isEmpty()) {
                        eventTitle = time.displayText();
                    }
                    warning(s.line, s.column, id, "the slide has no headline; titled \"" + eventTitle + "\"");
                }
                String summary = (evidence.isEmpty() ? text.text() : text.textWithoutQuotes()).strip();
                EventType type = EventType.OTHER;
                List<Actor> participants = List.of();
                String group = s.group == null || s.group.isEmpty() ? null : s.group;
                if (group != null && options.groups() == GroupMapping.ACTOR) {
                    Actor actor = actorsByGroup.computeIfAbsent(group, g -> newActor(actors, actorsByName, g,
                            "A TimelineJS group; the file does not say what kind of actor it is."));
                    participants = List.of(actor);
                } else if (group != null) {
                    EventType named = EventType.fromId(group);
                    if (named != null) {
                        type = named;
                    } else if (reportedGroups.add(group)) {
                        warning(s.line, s.column, id, "group \"" + group + "\" is not an event type; its slides are typed"
                                + " OTHER (types: " + typeList() + ")");
                    }
                }
                Certainty certainty = certainty(s, actors, actorsByName);
                if (evidence.isEmpty()) {
                    warning(s.line, s.column, id, "no evidence: no quote from the article supports this event");
                }
                events.add(new Event(id, eventTitle, summary.isEmpty() ? null : summary, time, type, null, null,
                        List.of(), List.of(), participants, certainty, evidence));
            }
            List<Era> eraList = new ArrayList<>();
            for (RawSlide e : eras) {
                if (!e.valid) {
                    continue;
                }
                TimeSpan time = time(e, null);
                if (time != null) {
                    eraList.add(new Era(HtmlText.strip(e.headline).strip(), time));
                }
            }
            if (problems.hasErrors()) {
                return null;
            }
            return new Dataset(datasetTitle, null, article, List.copyOf(actors.values()), events, eraList);
        }

        private Article article() {
            if (title == null) {
                return new Article(Article.DEFAULT_ID, defaultTitle, null, null, null, null, null, "", null, null, null);
            }
            String headline = HtmlText.strip(title.headline).strip();
            String text = HtmlText.strip(title.text);
            List<String> note = new ArrayList<>(2);
            if (title.credit != null && !title.credit.isBlank()) {
                note.add("Credit: " + title.credit.strip());
            }
            if (title.caption != null && !title.caption.isBlank()) {
                note.add(title.caption.strip());
            }
            String url = title.mediaUrl == null || title.mediaUrl.isBlank() ? null : title.mediaUrl.strip();
            return new Article(Article.DEFAULT_ID, headline.isEmpty() ? defaultTitle : headline, null, null, url, null, null, text, null, null,
                    note.isEmpty() ? null : String.join(" · ", note));
        }

        private String uniqueId(RawSlide s, Set<String> ids, int number) {
            String wanted = s.uniqueId == null ? "" : s.uniqueId.strip();
            boolean given = !wanted.isEmpty();
            if (!given) {
                wanted = slug(HtmlText.strip(s.headline));
                if (wanted.isEmpty()) {
                    wanted = "slide-" + number;
                }
            }
            String id = wanted;
            for (int n = 2; !ids.add(id); n++) {
                id = wanted + "-" + n;
            }
            if (given && !id.equals(wanted)) {
                warning(s.line, s.column, id, "unique_id \"" + wanted + "\" is used by an earlier slide; this one is \"" + id + "\"");
            }
            return id;
        }

        private TimeSpan time(RawSlide s, String id) {
            String start = edtf(s.start, "start_date", id);
            String end = s.end == null ? null : edtf(s.end, "end_date", id);
            if (start == null || (s.end != null && end == null)) {
                return null;
            }
            String value = end == null || end.equals(start) ? start : start + "/" + end;
            Edtf.Bounds bounds;
            try {
                bounds = Edtf.parse(value);
            } catch (EdtfException e) {
                RawDate at = s.end != null ? s.end : s.start;
                error(at.line, at.column, id, e.getMessage().contains("reversed")
                        ? "end_date is before start_date" : "the dates do not make a time span: " + e.getMessage());
                return null;
            }
            String phrase = s.displayDate;
            if (phrase == null || phrase.isEmpty()) {
                String from = s.start.display;
                String to = s.end == null ? null : s.end.display;
                phrase = from == null || from.isEmpty() ? null : to == null || to.isEmpty() ? from : from + " – " + to;
            }
            return new TimeSpan(value, phrase, bounds.earliest(), bounds.latest(), bounds.startQualifier(),
                    bounds.endQualifier(), null);
        }

        /** EDTF for one date object: as precise as it is given; year only on the cosmological scale. */
        private String edtf(RawDate d, String what, String id) {
            long year = d.year;
            String y = Math.abs(year) <= 9999 ? (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year))
                    : "Y" + year;
            if (d.month == null && d.day == null || cosmological) {
                return y;
            }
            if (Math.abs(year) > 9999) {
                warning(d.line, d.column, id, what + ": the month and day of year " + year
                        + " are left out (EDTF gives years beyond 9999 no months)");
                return y;
            }
            long month = d.month == null ? 1 : d.month;
            if (d.month == null) {
                warning(d.line, d.column, id, what + ": a day without a month; taken as January, as TimelineJS does");
            }
            String ym = y + String.format(Locale.ROOT, "-%02d", month);
            if (d.day == null) {
                return ym;
            }
            int length = YearMonth.of((int) year, (int) month).lengthOfMonth();
            if (d.day > length) {
                error(d.line, d.column, id, what + ": day " + d.day + " does not exist in " + ym);
                return null;
            }
            return ym + String.format(Locale.ROOT, "-%02d", d.day);
        }

        /** Each block quote found in the title slide's text becomes evidence anchored there. */
        private List<Evidence> evidence(RawSlide s, HtmlText.Plain text, Article article, String id) {
            if (text.quotes().isEmpty() || !article.hasText()) {
                return List.of();
            }
            String articleText = article.text();
            List<Evidence> evidence = new ArrayList<>(text.quotes().size());
            for (String quote : text.quotes()) {
                quotesTotal++;
                QuoteAnchor.Result found = QuoteAnchor.anchor(articleText, quote, null, null, -1, -1);
                if (found.status() == QuoteAnchor.Status.NOT_FOUND) {
                    warning(s.line, s.column, id, "a quoted passage is not in the title slide's text: kept in the summary, "
                            + "not as evidence");
                    continue;
                }
                if (found.status() == QuoteAnchor.Status.AMBIGUOUS) {
                    // TimelineJS has no prefix or suffix to tell the places apart: taking one would be a guess.
                    warning(s.line, s.column, id, "a quoted passage occurs " + found.candidates().size()
                            + " times in the title slide's text (at " + found.candidateRanges(quote.length(), 5)
                            + "): kept in the summary, not as evidence");
                    continue;
                }
                quotesVerified++;
                int prefix = Math.min(CONTEXT, found.start());
                int suffix = Math.min(CONTEXT, articleText.length() - found.end());
                evidence.add(new Evidence(Article.DEFAULT_ID, articleText, found.start(), found.end(), prefix, suffix,
                        Stance.SUPPORTS));
            }
            return evidence;
        }

        private Certainty certainty(RawSlide s, Map<String, Actor> actors, Map<String, Actor> actorsByName) {
            String note = s.caption == null || s.caption.isBlank() ? null : s.caption.strip();
            if (s.credit == null || s.credit.isBlank()) {
                return new Certainty(CertaintyLevel.STATED, List.of(), note);
            }
            String credit = s.credit.strip();
            Actor source = actorsByName.get(credit.toLowerCase(Locale.ROOT));
            if (source == null) {
                source = newActor(actors, actorsByName, credit,
                        "Named in a TimelineJS media credit; the file does not say what kind of actor it is.");
            }
            return new Certainty(CertaintyLevel.REPORTED, List.of(source), note);
        }

        private Actor newActor(Map<String, Actor> actors, Map<String, Actor> byName, String name, String description) {
            Actor known = byName.get(name.toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
            String base = slug(name);
            if (base.isEmpty()) {
                base = "actor";
            }
            String id = base;
            for (int n = 2; actors.containsKey(id); n++) {
                id = base + "-" + n;
            }
            Actor actor = new Actor(id, name, ActorKind.GROUP, null, null, description);
            actors.put(id, actor);
            byName.put(name.toLowerCase(Locale.ROOT), actor);
            return actor;
        }

        private ReadResult finish(Dataset dataset) {
            List<Problem> problems = this.problems.list();
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            int actorCount = dataset == null ? 0 : dataset.actors().size();
            return new ReadResult(file, dataset, problems, false, quotesVerified, quotesTotal, slides.size(), actorCount, 1);
        }

        // ----- helpers -------------------------------------------------------------------------

        /** A text value: strings as they are, numbers and booleans as written; null for null. */
        private String text(String what) throws IOException {
            JsonToken t = in.token();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                    || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return in.text();
            }
            if (t != JsonToken.VALUE_NULL) {
                in.errorHere(null, what + ": expected text, found " + describe(t));
                in.skip();
            }
            return null;
        }

        /** True for a value that stands for "not given": null or an empty string (skipped). */
        private boolean isAbsent() throws IOException {
            JsonToken t = in.token();
            return t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && in.text().isBlank());
        }

        private void error(int line, int column, String eventId, String message) {
            in.error(line, column, eventId, message);
        }

        private void warning(int line, int column, String eventId, String message) {
            in.warning(line, column, eventId, message);
        }

        private String describeValue(JsonToken t) throws IOException {
            return t == JsonToken.VALUE_STRING ? "\"" + in.text() + "\"" : t == JsonToken.VALUE_NUMBER_INT
                    || t == JsonToken.VALUE_NUMBER_FLOAT ? in.text() : describe(t);
        }
    }

    /** A short title from the start of a slide's text: its first line, at most 80 characters. */
    static String firstWords(String text) {
        String line = text.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        if (line.length() <= 80) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 79);
        return line.substring(0, cut > 40 ? cut : 79) + "…";
    }

    /** Lower-case ASCII id from a name: "Vladimir Putin" → "vladimir-putin"; accents dropped. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length() && sb.length() < 60; i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '-') {
            end--;
        }
        return sb.substring(0, end);
    }

    private static String typeList() {
        StringBuilder sb = new StringBuilder();
        for (EventType type : EventType.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(type.id());
        }
        return sb.toString();
    }

    private static String describe(JsonToken t) {
        return JsonCursor.describe(t);
    }
}
