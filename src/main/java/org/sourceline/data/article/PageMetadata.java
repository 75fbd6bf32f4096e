package org.sourceline.data.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a web page says about its article, each fact from the first of these sources that gives
 * it (a fact no source gives stays null):
 * <ul>
 *   <li><b>title</b>: {@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, the
 *       {@code <title>}, the first {@code <h1>} of the article (else of the page); less the
 *       site's name before or after a separator (" | ", " - ", " – ", " — ", " · ", " :: ",
 *       " : ") when that part is the outlet or the URL's host names it ({@link #withoutSiteName}),
 *       or when the first heading is the rest ({@link #headlineOf});</li>
 *   <li><b>author</b>: {@code meta[name=author]}, JSON-LD {@code author}, the meta tags news
 *       sites use ({@code byl}, {@code article:author} unless a link, {@code parsely-author},
 *       {@code dc.creator}, {@code sailthru.author}), then the byline:
 *       {@code [rel=author]} links, {@code [itemprop=author]}, the innermost {@code .byline} (a leading "By" and
 *       a trailing date removed); several authors joined by ", ";</li>
 *   <li><b>published</b>: {@code article:published_time}, JSON-LD {@code datePublished},
 *       {@code [itemprop=datePublished]}, then {@code <time datetime>} (one marked
 *       {@code pubdate}, else the article's first; outside the article only when all the page's
 *       dates agree) — as EDTF ({@link PublishedDate});</li>
 *   <li><b>url</b>: {@code og:url}, {@code link[rel=canonical]}, JSON-LD {@code url} or
 *       {@code mainEntityOfPage}, the "saved from url=" comment browsers write into saved pages;
 *       only absolute http(s) addresses;</li>
 *   <li><b>outlet</b>: {@code og:site_name}, JSON-LD {@code publisher.name};</li>
 *   <li><b>language</b>: {@code <html lang>}, {@code content-language}, {@code og:locale}, JSON-LD
 *       {@code inLanguage}.</li>
 * </ul>
 * JSON-LD is read from {@code <script type="application/ld+json">}: the first object (also inside
 * arrays and {@code @graph}) whose {@code @type} is an article type (NewsArticle, BlogPosting …).
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    private static final Pattern BY = Pattern.compile("(?i)^(?:written\\s+)?by[:\\s]\\s*");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "socialmediaposting", "report", "scholarlyarticle", "techarticle", "liveblogposting");

    private final List<String> notes = new ArrayList<>();
    private String title;
    private String outlet;
    private String author;
    private String url;
    private String published;
    private String language;

    private PageMetadata() {
    }

    /** Reads what the head, meta tags and JSON-LD say (before the page's chrome is removed). */
    static PageMetadata fromHead(Document doc, String html, List<String> warnings) {
        PageMetadata m = new PageMetadata();
        Map<String, String> meta = metaTags(doc);
        JsonNode ld = jsonLdArticle(doc, warnings);

        m.outlet = m.first("outlet", meta.get("og:site_name"), "og:site_name",
                ld == null ? null : text(ld.path("publisher").path("name")), "JSON-LD publisher");
        m.url = m.first("url", httpUrl(meta.get("og:url")), "og:url", httpUrl(canonical(doc)), "the canonical link",
                ld == null ? null : httpUrl(ldUrl(ld)), "JSON-LD url", httpUrl(savedFrom(html)),
                "the \"saved from\" comment");
        String[] titles = {meta.get("og:title"), "og:title", meta.get("twitter:title"), "twitter:title",
            ld == null ? null : text(ld.get("headline")), "the JSON-LD headline", doc.title(), "the <title>"};
        for (int i = 0; i < titles.length && m.title == null; i += 2) {
            m.title = m.first("title", titles[i], titles[i + 1].replaceFirst("^the ", ""));
            m.title = m.withoutSiteName(m.title, titles[i + 1]);
        }
        m.author = m.first("author", meta.get("author"), "meta author", ld == null ? null : authors(ld.get("author")),
                "JSON-LD author", cleanByline(meta.get("byl")), "meta byl", notAUrl(meta.get("article:author")),
                "article:author", meta.get("parsely-author"), "parsely-author", meta.get("dc.creator"), "dc.creator",
                meta.get("sailthru.author"), "sailthru.author");
        m.language = m.first("language", language(doc.selectFirst("html") == null ? null
                        : doc.selectFirst("html").attr("lang")), "<html lang>",
                language(meta.get("content-language")), "content-language", language(meta.get("og:locale")),
                "og:locale", ld == null ? null : language(text(ld.get("inLanguage"))), "JSON-LD inLanguage");
        m.datePublished(meta.get("article:published_time"), "article:published_time", warnings);
        if (m.published == null && ld != null) {
            m.datePublished(text(ld.get("datePublished")), "JSON-LD datePublished", warnings);
        }
        if (m.published == null) {
            m.datePublished(meta.get("datepublished"), "itemprop=datePublished", warnings);
        }
        // The meta tags news sites and their analytics use for it, most specific first.
        for (String name : List.of("parsely-pub-date", "pubdate", "publish-date", "publication_date", "dc.date.issued",
                "dcterms.created", "sailthru.date", "dc.date", "date")) {
            if (m.published != null) {
                break;
            }
            m.datePublished(meta.get(name), "meta " + name, warnings);
        }
        return m;
    }

    /** Fills in what only the body gives: byline, dates in the text, the first heading. */
    void fromBody(Element article, Element page, List<String> warnings) {
        if (author == null) {
            author = first("author", byline(article, page), "the byline");
        }
        if (published == null) {
            for (Element e : HtmlArticle.within(article, page, "[itemprop=datePublished]")) {
                String value = !e.attr("datetime").isEmpty() ? e.attr("datetime")
                        : !e.attr("content").isEmpty() ? e.attr("content") : e.text();
                if (datePublished(value, "itemprop=datePublished", warnings)) {
                    break;
                }
            }
        }
        if (published == null) {
            timeElement(article, page, warnings);
        }
        Element h1 = HtmlArticle.within(article, page, "h1").first();
        if (title == null) {
            title = first("title", h1 == null ? null : h1.text(), "the first heading");
        } else if (h1 != null) {
            title = headlineOf(title, clean(h1.text()));
        }
    }

    /**
     * "Story - Some Site" whose first heading is "Story": the title less the part beside the
     * separator, which names the site in a way neither the outlet nor the URL shows.
     */
    private String headlineOf(String t, String heading) {
        if (heading == null || t.equalsIgnoreCase(heading) || heading.split("\\s+").length < 3) {
            return t; // a heading of a word or two may be a section's name, not the story's
        }
        TitleCut cut = cut(t, (part, rest) -> rest.equalsIgnoreCase(heading) && looksLikeAName(part) ? "heading" : null);
        if (cut == null) {
            return t;
        }
        notes.add("\"" + cut.part() + "\" removed from the " + (cut.atEnd() ? "end" : "start")
                + " of the title: the page's first heading is the rest");
        return cut.rest();
    }

    String title() {
        return title;
    }

    String outlet() {
        return outlet;
    }

    String author() {
        return author;
    }

    String url() {
        return url;
    }

    String published() {
        return published;
    }

    String language() {
        return language;
    }

    List<String> notes() {
        return notes;
    }

    // ----- sources -----------------------------------------------------------------------------

    /** The first non-blank value of (value, source) pairs, noting where it came from. */
    private String first(String field, String... valuesAndSources) {
        for (int i = 0; i + 1 < valuesAndSources.length; i += 2) {
            String value = clean(valuesAndSources[i]);
            if (value != null) {
                notes.add(field + " from " + valuesAndSources[i + 1]);
                return value;
            }
        }
        return null;
    }

    /** Reads a publication date; true when it was understood. */
    private boolean datePublished(String value, String source, List<String> warnings) {
        String raw = clean(value);
        if (raw == null) {
            return false;
        }
        String edtf = PublishedDate.toEdtf(raw);
        if (edtf == null) {
            warnings.add("the publication date \"" + raw + "\" (" + source + ") is not understood: left empty");
            return false;
        }
        published = edtf;
        notes.add("published from " + source + ": \"" + raw + "\" read as " + edtf
                + (edtf.length() < raw.length() ? " (time of day and zone dropped)" : ""));
        return true;
    }

    private void timeElement(Element article, Element page, List<String> warnings) {
        Element pubdate = page.selectFirst("time[pubdate][datetime]");
        if (pubdate != null) {
            datePublished(pubdate.attr("datetime"), "<time pubdate>", warnings);
            return;
        }
        if (article != page) {
            Element inArticle = article.selectFirst("time[datetime]");
            if (inArticle != null) {
                datePublished(inArticle.attr("datetime"), "the article's first <time>", warnings);
                return;
            }
        }
        Set<String> days = new LinkedHashSet<>();
        String firstRaw = null;
        for (Element time : page.select("time[datetime]")) {
            String edtf = PublishedDate.toEdtf(time.attr("datetime"));
            if (edtf != null) {
                days.add(edtf);
                if (firstRaw == null) {
                    firstRaw = time.attr("datetime");
                }
            }
        }
        if (days.size() == 1) {
            datePublished(firstRaw, "the page's <time>", warnings);
        } else if (days.size() > 1) {
            warnings.add("the page shows " + days.size() + " different dates and marks none as the publication date: "
                    + "left empty");
        }
    }

    /** Joining words a site's name may hold in lower case ("The Times of India", "Arts and Letters"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "&", "for", "on", "in", "de", "la", "le");

    /**
     * A site's name as a title shows it: at most six words, each capitalised or a joining word
     * ("The New York Times", "BBC News"), never a clause ("Russia talks resume").
     */
    private static boolean looksLikeAName(String part) {
        String[] words = part.strip().split("\\s+");
        if (words.length == 0 || words.length > 6 || words[0].isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))
                    && !NAME_JOINERS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** What separates a page title from the site's name: "Story | Site", "Site - Story". */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ", " : ");

    /**
     * The title less the site's name before or after a separator, when that part names the site:
     * the outlet (in any case), or the name in the URL's host ("Wikipedia" on en.wikipedia.org,
     * "BBC" on bbc.co.uk). A part that names neither stays: "Iran - Russia talks" is a title.
     */
    private String withoutSiteName(String t, String source) {
        if (t == null) {
            return null;
        }
        TitleCut cut = cut(t, (part, rest) -> siteNamedBy(part));
        if (cut == null) {
            return t;
        }
        notes.add("\"" + cut.part() + "\" (" + cut.reason() + ") removed from the " + (cut.atEnd() ? "end" : "start")
                + " of " + source);
        return cut.rest();
    }

    /**
     * A title split at a separator into the part that goes and the rest: the part after the last
     * separator, else before the first, that {@code reason} gives a reason for (null: it stays).
     */
    private record TitleCut(String part, String rest, boolean atEnd, String reason) {
    }

    private static TitleCut cut(String t, java.util.function.BinaryOperator<String> reason) {
        for (String separator : TITLE_SEPARATORS) {
            int last = t.lastIndexOf(separator);
            if (last > 0) {
                String part = t.substring(last + separator.length()).strip();
                String rest = t.substring(0, last).strip();
                String why = part.isEmpty() ? null : reason.apply(part, rest);
                if (why != null) {
                    return new TitleCut(part, rest, true, why);
                }
            }
            int first = t.indexOf(separator);
            if (first > 0 && first + separator.length() < t.length()) {
                String part = t.substring(0, first).strip();
                String rest = t.substring(first + separator.length()).strip();
                String why = reason.apply(part, rest);
                if (why != null) {
                    return new TitleCut(part, rest, false, why);
                }
            }
        }
        return null;
    }

    /** How a part of a title names the site ("the outlet", "the site's name in the URL"), or null when it does not. */
    private String siteNamedBy(String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return null;
        }
        if (outlet != null && p.equalsIgnoreCase(outlet.strip())) {
            return "the outlet";
        }
        String letters = p.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.length() >= 2 && hostNames().contains(letters) ? "the site's name in the URL" : null;
    }

    /** The names in the URL's host that can name a site: "en.wikipedia.org" → wikipedia; "bbc.co.uk" → bbc. */
    private Set<String> hostNames() {
        Set<String> names = new LinkedHashSet<>();
        if (url == null) {
            return names;
        }
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return names;
        }
        if (host == null) {
            return names;
        }
        String[] labels = host.toLowerCase(java.util.Locale.ROOT).split("\\.");
        // The last label is the top-level domain; a two-letter one may follow a second level (co.uk, com.au).
        int end = labels.length - 1;
        if (end >= 2 && labels[end].length() == 2 && labels[end - 1].length() <= 3) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (!labels[i].equals("www") && labels[i].length() >= 2) {
                names.add(labels[i].replace("-", ""));
            }
        }
        return names;
    }

    /** Author names from the byline: rel=author links, itemprop=author, then .byline. */
    private static String byline(Element article, Element page) {
        Set<String> names = new LinkedHashSet<>();
        for (Element a : HtmlArticle.within(article, page, "[rel=author]")) {
            add(names, cleanByline(a.text()));
        }
        if (names.isEmpty()) {
            for (Element e : HtmlArticle.within(article, page, "[itemprop=author]")) {
                Element name = e.selectFirst("[itemprop=name]");
                String value = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                add(names, cleanByline(value));
            }
        }
        if (names.isEmpty()) {
            // The innermost byline: a wrapper (<div class="byline-block">) also holds the author's role.
            Elements bylines = HtmlArticle.within(article, page, "[class~=(?i)byline], [id~=(?i)byline]");
            for (Element e : bylines) {
                if (bylines.stream().noneMatch(inner -> inner != e && PageChrome.isAncestorOrSelf(e, inner))) {
                    add(names, cleanByline(spacedText(e)));
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            // "<p>By Katrin Oberholzer</p>" near the top, with no class to say it is the byline
            Element plain = HtmlArticle.plainByline(article);
            if (plain != null) {
                for (String name : cleanByline(plain.text()).split("\\s*(?:,|&|\\band\\b)\\s*")) {
                    add(names, clean(name));
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Inline elements that run into the word beside them ("<b>J</b>ohn"); any other element is set apart by a space. */
    private static final Set<String> RUN_IN = Set.of("a", "b", "i", "em", "strong", "u", "s", "small", "mark", "abbr",
            "sup", "sub", "bdi", "bdo", "font", "wbr");

    /**
     * An element's text with a space between the text of separate elements, so that
     * {@code <span>Ann Lee</span><span>Correspondent</span>} is not "Ann LeeCorrespondent".
     */
    static String spacedText(Element element) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    sb.append(text.getWholeText());
                } else if (node instanceof Element e && e != element && !RUN_IN.contains(e.normalName())) {
                    sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != element && !RUN_IN.contains(e.normalName())) {
                    sb.append(' ');
                }
            }
        }, element);
        return sb.toString(); // white space is collapsed by clean()
    }

    private static void add(Set<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    /** "By Emil Avdaliani | January 5, 2023" → "Emil Avdaliani". */
    static String cleanByline(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        s = BY.matcher(s).replaceFirst("");
        for (String separator : List.of(" | ", " · ", " • ", " — ", " – ", " / ")) {
            int at = s.indexOf(separator);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        // A trailing date after a comma: "Emil Avdaliani, January 5, 2023".
        for (int comma = s.indexOf(", "); comma > 0; comma = s.indexOf(", ", comma + 1)) {
            if (PublishedDate.toEdtf(s.substring(comma + 2)) != null) {
                s = s.substring(0, comma);
                break;
            }
        }
        s = s.strip();
        return s.isEmpty() || s.length() > 200 || s.codePoints().noneMatch(Character::isLetter) ? null : s;
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String content = e.attr("content");
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String k = e.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && clean(content) != null) {
                    meta.putIfAbsent(k, content);
                }
            }
        }
        return meta;
    }

    /** A meta value unless it is a link (article:author often holds the author's profile page). */
    private static String notAUrl(String value) {
        return value == null || value.strip().matches("(?i)(?:https?:)?//.*|www\\..*") ? null : value;
    }

    private static String canonical(Document doc) {
        for (Element link : doc.select("link[href]")) {
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("canonical")) {
                    return link.attr("href");
                }
            }
        }
        return null;
    }

    private static String savedFrom(String html) {
        Matcher m = SAVED_FROM.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
        return m.find() ? m.group(1) : null;
    }

    /** An absolute http or https address, or null. */
    static String httpUrl(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? v : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A BCP 47 tag ({@code en_US} written as {@code en-US}), or null. */
    static String language(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        v = v.replace('_', '-');
        return LANGUAGE.matcher(v).matches() ? v : null;
    }

    // ----- JSON-LD -----------------------------------------------------------------------------

    private static JsonNode jsonLdArticle(Document doc, List<String> warnings) {
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                warnings.add("a JSON-LD block of the page is not valid JSON: ignored");
                continue;
            }
            JsonNode found = findArticle(root, 0);
            if (found != null) {
                return withReferencesResolved(found, root);
            }
        }
        return null;
    }

    /**
     * The article node with its publisher and authors filled in where they only refer to another
     * node of the same JSON-LD by {@code @id} (as Yoast's {@code @graph} does:
     * {@code "publisher": {"@id": "…#organization"}} and the organisation's name elsewhere).
     */
    private static JsonNode withReferencesResolved(JsonNode article, JsonNode root) {
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        collectIds(root, byId, 0);
        if (byId.isEmpty() || !article.isObject()) {
            return article;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) article)
                .deepCopy();
        for (String field : List.of("publisher", "author")) {
            JsonNode value = copy.get(field);
            if (value != null && value.isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode resolved = copy.arrayNode();
                value.forEach(item -> resolved.add(referenced(item, byId)));
                copy.set(field, resolved);
            } else if (value != null) {
                copy.set(field, referenced(value, byId));
            }
        }
        return copy;
    }

    /** The node {@code ref} points to by its {@code @id} when it names nothing itself; else {@code ref}. */
    private static JsonNode referenced(JsonNode ref, Map<String, JsonNode> byId) {
        if (ref.isObject() && text(ref.get("name")) == null && text(ref.get("@id")) != null) {
            JsonNode target = byId.get(text(ref.get("@id")));
            if (target != null && text(target.get("name")) != null) {
                return target;
            }
        }
        return ref;
    }

    private static void collectIds(JsonNode node, Map<String, JsonNode> byId, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectIds(item, byId, depth + 1));
        } else if (node.isObject()) {
            String id = text(node.get("@id"));
            if (id != null && text(node.get("name")) != null) {
                byId.putIfAbsent(id, node);
            }
            node.forEach(child -> collectIds(child, byId, depth + 1));
        }
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 8) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (author.isArray()) {
            for (JsonNode a : author) {
                add(names, clean(a.isObject() ? text(a.get("name")) : text(a)));
            }
        } else {
            add(names, clean(author.isObject() ? text(author.get("name")) : text(author)));
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String ldUrl(JsonNode ld) {
        String url = text(ld.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = ld.get("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        return page.isObject() ? (text(page.get("@id")) != null ? text(page.get("@id")) : text(page.get("url")))
                : text(page);
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** White space collapsed and trimmed; null when nothing is left. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        ParagraphWriter w = new ParagraphWriter();
        String text = w.text(s).build();
        return text.isEmpty() ? null : text.substring(0, text.length() - 1);
    }
}
