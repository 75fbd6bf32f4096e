package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;

/** Each kind of bad input gets its own message at its own position, and nothing half-loads. */
class DatasetReaderTest {
    /** Article: "Alpha met “Beta” in 2022. Then\u00A0Gamma left." */
    static final String VALID = """
            {
              "format": "sourceline-dataset/1",
              "title": "Test",
              "article": {
                "title": "A test article",
                "outlet": "Test Outlet",
                "text": "Alpha met “Beta” in 2022. Then\\u00A0Gamma left."
              },
              "actors": [
                {"id": "alpha", "name": "Alpha", "kind": "person", "affiliation": "land"},
                {"id": "beta", "name": "Beta", "kind": "organization"},
                {"id": "land", "name": "Land", "kind": "state"}
              ],
              "events": [
                {
                  "id": "meeting",
                  "title": "Alpha meets Beta",
                  "time": {"edtf": "2022", "phrase": "in 2022"},
                  "type": "CONSULT",
                  "source": ["alpha"],
                  "target": ["beta"],
                  "certainty": {"level": "stated"},
                  "evidence": [{"exact": "Alpha met “Beta” in 2022.", "prefix": "", "suffix": " Then", "start": 0, "end": 25}]
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private ReadResult read(String json) throws IOException {
        Path file = dir.resolve("test.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new DatasetReader().read(file);
    }

    private static String only(ReadResult r) {
        assertThat(r.problems()).as("problems: %s", r.problems()).hasSize(1);
        return r.problems().get(0).format();
    }

    /** Line and column (1-based) of the first occurrence of {@code needle} in {@code json}. */
    private static String at(String json, String needle) {
        return TestDatasets.lineColumn(json, needle);
    }

    @Test
    void readsAValidDataset() throws IOException {
        ReadResult r = read(VALID);
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).endsWith("test.json: 1 event, 3 actors, 1 of 1 quote verified");
        Event meeting = r.dataset().event("meeting");
        assertThat(meeting.type()).isEqualTo(EventType.CONSULT);
        assertThat(meeting.certainty().level()).isEqualTo(CertaintyLevel.STATED);
        assertThat(meeting.sources()).extracting(a -> a.id()).containsExactly("alpha");
        assertThat(meeting.time().earliest()).isEqualTo(Days.of(2022, 1, 1));
        assertThat(meeting.time().latest()).isEqualTo(Days.of(2022, 12, 31));
        assertThat(meeting.evidence().get(0).exact()).isEqualTo("Alpha met “Beta” in 2022.");
        assertThat(r.dataset().actor("alpha").affiliationId()).isEqualTo("land");
    }

    @Test
    void malformedJson() throws IOException {
        String json = VALID.replace("\"title\": \"Test\",", "\"title\": \"Test\"");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        assertThat(only(r)).startsWith(dir.resolve("test.json") + ":4:").contains("error: malformed JSON");
    }

    @Test
    void truncatedFile() throws IOException {
        ReadResult r = read(VALID.substring(0, VALID.indexOf("\"events\"")));
        assertThat(r.dataset()).isNull();
        assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("malformed JSON"));
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(only(read(""))).endsWith(":1:1: error: the file is empty");
        assertThat(only(read("  \n"))).contains("the file is empty");
    }

    @Test
    void notUtf8() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, VALID.replace("Test Outlet", "Tést Outlet").getBytes(StandardCharsets.ISO_8859_1));
        ReadResult r = new DatasetReader().read(file);
        assertThat(r.dataset()).isNull();
        assertThat(only(r)).contains(at(VALID, "Test Outlet").split(":")[0] + ":").contains("not valid UTF-8");
    }

    @Test
    void utf16IsRefused() throws IOException {
        Path file = dir.resolve("utf16.json");
        Files.write(file, VALID.getBytes(StandardCharsets.UTF_16));
        assertThat(only(new DatasetReader().read(file))).contains(":1:1: error: not UTF-8").contains("UTF-16");
    }

    @Test
    void missingFileIsUnreadable() {
        ReadResult r = new DatasetReader().read(dir.resolve("nope.json"));
        assertThat(r.unreadable()).isTrue();
        assertThat(only(r)).endsWith("nope.json:1:1: error: no such file");
    }

    @Test
    void unknownField() throws IOException {
        String json = VALID.replace("\"type\": \"CONSULT\",", "\"type\": \"CONSULT\", \"colour\": \"red\",");
        assertThat(only(read(json))).contains(":" + at(json, "\"colour\"") + ": error: event \"meeting\": unknown field \"colour\"");
    }

    @Test
    void missingField() throws IOException {
        String json = VALID.replace("\"type\": \"CONSULT\",", "");
        assertThat(only(read(json))).contains(":" + at(json, "{\n      \"id\": \"meeting\"")
                + ": error: event \"meeting\": missing required field \"type\"");
    }

    @Test
    void wrongType() throws IOException {
        String json = VALID.replace("\"title\": \"Alpha meets Beta\"", "\"title\": 42");
        assertThat(only(read(json))).contains(":" + at(json, "42") + ": error: event \"meeting\": title: expected a string, found a number");
    }

    @Test
    void unknownActorSuggestsTheNearestId() throws IOException {
        String json = VALID.replace("\"target\": [\"beta\"]", "\"target\": [\"bêta\"]");
        assertThat(only(read(json))).contains(":" + at(json, "\"bêta\"")
                + ": error: event \"meeting\": unknown actor \"bêta\" (did you mean \"beta\"?)");
    }

    @Test
    void unknownAffiliation() throws IOException {
        String json = VALID.replace("\"affiliation\": \"land\"", "\"affiliation\": \"nowhere\"");
        ReadResult r = read(json);
        assertThat(r.errors()).extracting(Problem::format)
                .anySatisfy(s -> assertThat(s).contains(":" + at(json, "\"nowhere\"") + ": error: actor \"alpha\": unknown affiliation \"nowhere\"".replace("error: actor", "error: actor")));
    }

    @Test
    void invalidEdtfPointsIntoTheString() throws IOException {
        String json = VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"2022-13\"");
        String pos = at(json, "\"2022-13\"");
        int line = Integer.parseInt(pos.split(":")[0]);
        int column = Integer.parseInt(pos.split(":")[1]) + 1 + 5;
        assertThat(only(read(json))).contains(":" + line + ":" + column
                + ": error: event \"meeting\": time: invalid EDTF \"2022-13\": month 13 out of range");
    }

    @Test
    void reversedSpan() throws IOException {
        String json = VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"2023/2022\"");
        assertThat(only(read(json))).contains("event \"meeting\": time: invalid EDTF \"2023/2022\": reversed interval");
        String bounds = VALID.replace("\"phrase\": \"in 2022\"", "\"phrase\": \"in 2022\", \"earliest\": \"2022-06-01\", \"latest\": \"2022-05-01\"");
        assertThat(only(read(bounds))).contains(":" + at(bounds, "\"2022-05-01\"")
                + ": error: event \"meeting\": time: reversed time span: earliest 2022-06-01 is after latest 2022-05-01");
    }

    @Test
    void boundsMustAgreeWithOpenEnds() throws IOException {
        String json = VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"../2022\", \"earliest\": \"2001-01-01\"");
        assertThat(only(read(json))).contains("time.earliest is 2001-01-01 but the EDTF start is open");
    }

    @Test
    void boundsOutsideAnExactEdtfAreAWarning() throws IOException {
        String json = VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"2022\", \"latest\": \"2023-02-01\"");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(only(r)).contains("warning: event \"meeting\": time.latest 2023-02-01 lies outside");
    }

    @Test
    void explicitBoundsNarrowTheEdtf() throws IOException {
        String json = VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"2022\", \"earliest\": \"2022-10-01\"");
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().event("meeting").time().earliest()).isEqualTo(Days.of(2022, 10, 1));
        assertThat(r.dataset().event("meeting").time().startQualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void duplicateIds() throws IOException {
        String second = """
                ,
                    {"id": "meeting", "title": "Again", "time": {"edtf": "2022"}, "type": "CONSULT",
                     "source": ["alpha"], "certainty": {"level": "stated"}}
                  ]
                }
                """;
        String json = VALID.substring(0, VALID.lastIndexOf("]")).stripTrailing() + second;
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        int offset = json.indexOf("\"meeting\"", json.indexOf("\"meeting\"") + 1);
        assertThat(r.errors()).extracting(Problem::format).anySatisfy(s -> assertThat(s)
                .contains(":" + at(json.substring(0, offset) + "§", "§") + ": error: event \"meeting\": duplicate event id"));
        String actors = VALID.replace("{\"id\": \"land\", \"name\": \"Land\"", "{\"id\": \"beta\", \"name\": \"Land\"");
        assertThat(read(actors).errors()).extracting(Problem::message).contains("duplicate actor id \"beta\"");
    }

    @Test
    void quoteNotInTheArticle() throws IOException {
        String json = VALID.replace("\"exact\": \"Alpha met “Beta” in 2022.\"", "\"exact\": \"Alpha met \\\"Beta\\\" in 2022.\"");
        String problem = only(read(json));
        assertThat(problem).contains(":" + at(json, "{\"exact\"") + ": error: event \"meeting\": the quote is not in the article")
                .contains("nearly matches at offset 0").contains("straight quotation mark");
    }

    @Test
    void wrongOffsetsAreReanchoredWithAWarning() throws IOException {
        String json = VALID.replace("\"start\": 0, \"end\": 25", "\"start\": 3, \"end\": 28");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(only(r)).contains("warning: event \"meeting\": the quote is not at offsets 3–28; found it at 0–25");
        assertThat(r.dataset().event("meeting").evidence().get(0).start()).isZero();
        assertThat(r.quotesVerified()).isEqualTo(1);
    }

    @Test
    void aRepeatedQuoteThatContextCannotPlaceIsAnErrorNamingThePlaces() throws IOException {
        // "the line" occurs twice; no offsets and no context to choose: never guessed.
        String json = VALID.replace("Alpha met “Beta” in 2022. Then\\u00A0Gamma left.",
                        "Alpha held the line. Beta held the line.")
                .replace("{\"exact\": \"Alpha met “Beta” in 2022.\", \"prefix\": \"\", \"suffix\": \" Then\", "
                        + "\"start\": 0, \"end\": 25}", "{\"exact\": \"the line\"}");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        assertThat(only(r)).contains(":" + at(json, "{\"exact\"") + ": error: event \"meeting\": the quote has no "
                + "offsets and occurs 2 times in the article (at 11–19, 31–39)").contains("cannot tell which one is meant");
    }

    @Test
    void aRepeatedQuoteThatItsPrefixPlacesIsReanchored() throws IOException {
        String json = VALID.replace("Alpha met “Beta” in 2022. Then\\u00A0Gamma left.",
                        "Alpha held the line. Beta held the line.")
                .replace("{\"exact\": \"Alpha met “Beta” in 2022.\", \"prefix\": \"\", \"suffix\": \" Then\", "
                        + "\"start\": 0, \"end\": 25}", "{\"exact\": \"the line\", \"prefix\": \"Beta held \"}");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(r.dataset().event("meeting").evidence().get(0).start()).isEqualTo(31);
    }

    @Test
    void eventWithoutEvidenceIsReported() throws IOException {
        String json = VALID.replaceAll(",\\s*\"evidence\": \\[.*]", "");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(only(r)).contains("warning: event \"meeting\": no evidence");
    }

    @Test
    void aQuoteNotInTheArticleSaysWhereItIsAfterAll() throws IOException {
        String quote = "{\"exact\": \"Alpha met “Beta” in 2022.\", \"prefix\": \"\", \"suffix\": \" Then\", \"start\": 0, \"end\": 25}";
        // other capitals
        assertThat(only(read(VALID.replace(quote, "{\"exact\": \"alpha MET\"}"))))
                .contains("the quote is not in the article: it is there with other capitals, at offset 0 (\"Alpha met\")");
        // accents as combining marks where the article has composed letters
        String accented = VALID.replace("Then\\u00A0Gamma left.", "Then José left.");
        assertThat(only(read(accented.replace(quote, "{\"exact\": \"Jose\\u0301 left\"}"))))
                .contains("its accents are separate combining marks (Unicode NFD) where the article has composed letters "
                        + "(NFC), at offset 31");
    }

    @Test
    void anEventWhoseEveryQuoteDisputesItIsReported() throws IOException {
        String json = VALID.replace("\"start\": 0, \"end\": 25}", "\"start\": 0, \"end\": 25, \"stance\": \"disputes\"}");
        assertThat(json).isNotEqualTo(VALID);
        ReadResult r = read(json);
        assertThat(r.dataset()).isNotNull();
        assertThat(only(r)).contains("warning: event \"meeting\": no supporting quote: every quote of this event disputes it");
    }

    @Test
    void unknownTypeAndCertaintyListTheValidValues() throws IOException {
        String json = VALID.replace("\"CONSULT\"", "\"MEET\"").replace("\"stated\"", "\"sure\"");
        ReadResult r = read(json);
        assertThat(r.errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("unknown event type \"MEET\"").contains("CONSULT"));
        assertThat(r.errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("unknown certainty level \"sure\"").contains("forecast"));
    }

    @Test
    void allProblemsInOnePassAndNothingHalfLoads() throws IOException {
        String json = VALID.replace("\"CONSULT\"", "\"MEET\"")
                .replace("\"target\": [\"beta\"]", "\"target\": [\"zeta\"]")
                .replace("\"edtf\": \"2022\"", "\"edtf\": \"2022-00\"");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        assertThat(r.errors()).hasSize(3);
    }

    @Test
    void textFileNextToTheDataset() throws IOException {
        Files.writeString(dir.resolve("article.txt"), "Alpha met “Beta” in 2022. Then\u00A0Gamma left.");
        String json = VALID.replace("\"text\": \"Alpha met “Beta” in 2022. Then\\u00A0Gamma left.\"", "\"textFile\": \"article.txt\"");
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().article().textFile()).isEqualTo("article.txt");
    }

    @Test
    void missingTextFile() throws IOException {
        String json = VALID.replace("\"text\": \"Alpha met “Beta” in 2022. Then\\u00A0Gamma left.\"", "\"textFile\": \"gone.txt\"");
        ReadResult r = read(json);
        assertThat(r.errors()).extracting(Problem::format).first().asString()
                .contains(":" + at(json, "\"gone.txt\"") + ": error: article text file").contains("not found");
    }

    @Test
    void articleTextThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("article.txt"), "Alpha\nmet B\u00e9ta".getBytes(StandardCharsets.ISO_8859_1));
        String json = VALID.replace("\"text\": \"Alpha met “Beta” in 2022. Then\\u00A0Gamma left.\"", "\"textFile\": \"article.txt\"");
        ReadResult r = read(json);
        assertThat(r.errors()).extracting(Problem::format)
                .anySatisfy(s -> assertThat(s).contains("article.txt:2:6: error: not valid UTF-8"));
    }

    @Test
    void changedArticleTextIsAWarning() throws IOException {
        String json = VALID.replace("\"outlet\": \"Test Outlet\",", "\"outlet\": \"Test Outlet\", \"sha256\": \"00\",");
        assertThat(only(read(json))).contains("warning: the article text is not the one the quote offsets were recorded for");
    }

    @Test
    void aTextFileWhoseHashDiffersIsAWarningAtItsArticleSmallOrBig() throws IOException {
        String small = "Alpha met “Beta” in 2022. Then\u00A0Gamma left.";
        // A big text (from 4 MB) is hashed beside the reading of the events; the result is the same.
        String big = small + " " + "Filler words that no quote points at. ".repeat(130_000);
        for (String text : new String[] {small, big}) {
            Files.writeString(dir.resolve("article.txt"), text);
            String right = TextHash.sha256(text);
            String json = VALID.replace("\"text\": \"Alpha met “Beta” in 2022. Then\\u00A0Gamma left.\"",
                    "\"textFile\": \"article.txt\", \"sha256\": \"" + right + "\"");
            assertThat(read(json).problems()).as("%d characters, hash as recorded", text.length()).isEmpty();
            String wrong = json.replace(right, "0".repeat(64));
            assertThat(only(read(wrong))).as("%d characters, another hash", text.length())
                    .contains(":" + at(wrong, "{\n    \"title\": \"A test article\"") + ": warning: the article text is not the one the quote"
                            + " offsets were recorded for");
        }
    }

    @Test
    void eventsBeforeActorsStillResolve() throws IOException {
        int actors = VALID.indexOf("  \"actors\"");
        int events = VALID.indexOf("  \"events\"");
        String actorsBlock = VALID.substring(actors, events);
        String eventsBlock = VALID.substring(events, VALID.lastIndexOf('}')).stripTrailing();
        String json = VALID.substring(0, actors) + eventsBlock + ",\n" + actorsBlock.stripTrailing().replaceAll(",$", "") + "\n}\n";
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().events()).hasSize(1);
    }

    @Test
    void unusedActorIsAWarning() throws IOException {
        String json = VALID.replace("{\"id\": \"land\", \"name\": \"Land\", \"kind\": \"state\"}",
                "{\"id\": \"land\", \"name\": \"Land\", \"kind\": \"state\"}, {\"id\": \"idle\", \"name\": \"Idle\", \"kind\": \"group\"}");
        assertThat(only(read(json))).contains("warning: actor \"idle\" is not used");
    }

    @Test
    void wrongFormat() throws IOException {
        String json = VALID.replace("sourceline-dataset/1", "timeline/9");
        assertThat(only(read(json))).contains(":" + at(json, "\"timeline/9\"") + ": error: unsupported format \"timeline/9\"");
    }

    @Test
    void topLevelMustBeAnObject() throws IOException {
        assertThat(only(read("[1, 2]"))).contains(":1:1: error: expected a JSON object");
    }

    @Test
    void nullRequiredValuesAreErrorsNotSilentDrops() throws IOException {
        String json = VALID.replace("\"name\": \"Beta\"", "\"name\": null");
        ReadResult r = read(json);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.errors()).extracting(Problem::format)
                .anyMatch(m -> m.contains(at(json, "null, \"kind\": \"organization\"") + ": error: name: must not be null"));
        String nullTitle = VALID.replace("\"title\": \"Alpha meets Beta\"", "\"title\": null");
        assertThat(read(nullTitle).errors()).extracting(Problem::message).contains("title: must not be null");
    }

    @Test
    void eventTypesAreUpperCase() throws IOException {
        ReadResult r = read(VALID.replace("\"CONSULT\"", "\"consult\""));
        assertThat(only(r)).endsWith("event \"meeting\": event type \"consult\" must be written in upper case: \"CONSULT\"");
    }

    @Test
    void erasAreReadAndChecked() throws IOException {
        String json = VALID.replace("\"events\": [", """
                "eras": [{"title": "The year", "time": {"edtf": "2022", "phrase": "all of 2022"}}],
                  "events": [""");
        ReadResult r = read(json);
        assertThat(r.errors()).isEmpty();
        assertThat(r.dataset().eras()).singleElement().satisfies(era -> {
            assertThat(era.title()).isEqualTo("The year");
            assertThat(era.time().earliest()).isEqualTo(Days.of(2022, 1, 1));
            assertThat(era.time().phrase()).isEqualTo("all of 2022");
        });
        ReadResult bad = read(VALID.replace("\"events\": [", "\"eras\": [{\"title\": \"X\", \"time\": {\"edtf\": \"soon\"}}],\n\"events\": ["));
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.errors()).extracting(Problem::message).anyMatch(m -> m.startsWith("era time: invalid EDTF \"soon\""));
    }
}
