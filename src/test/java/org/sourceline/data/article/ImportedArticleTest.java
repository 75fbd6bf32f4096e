package org.sourceline.data.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.ReadResult;
import org.sourceline.data.TextHash;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;

/** From an imported article to a new, empty dataset that reads back without a problem. */
class ImportedArticleTest {
    @TempDir
    Path dir;

    private static ImportedArticle article() throws ArticleImportException {
        return ArticleImporter.fromText("Alpha met Beta.\nThen Gamma left.");
    }

    @Test
    void theUserConfirmsOrClearsEachFact() throws Exception {
        ImportedArticle a = article().withMetadata(" A Title ", "", "Ann Author", null, "2023-01~");
        assertThat(a.title()).isEqualTo("A Title");
        assertThat(a.outlet()).isNull();
        assertThat(a.author()).isEqualTo("Ann Author");
        assertThat(a.url()).isNull();
        assertThat(a.published()).isEqualTo("2023-01~");
        assertThat(a.text()).isEqualTo(article().text());
        assertThatThrownBy(() -> article().withMetadata("T", null, null, null, "January 2023"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an EDTF date");
    }

    @Test
    void theArticleOfADatasetCarriesTheTextItsHashAndThePublicationSpan() throws Exception {
        Article article = article().withMetadata("Title", "Outlet", null, "https://example.test/a", "2023-01")
                .toArticle("story.txt");
        assertThat(article.sha256()).isEqualTo(TextHash.sha256(article.text()));
        assertThat(article.textFile()).isEqualTo("story.txt");
        assertThat(article.author()).isNull();
        assertThat(Days.toDate(article.published().earliest())).hasToString("2023-01-01");
        assertThat(Days.toDate(article.published().latest())).hasToString("2023-01-31");
        assertThatThrownBy(() -> article().toArticle(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no title");
    }

    @Test
    void anEmptyDatasetIsWrittenAndReadBackWithoutProblems() throws Exception {
        Dataset empty = article().withMetadata("A Story", null, null, null, null).toEmptyDataset("story.txt");
        assertThat(empty.events()).isEmpty();
        assertThat(empty.actors()).isEmpty();
        assertThat(empty.title()).isEqualTo("A Story");
        Path file = dir.resolve("story.json");
        new DatasetWriter().textFile("story.txt").write(empty, file);
        assertThat(Files.readString(dir.resolve("story.txt"))).isEqualTo("Alpha met Beta.\n\nThen Gamma left.\n");
        ReadResult read = new DatasetReader().read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.dataset().events()).isEmpty();
        assertThat(read.dataset().article().text()).isEqualTo(empty.article().text());
        assertThat(read.dataset().article().sha256()).isEqualTo(empty.article().sha256());
        assertThat(read.summary()).endsWith("0 events, 0 actors, 0 of 0 quotes verified");
        assertThat(read.dataset().article().url()).isNull();
    }
}
