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
        ObjectFields<TimeField> fields = timeFields.again(what);
        for (TimeField f; (f = fields.next(subject)) != null; ) {
            switch (f) {
                case EDTF -> {
                    // Parsed here, where the cursor is on the value, so an error points into it.
                    ParsedEdtf known = in.lookUp(edtfCache);
                    if (known != null) {
                        edtf = known;
                        continue;
                    }
                    int edtfLine = in.line();
                    int edtfColumn = in.column();
                    String text = in.requiredString("edtf", subject);
                    if (text != null) {
                        try {
                            edtf = parseEdtf(text);
                        } catch (EdtfException ex) {
                            in.error(edtfLine, edtfColumn + 1 + ex.offset(), subject, DatasetRules.invalidEdtf(what, text, ex));
                            edtfInvalid = true;
                        }
                    }
                }
                case PHRASE -> phrase = shared.read(in, "phrase", subject);
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
        return timeSpan(edtf, phrase, earliest, latest, note);
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
        String problem = DatasetRules.boundError(what, isStart, given, qualifier);
        if (problem != null) {
            in.error(line, column, subject, problem);
            return false;
        }
        String doubt = DatasetRules.boundWarning(what, isStart, given, qualifier, bounds);
        if (doubt != null) {
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
}
