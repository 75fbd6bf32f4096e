package org.sourceline.data.article;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as paragraphs, the way a browser lays it out: every block element
 * (paragraph, heading, list item, block quote, table cell, {@code div} …) and every {@code <br>}
 * starts a new paragraph, inline elements ({@code a}, {@code em}, {@code span} …) flow into the
 * paragraph around them, and white space collapses (see {@link ParagraphWriter}). In {@code <pre>}
 * each line is a paragraph. Entities were decoded by the parser; non-breaking spaces stay.
 */
final class HtmlParagraphs {
    /** Elements that start and end a paragraph. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "option", "listing", "plaintext", "xmp");

    private HtmlParagraphs() {
    }

    /**
     * Writes the paragraphs of {@code root} (itself included) to {@code out}, less footnote
     * markers ({@link Footnotes}); returns how many markers were dropped.
     */
    static int write(Element root, ParagraphWriter out) {
        int[] markers = {0};
        NodeTraversor.filter(new NodeFilter() {
            private int preDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (preDepth > 0) {
                        writePreformatted(text.getWholeText(), out);
                    } else {
                        out.text(text.getWholeText());
                    }
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if ((name.equals("sup") || name.equals("a")) && Footnotes.isMarker(element, out.tail())) {
                        markers[0]++;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String power = Footnotes.power(element, out.tail());
                    if (power != null) {
                        out.text(power);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br") || BLOCKS.contains(name)) {
                        out.endParagraph();
                    }
                    if (name.equals("pre") || name.equals("listing") || name.equals("xmp") || name.equals("plaintext")) {
                        preDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (BLOCKS.contains(name)) {
                        out.endParagraph();
                    }
                    if (name.equals("pre") || name.equals("listing") || name.equals("xmp") || name.equals("plaintext")) {
                        preDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        out.endParagraph();
        return markers[0];
    }

    /**
     * How much visible text an element holds: the characters of its text nodes less white space.
     * A cheap measure for comparing elements (jsoup's {@code text()} builds the whole string).
     */
    static int textLength(Node element) {
        int[] n = {0};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    if (!Character.isWhitespace(s.charAt(i))) {
                        n[0]++;
                    }
                }
            }
        }, element);
        return n[0];
    }

    /** Preformatted text: each line a paragraph. */
    private static void writePreformatted(String text, ParagraphWriter out) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.text(text.substring(from, i)).endParagraph();
                from = i + 1;
            }
        }
        out.text(text.substring(from));
    }
}
