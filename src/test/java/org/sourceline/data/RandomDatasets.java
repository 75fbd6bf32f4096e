package org.sourceline.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.sourceline.model.Dataset;

/**
 * Random valid datasets whose every text is made of awkward pieces: HTML and script, quotes and
 * apostrophes, CSV separators and line breaks of every kind, spreadsheet formula starts, emoji,
 * accents, non-breaking spaces, control characters. Built as JSON and read with
 * {@link DatasetReader}, so they are datasets as any file could give them.
 */
final class RandomDatasets {
    /** The pieces texts are made of. */
    static final List<String> PIECES = List.of("Alpha", "beta", " ", "  ", "<img src=x onerror=alert(1)>", "<iframe src=javascript:alert(1)>",
            "</script>", "&amp;", "&lt;", "&", "\"", "'", ",", ";", "\n", "\r\n", "\r", "\t", "=SUM(A1)", "+1", "-0044",
            "@cmd", "😀", "é", "\u00A0", "“quoted”", "—", "\\", "\u0007", "\u2028", "{", "}", "[", "]", "0");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("AGREE", "CONSULT", "AID", "THREATEN", "FIGHT", "OTHER");
    private static final List<String> LEVELS = List.of("stated", "reported", "claimed", "assessed", "forecast");
    private static final List<String> EDTF = List.of("2022", "2022-05", "2022-05-17", "2022-23", "2022-10~", "2021?",
            "../2021", "2023-01~/..", "-0044", "Y-13800000", "2020/2022-03", "201X");

    /** The article URLs {@link #datasets()} uses that TimelineJS may load; the others must be left out. */
    static final List<String> WEB_URLS = List.of("https://example.org/a?b=1&c=%3C2%3E", "http://example.org/x");

    private RandomDatasets() {
    }

    /** A text of 1 to {@code max} pieces. */
    static Arbitrary<String> texts(int max) {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(max).map(pieces -> String.join("", pieces));
    }

    /** A dataset of 1–8 events over 2–4 actors. */
    static Arbitrary<Dataset> datasets() {
        Arbitrary<List<String>> names = texts(4).list().ofMinSize(2).ofMaxSize(4);
        // A quote says something: not only white space (the reader refuses such a quote).
        Arbitrary<String> quotes = texts(5).filter(q -> q.codePoints()
                .anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)));
        Arbitrary<List<RawEvent>> events = Combinators.combine(texts(6), texts(6), texts(3).injectNull(0.3), quotes,
                        Arbitraries.of(EDTF), Arbitraries.of(TYPES), Arbitraries.of(LEVELS), Arbitraries.integers().between(0, 3))
                .as(RawEvent::new).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(texts(5), texts(4), names, events,
                        Arbitraries.of("https://example.org/a?b=1&c=%3C2%3E", "http://example.org/x", "javascript:alert(1)",
                                "JavaScript:alert(1)", "data:text/html,x", "", "ftp://x", "https://x.org/\"><script>", "https://"))
                .as(RandomDatasets::dataset);
    }

    record RawEvent(String id, String title, String summary, String quote, String edtf, String type, String level,
                    int actor) {
    }

    private static Dataset dataset(String title, String articleTitle, List<String> actorNames, List<RawEvent> events,
                                   String url) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", DatasetReader.FORMAT_1);
        root.put("title", title);
        ObjectNode article = root.putObject("article");
        article.put("title", articleTitle);
        article.put("url", url);
        StringBuilder text = new StringBuilder("Start. ");
        int[] starts = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            starts[i] = text.length();
            text.append(events.get(i).quote()).append(" … ");
        }
        article.put("text", text.toString());
        ArrayNode actors = root.putArray("actors");
        for (int i = 0; i < actorNames.size(); i++) {
            actors.addObject().put("id", "a" + i).put("name", actorNames.get(i)).put("kind", "person");
        }
        ArrayNode list = root.putArray("events");
        for (int i = 0; i < events.size(); i++) {
            RawEvent e = events.get(i);
            ObjectNode event = list.addObject();
            event.put("id", e.id() + "#" + i);
            event.put("title", e.title());
            event.put("summary", e.summary());
            event.putObject("time").put("edtf", e.edtf()).put("phrase", e.summary() == null ? null : e.title());
            event.put("type", e.type());
            event.putArray("source").add("a" + (e.actor() % actorNames.size()));
            event.putArray("target").add("a" + ((e.actor() + 1) % actorNames.size()));
            event.putObject("certainty").put("level", e.level());
            // With its offsets: random quotes repeat (one letter, the same word), and a quote found
            // at several places without offsets is rightly an error.
            event.putArray("evidence").addObject().put("exact", e.quote()).put("start", starts[i])
                    .put("end", starts[i] + e.quote().length());
        }
        try {
            byte[] bytes = JSON.writeValueAsBytes(root);
            ReadResult read = new DatasetReader().read(new ByteArrayInputStream(bytes), "random.json", TextFiles.none());
            if (read.hasErrors()) {
                throw new IllegalStateException("the generator made an invalid dataset: " + read.errors());
            }
            // Every actor is used or warned about; every event has a quote: the rest must be clean.
            return read.dataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
