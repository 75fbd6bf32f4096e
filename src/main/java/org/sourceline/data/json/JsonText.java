package org.sourceline.data.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words both dataset readers use for what they found in a JSON file, so that Sourceline and
 * TimelineJS files get the same messages for the same mistakes; also the look at a text file's
 * first bytes that tells UTF-16 and UTF-32 from UTF-8 (articles are checked the same way).
 */
public final class JsonText {
    private JsonText() {
    }

    /**
     * Looks at the first bytes of a stream (which must support mark/reset): "the file is empty",
     * "not UTF-8: …" for UTF-16/32 text, or null when it may be UTF-8 JSON.
     */
    public static String headProblem(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 0) {
            return "the file is empty";
        }
        String wide = guessUtf16Or32(head);
        return wide == null ? null : "not UTF-8: the file looks like " + wide + "; save it as UTF-8";
    }

    /**
     * "malformed JSON: …" (or "not valid UTF-8: …"): the first line of the parser's message, in
     * our words where Jackson speaks of itself (its features, constraints and source
     * descriptions mean nothing to someone fixing a file).
     */
    public static String message(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int nl = message.indexOf('\n');
        message = nl > 0 ? message.substring(0, nl) : message;
        return (message.contains("Invalid UTF-8") ? "not valid UTF-8: " : "malformed JSON: ") + reword(message);
    }

    private static final Pattern NESTING = Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern TOO_LONG = Pattern.compile("(\\w+) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern CONTROL_IN_STRING = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern CONTROL_BETWEEN = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern END_IN_CONTAINER = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\).*");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CODE = Pattern.compile("\\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern FEATURE = Pattern.compile("(: )?(enable|disable) `[^`]*`[^:;,)]*|\\(not recognized as one since Feature '[^']*' not enabled for parser\\)|`[^`]*`");

    /** Jackson's message in words about the file. */
    static String reword(String message) {
        Matcher m;
        if ((m = NESTING.matcher(message)).matches()) {
            return "the JSON is nested too deeply (more than " + m.group(2) + " levels of arrays and objects)";
        }
        if ((m = TOO_LONG.matcher(message)).matches()) {
            return m.group(1).equals("Number") ? "a number has " + m.group(2) + " digits; at most " + m.group(3) + " are allowed"
                    : "a value is " + m.group(2) + " characters long; at most " + m.group(3) + " are allowed";
        }
        if ((m = NON_NUMERIC.matcher(message)).matches()) {
            return "'" + m.group(1) + "' is not a JSON value (JSON numbers have no NaN or Infinity)";
        }
        if (message.contains("does not allow numbers to have plus signs")) {
            return "a JSON number cannot start with '+'";
        }
        if (message.contains("maybe a (non-standard) comment?")) {
            return "comments are not allowed in JSON";
        }
        if ((m = CONTROL_IN_STRING.matcher(message)).matches()) {
            return "a control character (" + control(Integer.parseInt(m.group(1))) + ") inside a string must be written "
                    + "as an escape, e.g. \\n for a line break or \\t for a tab";
        }
        if ((m = CONTROL_BETWEEN.matcher(message)).matches()) {
            return "unexpected control character (" + control(Integer.parseInt(m.group(1))) + "); only spaces, tabs and "
                    + "line breaks may stand between values";
        }
        if ((m = END_IN_CONTAINER.matcher(message)).matches()) {
            return "the file ends before the " + (m.group(1).equals("Object") ? "object" : "array") + " that starts at line "
                    + m.group(2) + ", column " + m.group(3) + " is closed";
        }
        if (message.startsWith("Unexpected end-of-input in VALUE_STRING") || message.startsWith("Unexpected end-of-input in field name")) {
            return "the file ends inside a string";
        }
        String words = SOURCE.matcher(message).replaceAll("line $1, column $2");
        words = CODE.matcher(words).replaceAll("'$1'");
        words = FEATURE.matcher(words).replaceAll("");
        words = words.replaceAll(" \\(code \\d+\\)", "")
                .replace("JSON String, Number, Array, Object or token 'null', 'true' or 'false'",
                        "a string, number, array, object, true, false or null")
                .replace("for Object starting", "for the object starting").replace("for Array starting", "for the array starting")
                .replace("Object entries", "object entries").replace("Array entries", "array entries");
        return words.strip();
    }

    /** "U+000A, a line break" and the like. */
    private static String control(int code) {
        String name = switch (code) {
            case 0 -> ", a NUL";
            case 9 -> ", a tab";
            case 10 -> ", a line break";
            case 13 -> ", a carriage return";
            default -> "";
        };
        return String.format("U+%04X", code) + name;
    }

    /** "UTF-16" or "UTF-32" when the bytes carry such a BOM or the NUL-byte pattern of one, else null. */
    public static String guessUtf16Or32(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return "UTF-16 (little-endian, no byte order mark)";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-16 (big-endian, no byte order mark)";
        }
        return null;
    }

    /** "an object", "a string", "the end of the file", … */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case END_OBJECT -> "'}'";
            case END_ARRAY -> "']'";
            case FIELD_NAME -> "a field name";
            default -> t.toString();
        };
    }
}
