package org.sourceline.data.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourceline.data.article.ArticleTexts.assertFollowsTheTextRules;
import static org.sourceline.data.article.ArticleTexts.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text and Markdown articles, and every kind of file that is refused. */
class ArticleImporterTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    // ----- plain text ------------------------------------------------------------------------

    @Test
    void aCrlfTextFileBecomesParagraphsWithNewlines() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(fixture("crlf.txt"));
        assertThat(a.text()).isEqualTo("""
                First paragraph of a CRLF file.

                Second line with tabs and spaces.

                Third paragraph after blank lines; Then\u00A0Gamma left.

                Old Mac line end

                last line without an end
                """);
        assertFollowsTheTextRules(a.text());
        assertThat(a.notes()).contains("read as plain text", "the byte order mark at the start of the file was dropped",
                "line ends normalised to \\n (7 CRLF, 1 CR)", "2 extra blank lines removed",
                "spaces at the end of 2 lines removed");
        assertThat(a.format()).isEqualTo(ArticleFormat.TEXT);
    }

    @Test
    void plainTextSaysNothingAboutItself() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("story.txt", "A Title-Like First Line\nBody text."));
        assertThat(a.text()).isEqualTo("A Title-Like First Line\n\nBody text.\n");
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.author()).isNull();
        assertThat(a.url()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.language()).isNull();
    }

    @Test
    void aFirstLineStandingAloneLikeAHeadlineIsTheTitleAndStaysInTheText() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(Path.of("src/test/resources/datasets/nasa-shuttle-homes-2011.txt"));
        assertThat(a.title()).isEqualTo("NASA celebrates 30th anniversary of first shuttle launch; announces new homes "
                + "for retired shuttles");
        assertThat(a.text()).startsWith(a.title() + "\n\nWednesday, April 13, 2011\n\n");
        assertThat(a.notes()).contains("title taken from the first line, which stands alone like a headline (it stays in the text)");
        assertThat(a.author()).isNull();
        assertThat(a.published()).isNull();
        // leading blank lines and runs of spaces: the title is the first paragraph as the text holds it
        assertThat(ArticleImporter.fromText("\n\n  Floods   close the\tharbour  \n\nOne.\nTwo.\n").title())
                .isEqualTo("Floods close the harbour");
        assertThat(ArticleImporter.fromText("Is this the end of the line?\n\nOne.\n\nTwo.").title())
                .isEqualTo("Is this the end of the line?");
    }

    @Test
    void aPlainTextsBylineAndLabelledDateLinesGiveItsAuthorAndPublicationAndStayInTheText() throws Exception {
        String body = "\n\nHARTFORD, Conn. (AP) — A late-winter storm knocked out power to more than 200,000 homes on "
                + "Tuesday, officials said, a day after forecasters warned of gusts of up to 60 miles an hour.\n\nMore.\n";
        ImportedArticle wire = ArticleImporter.fromText("Storm knocks out power across the region\n\nBy JANE DOE and "
                + "TOM RAY\nAssociated Press\nPublished 3:04 PM EST, March 12, 2024" + body);
        assertThat(wire.author()).isEqualTo("JANE DOE and TOM RAY");
        assertThat(wire.published()).isEqualTo("2024-03-12");
        assertThat(wire.text()).contains("By JANE DOE and TOM RAY\n\nAssociated Press\n\nPublished 3:04 PM EST");
        assertThat(wire.notes()).contains("published from the line \"Published 3:04 PM EST, March 12, 2024\" read as "
                + "2024-03-12 (it stays in the text)");
        // A bare date beside the byline, before or after it; "Posted on"; a time after the date.
        assertThat(ArticleImporter.fromText("Storm hits the coast hard\n\n12 March 2024\nBy Ann Lee" + body).published())
                .isEqualTo("2024-03-12");
        assertThat(ArticleImporter.fromText("Posted on March 12, 2024 at 9:15 a.m." + body).published())
                .isEqualTo("2024-03-12");
        // Not the publication: an update's date, a bare date with no byline (a chronology's first
        // entry), a date in the body, a sentence starting with "By".
        assertThat(ArticleImporter.fromText("By Ann Lee\nUpdated March 13, 2024" + body).published()).isNull();
        assertThat(ArticleImporter.fromText("Key dates in the crisis\n\nMarch 12, 2024\n\nProtests begin.\n\nMore.")
                .published()).isNull();
        assertThat(ArticleImporter.fromText("By Tuesday, March 12, 2024, the storm had passed." + body).author()).isNull();
        assertThat(ArticleImporter.fromText("By Tuesday, March 12, 2024, the storm had passed." + body).published()).isNull();
    }

    @Test
    void aFirstLineThatIsNotPlainlyAHeadlineLeavesTheTitleUnknown() throws Exception {
        String body = "\n\nThe first paragraph.\n\nThe second paragraph.\n";
        // no blank line after it: the start of a hard-wrapped paragraph
        assertThat(ArticleImporter.fromText("Floods close the harbour\nafter the storm.\n\nMore.\n\nMore.").title()).isNull();
        // a sentence, a lead-in, a list
        assertThat(ArticleImporter.fromText("The harbour closed on Monday." + body).title()).isNull();
        assertThat(ArticleImporter.fromText("What the minister said on the harbour:" + body).title()).isNull();
        assertThat(ArticleImporter.fromText("Ships, boats, cranes," + body).title()).isNull();
        // a date line or a byline
        assertThat(ArticleImporter.fromText("Wednesday, April 13, 2011" + body).title()).isNull();
        assertThat(ArticleImporter.fromText("12 March 2024, 10:30 GMT" + body).title()).isNull();
        assertThat(ArticleImporter.fromText("By Jane Doe and John Roe" + body).title()).isNull();
        // too short, too long, or nothing much after it
        assertThat(ArticleImporter.fromText("Harbour closed" + body).title()).isNull();
        assertThat(ArticleImporter.fromText("word ".repeat(40).strip() + body).title()).isNull();
        assertThat(ArticleImporter.fromText("Floods close the harbour\n\nOnly one paragraph follows.").title()).isNull();
    }

    @Test
    void eachLineIsAParagraphAndHardWrapsAreKept() throws Exception {
        assertThat(ArticleImporter.fromText("one\ntwo\n\n\n\nthree\u2028four\u2029five").text())
                .isEqualTo("one\n\ntwo\n\nthree\n\nfour\n\nfive\n");
    }

    @Test
    void controlCharactersAndStrayByteOrderMarksAreDropped() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("Al\u0007pha\uFEFF met\u0000 Beta");
        assertThat(a.text()).isEqualTo("Alpha met Beta\n");
        assertThat(a.notes()).contains("3 control characters dropped");
    }

    @Test
    void nonBreakingSpacesStayInsideAndGoAtTheEnds() throws Exception {
        assertThat(ArticleImporter.fromText("\u00A0 Then\u00A0Gamma  \u202Fleft \u00A0").text())
                .isEqualTo("Then\u00A0Gamma \u202Fleft\n");
    }

    // ----- Markdown ----------------------------------------------------------------------------

    @Test
    void markdownBecomesPlainParagraphs() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(fixture("article.md"));
        assertThat(a.text()).isEqualTo("""
                Iran and Russia Are Closer Than Ever

                In the first two days of 2023, evidence of a newfound friendship between Russia and Iran was on \
                full display.

                What the drones did

                More than 80 drones were shot down, Kyiv said, per the report.

                A hard break starts a new line.

                "The war in Ukraine changed how Russia viewed its ties with Iran," said Emil Avdaliani.

                Drones for the front

                Training for pilots

                First point

                Second point

                Use shahed-136 as the model name:

                print("drone")

                indented line

                An HTML paragraph with bold text & an entity.

                Tom & Jerry*s footnote_with_underscores and snake_case stay.
                """);
        assertFollowsTheTextRules(a.text());
        assertThat(a.text()).as("image and its alt text").doesNotContain("drone in flight")
                .as("HTML comment").doesNotContain("editor's note")
                .as("share widget in an HTML block").doesNotContain("Share this story")
                .as("link targets").doesNotContain("https://").doesNotContain("[report]")
                .as("front matter").doesNotContain("layout");
        assertThat(a.notes()).anySatisfy(n -> assertThat(n).startsWith("Markdown syntax removed:")
                .contains("2 heading marks", "2 links (their text kept)", "1 image (dropped with its alt text)",
                        "1 HTML comment", "1 block quote mark"));
    }

    @Test
    void aMarkdownBylineAndDateLineCountWhenTheFrontMatterDoesNotSay() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("story.md", """
                # Storm knocks out power across the region

                *By Ann Lee*

                *Published March 12, 2024*

                A late-winter storm knocked out power to more than 200,000 homes on Tuesday, officials said, a day after forecasters warned of gusts.
                """));
        assertThat(a.author()).isEqualTo("Ann Lee");
        assertThat(a.published()).isEqualTo("2024-03-12");
        ImportedArticle fronted = ArticleImporter.importFile(write("fronted.md", """
                ---
                author: Tom Ray
                date: 2024-03-11
                ---
                By Ann Lee

                Published March 12, 2024

                The text.
                """));
        assertThat(fronted.author()).isEqualTo("Tom Ray");
        assertThat(fronted.published()).isEqualTo("2024-03-11");
    }

    @Test
    void aMarkdownTableKeepsEachRowAsAParagraphWithItsCellsSeparatedByPipes() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("results.md", """
                The launches of the year so far:

                | Date | Mission | *Result* |
                |:-----|:-------:|---------:|
                | 12 March | Orion-2 | success |
                | 2 May | | delayed to **June** |

                More launches follow in the autumn.
                """));
        assertThat(a.text()).isEqualTo("""
                The launches of the year so far:

                Date | Mission | Result

                12 March | Orion-2 | success

                2 May | delayed to June

                More launches follow in the autumn.
                """);
        assertThat(a.notes()).anySatisfy(n -> assertThat(n).contains("3 table rows (one paragraph each"));
        // A line of pipes that is not a table (no delimiter row) stays as text.
        ImportedArticle notTable = ArticleImporter.importFile(write("pipes.md", "Red | green | blue.\n"));
        assertThat(notTable.text()).isEqualTo("Red | green | blue.\n");
    }

    @Test
    void markdownFootnoteMarkersAreDroppedAndTheNotesKeptWithoutTheirLabels() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("notes.md", """
                A vacancy that began in 2022.<sup>1</sup> She starts next week.

                A flat of 80 m<sup>2</sup> on the 10<sup>th</sup> floor.

                Her term runs until 2027.[^1] The board[^note-b] agreed.

                [^1]: Terms are four years.
                [^note-b]: The board has nine members.
                """));
        assertThat(a.text()).isEqualTo("""
                A vacancy that began in 2022. She starts next week.

                A flat of 80 m2 on the 10th floor.

                Her term runs until 2027. The board agreed.

                Terms are four years.

                The board has nine members.
                """);
        assertThat(a.notes()).anySatisfy(n -> assertThat(n).contains("5 footnote markers"));
    }

    @Test
    void markdownFrontMatterIsMetadata() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(fixture("article.md"));
        assertThat(a.title()).isEqualTo("Iran and Russia: A Markdown Draft");
        assertThat(a.author()).isEqualTo("Jane Roe, John Doe");
        assertThat(a.published()).isEqualTo("2023-01-05");
        assertThat(a.url()).isEqualTo("https://www.example-news.test/drafts/iran-russia");
        assertThat(a.outlet()).isNull();
        assertThat(a.notes()).contains("front matter read as metadata; its fields tags, layout were ignored");
    }

    @Test
    void hugoShortcodesAreSiteMarkupAndTheTextBetweenAPairStays() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("walk.md", """
                The Ridgeway is old.

                {{< figure src="/images/frost.jpg" caption="Frost near Uffington" >}}

                See {{< ref "later.md" >}} for more.

                {{% notice info %}}
                Free to visit at any time.
                {{% /notice %}}
                """));
        assertThat(a.text()).isEqualTo("The Ridgeway is old.\n\nSee for more.\n\nFree to visit at any time.\n");
        assertThat(a.notes()).anyMatch(n -> n.contains("4 shortcodes"));
    }

    @Test
    void tomlFrontMatterIsMetadataToo() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("hugo.md", """
                +++
                title = "Notes on restoring a 1960s radio"
                author = "Priya Raman"
                date = 2021-07-12T09:30:00+01:00
                tags = ["electronics", "restoration"]
                url = "https://priyaraman.example/2021/07/radio-restoration"

                [params]
                author = "Not the page's author"
                +++

                I bought the radio at a car boot sale for three pounds.
                """));
        assertThat(a.text()).isEqualTo("I bought the radio at a car boot sale for three pounds.\n");
        assertThat(a.title()).isEqualTo("Notes on restoring a 1960s radio");
        assertThat(a.author()).isEqualTo("Priya Raman");
        assertThat(a.published()).isEqualTo("2021-07-12");
        assertThat(a.url()).isEqualTo("https://priyaraman.example/2021/07/radio-restoration");
        assertThat(a.notes()).contains("TOML front matter read as metadata; its fields tags were ignored");
    }

    @Test
    void aMarkdownFileOpeningWithAHeadingIsTitledByIt() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(write("a.markdown", "The *Real* Title\n===\n\nText."));
        assertThat(a.title()).isEqualTo("The Real Title");
        assertThat(a.text()).isEqualTo("The Real Title\n\nText.\n");
        assertThat(ArticleImporter.importFile(write("b.md", "Text first.\n\n# Later heading")).title()).isNull();
    }

    // ----- bad input ---------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> ArticleImporter.importFile(empty)).isInstanceOf(ArticleImportException.class)
                .hasMessage("the file is empty");
        Path blank = write("blank.md", " \n\t\r\n ");
        assertThatThrownBy(() -> ArticleImporter.importFile(blank)).hasMessage("the file holds only white space");
        Path onlyImage = write("image.md", "![alt](x.png)\n");
        assertThatThrownBy(() -> ArticleImporter.importFile(onlyImage))
                .hasMessage("no text: the Markdown file has no paragraphs");
    }

    @Test
    void binaryFilesAreRefusedNamingWhatTheyAre() throws Exception {
        Path pdf = write("article.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ArticleImporter.importFile(pdf)).hasMessageStartingWith("not a text file: a PDF document");
        Path docx = write("article.html", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertThatThrownBy(() -> ArticleImporter.importFile(docx)).hasMessageContaining("ZIP archive");
        Path nul = write("article.md", new byte[] {'a', 'b', 0, 'c', 'd'});
        assertThatThrownBy(() -> ArticleImporter.importFile(nul)).hasMessageContaining("NUL bytes");
        Path controls = write("article.txt", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F text");
        assertThatThrownBy(() -> ArticleImporter.importFile(controls)).hasMessageContaining("control characters");
    }

    @Test
    void textThatIsNotUtf8SaysWhereAndWhatToDo() throws Exception {
        Path latin1 = write("article.txt", "Caf\u00E9 line one\nSecond line".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ArticleImporter.importFile(latin1)).isInstanceOf(ArticleImportException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("save the file as UTF-8")
                .satisfies(e -> assertThat(((ArticleImportException) e).format())
                        .matches(".*article\\.txt:1:4: error: not valid UTF-8.*"));
        Path page = write("page.html", ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00E9</p>"
                + "</body></html>").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ArticleImporter.importFile(page))
                .hasMessageContaining("the page declares the character set windows-1252: save it as UTF-8");
        Path utf16 = write("article.txt", "Hello".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> ArticleImporter.importFile(utf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void aMissingFileOrAFolderIsUnreadable() {
        assertThatThrownBy(() -> ArticleImporter.importFile(dir.resolve("missing.txt")))
                .isInstanceOf(ArticleImportException.class).hasMessage("no such file")
                .satisfies(e -> assertThat(((ArticleImportException) e).unreadable()).isTrue());
        assertThatThrownBy(() -> ArticleImporter.importFile(dir))
                .satisfies(e -> assertThat(((ArticleImportException) e).unreadable()).isTrue());
    }

    @Test
    void anUnknownExtensionIsReadOnlyWhenItIsAWebPage() throws Exception {
        Path notes = write("notes.rtfd", "just some text");
        assertThatThrownBy(() -> ArticleImporter.importFile(notes))
                .hasMessageContaining("give a .txt, .text, .md, .markdown, .html, .htm, .xhtml file");
        Path php = write("story.php", "\uFEFF <!DOCTYPE html><html><body><p>From a saved .php page.</p></body></html>");
        ImportedArticle a = ArticleImporter.importFile(php);
        assertThat(a.format()).isEqualTo(ArticleFormat.HTML);
        assertThat(a.text()).isEqualTo("From a saved .php page.\n");
        assertThat(ArticleImporter.isArticleFile(Path.of("x.HTM"))).isTrue();
        assertThat(ArticleImporter.isArticleFile(Path.of("x.pdf"))).isFalse();
    }
}
