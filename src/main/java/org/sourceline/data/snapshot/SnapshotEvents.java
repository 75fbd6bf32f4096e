package org.sourceline.data.snapshot;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Event;

/**
 * The events of a snapshot, each chunk of them ({@link SnapshotCodec#CHUNK_EVENTS}) decoded from
 * the snapshot's bytes when one of its events is first asked for, or by {@link #decodeAll} on
 * all cores at once. Opening a big dataset again then needs no event objects before the first
 * frame: the views draw from the indexes kept with the snapshot, and a million events become
 * objects afterwards, in the background.
 *
 * <p>The list never changes: an event decoded once is the same object ever after (the indexes
 * map events to positions by identity). The snapshot's checksum covers every chunk and is checked
 * before the list is made, so a chunk that does not decode means a snapshot written by a faulty
 * build: {@link #get} then throws {@link DamagedSnapshotException}, and {@link #decodeAll} too;
 * whoever holds the list must not use a dataset that is not {@linkplain #isComplete complete}
 * for anything it keeps (an edit, a save), and reads the file instead when decoding fails.
 */
public final class SnapshotEvents extends AbstractList<Event> implements RandomAccess {
    /** A chunk of events that could not be decoded although the snapshot's checksum matched. */
    public static final class DamagedSnapshotException extends IllegalStateException {
        DamagedSnapshotException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int size;
    /** Chunk c holds the events {@code starts[c] .. starts[c + 1]}. */
    private final int[] starts;
    /** Events per chunk when every chunk but the last holds that many (the writer's way), else 0. */
    private final int uniform;
    /** The bytes of each chunk not decoded yet (null once decoded); read and cleared under the chunk's lock. */
    private final ByteBuffer[] bodies;
    private final Object[] locks;
    private final AtomicReferenceArray<Event[]> decoded;
    private final AtomicInteger chunksLeft;
    private final List<Article> articles;
    private final Actor[] actors;
    private final Runnable onDamage;
    private volatile DamagedSnapshotException damage;
    private final List<Runnable> damageActions = new ArrayList<>();

    /**
     * @param sizes    events per chunk
     * @param bodies   each chunk's bytes (held until it is decoded)
     * @param articles the dataset's articles (evidence names them by position)
     * @param actors   the dataset's actors (events name them by position)
     * @param onDamage run once when a chunk does not decode (the cache deletes the snapshot)
     */
    SnapshotEvents(int[] sizes, ByteBuffer[] bodies, List<Article> articles, Actor[] actors, Runnable onDamage) {
        int chunks = sizes.length;
        starts = new int[chunks + 1];
        for (int c = 0; c < chunks; c++) {
            starts[c + 1] = starts[c] + sizes[c];
        }
        size = starts[chunks];
        int first = chunks == 0 ? 0 : sizes[0];
        boolean even = first > 0;
        for (int c = 1; c < chunks - 1 && even; c++) {
            even = sizes[c] == first;
        }
        uniform = even && (chunks < 2 || sizes[chunks - 1] <= first) ? first : 0;
        this.bodies = bodies.clone();
        locks = new Object[chunks];
        for (int c = 0; c < chunks; c++) {
            locks[c] = new Object();
        }
        decoded = new AtomicReferenceArray<>(chunks);
        int empty = 0;
        for (int c = 0; c < chunks; c++) {
            if (sizes[c] == 0) {
                // Nothing to decode, but its bytes must be nothing too.
                if (bodies[c].hasRemaining()) {
                    throw new IllegalArgumentException("an empty chunk with bytes");
                }
                decoded.set(c, new Event[0]);
                this.bodies[c] = null;
                empty++;
            }
        }
        chunksLeft = new AtomicInteger(chunks - empty);
        this.articles = articles;
        this.actors = actors;
        this.onDamage = onDamage;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Event get(int index) {
        Objects.checkIndex(index, size);
        int c = chunkOf(index);
        Event[] events = decoded.get(c);
        if (events == null) {
            events = decode(c);
        }
        return events[index - starts[c]];
    }

    private int chunkOf(int index) {
        if (uniform > 0) {
            return index / uniform;
        }
        int low = 0;
        int high = starts.length - 2;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /**
     * Runs {@code action} once when a chunk turns out not to decode, on whichever thread found it
     * (at once when that has happened already): whoever shows the dataset reads the file instead.
     */
    public void whenDamaged(Runnable action) {
        synchronized (this) {
            if (damage == null) {
                damageActions.add(action);
                return;
            }
        }
        action.run();
    }

    /** True once every event has been decoded: the list then holds plain objects only. */
    public boolean isComplete() {
        return chunksLeft.get() == 0;
    }

    /** How many chunks there are (the unit of decoding). */
    public int chunkCount() {
        return locks.length;
    }

    /** How many chunks have been decoded so far. */
    public int chunksDecoded() {
        return locks.length - chunksLeft.get();
    }

    /**
     * Decodes every chunk not decoded yet, on this thread and helpers on the other cores (a chunk
     * another thread is decoding is waited for, never decoded twice). Returns when the list is
     * {@linkplain #isComplete complete}.
     *
     * @param progress told how many events are decoded so far, now and then on this thread
     * @throws DamagedSnapshotException when a chunk does not decode
     */
    public void decodeAll(IntConsumer progress) {
        if (damage != null) {
            throw damage;
        }
        int chunks = locks.length;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < chunks && failure.get() == null; c = next.getAndIncrement()) {
                try {
                    if (decoded.get(c) == null) {
                        decode(c);
                    }
                    if (Thread.currentThread() == caller) {
                        progress.accept(decodedEvents());
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(chunksLeft.get() - 1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));
        List<Thread> threads = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            Thread helper = new Thread(work, "sourceline-snapshot-decode");
            helper.setDaemon(true);
            helper.start();
            threads.add(helper);
        }
        progress.accept(decodedEvents());
        work.run();
        boolean interrupted = false;
        for (Thread helper : threads) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    // The helpers finish their chunk soon; the list must be whole when this returns.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw failure.get() instanceof DamagedSnapshotException damaged ? damaged
                    : new DamagedSnapshotException("a chunk of events could not be decoded", failure.get());
        }
        progress.accept(size);
    }

    private int decodedEvents() {
        int events = 0;
        for (int c = 0; c < locks.length; c++) {
            if (decoded.get(c) != null) {
                events += starts[c + 1] - starts[c];
            }
        }
        return events;
    }

    private Event[] decode(int c) {
        synchronized (locks[c]) {
            Event[] done = decoded.get(c);
            if (done != null) {
                return done;
            }
            if (bodies[c] == null) {
                // Failed before.
                throw damage;
            }
            try {
                Event[] events = SnapshotCodec.decodeChunk(bodies[c].duplicate(), starts[c + 1] - starts[c], articles, actors);
                decoded.set(c, events);
                bodies[c] = null;
                chunksLeft.decrementAndGet();
                return events;
            } catch (SnapshotCodec.SnapshotFormatException | RuntimeException e) {
                bodies[c] = null;
                DamagedSnapshotException damaged = new DamagedSnapshotException("chunk " + c + " of the snapshot's events: "
                        + e.getMessage(), e);
                List<Runnable> actions = List.of();
                synchronized (this) {
                    if (damage == null) {
                        damage = damaged;
                        actions = List.copyOf(damageActions);
                        damageActions.clear();
                        actions = new ArrayList<>(actions);
                        actions.add(0, onDamage);
                    }
                }
                actions.forEach(Runnable::run);
                throw damaged;
            }
        }
    }
}
