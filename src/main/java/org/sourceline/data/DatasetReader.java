package org.sourceline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Qualifier;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;

/**
 * Reads and validates a Sourceline dataset in one streaming pass: format {@value #FORMAT} (several
 * articles in {@code "articles"}, each evidence naming its article and stance) and the older
 * {@value #FORMAT_1} (one {@code "article"}), which is read as a dataset of one article.
 *
 * <p>Every problem is collected, each with its file, line and column; a dataset with any error
 * is never returned, so nothing half-loads. Warnings (a re-anchored quote, an event without
 * evidence, …) do not stop loading. The JSON is read token by token with Jackson's streaming
 * parser: positions come for free and a million events need no intermediate tree.
 */
public final class DatasetReader {
    /** The format name of the current format, which {@link DatasetWriter} writes. */
    public static final String FORMAT = "sourceline-dataset/2";
    /** The first format: one article, in {@code "article"}. Still read. */
    public static final String FORMAT_1 = "sourceline-dataset/1";
    /** Classpath location of the dataset bundled with the app. */
    public static final String BUNDLED = "/datasets/iran-russia-2023.json";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(100).build())
            .build();

    private LongConsumer progress = bytes -> { };
    private BooleanSupplier cancelled = () -> false;
    private AnchoringListener anchoring = new AnchoringListener() { };

    /** Told where the article and each quote of a file are and how each quote was anchored. */
    public interface AnchoringListener {
        /** The article object, at a 1-based line and column of the file. */
        default void article(int line, int column, Article article) {
        }

        /** One quote, found or not, in the order the reader anchors them. */
        default void quote(AnchoredQuote quote) {
        }
    }

    /** Reports the article and every quote, with their positions, as they are read. */
    public DatasetReader withAnchoringListener(AnchoringListener listener) {
        this.anchoring = listener;
        return this;
    }

    /** Reports the number of bytes read so far, now and then, on the reading thread. */
    public DatasetReader withProgress(LongConsumer bytesRead) {
        this.progress = bytesRead;
        return this;
    }

    /** Makes reading stop with a {@link CancellationException} once {@code isCancelled} says so. */
    public DatasetReader withCancellation(BooleanSupplier isCancelled) {
        this.cancelled = isCancelled;
        return this;
    }

    /** Reads a dataset file; never throws for bad input (problems are in the result). */
    public ReadResult read(Path file) {
        return DatasetFiles.readStream(file, in -> read(in, file.toString(), TextFiles.besides(file)));
    }

    /** Reads a dataset from the classpath, e.g. {@link #BUNDLED}. */
    public ReadResult readResource(String resourcePath) {
        InputStream in = DatasetReader.class.getResourceAsStream(resourcePath);
        String name = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        if (in == null) {
            return unreadable(name, "no such resource");
        }
        try (in) {
            return read(in, name, TextFiles.besidesResource(resourcePath));
        } catch (IOException e) {
            return unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a dataset from a stream; {@code files} resolves the article text file, if any. */
    public ReadResult read(InputStream in, String displayName, TextFiles files) throws IOException {
        Session session = new Session(displayName, files);
        try {
            return session.run(in);
        } catch (NotEnoughMemoryError e) {
            throw e;
        } catch (OutOfMemoryError e) {
            int events = session.eventCount;
            session = null; // what was read is garbage from here on
            throw new NotEnoughMemoryError(displayName, events);
        }
    }

    /** Reads a dataset file and returns it, or throws with every problem. */
    public Dataset load(Path file) throws DatasetException {
        ReadResult result = read(file);
        if (result.hasErrors()) {
            throw new DatasetException(result);
        }
        return result.dataset();
    }

    /** The dataset bundled with Sourceline. */
    public static Dataset loadBundled() {
        ReadResult result = new DatasetReader().readResource(BUNDLED);
        if (result.hasErrors()) {
            throw new IllegalStateException("the bundled dataset is invalid:\n" + new DatasetException(result).getMessage());
        }
        return result.dataset();
    }

    private static ReadResult unreadable(String file, String message) {
        return ReadResult.unreadable(file, message);
    }

    // ---------------------------------------------------------------------------------------

    /** A reference to an actor id, remembered with its position until the actor list is known. */
    private record Ref(String id, int line, int column, String eventId) {
    }

    /** A quote as written in the file; {@code articleId} is null when the evidence names no article. */
    private record RawEvidence(String exact, String prefix, String suffix, int start, int end, String articleId,
                               Stance stance, int line, int column) {
    }

    /** An EDTF value and what it means. */
    private record ParsedEdtf(String text, Edtf.Bounds bounds) {
    }

    private static final int E_ID = 0;
    private static final int E_TITLE = 1;
    private static final int E_SUMMARY = 2;
    private static final int E_TIME = 3;
    private static final int E_TYPE = 4;
    private static final int E_MODE = 5;
    private static final int E_PLACE = 6;
    private static final int E_SOURCE = 7;
    private static final int E_TARGET = 8;
    private static final int E_PARTICIPANTS = 9;
    private static final int E_CERTAINTY = 10;
    private static final int E_EVIDENCE = 11;
    private static final String[] EVENT_FIELDS = {"id", "title", "summary", "time", "type", "mode", "place", "source",
        "target", "participants", "certainty", "evidence"};
    private static final int[] EVENT_REQUIRED = {E_ID, E_TITLE, E_TIME, E_TYPE, E_CERTAINTY};

    /** Event types and certainty levels by the names datasets use, found without building strings. */
    private static final KnownIds<EventType> TYPE_IDS = new KnownIds<>();
    private static final KnownIds<CertaintyLevel> LEVEL_IDS = new KnownIds<>();

    static {
        for (EventType type : EventType.values()) {
            TYPE_IDS.put(type.id(), type);
        }
        for (CertaintyLevel level : CertaintyLevel.values()) {
            LEVEL_IDS.put(level.id(), level);
        }
    }

    /** The index of an event field in {@link #EVENT_FIELDS}, or -1. */
    private static int eventField(String name) {
        return switch (name) {
            case "id" -> E_ID;
            case "title" -> E_TITLE;
            case "summary" -> E_SUMMARY;
            case "time" -> E_TIME;
            case "type" -> E_TYPE;
            case "mode" -> E_MODE;
            case "place" -> E_PLACE;
            case "source" -> E_SOURCE;
            case "target" -> E_TARGET;
            case "participants" -> E_PARTICIPANTS;
            case "certainty" -> E_CERTAINTY;
            case "evidence" -> E_EVIDENCE;
            default -> -1;
        };
    }

    /**
     * The fields met so far in one JSON object, to report repeats: known fields (by index) as
     * bits, so the usual object costs no hashing; unknown ones, found only in bad files, by name.
     */
    private static final class Seen {
        private long known;
        private Set<String> unknown;

        /** Records a field; true when it was met before in this object. */
        boolean isRepeated(int index, String name) {
            if (index >= 0) {
                long bit = 1L << index;
                boolean repeated = (known & bit) != 0;
                known |= bit;
                return repeated;
            }
            if (unknown == null) {
                unknown = new HashSet<>(4);
            }
            return !unknown.add(name);
        }

        boolean has(int index) {
            return (known & (1L << index)) != 0;
        }
    }

    /** An event as written in the file, before actor ids and quotes are resolved. */
    private static final class RawEvent {
        String id;
        int line;
        int column;
        String title;
        String summary;
        TimeSpan time;
        EventType type;
        String mode;
        String place;
        List<Ref> sources = List.of();
        List<Ref> targets = List.of();
        List<Ref> participants = List.of();
        CertaintyLevel level;
        List<Ref> attributedTo = List.of();
        String certaintyNote;
        List<RawEvidence> evidence = List.of();
        boolean evidenceGiven;
        boolean valid = true;
    }

    /** One read of one file. */
    private final class Session {
        private final String file;
        private final TextFiles files;
        private final List<Problem> problems = new ArrayList<>();
        private final StringPool<String> dedupe = new StringPool<>(1 << 14);
        private JsonParser p;
        /** The same parser when it can tell token positions without allocating; else null. */
        private ParserBase fast;
        private final StringPool<ParsedEdtf> edtfCache = new StringPool<>(1 << 16);

        private String format;
        private String title;
        private String description;
        /** The articles read so far, by id, in file order. */
        private final Map<String, Article> articles = new LinkedHashMap<>();
        /** Every article id met, also of articles that failed to load (not reported again as unknown). */
        private final Set<String> declaredArticleIds = new HashSet<>();
        /** Where the file lists its articles: {@code "article"} (format 1) or {@code "articles"}. */
        private String articlesField;
        private int articlesLine;
        private int articlesColumn;
        private boolean articleSeen;
        private boolean actorsSeen;
        private boolean eventsSeen;
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final StringPool<TimeSpan> timeSpans = new StringPool<>(1 << 16);
        private final Certainty[] bareCertainties = new Certainty[CertaintyLevel.values().length];
        private final Map<Actor, List<Actor>> singleActorLists = new java.util.IdentityHashMap<>();
        /** A reference for each valid actor, found by its id's characters. */
        private final KnownIds<Ref> knownRefs = new KnownIds<>();
        private final Set<String> declaredActorIds = new HashSet<>();
        private final List<Ref> affiliationRefs = new ArrayList<>();
        private final Set<String> usedActorIds = new HashSet<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Era> eras = new ArrayList<>();
        private final List<RawEvent> pending = new ArrayList<>();
        private final StringSet eventIds = new StringSet();
        private int eventCount;
        private int quotesTotal;
        private int quotesVerified;
        private boolean broken;
        /** Whether the last {@link #readRefs} found a well-formed array. */
        private boolean refsOk;
        /** SHA-256 of the article text file's content, computed from its bytes as read. */
        private String textFileDigest;

        Session(String file, TextFiles files) {
            this.file = file;
            this.files = files;
        }

        ReadResult run(InputStream raw) throws IOException {
            CountingInputStream counting = new CountingInputStream(raw);
            BufferedInputStream in = new BufferedInputStream(counting, 1 << 16);
            String headProblem = JsonText.headProblem(in);
            if (headProblem != null) {
                error(1, 1, null, headProblem);
                return finish();
            }
            try (JsonParser parser = JSON.createParser(in)) {
                p = parser;
                fast = parser instanceof UTF8StreamJsonParser byteParser ? byteParser : null;
                readRoot(counting);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String message = JsonText.message(e);
                error(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), null, message);
                broken = true;
            }
            return finish();
        }

        private void readRoot(CountingInputStream counting) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                error(1, 1, null, "the file is empty");
                broken = true;
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                errorHere(null, "expected a JSON object ({ … }) at the top level, found " + describe(t));
                broken = true;
                return;
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = line();
                int column = column();
                p.nextToken();
                if (!seen.add(name)) {
                    error(line, column, null, "duplicate field \"" + name + "\"");
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "format" -> {
                        format = requiredString(name, null);
                        if (format != null && !format.equals(FORMAT) && !format.equals(FORMAT_1)) {
                            errorHere(null, "unsupported format \"" + format + "\" (expected \"" + FORMAT + "\" or \""
                                    + FORMAT_1 + "\")");
                        }
                    }
                    case "title" -> title = requiredString(name, null);
                    case "description" -> description = string(name, null);
                    case "article", "articles" -> {
                        if (articlesField != null) {
                            error(line, column, null, "give either \"article\" or \"articles\", not both");
                            p.skipChildren();
                            continue;
                        }
                        articlesField = name;
                        articlesLine = line;
                        articlesColumn = column;
                        if (name.equals("article")) {
                            readArticle(false);
                            articleSeen = true;
                            resolvePending();
                        } else {
                            readArticles();
                        }
                    }
                    case "actors" -> readActors();
                    case "eras" -> readEras();
                    case "events" -> readEvents(counting);
                    default -> unknownField(line, column, name, null,
                            "format, title, description, articles, actors, eras, events");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                errorHere(null, "expected a field name or '}', found " + describe(p.currentToken()));
            }
            if (p.nextToken() != null) {
                errorHere(null, "unexpected content after the end of the dataset object");
            }
            for (String required : List.of("format", "title", "actors", "events")) {
                if (!seen.contains(required)) {
                    error(1, 1, null, "missing required field \"" + required + "\"");
                }
            }
            checkArticlesField();
        }

        /** Format 2 lists its articles in "articles"; format 1 has the one "article". */
        private void checkArticlesField() {
            boolean first = FORMAT_1.equals(format);
            if (articlesField == null) {
                error(1, 1, null, "missing required field \"" + (first ? "article" : "articles") + "\"");
            } else if (first && articlesField.equals("articles")) {
                error(articlesLine, articlesColumn, null, "\"articles\" needs \"format\": \"" + FORMAT
                        + "\" (format 1 has one \"article\")");
            } else if (FORMAT.equals(format) && articlesField.equals("article")) {
                error(articlesLine, articlesColumn, null, "format 2 lists its articles in \"articles\": [ … ], not in \"article\"");
            }
        }

        // ----- article -------------------------------------------------------------------------

        private void readArticles() throws IOException {
            if (expectArray("articles", null)) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    readArticle(true);
                }
                if (articles.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
                    error(articlesLine, articlesColumn, null, "articles: give at least one article");
                }
            }
            articleSeen = true;
            resolvePending();
        }

        /**
         * Reads one article object: an element of "articles" ({@code listed}, where "id" is
         * required) or format 1's single "article", whose id is derived from its text file's name.
         */
        private void readArticle(boolean listed) throws IOException {
            if (!expectObject("article", null)) {
                return;
            }
            int objLine = line();
            int objColumn = column();
            String id = null;
            int idLine = objLine;
            int idColumn = objColumn;
            String aTitle = null;
            String outlet = null;
            String author = null;
            String url = null;
            TimeSpan published = null;
            String language = null;
            String text = null;
            String textFile = null;
            int textFileLine = 0;
            int textFileColumn = 0;
            String sha256 = null;
            String note = null;
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = line();
                int column = column();
                p.nextToken();
                if (!seen.add(name)) {
                    error(line, column, null, "duplicate field \"" + name + "\" in article");
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "id" -> {
                        idLine = line();
                        idColumn = column();
                        id = requiredString("id", null);
                        if (id != null && id.isBlank()) {
                            errorHere(null, "article id must not be empty");
                            id = null;
                        }
                        if (!listed && id != null) {
                            errorHere(null, "article: \"id\" needs \"format\": \"" + FORMAT + "\"");
                        }
                    }
                    case "title" -> aTitle = requiredString("title", null);
                    case "outlet" -> outlet = string("outlet", null);
                    case "author" -> author = string("author", null);
                    case "url" -> url = string("url", null);
                    case "published" -> published = p.currentToken() == JsonToken.VALUE_NULL ? null : readTime(null, "published");
                    case "language" -> language = string("language", null);
                    case "text" -> text = string("text", null);
                    case "textFile" -> {
                        textFileLine = line();
                        textFileColumn = column();
                        textFile = string("textFile", null);
                    }
                    case "sha256" -> sha256 = string("sha256", null);
                    case "note" -> note = string("note", null);
                    default -> unknownField(line, column, name, null,
                            (listed ? "id, " : "") + "title, outlet, author, url, published, language, text, textFile, sha256, note");
                }
            }
            if (aTitle == null && !seen.contains("title")) {
                error(objLine, objColumn, null, "article" + (id == null ? "" : " \"" + id + "\"")
                        + ": missing required field \"title\"");
            }
            if (listed && !seen.contains("id")) {
                error(objLine, objColumn, null, "article: missing required field \"id\"");
            }
            if (text != null && textFile != null) {
                error(textFileLine, textFileColumn, null, "article: give either \"text\" or \"textFile\", not both");
            } else if (textFile != null) {
                text = readTextFile(textFile, textFileLine, textFileColumn);
            }
            if (text != null && sha256 != null && !sha256.equalsIgnoreCase(textFile != null && textFileDigest != null
                    ? textFileDigest : sha256(text))) {
                warning(objLine, objColumn, null, "the article text is not the one the quote offsets were recorded for"
                        + " (sha256 differs); every quote was checked again");
            }
            if (!listed) {
                id = Article.idFromFileName(textFile);
            }
            if (id == null) {
                return;
            }
            if (!declaredArticleIds.add(id)) {
                error(idLine, idColumn, null, DatasetRules.duplicateArticleId(id));
                return;
            }
            Article article = new Article(id, aTitle, outlet, author, url, published, language, text, textFile, sha256, note);
            articles.put(id, article);
            anchoring.article(objLine, objColumn, article);
        }


        private String readTextFile(String name, int line, int column) {
            byte[] bytes;
            try {
                bytes = files.read(name);
            } catch (NoSuchFileException | FileNotFoundException e) {
                error(line, column, null, "article text file \"" + files.displayName(name) + "\" not found");
                return null;
            } catch (IOException e) {
                error(line, column, null, "article text file \"" + files.displayName(name) + "\" cannot be read: "
                        + e.getMessage());
                return null;
            }
            if (bytes.length == 0) {
                problems.add(new Problem(Severity.ERROR, files.displayName(name), 1, 1, null, "the article text file is empty"));
                return null;
            }
            try {
                String text = Utf8.decode(bytes);
                // Valid UTF-8 decodes one to one: the file's bytes (less a byte order mark) are the text's.
                int bom = Utf8.bomLength(bytes);
                textFileDigest = sha256(bytes, bom, bytes.length - bom);
                return text;
            } catch (Utf8.MalformedTextException e) {
                problems.add(new Problem(Severity.ERROR, files.displayName(name), e.line(), e.column(), null, e.getMessage()));
                return null;
            }
        }

        // ----- actors --------------------------------------------------------------------------

        private void readActors() throws IOException {
            actorsSeen = true;
            if (!expectArray("actors", null)) {
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                readActor();
            }
            resolvePending();
        }

        private void readActor() throws IOException {
            if (!expectObject("actor", null)) {
                return;
            }
            int objLine = line();
            int objColumn = column();
            String id = null;
            String name = null;
            ActorKind kind = null;
            String affiliation = null;
            int affLine = 0;
            int affColumn = 0;
            String role = null;
            String desc = null;
            boolean valid = true;
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int line = line();
                int column = column();
                p.nextToken();
                if (!seen.add(field)) {
                    error(line, column, null, "duplicate field \"" + field + "\" in actor");
                    p.skipChildren();
                    valid = false;
                    continue;
                }
                switch (field) {
                    case "id" -> {
                        id = requiredString("id", null);
                        if (id != null && id.isBlank()) {
                            errorHere(null, DatasetRules.emptyId("actor"));
                            id = null;
                        } else if (id != null && !declaredActorIds.add(id)) {
                            errorHere(null, DatasetRules.duplicateActorId(id));
                            valid = false;
                        }
                    }
                    case "name" -> name = requiredString("name", null);
                    case "kind" -> {
                        String k = requiredString("kind", null);
                        if (k != null) {
                            kind = ActorKind.fromId(k);
                            if (kind == null) {
                                errorHere(null, "unknown actor kind \"" + k + "\" (expected state, person, organization or group)");
                            }
                        }
                    }
                    case "affiliation" -> {
                        affLine = line();
                        affColumn = column();
                        affiliation = string("affiliation", null);
                    }
                    case "role" -> role = string("role", null);
                    case "description" -> desc = string("description", null);
                    default -> {
                        unknownField(line, column, field, null, "id, name, kind, affiliation, role, description");
                        valid = false;
                    }
                }
            }
            for (String required : List.of("id", "name", "kind")) {
                if (!seen.contains(required)) {
                    error(objLine, objColumn, null, "actor" + (id != null ? " \"" + id + "\"" : "")
                            + ": missing required field \"" + required + "\"");
                }
            }
            if (valid && id != null && name != null && kind != null) {
                actors.put(id, new Actor(id, name, kind, affiliation, role, desc));
                knownRefs.put(id, new Ref(id, 0, 0, null));
                if (affiliation != null) {
                    affiliationRefs.add(new Ref(affiliation, affLine, affColumn, id));
                }
            }
        }

        // ----- eras ----------------------------------------------------------------------------

        private void readEras() throws IOException {
            if (!expectArray("eras", null)) {
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                readEra();
            }
        }

        private void readEra() throws IOException {
            if (!expectObject("era", null)) {
                return;
            }
            int objLine = line();
            int objColumn = column();
            String eraTitle = null;
            TimeSpan time = null;
            boolean valid = true;
            Set<String> seen = new HashSet<>(4);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int line = line();
                int column = column();
                p.nextToken();
                if (!seen.add(field)) {
                    error(line, column, null, "duplicate field \"" + field + "\" in era");
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "title" -> eraTitle = requiredString("era title", null);
                    case "time" -> {
                        time = readTime(null, "era time");
                        valid &= time != null;
                    }
                    default -> {
                        unknownField(line, column, field, null, "title, time");
                        valid = false;
                    }
                }
            }
            for (String required : List.of("title", "time")) {
                if (!seen.contains(required)) {
                    error(objLine, objColumn, null, "era: missing required field \"" + required + "\"");
                }
            }
            if (valid && eraTitle != null && time != null) {
                eras.add(new Era(eraTitle, time));
            }
        }

        // ----- events --------------------------------------------------------------------------

        private void readEvents(CountingInputStream counting) throws IOException {
            eventsSeen = true;
            if (!expectArray("events", null)) {
                return;
            }
            long lastReport = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                RawEvent raw = readEvent();
                if (raw != null) {
                    if (isReady()) {
                        resolve(raw);
                    } else {
                        pending.add(raw);
                    }
                }
                if ((eventCount & 1023) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("reading " + file + " was cancelled");
                    }
                    long bytes = counting.count();
                    if (bytes - lastReport > (1 << 20)) {
                        progress.accept(bytes);
                        lastReport = bytes;
                    }
                }
            }
            progress.accept(counting.count());
        }

        private boolean isReady() {
            return articleSeen && actorsSeen;
        }

        private RawEvent readEvent() throws IOException {
            eventCount++;
            if (!expectObject("event", null)) {
                return null;
            }
            RawEvent e = new RawEvent();
            e.line = line();
            e.column = column();
            Seen seen = new Seen();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int f = eventField(field);
                if (seen.isRepeated(f, field)) {
                    fieldProblem(e.id, "duplicate field \"" + field + "\"");
                    e.valid = false;
                    continue;
                }
                if (f < 0) {
                    fieldProblem(e.id, "unknown field \"" + field + "\" (known fields: id, title, summary, time, type, "
                            + "mode, place, source, target, participants, certainty, evidence)");
                    e.valid = false;
                    continue;
                }
                p.nextToken();
                switch (f) {
                    case E_ID -> {
                        e.id = requiredString("id", null);
                        if (e.id != null && e.id.isBlank()) {
                            errorHere(null, DatasetRules.emptyId("event"));
                            e.id = null;
                            e.valid = false;
                        } else if (e.id != null && !eventIds.add(e.id)) {
                            errorHere(e.id, DatasetRules.duplicateEventId());
                            e.valid = false;
                        }
                    }
                    case E_TITLE -> e.title = requiredString("title", e.id);
                    case E_SUMMARY -> e.summary = string("summary", e.id);
                    case E_TIME -> {
                        e.time = readTime(e.id, "time");
                        e.valid &= e.time != null;
                    }
                    case E_TYPE -> {
                        EventType known = known(TYPE_IDS);
                        if (known != null) {
                            e.type = known;
                            continue;
                        }
                        String type = requiredString("type", e.id);
                        if (type != null) {
                            // Exactly as written by DatasetWriter and the JSON Schema: upper case.
                            e.type = EventType.fromId(type);
                            if (e.type != null && !e.type.id().equals(type)) {
                                errorHere(e.id, "event type \"" + type + "\" must be written in upper case: \""
                                        + e.type.id() + "\"");
                                e.type = null;
                            } else if (e.type == null) {
                                errorHere(e.id, "unknown event type \"" + type + "\" (expected one of " + typeList() + ")");
                            }
                        }
                    }
                    case E_MODE -> e.mode = sharedString("mode", e.id);
                    case E_PLACE -> e.place = sharedString("place", e.id);
                    case E_SOURCE -> {
                        e.sources = readRefs(e.id, "source");
                        e.valid &= refsOk;
                    }
                    case E_TARGET -> {
                        e.targets = readRefs(e.id, "target");
                        e.valid &= refsOk;
                    }
                    case E_PARTICIPANTS -> {
                        e.participants = readRefs(e.id, "participants");
                        e.valid &= refsOk;
                    }
                    case E_CERTAINTY -> e.valid &= readCertainty(e);
                    case E_EVIDENCE -> {
                        e.evidenceGiven = true;
                        e.valid &= readEvidenceList(e);
                    }
                    default -> throw new IllegalStateException();
                }
            }
            for (int required : EVENT_REQUIRED) {
                if (!seen.has(required)) {
                    error(e.line, e.column, e.id, "missing required field \"" + EVENT_FIELDS[required] + "\"");
                    e.valid = false;
                }
            }
            if (e.title == null || e.type == null || e.level == null || e.id == null) {
                e.valid = false;
            }
            if (seen.has(E_ID) && e.sources.isEmpty() && e.targets.isEmpty() && e.participants.isEmpty()
                    && e.valid) {
                error(e.line, e.column, e.id, DatasetRules.noActors());
                e.valid = false;
            }
            return e;
        }

        /**
         * Reports a problem with the field name under the parser (a duplicate or unknown field)
         * at that name's position, then skips its value.
         */
        private void fieldProblem(String eventId, String message) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            error(at.getLineNr(), at.getColumnNr(), eventId, message);
            p.skipChildren();
        }

        /**
         * Reads an array of actor ids; {@link #refsOk} says whether it was well formed. Empty
         * roles (most events have some) cost no list.
         */
        private List<Ref> readRefs(String eventId, String field) throws IOException {
            refsOk = true;
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (!expectArray(field, eventId)) {
                refsOk = false;
                return List.of();
            }
            List<Ref> into = null;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    errorHere(eventId, field + ": expected an actor id (a string), found " + describe(p.currentToken()));
                    p.skipChildren();
                    refsOk = false;
                    continue;
                }
                if (into == null) {
                    into = new ArrayList<>(2);
                }
                // A known actor's reference is shared (its position only matters for an unknown one).
                Ref known = knownRefs.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                into.add(known != null ? known : new Ref(p.getText(), line(), column(), eventId));
            }
            return into == null ? List.of() : into;
        }

        private boolean readCertainty(RawEvent e) throws IOException {
            if (!expectObject("certainty", e.id)) {
                return false;
            }
            int objLine = line();
            int objColumn = column();
            boolean ok = true;
            Seen seen = new Seen();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int f = switch (field) {
                    case "level" -> 0;
                    case "attributedTo" -> 1;
                    case "note" -> 2;
                    default -> -1;
                };
                if (seen.isRepeated(f, field)) {
                    fieldProblem(e.id, "duplicate field \"" + field + "\" in certainty");
                    continue;
                }
                if (f < 0) {
                    fieldProblem(e.id, "unknown field \"" + field + "\" (known fields: level, attributedTo, note)");
                    ok = false;
                    continue;
                }
                p.nextToken();
                switch (f) {
                    case 0 -> {
                        CertaintyLevel known = known(LEVEL_IDS);
                        if (known != null) {
                            e.level = known;
                            continue;
                        }
                        String level = requiredString("level", e.id);
                        if (level != null) {
                            e.level = CertaintyLevel.fromId(level);
                            if (e.level == null) {
                                errorHere(e.id, "unknown certainty level \"" + level
                                        + "\" (expected stated, reported, claimed, assessed or forecast)");
                                ok = false;
                            }
                        }
                    }
                    case 1 -> {
                        e.attributedTo = readRefs(e.id, "attributedTo");
                        ok &= refsOk;
                    }
                    default -> e.certaintyNote = sharedString("note", e.id);
                }
            }
            if (!seen.has(0)) {
                error(objLine, objColumn, e.id, "certainty: missing required field \"level\"");
                ok = false;
            }
            if (e.level == CertaintyLevel.CLAIMED && e.attributedTo.isEmpty()) {
                warning(objLine, objColumn, e.id, DatasetRules.claimedWithoutSpeaker());
            }
            return ok;
        }

        private boolean readEvidenceList(RawEvent e) throws IOException {
            if (!expectArray("evidence", e.id)) {
                return false;
            }
            List<RawEvidence> list = new ArrayList<>(1);
            boolean ok = true;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                RawEvidence evidence = readEvidence(e.id);
                if (evidence == null) {
                    ok = false;
                } else {
                    list.add(evidence);
                }
            }
            e.evidence = list;
            return ok;
        }

        private RawEvidence readEvidence(String eventId) throws IOException {
            if (!expectObject("evidence", eventId)) {
                return null;
            }
            int objLine = line();
            int objColumn = column();
            String exact = null;
            String prefix = null;
            String suffix = null;
            int start = -1;
            int end = -1;
            String articleId = null;
            Stance stance = Stance.SUPPORTS;
            boolean ok = true;
            Seen seen = new Seen();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int f = switch (field) {
                    case "exact" -> 0;
                    case "prefix" -> 1;
                    case "suffix" -> 2;
                    case "start" -> 3;
                    case "end" -> 4;
                    case "article" -> 5;
                    case "stance" -> 6;
                    default -> -1;
                };
                if (seen.isRepeated(f, field)) {
                    fieldProblem(eventId, "duplicate field \"" + field + "\" in evidence");
                    continue;
                }
                if (f < 0) {
                    fieldProblem(eventId, "unknown field \"" + field
                            + "\" (known fields: article, stance, exact, prefix, suffix, start, end)");
                    ok = false;
                    continue;
                }
                p.nextToken();
                switch (f) {
                    case 0 -> exact = requiredString("exact", eventId);
                    case 1 -> prefix = string("prefix", eventId);
                    case 2 -> suffix = string("suffix", eventId);
                    case 3 -> {
                        start = offset("start", eventId);
                        ok &= start >= 0; // -1: reported; the quote is not checked without it
                    }
                    case 4 -> {
                        end = offset("end", eventId);
                        ok &= end >= 0;
                    }
                    case 5 -> articleId = sharedString("article", eventId);
                    default -> {
                        String value = requiredString("stance", eventId);
                        if (value != null) {
                            stance = Stance.fromId(value);
                            if (stance == null) {
                                errorHere(eventId, "evidence: unknown stance \"" + value + "\" (expected supports or disputes)");
                                ok = false;
                                stance = Stance.SUPPORTS;
                            }
                        }
                    }
                }
            }
            if (exact == null) {
                if (!seen.has(0)) {
                    error(objLine, objColumn, eventId, "evidence: missing required field \"exact\" (the verbatim quote)");
                }
                return null;
            }
            if (exact.isEmpty()) {
                error(objLine, objColumn, eventId, DatasetRules.emptyQuote());
                return null;
            }
            if (start >= 0 && end >= 0 && end < start) {
                error(objLine, objColumn, eventId, "evidence: end offset " + end + " is before start offset " + start);
                return null;
            }
            return ok ? new RawEvidence(exact, prefix, suffix, start, end, articleId, stance, objLine, objColumn) : null;
        }

        private int offset(String field, String eventId) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                int value = p.getIntValue();
                if (value >= 0) {
                    return value;
                }
                errorHere(eventId, "evidence: " + field + " must not be negative");
                return -1;
            }
            errorHere(eventId, "evidence: " + field + " must be a whole number (a UTF-16 offset), found "
                    + describe(p.currentToken()));
            p.skipChildren();
            return -1;
        }

        // ----- time ----------------------------------------------------------------------------

        private TimeSpan readTime(String eventId, String what) throws IOException {
            if (!expectObject(what, eventId)) {
                return null;
            }
            int objLine = line();
            int objColumn = column();
            ParsedEdtf edtf = null;
            boolean edtfInvalid = false;
            String phrase = null;
            String note = null;
            boolean earliestGiven = false;
            boolean latestGiven = false;
            long earliest = 0;
            long latest = 0;
            int earliestLine = 0;
            int earliestColumn = 0;
            int latestLine = 0;
            int latestColumn = 0;
            boolean ok = true;
            Seen seen = new Seen();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int f = switch (field) {
                    case "edtf" -> 0;
                    case "phrase" -> 1;
                    case "note" -> 2;
                    case "earliest" -> 3;
                    case "latest" -> 4;
                    default -> -1;
                };
                if (seen.isRepeated(f, field)) {
                    fieldProblem(eventId, "duplicate field \"" + field + "\" in " + what);
                    continue;
                }
                if (f < 0) {
                    fieldProblem(eventId, "unknown field \"" + field + "\" (known fields: edtf, phrase, earliest, latest, note)");
                    ok = false;
                    continue;
                }
                p.nextToken();
                switch (f) {
                    case 0 -> {
                        // Parsed here, where the parser is on the value, so an error points into it.
                        ParsedEdtf known = p.currentToken() == JsonToken.VALUE_STRING
                                ? edtfCache.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
                        if (known != null) {
                            edtf = known;
                            continue;
                        }
                        int edtfLine = line();
                        int edtfColumn = column();
                        String text = requiredString("edtf", eventId);
                        if (text != null) {
                            try {
                                edtf = parseEdtf(text);
                            } catch (EdtfException ex) {
                                error(edtfLine, edtfColumn + 1 + ex.offset(), eventId, DatasetRules.invalidEdtf(what, text, ex));
                                edtfInvalid = true;
                            }
                        }
                    }
                    case 1 -> phrase = sharedString("phrase", eventId);
                    case 2 -> note = sharedString("note", eventId);
                    default -> {
                        boolean isEarliest = f == 3;
                        long day;
                        if (p.currentToken() == JsonToken.VALUE_NULL) {
                            day = isEarliest ? Days.OPEN_START : Days.OPEN_END;
                        } else if (p.currentToken() == JsonToken.VALUE_STRING && (day = Dates.epochDay(
                                p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) != Dates.NOT_A_DATE) {
                            // a plain date, read from the parser's characters
                        } else {
                            String text = string(field, eventId);
                            Long parsed = text == null ? null : parseDay(text, eventId, what + "." + field);
                            if (parsed == null) {
                                ok = false;
                                continue;
                            }
                            day = parsed;
                        }
                        if (isEarliest) {
                            earliestGiven = true;
                            earliest = day;
                            earliestLine = line();
                            earliestColumn = column();
                        } else {
                            latestGiven = true;
                            latest = day;
                            latestLine = line();
                            latestColumn = column();
                        }
                    }
                }
            }
            if (edtf == null) {
                if (!edtfInvalid && !seen.has(0)) {
                    error(objLine, objColumn, eventId, DatasetRules.missingEdtf(what));
                }
                return null;
            }
            Edtf.Bounds bounds = edtf.bounds();
            if (!ok) {
                return null;
            }
            if (!earliestGiven) {
                earliest = bounds.earliest();
            } else if (!checkBound(earliest, bounds.earliest(), bounds.startQualifier(), bounds, true, eventId,
                    earliestLine, earliestColumn, what)) {
                return null;
            }
            if (!latestGiven) {
                latest = bounds.latest();
            } else if (!checkBound(latest, bounds.latest(), bounds.endQualifier(), bounds, false, eventId,
                    latestLine, latestColumn, what)) {
                return null;
            }
            if (earliest > latest) {
                error(latestGiven ? latestLine : objLine, latestGiven ? latestColumn : objColumn, eventId,
                        DatasetRules.reversedSpan(what, earliest, latest));
                return null;
            }
            return timeSpan(edtf, phrase, earliest, latest, note);
        }

        /**
         * A time span, shared with earlier events that have the same one ("in 1987", "in the
         * 1990s" recur across thousands of events): it is immutable, so equal values need not
         * be kept twice.
         */
        private TimeSpan timeSpan(ParsedEdtf edtf, String phrase, long earliest, long latest, String note) {
            String key = phrase == null ? edtf.text() : phrase;
            TimeSpan kept = timeSpans.get(key);
            if (kept != null && kept.edtf().equals(edtf.text()) && java.util.Objects.equals(kept.phrase(), phrase)
                    && kept.earliest() == earliest && kept.latest() == latest && java.util.Objects.equals(kept.note(), note)) {
                return kept;
            }
            TimeSpan span = new TimeSpan(edtf.text(), phrase, earliest, latest, edtf.bounds().startQualifier(),
                    edtf.bounds().endQualifier(), note);
            timeSpans.put(key, span);
            return span;
        }

        /**
         * Parses an EDTF value. Datasets repeat values (years, months, seasons most of all), so
         * recent results are kept: one lookup instead of a parse, and one string per value.
         */
        private ParsedEdtf parseEdtf(String text) throws EdtfException {
            ParsedEdtf known = edtfCache.get(text);
            if (known != null) {
                return known;
            }
            ParsedEdtf parsed = new ParsedEdtf(text, Edtf.parse(text));
            edtfCache.put(text, parsed);
            return parsed;
        }

        /** Checks an explicit bound against the EDTF value; false when it contradicts it. */
        private boolean checkBound(long given, long derived, Qualifier qualifier, Edtf.Bounds bounds, boolean isStart,
                                   String eventId, int line, int column, String what) {
            String problem = DatasetRules.boundError(what, isStart, given, qualifier);
            if (problem != null) {
                error(line, column, eventId, problem);
                return false;
            }
            String doubt = DatasetRules.boundWarning(what, isStart, given, qualifier, bounds);
            if (doubt != null) {
                warning(line, column, eventId, doubt);
            }
            return true;
        }

        private Long parseDay(String text, String eventId, String field) {
            long day = Dates.epochDay(text);
            if (day != Dates.NOT_A_DATE) {
                return day;
            }
            try {
                return LocalDate.parse(text).toEpochDay();
            } catch (DateTimeException ex) {
                errorHere(eventId, DatasetRules.notADate(field, text));
                return null;
            }
        }

        // ----- resolution ----------------------------------------------------------------------

        private void resolvePending() {
            if (!isReady() || pending.isEmpty()) {
                return;
            }
            for (RawEvent raw : pending) {
                resolve(raw);
            }
            pending.clear();
        }

        private void resolve(RawEvent raw) {
            List<Actor> sources = actorsOf(raw.sources);
            List<Actor> targets = actorsOf(raw.targets);
            List<Actor> participants = actorsOf(raw.participants);
            List<Actor> speakers = actorsOf(raw.attributedTo);
            boolean ok = raw.valid && sources != null && targets != null && participants != null && speakers != null;
            List<Evidence> evidence = new ArrayList<>(raw.evidence.size());
            for (RawEvidence quote : raw.evidence) {
                Evidence anchored = anchor(quote, raw.id);
                if (anchored == null) {
                    ok = false;
                } else {
                    evidence.add(anchored);
                }
            }
            if (raw.valid && raw.evidence.isEmpty()) {
                warning(raw.line, raw.column, raw.id, DatasetRules.noEvidence());
            }
            if (ok && !broken) {
                events.add(new Event(raw.id, raw.title, raw.summary, raw.time, raw.type, raw.mode, raw.place,
                        sources, targets, participants, certainty(raw.level, speakers, raw.certaintyNote),
                        List.copyOf(evidence)));
            }
        }

        /**
         * The certainty of an event. Most events have a level and nothing else; they share one
         * immutable value per level instead of a million equal ones.
         */
        private Certainty certainty(CertaintyLevel level, List<Actor> speakers, String note) {
            if (!speakers.isEmpty() || note != null) {
                return new Certainty(level, speakers, note);
            }
            Certainty shared = bareCertainties[level.ordinal()];
            if (shared == null) {
                shared = Certainty.of(level);
                bareCertainties[level.ordinal()] = shared;
            }
            return shared;
        }

        /** The immutable one-actor list of an actor: most roles name one actor, so events share them. */
        private List<Actor> single(Actor actor) {
            List<Actor> list = singleActorLists.get(actor);
            if (list == null) {
                list = List.of(actor);
                singleActorLists.put(actor, list);
            }
            return list;
        }

        private List<Actor> actorsOf(List<Ref> refs) {
            if (refs.isEmpty()) {
                return List.of();
            }
            List<Actor> list = new ArrayList<>(refs.size());
            boolean ok = true;
            for (Ref ref : refs) {
                Actor actor = actors.get(ref.id());
                if (actor == null) {
                    if (!declaredActorIds.contains(ref.id())) {
                        error(ref.line(), ref.column(), ref.eventId(), DatasetRules.unknownActor(ref.id(), actors.keySet()));
                    }
                    ok = false;
                } else {
                    usedActorIds.add(actor.id());
                    if (!list.contains(actor)) {
                        list.add(actor);
                    }
                }
            }
            if (!ok) {
                return null;
            }
            return list.size() == 1 ? single(list.get(0)) : List.copyOf(list);
        }

        private String suggestion(String id, java.util.Collection<String> candidates) {
            return DatasetRules.suggestion(id, candidates);
        }

        private Evidence anchor(RawEvidence quote, String eventId) {
            quotesTotal++;
            Article article = articleOf(quote, eventId);
            if (article == null || !article.hasText()) {
                return anchorIn(article, quote, eventId, null);
            }
            QuoteAnchor.Result result = QuoteAnchor.anchor(article.text(), quote.exact(), quote.prefix(), quote.suffix(),
                    quote.start(), quote.end());
            Evidence evidence = anchorIn(article, quote, eventId, result);
            anchoring.quote(new AnchoredQuote(eventId, quote.line(), quote.column(), quote.exact(), quote.prefix(),
                    quote.suffix(), quote.start(), quote.end(), result, evidence));
            return evidence;
        }

        private Evidence anchorIn(Article article, RawEvidence quote, String eventId, QuoteAnchor.Result result) {
            if (article == null || !article.hasText()) {
                if (article != null) {
                    error(quote.line(), quote.column(), eventId, "evidence given but "
                            + (articles.size() == 1 ? "the article" : "article \"" + article.id() + "\"")
                            + " has no text to quote from");
                }
                return null;
            }
            String text = article.text();
            switch (result.status()) {
                case VERIFIED -> {
                    if (!result.contextMatches()) {
                        warning(quote.line(), quote.column(), eventId,
                                "the quote's prefix or suffix does not match the article around it");
                    }
                }
                case REANCHORED -> {
                    if (quote.start() < 0 || quote.end() < 0) {
                        warning(quote.line(), quote.column(), eventId, "the quote has no offsets; found it at "
                                + result.start() + "–" + result.end());
                    } else {
                        warning(quote.line(), quote.column(), eventId, "the quote is not at offsets " + quote.start()
                                + "–" + quote.end() + "; found it at " + result.start() + "–" + result.end()
                                + " and re-anchored it there");
                    }
                }
                case AMBIGUOUS -> {
                    String where = quote.start() < 0 || quote.end() < 0 ? "the quote has no offsets"
                            : "the quote is not at offsets " + quote.start() + "–" + quote.end();
                    error(quote.line(), quote.column(), eventId, where + " and occurs "
                            + result.candidates().size() + " times in the article (at "
                            + result.candidateRanges(quote.exact().length(), 5) + "); its prefix and suffix cannot "
                            + "tell which one is meant: give its offsets, or a prefix or suffix that matches one place");
                    return null;
                }
                case NOT_FOUND -> {
                    String message = "the quote is not in the article";
                    if (result.nearMissStart() >= 0) {
                        message += ": it nearly matches at offset " + result.nearMissStart()
                                + (result.nearMissDetail() == null ? "" : ", but " + result.nearMissDetail());
                    } else if (result.nearMissDetail() != null) {
                        message += ": " + result.nearMissDetail();
                    }
                    error(quote.line(), quote.column(), eventId, message);
                    return null;
                }
                default -> throw new IllegalStateException();
            }
            quotesVerified++;
            int prefixLength = lengthWithin(text, quote.prefix(), result.start(), true);
            int suffixLength = lengthWithin(text, quote.suffix(), result.end(), false);
            return new Evidence(article.id(), text, result.start(), result.end(), prefixLength, suffixLength,
                    quote.stance());
        }

        /**
         * The article an evidence quotes: the one it names, or the only one. Null (with an error)
         * when the name is unknown or a dataset of several articles leaves it out; null without one
         * when the articles themselves failed to load.
         */
        private Article articleOf(RawEvidence quote, String eventId) {
            if (quote.articleId() == null) {
                if (articles.size() == 1) {
                    return articles.values().iterator().next();
                }
                if (articles.size() > 1) {
                    error(quote.line(), quote.column(), eventId, "evidence: name the article it quotes (\"article\": one of "
                            + String.join(", ", articles.keySet()) + ")");
                }
                return null;
            }
            Article article = articles.get(quote.articleId());
            if (article == null && !declaredArticleIds.contains(quote.articleId())) {
                error(quote.line(), quote.column(), eventId, "evidence: unknown article \"" + quote.articleId() + "\""
                        + suggestion(quote.articleId(), articles.keySet()));
            }
            return article;
        }

        /** How much of the recorded prefix/suffix can be kept as a slice of the article. */
        private int lengthWithin(String text, String context, int at, boolean before) {
            if (context == null) {
                return 0;
            }
            int length = before ? Math.min(context.length(), at) : Math.min(context.length(), text.length() - at);
            return length;
        }

        private ReadResult finish() {
            if (!broken) {
                if (!pending.isEmpty()) {
                    // The file lacks "actors" or "article"; report references against what exists.
                    articleSeen = true;
                    actorsSeen = true;
                    resolvePending();
                }
                for (Ref ref : affiliationRefs) {
                    if (!actors.containsKey(ref.id()) && !declaredActorIds.contains(ref.id())) {
                        error(ref.line(), ref.column(), null, DatasetRules.unknownAffiliation(ref.eventId(), ref.id(),
                                actors.keySet()));
                    } else if (ref.id().equals(ref.eventId())) {
                        error(ref.line(), ref.column(), null, DatasetRules.selfAffiliation(ref.eventId()));
                    } else {
                        usedActorIds.add(ref.id());
                    }
                }
                // Skipped when there are errors: events that failed to load would make false reports.
                if (eventsSeen && actorsSeen && problems.stream().noneMatch(Problem::isError)) {
                    for (Actor actor : actors.values()) {
                        if (!usedActorIds.contains(actor.id())) {
                            warning(1, 1, null, DatasetRules.unusedActor(actor.id()));
                        }
                    }
                }
            }
            boolean hasErrors = broken || problems.stream().anyMatch(Problem::isError);
            Dataset dataset = null;
            if (!hasErrors) {
                dataset = new Dataset(title, description, List.copyOf(articles.values()), List.copyOf(actors.values()),
                        events, eras);
            }
            problems.sort(java.util.Comparator.comparing((Problem q) -> !q.file().equals(file))
                    .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            return new ReadResult(file, dataset, problems, false, quotesVerified, quotesTotal, eventCount,
                    declaredActorIds.size(), articles.size());
        }

        // ----- helpers -------------------------------------------------------------------------

        private String string(String field, String eventId) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            errorHere(eventId, field + ": expected a string, found " + describe(t));
            p.skipChildren();
            return null;
        }

        /** A string that must be given: null is an error, as a missing field would be. */
        private String requiredString(String field, String eventId) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                errorHere(eventId, field + ": must not be null");
                return null;
            }
            return string(field, eventId);
        }

        private boolean expectObject(String what, String eventId) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return true;
            }
            errorHere(eventId, what + ": expected an object ({ … }), found " + describe(p.currentToken()));
            p.skipChildren();
            return false;
        }

        private boolean expectArray(String what, String eventId) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                return true;
            }
            errorHere(eventId, what + ": expected an array ([ … ]), found " + describe(p.currentToken()));
            p.skipChildren();
            return false;
        }

        private void unknownField(int line, int column, String name, String eventId, String known) throws IOException {
            error(line, column, eventId, "unknown field \"" + name + "\" (known fields: " + known + ")");
            p.skipChildren();
        }

        private String shared(String s) {
            return StringPool.intern(dedupe, s);
        }

        /**
         * {@code shared(string(field, eventId))}, but a value already kept is found from the
         * parser's characters, without making a string that would at once be garbage.
         */
        private String sharedString(String field, String eventId) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String kept = dedupe.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                if (kept != null) {
                    return kept;
                }
            }
            return shared(string(field, eventId));
        }

        /** The value a string token names exactly in {@code ids}, or null (then read it as a string). */
        private <V> V known(KnownIds<V> ids) throws IOException {
            return p.currentToken() == JsonToken.VALUE_STRING
                    ? ids.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
        }

        /**
         * Line of the token under the parser. Jackson builds a location object for each call;
         * for values, the byte parser also gives the same figures without one, which matters
         * when a million events have tens of millions of tokens. Field names keep the object
         * (their position is only needed for problems).
         */
        private int line() {
            if (fast != null && p.currentToken() != JsonToken.FIELD_NAME) {
                return fast.getTokenLineNr();
            }
            return p.currentTokenLocation().getLineNr();
        }

        /** Column of the token under the parser, as {@link JsonLocation#getColumnNr()} gives it. */
        private int column() {
            if (fast != null && p.currentToken() != JsonToken.FIELD_NAME) {
                // getTokenColumnNr() is one more than the location's column, except when unknown (negative).
                int column = fast.getTokenColumnNr();
                return column < 0 ? column : column - 1;
            }
            return p.currentTokenLocation().getColumnNr();
        }

        private void errorHere(String eventId, String message) {
            error(line(), column(), eventId, message);
        }

        private void error(int line, int column, String eventId, String message) {
            problems.add(new Problem(Severity.ERROR, file, line, column, eventId, message));
        }

        private void warning(int line, int column, String eventId, String message) {
            problems.add(new Problem(Severity.WARNING, file, line, column, eventId, message));
        }
    }

    private static String describe(JsonToken t) {
        return JsonText.describe(t);
    }

    private static String typeList() {
        StringBuilder sb = new StringBuilder();
        for (EventType type : EventType.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(type.id());
        }
        return sb.toString();
    }

    /** The article hash; see {@link TextHash}. */
    static String sha256(String text) {
        return TextHash.sha256(text);
    }

    private static String sha256(byte[] bytes, int offset, int length) {
        return TextHash.sha256(bytes, offset, length);
    }

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    /** Counts bytes so progress can be reported against the file size. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
