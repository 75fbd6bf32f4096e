package org.sourceline.data.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCursorTest {
    private enum Field { ID, TITLE, ATTRIBUTED_TO }

    private enum SlideField { START_DATE, HEADLINE }

    private static final FieldSet<Field> STRICT = FieldSet.strict(Field.class);
    private static final JsonFactory JSON = new JsonFactory();

    /** Problems as "E line:column subject: message" (W for warnings). */
    private final List<String> problems = new ArrayList<>();
    private final JsonCursor in = new JsonCursor((isError, line, column, subject, message) ->
            problems.add((isError ? "E " : "W ") + line + ":" + column + " " + subject + ": " + message));

    private boolean read(String json, JsonCursor.Document document) throws IOException {
        return in.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), JSON, document);
    }

    @Test
    void namesFieldsInTheFilesSpelling() {
        assertThat(STRICT.name(Field.ATTRIBUTED_TO)).isEqualTo("attributedTo");
        assertThat(STRICT.field("attributedTo")).isEqualTo(Field.ATTRIBUTED_TO);
        assertThat(STRICT.field("attributed_to")).isNull();
        assertThat(STRICT.knownList()).isEqualTo("id, title, attributedTo");
        FieldSet<SlideField> lenient = FieldSet.lenient(SlideField.class, "TimelineJS");
        assertThat(lenient.field("start_date")).isEqualTo(SlideField.START_DATE);
        assertThat(lenient.unlisted(SlideField.HEADLINE).knownList()).isEqualTo("start_date");
    }

    @Test
    void aRepeatedFieldIsAnErrorAtItsNameAndItsValueIsSkipped() throws IOException {
        List<String> titles = new ArrayList<>();
        boolean[] repeats = new boolean[1];
        read("{\"title\": \"a\",\n  \"title\": {\"nested\": [1]}, \"id\": \"x\"}", cursor -> {
            cursor.next();
            ObjectFields<Field> fields = cursor.fields(STRICT, "event");
            for (Field f; (f = fields.next("e1")) != null; ) {
                titles.add(f + "=" + cursor.string(STRICT.name(f), "e1"));
            }
            repeats[0] = fields.hadRepeats();
            assertThat(fields.has(Field.ID)).isTrue();
            assertThat(fields.has(Field.ATTRIBUTED_TO)).isFalse();
            assertThat(cursor.token()).isEqualTo(JsonToken.END_OBJECT);
        });
        assertThat(titles).containsExactly("TITLE=a", "ID=x");
        assertThat(repeats[0]).isTrue();
        assertThat(problems).containsExactly("E 2:3 e1: duplicate field \"title\" in event");
    }

    @Test
    void anUnknownFieldIsAnErrorListingTheKnownOnesOrALenientWarning() throws IOException {
        read("{\"colour\": [1, {\"a\": 2}], \"id\": \"x\", \"colour\": 3}", cursor -> {
            cursor.next();
            ObjectFields<Field> fields = cursor.fields(STRICT, null);
            List<Field> read = new ArrayList<>();
            for (Field f; (f = fields.next(null)) != null; ) {
                read.add(f);
                cursor.skip();
            }
            assertThat(read).containsExactly(Field.ID);
            assertThat(fields.hadUnknown()).isTrue();
        });
        assertThat(problems).containsExactly(
                "E 1:2 null: unknown field \"colour\" (known fields: id, title, attributedTo)",
                "E 1:38 null: duplicate field \"colour\"");

        problems.clear();
        FieldSet<SlideField> slides = FieldSet.lenient(SlideField.class, "TimelineJS").repeats(FieldSet.Repeat.WARNING);
        List<String> headlines = new ArrayList<>();
        read("{\"headline\": \"a\", \"headline\": \"b\", \"extra\": 1}", cursor -> {
            cursor.next();
            ObjectFields<SlideField> fields = cursor.fields(slides, "event");
            for (SlideField f; (f = fields.next(null)) != null; ) {
                headlines.add(cursor.text());
            }
        });
        assertThat(headlines).containsExactly("a", "b");
        assertThat(problems).containsExactly(
                "W 1:19 null: event: duplicate field \"headline\"; the last one counts, as in TimelineJS",
                "W 1:36 null: unknown field \"extra\" ignored, as TimelineJS ignores it (known: start_date, headline)");
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorAtTheValue() throws IOException {
        read("{\n  \"a\": [1],\n  \"b\": 7,\n  \"c\": null,\n  \"d\": \"x\"\n}", cursor -> {
            cursor.next();
            cursor.next();
            cursor.next();
            assertThat(cursor.expectObject("a", "e1")).isFalse();
            assertThat(cursor.next()).isEqualTo(JsonToken.FIELD_NAME); // the array was skipped
            cursor.next();
            assertThat(cursor.string("b", null)).isNull();
            cursor.next();
            cursor.next();
            assertThat(cursor.requiredString("c", null)).isNull();
            cursor.next();
            cursor.next();
            assertThat(cursor.expectArray("d", null)).isFalse();
        });
        assertThat(problems).containsExactly(
                "E 2:8 e1: a: expected an object ({ … }), found an array",
                "E 3:8 null: b: expected a string, found a number",
                "E 4:8 null: c: must not be null",
                "E 5:8 null: d: expected an array ([ … ]), found a string");
    }

    @Test
    void positionsOfValuesAndOfFieldNamesAreJacksons() throws IOException {
        FieldSet<Field> withNames = STRICT.withNamePositions();
        List<String> seen = new ArrayList<>();
        read("{\n    \"id\":   \"é\",\n\t\"title\" : 12, \"attributedTo\": [\"ü\", true]}", cursor -> {
            cursor.next();
            ObjectFields<Field> fields = cursor.fields(withNames, null);
            for (Field f; (f = fields.next(null)) != null; ) {
                seen.add(f + " name " + fields.nameLine() + ":" + fields.nameColumn() + " value " + cursor.line() + ":"
                        + cursor.column());
                // Values are placed from the byte parser's own figures: the same as Jackson's location.
                do {
                    assertThat(cursor.line()).isEqualTo(cursor.location().getLineNr());
                    assertThat(cursor.column()).isEqualTo(cursor.location().getColumnNr());
                } while (cursor.token() != JsonToken.END_ARRAY && f == Field.ATTRIBUTED_TO && cursor.next() != null);
            }
        });
        assertThat(seen).containsExactly("ID name 2:5 value 2:13", "TITLE name 3:2 value 3:12",
                "ATTRIBUTED_TO name 3:16 value 3:32");
    }

    @Test
    void findsAStringInATableWithoutMakingIt() throws IOException {
        read("[\"beta\", 3]", cursor -> {
            cursor.next();
            cursor.next();
            JsonCursor.CharsLookup<String> upperCase = (chars, offset, length) -> new String(chars, offset, length).toUpperCase();
            String found = cursor.lookUp(upperCase);
            assertThat(found).isEqualTo("BETA");
            cursor.next();
            String notAString = cursor.lookUp(upperCase);
            assertThat(notAString).isNull();
        });
    }

    @Test
    void reportsAnEmptyWideOrMalformedDocumentInsteadOfReadingIt() throws IOException {
        assertThat(read("", cursor -> { throw new AssertionError("not read"); })).isFalse();
        assertThat(in.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_16)), JSON,
                cursor -> { throw new AssertionError("not read"); })).isFalse();
        assertThat(read("{\"a\": [1,\n  2,, 3]}", cursor -> {
            while (cursor.next() != null) {
                // reads up to the mistake
            }
        })).isFalse();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).isEqualTo("E 1:1 null: the file is empty");
        assertThat(problems.get(1)).startsWith("E 1:1 null: not UTF-8: the file looks like UTF-16");
        assertThat(problems.get(2)).isEqualTo("E 2:5 null: malformed JSON: Unexpected character ',': expected a value");
    }
}
