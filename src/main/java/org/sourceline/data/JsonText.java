package org.sourceline.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Words both dataset readers use for what they found in a JSON file, so that Sourceline and
 * TimelineJS files get the same messages for the same mistakes.
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
        String wide = Utf8.guessUtf16Or32(head);
        return wide == null ? null : "not UTF-8: the file looks like " + wide + "; save it as UTF-8";
    }

    /** "malformed JSON: …" (or "not valid UTF-8: …"), the first line of the parser's message. */
    public static String message(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int nl = message.indexOf('\n');
        message = nl > 0 ? message.substring(0, nl) : message;
        return (message.contains("Invalid UTF-8") ? "not valid UTF-8: " : "malformed JSON: ") + message;
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
