package org.sourceline.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one streaming core of the JSON readers (Sourceline datasets and TimelineJS): a cursor over
 * Jackson's tokens that knows where each token is, reads values with our messages, walks the
 * fields of an object by a {@link FieldSet} ({@link #fields}), and hands every problem, with its
 * line and column, to the reader's {@link ProblemSink}. A reader never throws for bad input.
 *
 * <p>Positions cost no allocation for values: Jackson builds a location object per call, but its
 * byte parser also tells the same figures directly, which matters when a million events have
 * tens of millions of tokens. Field names keep the location object (their position is needed
 * only for problems, or where a {@link FieldSet#withNamePositions() set asks for it}).
 */
public final class JsonCursor {
    /** Where a cursor's problems go: the reader keeps them as its own records, with its file name. */
    @FunctionalInterface
    public interface ProblemSink {
        /**
         * One problem at a 1-based line and column.
         *
         * @param isError true for an error (the file does not load), false for a warning
         * @param subject what the problem is about (an event id), or null
         */
        void add(boolean isError, int line, int column, String subject, String message);
    }

    /** What a reader does with the document: the cursor is before its first token. */
    @FunctionalInterface
    public interface Document {
        void read(JsonCursor in) throws IOException;
    }

    /** A table that finds a value by the characters of a string, without making the string. */
    @FunctionalInterface
    public interface CharsLookup<V> {
        V get(char[] chars, int offset, int length);
    }

    private final ProblemSink problems;
    private JsonParser p;
    /** The same parser when it can tell token positions without allocating; else null. */
    private ParserBase fast;
    /** Lines of the file before the parser's first line (see {@link #continueOn}). */
    private int lineOffset;

    public JsonCursor(ProblemSink problems) {
        this.problems = problems;
    }

    /**
     * Reads a whole document: looks at its first bytes ("the file is empty", UTF-16 or UTF-32
     * text), hands the cursor to {@code document}, and turns JSON that is not well formed into an
     * error at its position.
     *
     * @return true when {@code document} read to its end; false when the first bytes or
     *         malformed JSON stopped it (the error is reported)
     */
    public boolean read(InputStream raw, JsonFactory json, Document document) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream buffered ? buffered
                : new BufferedInputStream(raw, 1 << 16);
        String headProblem = JsonText.headProblem(in);
        if (headProblem != null) {
            error(1, 1, null, headProblem);
            return false;
        }
        try (JsonParser parser = json.createParser(in)) {
            p = parser;
            fast = parser instanceof UTF8StreamJsonParser byteParser ? byteParser : null;
            document.read(this);
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            error(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), null, JsonText.message(e));
            return false;
        }
    }

    /**
     * Reads on with another parser: one over a part of the same file, whose line 1 is line
     * {@code lineOffset + 1} of the file. Tokens on its first line must not be reported (their
     * columns would be the part's, not the file's): a part starts with a line break.
     */
    public void continueOn(JsonParser parser, int lineOffset) {
        this.p = parser;
        this.fast = parser instanceof UTF8StreamJsonParser byteParser ? byteParser : null;
        this.lineOffset = lineOffset;
    }

    /** The parser's line where it is now (after the last token read), as the parser counts it. */
    public int parserLine() {
        return p.currentLocation().getLineNr();
    }

    /** Byte offset of the token under the cursor in the parser's input. */
    public long tokenByteOffset() {
        return p.currentTokenLocation().getByteOffset();
    }

    // ----- tokens ------------------------------------------------------------------------------

    /** Moves to the next token and returns it (null at the end of the input). */
    public JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** The token under the cursor. */
    public JsonToken token() {
        return p.currentToken();
    }

    /** Skips the value under the cursor: an object or array to its end; nothing for a scalar. */
    public void skip() throws IOException {
        p.skipChildren();
    }

    /** In an array: moves to the next element; false at the array's end. */
    public boolean nextElement() throws IOException {
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    /** The name of the field under the cursor. */
    public String fieldName() throws IOException {
        return p.currentName();
    }

    /**
     * The fields of the object under the cursor (which must be on its '{'), read by the rules
     * of {@code fields}; {@code context} names the object in messages ("duplicate field \"id\" in
     * article"), or is null where the field's name says enough.
     */
    public <F extends Enum<F>> ObjectFields<F> fields(FieldSet<F> fields, String context) {
        return new ObjectFields<>(this, fields, context);
    }

    // ----- positions ---------------------------------------------------------------------------

    /** Line of the token under the cursor. */
    public int line() {
        if (fast != null && p.currentToken() != JsonToken.FIELD_NAME) {
            return fast.getTokenLineNr() + lineOffset;
        }
        return p.currentTokenLocation().getLineNr() + lineOffset;
    }

    /** The line of a location this cursor gave ({@link #location()}), in the file. */
    int lineOf(JsonLocation at) {
        return at.getLineNr() + lineOffset;
    }

    /** Column of the token under the cursor, as {@link JsonLocation#getColumnNr()} gives it. */
    public int column() {
        if (fast != null && p.currentToken() != JsonToken.FIELD_NAME) {
            // getTokenColumnNr() is one more than the location's column, except when unknown (negative).
            int column = fast.getTokenColumnNr();
            return column < 0 ? column : column - 1;
        }
        return p.currentTokenLocation().getColumnNr();
    }

    /** Where the token under the cursor is, as an object (for a field name, to report it later). */
    JsonLocation location() {
        return p.currentTokenLocation();
    }

    /** Bytes of the input the parser has consumed. */
    public long byteOffset() {
        return p.currentLocation().getByteOffset();
    }

    // ----- values ------------------------------------------------------------------------------

    /** True when the cursor is on '{'; else the error "WHAT: expected an object ({ … }), found …", and the value is skipped. */
    public boolean expectObject(String what, String subject) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        errorHere(subject, what + ": expected an object ({ … }), found " + JsonText.describe(p.currentToken()));
        p.skipChildren();
        return false;
    }

    /** True when the cursor is on '['; else the error "WHAT: expected an array ([ … ]), found …", and the value is skipped. */
    public boolean expectArray(String what, String subject) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        errorHere(subject, what + ": expected an array ([ … ]), found " + JsonText.describe(p.currentToken()));
        p.skipChildren();
        return false;
    }

    /** A string, or null for null; anything else is the error "FIELD: expected a string, found …". */
    public String string(String field, String subject) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        errorHere(subject, field + ": expected a string, found " + JsonText.describe(t));
        p.skipChildren();
        return null;
    }

    /** A string that must be given: null is the error "FIELD: must not be null", as a missing field would be. */
    public String requiredString(String field, String subject) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            errorHere(subject, field + ": must not be null");
            return null;
        }
        return string(field, subject);
    }

    /** The text of the token under the cursor as written: a string's value, a number's digits. */
    public String text() throws IOException {
        return p.getText();
    }

    /**
     * The value {@code table} holds for the string under the cursor, found from the parser's
     * characters; null when the token is not a string or the table has no such key.
     */
    public <V> V lookUp(CharsLookup<V> table) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING
                ? table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
    }

    /**
     * The characters of the string under the cursor, from {@link #textOffset()} for
     * {@link #textLength()}: the parser's own buffer, valid until the cursor moves.
     */
    public char[] textCharacters() throws IOException {
        return p.getTextCharacters();
    }

    public int textOffset() throws IOException {
        return p.getTextOffset();
    }

    public int textLength() throws IOException {
        return p.getTextLength();
    }

    /** The kind of number under the cursor. */
    public JsonParser.NumberType numberType() throws IOException {
        return p.getNumberType();
    }

    public int intValue() throws IOException {
        return p.getIntValue();
    }

    public long longValue() throws IOException {
        return p.getLongValue();
    }

    public double doubleValue() throws IOException {
        return p.getDoubleValue();
    }

    /** "an object", "a string", "the end of the file", … */
    public static String describe(JsonToken t) {
        return JsonText.describe(t);
    }

    // ----- problems ----------------------------------------------------------------------------

    /** An error at the token under the cursor. */
    public void errorHere(String subject, String message) {
        error(line(), column(), subject, message);
    }

    /** An error at a 1-based line and column; {@code subject} is what it is about, or null. */
    public void error(int line, int column, String subject, String message) {
        problems.add(true, line, column, subject, message);
    }

    /** A warning: reading goes on and the file still loads. */
    public void warning(int line, int column, String subject, String message) {
        problems.add(false, line, column, subject, message);
    }
}
