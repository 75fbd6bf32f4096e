package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/** Format 2: several articles per dataset, evidence naming its article and stance; format 1 read as one article. */
class DatasetReaderFormat2Test {
    static final String TWO_ARTICLES = """
            {
              "format": "sourceline-dataset/2",
              "title": "Two reports",
              "articles": [
                {"id": "wire", "title": "Alpha meets Beta", "outlet": "Wire", "text": "Alpha met Beta in 2022. It was cordial."},
                {"id": "paper", "title": "No meeting", "outlet": "Paper", "author": "C. Writer",
                 "text": "Beta denied meeting Alpha. Alpha met Beta in 2022, a source said."}
              ],
              "actors": [
                {"id": "alpha", "name": "Alpha", "kind": "person"},
                {"id": "beta", "name": "Beta", "kind": "organization"}
              ],
              "events": [
                {
                  "id": "meeting",
                  "title": "Alpha meets Beta",
                  "time": {"edtf": "2022", "phrase": "in 2022"},
                  "type": "CONSULT",
                  "source": ["alpha"],
                  "target": ["beta"],
                  "certainty": {"level": "reported"},
                  "evidence": [
                    {"article": "wire", "exact": "Alpha met Beta in 2022."},
                    {"article": "paper", "exact": "Alpha met Beta in 2022, a source said."},
                    {"article": "paper", "stance": "disputes", "exact": "Beta denied meeting Alpha."}
                  ]
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

    /** The errors (quotes given without offsets also make warnings, which these tests are not about). */
    private static List<String> messages(ReadResult result) {
        return result.errors().stream().map(Problem::format).toList();
    }

    @Test
    void readsSeveralArticlesWithEvidenceNamingEach() throws IOException {
        ReadResult result = read(TWO_ARTICLES);
        assertThat(result.errors()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.articles()).extracting(a -> a.id()).containsExactly("wire", "paper");
        assertThat(dataset.article("paper").author()).isEqualTo("C. Writer");
        Event meeting = dataset.event("meeting");
        assertThat(meeting.evidence()).extracting(Evidence::articleId).containsExactly("wire", "paper", "paper");
        assertThat(meeting.evidence().get(2).stance()).isEqualTo(Stance.DISPUTES);
        assertThat(meeting.evidence().get(2).exact()).isEqualTo("Beta denied meeting Alpha.");
        assertThat(dataset.articleOf(meeting.evidence().get(1)).outlet()).isEqualTo("Paper");
        assertThat(meeting.sourceCount()).isEqualTo(2);
        assertThat(meeting.isDisputed()).isTrue();
        assertThat(result.summary()).isEqualTo(result.file() + ": 2 articles, 1 event, 2 actors, 3 of 3 quotes verified");
    }

    @Test
    void writeReadWriteIsByteIdentical() throws IOException {
        Dataset dataset = read(TWO_ARTICLES).dataset();
        String first = write(dataset);
        Path again = dir.resolve("again.json");
        Files.writeString(again, first, StandardCharsets.UTF_8);
        String second = write(new DatasetReader().read(again).dataset());
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"format\" : \"sourceline-dataset/2\"").contains("\"stance\" : \"disputes\"");
        // A supporting quote says nothing of its stance: the default is not written.
        assertThat(first.split("\"stance\"", -1)).hasSize(2);
    }

    @Test
    void aFormat1DatasetIsReadAsOneArticleAndWrittenAsFormat2() throws IOException {
        ReadResult one = read(DatasetReaderTest.VALID);
        assertThat(one.errors()).isEmpty();
        assertThat(one.dataset().articles()).hasSize(1);
        assertThat(one.dataset().article().id()).isEqualTo("article");
        assertThat(one.dataset().event("meeting").evidence().get(0).articleId()).isEqualTo("article");

        String written = write(one.dataset());
        assertThat(written).contains("\"articles\" : [").contains("\"article\" : \"article\"");
        Path two = dir.resolve("two.json");
        Files.writeString(two, written, StandardCharsets.UTF_8);
        ReadResult back = new DatasetReader().read(two);
        assertThat(back.errors()).isEmpty();
        assertThat(back.dataset().event("meeting").evidence().get(0).exact())
                .isEqualTo(one.dataset().event("meeting").evidence().get(0).exact());
        assertThat(write(back.dataset())).isEqualTo(written);
    }

    @Test
    void theBundledFormat1ArticleTakesItsIdFromItsTextFile() {
        Dataset bundled = DatasetReader.loadBundled();
        assertThat(bundled.article().id()).isEqualTo("iran-russia-2023");
        assertThat(bundled.events().get(0).evidence().get(0).articleId()).isEqualTo("iran-russia-2023");
    }

    @Test
    void anUnknownArticleIsAnErrorWithASuggestion() throws IOException {
        String json = TWO_ARTICLES.replace("{\"article\": \"wire\",", "{\"article\": \"wires\",");
        ReadResult result = read(json);
        assertThat(result.hasErrors()).isTrue();
        assertThat(messages(result)).singleElement().asString()
                .contains("error: event \"meeting\": evidence: unknown article \"wires\" (did you mean \"wire\"?)");
    }

    @Test
    void duplicateArticleIdsAreAnError() throws IOException {
        ReadResult result = read(TWO_ARTICLES.replace("{\"id\": \"paper\",", "{\"id\": \"wire\","));
        assertThat(result.hasErrors()).isTrue();
        assertThat(messages(result)).anyMatch(m -> m.contains("duplicate article id \"wire\""));
    }

    @Test
    void evidenceMustNameItsArticleWhenThereAreSeveral() throws IOException {
        ReadResult result = read(TWO_ARTICLES.replace("{\"article\": \"wire\", ", "{"));
        assertThat(messages(result)).singleElement().asString()
                .contains("evidence: name the article it quotes (\"article\": one of wire, paper)");
    }

    @Test
    void anUnknownStanceIsAnError() throws IOException {
        ReadResult result = read(TWO_ARTICLES.replace("\"disputes\"", "\"denies\""));
        assertThat(messages(result)).singleElement().asString()
                .contains("evidence: unknown stance \"denies\" (expected supports or disputes)");
    }

    @Test
    void aMissingTextFileIsAnErrorAndNothingLoads() throws IOException {
        String json = TWO_ARTICLES.replace("\"text\": \"Alpha met Beta in 2022. It was cordial.\"", "\"textFile\": \"wire.txt\"");
        ReadResult result = read(json);
        assertThat(result.dataset()).isNull();
        assertThat(messages(result)).anyMatch(m -> m.contains("article text file") && m.contains("wire.txt") && m.contains("not found"));
    }

    @Test
    void eachFormatListsItsArticlesItsOwnWay() throws IOException {
        ReadResult articleInFormat2 = read(DatasetReaderTest.VALID.replace("sourceline-dataset/1", "sourceline-dataset/2"));
        assertThat(messages(articleInFormat2)).anyMatch(m -> m.contains("format 2 lists its articles in \"articles\""));
        ReadResult articlesInFormat1 = read(TWO_ARTICLES.replace("sourceline-dataset/2", "sourceline-dataset/1"));
        assertThat(messages(articlesInFormat1)).anyMatch(m -> m.contains("\"articles\" needs \"format\": \"sourceline-dataset/2\""));
        int from = TWO_ARTICLES.indexOf("\"articles\": [");
        int to = TWO_ARTICLES.indexOf("\"actors\"");
        ReadResult noArticles = read(TWO_ARTICLES.substring(0, from) + "\"articles\": [],\n  " + TWO_ARTICLES.substring(to));
        assertThat(noArticles.hasErrors()).isTrue();
        assertThat(messages(noArticles)).anyMatch(m -> m.contains("articles: give at least one article"));
    }

    private static String write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetWriter().write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
