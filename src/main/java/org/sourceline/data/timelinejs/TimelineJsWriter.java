package org.sourceline.data.timelinejs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.EventWriter;
import org.sourceline.data.GroupMapping;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.TimeSpan;

/**
 * Writes events as TimelineJS3 JSON that TimelineJS opens unchanged: only documented fields,
 * dates as numbers, every slide with a {@code start_date.year}.
 *
 * <ul>
 *   <li>The article is the title slide: its title as headline, its text (line breaks kept as
 *       {@code <br>}) as text, its URL, if known, as media with the outlet as credit. A dataset of
 *       several articles has its own title there and a list of its sources instead; each slide then
 *       credits every quote to its article ({@code <cite>}, "(disputes this)" after a disputing
 *       one) and links, as media, to the first supporting article with a URL, credited to it.</li>
 *   <li>Each event is a slide: {@code unique_id} is its id, the headline its title; the text holds
 *       the summary, each quote as a {@code <blockquote>}, the attribution ("— Claimed by …") and
 *       who acted on whom. {@code group} is the event's first actor (sources first) or its type.</li>
 *   <li>Time: {@code start_date} and {@code end_date} are the earliest and latest bounds (the
 *       start only as precise as it needs to be: a whole year is {@code {year}}); a single day,
 *       month or year is a start date alone. {@code display_date} is the article's phrase. An
 *       open start is shown at its latest bound and an open end at its earliest, the phrase saying
 *       which ("before 2022"). Years beyond the calendar TimelineJS knows switch to the
 *       cosmological scale, which only has years.</li>
 *   <li>Eras become eras; those with an open end are left out (TimelineJS needs both ends).</li>
 * </ul>
 * Every text field is HTML-escaped, because TimelineJS sets them with {@code innerHTML}: a name
 * such as {@code <img src=x onerror=…>} is shown as text, never run. The title slide's media URL
 * is written only when it is http or https; another one is left out and named in {@link #warnings()}.
 * Written atomically when given a path.
 */
public final class TimelineJsWriter implements EventWriter {
    /** TimelineJS's human scale covers these years (JavaScript dates); beyond them it needs "cosmological". */
    private static final long FIRST_HUMAN_YEAR = -271_820;
    private static final long LAST_HUMAN_YEAR = 275_759;
    private static final JsonFactory JSON = new JsonFactory();

    private GroupMapping groups = GroupMapping.ACTOR;
    private final List<String> warnings = new java.util.ArrayList<>();

    /** What {@code group} holds: the first actor (default) or the event type. */
    public TimelineJsWriter groupBy(GroupMapping mapping) {
        this.groups = mapping;
        return this;
    }

    @Override
    public String id() {
        return "timelinejs";
    }

    @Override
    public String label() {
        return "TimelineJS JSON";
    }

    @Override
    public String extension() {
        return ".timeline.json";
    }

    @Override
    public String emptyRefusal() {
        return "TimelineJS needs at least one";
    }

    /** Writes the given events of a dataset to a file, atomically. */
    public void write(Dataset dataset, List<Event> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(dataset, events, out));
    }

    /**
     * What the last write left out and why, e.g. a media URL that is not http or https; empty
     * when it wrote everything.
     */
    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Writes the given events of a dataset to a stream (left open). */
    @Override
    public void write(Dataset dataset, List<Event> events, OutputStream out) throws IOException {
        warnings.clear();
        boolean cosmological = needsCosmologicalScale(dataset, events);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            g.writeStartObject();
            writeTitle(g, dataset);
            g.writeArrayFieldStart("events");
            for (Event event : events) {
                writeSlide(g, dataset, event, cosmological);
            }
            g.writeEndArray();
            List<Era> eras = dataset.eras().stream().filter(era -> !era.time().isOpenStart() && !era.time().isOpenEnd())
                    .toList();
            if (!eras.isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : eras) {
                    g.writeStartObject();
                    writeDate(g, "start_date", era.time().earliest(), cosmological, startUnit(era.time().earliest()));
                    writeDate(g, "end_date", era.time().latest(), cosmological, Unit.DAY);
                    g.writeObjectFieldStart("text");
                    g.writeStringField("headline", HtmlText.escape(era.title()));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (cosmological) {
                g.writeStringField("scale", "cosmological");
            }
            g.writeEndObject();
        }
    }

    private void writeTitle(JsonGenerator g, Dataset dataset) throws IOException {
        if (dataset.articles().size() > 1) {
            writeSourcesTitle(g, dataset);
            return;
        }
        Article article = dataset.article();
        g.writeObjectFieldStart("title");
        g.writeObjectFieldStart("text");
        String headline = article.title() != null ? article.title() : dataset.title();
        g.writeStringField("headline", HtmlText.escape(headline));
        // Every line break is a <br>, so that reading the slide back gives the article text exactly.
        g.writeStringField("text", HtmlText.escape(article.text()).replace("\n", "<br>"));
        g.writeEndObject();
        String url = article.url();
        if (url != null && !url.isBlank() && !isWebUrl(url)) {
            warnings.add("the article's URL \"" + url + "\" was left out: TimelineJS loads media URLs, and only "
                    + "http and https ones are written");
            url = null;
        }
        if (url != null && !url.isBlank()) {
            g.writeObjectFieldStart("media");
            g.writeStringField("url", url);
            if (article.outlet() != null) {
                g.writeStringField("credit", HtmlText.escape(article.outlet()));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** With several articles the title slide is the dataset, listing its sources (no one article's text). */
    private static void writeSourcesTitle(JsonGenerator g, Dataset dataset) throws IOException {
        g.writeObjectFieldStart("title");
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", HtmlText.escape(dataset.title()));
        StringBuilder html = new StringBuilder();
        if (dataset.description() != null && !dataset.description().isBlank()) {
            html.append("<p>").append(HtmlText.escape(dataset.description())).append("</p>");
        }
        html.append("<p>Sources:</p><ul>");
        for (Article article : dataset.articles()) {
            html.append("<li>");
            String credit = HtmlText.escape(credit(article));
            if (article.url() != null && !article.url().isBlank()) {
                html.append("<a href=\"").append(HtmlText.escape(article.url())).append("\">").append(credit).append("</a>");
            } else {
                html.append(credit);
            }
            html.append("</li>");
        }
        html.append("</ul>");
        g.writeStringField("text", html.toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** "Outlet — “Title”", or the article's id when it has neither. */
    private static String credit(Article article) {
        String credit = article.credit();
        return credit.isEmpty() ? article.id() : credit;
    }

    private void writeSlide(JsonGenerator g, Dataset dataset, Event event, boolean cosmological) throws IOException {
        TimeSpan time = event.time();
        g.writeStartObject();
        g.writeStringField("unique_id", HtmlText.escape(event.id()));
        if (time.isOpenStart()) {
            writeDate(g, "start_date", time.latest(), cosmological, Unit.DAY);
        } else if (time.isOpenEnd()) {
            writeDate(g, "start_date", time.earliest(), cosmological, startUnit(time.earliest()));
        } else {
            Unit whole = wholeUnit(time.earliest(), time.latest());
            writeDate(g, "start_date", time.earliest(), cosmological, whole != null ? whole : startUnit(time.earliest()));
            if (whole == null && !sameWrittenYear(time, cosmological)) {
                writeDate(g, "end_date", time.latest(), cosmological, Unit.DAY);
            }
        }
        String display = displayDate(time);
        if (display != null) {
            g.writeStringField("display_date", HtmlText.escape(display));
        }
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", HtmlText.escape(event.title()));
        g.writeStringField("text", slideText(dataset, event));
        g.writeEndObject();
        if (dataset.articles().size() > 1) {
            writeSourceMedia(g, dataset, event);
        }
        String group = group(event);
        if (group != null) {
            g.writeStringField("group", HtmlText.escape(group));
        }
        g.writeEndObject();
    }

    /**
     * With several articles a slide's media links to the first article that supports the event
     * and has a URL, credited to it (TimelineJS shows media only with a URL).
     */
    private static void writeSourceMedia(JsonGenerator g, Dataset dataset, Event event) throws IOException {
        for (Evidence quote : event.evidence()) {
            Article article = dataset.articleOf(quote);
            if (!quote.disputes() && article != null && article.url() != null && !article.url().isBlank()) {
                g.writeObjectFieldStart("media");
                g.writeStringField("url", article.url());
                g.writeStringField("credit", HtmlText.escape(credit(article)));
                g.writeEndObject();
                return;
            }
        }
    }

    /**
     * The slide's HTML: summary, quotes, attribution, who did what to whom. With several articles
     * each quote is followed by its article's credit in a {@code <cite>}, and a disputing quote says so.
     */
    static String slideText(Dataset dataset, Event event) {
        boolean credits = dataset.articles().size() > 1;
        StringBuilder html = new StringBuilder();
        if (event.summary() != null && !event.summary().isBlank()) {
            html.append("<p>").append(HtmlText.escape(event.summary())).append("</p>");
        }
        for (Evidence evidence : event.evidence()) {
            html.append("<blockquote>").append(HtmlText.escape(evidence.exact()).replace("\n", "<br>"))
                    .append("</blockquote>");
            if (credits) {
                Article article = dataset.articleOf(evidence);
                html.append("<p>— <cite>").append(HtmlText.escape(article == null ? evidence.articleId() : credit(article)))
                        .append("</cite>").append(evidence.disputes() ? " (disputes this)" : "").append("</p>");
            }
        }
        html.append("<p>— ").append(HtmlText.escape(event.certainty().describe())).append("</p>");
        String who = names(event.sources());
        String whom = names(event.targets());
        String others = names(event.participants());
        StringBuilder line = new StringBuilder();
        if (!who.isEmpty()) {
            line.append(who);
        }
        if (!whom.isEmpty()) {
            line.append(line.length() > 0 ? " → " : "→ ").append(whom);
        }
        if (!others.isEmpty()) {
            line.append(line.length() > 0 ? "; with " : "With ").append(others);
        }
        line.append(line.length() > 0 ? " · " : "").append(event.type().label());
        if (event.mode() != null) {
            line.append(" (").append(event.mode()).append(')');
        }
        html.append("<p>").append(HtmlText.escape(line.toString())).append("</p>");
        return html.toString();
    }

    private String group(Event event) {
        if (groups == GroupMapping.TYPE) {
            return event.type().label();
        }
        List<Actor> actors = event.actors();
        return actors.isEmpty() ? null : actors.get(0).name();
    }

    /** The article's phrase; for an open span without one, words that say which end is open. */
    private static String displayDate(TimeSpan time) {
        if (time.phrase() != null && !time.phrase().isBlank()) {
            return time.phrase();
        }
        if (time.isOpenStart()) {
            return "until " + Days.format(time.latest());
        }
        if (time.isOpenEnd()) {
            return "from " + Days.format(time.earliest());
        }
        return null;
    }

    /** How much of a date a date object gives. */
    private enum Unit { DAY, MONTH, YEAR }

    /**
     * Writes a date object down to {@code unit}. An interval's start is written as coarsely as it
     * is exact (1 January → the year alone), which TimelineJS reads as the same first day; an end
     * is always a full day, because TimelineJS would read a year alone as its first day.
     */
    private static void writeDate(JsonGenerator g, String field, long day, boolean cosmological, Unit unit)
            throws IOException {
        g.writeObjectFieldStart(field);
        if (cosmological || !Days.isCalendarDay(day)) {
            g.writeNumberField("year", Days.yearOf(day));
        } else {
            LocalDate date = Days.toDate(day);
            g.writeNumberField("year", date.getYear());
            if (unit != Unit.YEAR) {
                g.writeNumberField("month", date.getMonthValue());
            }
            if (unit == Unit.DAY) {
                g.writeNumberField("day", date.getDayOfMonth());
            }
        }
        g.writeEndObject();
    }

    /** The coarsest unit whose start is this day. */
    private static Unit startUnit(long day) {
        if (!Days.isCalendarDay(day)) {
            return Unit.YEAR;
        }
        LocalDate date = Days.toDate(day);
        return date.getDayOfYear() == 1 ? Unit.YEAR : date.getDayOfMonth() == 1 ? Unit.MONTH : Unit.DAY;
    }

    /** DAY, MONTH or YEAR when [first, last] is exactly one day, calendar month or calendar year; else null. */
    private static Unit wholeUnit(long first, long last) {
        if (first == last) {
            return Unit.DAY;
        }
        if (!Days.isCalendarDay(first) || !Days.isCalendarDay(last)) {
            return null;
        }
        LocalDate a = Days.toDate(first);
        LocalDate b = Days.toDate(last);
        if (a.getDayOfYear() == 1 && b.equals(a.withDayOfYear(a.lengthOfYear()))) {
            return Unit.YEAR;
        }
        if (a.getDayOfMonth() == 1 && b.equals(a.withDayOfMonth(a.lengthOfMonth()))) {
            return Unit.MONTH;
        }
        return null;
    }

    /** On the cosmological scale only years are written: one year needs no end date. */
    private static boolean sameWrittenYear(TimeSpan time, boolean cosmological) {
        boolean yearsOnly = cosmological || !Days.isCalendarDay(time.earliest()) || !Days.isCalendarDay(time.latest());
        return yearsOnly && Days.yearOf(time.earliest()) == Days.yearOf(time.latest());
    }

    private static boolean needsCosmologicalScale(Dataset dataset, List<Event> events) {
        for (Event event : events) {
            if (outsideHumanScale(event.time().earliest()) || outsideHumanScale(event.time().latest())) {
                return true;
            }
        }
        for (Era era : dataset.eras()) {
            if (outsideHumanScale(era.time().earliest()) || outsideHumanScale(era.time().latest())) {
                return true;
            }
        }
        return false;
    }

    private static boolean outsideHumanScale(long day) {
        if (Days.isOpen(day)) {
            return false;
        }
        long year = Days.yearOf(day);
        return year < FIRST_HUMAN_YEAR || year > LAST_HUMAN_YEAR;
    }

    /**
     * True for an absolute http or https URL. TimelineJS puts media URLs into the page (as a link,
     * an image, an embed), where {@code javascript:} or {@code data:} would run or show anything.
     */
    static boolean isWebUrl(String url) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`' || (c >= 0x7F && c <= 0x9F)) {
                return false;
            }
        }
        try {
            java.net.URI uri = new java.net.URI(trimmed);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }
}
