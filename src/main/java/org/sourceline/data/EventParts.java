package org.sourceline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.model.Event;

/**
 * Reads the {@code "events"} array of a big dataset file in parts, on all cores: each part is
 * a run of whole events, read by its own parser with the readers of its thread; the parts'
 * events, problems and counts are then put together in file order, so the result is the one
 * reading the file in one pass gives, every message and position included.
 *
 * <p>Where the parts begin is found without reading the events: a line break can only be
 * outside a JSON string, and an indented file (as {@link DatasetWriter} writes it) starts each
 * event on a line of its own, at the indentation of the first one. So from a guessed offset the
 * next {@code "\n    },\n    {"} (with that indentation) is taken as the boundary between two
 * events. A guess is proved by reading: part <i>k</i> starts at a boundary (the first part does),
 * and it must read as whole events up to its end, which makes its end a boundary too. A part
 * that does not (the guess was wrong, or the JSON or its UTF-8 is malformed) and duplicate
 * event ids, whose rule is one of file order, make the reader read the whole file again in one
 * pass ({@link ReadAgain}), which reports them as always. A file written on one line has no
 * boundaries to guess and is read in one pass.
 *
 * <p>Each part is read as {@code {"":[ PART ]}}, so that Jackson sees the events at the depth
 * they have in the file; the last part is read with the rest of the file, and the dataset
 * reader reads on after the array with that part's parser. A part starts with the line break
 * after the comma between two events, so its lines are whole lines of the file: a position in
 * it is the file's position once the lines of the parts before it are added.
 */
final class EventParts {
    /** Thrown when the parts cannot stand for the file: the file is read again in one pass. */
    static final class ReadAgain extends RuntimeException {
        ReadAgain(String why) {
            super(why, null, false, false);
        }
    }

    /** Bytes {@code [start, end)} of the file: whole events; {@code start} is a line break. */
    record Part(long start, long end) {
    }

    /** A problem found in a part, at the part's own line (its first line is the one {@link #PREFIX} is on). */
    private record PartProblem(boolean isError, int line, int column, String subject, String message) {
    }

    /** What reading one part found. */
    private static final class PartResult {
        List<Event> events;
        EventColumns.Builder columns;
        final List<PartProblem> problems = new ArrayList<>();
        EventReader.IdLog ids;
        int eventCount;
        /** The part's line of its last byte. */
        int lastLine;
    }

    private static final byte[] PREFIX = "{\"\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "]}".getBytes(StandardCharsets.US_ASCII);
    /** How far past a guessed offset a boundary is looked for before the rest is one part. */
    private static final int WINDOW = 1 << 16;

    private final FileChannel file;
    private final JsonFactory json;
    private final List<Part> parts;
    private final ArticleListReader articles;
    private final ActorReader actors;
    private final BooleanSupplier cancelled;
    private final int threads;
    private final PartResult[] results;
    private final AtomicInteger nextPart = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    /** Events read by all threads so far (for the message when memory runs out). */
    private final AtomicInteger eventsDone;
    /** Set when any thread fails: the others stop at their next check. */
    private volatile boolean stopped;
    private final List<PartReader> readers = new ArrayList<>();

    private EventParts(FileChannel file, JsonFactory json, List<Part> parts, ArticleListReader articles,
                       ActorReader actors, BooleanSupplier cancelled, int threads, AtomicInteger eventsDone) {
        this.eventsDone = eventsDone;
        this.file = file;
        this.json = json;
        this.parts = parts;
        this.articles = articles;
        this.actors = actors;
        this.cancelled = cancelled;
        this.threads = threads;
        this.results = new PartResult[parts.size()];
    }

    // ----- finding the parts ---------------------------------------------------------------------

    /**
     * The parts of the events array whose elements start at byte {@code contentStart} (just
     * after its '['), about {@code partBytes} each; null when the file cannot be split (not
     * indented, an empty array, fewer than two parts).
     */
    static List<Part> split(FileChannel file, long contentStart, long size, long partBytes) throws IOException {
        byte[] head = new byte[4096];
        int n = readAt(file, contentStart, head);
        int i = 0;
        while (i < n && (head[i] == ' ' || head[i] == '\t')) {
            i++;
        }
        if (i >= n || head[i] != '\n') {
            return null;
        }
        long firstStart = contentStart + i;
        int lastBreak = i;
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n')) {
            if (head[i] == '\n') {
                lastBreak = i;
            }
            i++;
        }
        if (i >= n || head[i] != '{') {
            return null;
        }
        byte[] indent = java.util.Arrays.copyOfRange(head, lastBreak + 1, i);
        // "\n" INDENT "}," "\n" INDENT "{": the end of one event and the start of the next.
        byte[] pattern = new byte[2 * indent.length + 5];
        pattern[0] = '\n';
        System.arraycopy(indent, 0, pattern, 1, indent.length);
        pattern[indent.length + 1] = '}';
        pattern[indent.length + 2] = ',';
        pattern[indent.length + 3] = '\n';
        System.arraycopy(indent, 0, pattern, indent.length + 4, indent.length);
        pattern[pattern.length - 1] = '{';
        int comma = indent.length + 2;

        List<Part> parts = new ArrayList<>();
        long start = firstStart;
        byte[] window = new byte[WINDOW];
        while (size - start > partBytes + partBytes / 2) {
            long found = find(file, start + partBytes, size, pattern, window);
            if (found < 0) {
                break;
            }
            long end = found + comma;
            parts.add(new Part(start, end));
            start = end + 1;
        }
        parts.add(new Part(start, size));
        return parts.size() < 2 ? null : parts;
    }

    /** Offset of the first {@code pattern} at or after {@code from}, or -1. */
    private static long find(FileChannel file, long from, long size, byte[] pattern, byte[] window) throws IOException {
        for (long at = from; at + pattern.length <= size; ) {
            int n = readAt(file, at, window);
            for (int i = 0, last = n - pattern.length; i <= last; i++) {
                if (window[i] == '\n' && matches(window, i, pattern)) {
                    return at + i;
                }
            }
            if (n < window.length) {
                return -1;
            }
            at += n - pattern.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] window, int at, byte[] pattern) {
        for (int j = 1; j < pattern.length; j++) {
            if (window[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /** Fills {@code into} from {@code position} as far as the file goes; the bytes read. */
    private static int readAt(FileChannel file, long position, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return buffer.position();
    }

    // ----- reading the parts -------------------------------------------------------------------

    /** What reading the parts gave, in file order. */
    record Outcome(List<Event> events, EventColumns.Builder columns, int eventCount, JsonParser tail, int tailLineOffset) {
    }

    /**
     * Reads the parts: all but the last on {@code threads} threads (this one included), the
     * last on this thread, whose parser is left after the array's ']' for the caller to read on.
     * Problems go to {@code problems} in file order; the actors named and the quotes anchored
     * are added to {@code actors} and {@code evidence}.
     *
     * @param firstLine  the file's line of the first part's first byte
     * @param eventsRead counts the events read as parts are done
     * @throws ReadAgain when the parts cannot stand for the file
     */
    static Outcome read(FileChannel file, JsonFactory json, List<Part> parts, int firstLine, int threads,
                        ArticleListReader articles, ActorReader actors, EvidenceReader evidence,
                        ProblemList problems, BooleanSupplier cancelled, LongConsumer progress,
                        AtomicInteger eventsRead) {
        EventParts reading = new EventParts(file, json, parts, articles, actors, cancelled, threads, eventsRead);
        return reading.run(firstLine, evidence, problems, progress);
    }

    private Outcome run(int firstLine, EvidenceReader evidence, ProblemList problems, LongConsumer progress) {
        List<Thread> helpers = new ArrayList<>();
        Throwable[] failure = new Throwable[threads];
        for (int t = 1; t < threads; t++) {
            int slot = t;
            PartReader reader = newReader();
            Thread helper = new Thread(() -> {
                try {
                    readParts(reader, null);
                } catch (Throwable e) {
                    failure[slot] = e;
                    stopped = true;
                }
            }, "sourceline-read-" + t);
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
        PartReader mine = newReader();
        JsonParser tail = null;
        try {
            readParts(mine, progress);
            int last = parts.size() - 1;
            tail = mine.readPart(last, parts.get(last), true);
        } catch (Throwable e) {
            stopped = true;
            failure[0] = e;
        } finally {
            for (Thread helper : helpers) {
                joinUninterruptibly(helper);
            }
        }
        Throwable first = firstFailure(failure);
        if (first != null) {
            closeQuietly(tail);
            throw rethrow(first);
        }
        try {
            if (hasDuplicateIds()) {
                throw new ReadAgain("duplicate event ids");
            }
        } catch (RuntimeException | Error e) {
            closeQuietly(tail);
            throw e;
        }
        // Put the parts together in file order.
        List<Event> events = new ArrayList<>(eventsDone.get());
        List<EventColumns.Builder> partColumns = new ArrayList<>(results.length);
        int line = firstLine;
        int eventCount = 0;
        for (PartResult result : results) {
            int offset = line - 1;
            for (PartProblem p : result.problems) {
                problems.add(p.isError(), p.line() + offset, p.column(), p.subject(), p.message());
            }
            events.addAll(result.events);
            partColumns.add(result.columns);
            eventCount += result.eventCount;
            line = result.lastLine + offset;
        }
        int tailOffset = firstLine - 1;
        for (int i = 0; i < results.length - 1; i++) {
            tailOffset += results[i].lastLine - 1;
        }
        for (PartReader reader : readers) {
            actors.addUses(reader.actors);
            evidence.addCounts(reader.evidence);
        }
        return new Outcome(events, EventColumns.Builder.concat(partColumns), eventCount, tail, tailOffset);
    }

    private PartReader newReader() {
        PartReader reader = new PartReader();
        synchronized (readers) {
            readers.add(reader);
        }
        return reader;
    }

    /** Reads parts (all but the last) as long as there are any; {@code progress} only on the reading thread. */
    private void readParts(PartReader reader, LongConsumer progress) throws IOException {
        int last = parts.size() - 1;
        for (int k; !stopped && (k = nextPart.getAndIncrement()) < last; ) {
            Part part = parts.get(k);
            reader.readPart(k, part, false);
            long done = bytesDone.addAndGet(part.end() - part.start());
            if (progress != null) {
                progress.accept(parts.get(0).start() + done);
            }
        }
    }

    /**
     * Whether two events have the same id: the ids of all parts, in file order, each half of
     * them (by hash) checked on its own thread.
     */
    private boolean hasDuplicateIds() {
        int total = 0;
        for (PartResult result : results) {
            total += result.ids.size();
        }
        int expected = total / 2 + 1;
        boolean[] found = new boolean[2];
        Thread other = new Thread(() -> found[1] = hasDuplicateIds(1, expected), "sourceline-read-ids");
        other.setDaemon(true);
        other.start();
        found[0] = hasDuplicateIds(0, expected);
        joinUninterruptibly(other);
        return found[0] || found[1];
    }

    private boolean hasDuplicateIds(int half, int expected) {
        StringSet seen = new StringSet(expected);
        for (PartResult result : results) {
            EventReader.IdLog ids = result.ids;
            for (int i = 0, n = ids.size(); i < n; i++) {
                int hash = ids.hash(i);
                if ((hash * 0x9E3779B9 >>> 31) == half && !seen.add(ids.id(i), hash)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The failure that counts: an error (out of memory) before a cancellation, before any other
     * exception, before a part that was merely stopped because another thread failed.
     */
    private static Throwable firstFailure(Throwable[] failures) {
        Throwable best = null;
        for (Throwable e : failures) {
            if (e != null && (best == null || rank(e) < rank(best))) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(Throwable e) {
        return e instanceof Error ? 0 : e instanceof CancellationException ? 1 : e instanceof ReadAgain ? 3 : 2;
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        // Malformed JSON or UTF-8 in a part, or a part that did not read as whole events.
        throw new ReadAgain(String.valueOf(e.getMessage()));
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Nothing was written; the file is closed by its owner.
            }
        }
    }

    /** The readers of one thread: kept from part to part, with their caches. */
    private final class PartReader {
        private List<PartProblem> current;
        final JsonCursor in = new JsonCursor((isError, line, column, subject, message) ->
                current.add(new PartProblem(isError, line, column, subject, message)));
        final SharedStrings shared = new SharedStrings();
        final TimeReader times = new TimeReader(in, shared);
        final ActorReader actors = new ActorReader(EventParts.this.actors, in);
        final EvidenceReader evidence = new EvidenceReader(in, shared, articles, DatasetReader.NO_LISTENER);

        /**
         * Reads part {@code k}; for the last part ({@code tail}) returns its parser, on the
         * array's ']', else null after checking the part ends there.
         */
        JsonParser readPart(int k, Part part, boolean tail) throws IOException {
            PartResult result = new PartResult();
            current = result.problems;
            result.ids = new EventReader.IdLog();
            EventReader reader = new EventReader(in, shared, times, actors, evidence, result.ids);
            EventResolver resolver = new EventResolver(in, actors, evidence);
            resolver.articlesSeen();
            resolver.actorsSeen();
            JsonParser parser = json.createParser(Utf8.strict(new PartStream(file, part, tail)));
            boolean done = false;
            try {
                in.continueOn(parser, 0);
                expect(in.next(), JsonToken.START_OBJECT);
                expect(in.next(), JsonToken.FIELD_NAME);
                expect(in.next(), JsonToken.START_ARRAY);
                int count = 0;
                while (in.nextElement()) {
                    count++;
                    evidence.startEvent(true);
                    EventReader.RawEvent raw = reader.read();
                    if (raw != null) {
                        resolver.add(raw);
                    }
                    if ((count & 1023) == 0) {
                        checkGoingOn();
                    }
                }
                result.lastLine = in.line();
                if (!tail) {
                    expect(in.next(), JsonToken.END_OBJECT);
                    expect(in.next(), null);
                }
                result.eventCount = count;
                result.events = resolver.events();
                result.columns = resolver.columns();
                eventsDone.addAndGet(count);
                results[k] = result;
                done = true;
                return tail ? parser : null;
            } finally {
                if (!tail || !done) {
                    parser.close();
                }
            }
        }

        private void expect(JsonToken found, JsonToken expected) {
            if (found != expected) {
                throw new ReadAgain("a part does not end with whole events");
            }
        }

        private void checkGoingOn() {
            if (stopped) {
                throw new ReadAgain("stopped");
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("reading was cancelled");
            }
        }
    }

    /** A part of the file as {@code {"":[} PART {@code ]}}, read in big blocks. */
    private static final class PartStream extends InputStream {
        private final FileChannel file;
        private final byte[] suffix;
        private byte[] block = new byte[1 << 18];
        private int blockPos;
        private int blockEnd;
        private long position;
        private final long end;
        private int prefixPos;
        private int suffixPos;

        PartStream(FileChannel file, Part part, boolean tail) {
            this.file = file;
            this.position = part.start();
            this.end = part.end();
            this.suffix = tail ? new byte[0] : SUFFIX;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (prefixPos < PREFIX.length) {
                int n = Math.min(len, PREFIX.length - prefixPos);
                System.arraycopy(PREFIX, prefixPos, b, off, n);
                prefixPos += n;
                return n;
            }
            if (blockPos == blockEnd && position < end) {
                int want = (int) Math.min(block.length, end - position);
                ByteBuffer buffer = ByteBuffer.wrap(block, 0, want);
                while (buffer.hasRemaining()) {
                    int n = file.read(buffer, position + buffer.position());
                    if (n < 0) {
                        throw new IOException("the file became shorter while it was read");
                    }
                }
                position += want;
                blockPos = 0;
                blockEnd = want;
            }
            if (blockPos < blockEnd) {
                int n = Math.min(len, blockEnd - blockPos);
                System.arraycopy(block, blockPos, b, off, n);
                blockPos += n;
                return n;
            }
            if (suffixPos < suffix.length) {
                int n = Math.min(len, suffix.length - suffixPos);
                System.arraycopy(suffix, suffixPos, b, off, n);
                suffixPos += n;
                return n;
            }
            return -1;
        }
    }
}
