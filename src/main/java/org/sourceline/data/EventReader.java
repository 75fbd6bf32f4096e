package org.sourceline.data;

import java.io.IOException;
import java.util.List;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;
import org.sourceline.model.TimeSpan;

/**
 * Reads one event object as written ({@link RawEvent}): its fields, its time (by
 * {@link TimeReader}), the actor ids of its roles (by {@link ActorReader}), its certainty and its
 * quotes (by {@link EvidenceReader}). Actor ids and quotes are resolved later, by
 * {@link EventResolver}, since a file may list its events before its actors and articles.
 */
final class EventReader {
    /** The fields of an event, in the order messages list them. */
    private enum EventField { ID, TITLE, SUMMARY, TIME, TYPE, MODE, PLACE, SOURCE, TARGET, PARTICIPANTS, CERTAINTY, EVIDENCE }

    /** The fields of an event's certainty, in the order messages list them. */
    private enum CertaintyField { LEVEL, ATTRIBUTED_TO, NOTE }

    private static final FieldSet<EventField> FIELDS = FieldSet.strict(EventField.class);
    private static final FieldSet<CertaintyField> CERTAINTY_FIELDS = FieldSet.strict(CertaintyField.class);
    /** An array, not a list: the check of each event walks it without an iterator (a million of them at 1M). */
    private static final EventField[] REQUIRED = {EventField.ID, EventField.TITLE, EventField.TIME,
            EventField.TYPE, EventField.CERTAINTY};

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

    /** An event as written in the file, before actor ids and quotes are resolved. */
    static final class RawEvent {
        String id;
        int line;
        int column;
        String title;
        String summary;
        TimeSpan time;
        EventType type;
        String mode;
        String place;
        List<ActorReader.Ref> sources = List.of();
        List<ActorReader.Ref> targets = List.of();
        List<ActorReader.Ref> participants = List.of();
        CertaintyLevel level;
        List<ActorReader.Ref> attributedTo = List.of();
        String certaintyNote;
        List<EvidenceReader.RawEvidence> evidence = List.of();
        boolean valid = true;
    }

    private final JsonCursor in;
    private final SharedStrings shared;
    private final TimeReader times;
    private final ActorReader actors;
    private final EvidenceReader evidence;
    /** The ids met so far, to report a duplicate at once; null when they go to {@link #idLog}. */
    private final StringSet ids;
    /** For a part of the file read on its own: its ids in order, checked with the other parts' afterwards. */
    private final IdLog idLog;
    /** The fields of the event and of its certainty being read (one instance each, reused). */
    private final ObjectFields<EventField> eventFields;
    private final ObjectFields<CertaintyField> certaintyFields;

    EventReader(JsonCursor in, SharedStrings shared, TimeReader times, ActorReader actors, EvidenceReader evidence) {
        this(in, shared, times, actors, evidence, null);
    }

    /** @param idLog where the ids go instead of a set that reports duplicates (for a part of the file), or null */
    EventReader(JsonCursor in, SharedStrings shared, TimeReader times, ActorReader actors, EvidenceReader evidence,
                IdLog idLog) {
        this.in = in;
        this.shared = shared;
        this.times = times;
        this.actors = actors;
        this.evidence = evidence;
        this.idLog = idLog;
        this.ids = idLog == null ? new StringSet() : null;
        this.eventFields = in.fields(FIELDS, null);
        this.certaintyFields = in.fields(CERTAINTY_FIELDS, "certainty");
    }

    /**
     * The event ids of a part of the file, in order, each with its hash (taken while the string
     * is at hand, so the check across parts need not visit the strings again).
     */
    static final class IdLog {
        private String[] ids = new String[1024];
        private int[] hashes = new int[1024];
        private int size;

        void add(String id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
            }
            ids[size] = id;
            hashes[size++] = id.hashCode();
        }

        int size() {
            return size;
        }

        String id(int i) {
            return ids[i];
        }

        int hash(int i) {
            return hashes[i];
        }
    }

    /** Reads the event object under the cursor; null (reported) when it is not an object. */
    RawEvent read() throws IOException {
        if (!in.expectObject("event", null)) {
            return null;
        }
        RawEvent e = new RawEvent();
        e.line = in.line();
        e.column = in.column();
        ObjectFields<EventField> fields = eventFields.again(null);
        for (EventField f; (f = fields.next(e.id)) != null; ) {
            switch (f) {
                case ID -> {
                    e.id = in.requiredString("id", null);
                    if (e.id != null && e.id.isBlank()) {
                        in.errorHere(null, DatasetRules.emptyId("event"));
                        e.id = null;
                        e.valid = false;
                    } else if (e.id != null && !isNewId(e.id)) {
                        in.errorHere(e.id, DatasetRules.duplicateEventId());
                        e.valid = false;
                    }
                }
                case TITLE -> e.title = in.requiredString("title", e.id);
                case SUMMARY -> e.summary = in.string("summary", e.id);
                case TIME -> {
                    e.time = times.read(e.id, "time");
                    e.valid &= e.time != null;
                }
                case TYPE -> e.type = readType(e.id);
                case MODE -> e.mode = shared.read(in, "mode", e.id);
                case PLACE -> e.place = shared.read(in, "place", e.id);
                case SOURCE -> {
                    e.sources = actors.readRefs(e.id, "source");
                    e.valid &= actors.refsOk();
                }
                case TARGET -> {
                    e.targets = actors.readRefs(e.id, "target");
                    e.valid &= actors.refsOk();
                }
                case PARTICIPANTS -> {
                    e.participants = actors.readRefs(e.id, "participants");
                    e.valid &= actors.refsOk();
                }
                case CERTAINTY -> e.valid &= readCertainty(e);
                case EVIDENCE -> {
                    List<EvidenceReader.RawEvidence> quotes = evidence.readList(e.id);
                    if (quotes != null) {
                        e.evidence = quotes;
                    }
                    e.valid &= evidence.listOk();
                }
                default -> throw new IllegalStateException();
            }
        }
        if (fields.hadRepeats() || fields.hadUnknown()) {
            e.valid = false;
        }
        for (EventField required : REQUIRED) {
            if (!fields.has(required)) {
                in.error(e.line, e.column, e.id, "missing required field \"" + FIELDS.name(required) + "\"");
                e.valid = false;
            }
        }
        if (e.title == null || e.type == null || e.level == null || e.id == null) {
            e.valid = false;
        }
        if (fields.has(EventField.ID) && e.sources.isEmpty() && e.targets.isEmpty() && e.participants.isEmpty()
                && e.valid) {
            in.error(e.line, e.column, e.id, DatasetRules.noActors());
            e.valid = false;
        }
        return e;
    }

    /** Records an event id; false when an earlier event has it (logged ids are checked later). */
    private boolean isNewId(String id) {
        if (idLog != null) {
            idLog.add(id);
            return true;
        }
        return ids.add(id);
    }

    /** An event type, exactly as {@link DatasetWriter} and the JSON Schema write it: upper case. */
    private EventType readType(String eventId) throws IOException {
        EventType known = in.lookUp(TYPE_IDS);
        if (known != null) {
            return known;
        }
        String type = in.requiredString("type", eventId);
        if (type == null) {
            return null;
        }
        EventType named = EventType.fromId(type);
        if (named != null && !named.id().equals(type)) {
            in.errorHere(eventId, "event type \"" + type + "\" must be written in upper case: \"" + named.id() + "\"");
            return null;
        }
        if (named == null) {
            in.errorHere(eventId, "unknown event type \"" + type + "\" (expected one of " + typeList() + ")");
        }
        return named;
    }

    private boolean readCertainty(RawEvent e) throws IOException {
        if (!in.expectObject("certainty", e.id)) {
            return false;
        }
        int objLine = in.line();
        int objColumn = in.column();
        boolean ok = true;
        ObjectFields<CertaintyField> fields = certaintyFields.again("certainty");
        for (CertaintyField f; (f = fields.next(e.id)) != null; ) {
            switch (f) {
                case LEVEL -> {
                    CertaintyLevel known = in.lookUp(LEVEL_IDS);
                    if (known != null) {
                        e.level = known;
                        continue;
                    }
                    String level = in.requiredString("level", e.id);
                    if (level != null) {
                        e.level = CertaintyLevel.fromId(level);
                        if (e.level == null) {
                            in.errorHere(e.id, "unknown certainty level \"" + level
                                    + "\" (expected stated, reported, claimed, assessed or forecast)");
                            ok = false;
                        }
                    }
                }
                case ATTRIBUTED_TO -> {
                    e.attributedTo = actors.readRefs(e.id, "attributedTo");
                    ok &= actors.refsOk();
                }
                case NOTE -> e.certaintyNote = shared.read(in, "note", e.id);
                default -> throw new IllegalStateException();
            }
        }
        if (fields.hadUnknown()) {
            ok = false;
        }
        if (!fields.has(CertaintyField.LEVEL)) {
            in.error(objLine, objColumn, e.id, "certainty: missing required field \"level\"");
            ok = false;
        }
        if (e.level == CertaintyLevel.CLAIMED && e.attributedTo.isEmpty()) {
            in.warning(objLine, objColumn, e.id, DatasetRules.claimedWithoutSpeaker());
        }
        return ok;
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
}
