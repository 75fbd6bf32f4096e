package org.sourceline.data.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourceline.data.article.ArticleTexts.assertFollowsTheTextRules;
import static org.sourceline.data.article.ArticleTexts.fixture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saved web pages: chrome removed, the body chosen, paragraphs kept, metadata read. */
class HtmlImportTest {
    private static ImportedArticle page;

    @BeforeAll
    static void importSavedPage() throws ArticleImportException {
        page = ArticleImporter.importFile(fixture("saved-page.html"));
    }

    private static ImportedArticle html(String html) throws ArticleImportException {
        return ArticleImporter.fromString(html, ArticleFormat.HTML, "test.html");
    }

    private static String body(String paragraphs) {
        return "<html><head>%s</head><body>" + paragraphs + "</body></html>";
    }

    private static final String STORY = "<p>The first paragraph of the story, long enough to be the body of it.</p>"
            + "<p>The second paragraph of the story says more about what happened there.</p>";

    @Test
    void theArticleTextIsItsHeadingsParagraphsListItemsAndQuotes() {
        assertThat(page.text()).isEqualTo("""
                Iran and Russia Seal a Drone Deal

                In the first two days of 2023, evidence of a newfound friendship between Russia and Iran was on \
                full display — the drones were “Iranian-made,” officials said.

                More than 80\u00A0drones were shot down over Ukraine in that 48-hour period, Kyiv said, according \
                to a report by the air force.

                A partnership of convenience

                Russia and Iran have formed a partnership of convenience against Western powers for decades.

                “The war in Ukraine changed how Russia viewed its ties with Iran,” said Emil Avdaliani.

                Drones for the front

                Training for pilots

                Tom & Jerry’s analysis: costs rose 5%.
                """);
        assertFollowsTheTextRules(page.text());
        assertThat(page.format()).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void pageChromeIsDropped() {
        assertThat(page.text())
                .as("scripts and styles").doesNotContain("tracking").doesNotContain("font-family")
                .as("noscript").doesNotContain("Enable JavaScript")
                .as("cookie banner").doesNotContain("cookie").doesNotContain("Accept all")
                .as("site header and navigation").doesNotContain("Politics").doesNotContain("The Daily Example")
                .as("share buttons").doesNotContain("Share on")
                .as("advertisement").doesNotContain("premium")
                .as("figure and caption").doesNotContain("Photo:").doesNotContain("Shahed drone over")
                .as("aside").doesNotContain("Read also")
                .as("newsletter box and form").doesNotContain("daily briefing").doesNotContain("Sign up")
                .as("hidden element").doesNotContain("Hidden text")
                .as("article footer").doesNotContain("Tags:")
                .as("comment section").doesNotContain("Great article")
                .as("sidebar").doesNotContain("Most read")
                .as("page footer").doesNotContain("All rights reserved")
                .as("byline").doesNotContain("By Jane Roe").doesNotContain("January 5");
        assertThat(page.notes()).anySatisfy(n -> assertThat(n).startsWith("dropped from the page:")
                .contains("HTML comments", "cookie and consent banners", "share and social buttons",
                        "newsletter and subscription boxes", "advertisements", "figures, images and captions",
                        "asides (2)", "scripts (2)", "embedded frames", "comment sections", "hidden elements"));
        assertThat(page.notes()).contains("the byline was dropped from the text (it is read as the author)");
    }

    @Test
    void entitiesAreDecodedAndNonBreakingSpacesKept() {
        assertThat(page.text()).contains("— the drones were “Iranian-made,”").contains("Tom & Jerry’s")
                .contains("80\u00A0drones").doesNotContain("&nbsp;").doesNotContain("&amp;");
    }

    @Test
    void metadataComesFromOpenGraphJsonLdAndTheHead() {
        assertThat(page.title()).isEqualTo("Iran and Russia Seal a Drone Deal");
        assertThat(page.outlet()).isEqualTo("The Daily Example");
        assertThat(page.author()).isEqualTo("Jane Roe, John Doe");
        assertThat(page.url()).isEqualTo("https://www.example-news.test/world/iran-russia-drone-deal");
        assertThat(page.language()).isEqualTo("en-GB");
        // 23:30 on 5 January in New York is 6 January in UTC: the publisher's own day is kept.
        assertThat(page.published()).isEqualTo("2023-01-05");
        assertThat(page.notes()).contains("title from og:title", "author from JSON-LD author", "url from og:url",
                "outlet from og:site_name");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void titleFallsBackToJsonLdThenTheTitleElementLessTheOutletThenTheFirstHeading() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"LD title\"}</script>";
        assertThat(html(body(STORY).formatted(ld + "<title>Tag title</title>")).title()).isEqualTo("LD title");
        String named = "<meta property=\"og:site_name\" content=\"Example Times\"><title>Page title | Example Times</title>";
        ImportedArticle withTitle = html(body(STORY).formatted(named));
        assertThat(withTitle.title()).isEqualTo("Page title");
        assertThat(withTitle.notes()).anyMatch(n -> n.contains("removed from the end of the <title>"));
        assertThat(html(body("<article><h1>Heading title</h1>" + STORY + "</article>").formatted("")).title())
                .isEqualTo("Heading title");
        assertThat(html(body(STORY).formatted("")).title()).isNull();
    }

    @Test
    void theOutletIsStrippedFromTheTitleElementAtEitherEndOnlyWhenItIsKnown() throws Exception {
        String site = "<meta property=\"og:site_name\" content=\"Riverside Gazette\">";
        for (String title : new String[] {"Tram line approved - Riverside Gazette", "Tram line approved | Riverside Gazette",
                "Tram line approved – Riverside Gazette", "Tram line approved — Riverside Gazette",
                "Tram line approved :: Riverside Gazette", "Riverside Gazette | Tram line approved",
                "Riverside Gazette - Tram line approved", "RIVERSIDE GAZETTE — Tram line approved"}) {
            ImportedArticle a = html(body(STORY).formatted(site + "<title>" + title + "</title>"));
            assertThat(a.title()).as(title).isEqualTo("Tram line approved");
            assertThat(a.notes()).as(title).anyMatch(n -> n.contains("(the outlet) removed from the "));
        }
        // The outlet from JSON-LD publisher counts too.
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"publisher\": "
                + "{\"name\": \"Riverside Gazette\"}}</script>";
        assertThat(html(body(STORY).formatted(ld + "<title>Riverside Gazette | Tram line approved</title>")).title())
                .isEqualTo("Tram line approved");
        // Unknown outlet: nothing is stripped, whatever looks like a site name.
        assertThat(html(body(STORY).formatted("<title>Riverside Gazette | Tram line approved</title>")).title())
                .isEqualTo("Riverside Gazette | Tram line approved");
        assertThat(html(body(STORY).formatted("<title>Tram line approved - Riverside Gazette</title>")).title())
                .isEqualTo("Tram line approved - Riverside Gazette");
        // A title that is only the outlet, or names it inside, stays.
        assertThat(html(body(STORY).formatted(site + "<title>Riverside Gazette</title>")).title())
                .isEqualTo("Riverside Gazette");
        assertThat(html(body(STORY).formatted(site + "<title>Riverside Gazette wins award | Sport</title>")).title())
                .isEqualTo("Riverside Gazette wins award | Sport");
    }

    @Test
    void theAuthorComesFromTheMetaTagsNewsSitesUseWhenThereIsNoMetaAuthor() throws Exception {
        assertThat(html(body(STORY).formatted("<meta name=\"byl\" content=\"By Jane Doe and John Roe\">")).author())
                .isEqualTo("Jane Doe and John Roe");
        assertThat(html(body(STORY).formatted("<meta property=\"article:author\" content=\"Ann Lee\">")).author())
                .isEqualTo("Ann Lee");
        // A profile link is not a name.
        assertThat(html(body(STORY).formatted("<meta property=\"article:author\" "
                + "content=\"https://www.example.com/profile/ann-lee\">")).author()).isNull();
        assertThat(html(body(STORY).formatted("<meta name=\"parsely-author\" content=\"Tom Ray\">")).author())
                .isEqualTo("Tom Ray");
        assertThat(html(body(STORY).formatted("<meta name=\"DC.creator\" content=\"Sam Wu\">")).author())
                .isEqualTo("Sam Wu");
        // meta author first.
        assertThat(html(body(STORY).formatted("<meta name=\"author\" content=\"Meta Author\">"
                + "<meta name=\"parsely-author\" content=\"Tom Ray\">")).author()).isEqualTo("Meta Author");
    }

    @Test
    void thePublicationDateComesFromTheMetaTagsNewsSitesUseWhenTheUsualOnesAreMissing() throws Exception {
        assertThat(html(body(STORY).formatted("<meta name=\"parsely-pub-date\" content=\"2024-05-06T07:45:00Z\">"))
                .published()).isEqualTo("2024-05-06");
        assertThat(html(body(STORY).formatted("<meta name=\"pubdate\" content=\"20240506\">")).published())
                .isEqualTo("2024-05-06");
        assertThat(html(body(STORY).formatted("<meta name=\"DC.date.issued\" content=\"2024-05\">")).published())
                .isEqualTo("2024-05");
        // article:published_time first; a value not understood is left, with a warning, not guessed.
        assertThat(html(body(STORY).formatted("<meta property=\"article:published_time\" content=\"2024-05-07\">"
                + "<meta name=\"pubdate\" content=\"20240506\">")).published()).isEqualTo("2024-05-07");
        assertThat(html(body(STORY).formatted("<meta name=\"date\" content=\"last Tuesday\">")).published()).isNull();
    }

    @Test
    void aJsonLdGraphsPublisherAndAuthorGivenByIdAreFoundInTheGraph() throws Exception {
        // As Yoast writes it: the article refers to its publisher and author by @id.
        String graph = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"NewsArticle\", \"headline\": \"Council approves new tram line\", "
                + "\"author\": [{\"@id\": \"#/schema/person/abc\"}], \"publisher\": {\"@id\": \"#organization\"}}, "
                + "{\"@type\": \"Organization\", \"@id\": \"#organization\", \"name\": \"Riverside Gazette\"}, "
                + "{\"@type\": \"Person\", \"@id\": \"#/schema/person/abc\", \"name\": \"Priya Natarajan\"}]}</script>";
        ImportedArticle a = html(body(STORY).formatted(graph));
        assertThat(a.outlet()).isEqualTo("Riverside Gazette");
        assertThat(a.author()).isEqualTo("Priya Natarajan");
        // A reference to nothing in the page names nothing.
        ImportedArticle dangling = html(body(STORY).formatted(graph.replace("\"@id\": \"#organization\", ", "")));
        assertThat(dangling.outlet()).isNull();
    }

    @Test
    void aSiteNameInTheTitleGoesWhenTheUrlsHostOrThePagesFirstHeadingShowsIt() throws Exception {
        // The outlet is the publisher (Wikimedia), the title's suffix the site (Wikipedia): the host names it.
        String wiki = "<meta property=\"og:title\" content=\"Space Shuttle Enterprise - Wikipedia\">"
                + "<link rel=\"canonical\" href=\"https://en.wikipedia.org/wiki/Space_Shuttle_Enterprise\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"publisher\": "
                + "{\"name\": \"Wikimedia Foundation, Inc.\"}}</script>";
        ImportedArticle a = html(body(STORY).formatted(wiki));
        assertThat(a.title()).isEqualTo("Space Shuttle Enterprise");
        assertThat(a.outlet()).isEqualTo("Wikimedia Foundation, Inc.");
        assertThat(a.notes()).contains("\"Wikipedia\" (the site's name in the URL) removed from the end of og:title");
        // A second-level domain (bbc.co.uk), the name before the story.
        assertThat(html(body(STORY).formatted("<link rel=\"canonical\" href=\"https://www.bbc.co.uk/news/x\">"
                + "<title>BBC | Tram line approved</title>")).title()).isEqualTo("Tram line approved");
        // A part that names neither the outlet nor the host is the title's own.
        assertThat(html(body(STORY).formatted("<link rel=\"canonical\" href=\"https://example.com/x\">"
                + "<title>Iran - Russia talks resume</title>")).title()).isEqualTo("Iran - Russia talks resume");
        // "Story - Riverside Gazette" with neither outlet nor URL: the first heading is the story's title.
        ImportedArticle headed = html(body("<h1>Tram line approved</h1>" + STORY)
                .formatted("<title>Tram line approved - Riverside Gazette</title>"));
        assertThat(headed.title()).isEqualTo("Tram line approved");
        assertThat(headed.notes()).contains("\"Riverside Gazette\" removed from the end of the title: the page's first "
                + "heading is the rest");
        // A heading that is only a part of the title does not cut it, nor a part that reads as a clause.
        assertThat(html(body("<h1>Iran</h1>" + STORY).formatted("<title>Iran - Russia talks resume</title>")).title())
                .isEqualTo("Iran - Russia talks resume");
        assertThat(html(body("<h1>Iran and Russia meet</h1>" + STORY)
                .formatted("<title>Iran and Russia meet - talks resume on Monday</title>")).title())
                .isEqualTo("Iran and Russia meet - talks resume on Monday");
    }

    @Test
    void authorFallsBackToMetaThenTheByline() throws Exception {
        assertThat(html(body(STORY).formatted("<meta name=\"author\" content=\"Meta Author\">")).author())
                .isEqualTo("Meta Author");
        assertThat(html(body("<article><p>By <a rel=\"author\" href=\"/a\">Ann Link</a> and "
                + "<a rel=\"author\" href=\"/b\">Bo Link</a></p>" + STORY + "</article>").formatted("")).author())
                .isEqualTo("Ann Link, Bo Link");
        assertThat(html(body("<article><span itemprop=\"author\" itemscope><span itemprop=\"name\">Item Prop</span>"
                + "</span>" + STORY + "</article>").formatted("")).author()).isEqualTo("Item Prop");
        ImportedArticle byline = html(body("<article><div class=\"story-byline\">By Emil Avdaliani, January 5, 2023"
                + "</div>" + STORY + "</article>").formatted(""));
        assertThat(byline.author()).isEqualTo("Emil Avdaliani");
        assertThat(byline.text()).doesNotContain("Avdaliani");
        assertThat(html(body(STORY).formatted("")).author()).isNull();
    }

    @Test
    void theInnermostBylineIsTheAuthorAndSeparateElementsAreNotGlued() throws Exception {
        ImportedArticle block = html(body("<article><div class=\"byline-block\"><span class=\"byline\">By Rachel "
                + "Mbeki &amp; Owen Price</span><span class=\"role\">Environment correspondents</span></div>" + STORY
                + "</article>").formatted(""));
        assertThat(block.author()).isEqualTo("Rachel Mbeki & Owen Price");
        ImportedArticle spans = html(body("<article><div class=\"byline\"><span>By Ann Lee</span><span>Correspondent"
                + "</span></div>" + STORY + "</article>").formatted(""));
        assertThat(spans.author()).isEqualTo("Ann Lee Correspondent");
    }

    @Test
    void aMetaLineOfBylineSeparatorsAndDateGoesWholeButAParagraphWithADateStays() throws Exception {
        ImportedArticle cms = html(body("<article class=\"story\"><h1>Harbour opens a bike path</h1>"
                + "<div class=\"meta\"><span class=\"byline\">By Inês Carvalho</span> ·\n"
                + "<time datetime=\"2024-05-06T08:00:00Z\">6 May 2024, 08:00</time></div>" + STORY
                + "</article>").formatted(""));
        assertThat(cms.text()).isEqualTo("Harbour opens a bike path\n\nThe first paragraph of the story, long enough "
                + "to be the body of it.\n\nThe second paragraph of the story says more about what happened there.\n");
        assertThat(cms.author()).isEqualTo("Inês Carvalho");
        assertThat(cms.published()).isEqualTo("2024-05-06");

        // The date as plain text after a separator, with "Updated"
        ImportedArticle plain = html(body("<article><p class=\"meta\"><span class=\"byline\">By Ann Lee</span> | "
                + "Updated 6 May 2024 at 9:30 am</p>" + STORY + "</article>").formatted(""));
        assertThat(plain.text()).doesNotContain("Updated").doesNotContain("|").startsWith("The first paragraph");
        assertThat(plain.author()).isEqualTo("Ann Lee");

        // A real paragraph that holds a byline and a date keeps its text; a paragraph with only a date stays.
        ImportedArticle real = html(body("<article><p><span class=\"byline\">By Ann Lee</span> The council met on "
                + "6 May 2024 and voted to close the pier.</p><p>6 May 2024</p>" + STORY + "</article>").formatted(""));
        assertThat(real.text()).startsWith("The council met on 6 May 2024 and voted to close the pier.\n\n"
                + "6 May 2024\n\n");
    }

    @Test
    void publishedComesFromTheFirstSourceAsPreciseAsItIs() throws Exception {
        assertThat(html(body("<article><p>Posted <time datetime=\"2022-11\">in November</time>.</p>" + STORY
                + "</article>").formatted("")).published()).isEqualTo("2022-11");
        assertThat(html(body("<article><meta itemprop=\"datePublished\" content=\"2021-03-04T05:06:07Z\">" + STORY
                + "</article>").formatted("")).published()).isEqualTo("2021-03-04");
        ImportedArticle unknown = html(body(STORY).formatted(
                "<meta property=\"article:published_time\" content=\"yesterday\">"));
        assertThat(unknown.published()).isNull();
        assertThat(unknown.warnings()).anyMatch(w -> w.contains("\"yesterday\"") && w.contains("not understood"));
    }

    @Test
    void urlIsAnAbsoluteWebAddressFromOpenGraphTheCanonicalLinkOrTheSavedFromComment() throws Exception {
        assertThat(html(body(STORY).formatted("<link rel=\"canonical\" href=\"https://example.test/a\">")).url())
                .isEqualTo("https://example.test/a");
        assertThat(html(body(STORY).formatted("<link rel=\"canonical\" href=\"/relative/path\">")).url()).isNull();
        assertThat(html("<!-- saved from url=(0022)https://example.test/b -->\n"
                + body(STORY).formatted("")).url()).isEqualTo("https://example.test/b");
        assertThat(html(body(STORY).formatted("<meta property=\"og:url\" content=\"file:///home/me/page.html\">"))
                .url()).isNull();
    }

    @Test
    void languageFromOpenGraphLocale() throws Exception {
        assertThat(html(body(STORY).formatted("<meta property=\"og:locale\" content=\"en_US\">")).language())
                .isEqualTo("en-US");
    }

    @Test
    void theArticleBodyIsPreferredToTheDensestBlockUnlessItIsATeaser() throws Exception {
        ImportedArticle articleBody = html(body("<div class=\"col\"><p>Sidebar text that is not the story.</p></div>"
                + "<div itemprop=\"articleBody\">" + STORY + "</div>").formatted(""));
        assertThat(articleBody.text()).doesNotContain("Sidebar").contains("first paragraph");
        assertThat(articleBody.notes()).contains("the article body is the page's articleBody (schema.org)");

        String longStory = STORY.repeat(4);
        ImportedArticle teaser = html(body("<article><p>A teaser card.</p></article>"
                + "<div id=\"story\">" + longStory + "</div>").formatted(""));
        assertThat(teaser.text()).doesNotContain("teaser").contains("first paragraph");
        assertThat(teaser.warnings()).anyMatch(w -> w.contains("densest block of paragraphs"));
    }

    @Test
    void theDensestBlockWhenThePageMarksNoArticle() throws Exception {
        ImportedArticle dense = ArticleImporter.importFile(fixture("densest-block.html"));
        assertThat(dense.text()).startsWith("NASA celebrated the launch").doesNotContain("Short link list")
                .doesNotContain("Older story").contains("Old-style pages break lines\n\nwith br elements\n\n"
                        + "instead of paragraphs.");
        assertThat(dense.title()).isEqualTo("Shuttle homes announced");
        assertThat(dense.warnings()).anyMatch(w -> w.contains("densest block"));
        // Two different dates in a list and none marked as the publication date: none is taken.
        assertThat(dense.published()).isNull();
        assertThat(dense.warnings()).anyMatch(w -> w.contains("2 different dates"));
        assertFollowsTheTextRules(dense.text());
    }

    /** Six story paragraphs of about 170 characters, numbered from {@code from}. */
    private static String storyParagraphs(int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + 6; i++) {
            sb.append("<p>Story paragraph ").append(i).append(" says what the trust decided and why the unit at "
                    + "Ashby General will close for six months, according to figures the trust released.</p>");
        }
        return sb.toString();
    }

    private static String comments(int n) {
        StringBuilder sb = new StringBuilder("<div class=\"comments-section\" id=\"comments\"><h3>Comments</h3>");
        for (int i = 0; i < n; i++) {
            sb.append("<div class=\"comment\"><span class=\"user\">reader").append(i)
                    .append("</span><p>Reader comment number ").append(i).append(", short.</p></div>");
        }
        return sb.append("</div>").toString();
    }

    @Test
    void siblingBlocksOfTheStoryAreTakenWithTheDensestOneButNotTheComments() throws Exception {
        // The story in two sibling blocks; comments after it (more <p> than the story, so not taken for chrome).
        ImportedArticle split = html(body("<div class=\"page\"><div class=\"col-main\"><h1>Unit to close</h1>"
                + "<div class=\"story-body\"><div class=\"story-inner\"><div class=\"text-block\">"
                + storyParagraphs(1) + "</div><div class=\"text-block\">" + storyParagraphs(7) + "</div></div></div>"
                + comments(20) + "</div></div><div class=\"bottom\">Copyright 2023</div>").formatted(""));
        assertThat(split.text()).contains("Story paragraph 1 ", "Story paragraph 6 ", "Story paragraph 7 ",
                "Story paragraph 12 ").doesNotContain("Reader comment").doesNotContain("Copyright");
        assertThat(split.text().split("\n\n")).hasSize(12);
        assertFollowsTheTextRules(split.text());

        // The comments inside the common parent of the two blocks: the parent is taken, less the comments.
        ImportedArticle inside = html(body("<div class=\"story-body\"><div class=\"text-block\">" + storyParagraphs(1)
                + "</div><div class=\"text-block\">" + storyParagraphs(7) + "</div>" + comments(20) + "</div>")
                .formatted(""));
        assertThat(inside.text()).contains("Story paragraph 1 ", "Story paragraph 12 ").doesNotContain("Comments")
                .doesNotContain("Reader comment");

        // A sibling of short paragraphs (a teaser list, a caption-like line) is not the story: not taken.
        ImportedArticle teasers = html(body("<div class=\"wrap\"><div class=\"story\">" + storyParagraphs(1)
                + "</div><div class=\"more\"><p>Council votes on bus lanes</p><p>Harbour fire: two hurt</p>"
                + "<p>Schools to reopen on Monday</p><p>Weather: rain all week</p></div></div>").formatted(""));
        assertThat(teasers.text()).contains("Story paragraph 6 ").doesNotContain("bus lanes").doesNotContain("Weather");
    }

    @Test
    void onAPageWithoutParagraphsRunsSeparatedByABlankLineCountAsParagraphs() throws Exception {
        ImportedArticle page = html(body("<div id=\"top\"><a href=\"/\">Harbour Times</a> | <a href=\"/news\">News"
                + "</a></div><div id=\"left\"><div class=\"box\"><b>Latest</b><br><a href=\"/1\">Lifeboat crew "
                + "honoured</a><br><a href=\"/2\">School roof repaired</a><br><a href=\"/3\">Ferry timetable "
                + "changes</a></div></div><div id=\"centre\"><div class=\"headline\">Quotas cut</div>"
                + "<div class=\"storytext\">\nThe regional fisheries authority has confirmed a further reduction in "
                + "the quota.<br><br>\nThe authority said the reduction of 18 per cent was necessary.<br>\n<br>\n"
                + "The new quota takes effect on 1 February.</div><div class=\"tools\"><a href=\"/email\">Email to a "
                + "friend</a> | <a href=\"/c\">Comments (12)</a></div></div><div id=\"bottom\">&copy; Harbour Times "
                + "2024</div>").formatted(""));
        assertThat(page.text()).isEqualTo("The regional fisheries authority has confirmed a further reduction in the "
                + "quota.\n\nThe authority said the reduction of 18 per cent was necessary.\n\nThe new quota takes "
                + "effect on 1 February.\n");
        assertFollowsTheTextRules(page.text());
    }

    @Test
    void mediaWikiFurnitureIsDroppedAndTheReferencesStay() throws Exception {
        ImportedArticle wiki = html(body("<main id=\"content\" role=\"main\"><header><h1 id=\"firstHeading\">"
                + "Varnholm Lighthouse</h1><div id=\"p-lang-btn\" class=\"vector-dropdown mw-portlet "
                + "mw-portlet-lang\"><span>12 languages</span></div></header><div id=\"bodyContent\">"
                + "<div id=\"siteSub\" class=\"noprint\">From Wikipedia, the free encyclopedia</div>"
                + "<div class=\"mw-parser-output\"><table class=\"infobox\"><tbody><tr><th>Location</th><td>"
                + "Varnholm, Norway</td></tr></tbody></table>" + STORY
                + "<div class=\"mw-heading mw-heading2\"><h2 id=\"History\">History</h2><span class=\"mw-editsection\">"
                + "<span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?action=edit\">edit</a>"
                + "<span class=\"mw-editsection-bracket\">]</span></span></div><p>The light was first lit in 1871."
                + "<sup class=\"noprint Inline-Template Template-Fact\">[<i><a href=\"/wiki/Wikipedia:Citation_needed\">"
                + "citation needed</a></i>]</sup>"
                + "<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p><ol class=\"references\">"
                + "<li id=\"cite_note-1\"><span class=\"mw-cite-backlink\">^ <a href=\"#cite_ref-1-0\"><sup><i><b>a"
                + "</b></i></sup></a> <a href=\"#cite_ref-1-1\"><sup><i><b>b</b></i></sup></a></span> <span "
                + "class=\"reference-text\">\"Varnholm fyr\". Retrieved 12 May 2016.</span></li></ol></div>"
                + "<div id=\"catlinks\" class=\"catlinks\"><a href=\"/wiki/Help:Category\">Categories</a>: <ul><li>"
                + "Lighthouses in Nordland</li></ul></div></div></main>").formatted(""));
        assertThat(wiki.text()).isEqualTo("Varnholm Lighthouse\n\nThe first paragraph of the story, long enough to be "
                + "the body of it.\n\nThe second paragraph of the story says more about what happened there.\n\n"
                + "History\n\nThe light was first lit in 1871.\n\n\"Varnholm fyr\". Retrieved 12 May 2016.\n");
        assertFollowsTheTextRules(wiki.text());
    }

    @Test
    void aBylineWrittenAsAPlainParagraphNearTheTopIsTheAuthorAndLeavesTheText() throws Exception {
        ImportedArticle plain = html(body("<article><h1>Glacier retreat speeds up</h1><p>By Katrin Oberholzer and "
                + "Tom Ray</p>" + STORY + "</article>").formatted(""));
        assertThat(plain.author()).isEqualTo("Katrin Oberholzer, Tom Ray");
        assertThat(plain.text()).doesNotContain("Katrin").startsWith("Glacier retreat speeds up\n\nThe first paragraph");
        // a sentence, a time, or a line further down is no byline
        ImportedArticle sentence = html(body("<article><p>By Tuesday the river had fallen.</p><p>By March</p>" + STORY
                + "</article>").formatted(""));
        assertThat(sentence.author()).isNull();
        assertThat(sentence.text()).contains("By Tuesday the river had fallen.", "By March");
    }

    @Test
    void pullQuotesRepeatTheStoryAndAreDropped() throws Exception {
        ImportedArticle pulled = html(body("<article>" + STORY + "<blockquote class=\"pull-quote\"><p>\"People "
                + "trusted that promise.\"</p><cite>Amrit Singh</cite></blockquote><blockquote class=\"wp-block-pullquote"
                + "\"><p>Another repeat.</p></blockquote><div class=\"pull_quote\">A third.</div><blockquote><p>A real "
                + "quotation stays.</p></blockquote></article>").formatted(""));
        assertThat(pulled.text()).doesNotContain("People trusted", "Amrit Singh", "Another repeat", "A third")
                .contains("A real quotation stays.");
        assertThat(pulled.notes()).anyMatch(n -> n.contains("pull quotes (they repeat the story's words) (3)"));
    }

    @Test
    void ampAdsEmbedsShareButtonsAndSidebarsAreChrome() throws Exception {
        ImportedArticle amp = html(body("<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul><li><a href=\"/\">Home"
                + "</a></li></ul></amp-sidebar><amp-ad width=\"320\" height=\"50\" type=\"doubleclick\"><div fallback>"
                + "Advertisement</div></amp-ad><div class=\"amp-article\"><amp-social-share type=\"twitter\">Tweet"
                + "</amp-social-share><div class=\"article-body\">" + STORY + "<amp-ad width=\"300\" height=\"250\">"
                + "<div placeholder>Advertisement</div></amp-ad><p>A third paragraph of the story, long enough too.</p>"
                + "</div><amp-embed type=\"taboola\"><div>Recommended for you: Ten foods</div></amp-embed></div>"
                + "<amp-analytics><script type=\"application/json\">{}</script></amp-analytics>").formatted(""));
        assertThat(amp.text()).doesNotContain("Advertisement", "Home", "Tweet", "Recommended")
                .startsWith("The first paragraph").endsWith("A third paragraph of the story, long enough too.\n");
    }

    @Test
    void relatedPostsAreChromeAlsoWhenTheNameIsACompound() throws Exception {
        ImportedArticle wp = html(body("<article>" + STORY + "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\">"
                + "<h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3><div class=\"jp-relatedposts-items\">"
                + "<p><a href=\"/locks/\">Restoring the Fenwick Locks</a></p></div></div><div class=\"relatedPosts\">"
                + "Camel case</div><div class=\"related-posts\">Hyphenated</div><div class=\"unrelated-note\">An "
                + "unrelated note stays.</div><div class=\"correlated\">A correlated one too.</div></article>")
                .formatted(""));
        assertThat(wp.text()).doesNotContain("Fenwick", "Related", "Camel case", "Hyphenated")
                .contains("An unrelated note stays.", "A correlated one too.");
        assertThat(PageChrome.kindByName("relatedstories")).isEqualTo("related-story lists");
        assertThat(PageChrome.kindByName("unrelated")).isNull();
    }

    @Test
    void aFormWrappingTheWholePageIsNotChrome() throws Exception {
        ImportedArticle wrapped = html(body("<form id=\"aspnetForm\"><div class=\"content\">" + STORY
                + "<p>A third paragraph.</p></div><input type=\"hidden\" name=\"state\" value=\"x\"></form>")
                .formatted(""));
        assertThat(wrapped.text()).contains("first paragraph", "A third paragraph.");
    }

    @Test
    void aJavaScriptAppShellIsReadFromItsNoscriptWhenNothingElseHasText() throws Exception {
        ImportedArticle shell = html(body("<div id=\"app\"></div><noscript><div class=\"noscript-article\">"
                + "<h1>Glacier survey published</h1>" + STORY + "</div><p class=\"js-warning\">Please enable "
                + "JavaScript to read Northbridge Review and use all features of this site.</p></noscript>"
                + "<script src=\"/app.js\"></script>").formatted(""));
        assertThat(shell.text()).isEqualTo("Glacier survey published\n\nThe first paragraph of the story, long "
                + "enough to be the body of it.\n\nThe second paragraph of the story says more about what happened "
                + "there.\n");
        assertThat(shell.notes()).anyMatch(n -> n.contains("<noscript>"));
        // A page with text of its own keeps dropping its <noscript>.
        assertThat(html(body("<article>" + STORY + "</article><noscript><p>A noscript paragraph that is long enough."
                + "</p></noscript>").formatted("")).text()).doesNotContain("noscript paragraph");
        // A <noscript> holding only the request for JavaScript still gives no text.
        assertThatThrownBy(() -> html(body("<div id=\"root\"></div><noscript>You need to enable JavaScript to run "
                + "this app.</noscript>").formatted(""))).hasMessageStartingWith("no article text found");
    }

    @Test
    void aPageWithoutArticleTextIsAClearError() {
        assertThatThrownBy(() -> ArticleImporter.importFile(fixture("no-body.html")))
                .isInstanceOf(ArticleImportException.class)
                .hasMessageStartingWith("no article text found")
                .satisfies(e -> {
                    ArticleImportException ex = (ArticleImportException) e;
                    assertThat(ex.unreadable()).isFalse();
                    assertThat(ex.format()).endsWith("no-body.html:1:1: error: " + ex.getMessage());
                });
    }

    @Test
    void preformattedTextKeepsItsLinesAsParagraphs() throws Exception {
        assertThat(html(body("<pre>line one\n  line two\n\nline three</pre>").formatted("")).text())
                .isEqualTo("line one\n\nline two\n\nline three\n");
    }

    @Test
    void inlineElementsFlowIntoTheirParagraph() throws Exception {
        assertThat(html(body("<div>Alpha<b>Beta</b> <i>Gamma</i><span> Delta</span></div>").formatted("")).text())
                .isEqualTo("AlphaBeta Gamma Delta\n");
    }

    @Test
    void footnoteMarkersAreDroppedOtherSuperscriptsKeepTheirText() throws Exception {
        ImportedArticle notes = html(body("<article>"
                + "<p>A vacancy that began in 2022.<sup><a href=\"#fn1\">1</a></sup> She starts next week.</p>"
                + "<p>The vacancy<sup>2</sup>, she said, was long; the fund<sup>*</sup> paid; the rules"
                + "<sup class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup> changed.</p>"
                + "<p>Pandoc writes them<a href=\"#fn4\" class=\"footnote-ref\" id=\"fnref4\" role=\"doc-noteref\">"
                + "<sup>4</sup></a> like this.</p>"
                + "<p>A flat of 80 m<sup>2</sup> for 10<sup>6</sup> euros, on the 10<sup>th</sup> floor, x<sup>2</sup>.</p>"
                + STORY
                + "<section class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>Terms are four years."
                + " <a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li></ol></section>"
                + "</article>").formatted(""));
        assertThat(notes.text()).contains("A vacancy that began in 2022. She starts next week.",
                "The vacancy, she said, was long; the fund paid; the rules changed.", "Pandoc writes them like this.",
                "A flat of 80 m\u00B2 for 10\u2076 euros, on the 10th floor, x\u00B2.")
                .as("the notes stay, without their back-links").endsWith("\n\nTerms are four years.\n");
        assertThat(notes.notes()).contains("6 footnote markers dropped from the text");
        assertFollowsTheTextRules(notes.text());
    }

    @Test
    void copiedHtmlIsTakenWholeLessItsChrome() throws Exception {
        String copied = "<html><body><!--StartFragment--><p>First copied paragraph.</p><div class=\"share\">Share</div>"
                + "<span>Second line</span><!--EndFragment--></body></html>";
        ImportedArticle fromClipboard = ArticleImporter.fromClipboard(copied, "plain version");
        assertThat(fromClipboard.text()).isEqualTo("First copied paragraph.\n\nSecond line\n");
        assertThat(fromClipboard.format()).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void clipboardHtmlWithoutTextFallsBackToThePlainText() throws Exception {
        ImportedArticle fallback = ArticleImporter.fromClipboard("<img src=\"x.png\">", "Plain line one\r\nLine two");
        assertThat(fallback.text()).isEqualTo("Plain line one\n\nLine two\n");
        assertThat(fallback.format()).isEqualTo(ArticleFormat.TEXT);
        assertThatThrownBy(() -> ArticleImporter.fromClipboard(null, "  ")).hasMessage("the clipboard holds no text");
        assertThat(ArticleImporter.fromClipboard(null, "<!DOCTYPE html><html><body><article>" + STORY
                + "</article></body></html>").format()).isEqualTo(ArticleFormat.HTML);
    }
}
