package org.sourceline.data;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.model.Actor;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Turns events as written into {@link Event}s: their actor ids become actors and their quotes
 * anchored evidence. That needs the actors and the articles; an event read before both are
 * known waits (in file order) until they are, or until the end of the file.
 */
final class EventResolver {
    private final JsonCursor in;
    private final ActorReader actors;
    private final EvidenceReader evidence;
    private final List<Event> events = new ArrayList<>();
    /** The columns of {@link #events}, collected as each is resolved. */
    private EventColumns.Builder columns = new EventColumns.Builder();
    /** The actor positions of the event being resolved (grown as needed). */
    private int[] actorPositions = new int[8];
    private final List<EventReader.RawEvent> pending = new ArrayList<>();
    private final Certainty[] bareCertainties = new Certainty[CertaintyLevel.values().length];
    private boolean articlesKnown;
    private boolean actorsKnown;

    EventResolver(JsonCursor in, ActorReader actors, EvidenceReader evidence) {
        this.in = in;
        this.actors = actors;
        this.evidence = evidence;
    }

    /** The file has given its articles (well formed or not): events need not wait for them. */
    void articlesSeen() {
        articlesKnown = true;
    }

    /** The file has given its actors (well formed or not): events need not wait for them. */
    void actorsSeen() {
        actorsKnown = true;
    }

    /** Whether events are resolved as they are read (the file gave its actors and articles before). */
    boolean resolvesAtOnce() {
        return articlesKnown && actorsKnown && pending.isEmpty();
    }

    /**
     * Events resolved elsewhere (a part of the file read on another thread), next in file order,
     * with the columns their resolver collected.
     */
    void addResolved(List<Event> resolved, EventColumns.Builder resolvedColumns) {
        events.addAll(resolved);
        if (columns.size() == 0) {
            columns = resolvedColumns; // the usual case: every event came from the parts
        } else {
            columns.addAll(resolvedColumns);
        }
    }

    /** The columns of the events resolved so far, in their order ({@link EventColumns}). */
    EventColumns.Builder columns() {
        return columns;
    }

    /** Whether the file has given its actors. */
    boolean actorsKnown() {
        return actorsKnown;
    }

    /** Resolves an event now, or once the actors and articles are known. */
    void add(EventReader.RawEvent raw) {
        if (articlesKnown && actorsKnown) {
            resolve(raw);
        } else {
            pending.add(raw);
        }
    }

    /**
     * At the end of the file: events still waiting are resolved against what exists (the file
     * lacks "actors" or "article"), so their references are reported.
     */
    void finish() {
        if (!pending.isEmpty()) {
            articlesKnown = true;
            actorsKnown = true;
            resolvePending();
        }
    }

    /** The events resolved, in file order. */
    List<Event> events() {
        return events;
    }

    /** Resolves the events that waited, once the actors and articles are known. */
    void resolvePending() {
        if (!articlesKnown || !actorsKnown || pending.isEmpty()) {
            return;
        }
        for (EventReader.RawEvent raw : pending) {
            resolve(raw);
        }
        pending.clear();
    }

    private void resolve(EventReader.RawEvent raw) {
        List<Actor> sources = actors.resolve(raw.sources);
        List<Actor> targets = actors.resolve(raw.targets);
        List<Actor> participants = actors.resolve(raw.participants);
        List<Actor> speakers = actors.resolve(raw.attributedTo);
        boolean ok = raw.valid && sources != null && targets != null && participants != null && speakers != null;
        List<Evidence> anchored;
        if (raw.evidence.size() == 1) {
            // Most events quote one passage: its list at once, without one to copy it from.
            Evidence found = evidence.anchor(raw.evidence.get(0), raw.id);
            ok &= found != null;
            anchored = found == null ? List.of() : List.of(found);
        } else {
            anchored = new ArrayList<>(raw.evidence.size());
            for (EvidenceReader.RawEvidence quote : raw.evidence) {
                Evidence found = evidence.anchor(quote, raw.id);
                if (found == null) {
                    ok = false;
                } else {
                    anchored.add(found);
                }
            }
        }
        if (raw.valid && raw.evidence.isEmpty()) {
            in.warning(raw.line, raw.column, raw.id, DatasetRules.noEvidence());
        } else if (ok && DatasetRules.onlyDisputes(anchored)) {
            in.warning(raw.line, raw.column, raw.id, DatasetRules.onlyDisputed());
        }
        if (ok) {
            Event event = new Event(raw.id, raw.title, raw.summary, raw.time, raw.type, raw.mode, raw.place,
                    sources, targets, participants, certainty(raw.level, raw.attributedTo, speakers, raw.certaintyNote),
                    List.copyOf(anchored));
            events.add(event);
            int count = positions(raw.sources, 0);
            count = positions(raw.targets, count);
            count = positions(raw.participants, count);
            columns.add(event, actorPositions, count);
        }
    }

    /** Puts the actor positions of {@code refs} (all known) into {@link #actorPositions} from {@code at}. */
    private int positions(List<ActorReader.Ref> refs, int at) {
        int n = refs.size();
        if (at + n > actorPositions.length) {
            actorPositions = java.util.Arrays.copyOf(actorPositions, Math.max(at + n, actorPositions.length * 2));
        }
        for (int r = 0; r < n; r++) {
            actorPositions[at + r] = actors.position(refs.get(r));
        }
        return at + n;
    }

    /**
     * The certainty of an event. Most events have a level and nothing else; they share one
     * immutable value per level instead of a million equal ones, and those said by one actor
     * one per level and actor ({@link ActorReader#certainty}).
     */
    private Certainty certainty(CertaintyLevel level, List<ActorReader.Ref> speakerRefs, List<Actor> speakers,
                                String note) {
        if (note != null) {
            return new Certainty(level, speakers, note);
        }
        if (!speakers.isEmpty()) {
            return actors.certainty(level, speakerRefs, speakers);
        }
        Certainty shared = bareCertainties[level.ordinal()];
        if (shared == null) {
            shared = Certainty.of(level);
            bareCertainties[level.ordinal()] = shared;
        }
        return shared;
    }
}
