package org.sourceline.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes a dataset in Sourceline's format, article first and actors before events so that a
 * reader can resolve everything in one streaming pass. Written atomically when given a path.
 */
public final class DatasetWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private boolean pretty = true;
    private String textFile;

    /** Pretty-printed (default) or compact output. */
    public DatasetWriter pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Writes the article text to a file of this name next to the dataset instead of inline
     * (only with {@link #write(Dataset, Path)}).
     */
    public DatasetWriter textFile(String name) {
        this.textFile = name;
        return this;
    }

    /** Writes to a file: a temporary file in the same folder, moved into place when complete. */
    public void write(Dataset dataset, Path file) throws IOException {
        if (textFile != null) {
            Path textPath = file.toAbsolutePath().getParent().resolve(textFile);
            AtomicFiles.write(textPath, out -> out.write(dataset.article().text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        AtomicFiles.write(file, out -> write(dataset, out));
    }

    /** Writes to a stream (left open). */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
                g.setPrettyPrinter(printer);
            }
            g.writeStartObject();
            g.writeStringField("format", DatasetReader.FORMAT);
            g.writeStringField("title", dataset.title());
            optional(g, "description", dataset.description());
            writeArticle(g, dataset.article());
            g.writeArrayFieldStart("actors");
            for (Actor actor : dataset.actors()) {
                writeActor(g, actor);
            }
            g.writeEndArray();
            if (!dataset.eras().isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : dataset.eras()) {
                    g.writeStartObject();
                    g.writeStringField("title", era.title());
                    g.writeFieldName("time");
                    writeTime(g, era.time());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("events");
            for (Event event : dataset.events()) {
                writeEvent(g, event);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeObjectFieldStart("article");
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
            if (textFile != null) {
                g.writeStringField("textFile", textFile);
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
