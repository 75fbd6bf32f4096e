package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Reading a file's events in parts on several threads ({@link EventParts}) gives what reading
 * it in one pass gives: the same dataset, the same problems with the same positions in the
 * same order, the same counts; for valid files, for files with problems anywhere (late parts
 * too), and for files the parts cannot stand for (malformed JSON, a file cut in the middle of
 * an event, duplicate ids in different parts), which are read again in one pass.
 */
class DatasetReaderPartsTest {
    @TempDir
    static Path dir;
    /** A pretty-printed generated dataset of 3,000 events (about 3 MB) with one article text file. */
    static String big;
    /** The same over 7 articles, several quotes to some events. */
    static String articles;

    @BeforeAll
    static void generate() throws IOException {
        Path one = dir.resolve("big.json");
        new SyntheticDatasetGenerator(3000, 40, 5).write(one, "big.txt");
        big = Files.readString(one);
        Path several = dir.resolve("several.json");
        new SyntheticDatasetGenerator(2000, 30, 6).articles(7).write(several, "several.txt");
        articles = Files.readString(several);
    }

    /** Reads {@code json} (with the article texts beside it) both ways and checks they agree; the parted result. */
    private static ReadResult bothWays(String name, String json, Boolean expectParts) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        ReadResult onePass = new DatasetReader().withParts(0, 1).read(file);
        for (long partBytes : new long[] {1, 5_000, 64_000}) {
            for (int threads : new int[] {1, 2, 3}) {
                DatasetReader reader = new DatasetReader().withParts(partBytes, threads);
                ReadResult parted = reader.read(file);
                assertSame(parted, onePass, "parts of " + partBytes + " bytes on " + threads + " threads");
                if (expectParts == null) {
                    continue;
                }
                if (expectParts) {
                    assertThat(reader.lastParts()).as("parts").isGreaterThan(1);
                } else {
                    assertThat(reader.lastParts()).as("read again in one pass").isZero();
                }
            }
        }
        return onePass;
    }

    /** Checks two results are the same: every problem, count and value of the dataset. */
    static void assertSame(ReadResult actual, ReadResult expected, String how) {
        assertThat(actual.problems()).as("problems, %s", how).containsExactlyElementsOf(expected.problems());
        assertThat(List.of(actual.file(), actual.unreadable(), actual.quotesVerified(), actual.quotesTotal(),
                actual.eventCount(), actual.actorCount(), actual.articleCount())).as("counts, %s", how)
                .isEqualTo(List.of(expected.file(), expected.unreadable(), expected.quotesVerified(),
                        expected.quotesTotal(), expected.eventCount(), expected.actorCount(), expected.articleCount()));
        Dataset a = actual.dataset();
        Dataset e = expected.dataset();
        if (e == null) {
            assertThat(a).as("dataset, %s", how).isNull();
            return;
        }
        assertThat(a).as("dataset, %s", how).isNotNull();
        assertThat(List.of(a.title(), String.valueOf(a.description()), a.articles(), a.actors(), a.eras()))
                .as("dataset, %s", how)
                .isEqualTo(List.of(e.title(), String.valueOf(e.description()), e.articles(), e.actors(), e.eras()));
        assertThat(a.events()).as("events, %s", how).hasSameSizeAs(e.events());
        for (int i = 0; i < e.events().size(); i++) {
            assertThat(withoutText(a.events().get(i))).as("event %d, %s", i, how).isEqualTo(withoutText(e.events().get(i)));
        }
        // The columns the reader collected, event by event and part by part, make the index built from the events.
        assertThat(actual.columns()).as("columns, %s", how).isNotNull();
        org.sourceline.query.EventIndexDeriveTest.assertSameIndex(org.sourceline.query.EventIndex.of(a, actual.columns()),
                org.sourceline.query.EventIndex.of(a), "index from the reader's columns, " + how);
    }

    /** An event's values, its evidence without the article text (the articles are compared once). */
    private static List<Object> withoutText(Event e) {
        List<Object> evidence = new ArrayList<>();
        for (Evidence q : e.evidence()) {
            evidence.add(List.of(q.articleId(), q.stance(), q.start(), q.end(), q.prefixLength(), q.suffixLength()));
        }
        return Arrays.asList(e.id(), e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(), e.sources(),
                e.targets(), e.participants(), e.certainty(), evidence);
    }

    /** The offset of the {@code n}-th event object's id, from the end ({@code n} = 1 is the last). */
    private static int lateEvent(String json, int n) {
        int at = json.length();
        for (int i = 0; i < n; i++) {
            at = json.lastIndexOf("\"id\" : \"ev", at - 1);
        }
        return at;
    }

    @Test
    void aValidFileReadsTheSameInParts() throws IOException {
        ReadResult result = bothWays("valid.json", big, true);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.dataset().events()).hasSize(3000);
        assertThat(result.eventCount()).isEqualTo(3000);
    }

    @Test
    void severalArticlesReadTheSameInParts() throws IOException {
        ReadResult result = bothWays("several.json", articles, true);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.dataset().events()).hasSize(2000);
    }

    @Test
    void problemsInLatePartsKeepTheirPositionsAndOrder() throws IOException {
        StringBuilder json = new StringBuilder(big);
        // From the end backwards, so earlier offsets stay valid.
        int last = lateEvent(json.toString(), 1);
        json.insert(json.indexOf("\"type\" : \"", last) + 10, "X");                     // unknown type in the last event
        int late = lateEvent(json.toString(), 40);
        int source = json.indexOf("\"source\" : [", late);
        json.insert(json.indexOf("\"", source + 12) + 1, "nobody-");                   // unknown actor
        int middle = lateEvent(json.toString(), 1500);
        json.insert(json.indexOf("\"edtf\" : \"", middle) + 10, "20x");                // invalid EDTF
        json.insert(json.indexOf("\"title\"", middle), "\"colour\" : \"red\",\n      ");  // unknown field
        int shifted = lateEvent(json.toString(), 900);
        int startAt = json.indexOf("\"start\" : ", shifted) + 10;
        int startEnd = json.indexOf(",", startAt);
        json.replace(startAt, startEnd, String.valueOf(Integer.parseInt(json.substring(startAt, startEnd)) + 1)); // re-anchored
        int context = lateEvent(json.toString(), 1200);
        json.insert(json.indexOf("\"prefix\" : \"", context) + 12, "zz");             // context differs
        int early = lateEvent(json.toString(), 2990);
        int exact = json.indexOf("\"exact\" : \"", early) + 11;
        json.insert(exact, "not in the article ");                                     // quote not found
        ReadResult result = bothWays("late-problems.json", json.toString(), true);
        assertThat(result.errors()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.errors()).extracting(Problem::message)
                .anyMatch(m -> m.contains("unknown event type"))
                .anyMatch(m -> m.contains("nobody-"))
                .anyMatch(m -> m.contains("unknown field \"colour\""));
        assertThat(result.warnings()).extracting(Problem::message)
                .anyMatch(m -> m.contains("prefix or suffix does not match"))
                .anyMatch(m -> m.contains("re-anchored"));
    }

    @Test
    void warningsAndProblemsAfterTheEventsArrayKeepTheirPositions() throws IOException {
        int end = big.lastIndexOf("]");
        String json = big.substring(0, end) + "],\n  \"eras\" : [ {\n    \"title\" : 5,\n    \"time\" : { \"edtf\" : \"1990\" }\n  } ],"
                + "\n  \"extra\" : true\n}\n";
        ReadResult result = bothWays("after-events.json", json, true);
        assertThat(result.errors()).extracting(Problem::message).anyMatch(m -> m.contains("unknown field \"extra\""));
    }

    @Test
    void aFileCutInTheMiddleOfAnEventIsReadAgainInOnePass() throws IOException {
        String json = big.substring(0, lateEvent(big, 700) + 20);
        ReadResult result = bothWays("cut.json", json, false);
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("malformed JSON"));
    }

    @Test
    void malformedJsonInAMiddlePartIsReportedAsInOnePass() throws IOException {
        int at = lateEvent(big, 1200);
        String json = big.substring(0, at) + big.substring(at).replaceFirst("\"title\" : ", "\"title\" ");
        ReadResult result = bothWays("malformed.json", json, false);
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("malformed JSON"));
    }

    @Test
    void duplicateIdsInDifferentPartsAreReportedAsInOnePass() throws IOException {
        int at = lateEvent(big, 10);
        String json = big.substring(0, at) + big.substring(at).replaceFirst("\"id\" : \"ev\\d+\"", "\"id\" : \"ev0000003\"");
        ReadResult result = bothWays("duplicates.json", json, false);
        assertThat(result.errors()).extracting(Problem::message).anyMatch(m -> m.contains("duplicate"));
        assertThat(result.errors()).extracting(Problem::eventId).contains("ev0000003");
    }

    @Test
    void aDuplicateIdWithinOnePartIsReportedAsInOnePass() throws IOException {
        int at = lateEvent(big, 2);
        int previous = lateEvent(big, 3);
        String previousId = big.substring(previous + 8, big.indexOf('"', previous + 8));
        String json = big.substring(0, at) + big.substring(at).replaceFirst("\"id\" : \"ev\\d+\"", "\"id\" : \"" + previousId + "\"");
        ReadResult result = bothWays("near-duplicates.json", json, false);
        assertThat(result.errors()).extracting(Problem::eventId).contains(previousId);
    }

    @Test
    void invalidUtf8InALatePartIsReportedAsInOnePass() throws IOException {
        int at = lateEvent(big, 100);
        int title = big.indexOf("\"title\" : \"", at) + 11;
        Path file = dir.resolve("bad-utf8.json");
        byte[] head = big.substring(0, title).getBytes(StandardCharsets.UTF_8);
        byte[] rest = big.substring(title).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + rest.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC0;
        bytes[head.length + 1] = (byte) 0xAF;
        System.arraycopy(rest, 0, bytes, head.length + 2, rest.length);
        Files.write(file, bytes);
        ReadResult onePass = new DatasetReader().withParts(0, 1).read(file);
        DatasetReader reader = new DatasetReader().withParts(5_000, 2);
        assertSame(reader.read(file), onePass, "parts");
        assertThat(onePass.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void aBoundaryGuessInsideAnEventIsProvedWrongAndTheFileReadAgain() throws IOException {
        // A late event whose two quotes are written at the events' own indentation: the text
        // between them looks like the boundary between two events, but it is not one.
        int at = lateEvent(big, 50);
        int open = big.indexOf("\"evidence\" : [", at);
        int close = big.indexOf("\n      ]", open);
        String quote = big.substring(big.indexOf("{", open), big.lastIndexOf("}", close) + 1);
        String outdented = quote.substring(0, quote.lastIndexOf('\n')) + "\n    }";
        String json = big.substring(0, open + 13) + "[\n    " + outdented + ",\n    " + outdented + "\n      ]"
                + big.substring(close + 8);
        assertThat(json).contains("\n    },\n    {\n          \"article\"");
        ReadResult result = bothWays("guess.json", json, null);
        assertThat(result.hasErrors()).isFalse();
        DatasetReader everyBoundary = new DatasetReader().withParts(1, 2);
        everyBoundary.read(dir.resolve("guess.json"));
        assertThat(everyBoundary.lastParts()).as("read again in one pass").isZero();
    }

    @Test
    void aFileWithAByteOrderMarkOrWindowsLineBreaksReadsTheSame() throws IOException {
        bothWays("bom.json", "\uFEFF" + big, null);
        bothWays("crlf.json", big.replace("\n", "\r\n"), null);
    }

    @Test
    void aCompactFileIsReadInOnePass() throws IOException {
        Path file = dir.resolve("compact.json");
        new SyntheticDatasetGenerator(500, 10, 3).pretty(false).write(file, "compact.txt");
        ReadResult onePass = new DatasetReader().withParts(0, 1).read(file);
        DatasetReader reader = new DatasetReader().withParts(1_000, 2);
        assertSame(reader.read(file), onePass, "parts");
        assertThat(reader.lastParts()).isZero();
        assertThat(onePass.hasErrors()).isFalse();
    }

    @Test
    void aSmallFileIsReadInOnePassByDefault() throws IOException {
        Path file = dir.resolve("small.json");
        Files.writeString(file, big);
        DatasetReader reader = new DatasetReader();
        ReadResult result = reader.read(file);
        assertThat(reader.lastParts()).isZero();
        assertSame(result, new DatasetReader().withParts(0, 1).read(file), "default");
    }

    @Test
    void eventsBeforeTheActorsAreReadInOnePass() throws IOException {
        int events = big.indexOf("\"events\" : [");
        int actors = big.indexOf("\"actors\" : [");
        int end = big.lastIndexOf("]");
        String eventsField = big.substring(events, end + 1);
        String json = big.substring(0, actors) + eventsField + ",\n  " + big.substring(actors, events).strip();
        json = json.substring(0, json.length() - 1) + "\n}\n";
        Path file = dir.resolve("events-first.json");
        Files.writeString(file, json);
        ReadResult onePass = new DatasetReader().withParts(0, 1).read(file);
        DatasetReader reader = new DatasetReader().withParts(5_000, 2);
        assertSame(reader.read(file), onePass, "parts");
        assertThat(reader.lastParts()).isZero();
        assertThat(onePass.hasErrors()).isFalse();
    }
}
