package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.ValidateCommandTest.Run;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;

/** {@code sourceline new}: an empty dataset from an article, or a clear error and nothing written. */
class NewCommandTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(NewCommandTest.class.getResource("/article/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    private String[] files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aSavedPageBecomesAnEmptyDatasetWithItsTextBeside() throws Exception {
        Path out = dir.resolve("drones.json");
        Run r = run("new", fixture("saved-page.html").toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(out + ": a new dataset on “Iran and Russia Seal a Drone Deal” (web page "
                + "saved-page.html), no events yet").contains("text: drones.txt, 9 paragraphs");
        assertThat(files()).containsExactly("drones.json", "drones.txt");
        assertThat(Files.readString(dir.resolve("drones.txt"))).startsWith("Iran and Russia Seal a Drone Deal\n\n")
                .doesNotContain("\r");

        Run check = run("validate", out.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("0 events, 0 actors, 0 of 0 quotes verified");

        Dataset dataset = new DatasetReader().load(out);
        Article article = dataset.article();
        assertThat(dataset.events()).isEmpty();
        assertThat(dataset.actors()).isEmpty();
        assertThat(article.title()).isEqualTo("Iran and Russia Seal a Drone Deal");
        assertThat(article.outlet()).isEqualTo("The Daily Example");
        assertThat(article.author()).isEqualTo("Jane Roe, John Doe");
        assertThat(article.url()).isEqualTo("https://www.example-news.test/world/iran-russia-drone-deal");
        assertThat(article.published().edtf()).isEqualTo("2023-01-05");
        assertThat(article.textFile()).isEqualTo("drones.txt");
    }

    @Test
    void optionsReplaceWhatTheArticleSaysAndUnknownsStayNull() throws Exception {
        Path out = dir.resolve("notes.json");
        Run r = run("new", fixture("crlf.txt").toString(), "-o", out.toString(), "--title", "My Notes",
                "--published", "2023-01~", "--outlet", "Self");
        assertThat(r.exit()).as(r.err()).isZero();
        Article article = new DatasetReader().load(out).article();
        assertThat(article.title()).isEqualTo("My Notes");
        assertThat(article.outlet()).isEqualTo("Self");
        assertThat(article.published().edtf()).isEqualTo("2023-01~");
        assertThat(article.author()).isNull();
        assertThat(article.url()).isNull();
        assertThat(Files.readString(out)).contains("\"author\" : null", "\"url\" : null");
        assertThat(article.text()).isEqualTo(Files.readString(dir.resolve("notes.txt")))
                .startsWith("First paragraph of a CRLF file.\n\nSecond line");

        Path cleared = dir.resolve("cleared.json");
        Run blank = run("new", fixture("saved-page.html").toString(), "-o", cleared.toString(), "--author", "",
                "--title", "Another Title");
        assertThat(blank.exit()).as(blank.err()).isZero();
        Article second = new DatasetReader().load(cleared).article();
        assertThat(second.author()).isNull();
        assertThat(second.title()).isEqualTo("Another Title");
        assertThat(second.outlet()).isEqualTo("The Daily Example");
    }

    @Test
    void aTextWithoutTitleNeedsTitleAndNothingIsWritten() throws Exception {
        Run r = run("new", fixture("crlf.txt").toString(), "-o", dir.resolve("x.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("crlf.txt: the article names no title", "give one with --title");
        assertThat(files()).isEmpty();
    }

    @Test
    void aTextWhoseFirstLineStandsAloneLikeAHeadlineNeedsNoTitleOption() throws Exception {
        Path article = Files.copy(Path.of("src/test/resources/datasets/nasa-shuttle-homes-2011.txt"),
                dir.resolve("shuttles.txt"));
        Path out = dir.resolve("shuttles.json");
        Run r = run("new", article.toString(), "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("“NASA celebrates 30th anniversary of first shuttle launch; announces new homes for "
                + "retired shuttles”", "note: title taken from the first line");
        assertThat(new DatasetReader().load(out).article().title()).startsWith("NASA celebrates 30th anniversary");
        // --title still wins
        Run titled = run("new", article.toString(), "-o", dir.resolve("titled.json").toString(), "--title", "Shuttles");
        assertThat(titled.exit()).isZero();
        assertThat(new DatasetReader().load(dir.resolve("titled.json")).article().title()).isEqualTo("Shuttles");
    }

    @Test
    void aPageWithoutArticleTextExitsOneAndWritesNothing() throws Exception {
        Run r = run("new", fixture("no-body.html").toString(), "-o", dir.resolve("x.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no-body.html:1:1: error: no article text found").doesNotContain("Exception");
        assertThat(files()).isEmpty();
    }

    @Test
    void binaryEmptyAndMissingArticles() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path pdf = Files.write(in.resolve("a.txt"), "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
        Path empty = Files.write(in.resolve("e.md"), new byte[0]);
        Path out = dir.resolve("x.json");
        Run binary = run("new", pdf.toString(), "-o", out.toString(), "--title", "T");
        assertThat(binary.exit()).isEqualTo(1);
        assertThat(binary.err()).contains(pdf + ":1:1: error: not a text file: a PDF document");
        Run nothing = run("new", empty.toString(), "-o", out.toString(), "--title", "T");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains(empty + ":1:1: error: the file is empty");
        Run missing = run("new", in.resolve("gone.html").toString(), "-o", out.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.html:1:1: error: no such file");
        assertThat(files()).containsExactly("in");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String article = fixture("saved-page.html").toString();
        Run badDate = run("new", article, "-o", dir.resolve("x.json").toString(), "--published", "5 Jan 2023");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--published: \"5 Jan 2023\" is not an EDTF date");
        Run noFolder = run("new", article, "-o", dir.resolve("nowhere/x.json").toString());
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("does not exist");
        Run noOutput = run("new", article);
        assertThat(noOutput.exit()).isEqualTo(2);
        assertThat(noOutput.err()).contains("Missing required option: '--output=DATASET'");
        assertThat(files()).isEmpty();
    }

    @Test
    void anExistingDatasetIsReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("mine.json");
        Files.writeString(out, "{\"hand\": \"made\"}");
        Run refused = run("new", fixture("saved-page.html").toString(), "-o", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("{\"hand\": \"made\"}");
        assertThat(files()).containsExactly("mine.json");

        Run forced = run("new", fixture("saved-page.html").toString(), "-o", out.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(new DatasetReader().load(out).events()).isEmpty();
    }

    @Test
    void anotherTextFileBesideTheDatasetIsNotReplaced() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "Someone else's article text.\n");
        Run r = run("new", fixture("saved-page.html").toString(), "-o", dir.resolve("story.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("story.txt: already exists and holds another text");
        assertThat(Files.readString(dir.resolve("story.txt"))).isEqualTo("Someone else's article text.\n");

        // --force replaces a dataset, never another text: that stays, and the summary names where the text went.
        Run forced = run("new", fixture("saved-page.html").toString(), "-o", dir.resolve("story.json").toString(),
                "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("story.txt"))).isEqualTo("Someone else's article text.\n");
        assertThat(new DatasetReader().load(dir.resolve("story.json")).article().textFile()).isEqualTo("story-2.txt");
        assertThat(forced.out()).contains("text: story-2.txt,").contains("(story.txt holds another text and was kept)");
    }

    @Test
    void theArticleFileItselfIsNeverOverwritten() throws Exception {
        Path article = Files.writeString(dir.resolve("story.txt"), "Title line\r\nBody  text.\r\n");
        Run r = run("new", article.toString(), "-o", dir.resolve("story.json").toString(), "--title", "Story");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(article)).isEqualTo("Title line\r\nBody  text.\r\n");
        assertThat(Files.readString(dir.resolve("story.article.txt"))).isEqualTo("Title line\n\nBody text.\n");
        assertThat(new DatasetReader().load(dir.resolve("story.json")).article().textFile())
                .isEqualTo("story.article.txt");
    }

    @Test
    void neverWritesOverTheArticleItselfEvenWithForce() throws IOException {
        Path article = dir.resolve("story.txt");
        String text = "Storm hits the coast\n\nThe storm arrived on Monday.\n";
        Files.writeString(article, text);
        for (String[] extra : new String[][] {{}, {"--force"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("new", article.toString(), "-o",
                    article.toString(), "--title", "Storm"));
            args.addAll(java.util.List.of(extra));
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("story.txt: not written: it is a file being read").doesNotContain("\tat ");
            assertThat(Files.readString(article)).isEqualTo(text);
            assertThat(dir.resolve("story.txt.txt")).doesNotExist();
        }
    }
}
