package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.data.formats.DatasetFormats;

/**
 * Bad sources in a dataset of several articles: each is an error at the line and column of the
 * value at fault, and nothing loads (no half-read dataset).
 */
class SourcesBadInputTest {
    @TempDir
    Path dir;

    private final String three = readResource();

    private static String readResource() {
        try (var in = SourcesBadInputTest.class.getResourceAsStream("/datasets/three-articles.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReadResult read(String json) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return DatasetFormats.read(file);
    }

    @Test
    void evidenceNamingAnUnknownArticle() throws IOException {
        String json = three.replace("{\"article\": \"blog\",", "{\"article\": \"blogs\",");
        ReadResult result = read(json);
        assertThat(result.dataset()).isNull();
        // Reported at the evidence object.
        String at = TestDatasets.lineColumn(json, "{\"article\": \"blogs\"");
        assertThat(result.errors()).extracting(Problem::format).containsExactly(dir.resolve("bad.json") + ":" + at
                + ": error: event \"strike\": evidence: unknown article \"blogs\" (did you mean \"blog\"?)");
    }

    @Test
    void twoArticlesWithOneId() throws IOException {
        String json = three.replace("{\"id\": \"blog\",", "{\"id\": \"wire\",");
        ReadResult result = read(json);
        assertThat(result.dataset()).isNull();
        // Reported at the second article's id value.
        int value = json.indexOf("{\"id\": \"wire\"", json.indexOf("{\"id\": \"wire\"") + 1) + "{\"id\": ".length();
        long line = json.substring(0, value).chars().filter(c -> c == '\n').count() + 1;
        int column = value - json.lastIndexOf('\n', value);
        assertThat(result.errors()).extracting(Problem::format)
                .contains(dir.resolve("bad.json") + ":" + line + ":" + column + ": error: duplicate article id \"wire\"");
    }

    @Test
    void anArticleWhoseTextFileIsMissing() throws IOException {
        String json = three.replace("\"text\": \"Gamma struck Beta in 2021, locals wrote.\"", "\"textFile\": \"blog.txt\"");
        ReadResult result = read(json);
        assertThat(result.dataset()).isNull();
        String at = TestDatasets.lineColumn(json, "\"blog.txt\"");
        assertThat(result.errors()).extracting(Problem::format).contains(dir.resolve("bad.json") + ":" + at
                + ": error: article text file \"" + dir.resolve("blog.txt") + "\" not found");
        // With the file beside it, the same dataset loads.
        Files.writeString(dir.resolve("blog.txt"), "Gamma struck Beta in 2021, locals wrote.");
        assertThat(read(json).errors()).isEmpty();
    }
}
