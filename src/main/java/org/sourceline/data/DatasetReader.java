package org.sourceline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
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

    /** Events arrays smaller than this are read in one pass. */
    private static final long PARTS_FROM_BYTES = 4L << 20;
    private static final long MIN_PART_BYTES = 1L << 20;
    private static final long MAX_PART_BYTES = 8L << 20;

    private LongConsumer progress = bytes -> { };
    private BooleanSupplier cancelled = () -> false;
    private AnchoringListener anchoring = NO_LISTENER;
    private boolean anchoringListened;
    /** Bytes per part of the events array ({@link EventParts}); -1: chosen by size; 0: one pass. */
    private long partBytes = -1;
    private int partThreads = Math.min(8, Runtime.getRuntime().availableProcessors());
    /** How many parts the last read of a file read its events in (0: one pass), for tests. */
    private int lastParts;

    /** The listener of a reader no one listens to. */
    static final AnchoringListener NO_LISTENER = new AnchoringListener() { };

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
        this.anchoringListened = true; // quotes are reported in file order: read in one pass
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

    /**
     * Reads big files' events in parts of {@code bytes} each on {@code threads} threads (this
     * one included), however small the file; {@code bytes} 0 reads every file in one pass.
     * For tests that compare both ways.
     */
    DatasetReader withParts(long bytes, int threads) {
        this.partBytes = bytes;
        this.partThreads = threads;
        return this;
    }

    /** How many parts the last {@link #read(Path)} read the events in; 0 for one pass. */
    int lastParts() {
        return lastParts;
    }

    /**
     * Reads a dataset file; never throws for bad input (problems are in the result). A big file's
     * events are read in parts on all cores ({@link EventParts}); should the parts not stand for
     * the file (it is malformed, or two events share an id), it is read again in one pass, which
     * reports its problems.
     */
    public ReadResult read(Path file) {
        lastParts = 0;
        if (partBytes != 0 && !anchoringListened) {
            try {
                return DatasetFiles.readStream(file, in -> read(in, file.toString(), TextFiles.besides(file), file));
            } catch (EventParts.ReadAgain again) {
                lastParts = 0; // read once more, in one pass
            }
        }
        return DatasetFiles.readStream(file, in -> read(in, file.toString(), TextFiles.besides(file), null));
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
        return read(in, displayName, files, null);
    }

    /** @param path the file {@code in} reads, whose events may then be read in parts; or null */
    private ReadResult read(InputStream in, String displayName, TextFiles files, Path path) throws IOException {
        Session session = new Session(displayName, files, path);
        try {
            return session.run(in);
        } catch (NotEnoughMemoryError e) {
            throw e;
        } catch (OutOfMemoryError e) {
            int events = session.eventCount + session.partEvents.get();
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

    /** The fields of the top-level object, in the order messages list them ("article" is format 1's). */
    private enum RootField { FORMAT, TITLE, DESCRIPTION, ARTICLE, ARTICLES, ACTORS, ERAS, EVENTS }

    /** The fields of an era. */
    private enum EraField { TITLE, TIME }

    private static final FieldSet<RootField> ROOT_FIELDS = FieldSet.strict(RootField.class).unlisted(RootField.ARTICLE)
            .withNamePositions();
    private static final List<RootField> ROOT_REQUIRED = List.of(RootField.FORMAT, RootField.TITLE, RootField.ACTORS,
            RootField.EVENTS);
    private static final FieldSet<EraField> ERA_FIELDS = FieldSet.strict(EraField.class);

    /**
     * One read of one file: the top-level object, its eras and its events array, with the
     * parts that read articles ({@link ArticleListReader}), actors ({@link ActorReader}), times
     * ({@link TimeReader}), events ({@link EventReader}, {@link EventResolver}) and evidence
     * ({@link EvidenceReader}), all on one {@link JsonCursor}.
     */
    private final class Session {
        private final String file;
        private final ProblemList problems;
        private final JsonCursor in;
        private final ArticleListReader articles;
        private final ActorReader actors;
        private final TimeReader times;
        private final EvidenceReader evidence;
        private final EventReader eventReader;
        private final EventResolver events;
        private final List<Era> eras = new ArrayList<>();

        private String format;
        private String title;
        private String description;
        /** Where the file lists its articles: {@code "article"} (format 1) or {@code "articles"}. */
        private RootField articlesField;
        private int articlesLine;
        private int articlesColumn;
        private boolean eventsSeen;
        private int eventCount;
        private boolean broken;
        /** The file, when its events may be read in parts; else null. */
        private final Path path;
        /** Open while the events are read in parts, and the parser of the last part, read on after the array. */
        private FileChannel channel;
        private JsonParser tail;
        private final AtomicInteger partEvents = new AtomicInteger();

        Session(String file, TextFiles files, Path path) {
            this.file = file;
            this.path = path;
            this.problems = new ProblemList(file);
            this.in = new JsonCursor(problems);
            SharedStrings shared = new SharedStrings();
            this.times = new TimeReader(in, shared);
            this.articles = new ArticleListReader(in, problems, files, anchoring, times);
            this.actors = new ActorReader(in);
            this.evidence = new EvidenceReader(in, shared, articles, anchoring);
            this.eventReader = new EventReader(in, shared, times, actors, evidence);
            this.events = new EventResolver(in, actors, evidence);
        }

        ReadResult run(InputStream raw) throws IOException {
            CountingInputStream counting = new CountingInputStream(raw);
            try {
                if (!in.read(new BufferedInputStream(counting, 1 << 16), JSON, document -> readRootOf(counting))) {
                    broken = true;
                }
            } finally {
                if (tail != null) {
                    tail.close();
                }
                if (channel != null) {
                    channel.close();
                }
            }
            return finish();
        }

        private void readRootOf(CountingInputStream counting) throws IOException {
            try {
                readRoot(counting);
            } catch (IOException e) {
                if (tail != null) {
                    // Malformed JSON or UTF-8 after the events' parts: the position is the part's.
                    throw new EventParts.ReadAgain("malformed after the events");
                }
                throw e;
            }
        }

        private void readRoot(CountingInputStream counting) throws IOException {
            JsonToken t = in.next();
            if (t == null) {
                in.error(1, 1, null, "the file is empty");
                broken = true;
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                in.errorHere(null, "expected a JSON object ({ … }) at the top level, found " + JsonCursor.describe(t));
                broken = true;
                return;
            }
            ObjectFields<RootField> fields = in.fields(ROOT_FIELDS, null);
            for (RootField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case FORMAT -> {
                        format = in.requiredString("format", null);
                        if (format != null && !format.equals(FORMAT) && !format.equals(FORMAT_1)) {
                            in.errorHere(null, "unsupported format \"" + format + "\" (expected \"" + FORMAT + "\" or \""
                                    + FORMAT_1 + "\")");
                        }
                    }
                    case TITLE -> title = in.requiredString("title", null);
                    case DESCRIPTION -> description = in.string("description", null);
                    case ARTICLE, ARTICLES -> {
                        if (articlesField != null) {
                            in.error(fields.nameLine(), fields.nameColumn(), null,
                                    "give either \"article\" or \"articles\", not both");
                            in.skip();
                            continue;
                        }
                        articlesField = f;
                        articlesLine = fields.nameLine();
                        articlesColumn = fields.nameColumn();
                        if (f == RootField.ARTICLE) {
                            articles.read(false);
                        } else {
                            articles.readList(articlesLine, articlesColumn);
                        }
                        events.articlesSeen();
                        events.resolvePending();
                    }
                    case ACTORS -> {
                        events.actorsSeen();
                        if (actors.readList()) {
                            events.resolvePending();
                        }
                    }
                    case ERAS -> readEras();
                    case EVENTS -> readEvents(counting);
                    default -> throw new IllegalStateException();
                }
            }
            if (in.token() != JsonToken.END_OBJECT) {
                in.errorHere(null, "expected a field name or '}', found " + JsonCursor.describe(in.token()));
            }
            if (in.next() != null) {
                in.errorHere(null, "unexpected content after the end of the dataset object");
            }
            for (RootField required : ROOT_REQUIRED) {
                if (!fields.has(required)) {
                    in.error(1, 1, null, "missing required field \"" + ROOT_FIELDS.name(required) + "\"");
                }
            }
            checkArticlesField();
        }

        /** Format 2 lists its articles in "articles"; format 1 has the one "article". */
        private void checkArticlesField() {
            boolean first = FORMAT_1.equals(format);
            if (articlesField == null) {
                in.error(1, 1, null, "missing required field \"" + (first ? "article" : "articles") + "\"");
            } else if (first && articlesField == RootField.ARTICLES) {
                in.error(articlesLine, articlesColumn, null, "\"articles\" needs \"format\": \"" + FORMAT
                        + "\" (format 1 has one \"article\")");
            } else if (FORMAT.equals(format) && articlesField == RootField.ARTICLE) {
                in.error(articlesLine, articlesColumn, null,
                        "format 2 lists its articles in \"articles\": [ … ], not in \"article\"");
            }
        }

        // ----- eras ----------------------------------------------------------------------------

        private void readEras() throws IOException {
            if (!in.expectArray("eras", null)) {
                return;
            }
            while (in.nextElement()) {
                readEra();
            }
        }

        private void readEra() throws IOException {
            if (!in.expectObject("era", null)) {
                return;
            }
            int objLine = in.line();
            int objColumn = in.column();
            String eraTitle = null;
            TimeSpan time = null;
            boolean valid = true;
            ObjectFields<EraField> fields = in.fields(ERA_FIELDS, "era");
            for (EraField f; (f = fields.next(null)) != null; ) {
                switch (f) {
                    case TITLE -> eraTitle = in.requiredString("era title", null);
                    case TIME -> {
                        time = times.read(null, "era time");
                        valid &= time != null;
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (fields.hadUnknown()) {
                valid = false;
            }
            for (EraField required : EraField.values()) {
                if (!fields.has(required)) {
                    in.error(objLine, objColumn, null, "era: missing required field \"" + ERA_FIELDS.name(required) + "\"");
                }
            }
            if (valid && eraTitle != null && time != null) {
                eras.add(new Era(eraTitle, time));
            }
        }

        // ----- events --------------------------------------------------------------------------

        private void readEvents(CountingInputStream counting) throws IOException {
            eventsSeen = true;
            if (!in.expectArray("events", null)) {
                return;
            }
            if (path != null && events.resolvesAtOnce() && readEventsInParts()) {
                return;
            }
            long lastReport = 0;
            while (in.nextElement()) {
                eventCount++;
                evidence.startEvent(events.resolvesAtOnce());
                EventReader.RawEvent raw = eventReader.read();
                if (raw != null) {
                    events.add(raw);
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

        /**
         * Reads the events array under the cursor in parts ({@link EventParts}), then reads on
         * after it with the last part's parser; false (nothing read) when the file is too small or
         * cannot be split.
         */
        private boolean readEventsInParts() throws IOException {
            long bracket = in.tokenByteOffset();
            List<EventParts.Part> parts;
            FileChannel opened;
            try {
                opened = FileChannel.open(path, StandardOpenOption.READ);
            } catch (IOException e) {
                return false;
            }
            try {
                long size = opened.size();
                long region = size - bracket - 1;
                long bytes = partBytes > 0 ? partBytes
                        : partThreads > 1 && region >= PARTS_FROM_BYTES
                        ? Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, region / 64)) : 0;
                ByteBuffer first = ByteBuffer.allocate(1);
                parts = bytes > 0 && bracket >= 0 && opened.read(first, bracket) == 1 && first.get(0) == '['
                        ? EventParts.split(opened, bracket + 1, size, bytes) : null;
            } catch (IOException e) {
                parts = null;
            }
            if (parts == null) {
                opened.close();
                return false;
            }
            channel = opened;
            lastParts = parts.size();
            EventParts.Outcome outcome;
            try {
                outcome = EventParts.read(channel, JSON, parts, in.line(), Math.max(1, partThreads), articles, actors,
                        evidence, problems, cancelled, progress, partEvents);
            } catch (CancellationException e) {
                throw new CancellationException("reading " + file + " was cancelled");
            }
            tail = outcome.tail();
            events.addResolved(outcome.events(), outcome.columns());
            eventCount += outcome.eventCount();
            partEvents.set(0);
            in.continueOn(tail, outcome.tailLineOffset());
            progress.accept(parts.get(parts.size() - 1).end());
            return true;
        }

        // ----- the result ----------------------------------------------------------------------

        private ReadResult finish() {
            articles.checkTextHashes();
            if (!broken) {
                events.finish();
                actors.checkAffiliations();
                // Skipped when there are errors: events that failed to load would make false reports.
                if (eventsSeen && events.actorsKnown() && !problems.hasErrors()) {
                    actors.warnUnused();
                }
            }
            boolean hasErrors = broken || problems.hasErrors();
            Dataset dataset = null;
            if (!hasErrors) {
                dataset = new Dataset(title, description, articles.list(), actors.actors(), events.events(), eras);
            }
            List<Problem> found = problems.list();
            found.sort(Comparator.comparing((Problem q) -> !q.file().equals(file))
                    .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            EventColumns columns = dataset != null && events.columns().size() == dataset.events().size()
                    ? events.columns().build() : null;
            return new ReadResult(file, dataset, found, false, evidence.quotesVerified(), evidence.quotesTotal(),
                    eventCount, actors.declaredCount(), articles.count(), columns);
        }
    }

    /** The article hash; see {@link TextHash}. */
    static String sha256(String text) {
        return TextHash.sha256(text);
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
