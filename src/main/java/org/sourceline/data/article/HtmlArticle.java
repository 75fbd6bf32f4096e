package org.sourceline.data.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved web page (or HTML from the clipboard) turned into an article: the page's chrome is
 * removed ({@link PageChrome}), the article body chosen, its paragraphs written as plain text
 * ({@link HtmlParagraphs}) and the metadata read ({@link PageMetadata}).
 *
 * <p>The body of a whole page is, in this order: the page's {@code <article>} element (the one
 * with the most text, when there are several), else its {@code [itemprop=articleBody]}, else its
 * {@code <main>} (or {@code [role=main]}); each only when it holds at least half as much text as
 * the densest block of paragraphs, so that a teaser card marked {@code <article>} is not taken for
 * the story. Failing those, the densest block of paragraphs is taken: the element whose
 * paragraphs ({@code <p>}) hold the most text, each paragraph counting fully for its parent and
 * half for its grandparent (on a page without {@code <p>}, the runs of text an element separates
 * with {@code <br><br>} are its paragraphs), widened to its parent while the parent's other paragraphs are more of
 * the same story ({@link #widen}: a story split into sibling blocks); and that is said in a
 * warning, for the user to check. HTML from the
 * clipboard is what the user copied: all of it is taken, less the chrome.
 *
 * <p>Inside the body, bylines and datelines (elements whose class or id says {@code byline} or
 * {@code dateline}) are read as the author and dropped from the text, with the line around them
 * when it holds nothing else but separators and a date or time.
 */
final class HtmlArticle {
    private HtmlArticle() {
    }

    /**
     * @param html      the page
     * @param source    how to name it in messages
     * @param wholePage true for a saved page (choose the body), false for copied HTML (take it all)
     */
    static ImportedArticle read(String html, String source, boolean wholePage) throws ArticleImportException {
        ImportedArticle article = read(html, wholePage, false);
        if (article == null && !Jsoup.parse(html).body().select("noscript").isEmpty()) {
            // A JavaScript app shell: the only text is what it shows browsers without JavaScript.
            article = read(html, wholePage, true);
        }
        if (article == null) {
            throw new ArticleImportException(source, wholePage
                    ? "no article text found: the page has no paragraphs outside navigation, scripts and other page "
                    + "chrome (a page that builds its text with JavaScript must be saved after it has loaded, or "
                    + "copied from the browser)"
                    : "no text found in the copied HTML");
        }
        return article;
    }

    /** A "please enable JavaScript" line: it names JavaScript and asks for it, and says nothing else. */
    private static final Pattern JAVASCRIPT_NOTICE = Pattern.compile(
            "(?is)(?=.*\\bjava\\s?script\\b)(?=.*\\b(?:enable|enabled|enabling|turn on|switch on|activate|allow|"
            + "requires?|need|needs|supports?|disabled|turned off|switched off)\\b).{0,200}");

    /**
     * Replaces each {@code <noscript>} of the body by its content, less the lines that only ask for
     * JavaScript; how many such lines were dropped.
     */
    private static int openNoscript(Element body) {
        int notices = 0;
        for (Element noscript : body.select("noscript")) {
            if (noscript.children().isEmpty() && noscript.text().contains("<")) {
                // Parsed as raw text: read it as markup.
                String inner = noscript.wholeText();
                noscript.empty();
                noscript.append(inner);
            }
            List<Element> doomed = new ArrayList<>();
            for (Element e : noscript.getAllElements()) {
                if (e != noscript && JAVASCRIPT_NOTICE.matcher(e.text().strip()).matches()
                        && doomed.stream().noneMatch(d -> PageChrome.isAncestorOrSelf(d, e))) {
                    doomed.add(e);
                }
            }
            for (org.jsoup.nodes.TextNode t : noscript.textNodes()) {
                if (!t.isBlank() && JAVASCRIPT_NOTICE.matcher(t.text().strip()).matches()) {
                    t.remove();
                    notices++;
                }
            }
            for (Element e : doomed) {
                e.remove();
                notices++;
            }
            noscript.unwrap();
        }
        return notices;
    }

    /** The article, or null when the page yields no text; {@code noscript}: read what {@code <noscript>} holds. */
    private static ImportedArticle read(String html, boolean wholePage, boolean noscript) {
        Document doc = Jsoup.parse(html);
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PageMetadata metadata = PageMetadata.fromHead(doc, html, warnings);

        Element body = doc.body();
        if (noscript) {
            int notices = openNoscript(body);
            notes.add("the page builds its text with JavaScript: the text it shows browsers without JavaScript "
                    + "(<noscript>) was read" + (notices > 0 ? ", less its request to enable JavaScript" : ""));
        }
        PageChrome chrome = new PageChrome();
        chrome.strip(body);
        Element container = wholePage ? chooseBody(body, chrome, notes, warnings) : body;
        metadata.fromBody(container, body, warnings);
        int bylines = dropBylines(container);

        ParagraphWriter writer = new ParagraphWriter();
        int footnoteMarkers = HtmlParagraphs.write(container, writer);
        String text = writer.build();
        if (text.isEmpty()) {
            return null;
        }
        List<String> removed = chrome.removedKinds();
        if (!removed.isEmpty()) {
            notes.add("dropped from the page: " + String.join(", ", removed));
        }
        if (bylines > 0) {
            notes.add("the byline was dropped from the text (it is read as the author)");
        }
        if (footnoteMarkers > 0) {
            notes.add(footnoteMarkers + (footnoteMarkers == 1 ? " footnote marker" : " footnote markers")
                    + " dropped from the text");
        }
        notes.add("headings, paragraphs, list items and block quotes became plain paragraphs; white space inside "
                + "them was collapsed; entities were decoded and non-breaking spaces kept");
        if (writer.droppedControls() > 0) {
            notes.add(writer.droppedControls() + " control characters dropped");
        }
        notes.addAll(metadata.notes());
        return new ImportedArticle(text, metadata.title(), metadata.outlet(), metadata.author(), metadata.url(),
                metadata.published(), metadata.language(), ArticleFormat.HTML, notes, warnings);
    }

    /** The article body of a page whose chrome is gone (see the class comment). */
    private static Element chooseBody(Element body, PageChrome chrome, List<String> notes, List<String> warnings) {
        Element densest = densestBlock(body);
        int densestChars = densest == null ? 0 : paragraphChars(densest);
        String[][] groups = {{"article", "the page's <article> element"},
                {"[itemprop=articleBody]", "the page's articleBody (schema.org)"},
                {"main, [role=main]", "the page's <main> element"}};
        for (String[] group : groups) {
            Element best = null;
            int bestChars = 0;
            for (Element candidate : body.select(group[0])) {
                int chars = HtmlParagraphs.textLength(candidate);
                if (chars > bestChars) {
                    best = candidate;
                    bestChars = chars;
                }
            }
            if (best != null && bestChars * 2 >= densestChars) {
                notes.add("the article body is " + group[1]);
                return best;
            }
        }
        if (densest != null) {
            warnings.add("the page does not mark its article: the densest block of paragraphs was taken as its "
                    + "body; check that the text is the whole article and nothing else");
            Element widened = widen(densest, body);
            if (widened != densest) {
                chrome.stripNamedAround(widened, densest);
                notes.add("the article continues in blocks beside the densest one: their common parent was taken");
            }
            return widened;
        }
        warnings.add("the page has no paragraphs: all of its text outside the page chrome was taken; check it");
        return body;
    }

    /** The element whose paragraphs hold the most text (a paragraph counts half for its grandparent), or null. */
    private static Element densestBlock(Element body) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        List<Map.Entry<Element, Integer>> paragraphs = new ArrayList<>();
        for (Element p : body.select("p")) {
            int length = HtmlParagraphs.textLength(p);
            if (length > 0 && p.parent() != null) {
                paragraphs.add(Map.entry(p.parent(), length));
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs = brParagraphs(body);
        }
        for (Map.Entry<Element, Integer> paragraph : paragraphs) {
            int length = paragraph.getValue();
            Element parent = paragraph.getKey();
            scores.merge(parent, 2 * length, Integer::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, length, Integer::sum);
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    /**
     * A story a page splits into sibling blocks ({@code <div class="text-block">} after
     * {@code <div class="text-block">}): the densest block is one of them, so it is widened to its
     * parent while the parent's other paragraphs — those outside the block and outside elements
     * named as chrome — are more of the same article: together at least a fifth of the block's
     * text, and on average at least half as long as the block's paragraphs (a comment thread, a
     * list of teasers or a photo credit has short ones).
     */
    private static Element widen(Element block, Element body) {
        Element chosen = block;
        while (chosen != body && chosen.parent() != null) {
            Element parent = chosen.parent();
            int ownChars = 0;
            int ownCount = 0;
            for (Element p : chosen.select("p")) {
                int length = HtmlParagraphs.textLength(p);
                if (length > 0) {
                    ownChars += length;
                    ownCount++;
                }
            }
            int extraChars = 0;
            int extraCount = 0;
            for (Element p : parent.select("p")) {
                if (PageChrome.isAncestorOrSelf(chosen, p) || namedChromeBetween(p, parent)) {
                    continue;
                }
                int length = HtmlParagraphs.textLength(p);
                if (length > 0) {
                    extraChars += length;
                    extraCount++;
                }
            }
            if (ownCount == 0 || extraCount == 0 || extraChars * 5 < ownChars
                    || (long) extraChars * ownCount * 2 < (long) ownChars * extraCount) {
                break;
            }
            chosen = parent;
        }
        return chosen;
    }

    /** True when {@code e} or one of its ancestors below {@code top} is named as chrome (or a byline). */
    private static boolean namedChromeBetween(Element e, Element top) {
        for (Element x = e; x != null && x != top; x = x.parent()) {
            if (PageChrome.namedKind(x) != null || isByline(x)) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += HtmlParagraphs.textLength(p);
        }
        if (n == 0) {
            for (Map.Entry<Element, Integer> paragraph : brParagraphs(e)) {
                n += paragraph.getValue();
            }
        }
        return n;
    }

    /**
     * On a page without {@code <p>}: the runs of text an element separates with {@code <br><br>}
     * (a blank line), each with the element holding it and its length. Only an element with at
     * least one blank line has such paragraphs (a list of links one per line has none); a block
     * element inside it ends a run.
     */
    static List<Map.Entry<Element, Integer>> brParagraphs(Element root) {
        List<Map.Entry<Element, Integer>> runs = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            List<Integer> lengths = new ArrayList<>();
            int run = 0;
            boolean blankLine = false;
            boolean afterBr = false;
            for (org.jsoup.nodes.Node node : e.childNodes()) {
                if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                    continue;
                }
                if (node instanceof Element child && child.normalName().equals("br")) {
                    if (afterBr) {
                        blankLine = true;
                        if (run > 0) {
                            lengths.add(run);
                        }
                        run = 0;
                    }
                    afterBr = true;
                    continue;
                }
                afterBr = false;
                if (node instanceof Element child && HtmlParagraphs.BLOCKS.contains(child.normalName())) {
                    if (run > 0) {
                        lengths.add(run);
                    }
                    run = 0;
                } else if (node instanceof Element child) {
                    run += HtmlParagraphs.textLength(child);
                } else if (node instanceof org.jsoup.nodes.TextNode t) {
                    run += HtmlParagraphs.textLength(t);
                }
            }
            if (run > 0) {
                lengths.add(run);
            }
            if (blankLine) {
                for (int length : lengths) {
                    runs.add(Map.entry(e, length));
                }
            }
        }
        return runs;
    }

    /**
     * Removes bylines and datelines from the body; how many. A byline's line (the block element
     * around it, short of the body) goes with it when nothing else is on it but separators, a date
     * or time ({@code <time>} or written out, "Updated" and the like before it) — "By Ann Lee ·
     * 6 May 2024, 08:00" leaves no "· 6 May 2024, 08:00" behind; a line holding anything else keeps it.
     */
    private static int dropBylines(Element container) {
        List<Element> bylines = new ArrayList<>();
        for (Element e : container.getAllElements()) {
            if (e != container && isByline(e)) {
                bylines.add(e);
            }
        }
        Element plain = plainByline(container);
        if (plain != null && !bylines.contains(plain)) {
            bylines.add(plain);
        }
        int n = 0;
        for (Element e : bylines) {
            if (!PageChrome.isAncestorOrSelf(container, e)) {
                continue; // removed with an earlier byline's line
            }
            Element line = e;
            for (Element x = e.parent(); x != null && x != container; x = x.parent()) {
                if (HtmlParagraphs.BLOCKS.contains(x.normalName())) {
                    line = x;
                    break;
                }
            }
            if (line != e && isMetaOnly(rest(line))) {
                line.remove();
            } else {
                e.remove();
            }
            n++;
        }
        return n;
    }

    /** The text of a line less its bylines, datelines and {@code <time>} elements. */
    private static String rest(Element line) {
        Element copy = line.clone();
        for (Element x : copy.select("time")) {
            x.remove();
        }
        for (Element x : copy.getAllElements()) {
            if (x != copy && isByline(x) && x.parent() != null) {
                x.remove();
            }
        }
        return copy.text();
    }

    private static final Pattern META_SEPARATORS = Pattern.compile("[·•|/—–]|\\s-\\s");
    private static final Pattern META_WORDS = Pattern.compile(
            "(?i)^(?:(?:by|on|at|published|updated|posted|last|first|modified|and)\\b[\\s:,.]*)+");
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)(?:\\bat\\s+)?\\b\\d{1,2}(?:[:.]\\d{2})(?:\\s*[ap]\\.?m\\b\\.?)?(?:\\s+[A-Z]{2,5}\\b)?"
            + "|(?:\\bat\\s+)?\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?");

    /** True when a line's text is nothing but separators and dates or times ("· 6 May 2024, 08:00", "| Updated 6 May"). */
    static boolean isMetaOnly(String text) {
        for (String piece : META_SEPARATORS.split(text)) {
            String p = META_WORDS.matcher(piece.strip()).replaceFirst("");
            p = TIME_OF_DAY.matcher(p).replaceAll(" ").strip();
            p = p.replaceAll("^[\\s,;:.]+|[\\s,;:.]+$", "");
            if (!p.isEmpty() && PublishedDate.toEdtf(p) == null) {
                return false;
            }
        }
        return true;
    }

    static boolean isByline(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return names.contains("byline") || names.contains("dateline");
    }

    /** How many of the body's first paragraphs are looked at for a byline written as plain text. */
    private static final int PLAIN_BYLINE_REACH = 3;

    /** A name: capitalised words, initials, particles ("Katrin Oberholzer", "J. R. de la Cruz", "Seán O'Neill"). */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|della|di|du|la|le|van|von|der|den|bin|al|el)){0,4}";

    /** "By Katrin Oberholzer", "By Ann Lee and Tom Ray", "By A. Smith, B. Jones & C. Wu". */
    private static final java.util.regex.Pattern PLAIN_BYLINE = java.util.regex.Pattern.compile(
            "(?:By|BY)\\s+" + NAME + "(?:\\s*(?:,|&|\\band\\b)\\s*" + NAME + "){0,4}");

    /** Words that start a "By …" line that is not a name ("By Tuesday", "By March"). */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "(?i)by\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may"
            + "|june|july|august|september|october|november|december|the|then|now|contrast|comparison|far|law|hand"
            + "|night|day|land|sea|air|car|train|bus|road|rail)\\b.*");

    /**
     * A byline written as a plain paragraph among the first {@value #PLAIN_BYLINE_REACH} of the
     * body, with no class to say so ({@code <p>By Katrin Oberholzer</p>}); null when there is none.
     * Only a whole paragraph of "By" and names counts, never a sentence.
     */
    static Element plainByline(Element container) {
        int seen = 0;
        for (Element p : container.select("p")) {
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (isByline(text)) {
                return p;
            }
            if (++seen >= PLAIN_BYLINE_REACH) {
                return null;
            }
        }
        return null;
    }

    /** A line or paragraph that is only "By" and names ("By Ann Lee and Tom Ray"), never a sentence ("By Tuesday, …"). */
    static boolean isByline(String text) {
        return text.length() <= 120 && PLAIN_BYLINE.matcher(text).matches() && !NOT_A_NAME.matcher(text).matches();
    }

    /** Elements of {@code scope} matching {@code query}, else of {@code page}. */
    static Elements within(Element scope, Element page, String query) {
        Elements found = scope.select(query);
        return found.isEmpty() && scope != page ? page.select(query) : found;
    }
}
