package org.sourceline.data;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Actor;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.ActorKind;

/**
 * The actors of a dataset: reads the {@code "actors"} list, reads the actor ids events name
 * (which may come before the list in the file, so they are kept as {@link Ref}s with their
 * positions), and resolves them once the list is known, with "did you mean" for unknown ids.
 * Also checks affiliations and, at the end, warns about actors no event names.
 */
final class ActorReader {
    /** The fields of an actor, in the order messages list them. */
    private enum ActorField { ID, NAME, KIND, AFFILIATION, ROLE, DESCRIPTION }

    private static final FieldSet<ActorField> FIELDS = FieldSet.strict(ActorField.class);
    private static final List<ActorField> REQUIRED = List.of(ActorField.ID, ActorField.NAME, ActorField.KIND);

    /**
     * A reference to an actor id, remembered with its position until the actor list is known.
     * Each valid actor has one reference that events share, which knows the actor already
     * (a million events resolve their roles without a map lookup).
     *
     * @param from  the event that names it, or for an affiliation the actor that has it
     * @param actor the actor, for the shared reference of a known actor; else null
     * @param index the actor's position in the list, for the shared reference; else -1
     * @param alone the one-actor list of that actor (most roles name one actor, so events share it)
     */
    record Ref(String id, int line, int column, String from, Actor actor, int index, List<Actor> alone) {
        Ref(String id, int line, int column, String from) {
            this(id, line, column, from, null, -1, null);
        }
    }

    private final JsonCursor in;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** The shared reference of each valid actor, found by its id's characters or by its id. */
    private final KnownIds<List<Ref>> knownRefs = new KnownIds<>();
    private final Map<String, Ref> knownRefsById = new HashMap<>();
    /** Every actor id met, also of actors that failed to load (not reported again as unknown). */
    private final Set<String> declaredIds = new HashSet<>();
    private final List<Ref> affiliations = new ArrayList<>();
    /** The actors some event or affiliation names, by {@link Ref#index()}. */
    private final BitSet used = new BitSet();
    /** Whether the last {@link #readRefs} found a well-formed array. */
    private boolean refsOk;
    /**
     * The certainty of each level said by one actor alone (level × actor position), made once:
     * shared with the readers of other parts of the file, as the actors are. Two threads may make
     * the same one at once; one of the two equal values is then kept, which is harmless.
     */
    private Certainty[] saidBy;

    ActorReader(JsonCursor in) {
        this.in = in;
    }

    /**
     * The actors {@code read} has read, for resolving the roles of events read on another thread
     * by {@code in}: the tables are shared (read-only from now on), which actors are named is
     * this reader's own (see {@link #addUses}).
     */
    ActorReader(ActorReader read, JsonCursor in) {
        this.in = in;
        this.actors.putAll(read.actors);
        this.knownRefsById.putAll(read.knownRefsById);
        read.knownRefsById.forEach((id, ref) -> knownRefs.put(id, List.of(ref)));
        this.declaredIds.addAll(read.declaredIds);
        this.saidBy = read.saidBy();
    }

    /** Counts the actors {@code other} found named as named here too. */
    void addUses(ActorReader other) {
        used.or(other.used);
    }

    /** Reads the value of {@code "actors"}: an array of actor objects; false (reported) when it is no array. */
    boolean readList() throws IOException {
        if (!in.expectArray("actors", null)) {
            return false;
        }
        while (in.nextElement()) {
            readActor();
        }
        return true;
    }

    private void readActor() throws IOException {
        if (!in.expectObject("actor", null)) {
            return;
        }
        int objLine = in.line();
        int objColumn = in.column();
        String id = null;
        String name = null;
        ActorKind kind = null;
        String affiliation = null;
        int affLine = 0;
        int affColumn = 0;
        String role = null;
        String desc = null;
        boolean valid = true;
        ObjectFields<ActorField> fields = in.fields(FIELDS, "actor");
        for (ActorField f; (f = fields.next(null)) != null; ) {
            switch (f) {
                case ID -> {
                    id = in.requiredString("id", null);
                    if (id != null && id.isBlank()) {
                        in.errorHere(null, DatasetRules.emptyId("actor"));
                        id = null;
                    } else if (id != null && !declaredIds.add(id)) {
                        in.errorHere(null, DatasetRules.duplicateActorId(id));
                        valid = false;
                    }
                }
                case NAME -> name = in.requiredString("name", null);
                case KIND -> {
                    String k = in.requiredString("kind", null);
                    if (k != null) {
                        kind = ActorKind.fromId(k);
                        if (kind == null) {
                            in.errorHere(null, "unknown actor kind \"" + k + "\" (expected state, person, organization or group)");
                        }
                    }
                }
                case AFFILIATION -> {
                    affLine = in.line();
                    affColumn = in.column();
                    affiliation = in.string("affiliation", null);
                }
                case ROLE -> role = in.string("role", null);
                case DESCRIPTION -> desc = in.string("description", null);
                default -> throw new IllegalStateException();
            }
        }
        if (fields.hadRepeats() || fields.hadUnknown()) {
            valid = false;
        }
        for (ActorField required : REQUIRED) {
            if (!fields.has(required)) {
                in.error(objLine, objColumn, null, "actor" + (id != null ? " \"" + id + "\"" : "")
                        + ": missing required field \"" + FIELDS.name(required) + "\"");
            }
        }
        if (valid && id != null && name != null && kind != null) {
            Actor actor = new Actor(id, name, kind, affiliation, role, desc);
            Ref ref = new Ref(id, 0, 0, null, actor, actors.size(), List.of(actor));
            actors.put(id, actor);
            knownRefs.put(id, List.of(ref));
            knownRefsById.put(id, ref);
            if (affiliation != null) {
                affiliations.add(new Ref(affiliation, affLine, affColumn, id));
            }
        }
    }

    /**
     * Reads an array of actor ids named by an event; {@link #refsOk()} says whether it was well
     * formed. Empty roles (most events have some) cost no list.
     */
    List<Ref> readRefs(String eventId, String field) throws IOException {
        refsOk = true;
        if (in.token() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (!in.expectArray(field, eventId)) {
            refsOk = false;
            return List.of();
        }
        List<Ref> into = null;
        List<Ref> single = null;
        while (in.nextElement()) {
            if (in.token() != JsonToken.VALUE_STRING) {
                in.errorHere(eventId, field + ": expected an actor id (a string), found " + JsonCursor.describe(in.token()));
                in.skip();
                refsOk = false;
                continue;
            }
            // A known actor's reference is shared (its position only matters for an unknown one),
            // and so is the list of it alone: most roles name one actor.
            List<Ref> known = in.lookUp(knownRefs);
            if (into == null && single == null && known != null) {
                single = known;
                continue;
            }
            if (into == null) {
                into = new ArrayList<>(2);
                if (single != null) {
                    into.add(single.get(0));
                }
            }
            into.add(known != null ? known.get(0) : new Ref(in.text(), in.line(), in.column(), eventId));
        }
        return into != null ? into : single != null ? single : List.of();
    }

    /** Whether the array the last {@link #readRefs} read was well formed. */
    boolean refsOk() {
        return refsOk;
    }

    private synchronized Certainty[] saidBy() {
        if (saidBy == null) {
            saidBy = new Certainty[CertaintyLevel.values().length * Math.max(1, actors.size())];
        }
        return saidBy;
    }

    /**
     * The certainty {@code level} said by {@code speakers}, which {@link #resolve} made of
     * {@code refs}; one actor's is kept once for all events (most name one speaker, and a million
     * events then hold a few thousand of them).
     */
    Certainty certainty(CertaintyLevel level, List<Ref> refs, List<Actor> speakers) {
        if (speakers.size() == 1) {
            Ref ref = refs.get(0);
            Certainty[] kept = saidBy();
            int at = ref.index() * CertaintyLevel.values().length + level.ordinal();
            if (ref.actor() == speakers.get(0) && at >= 0 && at < kept.length) {
                Certainty said = kept[at];
                if (said == null) {
                    said = new Certainty(level, speakers, null);
                    kept[at] = said;
                }
                return said;
            }
        }
        return new Certainty(level, speakers, null);
    }

    /**
     * The actors references name, each once, in order; null when one is unknown (reported,
     * unless its id was declared by an actor that failed to load).
     */
    List<Actor> resolve(List<Ref> refs) {
        int n = refs.size();
        if (n == 0) {
            return List.of();
        }
        if (n == 1) {
            Ref ref = known(refs.get(0));
            if (ref == null) {
                return null;
            }
            used.set(ref.index());
            return ref.alone();
        }
        List<Ref> distinct = new ArrayList<>(n);
        boolean ok = true;
        for (int r = 0; r < n; r++) {
            Ref ref = known(refs.get(r));
            if (ref == null) {
                ok = false;
            } else {
                used.set(ref.index());
                if (!containsSame(distinct, ref)) {
                    distinct.add(ref);
                }
            }
        }
        if (!ok) {
            return null;
        }
        if (distinct.size() == 1) {
            return distinct.get(0).alone();
        }
        Actor[] list = new Actor[distinct.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = distinct.get(i).actor();
        }
        return List.of(list);
    }

    /** The shared reference of the actor a reference names; null (reported) when there is none. */
    /** The position in {@link #actors()} of the actor a resolved reference names. */
    int position(Ref ref) {
        return ref.actor() != null ? ref.index() : knownRefsById.get(ref.id()).index();
    }

    private Ref known(Ref ref) {
        if (ref.actor() != null) {
            return ref;
        }
        Ref known = knownRefsById.get(ref.id());
        if (known == null && !declaredIds.contains(ref.id())) {
            in.error(ref.line(), ref.column(), ref.from(), DatasetRules.unknownActor(ref.id(), actors.keySet()));
        }
        return known;
    }

    private static boolean containsSame(List<Ref> refs, Ref ref) {
        for (int i = 0, n = refs.size(); i < n; i++) {
            if (refs.get(i) == ref) {
                return true;
            }
        }
        return false;
    }

    /** Checks that each affiliation names another known actor (an affiliation counts as a use). */
    void checkAffiliations() {
        for (Ref ref : affiliations) {
            if (!actors.containsKey(ref.id()) && !declaredIds.contains(ref.id())) {
                in.error(ref.line(), ref.column(), null, DatasetRules.unknownAffiliation(ref.from(), ref.id(),
                        actors.keySet()));
            } else if (ref.id().equals(ref.from())) {
                in.error(ref.line(), ref.column(), null, DatasetRules.selfAffiliation(ref.from()));
            } else {
                Ref known = knownRefsById.get(ref.id());
                if (known != null) {
                    used.set(known.index());
                }
            }
        }
    }

    /** Warns about each actor that no event and no affiliation names. */
    void warnUnused() {
        int index = 0;
        for (Actor actor : actors.values()) {
            if (!used.get(index++)) {
                in.warning(1, 1, null, DatasetRules.unusedActor(actor.id()));
            }
        }
    }

    /** The actors read, in file order. */
    List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /** How many actor ids the file declares, including those of actors that failed to load. */
    int declaredCount() {
        return declaredIds.size();
    }
}
