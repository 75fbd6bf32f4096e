package org.sourceline.data;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * Reads the time objects of a dataset ({@code {"edtf": "2022-23", "phrase": "in the late fall",
 * "earliest": …, "latest": …, "note": …}}) of events, eras and articles: the EDTF value is
 * parsed, given bounds are checked against it, and missing ones derived from it.
 *
 * <p>Datasets repeat a few values endlessly ("in 1987", seasons): parsed values and whole time
 * spans are kept in small caches, so a million events cost few parses and hold few spans.
 */
final class TimeReader {
    /** The fields of a time object, in the order messages list them. */
    private enum TimeField { EDTF, PHRASE, EARLIEST, LATEST, NOTE }

    private static final FieldSet<TimeField> FIELDS = FieldSet.strict(TimeField.class);

    /** An EDTF value and what it means. */
    private record ParsedEdtf(String text, Edtf.Bounds bounds) {
    }

    private final JsonCursor in;
    private final SharedStrings shared;
    private final StringPool<ParsedEdtf> edtfCache = new StringPool<>(1 << 16);
    private final StringPool<TimeSpan> timeSpans = new StringPool<>(1 << 16);
    /** The fields of the time object being read (one instance, reused: time objects do not nest). */
    private final ObjectFields<TimeField> timeFields;
    /** Whole time objects read before without a problem, by what they say; see {@link SpanCache}. */
    private final SpanCache recent = new SpanCache();
    /** The EDTF value of the time object being read, as the parser gave its characters (read once the object is). */
    private char[] edtfChars = new char[32];
    private int edtfLength;
    private int edtfLine;
    private int edtfColumn;
    /** Its phrase, likewise; a length of -1: none given, or given as null. */
    private char[] phraseChars = new char[64];
    private int phraseLength;
    /** Whether reading the time object warned of something (it is then not kept in {@link #recent}). */
    private boolean warned;

    TimeReader(JsonCursor in, SharedStrings shared) {
        this.in = in;
        this.shared = shared;
        this.timeFields = in.fields(FIELDS, null);
    }

    /**
     * Reads the time object under the cursor; null (with the problems reported) when it is not
     * a valid time.
     *
     * @param subject the event it belongs to, or null
     * @param what    how messages name it: "time", "era time", "published"
     */
    TimeSpan read(String subject, String what) throws IOException {
        if (!in.expectObject(what, subject)) {
            return null;
        }
        int objLine = in.line();
        int objColumn = in.column();
        ParsedEdtf edtf = null;
        boolean edtfInvalid = false;
        String phrase = null;
        String note = null;
        boolean earliestGiven = false;
        boolean latestGiven = false;
        long earliest = 0;
        long latest = 0;
        int earliestLine = 0;
        int earliestColumn = 0;
        int latestLine = 0;
        int latestColumn = 0;
        boolean ok = true;
        warned = false;
        edtfLength = -1;
        phraseLength = -1;
        ObjectFields<TimeField> fields = timeFields.again(what);
        for (TimeField f; (f = fields.next(subject)) != null; ) {
            switch (f) {
                case EDTF -> {
                    if (edtfLength >= 0) {
                        // Given twice: the first value is checked as it would have been.
                        ParsedEdtf first = edtfOfChars(subject, what);
                        if (first != null) {
                            edtf = first;
                        } else {
                            edtfInvalid = true;
                        }
                    }
                    if (in.token() == JsonToken.VALUE_STRING) {
                        // Kept as characters until the whole object is read: a time object met before
                        // needs neither the value's string nor its parse (see SpanCache).
                        edtfLine = in.line();
                        edtfColumn = in.column();
                        edtfLength = in.textLength();
                        edtfChars = copy(edtfChars, in.textCharacters(), in.textOffset(), edtfLength);
                    } else {
                        in.requiredString("edtf", subject); // null or not a string: reported
                    }
                }
                case PHRASE -> {
                    if (in.token() == JsonToken.VALUE_STRING) {
                        phraseLength = in.textLength();
                        phraseChars = copy(phraseChars, in.textCharacters(), in.textOffset(), phraseLength);
                    } else {
                        phraseLength = -1;
                        in.string("phrase", subject); // null, or reported
                    }
                }
                case NOTE -> note = shared.read(in, "note", subject);
                case EARLIEST, LATEST -> {
                    boolean isEarliest = f == TimeField.EARLIEST;
                    long day;
                    if (in.token() == JsonToken.VALUE_NULL) {
                        day = isEarliest ? Days.OPEN_START : Days.OPEN_END;
                    } else if (in.token() == JsonToken.VALUE_STRING && (day = Dates.epochDay(
                            in.textCharacters(), in.textOffset(), in.textLength())) != Dates.NOT_A_DATE) {
                        // a plain date, read from the parser's characters
                    } else {
                        String field = FIELDS.name(f);
                        String text = in.string(field, subject);
                        Long parsed = text == null ? null : parseDay(text, subject, what + "." + field);
                        if (parsed == null) {
                            ok = false;
                            continue;
                        }
                        day = parsed;
                    }
                    if (isEarliest) {
                        earliestGiven = true;
                        earliest = day;
                        earliestLine = in.line();
                        earliestColumn = in.column();
                    } else {
                        latestGiven = true;
                        latest = day;
                        latestLine = in.line();
                        latestColumn = in.column();
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (fields.hadUnknown()) {
            ok = false;
        }
        int slot = -1;
        int edtfKeyLength = edtfLength; // edtfOfChars sets edtfLength to -1
        if (edtfLength >= 0) {
            if (ok && note == null) {
                slot = recent.slot(edtfChars, edtfLength, phraseChars, phraseLength, earliestGiven, latestGiven);
                TimeSpan seen = slot < 0 ? null : recent.get(slot, edtfChars, edtfLength, phraseChars, phraseLength,
                        earliestGiven, latestGiven, earliest, latest);
                if (seen != null) {
                    return seen;
                }
            }
            ParsedEdtf parsed = edtfOfChars(subject, what);
            if (parsed != null) {
                edtf = parsed;
            } else {
                edtfInvalid = true;
            }
        }
        if (phraseLength >= 0) {
            phrase = shared.of(phraseChars, 0, phraseLength);
        }
        if (edtf == null) {
            if (!edtfInvalid && !fields.has(TimeField.EDTF)) {
                in.error(objLine, objColumn, subject, DatasetRules.missingEdtf(what));
            }
            return null;
        }
        Edtf.Bounds bounds = edtf.bounds();
        if (!ok) {
            return null;
        }
        if (!earliestGiven) {
            earliest = bounds.earliest();
        } else if (!checkBound(earliest, bounds.startQualifier(), bounds, true, subject, earliestLine, earliestColumn,
                what)) {
            return null;
        }
        if (!latestGiven) {
            latest = bounds.latest();
        } else if (!checkBound(latest, bounds.endQualifier(), bounds, false, subject, latestLine, latestColumn, what)) {
            return null;
        }
        if (earliest > latest) {
            in.error(latestGiven ? latestLine : objLine, latestGiven ? latestColumn : objColumn, subject,
                    DatasetRules.reversedSpan(what, earliest, latest));
            return null;
        }
        TimeSpan span = timeSpan(edtf, phrase, earliest, latest, note);
        if (slot >= 0 && !warned) {
            recent.put(slot, edtfChars, edtfKeyLength, phraseChars, phraseLength, earliestGiven, latestGiven, earliest,
                    latest, span);
        }
        return span;
    }

    /**
     * The EDTF value kept as characters, parsed (or found parsed before); null when it is not
     * valid, reported at its place in the file.
     */
    private ParsedEdtf edtfOfChars(String subject, String what) {
        int length = edtfLength;
        edtfLength = -1;
        ParsedEdtf known = edtfCache.get(edtfChars, 0, length);
        if (known != null) {
            return known;
        }
        String text = new String(edtfChars, 0, length);
        try {
            return parseEdtf(text);
        } catch (EdtfException ex) {
            in.error(edtfLine, edtfColumn + 1 + ex.offset(), subject, DatasetRules.invalidEdtf(what, text, ex));
            return null;
        }
    }

    private static char[] copy(char[] into, char[] from, int offset, int length) {
        char[] to = into.length >= length ? into : new char[Math.max(length, into.length * 2)];
        System.arraycopy(from, offset, to, 0, length);
        return to;
    }

    /**
     * A time span, shared with earlier events that have the same one ("in 1987", "in the
     * 1990s" recur across thousands of events): it is immutable, so equal values need not
     * be kept twice.
     */
    private TimeSpan timeSpan(ParsedEdtf edtf, String phrase, long earliest, long latest, String note) {
        String key = phrase == null ? edtf.text() : phrase;
        TimeSpan kept = timeSpans.get(key);
        if (kept != null && kept.edtf().equals(edtf.text()) && Objects.equals(kept.phrase(), phrase)
                && kept.earliest() == earliest && kept.latest() == latest && Objects.equals(kept.note(), note)) {
            return kept;
        }
        TimeSpan span = new TimeSpan(edtf.text(), phrase, earliest, latest, edtf.bounds().startQualifier(),
                edtf.bounds().endQualifier(), note);
        timeSpans.put(key, span);
        return span;
    }

    /**
     * Parses an EDTF value not in the cache ({@link #read} looked it up from the parser's
     * characters). Datasets repeat values (years, months, seasons most of all), so recent
     * results are kept: one lookup instead of a parse, and one string per value.
     */
    private ParsedEdtf parseEdtf(String text) throws EdtfException {
        ParsedEdtf parsed = new ParsedEdtf(text, Edtf.parse(text));
        edtfCache.put(text, parsed);
        return parsed;
    }

    /** Checks an explicit bound against the EDTF value; false when it contradicts it. */
    private boolean checkBound(long given, Qualifier qualifier, Edtf.Bounds bounds, boolean isStart, String subject,
                               int line, int column, String what) {
        String problem = DatasetRules.boundError(what, isStart, given, qualifier, bounds);
        if (problem != null) {
            in.error(line, column, subject, problem);
            return false;
        }
        String doubt = DatasetRules.boundWarning(what, isStart, given, qualifier, bounds);
        if (doubt != null) {
            warned = true;
            in.warning(line, column, subject, doubt);
        }
        return true;
    }

    private Long parseDay(String text, String subject, String field) {
        long day = Dates.epochDay(text);
        if (day != Dates.NOT_A_DATE) {
            return day;
        }
        try {
            return LocalDate.parse(text).toEpochDay();
        } catch (DateTimeException ex) {
            in.errorHere(subject, DatasetRules.notADate(field, text));
            return null;
        }
    }

    /**
     * Time objects read before without a problem, found again from what the file says: the
     * characters of the EDTF value and of the phrase, which bounds are given, and their days. A
     * time object met again (datasets repeat dates endlessly) then costs one lookup: no string,
     * no parse, no checks, whose outcome would be the same, and the same span is shared.
     *
     * <p>Direct-mapped like {@link StringPool}: a new entry replaces the one in its slot. Each
     * slot's key lies in the slot's own line of one {@code char} array, so a lookup reads one
     * place in memory, not a string and its bytes scattered over the heap.
     */
    private static final class SpanCache {
        /** Characters per slot: [0] key length + 1 (0: empty), [1], [2] hash, [3] EDTF length, [4] phrase length + 1, [5] given bounds, then the EDTF and phrase characters. */
        private static final int LINE = 64;
        private static final int HEAD = 6;
        /** Slots at first: a small file's few dates need no more. */
        private static final int FIRST_SLOTS = 1 << 10;
        /** Slots at most (16 MB): a million events have some 100,000 different dates. */
        private static final int MAX_SLOTS = 1 << 17;
        private char[] lines;
        /** The given days of each slot: earliest, latest (either unused when not given). */
        private long[] days;
        private TimeSpan[] spans;
        private int mask;
        /** Lookups since the table was made; past a few per slot it grows (and starts empty). */
        private int lookups;
        /** The hash of the key {@link #slot} was last asked for. */
        private int hash;

        SpanCache() {
            allocate(FIRST_SLOTS);
        }

        private void allocate(int slots) {
            lines = new char[slots * LINE];
            days = new long[slots * 2];
            spans = new TimeSpan[slots];
            mask = slots - 1;
            lookups = 0;
        }

        /** The slot of this key, or -1 when it is too long to keep. */
        int slot(char[] edtf, int edtfLength, char[] phrase, int phraseLength, boolean earliestGiven,
                 boolean latestGiven) {
            int keyLength = edtfLength + Math.max(0, phraseLength);
            if (keyLength > LINE - HEAD) {
                return -1;
            }
            if (++lookups > 4 * (mask + 1) && mask + 1 < MAX_SLOTS) {
                allocate(Math.min(MAX_SLOTS, (mask + 1) * 4)); // 128 KB at first, 16 MB past 256,000 time objects
            }
            int h = flags(earliestGiven, latestGiven) * 31 + phraseLength;
            for (int i = 0; i < edtfLength; i++) {
                h = 31 * h + edtf[i];
            }
            for (int i = 0; i < phraseLength; i++) {
                h = 31 * h + phrase[i];
            }
            hash = h;
            h *= 0x9E3779B9;
            return (h ^ (h >>> 15)) & mask;
        }

        private static int flags(boolean earliestGiven, boolean latestGiven) {
            return (earliestGiven ? 1 : 0) | (latestGiven ? 2 : 0);
        }

        /** The span kept in {@code slot} for exactly this key, or null. */
        TimeSpan get(int slot, char[] edtf, int edtfLength, char[] phrase, int phraseLength, boolean earliestGiven,
                     boolean latestGiven, long earliest, long latest) {
            int at = slot * LINE;
            char[] l = lines;
            int keyLength = edtfLength + Math.max(0, phraseLength);
            if (l[at] != keyLength + 1 || l[at + 1] != (char) hash || l[at + 2] != (char) (hash >>> 16)
                    || l[at + 3] != edtfLength || l[at + 4] != phraseLength + 1
                    || l[at + 5] != flags(earliestGiven, latestGiven)) {
                return null;
            }
            if ((earliestGiven && days[2 * slot] != earliest) || (latestGiven && days[2 * slot + 1] != latest)) {
                return null;
            }
            int k = at + HEAD;
            for (int i = 0; i < edtfLength; i++) {
                if (l[k + i] != edtf[i]) {
                    return null;
                }
            }
            k += edtfLength;
            for (int i = 0; i < phraseLength; i++) {
                if (l[k + i] != phrase[i]) {
                    return null;
                }
            }
            return spans[slot];
        }

        /** Keeps {@code span} in {@code slot} (from {@link #slot}, asked last) for this key. */
        void put(int slot, char[] edtf, int edtfLength, char[] phrase, int phraseLength, boolean earliestGiven,
                 boolean latestGiven, long earliest, long latest, TimeSpan span) {
            int at = slot * LINE;
            char[] l = lines;
            l[at] = (char) (edtfLength + Math.max(0, phraseLength) + 1);
            l[at + 1] = (char) hash;
            l[at + 2] = (char) (hash >>> 16);
            l[at + 3] = (char) edtfLength;
            l[at + 4] = (char) (phraseLength + 1);
            l[at + 5] = (char) flags(earliestGiven, latestGiven);
            System.arraycopy(edtf, 0, l, at + HEAD, edtfLength);
            if (phraseLength > 0) {
                System.arraycopy(phrase, 0, l, at + HEAD + edtfLength, phraseLength);
            }
            days[2 * slot] = earliest;
            days[2 * slot + 1] = latest;
            spans[slot] = span;
        }
    }
}
