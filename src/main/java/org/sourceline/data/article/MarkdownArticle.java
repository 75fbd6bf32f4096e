package org.sourceline.data.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A Markdown article (CommonMark, parsed by commonmark-java) as plain paragraphs. The rules:
 * <ul>
 *   <li>a heading becomes a paragraph of its text, without the {@code #} marks or the
 *       {@code ===} / {@code ---} underline;</li>
 *   <li>emphasis markers ({@code *}, {@code _}, {@code **}, {@code __}) are removed, their text
 *       kept; inline code keeps its text without the backticks;</li>
 *   <li>a link becomes its text ({@code [the deal](https://…)} → {@code the deal}); reference
 *       definitions vanish; an image is dropped, its alt text with it;</li>
 *   <li>each list item's paragraphs become paragraphs, without the bullet or number; a block
 *       quote's paragraphs become paragraphs, without the {@code >};</li>
 *   <li>a code block is kept as text, each of its lines a paragraph;</li>
 *   <li>HTML comments are dropped, inline HTML tags are dropped (their text kept), and an HTML
 *       block is read as HTML with the web page rules (its chrome removed, its paragraphs kept);</li>
 *   <li>soft line breaks inside a paragraph become spaces; a hard line break (two spaces or a
 *       backslash at the line's end) starts a new paragraph, as every line is a paragraph in
 *       Sourceline's text; thematic breaks ({@code ---}) vanish;</li>
 *   <li>footnote markers are dropped: references ({@code [^1]}, {@code [^note]}) and inline
 *       {@code <sup>1</sup>} markers ({@link Footnotes}; {@code m<sup>2</sup>} keeps its text); a
 *       footnote ({@code [^1]: The note.} at the start of a line) becomes its own paragraph,
 *       without the label;</li>
 *   <li>backslash escapes and entities are decoded; white space collapses as in every import.</li>
 * </ul>
 * A YAML front matter block at the top ({@code ---} … {@code ---}), or a TOML one ({@code +++} …
 * {@code +++}, {@code key = "value"}), is not text: its
 * {@code title}, {@code author} (or {@code authors}, a list joined by ", "), {@code date} (or
 * {@code published}), {@code url} (or {@code canonical_url}, {@code link}), {@code outlet} (or
 * {@code publication}, {@code publisher}, {@code site_name}) and {@code lang} (or {@code language})
 * are read as metadata. Without a front matter title, a level-1 heading that opens the document
 * is the title (and stays in the text).
 */
final class MarkdownArticle {
    /** CommonMark with GitHub's tables (a news site's Markdown has them: results, schedules, figures). */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();

    private final ParagraphWriter out = new ParagraphWriter();
    /** What the notes say of one removed mark of a kind (the counts name kinds in the plural). */
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("heading marks", "heading mark"),
            Map.entry("block quote marks", "block quote mark"),
            Map.entry("list item marks", "list item mark"),
            Map.entry("code fences", "code fence"),
            Map.entry("images (dropped with their alt text)", "image (dropped with its alt text)"),
            Map.entry("HTML comments", "HTML comment"),
            Map.entry("HTML tags", "HTML tag"),
            Map.entry("links (their text kept)", "link (its text kept)"),
            Map.entry("emphasis marks", "emphasis mark"),
            Map.entry("HTML blocks (read as HTML)", "HTML block (read as HTML)"),
            Map.entry("footnote markers", "footnote marker"),
            Map.entry("shortcodes", "shortcode"),
            Map.entry("table rows (one paragraph each, cells separated by \" | \")",
                    "table row (one paragraph, cells separated by \" | \")"));

    private final Map<String, Integer> removed = new LinkedHashMap<>();
    /** A Hugo shortcode: {@code {{< name args >}}} or {@code {{% name %}}}, opening or closing. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].*?[%>]\\}\\}");
    /** A footnote reference, {@code [^1]} or {@code [^note]}. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]{1,40}\\]");
    /** A footnote's label at the start of its line, {@code [^1]: }. */
    private static final Pattern NOTE_LABEL = Pattern.compile("\\[\\^[^\\]\\s]{1,40}\\]:[ \\t]*");
    private static final Pattern SUP = Pattern.compile("(?i)<sup(?:\\s[^>]*)?>");
    private static final Pattern SUP_CLOSE = Pattern.compile("(?i)</sup\\s*>");

    private MarkdownArticle() {
    }

    /** @param markdown the file's text, line ends already {@code \n} */
    static ImportedArticle read(String markdown, String source) throws ArticleImportException {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> front = new LinkedHashMap<>();
        String body = frontMatter(markdown, front, notes);

        MarkdownArticle reader = new MarkdownArticle();
        Document document = (Document) PARSER.parse(body);
        String title = front.get("title");
        if (title == null && document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            ParagraphWriter headingText = new ParagraphWriter();
            reader.inline(heading, headingText);
            title = PageMetadata.clean(headingText.build());
            if (title != null) {
                notes.add("title from the first heading");
            }
        }
        reader.blocks(document);
        String text = reader.out.build();
        if (text.isEmpty()) {
            throw new ArticleImportException(source, "no text: the Markdown file has no paragraphs");
        }
        List<String> kinds = new ArrayList<>();
        reader.removed.forEach((kind, n) -> kinds.add(n + " " + (n == 1 ? SINGULAR.getOrDefault(kind, kind) : kind)));
        if (!kinds.isEmpty()) {
            notes.add("Markdown syntax removed: " + String.join(", ", kinds));
        }
        if (reader.out.droppedControls() > 0) {
            notes.add(reader.out.droppedControls() + " control characters dropped");
        }

        String published = null;
        String date = front.get("date");
        if (date != null) {
            published = PublishedDate.toEdtf(date);
            if (published == null) {
                warnings.add("the front matter date \"" + date + "\" is not understood: left empty");
            } else {
                notes.add("published from the front matter: \"" + date + "\" read as " + published);
            }
        }
        String author = front.get("author");
        if (author == null || published == null) {
            // No front matter for them: a byline and a date line in the header, as in plain text.
            ArticleImporter.Header header = ArticleImporter.header(text, title != null);
            if (author == null && header.author() != null) {
                author = header.author();
                notes.add(header.authorNote());
            }
            if (published == null && date == null && header.published() != null) {
                published = header.published();
                notes.add(header.publishedNote());
            }
        }
        return new ImportedArticle(text, title, front.get("outlet"), author,
                PageMetadata.httpUrl(front.get("url")), published, PageMetadata.language(front.get("lang")),
                ArticleFormat.MARKDOWN, notes, warnings);
    }

    private void count(String kind) {
        removed.merge(kind, 1, Integer::sum);
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                count("heading marks");
                inline(node, out);
                out.endParagraph();
            } else if (node instanceof Paragraph) {
                inline(node, out);
                out.endParagraph();
            } else if (node instanceof BlockQuote) {
                count("block quote marks");
                blocks(node);
            } else if (node instanceof ListItem) {
                count("list item marks");
                blocks(node);
                out.endParagraph();
            } else if (node instanceof FencedCodeBlock code) {
                count("code fences");
                lines(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                lines(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                htmlBlock(html.getLiteral());
            } else if (node instanceof org.commonmark.ext.gfm.tables.TableRow) {
                // A row keeps its facts together ("1986 | Challenger lost"), with the table's own
                // separator between its cells; the delimiter row (|---|) is syntax and goes.
                count("table rows (one paragraph each, cells separated by \" | \")");
                tableRow(node);
                out.endParagraph();
            } else {
                // Lists, thematic breaks, reference definitions: their children (if any) carry the text.
                blocks(node);
            }
        }
    }

    private void tableRow(Node row) {
        boolean first = true;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            ParagraphWriter cellText = new ParagraphWriter();
            inline(cell, cellText);
            String words = cellText.build().strip();
            if (words.isEmpty()) {
                continue; // an empty cell adds no words, and no separator
            }
            if (!first) {
                out.text(" | ");
            }
            out.text(words);
            first = false;
        }
    }

    private void inline(Node parent, ParagraphWriter to) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            // an inline <sup> footnote marker: the node that closes it (worked out once)
            Node supEnd = node instanceof HtmlInline sup && SUP.matcher(sup.getLiteral()).matches()
                    ? supMarkerEnd(sup, to) : null;
            if (node instanceof Text text) {
                String literal = text.getLiteral();
                Node previous = node.getPrevious();
                boolean lineStart = previous == null ? parent instanceof Paragraph
                        : previous instanceof SoftLineBreak || previous instanceof HardLineBreak;
                Matcher label = NOTE_LABEL.matcher(literal);
                if (lineStart && label.lookingAt()) {
                    // "[^1]: The note." — a footnote: its own paragraph, without the label.
                    count("footnote markers");
                    to.endParagraph();
                    literal = literal.substring(label.end());
                }
                Matcher reference = NOTE_REFERENCE.matcher(literal);
                while (reference.find()) {
                    count("footnote markers");
                }
                literal = NOTE_REFERENCE.matcher(literal).replaceAll("");
                // Hugo shortcodes ({{< figure … >}}, {{% notice %}}): site markup, never the article's
                // words; the text between a pair stays
                Matcher shortcode = SHORTCODE.matcher(literal);
                while (shortcode.find()) {
                    count("shortcodes");
                }
                to.text(SHORTCODE.matcher(literal).replaceAll(""));
            } else if (supEnd != null) {
                count("footnote markers");
                node = supEnd;
            } else if (node instanceof Code code) {
                to.text(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                to.text(" ");
            } else if (node instanceof HardLineBreak) {
                to.endParagraph();
            } else if (node instanceof Image) {
                count("images (dropped with their alt text)");
            } else if (node instanceof HtmlInline html) {
                count(html.getLiteral().startsWith("<!--") ? "HTML comments" : "HTML tags");
            } else {
                if (node instanceof Link) {
                    count("links (their text kept)");
                } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
                    count("emphasis marks");
                }
                inline(node, to);
            }
        }
    }

    /**
     * When the inline HTML {@code <sup>} opening at {@code open} is a footnote marker
     * ({@link Footnotes}: {@code 2022.<sup>1</sup>}, not {@code m<sup>2</sup>}), the node closing
     * it; else null.
     */
    private static Node supMarkerEnd(HtmlInline open, ParagraphWriter to) {
        StringBuilder html = new StringBuilder(open.getLiteral());
        int n = 0;
        for (Node node = open.getNext(); node != null && n < 12; node = node.getNext(), n++) {
            if (node instanceof HtmlInline tag && SUP_CLOSE.matcher(tag.getLiteral()).matches()) {
                Element sup = Jsoup.parseBodyFragment(html + "</sup>").body().selectFirst("sup");
                return sup != null && Footnotes.isMarker(sup, to.tail()) ? node : null;
            } else if (node instanceof HtmlInline tag) {
                html.append(tag.getLiteral());
            } else if (node instanceof Text text) {
                html.append(Entities.escape(text.getLiteral()));
            } else if (node instanceof Code code) {
                html.append(Entities.escape(code.getLiteral()));
            } else if (node instanceof Link link && link.getFirstChild() instanceof Text text
                    && text.getNext() == null) {
                html.append("<a href=\"").append(Entities.escape(link.getDestination())).append("\">")
                        .append(Entities.escape(text.getLiteral())).append("</a>");
            } else {
                return null;
            }
        }
        return null;
    }

    private void lines(String literal) {
        for (String line : literal.split("\n", -1)) {
            out.text(line).endParagraph();
        }
    }

    private void htmlBlock(String literal) {
        String stripped = literal.strip();
        if (stripped.startsWith("<!--") && stripped.endsWith("-->") && stripped.indexOf("<!--", 4) < 0) {
            count("HTML comments");
            return;
        }
        count("HTML blocks (read as HTML)");
        Element body = Jsoup.parseBodyFragment(literal).body();
        new PageChrome().strip(body);
        out.endParagraph();
        int markers = HtmlParagraphs.write(body, out);
        for (int i = 0; i < markers; i++) {
            count("footnote markers");
        }
    }

    // ----- front matter ------------------------------------------------------------------------

    /**
     * Reads a front matter block into {@code front}: YAML ({@code ---} … {@code ---}, {@code key: value})
     * or TOML ({@code +++} … {@code +++}, {@code key = value}, as Hugo writes it; keys after a
     * {@code [table]} header are not the page's own and are not read). Returns the Markdown after it.
     */
    private static String frontMatter(String markdown, Map<String, String> front, List<String> notes) {
        boolean toml = markdown.startsWith("+++\n");
        if (!markdown.startsWith("---\n") && !toml) {
            return markdown;
        }
        char separator = toml ? '=' : ':';
        int end = -1;
        int bodyStart = -1;
        for (int lineStart = 4; lineStart < markdown.length(); ) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            String line = markdown.substring(lineStart, lineEnd).strip();
            if (toml ? line.equals("+++") : line.equals("---") || line.equals("...")) {
                end = lineStart;
                bodyStart = Math.min(markdown.length(), lineEnd + 1);
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (end < 0) {
            return markdown;
        }
        String key = null;
        List<String> ignored = new ArrayList<>();
        for (String line : markdown.substring(4, end).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (toml && trimmed.startsWith("[")) {
                break; // a [table]: what follows belongs to it
            }
            if (!toml && trimmed.startsWith("- ") && key != null) {
                String item = unquote(trimmed.substring(2));
                if (item != null) {
                    front.merge(key, item, (a, b) -> a + ", " + b);
                }
                continue;
            }
            int colon = line.indexOf(separator);
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            key = switch (name) {
                case "title" -> "title";
                case "author", "authors", "byline" -> "author";
                case "date", "published", "pubdate", "publishdate", "published_at", "date_published" -> "date";
                case "url", "link", "canonical", "canonical_url", "canonicalurl", "source_url" -> "url";
                case "outlet", "publication", "publisher", "site", "site_name" -> "outlet";
                case "lang", "language" -> "lang";
                default -> null;
            };
            if (key == null) {
                ignored.add(name);
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    String v = unquote(item.strip());
                    if (v != null) {
                        front.merge(key, v, (a, b) -> a + ", " + b);
                    }
                }
            } else {
                String v = unquote(value);
                if (v != null) {
                    front.putIfAbsent(key, v);
                }
            }
        }
        notes.add((toml ? "TOML front matter" : "front matter") + " read as metadata" + (ignored.isEmpty() ? "" : "; its fields "
                + String.join(", ", ignored) + " were ignored"));
        return markdown.substring(bodyStart);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            v = v.substring(1, v.length() - 1);
        }
        return PageMetadata.clean(v);
    }
}
