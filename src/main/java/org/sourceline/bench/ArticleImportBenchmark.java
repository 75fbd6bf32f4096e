package org.sourceline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.sourceline.data.article.ArticleImporter;
import org.sourceline.data.article.ImportedArticle;

/**
 * Import of a saved web page of 1 MB (File → New Dataset from Article…, {@code sourceline new}):
 * reading, UTF-8 decoding, parsing, removing the chrome, choosing the body and writing the text.
 * The page is generated in the set-up, the same bytes every time: a head with metadata, JSON-LD,
 * style and scripts, a navigation menu, a cookie banner, an article of 300 paragraphs with links
 * and emphasis, share buttons, then related-story teasers and reader comments up to the size.
 */
final class ArticleImportBenchmark implements Benchmark {
    static final int PAGE_BYTES = 1 << 20;
    private static final String[] WORDS = ("the of and to in a is that for on with as was by at from it an be have "
            + "Russia Iran Ukraine drones Moscow Tehran war partnership sanctions officials minister said reported "
            + "military economic deal weapons talks visit support analysts convenience Western powers decades "
            + "“quoted” words — dash’s café naïve 2023 48-hour").split(" ");

    private Path file;
    private ImportedArticle last;

    @Override
    public String group() {
        return "import";
    }

    @Override
    public String name() {
        return "import a 1 MB saved HTML page";
    }

    @Override
    public double targetMillis() {
        return 1000;
    }

    @Override
    public void setUp() throws IOException {
        file = Files.createTempFile("sourceline-bench-page", ".html");
        Files.writeString(file, page(PAGE_BYTES, 1), StandardCharsets.UTF_8);
    }

    @Override
    public void run() throws Exception {
        last = ArticleImporter.importFile(file);
    }

    @Override
    public void clear() {
        last = null;
    }

    @Override
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public String remark() {
        try {
            ImportedArticle article = last != null ? last : ArticleImporter.importFile(file);
            return String.format(Locale.ROOT, "%,d bytes of HTML → %,d characters of text in %,d paragraphs",
                    Files.size(file), article.text().length(), article.text().split("\n\n").length);
        } catch (Exception e) {
            return "";
        }
    }

    /** A saved news page of about {@code bytes} bytes of UTF-8; the same seed gives the same page. */
    static String page(int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes + 4096);
        sb.append("<!DOCTYPE html>\n<!-- saved from url=(0045)https://www.example-news.test/world/benchmark -->\n")
                .append("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A Benchmark Story | Example News</title>\n")
                .append("<meta property=\"og:title\" content=\"A Benchmark Story\">\n")
                .append("<meta property=\"og:site_name\" content=\"Example News\">\n")
                .append("<meta property=\"article:published_time\" content=\"2023-01-05T10:00:00Z\">\n")
                .append("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
                        + "{\"name\": \"Jane Roe\"}}</script>\n<style>");
        for (int i = 0; i < 800; i++) {
            sb.append(".c").append(i).append("{margin:").append(i % 17).append("px;color:#").append(i % 9)
                    .append("a").append(i % 7).append("}\n");
        }
        sb.append("</style>\n<script>var config = {");
        for (int i = 0; i < 1500; i++) {
            sb.append("\"k").append(i).append("\": ").append(random.nextInt(100000)).append(", ");
        }
        sb.append("};</script>\n</head>\n<body>\n<div class=\"cookie-banner\"><p>We use cookies.</p>"
                + "<button>Accept</button></div>\n<header class=\"site-header\"><nav><ul>\n");
        for (int i = 0; i < 150; i++) {
            sb.append("<li class=\"menu-item\"><a href=\"/section/").append(i).append("\">Section ").append(i)
                    .append("</a></li>\n");
        }
        sb.append("</ul></nav></header>\n<main><article><header><h1>A Benchmark Story</h1>"
                + "<p class=\"byline\">By <a rel=\"author\" href=\"/jane\">Jane Roe</a></p>"
                + "<ul class=\"share-tools\"><li><a href=\"#\">Share</a></li></ul></header>\n"
                + "<div itemprop=\"articleBody\">\n");
        for (int p = 0; p < 300; p++) {
            if (p % 25 == 0) {
                sb.append("<h2>").append(sentence(random, 6)).append("</h2>\n");
            }
            sb.append("<p class=\"c").append(p % 800).append("\">");
            for (int s = 0; s < 5; s++) {
                sb.append(sentence(random, 10 + random.nextInt(12)));
                if (random.nextInt(4) == 0) {
                    sb.append(" <a href=\"https://example.test/").append(p).append('/').append(s).append("\">")
                            .append(sentence(random, 3)).append("</a>");
                }
                if (random.nextInt(5) == 0) {
                    sb.append(" <em>").append(sentence(random, 2)).append("</em>&nbsp;&mdash;");
                }
                sb.append(' ');
            }
            sb.append("</p>\n");
            if (p % 40 == 39) {
                sb.append("<div class=\"ad-slot\"><script>loadAd(").append(p).append(")</script></div>\n"
                        + "<figure><img src=\"x.jpg\"><figcaption>").append(sentence(random, 8))
                        .append("</figcaption></figure>\n");
            }
        }
        sb.append("</div><footer>Tags: a, b</footer></article>\n<section class=\"related\">\n");
        int teaser = 0;
        while (sb.length() < bytes * 3 / 4) {
            sb.append("<article class=\"teaser c").append(teaser % 800).append("\"><h3><a href=\"/story/")
                    .append(teaser).append("\">").append(sentence(random, 7)).append("</a></h3><p>")
                    .append(sentence(random, 14)).append("</p></article>\n");
            teaser++;
        }
        sb.append("</section>\n<section id=\"comments\" class=\"comments\">\n");
        int comment = 0;
        while (sb.length() < bytes - 200) {
            sb.append("<div class=\"comment\" id=\"c").append(comment++).append("\"><p>")
                    .append(sentence(random, 12)).append("</p></div>\n");
        }
        sb.append("</section></main><footer class=\"site-footer\">© Example News</footer></body></html>\n");
        return sb.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String word = WORDS[random.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return sb.append('.').toString();
    }
}
