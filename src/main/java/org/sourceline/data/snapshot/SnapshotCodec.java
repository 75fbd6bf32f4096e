package org.sourceline.data.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.sourceline.data.Problem;
import org.sourceline.data.ReadResult;
import org.sourceline.data.Severity;
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
import org.sourceline.model.Qualifier;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;

/**
 * The binary form of a read dataset (its {@link ReadResult}: the model, the warnings and the
 * quote counts) that a {@link SnapshotCache} keeps. Strings that repeat (modes, places, time
 * phrases, article ids) and time spans are written once and referred to by number afterwards, so
 * reading shares them as the JSON reader does; actors and articles are referred to by position.
 * The events come in chunks of {@link #CHUNK_EVENTS}, each with its own tables and its length
 * ahead, so that reading decodes them on all cores at once (a string shared by events of two
 * chunks is then two equal strings: a few hundred places and modes, not the events' own text).
 *
 * <p>Only the body: the key and the checksum around it are the cache's. Reading trusts nothing:
 * a malformed body ends in a {@link SnapshotFormatException}, never in a half-built dataset.
 */
final class SnapshotCodec {
    /** Events per chunk: the unit decoded on one core. */
    static final int CHUNK_EVENTS = 1 << 16;

    private static final int NULL = 0;
    private static final int LITERAL = 1;
    private static final int REMEMBERED = 2;
    private static final int FIRST_REFERENCE = 3;
    private static final int NEW_SPAN = 1;
    /** Article texts of this many bytes or more are decoded on a thread of their own. */
    private static final int LARGE_TEXT = 1 << 20;
    private static final int FIRST_SPAN_REFERENCE = 2;

    private static final EventType[] TYPES = EventType.values();
    private static final CertaintyLevel[] LEVELS = CertaintyLevel.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final ActorKind[] KINDS = ActorKind.values();
    private static final Stance[] STANCES = Stance.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private SnapshotCodec() {
    }

    /** A body that cannot be a snapshot of ours. */
    static final class SnapshotFormatException extends IOException {
        SnapshotFormatException(String message) {
            super(message);
        }
    }

    /** A dataset the snapshot format cannot hold exactly (the caller then keeps no snapshot). */
    static final class NotSnapshottableException extends IOException {
        NotSnapshottableException(String message) {
            super(message);
        }
    }

    /** Writing was cancelled (a newer dataset was opened). */
    static final class CancelledException extends IOException {
        CancelledException() {
            super("cancelled");
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes {@code read} (which must hold a dataset); checks {@code cancelled} now and then. */
    static void write(ReadResult read, DataOutputStream out, BooleanSupplier cancelled) throws IOException {
        write(read, out, cancelled, CHUNK_EVENTS);
    }

    /** Writes {@code read} with at most {@code chunkEvents} events per chunk (tests use small chunks). */
    static void write(ReadResult read, DataOutputStream out, BooleanSupplier cancelled, int chunkEvents) throws IOException {
        Dataset dataset = read.dataset();
        if (dataset == null) {
            throw new NotSnapshottableException("no dataset");
        }
        Writer w = new Writer(out);
        w.unique(dataset.title());
        w.unique(dataset.description());
        List<Article> articles = dataset.articles();
        Map<String, Integer> articleIndex = new HashMap<>();
        w.varint(articles.size());
        for (Article a : articles) {
            articleIndex.put(a.id(), articleIndex.size());
            w.shared(a.id());
            w.unique(a.title());
            w.shared(a.outlet());
            w.shared(a.author());
            w.unique(a.url());
            w.span(a.published());
            w.shared(a.language());
            w.unique(a.text());
            w.unique(a.textFile());
            w.unique(a.sha256());
            w.shared(a.note());
        }
        List<Actor> actors = dataset.actors();
        Map<Actor, Integer> actorIndex = new IdentityHashMap<>(actors.size() * 2);
        Map<Actor, Integer> actorByValue = new HashMap<>(actors.size() * 2);
        w.varint(actors.size());
        for (Actor actor : actors) {
            actorIndex.put(actor, actorIndex.size());
            actorByValue.put(actor, actorByValue.size());
            w.unique(actor.id());
            w.unique(actor.name());
            w.out.writeByte(actor.kind().ordinal());
            w.shared(actor.affiliationId());
            w.shared(actor.role());
            w.shared(actor.description());
        }
        w.varint(dataset.eras().size());
        for (Era era : dataset.eras()) {
            w.shared(era.title());
            w.span(era.time());
        }
        List<Event> events = dataset.events();
        w.varint(events.size());
        // In chunks, each with its own tables of shared strings and spans and its length in bytes
        // ahead: reading decodes the chunks on all cores at once.
        int chunks = (events.size() + chunkEvents - 1) / chunkEvents;
        w.varint(chunks);
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream(1 << 20);
        for (int c = 0; c < chunks; c++) {
            int from = c * chunkEvents;
            int to = Math.min(events.size(), from + chunkEvents);
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            chunk.reset();
            DataOutputStream chunkOut = new DataOutputStream(chunk);
            Writer cw = new Writer(chunkOut);
            for (Event e : events.subList(from, to)) {
                cw.event(e, actorIndex, actorByValue, articleIndex);
            }
            chunkOut.flush();
            w.varint(to - from);
            w.out.writeInt(chunk.size());
            chunk.writeTo(w.out);
        }
        w.unique(read.file());
        w.varint(read.problems().size());
        for (Problem p : read.problems()) {
            w.out.writeByte(p.severity().ordinal());
            w.shared(p.file());
            w.varint(Math.max(0, p.line()));
            w.varint(Math.max(0, p.column()));
            w.shared(p.eventId());
            w.shared(p.message());
        }
        w.varint(read.quotesVerified());
        w.varint(read.quotesTotal());
        w.varint(read.eventCount());
        w.varint(read.actorCount());
        w.varint(read.articleCount());
    }

    private static final class Writer {
        final DataOutputStream out;
        final Map<String, Integer> strings = new HashMap<>();
        final Map<TimeSpan, Integer> spans = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void event(Event e, Map<Actor, Integer> actorIndex, Map<Actor, Integer> actorByValue,
                   Map<String, Integer> articleIndex) throws IOException {
            unique(e.id());
            unique(e.title());
            unique(e.summary());
            span(e.time());
            out.writeByte(e.type().ordinal());
            shared(e.mode());
            shared(e.place());
            actors(e.sources(), actorIndex, actorByValue);
            actors(e.targets(), actorIndex, actorByValue);
            actors(e.participants(), actorIndex, actorByValue);
            Certainty certainty = e.certainty();
            out.writeByte(certainty.level().ordinal());
            actors(certainty.attributedTo(), actorIndex, actorByValue);
            shared(certainty.note());
            varint(e.evidence().size());
            for (Evidence evidence : e.evidence()) {
                Integer article = articleIndex.get(evidence.articleId());
                if (article == null) {
                    throw new NotSnapshottableException("evidence of event " + e.id() + " names no article of the dataset");
                }
                varint(article);
                varint(evidence.start());
                varint(evidence.end());
                varint(evidence.prefixLength());
                varint(evidence.suffixLength());
                out.writeByte(evidence.stance().ordinal());
            }
        }

        void varint(int value) throws IOException {
            if (value < 0) {
                throw new NotSnapshottableException("negative count or offset " + value);
            }
            while ((value & ~0x7F) != 0) {
                out.writeByte((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.writeByte(value);
        }

        /** A string that seldom repeats: written in full each time. */
        void unique(String s) throws IOException {
            if (s == null) {
                varint(NULL);
                return;
            }
            varint(LITERAL);
            bytes(s);
        }

        /** A string that often repeats: written once, then referred to by number. */
        void shared(String s) throws IOException {
            if (s == null) {
                varint(NULL);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                varint(FIRST_REFERENCE + known);
                return;
            }
            strings.put(s, strings.size());
            varint(REMEMBERED);
            bytes(s);
        }

        private void bytes(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    // A lone surrogate does not survive UTF-8; such a string is never stored.
                    if (!new String(bytes, StandardCharsets.UTF_8).equals(s)) {
                        throw new NotSnapshottableException("a string is not well-formed UTF-16");
                    }
                    break;
                }
            }
            varint(bytes.length);
            out.write(bytes);
        }

        void span(TimeSpan span) throws IOException {
            if (span == null) {
                varint(NULL);
                return;
            }
            Integer known = spans.get(span);
            if (known != null) {
                varint(FIRST_SPAN_REFERENCE + known);
                return;
            }
            spans.put(span, spans.size());
            varint(NEW_SPAN);
            shared(span.edtf());
            shared(span.phrase());
            out.writeLong(span.earliest());
            out.writeLong(span.latest());
            out.writeByte(span.startQualifier().ordinal());
            out.writeByte(span.endQualifier().ordinal());
            shared(span.note());
        }

        void actors(List<Actor> list, Map<Actor, Integer> byIdentity, Map<Actor, Integer> byValue) throws IOException {
            varint(list.size());
            for (Actor actor : list) {
                Integer position = byIdentity.get(actor);
                if (position == null) {
                    position = byValue.get(actor);
                    if (position == null) {
                        throw new NotSnapshottableException("an event names an actor the dataset does not list");
                    }
                }
                varint(position);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a body written by {@link #write}, leaving the buffer just after it, with every event
     * decoded (on all cores); {@code progress} is told the number of events decoded so far.
     *
     * @throws SnapshotFormatException when the bytes are not such a body
     */
    static ReadResult read(ByteBuffer body, IntConsumer progress) throws SnapshotFormatException {
        LazyRead read = readLazily(body, () -> { }).finish();
        try {
            read.events().decodeAll(progress);
        } catch (SnapshotEvents.DamagedSnapshotException e) {
            throw new SnapshotFormatException("malformed snapshot: " + e.getMessage());
        }
        return read.result();
    }

    /** A body read but for its events: the result, and its dataset's events still to decode. */
    record LazyRead(ReadResult result, SnapshotEvents events) {
    }

    /** A body parsed, its long article texts still being made into strings on threads of their own. */
    interface PendingRead {
        /** Waits for the article texts and makes the dataset (its events still to decode). */
        LazyRead finish() throws SnapshotFormatException;
    }

    /**
     * Reads a body written by {@link #write}, leaving the buffer just after it; the events are
     * not decoded yet: the dataset's {@linkplain Dataset#events() events} are a
     * {@link SnapshotEvents} over the body's bytes, decoded a chunk at a time when first used.
     * A long article text is copied into a string on another thread meanwhile: what the caller
     * reads after the body overlaps with it, until {@link PendingRead#finish}.
     *
     * @param onDamage run when a chunk turns out not to decode (later, on whichever thread asked)
     * @throws SnapshotFormatException when the bytes outside the events are not such a body
     */
    static PendingRead readLazily(ByteBuffer body, Runnable onDamage) throws SnapshotFormatException {
        try {
            return new Reader(body).read(onDamage);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NullPointerException
                 | ClassCastException | NegativeArraySizeException e) {
            throw new SnapshotFormatException("malformed snapshot: " + e);
        }
    }

    /** Decodes one chunk of {@code size} events from {@code bytes} (all of them). */
    static Event[] decodeChunk(ByteBuffer bytes, int size, List<Article> articles, Actor[] actors)
            throws SnapshotFormatException {
        return new Reader(bytes).chunk(size, articles, actors);
    }

    /** An article text: a string read already, or one being made on another thread. */
    private static final class Text {
        private final String ready;
        private final java.util.concurrent.FutureTask<String> making;

        Text(String ready) {
            this.ready = ready;
            this.making = null;
        }

        Text(java.util.concurrent.Callable<String> make) {
            this.ready = null;
            this.making = new java.util.concurrent.FutureTask<>(make);
            Thread thread = new Thread(making, "sourceline-snapshot-text");
            thread.setDaemon(true);
            thread.start();
        }

        String get() throws SnapshotFormatException {
            if (making == null) {
                return ready;
            }
            try {
                return making.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof OutOfMemoryError error) {
                    throw error;
                }
                throw new SnapshotFormatException("malformed snapshot: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SnapshotFormatException("interrupted");
            }
        }
    }

    private static final class Reader {
        final ByteBuffer in;
        final List<String> strings = new ArrayList<>();
        final List<TimeSpan> spans = new ArrayList<>();
        byte[] scratch = new byte[256];

        Reader(ByteBuffer in) {
            this.in = in;
        }

        PendingRead read(Runnable onDamage) throws SnapshotFormatException {
            String title = string();
            String description = string();
            int articleCount = count();
            String[][] fields = new String[articleCount][];
            TimeSpan[] published = new TimeSpan[articleCount];
            Text[] texts = new Text[articleCount];
            for (int i = 0; i < articleCount; i++) {
                fields[i] = new String[] {string(), string(), string(), string(), string(), null, null, null, null};
                published[i] = span();
                fields[i][5] = string();
                texts[i] = text();
                fields[i][6] = string();
                fields[i][7] = string();
                fields[i][8] = string();
            }
            int actorCount = count();
            Actor[] actors = new Actor[actorCount];
            for (int i = 0; i < actorCount; i++) {
                String id = string();
                String name = string();
                ActorKind kind = KINDS[in.get()];
                actors[i] = new Actor(id, name, kind, string(), string(), string());
            }
            int eraCount = count();
            List<Era> eras = new ArrayList<>(eraCount);
            for (int i = 0; i < eraCount; i++) {
                eras.add(new Era(string(), span()));
            }
            int eventCount = count();
            ChunkTable chunks = chunks(eventCount);
            String file = string();
            int problemCount = count();
            List<Problem> problems = new ArrayList<>(Math.min(problemCount, 1 << 16));
            for (int i = 0; i < problemCount; i++) {
                Severity severity = SEVERITIES[in.get()];
                problems.add(new Problem(severity, string(), varint(), varint(), string(), string()));
            }
            int quotesVerified = varint();
            int quotesTotal = varint();
            int events = varint();
            int actorTotal = varint();
            int articleTotal = varint();
            return () -> {
                try {
                    List<Article> articles = new ArrayList<>(articleCount);
                    for (int i = 0; i < articleCount; i++) {
                        String[] f = fields[i];
                        articles.add(new Article(f[0], f[1], f[2], f[3], f[4], published[i], f[5], texts[i].get(), f[6], f[7],
                                f[8]));
                    }
                    SnapshotEvents list = new SnapshotEvents(chunks.sizes(), chunks.bodies(), List.copyOf(articles), actors,
                            onDamage);
                    Dataset dataset = Dataset.holding(title, description, articles, List.of(actors), list, eras);
                    return new LazyRead(new ReadResult(file, dataset, problems, false, quotesVerified, quotesTotal, events,
                            actorTotal, articleTotal), list);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new SnapshotFormatException("malformed snapshot: " + e);
                }
            };
        }

        /** Where each chunk of events is and how many it holds. */
        private record ChunkTable(int[] sizes, ByteBuffer[] bodies) {
        }

        /** The events, chunk by chunk: their sizes and bytes are taken here, their decoding waits for first use. */
        ChunkTable chunks(int eventCount) throws SnapshotFormatException {
            int chunks = count();
            ByteBuffer[] bodies = new ByteBuffer[chunks];
            int[] sizes = new int[chunks];
            long total = 0;
            for (int c = 0; c < chunks; c++) {
                sizes[c] = varint();
                int length = in.getInt();
                if (sizes[c] > eventCount || length < 0 || length > in.remaining() || (sizes[c] > 0 && length == 0)) {
                    throw new SnapshotFormatException("bad chunk " + c);
                }
                bodies[c] = in.slice(in.position(), length);
                in.position(in.position() + length);
                total += sizes[c];
            }
            if (total != eventCount) {
                throw new SnapshotFormatException("chunks hold " + total + " events, not " + eventCount);
            }
            return new ChunkTable(sizes, bodies);
        }

        /** One chunk of events, with its own tables of shared strings and spans. */
        Event[] chunk(int size, List<Article> articles, Actor[] actors) throws SnapshotFormatException {
            try {
                Event[] events = new Event[size];
                for (int i = 0; i < size; i++) {
                    events[i] = event(articles, actors);
                }
                if (in.hasRemaining()) {
                    throw new SnapshotFormatException("bytes after the end of a chunk");
                }
                return events;
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NullPointerException
                     | ClassCastException | NegativeArraySizeException e) {
                throw new SnapshotFormatException("malformed snapshot: " + e);
            }
        }

        private Event event(List<Article> articles, Actor[] actors) throws SnapshotFormatException {
            String id = string();
            String eventTitle = string();
            String summary = string();
            TimeSpan time = span();
            EventType type = TYPES[in.get()];
            String mode = string();
            String place = string();
            List<Actor> sources = actors(actors);
            List<Actor> targets = actors(actors);
            List<Actor> participants = actors(actors);
            CertaintyLevel level = LEVELS[in.get()];
            List<Actor> attributedTo = actors(actors);
            Certainty certainty = new Certainty(level, attributedTo, string());
            int evidenceCount = count();
            Evidence[] evidence = new Evidence[evidenceCount];
            for (int k = 0; k < evidenceCount; k++) {
                Article article = articles.get(varint());
                int start = varint();
                int end = varint();
                int prefix = varint();
                int suffix = varint();
                evidence[k] = new Evidence(article.id(), article.text(), start, end, prefix, suffix, STANCES[in.get()]);
            }
            return new Event(id, eventTitle, summary, time, type, mode, place, sources, targets, participants, certainty,
                    List.of(evidence));
        }

        int varint() throws SnapshotFormatException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = in.get();
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (value < 0) {
                        throw new SnapshotFormatException("negative number");
                    }
                    return value;
                }
            }
            throw new SnapshotFormatException("number too long");
        }

        /** A count of items that follow: each takes at least a byte, so no more than the bytes left. */
        int count() throws SnapshotFormatException {
            int n = varint();
            if (n > in.remaining()) {
                throw new SnapshotFormatException("count " + n + " beyond the end");
            }
            return n;
        }

        String string() throws SnapshotFormatException {
            int tag = varint();
            if (tag == NULL) {
                return null;
            }
            if (tag >= FIRST_REFERENCE) {
                return strings.get(tag - FIRST_REFERENCE);
            }
            int length = count();
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            in.get(scratch, 0, length);
            String s = new String(scratch, 0, length, StandardCharsets.UTF_8);
            if (tag == REMEMBERED) {
                strings.add(s);
            }
            return s;
        }

        /** An article text (a unique string): a long one is decoded on another thread. */
        Text text() throws SnapshotFormatException {
            int position = in.position();
            int tag = varint();
            int length = tag == LITERAL ? count() : 0;
            if (length < LARGE_TEXT) {
                in.position(position);
                return new Text(string());
            }
            ByteBuffer slice = in.slice(in.position(), length);
            in.position(in.position() + length);
            return new Text(() -> {
                byte[] utf8 = new byte[length];
                slice.get(utf8);
                return new String(utf8, StandardCharsets.UTF_8);
            });
        }

        TimeSpan span() throws SnapshotFormatException {
            int tag = varint();
            if (tag == NULL) {
                return null;
            }
            if (tag >= FIRST_SPAN_REFERENCE) {
                return spans.get(tag - FIRST_SPAN_REFERENCE);
            }
            String edtf = string();
            String phrase = string();
            long earliest = in.getLong();
            long latest = in.getLong();
            Qualifier start = QUALIFIERS[in.get()];
            Qualifier end = QUALIFIERS[in.get()];
            TimeSpan span = new TimeSpan(edtf, phrase, earliest, latest, start, end, string());
            spans.add(span);
            return span;
        }

        List<Actor> actors(Actor[] actors) throws SnapshotFormatException {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            if (n == 1) {
                return List.of(actors[varint()]);
            }
            Actor[] list = new Actor[n];
            for (int i = 0; i < n; i++) {
                list[i] = actors[varint()];
            }
            return List.of(list);
        }
    }
}
