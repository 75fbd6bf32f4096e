package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.cli.ValidateCommandTest.Run;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.QuoteAnchor;
import org.sourceline.data.QuoteSelector;
import org.sourceline.data.TextHash;
import org.sourceline.model.Dataset;
import org.sourceline.model.Evidence;

/** {@code sourceline anchor}: offsets, context and hash from the quotes, or nothing written at all. */
class AnchorCommandTest {
    private static final String TEXT = "Alpha met Beta in Vienna on a cold day in spring.\n\n"
            + "Beta thanked Alpha for the visit and for the gifts.\n\n"
            + "Gamma said the talks went well. Delta said the talks went well.\n";

    /** Two events: one quote without offsets or context, one at stale offsets; no article hash. */
    private static final String DATASET = """
            {
              "format": "sourceline-dataset/1",
              "title": "Test",
              "article": {"title": "A story", "textFile": "story.txt"},
              "actors": [
                {"id": "alpha", "name": "Alpha", "kind": "person"},
                {"id": "beta", "name": "Beta", "kind": "person"}
              ],
              "events": [
                {
                  "id": "meeting",
                  "title": "Alpha meets Beta",
                  "time": {"edtf": "2022"},
                  "type": "CONSULT",
                  "source": ["alpha"],
                  "target": ["beta"],
                  "certainty": {"level": "stated"},
                  "evidence": [{"exact": "Alpha met Beta", "prefix": "", "suffix": " in Vienna", "start": 5, "end": 19}]
                },
                {
                  "id": "thanks",
                  "title": "Beta thanks Alpha",
                  "time": {"edtf": "2022"},
                  "type": "SUPPORT",
                  "source": ["beta"],
                  "target": ["alpha"],
                  "certainty": {"level": "stated"},
                  "evidence": [{"exact": "Beta thanked Alpha"}]
                }
              ]
            }
            """;

    @TempDir
    Path dir;
    Path dataset;

    @BeforeEach
    void writeDataset() throws Exception {
        Files.writeString(dir.resolve("story.txt"), TEXT);
        dataset = Files.writeString(dir.resolve("story.json"), DATASET);
    }

    private static Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    private static String at(String json, String needle) {
        return TestDatasets.lineColumn(json, needle);
    }

    @Test
    void fillsInAndRepairsEveryQuoteAndSaysWhereAndWhat() throws Exception {
        Run r = run("anchor", dataset.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        int thanked = TEXT.indexOf("Beta thanked");
        assertThat(r.out()).contains(
                dataset + ":" + at(DATASET, "{\"title\": \"A story\"") + ": article: sha256 filled in",
                dataset + ":" + at(DATASET, "{\"exact\": \"Alpha met") + ": event \"meeting\": moved 5–19 → 0–14",
                dataset + ":" + at(DATASET, "{\"exact\": \"Beta thanked") + ": event \"thanks\": offsets filled in: "
                        + thanked + "–" + (thanked + 18) + "; prefix filled in; suffix filled in",
                dataset + ": 3 changes, 2 quotes anchored");

        Dataset anchored = new DatasetReader().load(dataset);
        assertThat(anchored.article().sha256()).isEqualTo(TextHash.sha256(TEXT));
        Evidence thanks = anchored.event("thanks").evidence().get(0);
        QuoteSelector expected = QuoteSelector.at(TEXT, thanked, thanked + 18);
        assertThat(thanks.start()).isEqualTo(thanked);
        assertThat(thanks.prefix()).isEqualTo(expected.prefix()).hasSize(QuoteSelector.CONTEXT_LENGTH);
        assertThat(thanks.suffix()).isEqualTo(expected.suffix()).hasSize(QuoteSelector.CONTEXT_LENGTH);
        Evidence meeting = anchored.event("meeting").evidence().get(0);
        assertThat(meeting.start()).isZero();
        assertThat(meeting.suffix()).as("a recorded suffix that matches is kept").isEqualTo(" in Vienna");

        Run check = run("validate", dataset.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.err()).as("no re-anchoring warnings are left").isEmpty();
        assertThat(Files.readString(dir.resolve("story.txt"))).isEqualTo(TEXT);
    }

    @Test
    void aDatasetThatNeedsNothingIsLeftAsItIs() throws Exception {
        assertThat(run("anchor", dataset.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(dataset);
        FileTime modified = Files.getLastModifiedTime(dataset);
        Run again = run("anchor", dataset.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo(dataset + ": every quote is anchored; nothing to change" + System.lineSeparator());
        assertThat(Files.readAllBytes(dataset)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dataset)).isEqualTo(modified);
    }

    @Test
    void writesToOutputAndLeavesTheDatasetAlone() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("out"));
        Path out = elsewhere.resolve("anchored.json");
        Run r = run("anchor", dataset.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dataset)).isEqualTo(DATASET);
        assertThat(Files.readString(elsewhere.resolve("story.txt"))).isEqualTo(TEXT);
        assertThat(run("validate", out.toString()).err()).isEmpty();
    }

    @Test
    void anOutputThatIsTheArticleTextIsRefusedAndTheTextKept() throws Exception {
        Run r = run("anchor", dataset.toString(), "-o", dir.resolve("story.txt").toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains("story.txt: not written:");
        assertThat(Files.readString(dir.resolve("story.txt"))).isEqualTo(TEXT);
        assertThat(Files.readString(dataset)).isEqualTo(DATASET);
    }

    @Test
    void aQuoteNotInTheArticleExitsOneAndTouchesNothing() throws Exception {
        String broken = DATASET.replace("{\"exact\": \"Beta thanked Alpha\"}", "{\"exact\": \"Beta thanked Alfa\"}");
        Files.writeString(dataset, broken);
        FileTime modified = Files.getLastModifiedTime(dataset);
        Run r = run("anchor", dataset.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(dataset + ":" + at(broken, "{\"exact\": \"Beta thanked")
                + ": error: event \"thanks\": the quote is not in the article").contains(dataset + ": nothing written");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(dataset)).isEqualTo(broken);
        assertThat(Files.getLastModifiedTime(dataset)).isEqualTo(modified);
    }

    @Test
    void anAmbiguousQuoteExitsOneNamingThePlaces() throws Exception {
        String ambiguous = DATASET.replace("{\"exact\": \"Beta thanked Alpha\"}", "{\"exact\": \"said the talks went well\"}");
        Files.writeString(dataset, ambiguous);
        Run r = run("anchor", dataset.toString(), "-o", dir.resolve("out.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        int first = TEXT.indexOf("said the talks");
        int second = TEXT.indexOf("said the talks", first + 1);
        assertThat(r.err()).contains("event \"thanks\": the quote has no offsets and occurs 2 times in the article (at "
                + first + "–" + (first + 24) + ", " + second + "–" + (second + 24) + ")");
        assertThat(Files.readString(dataset)).isEqualTo(ambiguous);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void aRepeatedQuoteKeepsAContextThatChoosesAndGetsALongerOneThatDoesNot() throws Exception {
        int second = TEXT.lastIndexOf("said the talks went well");
        String choosing = "{\"exact\": \"said the talks went well\", \"prefix\": \"Delta \", \"suffix\": \".\", "
                + "\"start\": " + second + ", \"end\": " + (second + 24) + "}";
        Files.writeString(dataset, DATASET.replace("{\"exact\": \"Beta thanked Alpha\"}", choosing));
        Run kept = run("anchor", dataset.toString());
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).doesNotContain("event \"thanks\"");
        assertThat(new DatasetReader().load(dataset).event("thanks").evidence().get(0).prefix()).isEqualTo("Delta ");

        String vague = choosing.replace("\"prefix\": \"Delta \"", "\"prefix\": \" \"");
        String json = DATASET.replace("{\"exact\": \"Beta thanked Alpha\"}", vague);
        Files.writeString(dataset, json);
        Run lengthened = run("anchor", dataset.toString());
        assertThat(lengthened.exit()).as(lengthened.err()).isZero();
        assertThat(lengthened.out()).contains(dataset + ":" + at(json, "{\"exact\": \"said") + ": event \"thanks\": "
                + "prefix and suffix lengthened: the quote occurs more than once and they did not tell its places apart");
        Evidence evidence = new DatasetReader().load(dataset).event("thanks").evidence().get(0);
        assertThat(evidence.start()).isEqualTo(second);
        assertThat(evidence.prefix()).hasSize(QuoteSelector.CONTEXT_LENGTH).endsWith("Delta ");
    }

    @Test
    void aQuoteAtTheVeryStartOrEndOfTheTextIsAnchoredWithAnEmptyContextThere() throws Exception {
        String json = DATASET.replace("{\"exact\": \"Alpha met Beta\", \"prefix\": \"\", \"suffix\": \" in Vienna\", "
                        + "\"start\": 5, \"end\": 19}", "{\"exact\": \"Alpha met Beta\"}")
                .replace("{\"exact\": \"Beta thanked Alpha\"}", "{\"exact\": \"the talks went well.\\n\"}");
        Files.writeString(dataset, json);
        Run r = run("anchor", dataset.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("error");
        Evidence first = new DatasetReader().load(dataset).event("meeting").evidence().get(0);
        assertThat(first.start()).isZero();
        assertThat(first.prefix()).isEmpty();
        assertThat(first.suffix()).isEqualTo(TEXT.substring(14, 14 + QuoteSelector.CONTEXT_LENGTH));
        Evidence last = new DatasetReader().load(dataset).event("thanks").evidence().get(0);
        assertThat(last.end()).isEqualTo(TEXT.length());
        assertThat(last.suffix()).isEmpty();
        // and again: nothing left to do
        assertThat(run("anchor", dataset.toString()).out()).doesNotContain("event \"");
    }

    @Test
    void aRepeatedParagraphGetsAContextLongEnoughToFindItsCopyAgain() throws Exception {
        String paragraph = "The committee met again and decided nothing at all, as it had done before.";
        String text = "Opening words.\n\n" + (paragraph + "\n\n").repeat(3) + "Closing words.\n";
        Files.writeString(dir.resolve("story.txt"), text);
        int second = text.indexOf(paragraph, text.indexOf(paragraph) + 1) + paragraph.indexOf("decided nothing");
        Files.writeString(dataset, DATASET.replace("{\"exact\": \"Alpha met Beta\", \"prefix\": \"\", \"suffix\": \" in Vienna\", "
                        + "\"start\": 5, \"end\": 19}", "{\"exact\": \"Opening words.\"}")
                .replace("{\"exact\": \"Beta thanked Alpha\"}", "{\"exact\": \"decided nothing\", \"start\": " + second
                        + ", \"end\": " + (second + 15) + "}"));
        Run r = run("anchor", dataset.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("event \"thanks\": prefix and suffix filled in, \\d+ and \\d+ code units long: "
                + "the quote occurs more than once and the usual 32 code units did not tell its places apart");
        Evidence evidence = new DatasetReader().load(dataset).event("thanks").evidence().get(0);
        assertThat(QuoteAnchor.anchor(text, "decided nothing", evidence.prefix(), evidence.suffix(), -1, -1).start())
                .isEqualTo(second);

        // The text edited above the quotes: the offsets now point at the first copy, the context
        // at the second; anchor and validate both follow the context, and nothing is "repaired".
        String edited = "A paragraph added at the top, seventy characters long or thereabouts.\n\n" + text;
        Files.writeString(dir.resolve("story.txt"), edited);
        int shift = edited.length() - text.length();
        int stale = edited.indexOf("decided nothing"); // the first copy, where the old offsets now point
        assertThat(stale).isEqualTo(second + shift - (paragraph.length() + 2));
        String json = Files.readString(dataset).replace("\"start\" : " + second, "\"start\" : " + stale)
                .replace("\"end\" : " + (second + 15), "\"end\" : " + (stale + 15));
        Files.writeString(dataset, json);
        assertThat(run("validate", dataset.toString()).err()).contains("the offsets " + stale + "–" + (stale + 15)
                + " hold another copy of the quote; its prefix and suffix stand around the one at " + (second + shift));
        Run again = run("anchor", dataset.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("moved").doesNotContain("prefix repaired");
        assertThat(new DatasetReader().load(dataset).event("thanks").evidence().get(0).start()).as(again.out())
                .isEqualTo(second + shift);
        assertThat(run("validate", dataset.toString()).exit()).isZero();
    }

    @Test
    void unreadableFilesAndTimelineJsAreUsageErrors() throws Exception {
        Run missing = run("anchor", dir.resolve("missing.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.json:1:1: error:");
        Path timeline;
        try {
            timeline = Path.of(AnchorCommandTest.class.getResource("/timelinejs/moon-example.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Run tjs = run("anchor", timeline.toString());
        assertThat(tjs.exit()).isEqualTo(2);
        assertThat(tjs.err()).contains("a TimelineJS file has no quote offsets to anchor");
        Run none = run("anchor");
        assertThat(none.exit()).isEqualTo(2);
    }

    @Test
    void aFailedWriteExitsOneAndLeavesTheDataset() throws Exception {
        Run r = run("anchor", dataset.toString(), "-o", dir.resolve("no/such/folder/out.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write");
        assertThat(Files.readString(dataset)).isEqualTo(DATASET);
    }

    @Test
    void theBundledDatasetNeedsNothing() throws Exception {
        Path copy = dir.resolve("bundled.json");
        try (var in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED);
             var text = DatasetReader.class.getResourceAsStream("/datasets/iran-russia-2023.txt")) {
            Files.write(copy, in.readAllBytes());
            Files.write(dir.resolve("iran-russia-2023.txt"), text.readAllBytes());
        }
        Run r = run("anchor", copy.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("nothing to change");
    }
}
