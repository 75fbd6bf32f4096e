package org.sourceline.data.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The fields of one JSON object as a reader walks them: {@link #next} moves to the value of the
 * next field to read and says which one it is, having reported (at the field name's position)
 * and skipped what the {@link FieldSet} does not allow: a field given twice, a field it does not
 * know. Afterwards {@link #has} tells which fields the object had.
 *
 * <pre>{@code
 * ObjectFields<TimeField> fields = in.fields(TIME_FIELDS, "time");
 * for (TimeField f; (f = fields.next(eventId)) != null; ) {
 *     switch (f) {
 *         case EDTF -> …
 *     }
 * }
 * if (!fields.has(TimeField.EDTF)) …
 * }</pre>
 *
 * @param <F> the enum of the object's fields
 */
public final class ObjectFields<F extends Enum<F>> {
    private final JsonCursor in;
    private final FieldSet<F> set;
    private String context;
    /** Known fields met so far, as bits: the usual object costs no hashing. */
    private long seen;
    /** Unknown names met so far (found only in bad files), to report them twice too. */
    private Set<String> unknownSeen;
    private boolean repeats;
    private boolean unknowns;
    private JsonLocation name;
    /**
     * Objects of one kind list their fields in the same order: for each field (by ordinal, plus
     * one slot for the start of an object), the name that followed it last time and its field.
     * A name that is that same (interned) string is known without a look-up by hash.
     */
    private final String[] nextName;
    private final Object[] nextField;
    /** Slot of the known field met last in this object ({@code ordinal + 1}), 0 at its start. */
    private int lastFieldSlot;

    ObjectFields(JsonCursor in, FieldSet<F> set, String context) {
        this.in = in;
        this.set = set;
        this.context = context;
        int slots = set.size() + 1;
        nextName = new String[slots];
        nextField = new Object[slots];
    }

    /**
     * These fields made ready for the next object of the same kind (the cursor on its '{'), as
     * {@link JsonCursor#fields} would make them: a reader of a million objects then keeps one
     * instance instead of making a million. Not while an object is still being read with it.
     *
     * @param context names the object in messages, as for {@link JsonCursor#fields}
     */
    public ObjectFields<F> again(String context) {
        this.context = context;
        seen = 0;
        unknownSeen = null;
        repeats = false;
        unknowns = false;
        name = null;
        lastFieldSlot = 0;
        return this;
    }

    /**
     * Moves to the value of the next field to read and returns that field; null when the cursor
     * is past the last field (normally on the object's '}'). {@code subject} is what problems
     * found here are about (an event id), or null.
     */
    public F next(String subject) throws IOException {
        while (in.next() == JsonToken.FIELD_NAME) {
            String fieldName = in.fieldName();
            F field = field(fieldName);
            boolean again = isRepeated(field, fieldName);
            if (set.keepsNamePositions()) {
                name = in.location();
            }
            if (again && set.repeat() != FieldSet.Repeat.UNCHECKED) {
                JsonLocation at = name != null ? name : in.location();
                in.next();
                set.reportRepeat(in, in.lineOf(at), at.getColumnNr(), subject, fieldName, context);
                repeats = true;
                if (set.repeat() == FieldSet.Repeat.ERROR) {
                    in.skip();
                    continue;
                }
                if (field != null) {
                    return field;
                }
                unknown(at, fieldName, subject);
                continue;
            }
            if (field == null) {
                JsonLocation at = name != null ? name : in.location();
                in.next();
                unknown(at, fieldName, subject);
                continue;
            }
            in.next();
            return field;
        }
        return null;
    }

    /** The field of a name: the one that followed the field before last time, else the set's look-up. */
    @SuppressWarnings("unchecked")
    private F field(String fieldName) {
        F field;
        if (nextName[lastFieldSlot] == fieldName) {
            field = (F) nextField[lastFieldSlot];
        } else {
            field = set.field(fieldName);
            nextName[lastFieldSlot] = fieldName;
            nextField[lastFieldSlot] = field;
        }
        if (field != null) {
            lastFieldSlot = field.ordinal() + 1;
        }
        return field;
    }

    private void unknown(JsonLocation at, String fieldName, String subject) throws IOException {
        set.reportUnknown(in, in.lineOf(at), at.getColumnNr(), subject, fieldName);
        in.skip();
        unknowns = true;
    }

    /** Records a field name; true when it was met before in this object. */
    private boolean isRepeated(F field, String fieldName) {
        if (field != null) {
            long bit = 1L << field.ordinal();
            boolean repeated = (seen & bit) != 0;
            seen |= bit;
            return repeated;
        }
        if (unknownSeen == null) {
            unknownSeen = new HashSet<>(4);
        }
        return !unknownSeen.add(fieldName);
    }

    /** True when the object had the field (even if given twice). */
    public boolean has(F field) {
        return (seen & (1L << field.ordinal())) != 0;
    }

    /** True when a field was given twice (and the set's rule looks for that). */
    public boolean hadRepeats() {
        return repeats;
    }

    /** True when the object had a field its set does not know. */
    public boolean hadUnknown() {
        return unknowns;
    }

    /**
     * Line of the name of the field {@link #next} returned last; only for sets that
     * {@linkplain FieldSet#withNamePositions() keep name positions}.
     */
    public int nameLine() {
        return in.lineOf(name);
    }

    /** Column of the name of the field {@link #next} returned last (see {@link #nameLine}). */
    public int nameColumn() {
        return name.getColumnNr();
    }
}
