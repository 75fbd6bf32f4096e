package org.sourceline.data.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The fields one kind of JSON object may have, named by the constants of an enum (so a reader
 * switches over {@code case EDTF ->}, not over strings or numbers), and what a field given twice
 * or a field not in the set is. Walk an object's fields with {@link JsonCursor#fields}.
 *
 * <p>Names come from the constants: {@link #strict} spells them in camelCase
 * ({@code ATTRIBUTED_TO} → {@code attributedTo}), as Sourceline datasets do; {@link #lenient}
 * in snake_case ({@code START_DATE} → {@code start_date}), as TimelineJS does.
 *
 * @param <F> the enum of the fields
 */
public final class FieldSet<F extends Enum<F>> {
    /** What a field given twice in one object is. */
    public enum Repeat {
        /** An error at the second one, whose value is skipped. */
        ERROR,
        /** A warning; the value is read again, so the last one counts. */
        WARNING,
        /** Not looked for: the last one counts without a word. */
        UNCHECKED
    }

    private final Class<F> type;
    private final String[] names;
    /** Open addressing by the name's hash: field names are few, and a lookup is one or two probes. */
    private final String[] slotNames;
    private final Object[] slotFields;
    private final int mask;
    /** For lenient sets, whose rules the file follows ("TimelineJS"); null for strict ones. */
    private final String dialect;
    private final Repeat repeat;
    private final EnumSet<F> unlisted;
    private final boolean namePositions;
    private final String knownList;

    private FieldSet(Class<F> type, String dialect, Repeat repeat, EnumSet<F> unlisted, boolean namePositions) {
        this.type = type;
        F[] constants = type.getEnumConstants();
        if (constants.length > 64) {
            throw new IllegalArgumentException("at most 64 fields");
        }
        this.dialect = dialect;
        this.repeat = repeat;
        this.unlisted = unlisted;
        this.namePositions = namePositions;
        names = new String[constants.length];
        List<String> listed = new ArrayList<>();
        for (F f : constants) {
            // Interned, as Jackson interns the names it reads: a lookup then compares references.
            names[f.ordinal()] = (dialect == null ? camelCase(f.name()) : f.name().toLowerCase(Locale.ROOT)).intern();
            if (!unlisted.contains(f)) {
                listed.add(names[f.ordinal()]);
            }
        }
        knownList = String.join(", ", listed);
        int slots = Integer.highestOneBit(Math.max(4, constants.length * 4) - 1) << 1;
        slotNames = new String[slots];
        slotFields = new Object[slots];
        mask = slots - 1;
        for (F f : constants) {
            int i = slot(names[f.ordinal()]);
            while (slotNames[i] != null) {
                i = (i + 1) & mask;
            }
            slotNames[i] = names[f.ordinal()];
            slotFields[i] = f;
        }
    }

    /**
     * Fields as Sourceline datasets have them: camelCase names; a field given twice or one not
     * in the set is an error, and its value is skipped.
     */
    public static <F extends Enum<F>> FieldSet<F> strict(Class<F> fields) {
        return new FieldSet<>(fields, null, Repeat.ERROR, EnumSet.noneOf(fields), false);
    }

    /**
     * Fields as another tool's files have them ({@code dialect}, e.g. "TimelineJS"): snake_case
     * names; a field not in the set is a warning and ignored, as that tool ignores it; a field
     * given twice is not looked for (see {@link #repeats}).
     */
    public static <F extends Enum<F>> FieldSet<F> lenient(Class<F> fields, String dialect) {
        return new FieldSet<>(fields, dialect, Repeat.UNCHECKED, EnumSet.noneOf(fields), false);
    }

    /** The same fields with another rule for a field given twice. */
    public FieldSet<F> repeats(Repeat rule) {
        return new FieldSet<>(type, dialect, rule, unlisted, namePositions);
    }

    /**
     * The same fields, some left out of the "known fields" that messages list: fields still
     * read but not meant to be written there.
     */
    @SafeVarargs
    public final FieldSet<F> unlisted(F... fields) {
        EnumSet<F> hidden = unlisted.clone();
        hidden.addAll(List.of(fields));
        return new FieldSet<>(type, dialect, repeat, hidden, namePositions);
    }

    /**
     * The same fields, with the position of each field's name kept for the reader
     * ({@link ObjectFields#nameLine()}). That costs an object per field: for objects met a few
     * times per file, not for events.
     */
    public FieldSet<F> withNamePositions() {
        return new FieldSet<>(type, dialect, repeat, unlisted, true);
    }

    /** How many fields the set has (its enum's constants). */
    int size() {
        return names.length;
    }

    /** The field of that name, or null. */
    @SuppressWarnings("unchecked")
    public F field(String name) {
        for (int i = slot(name); slotNames[i] != null; i = (i + 1) & mask) {
            String known = slotNames[i];
            if (known == name || known.equals(name)) {
                return (F) slotFields[i];
            }
        }
        return null;
    }

    /** The name of a field as files spell it. */
    public String name(F field) {
        return names[field.ordinal()];
    }

    /** "id, title, summary, …": the fields messages name, in the enum's order. */
    public String knownList() {
        return knownList;
    }

    Repeat repeat() {
        return repeat;
    }

    boolean keepsNamePositions() {
        return namePositions;
    }

    /** The problem with a field not in the set: an error, or for a lenient set a warning. */
    void reportUnknown(JsonCursor in, int line, int column, String subject, String name) {
        if (dialect == null) {
            in.error(line, column, subject, "unknown field \"" + name + "\" (known fields: " + knownList + ")");
        } else {
            in.warning(line, column, subject, "unknown field \"" + name + "\" ignored, as " + dialect
                    + " ignores it (known: " + knownList + ")");
        }
    }

    /** The problem with a field given twice, by the {@link #repeat} rule. */
    void reportRepeat(JsonCursor in, int line, int column, String subject, String name, String context) {
        if (repeat == Repeat.ERROR) {
            in.error(line, column, subject, "duplicate field \"" + name + "\"" + (context == null ? "" : " in " + context));
        } else {
            in.warning(line, column, subject, context + ": duplicate field \"" + name + "\"; the last one counts"
                    + (dialect == null ? "" : ", as in " + dialect));
        }
    }

    private int slot(String name) {
        int h = name.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** ATTRIBUTED_TO → attributedTo, SHA256 → sha256. */
    private static String camelCase(String constant) {
        StringBuilder sb = new StringBuilder(constant.length());
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }
}
