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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** A file name a text file may have: no folders, no leading dot, nothing a shell or Windows trips over. */
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,120}");

    private boolean pretty = true;
    private String textFile;
    private String writtenTextFile;
    private Map<String, String> writtenTextFiles = Map.of();
    /** Runs between writing the text files and the dataset naming them (tests make it fail there). */
    Runnable betweenTextAndDataset = () -> { };

    /** Pretty-printed (default) or compact output. */
    public DatasetWriter pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Writes the text of a single-article dataset to a file of this name next to the dataset
     * (only with a path); null keeps the article's own {@link Article#textFile()}.
     */
    public DatasetWriter textFile(String name) {
        this.textFile = name;
        return this;
    }

    /**
     * Writes to a file: a temporary file in the same folder, moved into place when complete. An
     * article that came with a text file ({@link Article#textFile()}) keeps its text in a file
     * beside the dataset (see {@link #stream}); the others are written inline.
     */
    public void write(Dataset dataset, Path file) throws IOException {
        stream(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(), dataset.eras(), file, sink -> {
            for (Event event : dataset.events()) {
                sink.write(event);
            }
        });
    }

    /** Writes to a stream (left open), article texts inline (see {@link #open}). */
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
     * Article id → name of the text file beside the dataset that the last write to a path put its
     * text in (the name asked for, or {@code NAME-2.txt}… when another file held it); in article order.
     */
    public Map<String, String> writtenTextFiles() {
        return writtenTextFiles;
    }

    /** The name of the first article's text file written beside the dataset by the last write to a path, or null. */
    public String writtenTextFile() {
        return writtenTextFile;
    }

    /**
     * Writes a dataset to a file without holding its events in memory: the producer hands them
     * over one by one.
     *
     * <p>Each article with a text file goes to a file beside the dataset, under its own file name
     * (folders dropped; a name that is not a plain file name becomes {@code ID.txt}). A file of that
     * name that already holds the same text is left as it is; one with other content is never
     * overwritten: the text goes to {@code NAME-2.txt} and so on, and the dataset names that file.
     *
     * <p>The dataset and its texts are replaced as a unit, so that a failure or a kill at any moment
     * leaves either the old dataset with its old texts or the new one with its new texts, never one
     * with the other's: first the texts (new files only, never over a text the old dataset names),
     * then the dataset naming them, atomically; if that fails, the text files this call created are
     * removed again. Only once the new dataset is in place are the old dataset's texts that no
     * article names any more removed — and only files named as this writer names them
     * ({@code NAME.txt} or {@code NAME-N.txt} for a text this dataset writes as {@code NAME.txt}).
     */
    public void stream(String title, String description, List<Article> articles, List<Actor> actors, List<Era> eras,
                       Path file, EventProducer events) throws IOException {
        if (textFile != null && articles.size() != 1) {
            throw new IllegalStateException("a single text file name is for a dataset of one article, not "
                    + articles.size());
        }
        writtenTextFile = null;
        writtenTextFiles = Map.of();
        Path destination = AtomicFiles.check(file, List.of());
        Path folder = destination.getParent();
        if (folder != null) {
            // The dataset never goes over a text file its own articles are named after (writing
            // anchor's or Save As's output onto the article text would lose the text it was read with).
            List<Path> namedTexts = new ArrayList<>();
            for (Article article : articles) {
                String wanted = textFile != null ? textFile : article.textFile();
                if (article.hasText() && wanted != null) {
                    namedTexts.add(folder.resolve(plainFileName(wanted, article.id())));
                }
            }
            AtomicFiles.check(file, namedTexts);
        }
        List<String> previous = DatasetFiles.textFilesNamedBy(destination);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Map<String, String> wantedNames = new HashMap<>();
        List<Path> created = new ArrayList<>();
        List<Path> texts = new ArrayList<>();
        boolean done = false;
        try {
            Set<String> taken = new HashSet<>();
            taken.add(destination.getFileName().toString().toLowerCase(Locale.ROOT));
            for (Article article : articles) {
                String wanted = textFile != null ? textFile : article.textFile();
                if (!article.hasText() || wanted == null || folder == null) {
                    continue;
                }
                String plain = plainFileName(wanted, article.id());
                String name = placeText(article, plain, folder, destination, taken, created);
                names.put(article.id(), name);
                wantedNames.put(name, plain);
                texts.add(folder.resolve(name));
            }
            betweenTextAndDataset.run();
            AtomicFiles.write(file, texts, out -> {
                try (EventSink sink = open(title, description, articles, actors, eras, out, names)) {
                    events.produce(sink);
                }
            });
            done = true;
        } finally {
            if (!done) {
                for (Path path : created) {
                    Files.deleteIfExists(path);
                }
            }
        }
        if (!articles.isEmpty()) {
            writtenTextFile = names.get(articles.get(0).id());
        }
        writtenTextFiles = java.util.Collections.unmodifiableMap(names);
        removeReplacedTexts(folder, previous, wantedNames);
    }

    /**
     * Removes the texts the dataset named before this write that it names no more, when they are
     * versions of a name it writes now ({@code gen.txt} replaced by {@code gen-2.txt} or the other
     * way round). Anything else is left alone: it may be another dataset's.
     */
    private static void removeReplacedTexts(Path folder, List<String> previous, Map<String, String> wantedNames) {
        if (folder == null) {
            return;
        }
        for (String old : previous) {
            if (wantedNames.containsKey(old) || old.contains("/") || old.contains("\\")) {
                continue;
            }
            boolean replaced = wantedNames.values().stream().anyMatch(wanted -> isVersionOf(old, wanted));
            Path path = folder.resolve(old);
            if (replaced && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // The new dataset is written; a leftover old text is harmless.
                }
            }
        }
    }

    /** True for {@code name} itself and the names the writer falls back to ({@code gen.txt}, {@code gen-2.txt}). */
    static boolean isVersionOf(String candidate, String name) {
        if (candidate.equals(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return candidate.startsWith(base + "-") && candidate.endsWith(extension)
                && candidate.substring(base.length() + 1, candidate.length() - extension.length()).matches("[1-9][0-9]{0,5}");
    }

    /**
     * Chooses the file an article's text goes to, writing it unless an identical file is there:
     * {@code wanted}, or {@code wanted-2}, {@code wanted-3}… when that name is taken by another
     * article of this dataset or by a file with other content (never overwritten: it may be the
     * text the old dataset names, or someone else's file).
     */
    private String placeText(Article article, String wanted, Path folder, Path dataset, Set<String> taken,
                             List<Path> created) throws IOException {
        byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
        int dot = wanted.lastIndexOf('.');
        String base = dot > 0 ? wanted.substring(0, dot) : wanted;
        String extension = dot > 0 ? wanted.substring(dot) : "";
        for (int n = 1; ; n++) {
            String name = n == 1 ? wanted : base + "-" + n + extension;
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Path path = folder.resolve(name);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (sameContent(path, bytes)) {
                    return name;
                }
                continue;
            }
            AtomicFiles.write(path, List.of(dataset), out -> out.write(bytes));
            created.add(path);
            return name;
        }
    }

    private static boolean sameContent(Path path, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.size(path) != bytes.length) {
            return false;
        }
        return java.util.Arrays.equals(Files.readAllBytes(path), bytes);
    }

    /** The last segment of a text file name when it is a plain file name, else {@code ID.txt}. */
    static String plainFileName(String name, String articleId) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (PLAIN_FILE_NAME.matcher(last).matches() && !last.endsWith(".json")) {
            return last;
        }
        String id = articleId.replaceAll("[^A-Za-z0-9._-]", "-");
        return (id.isEmpty() || id.startsWith(".") ? "article" + id : id) + ".txt";
    }

    /**
     * Starts a dataset on a stream (left open when the sink closes), article texts inline (but for
     * the one article of a {@link #textFile} given, whose name is written instead): the header,
     * articles and actors are written now, the events as they are handed to the sink.
     */
    public EventSink open(String title, String description, List<Article> articles, List<Actor> actors, List<Era> eras,
                          OutputStream out) throws IOException {
        // A text file name given for the one article is written as its name: the caller puts the text there.
        Map<String, String> named = textFile != null && articles.size() == 1 && articles.get(0).hasText()
                ? Map.of(articles.get(0).id(), textFile) : Map.of();
        return open(title, description, articles, actors, eras, out, named);
    }

    /** As {@link #open}, the texts of the articles in {@code textFiles} (by id) named as in that file. */
    private EventSink open(String title, String description, List<Article> articles, List<Actor> actors, List<Era> eras,
                           OutputStream out, Map<String, String> textFiles) throws IOException {
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
            writeArticle(g, article, textFiles.get(article.id()));
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

    private static void writeArticle(JsonGenerator g, Article a, String textFile) throws IOException {
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
