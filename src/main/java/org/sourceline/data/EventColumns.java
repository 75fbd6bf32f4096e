package org.sourceline.data;

import java.util.Arrays;
import org.sourceline.model.Event;

/**
 * What the reader worked out of each event while it had the event at hand, in the order of the
 * dataset's events, for the event index to take instead of walking a million events again: the
 * time bounds, type and certainty level, and the positions of the actors each involves (in the
 * dataset's actor list; sources, then targets, then participants, each actor once). Reading a
 * big file does this on all its threads; walking the events afterwards, on one thread, touched
 * every event's role lists and looked each actor up — about half a second of a million-event
 * load.
 *
 * @param earliest   each event's earliest day
 * @param latest     each event's latest day
 * @param type       each event's type ordinal
 * @param certainty  each event's certainty level ordinal
 * @param actorStart where each event's actors start in {@code eventActors} (one more than events)
 * @param eventActors the actors' positions, event after event
 */
public record EventColumns(long[] earliest, long[] latest, byte[] type, byte[] certainty, int[] actorStart,
                           int[] eventActors) {

    /** How many events the columns describe. */
    public int size() {
        return earliest.length;
    }

    /** Collects the columns event by event, as events are resolved. */
    static final class Builder {
        private long[] earliest;
        private long[] latest;
        private byte[] type;
        private byte[] certainty;
        private int[] actorStart;
        private int[] eventActors;
        private int size;
        private int actors;

        /**
         * Adds the next event, with the positions of its actors as its roles list them (sources,
         * then targets, then participants; {@code count} of them, repeats allowed).
         */
        void add(Event event, int[] positions, int count) {
            ensure(size + 1, actors + count);
            earliest[size] = event.time().earliest();
            latest[size] = event.time().latest();
            type[size] = (byte) event.type().ordinal();
            certainty[size] = (byte) event.certainty().level().ordinal();
            // Each actor once, in the order first met (an actor both source and target counts once).
            int start = actors;
            for (int i = 0; i < count; i++) {
                int a = positions[i];
                boolean seen = false;
                for (int j = start; j < actors; j++) {
                    if (eventActors[j] == a) {
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    eventActors[actors++] = a;
                }
            }
            size++;
            actorStart[size] = actors;
        }

        /** Adds what another builder collected (a later part of the file), after this one's events. */
        void addAll(Builder other) {
            ensure(size + other.size, actors + other.actors);
            System.arraycopy(other.earliest, 0, earliest, size, other.size);
            System.arraycopy(other.latest, 0, latest, size, other.size);
            System.arraycopy(other.type, 0, type, size, other.size);
            System.arraycopy(other.certainty, 0, certainty, size, other.size);
            for (int e = 1; e <= other.size; e++) {
                actorStart[size + e] = actors + other.actorStart[e];
            }
            System.arraycopy(other.eventActors, 0, eventActors, actors, other.actors);
            size += other.size;
            actors += other.actors;
        }

        private void ensure(int events, int actorCount) {
            if (events > earliest.length) {
                int n = Math.max(events, earliest.length * 2);
                earliest = Arrays.copyOf(earliest, n);
                latest = Arrays.copyOf(latest, n);
                type = Arrays.copyOf(type, n);
                certainty = Arrays.copyOf(certainty, n);
                actorStart = Arrays.copyOf(actorStart, n + 1);
            }
            if (actorCount > eventActors.length) {
                eventActors = Arrays.copyOf(eventActors, Math.max(eventActors.length * 2, actorCount));
            }
        }

        int size() {
            return size;
        }

        /** The columns; arrays already of their size are taken as they are (a big file's are, from {@link #concat}). */
        EventColumns build() {
            return new EventColumns(trimmed(earliest, size), trimmed(latest, size), trimmed(type, size),
                    trimmed(certainty, size), trimmed(actorStart, size + 1), trimmed(eventActors, actors));
        }

        /**
         * The parts' columns one after another, in arrays allocated once at their final size: a
         * million events' columns are tens of megabytes, which copying twice or growing by
         * doubling would make as garbage in the old generation.
         */
        static Builder concat(java.util.List<Builder> parts) {
            int events = 0;
            int actorCount = 0;
            for (Builder part : parts) {
                events += part.size;
                actorCount += part.actors;
            }
            Builder all = new Builder(events, actorCount);
            for (Builder part : parts) {
                all.addAll(part);
            }
            return all;
        }

        Builder() {
            this(64, 128);
        }

        private Builder(int events, int actorCount) {
            earliest = new long[events];
            latest = new long[events];
            type = new byte[events];
            certainty = new byte[events];
            actorStart = new int[events + 1];
            eventActors = new int[actorCount];
        }

        private static long[] trimmed(long[] a, int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }

        private static byte[] trimmed(byte[] a, int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }

        private static int[] trimmed(int[] a, int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }
    }
}
