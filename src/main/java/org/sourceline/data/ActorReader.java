package org.sourceline.data;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Actor;
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
     *
     * @param from the event that names it, or for an affiliation the actor that has it
     */
    record Ref(String id, int line, int column, String from) {
    }

    private final JsonCursor in;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** A reference for each valid actor, found by its id's characters. */
    private final KnownIds<Ref> knownRefs = new KnownIds<>();
    /** Every actor id met, also of actors that failed to load (not reported again as unknown). */
    private final Set<String> declaredIds = new HashSet<>();
    private final List<Ref> affiliations = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<Actor, List<Actor>> singleActorLists = new IdentityHashMap<>();
    /** Whether the last {@link #readRefs} found a well-formed array. */
    private boolean refsOk;

    ActorReader(JsonCursor in) {
        this.in = in;
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
            actors.put(id, new Actor(id, name, kind, affiliation, role, desc));
            knownRefs.put(id, new Ref(id, 0, 0, null));
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
        while (in.nextElement()) {
            if (in.token() != JsonToken.VALUE_STRING) {
                in.errorHere(eventId, field + ": expected an actor id (a string), found " + JsonCursor.describe(in.token()));
                in.skip();
                refsOk = false;
                continue;
            }
            if (into == null) {
                into = new ArrayList<>(2);
            }
            // A known actor's reference is shared (its position only matters for an unknown one).
            Ref known = in.lookUp(knownRefs);
            into.add(known != null ? known : new Ref(in.text(), in.line(), in.column(), eventId));
        }
        return into == null ? List.of() : into;
    }

    /** Whether the array the last {@link #readRefs} read was well formed. */
    boolean refsOk() {
        return refsOk;
    }

    /**
     * The actors references name, each once, in order; null when one is unknown (reported,
     * unless its id was declared by an actor that failed to load).
     */
    List<Actor> resolve(List<Ref> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        List<Actor> list = new ArrayList<>(refs.size());
        boolean ok = true;
        for (Ref ref : refs) {
            Actor actor = actors.get(ref.id());
            if (actor == null) {
                if (!declaredIds.contains(ref.id())) {
                    in.error(ref.line(), ref.column(), ref.from(), DatasetRules.unknownActor(ref.id(), actors.keySet()));
                }
                ok = false;
            } else {
                usedIds.add(actor.id());
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

    /** The immutable one-actor list of an actor: most roles name one actor, so events share them. */
    private List<Actor> single(Actor actor) {
        List<Actor> list = singleActorLists.get(actor);
        if (list == null) {
            list = List.of(actor);
            singleActorLists.put(actor, list);
        }
        return list;
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
                usedIds.add(ref.id());
            }
        }
    }

    /** Warns about each actor that no event and no affiliation names. */
    void warnUnused() {
        for (Actor actor : actors.values()) {
            if (!usedIds.contains(actor.id())) {
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
