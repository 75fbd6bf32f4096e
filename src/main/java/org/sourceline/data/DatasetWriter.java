package org.sourceline.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.TimeSpan;

/**
 * Writes a dataset in Sourceline's current format ({@value DatasetReader#FORMAT}), articles first
 * and actors before events so that a reader can resolve everything in one streaming pass. Written
 * atomically when given a path. The output is stable: the same dataset always gives the same bytes
 * (fields in a fixed order, one event per block), so a changed event is a small diff.
 */
public final class DatasetWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private boolean pretty = true;
    private String textFile;
    private java.util.Map<String, String> textFiles = java.util.Map.of();

    /** Pretty-printed (default) or compact output. */
    public DatasetWriter pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Writes the text of a single-article dataset to a file of this name next to the dataset
     * instead of inline (only with {@link #write(Dataset, Path)}).
     */
    public DatasetWriter textFile(String name) {
        this.textFile = name;
        return this;
    }

    /**
     * Names the file each article's text is in, beside the dataset (article id → file name):
     * those articles get {@code "textFile"} instead of their text inline. The caller writes the
     * text files ({@link DatasetSaver} does both).
     */
    public DatasetWriter textFiles(java.util.Map<String, String> namesByArticleId) {
        this.textFiles = java.util.Map.copyOf(namesByArticleId);
        return this;
    }

    /** Writes to a file: a temporary file in the same folder, moved into place when complete. */
    public void write(Dataset dataset, Path file) throws IOException {
        stream(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(), dataset.eras(), file, sink -> {
            for (Event event : dataset.events()) {
                sink.write(event);
            }
        });
    }

    /** Writes to a stream (left open). */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (EventSink sink = open(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(),
                dataset.eras(), out)) {
            for (Event event : dataset.events()) {
                sink.write(event);
            }
        }
    }

    /** Produces the events of a dataset being streamed, one {@link EventSink#write} at a time. */
    @FunctionalInterface
    public interface EventProducer {
        void produce(EventSink sink) throws IOException;
    }

    /**
     * Writes a dataset to a file without holding its events in memory: the producer hands them
     * over one by one. The article text goes beside the file when {@link #textFile} is set. Each
     * file is written atomically.
     */
    public void stream(String title, String description, List<Article> articles, List<Actor> actors, List<Era> eras,
                       Path file, EventProducer events) throws IOException {
        if (textFile != null) {
            if (articles.size() != 1) {
                throw new IllegalStateException("a text file name is for a dataset of one article");
            }
            Path textPath = file.toAbsolutePath().getParent().resolve(textFile);
            AtomicFiles.write(textPath, out -> out.write(articles.get(0).text().getBytes(StandardCharsets.UTF_8)));
        }
        AtomicFiles.write(file, out -> {
            try (EventSink sink = open(title, description, articles, actors, eras, out)) {
                events.produce(sink);
            }
        });
    }

    /**
     * Starts a dataset on a stream (left open when the sink closes): the header, article and
     * actors are written now, the events as they are handed to the sink.
     */
    public EventSink open(String title, String description, List<Article> articles, List<Actor> actors, List<Era> eras,
                          OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            g.setPrettyPrinter(printer);
        }
        g.writeStartObject();
        g.writeStringField("format", DatasetReader.FORMAT);
        g.writeStringField("title", title);
        optional(g, "description", description);
        g.writeArrayFieldStart("articles");
        for (Article article : articles) {
            writeArticle(g, article);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (Actor actor : actors) {
            writeActor(g, actor);
        }
        g.writeEndArray();
        if (!eras.isEmpty()) {
            g.writeArrayFieldStart("eras");
            for (Era era : eras) {
                g.writeStartObject();
                g.writeStringField("title", era.title());
                g.writeFieldName("time");
                writeTime(g, era.time());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("events");
        return new EventSink(g);
    }

    /** Receives the events of a dataset being written; closing it ends the dataset. */
    public static final class EventSink implements Closeable {
        private final JsonGenerator g;

        private EventSink(JsonGenerator g) {
            this.g = g;
        }

        public void write(Event event) throws IOException {
            writeEvent(g, event);
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }
    }

    private void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        nullable(g, "outlet", a.outlet());
        nullable(g, "author", a.author());
        nullable(g, "url", a.url());
        if (a.published() != null) {
            g.writeFieldName("published");
            writeTime(g, a.published());
        } else {
            g.writeNullField("published");
        }
        optional(g, "language", a.language());
        if (a.hasText()) {
            String file = textFiles.getOrDefault(a.id(), textFile);
            if (file != null) {
                g.writeStringField("textFile", file);
            } else {
                g.writeStringField("text", a.text());
            }
            g.writeStringField("sha256", DatasetReader.sha256(a.text()));
        }
        optional(g, "note", a.note());
        g.writeEndObject();
    }

    private static void writeActor(JsonGenerator g, Actor actor) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", actor.id());
        g.writeStringField("name", actor.name());
        g.writeStringField("kind", actor.kind().id());
        optional(g, "affiliation", actor.affiliationId());
        optional(g, "role", actor.role());
        optional(g, "description", actor.description());
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        optional(g, "summary", e.summary());
        g.writeFieldName("time");
        writeTime(g, e.time());
        g.writeStringField("type", e.type().id());
        optional(g, "mode", e.mode());
        optional(g, "place", e.place());
        writeRefs(g, "source", e.sources());
        writeRefs(g, "target", e.targets());
        writeRefs(g, "participants", e.participants());
        g.writeObjectFieldStart("certainty");
        g.writeStringField("level", e.certainty().level().id());
        writeRefs(g, "attributedTo", e.certainty().attributedTo());
        optional(g, "note", e.certainty().note());
        g.writeEndObject();
        g.writeArrayFieldStart("evidence");
        for (Evidence evidence : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("article", evidence.articleId());
            if (evidence.disputes()) {
                g.writeStringField("stance", evidence.stance().id());
            }
            g.writeStringField("exact", evidence.exact());
            g.writeStringField("prefix", evidence.prefix());
            g.writeStringField("suffix", evidence.suffix());
            g.writeNumberField("start", evidence.start());
            g.writeNumberField("end", evidence.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeTime(JsonGenerator g, TimeSpan time) throws IOException {
        g.writeStartObject();
        g.writeStringField("edtf", time.edtf());
        nullable(g, "phrase", time.phrase());
        day(g, "earliest", time.earliest());
        day(g, "latest", time.latest());
        optional(g, "note", time.note());
        g.writeEndObject();
    }

    /**
     * A bound as a date, null for an open end. A day beyond the calendar (a cosmological year)
     * has no date form: it is left out, and the reader derives it from the EDTF value again.
     */
    private static void day(JsonGenerator g, String field, long day) throws IOException {
        if (Days.isOpen(day)) {
            g.writeNullField(field);
        } else if (Days.isCalendarDay(day)) {
            g.writeStringField(field, Days.toDate(day).toString());
        }
    }

    private static void writeRefs(JsonGenerator g, String field, List<Actor> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (Actor actor : actors) {
            g.writeString(actor.id());
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        } else {
            g.writeNullField(field);
        }
    }
}
