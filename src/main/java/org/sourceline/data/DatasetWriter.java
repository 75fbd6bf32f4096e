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
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    private String writtenTextFile;

    /** Pretty-printed (default) or compact output. */
    public DatasetWriter pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Puts the article text in a file beside the dataset instead of inline (only when writing to a
     * path). The file is named after {@code name} and the text: {@code big.txt} becomes
     * {@code big.3f2a9c0d1b7e.txt} (the first 12 hex digits of the text's SHA-256), so that a
     * dataset and its text are replaced as a pair; see {@link #stream}.
     */
    public DatasetWriter textFile(String name) {
        this.textFile = name;
        return this;
    }

    /** The name of the text file written beside the dataset by the last write to a path, or null. */
    public String writtenTextFile() {
        return writtenTextFile;
    }

    /** Writes to a file: a temporary file in the same folder, moved into place when complete. */
    public void write(Dataset dataset, Path file) throws IOException {
        stream(dataset.title(), dataset.description(), dataset.article(), dataset.actors(), dataset.eras(), file, sink -> {
            for (Event event : dataset.events()) {
                sink.write(event);
            }
        });
    }

    /** Writes to a stream (left open). */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (EventSink sink = open(dataset.title(), dataset.description(), dataset.article(), dataset.actors(),
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
     * over one by one. Each file is written atomically.
     *
     * <p>With {@link #textFile} the article text goes beside the dataset, and the pair is
     * replaced as a unit, so that a failure or a kill at any moment leaves either the old dataset
     * with its old text or the new one with its new text, never one with the other's: first the
     * new text under its own name (named after its hash, so it never overwrites the text the old
     * dataset names, unless it is the same text), then the dataset naming it, and only then is
     * the old text removed (when its name is one this writer gives: {@code big.txt} or
     * {@code big.<hash>.txt}).
     */
    public void stream(String title, String description, Article article, List<Actor> actors, List<Era> eras, Path file,
                       EventProducer events) throws IOException {
        writtenTextFile = null;
        if (textFile == null || !article.hasText()) {
            AtomicFiles.write(file, out -> {
                try (EventSink sink = open(title, description, article, actors, eras, out)) {
                    events.produce(sink);
                }
            });
            return;
        }
        Path destination = AtomicFiles.check(file, List.of());
        String name = versionedName(textFile, DatasetReader.sha256(article.text()));
        Path folder = file.toAbsolutePath().getParent();
        Path textPath = folder.resolve(name);
        String previous = DatasetFiles.textFileNamedBy(destination);
        boolean textExisted = Files.exists(textPath, LinkOption.NOFOLLOW_LINKS);
        AtomicFiles.write(textPath, List.of(destination), out -> out.write(article.text().getBytes(StandardCharsets.UTF_8)));
        DatasetWriter naming = new DatasetWriter().pretty(pretty);
        naming.textFile = name;
        boolean written = false;
        try {
            betweenTextAndDataset.run();
            AtomicFiles.write(file, List.of(textPath), out -> {
                try (EventSink sink = naming.open(title, description, article, actors, eras, out)) {
                    events.produce(sink);
                }
            });
            written = true;
        } finally {
            if (!written && !textExisted && !name.equals(previous)) {
                // The old dataset and its text are as they were; the new text is nobody's.
                try {
                    Files.deleteIfExists(textPath);
                } catch (IOException ignored) {
                    // The failure that got us here is the one to report.
                }
            }
        }
        writtenTextFile = name;
        if (previous != null && !previous.equals(name) && isVersionOf(previous, textFile)) {
            Path old = folder.resolve(previous);
            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Runs between writing the new text and the dataset naming it (tests make it fail there). */
    Runnable betweenTextAndDataset = () -> { };

    /** {@code big.txt} and a SHA-256 in hex → {@code big.3f2a9c0d1b7e.txt}. */
    static String versionedName(String name, String sha256) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return stem + "." + sha256.substring(0, 12).toLowerCase(java.util.Locale.ROOT) + extension;
    }

    /** True for {@code name} itself and its versioned names ({@code big.txt}, {@code big.3f2a9c0d1b7e.txt}). */
    static boolean isVersionOf(String candidate, String name) {
        if (candidate.equals(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return candidate.length() == stem.length() + 13 + extension.length() && candidate.startsWith(stem + ".")
                && candidate.endsWith(extension)
                && candidate.substring(stem.length() + 1, stem.length() + 13).matches("[0-9a-f]{12}")
                && !candidate.contains("/") && !candidate.contains("\\");
    }

    /**
     * Starts a dataset on a stream (left open when the sink closes): the header, article and
     * actors are written now, the events as they are handed to the sink.
     */
    public EventSink open(String title, String description, Article article, List<Actor> actors, List<Era> eras,
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
        writeArticle(g, article);
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
