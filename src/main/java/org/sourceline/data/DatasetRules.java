package org.sourceline.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sourceline.model.Days;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * The rules a dataset obeys beyond its JSON structure, with the words {@code validate} uses for
 * them: what a time span's EDTF value and bounds must agree on, which ids are acceptable, what an
 * event needs. {@link DatasetReader} reports these problems with a file position; the editing
 * commands ({@code org.sourceline.edit}) and the app's editor report the same words without one,
 * so a person sees one vocabulary whether a file or a form is wrong.
 */
public final class DatasetRules {
    private DatasetRules() {
    }

    // ----- messages (also used by DatasetReader) ----------------------------------------------

    /** {@code time: invalid EDTF "2023-13": month 13 out of range …}. */
    public static String invalidEdtf(String what, String text, EdtfException problem) {
        return what + ": invalid EDTF \"" + text + "\": " + problem.getMessage();
    }

    public static String missingEdtf(String what) {
        return what + ": missing required field \"edtf\"";
    }

    public static String notADate(String field, String text) {
        return field + ": \"" + text + "\" is not a date (expected YYYY-MM-DD, or null for an open end)";
    }

    public static String reversedSpan(String what, long earliest, long latest) {
        return what + ": reversed time span: earliest " + Days.format(earliest) + " is after latest " + Days.format(latest);
    }

    /**
     * The error for an explicit bound, or null: one that says open where the EDTF end is known (or
     * known where it is open), or one that shares no day with an exactly known value.
     */
    public static String boundError(String what, boolean isStart, long given, Qualifier qualifier, Edtf.Bounds bounds) {
        String error = openBoundError(what, isStart, given, qualifier);
        return error != null ? error : boundContradiction(what, isStart, given, bounds);
    }

    /**
     * The error a given bound makes with its EDTF value, or null when it agrees: a date where the
     * EDTF end is open, or an open bound where the EDTF gives one.
     *
     * @param given     the bound given (a day, or {@link Days#OPEN_START}/{@link Days#OPEN_END} for null)
     * @param qualifier how the EDTF value knows that end
     */
    private static String openBoundError(String what, boolean isStart, long given, Qualifier qualifier) {
        String field = isStart ? "earliest" : "latest";
        boolean givenOpen = Days.isOpen(given);
        if (qualifier == Qualifier.OPEN) {
            return givenOpen ? null : what + "." + field + " is " + Days.format(given)
                    + " but the EDTF " + (isStart ? "start" : "end") + " is open (\"..\"): use null";
        }
        if (givenOpen && qualifier != Qualifier.UNKNOWN) {
            return what + "." + field + " is null (open) but the EDTF gives " + (isStart ? "a start" : "an end");
        }
        return null;
    }

    /**
     * The error for a bound that leaves no day in common with the EDTF value — an earliest day
     * after the last day an exactly known end allows, or a latest day before the first day an
     * exactly known start allows — or null: the bounds and the value then say different things.
     */
    private static String boundContradiction(String what, boolean isStart, long given, Edtf.Bounds bounds) {
        if (Days.isOpen(given)) {
            return null;
        }
        if (isStart && bounds.endQualifier() == Qualifier.EXACT && !Days.isOpen(bounds.latest()) && given > bounds.latest()) {
            return what + ".earliest " + Days.format(given) + " is after " + Days.format(bounds.latest())
                    + ", the last day the EDTF value allows: the bounds and the value say different things";
        }
        if (!isStart && bounds.startQualifier() == Qualifier.EXACT && !Days.isOpen(bounds.earliest())
                && given < bounds.earliest()) {
            return what + ".latest " + Days.format(given) + " is before " + Days.format(bounds.earliest())
                    + ", the first day the EDTF value allows: the bounds and the value say different things";
        }
        return null;
    }

    /**
     * The warning for a bound outside the days an exactly known EDTF end allows, or null. (An
     * approximate or uncertain end may reach beyond them: that is what the bounds are for.)
     */
    public static String boundWarning(String what, boolean isStart, long given, Qualifier qualifier, Edtf.Bounds bounds) {
        if (qualifier != Qualifier.EXACT || Days.isOpen(given)) {
            return null;
        }
        long lo = Days.isOpen(bounds.earliest()) ? Long.MIN_VALUE : bounds.earliest();
        long hi = Days.isOpen(bounds.latest()) ? Long.MAX_VALUE : bounds.latest();
        if (given >= lo && given <= hi) {
            return null;
        }
        return what + "." + (isStart ? "earliest" : "latest") + " " + Days.format(given) + " lies outside "
                + Days.format(bounds.earliest()) + " – " + Days.format(bounds.latest()) + ", the span the EDTF value allows";
    }

    public static String noActors() {
        return "no actors: give at least one in \"source\", \"target\" or \"participants\"";
    }

    public static String emptyId(String kind) {
        return kind + " id must not be empty";
    }

    public static String duplicateEventId() {
        return "duplicate event id";
    }

    public static String duplicateActorId(String id) {
        return "duplicate actor id \"" + id + "\"";
    }

    public static String duplicateArticleId(String id) {
        return "duplicate article id \"" + id + "\"";
    }

    public static String unknownActor(String id, Collection<String> known) {
        return "unknown actor \"" + id + "\"" + suggestion(id, known);
    }

    public static String unknownAffiliation(String actorId, String affiliationId, Collection<String> known) {
        return "actor \"" + actorId + "\": unknown affiliation \"" + affiliationId + "\"" + suggestion(affiliationId, known);
    }

    public static String selfAffiliation(String actorId) {
        return "actor \"" + actorId + "\" cannot be affiliated with itself";
    }

    public static String claimedWithoutSpeaker() {
        return "certainty is \"claimed\" but attributedTo names no one";
    }

    public static String noEvidence() {
        return "no evidence: no quote from the article supports this event";
    }

    /** True when an event has quotes and every one disputes it (a plain loop: a million events are read). */
    public static boolean onlyDisputes(List<org.sourceline.model.Evidence> evidence) {
        for (int i = 0, n = evidence.size(); i < n; i++) {
            if (!evidence.get(i).disputes()) {
                return false;
            }
        }
        return !evidence.isEmpty();
    }

    public static String onlyDisputed() {
        return "no supporting quote: every quote of this event disputes it (keep it as a disputed event only "
                + "if some article tells it)";
    }

    public static String emptyQuote() {
        return "evidence: the quote (\"exact\") is empty or only white space";
    }

    public static String unusedActor(String id) {
        return "actor \"" + id + "\" is not used by any event, attribution or affiliation";
    }

    /** A required text (an event's title, an actor's name) left empty: files must give one too. */
    public static String emptyText(String field) {
        return field + " must not be empty";
    }

    /** " (did you mean "beta"?)" for the known id nearest to a misspelt one, or "". */
    public static String suggestion(String id, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String known : candidates) {
            int d = editDistance(id, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    /** Levenshtein distance, or {@link Integer#MAX_VALUE} when the lengths differ by more than 3. */
    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        return levenshtein(a, b);
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions of chars that turn a into b. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    // ----- checks for editors ------------------------------------------------------------------

    /**
     * A time as a form gives it, checked the way the reader checks a time object.
     *
     * @param span     the time, or null when there is an error
     * @param errors   what makes it invalid (empty when {@code span} is set)
     * @param warnings what is allowed but doubtful
     * @param bounds   what the EDTF value alone means, or null when it does not parse
     */
    public record TimeCheck(TimeSpan span, List<String> errors, List<String> warnings, Edtf.Bounds bounds) {
        public boolean isValid() {
            return span != null;
        }
    }

    /**
     * Checks a time: an EDTF value, the article's phrase, optional bounds as dates (blank: derived
     * from the EDTF value) and a note. Blank phrase and note are absent.
     *
     * @param what how messages name the object, e.g. {@code "time"} or {@code "published"}
     */
    public static TimeCheck checkTime(String what, String edtf, String phrase, String earliest, String latest, String note) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String value = edtf == null ? "" : edtf.strip();
        if (value.isEmpty()) {
            errors.add(missingEdtf(what));
            return new TimeCheck(null, errors, warnings, null);
        }
        Edtf.Bounds bounds;
        try {
            bounds = Edtf.parse(value);
        } catch (EdtfException e) {
            errors.add(invalidEdtf(what, value, e));
            return new TimeCheck(null, errors, warnings, null);
        }
        long first = bounds.earliest();
        long last = bounds.latest();
        Long givenFirst = day(what + ".earliest", earliest, Days.OPEN_START, errors);
        Long givenLast = day(what + ".latest", latest, Days.OPEN_END, errors);
        if (givenFirst != null) {
            first = bound(what, true, givenFirst, bounds.startQualifier(), bounds, errors, warnings, first);
        }
        if (givenLast != null) {
            last = bound(what, false, givenLast, bounds.endQualifier(), bounds, errors, warnings, last);
        }
        if (errors.isEmpty() && first > last) {
            errors.add(reversedSpan(what, first, last));
        }
        if (!errors.isEmpty()) {
            return new TimeCheck(null, errors, warnings, bounds);
        }
        TimeSpan span = new TimeSpan(value, blankToNull(phrase), first, last, bounds.startQualifier(),
                bounds.endQualifier(), blankToNull(note));
        return new TimeCheck(span, errors, warnings, bounds);
    }

    private static long bound(String what, boolean isStart, long given, Qualifier qualifier, Edtf.Bounds bounds,
                              List<String> errors, List<String> warnings, long derived) {
        String error = boundError(what, isStart, given, qualifier, bounds);
        if (error != null) {
            errors.add(error);
            return derived;
        }
        String warning = boundWarning(what, isStart, given, qualifier, bounds);
        if (warning != null) {
            warnings.add(warning);
        }
        return given;
    }

    /** A bound typed as a date: null when blank (derived), the open value for "null" or "..". */
    private static Long day(String field, String text, long open, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.equals("null") || t.equals("..")) {
            return open;
        }
        long day = Dates.epochDay(t);
        if (day != Dates.NOT_A_DATE) {
            return day;
        }
        try {
            return LocalDate.parse(t).toEpochDay();
        } catch (DateTimeException e) {
            errors.add(notADate(field, t));
            return null;
        }
    }

    /** A form's text as a dataset value: stripped, and null when blank. */
    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
