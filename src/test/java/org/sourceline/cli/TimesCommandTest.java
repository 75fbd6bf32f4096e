package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimesCommandTest {
    private static final Path WIKINEWS = Path.of("src/test/resources/timephrase/wikinews-2011-nasa-shuttle-homes.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsEveryPhraseReadAgainstTheDateline() {
        ValidateCommandTest.Run r = run("times", WIKINEWS.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        String[] out = r.out().split("\\R");
        assertThat(out[0]).isEqualTo(WIKINEWS + ": 13 time phrases, read against 2011-04-13, the dateline");
        assertThat(out).contains("1225-1235\tlast month\t2011-03\t2011-03-01 – 2011-03-31\t"
                + "Read against the article's date, 2011-04-13 (the dateline).");
    }

    @Test
    void aDateAtTheTopThatReadsTwoWaysIsNamedNotUsed() throws IOException {
        Path file = dir.resolve("forecast.txt");
        Files.writeString(file, "Company cuts forecast as costs rise\n\nPublished 05/02/2024\n\nThe company cut its forecast on Monday.\n",
                StandardCharsets.UTF_8);
        ValidateCommandTest.Run r = run("times", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no publication date (“05/02/2024” (5 February or 2 May 2024) at the top reads two "
                + "ways; give --published): relative phrases unresolved");
        // one reading only: the dateline
        Files.writeString(file, "Company cuts forecast\n\nPublished 13/02/2024\n\nThe company cut its forecast on Monday.\n",
                StandardCharsets.UTF_8);
        assertThat(run("times", file.toString()).out()).contains("read against 2024-02-13");
    }

    @Test
    void jsonLinesCarryUtf16OffsetsIntoTheTextAsRead() throws IOException {
        // Curly quotes, an em dash and a character outside the BMP before the phrase; CRLF line ends kept.
        String text = "Title\r\n\r\n“It’s over” — 𝄞 they said on Tuesday.\r\nTalks resume in 2024.";
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ValidateCommandTest.Run r = run("times", file.toString(), "--published", "2023-03-01", "--json");
        assertThat(r.exit()).isZero();
        List<JsonNode> nodes = lines(r.out());
        assertThat(nodes).hasSize(2);
        for (JsonNode n : nodes) {
            assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("phrase").asText());
            assertThat(n.fieldNames()).toIterable().containsExactly("start", "end", "phrase", "edtf", "earliest", "latest", "note");
        }
        JsonNode tuesday = nodes.get(0);
        assertThat(tuesday.get("phrase").asText()).isEqualTo("on Tuesday");
        assertThat(tuesday.get("start").asInt()).isEqualTo(text.indexOf("on Tuesday"));
        assertThat(tuesday.get("edtf").asText()).isEqualTo("2023-02-28");
        assertThat(tuesday.get("earliest").asText()).isEqualTo("2023-02-28");
        assertThat(nodes.get(1).get("edtf").asText()).isEqualTo("2024");
    }

    @Test
    void withoutADateRelativePhrasesStayUnresolvedAndSaySo() throws IOException {
        Path file = dir.resolve("undated.txt");
        Files.writeString(file, "The Senate voted yesterday, after talks in 2022.");
        ValidateCommandTest.Run r = run("times", file.toString(), "--json");
        List<JsonNode> nodes = lines(r.out());
        assertThat(nodes.get(0).get("phrase").asText()).isEqualTo("yesterday");
        assertThat(nodes.get(0).get("edtf").isNull()).isTrue();
        assertThat(nodes.get(0).get("earliest").isNull()).isTrue();
        assertThat(nodes.get(0).get("note").asText()).contains("the publication date is not known");
        assertThat(nodes.get(1).get("edtf").asText()).isEqualTo("2022");
        assertThat(run("times", file.toString()).out()).startsWith(file + ": 2 time phrases, no publication date");
    }

    @Test
    void anApproximateDateWidensTheBounds() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "The minister resigned yesterday.");
        List<JsonNode> nodes = lines(run("times", file.toString(), "--published", "2023-01~", "--json").out());
        assertThat(nodes.get(0).get("earliest").asText()).isEqualTo("2022-12-31");
        assertThat(nodes.get(0).get("latest").asText()).isEqualTo("2023-01-30");
    }

    @Test
    void usageErrorsAndUnreadableFilesExitTwo() throws IOException {
        ValidateCommandTest.Run malformed = run("times", WIKINEWS.toString(), "--published", "2023-13-01");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("--published: '2023-13-01' is not a date or EDTF value").doesNotContain("\tat ");
        ValidateCommandTest.Run open = run("times", WIKINEWS.toString(), "--published", "2023/..");
        assertThat(open.exit()).isEqualTo(2);
        assertThat(open.err()).contains("open end");

        ValidateCommandTest.Run missing = run("times", dir.resolve("missing.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.txt:1:1: error: no such file");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Line one\nCaf\u00e9 on Tuesday".getBytes(StandardCharsets.ISO_8859_1));
        ValidateCommandTest.Run bad = run("times", latin1.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("latin1.txt:2:4: error: not valid UTF-8");

        // a binary file says so, as `new` does, not where its first odd byte is
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xC0, 1, 0, 0});
        ValidateCommandTest.Run notText = run("times", binary.toString());
        assertThat(notText.exit()).isEqualTo(2);
        assertThat(notText.err()).contains("binary.txt:1:1: error: not a text file");

        assertThat(run("times").exit()).isEqualTo(2);
        assertThat(run("times", dir.toString()).err()).contains("is a folder");
    }

    @Test
    void evaluatesGoldLists() throws IOException {
        ValidateCommandTest.Run r = run("times", "--evaluate", "src/test/resources/timephrase/wikinews-2011-nasa-shuttle-homes.gold.tsv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("wikinews-2011-nasa-shuttle-homes.gold.tsv: recall ").contains("precision ").contains("accuracy ");

        Files.copy(WIKINEWS, dir.resolve("a.txt"));
        Path gold = dir.resolve("a.gold.tsv");
        Files.writeString(gold, "article\ta.txt\nphrase\t0\t4\tNope\t2011\t2011-01-01\t2011-12-31\t\n");
        ValidateCommandTest.Run wrong = run("times", "--evaluate", gold.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("0-4: expected “Nope” but the text has “NASA”");
    }

    @Test
    void aDatasetIsReadArticleByArticleAgainstEachPublicationDate() throws IOException {
        Path text = dir.resolve("source.txt");
        Files.writeString(text, "Flood hits town\n\nThe river rose on Monday. Schools stay shut until Friday.\n");
        ValidateCommandTest.Run made = run("new", text.toString(), "-o", dir.resolve("flood.json").toString(),
                "--title", "Flood", "--published", "2024-03-06");
        assertThat(made.exit()).isZero();

        ValidateCommandTest.Run r = run("times", dir.resolve("flood.json").toString());
        assertThat(r.exit()).isZero();
        String[] out = r.out().split("\\R");
        assertThat(out[0]).isEqualTo(dir.resolve("flood.json") + " (article flood, flood.txt): 2 time phrases, "
                + "read against 2024-03-06, the article's publication date");
        int monday = "Flood hits town\n\nThe river rose ".length();
        assertThat(out[1]).startsWith(monday + "-" + (monday + "on Monday".length()) + "\ton Monday\t2024-03-04\t");

        List<JsonNode> nodes = lines(run("times", dir.resolve("flood.json").toString(), "--json").out());
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).get("article").asText()).isEqualTo("flood");
        String stored = Files.readString(dir.resolve("flood.txt"));
        assertThat(stored.substring(nodes.get(0).get("start").asInt(), nodes.get(0).get("end").asInt())).isEqualTo("on Monday");

        // --published still wins over the dataset's date.
        assertThat(run("times", dir.resolve("flood.json").toString(), "--published", "2024-03-20").out())
                .contains("read against 2024-03-20, given").contains("on Monday\t2024-03-18");
    }

    @Test
    void aBrokenDatasetSaysWhyAndExitsNonZero() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"sourceline-dataset/2\",\n");
        ValidateCommandTest.Run r = run("times", broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("broken.json:2:1: error: malformed JSON").contains("see 'sourceline validate'")
                .doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        ValidateCommandTest.Run missing = run("times", dir.resolve("nothing.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nothing.json:1:1: error: no such file").doesNotContain("has errors");
    }

    @Test
    void aSavedWebPageIsReadAsItsArticleTextAgainstThePagesDate() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Storm</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-06T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home, updated on Sunday</a></nav><article><h1>Storm</h1>"
                + "<p>The storm arrived <b>on Monday</b>.</p></article></body></html>");
        ValidateCommandTest.Run r = run("times", page.toString(), "--json");
        assertThat(r.exit()).isZero();
        List<JsonNode> nodes = lines(r.out());
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).get("phrase").asText()).isEqualTo("on Monday");
        assertThat(nodes.get(0).get("edtf").asText()).isEqualTo("2024-03-04");
        // The offsets count the text as `new` stores it: no markup.
        assertThat(nodes.get(0).get("start").asInt()).isEqualTo("Storm\n\nThe storm arrived ".length());
        assertThat(run("times", page.toString()).out()).startsWith(page + " (web page, its text as `sourceline new` stores it)"
                + ": 1 time phrase, read against 2024-03-06, the page's publication date");

        Path empty = dir.resolve("empty.html");
        Files.writeString(empty, "");
        ValidateCommandTest.Run bad = run("times", empty.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("empty.html:1:1:").contains("empty");
    }
}
