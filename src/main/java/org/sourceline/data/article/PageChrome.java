package org.sourceline.data.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what a saved web page holds besides its article: the page's "chrome". What counts:
 * <ul>
 *   <li><b>by element</b>: {@code script}, {@code style}, {@code noscript}, {@code template},
 *       {@code iframe} and other embedded objects, {@code svg}, {@code canvas}, images, video and
 *       audio, {@code nav}, {@code aside}, {@code dialog}, {@code menu}, {@code button} and form
 *       fields, {@code form} (but not a form holding the article, as ASP.NET pages have),
 *       {@code figure} with its {@code figcaption} (captions and photo credits describe pictures
 *       that are not kept, they are not the story), {@code footer}, and a {@code header} outside
 *       the article (the site's masthead; the article's own header, with its headline, stays), and
 *       AMP's elements for ads, embeds, share buttons, the sidebar, analytics, consent and media
 *       ({@code amp-ad}, {@code amp-embed}, {@code amp-social-share}, {@code amp-sidebar},
 *       {@code amp-analytics}, {@code amp-img} …);</li>
 *   <li><b>by role</b>: ARIA roles navigation, banner (outside the article), contentinfo,
 *       complementary, search, dialog, alertdialog, menu, menubar, toolbar;</li>
 *   <li><b>hidden</b>: the {@code hidden} attribute, {@code aria-hidden="true"},
 *       {@code display:none} or {@code visibility:hidden} in a {@code style} attribute;</li>
 *   <li><b>by name</b>: an element whose class or id contains one of these words (split at
 *       {@code -}, {@code _}, spaces and camelCase humps): share/sharing/social (share buttons),
 *       cookie/consent/gdpr (cookie banners), newsletter/subscribe/subscription/signup,
 *       ad/ads/advert/advertisement/sponsor/sponsored/promo, related (also at the start of a compound:
 *       {@code relatedposts}, not {@code unrelated})/recommended/recirculation/
 *       more-stories, comments, breadcrumb, sidebar, menu/nav/navbar/navigation, masthead, popup/
 *       modal/overlay, paywall, toolbar, tags, print, skip (skip links), sr-only/visually-hidden
 *       (text for screen readers only), caption/credit; unless it holds the article: the element
 *       with the most text of those marked {@code article}, {@code main}, {@code [role=main]} or
 *       {@code [itemprop=articleBody]} (so a list of teaser {@code <article>}s is still dropped), or,
 *       on a page that marks none, half the page's paragraphs;</li>
 *   <li><b>pull quotes</b>: an element whose class says {@code pullquote}, {@code pull-quote} or
 *       {@code pull_quote} (it repeats words of the story, set large);</li>
 *   <li><b>MediaWiki furniture</b>: section edit links ({@code .mw-editsection}), the infobox
 *       ({@code .infobox}), category links ({@code .catlinks}, {@code #catlinks}), the "From
 *       Wikipedia…" tagline ({@code #siteSub}), the language button ({@code #p-lang-btn},
 *       {@code .mw-portlet-lang}), the references' back-links ({@code .mw-cite-backlink}) and the
 *       skip link ({@code .mw-jump-link});</li>
 *   <li>HTML comments.</li>
 * </ul>
 * Each removal is counted by kind, for the import notes.
 */
final class PageChrome {
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "picture",
            "img", "map", "nav", "aside", "dialog", "menu", "button", "input", "select", "textarea", "label", "output",
            "figure", "figcaption", "link", "meta", "source", "track",
            // AMP's own elements for the same things (an ad's placeholder says "Advertisement")
            "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-social-share", "amp-sidebar", "amp-analytics",
            "amp-pixel", "amp-consent", "amp-user-notification", "amp-img", "amp-anim", "amp-video", "amp-audio",
            "amp-iframe");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Map<String, String> WORDS = words();
    private static final String ARTICLE = "article, main, [role=main], [itemprop=articleBody]";

    /** Kinds removed and how many of each, in the order first met. */
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    /**
     * The element holding the article and everything around it: never removed, so that a page
     * wrapped in {@code <div class="page sidebar-layout">} or an ASP.NET {@code <form>} keeps its story.
     */
    private final Set<Element> wrappers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int pageParagraphs;

    /** Removes the chrome from {@code body} (which stays). */
    void strip(Element body) {
        removeComments(body);
        pageParagraphs = body.select("p").size();
        // The largest element that says it is the article (teaser cards are <article>s too: the largest wins).
        Element article = null;
        int articleChars = 0;
        for (Element candidate : body.select(ARTICLE)) {
            int chars = HtmlParagraphs.textLength(candidate);
            if (chars > articleChars) {
                article = candidate;
                articleChars = chars;
            }
        }
        for (Element e = article; e != null; e = e.parent()) {
            wrappers.add(e);
        }
        List<Element> doomed = new ArrayList<>();
        collect(body, body, pageParagraphs, doomed);
        for (Element element : doomed) {
            if (element.parent() != null) {
                element.remove();
            }
        }
    }

    /**
     * Removes from {@code scope} the elements named as chrome (comment sections, related stories …)
     * that {@link #strip} kept because they seemed to hold the article (on a page that marks none,
     * a comment section can have more paragraphs than the story), now that the article is known to
     * be {@code article}: those that do not contain it. Counted like the others.
     */
    void stripNamedAround(Element scope, Element article) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (e == scope || isAncestorOrSelf(e, article) || isAncestorOrSelf(article, e)) {
                continue;
            }
            String kind = namedKind(e);
            if (kind != null) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (isAncestorOrSelf(scope, e)) {
                count(namedKind(e));
                e.remove();
            }
        }
    }

    /** True when {@code ancestor} is {@code e} or holds it. */
    static boolean isAncestorOrSelf(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The chrome kind an element's class or id names (never for the elements that mark an article), or null. */
    static String namedKind(Element e) {
        String name = e.normalName();
        if (name.equals("body") || name.equals("article") || name.equals("main")
                || e.attr("itemprop").equals("articleBody")) {
            return null;
        }
        String kind = kindByName(e.className());
        return kind != null ? kind : kindByName(e.id());
    }

    /** Kinds of chrome removed, e.g. "scripts (4)", "a cookie or consent banner". */
    List<String> removedKinds() {
        List<String> kinds = new ArrayList<>();
        removed.forEach((kind, count) -> kinds.add(count == 1 ? kind : kind + " (" + count + ")"));
        return kinds;
    }

    private void count(String kind) {
        removed.merge(kind, 1, Integer::sum);
    }

    private void removeComments(Element body) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, body);
        for (Node comment : comments) {
            comment.remove();
            count("HTML comments");
        }
    }

    /** Walks the tree top-down; a removed element's descendants are not visited. */
    private void collect(Element root, Element body, int pageParagraphs, List<Element> doomed) {
        List<Element> stack = new ArrayList<>();
        for (int i = root.childrenSize() - 1; i >= 0; i--) {
            stack.add(root.child(i));
        }
        while (!stack.isEmpty()) {
            Element element = stack.remove(stack.size() - 1);
            String kind = kindOf(element, pageParagraphs);
            if (kind != null) {
                doomed.add(element);
                count(kind);
                continue;
            }
            for (int i = element.childrenSize() - 1; i >= 0; i--) {
                stack.add(element.child(i));
            }
        }
    }

    /** What kind of chrome an element is, or null when it stays. */
    private String kindOf(Element e, int pageParagraphs) {
        String name = e.normalName();
        if (DROPPED_ELEMENTS.contains(name)) {
            return switch (name) {
                case "script", "noscript", "template", "amp-analytics", "amp-pixel" -> "scripts";
                case "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads" -> "advertisements and promotions";
                case "amp-social-share" -> "share and social buttons";
                case "amp-sidebar" -> "navigation";
                case "amp-consent", "amp-user-notification" -> "cookie and consent banners";
                case "amp-iframe" -> "embedded frames and objects";
                case "style", "link", "meta" -> "style sheets and page metadata";
                case "nav", "menu" -> "navigation";
                case "aside" -> "asides";
                case "figure", "figcaption", "img", "picture", "svg", "canvas", "video", "audio", "map", "source",
                     "track", "amp-img", "amp-anim", "amp-video", "amp-audio" -> "figures, images and captions";
                case "iframe", "frame", "frameset", "object", "embed", "applet" -> "embedded frames and objects";
                case "button", "input", "select", "textarea", "label", "output" -> "buttons and form fields";
                case "dialog" -> "dialogs";
                case "math" -> "formulas";
                default -> "other page elements";
            };
        }
        if (name.equals("form")) {
            return wrapsArticle(e, pageParagraphs) ? null : "forms";
        }
        if (name.equals("footer")) {
            return "page and article footers";
        }
        if (name.equals("header") && !insideArticle(e)) {
            return "the site's header";
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
        if (DROPPED_ROLES.contains(role) || (role.equals("banner") && !insideArticle(e))) {
            return role.equals("navigation") ? "navigation" : "page regions marked " + role;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") || hiddenByStyle(e.attr("style"))) {
            return "hidden elements";
        }
        if (isPullQuote(e) && !wrappers.contains(e)) {
            return "pull quotes (they repeat the story's words)";
        }
        String wiki = wikiFurniture(e);
        if (wiki != null) {
            return wiki;
        }
        String kind = namedKind(e);
        if (kind != null && !wrapsArticle(e, pageParagraphs)) {
            return kind;
        }
        return null;
    }

    /** A pull quote: its class names one ("pullquote", "pull-quote", "pull_quote", "wp-block-pullquote", "pullQuote"). */
    static boolean isPullQuote(Element e) {
        String classes = e.className();
        return !classes.isEmpty() && classes.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")
                .contains("pullquote");
    }

    /** MediaWiki's page furniture, by the class or id MediaWiki gives it: class word or id → kind. */
    private static final Map<String, String> WIKI_CLASSES = Map.of(
            "mw-editsection", "edit-section links",
            "infobox", "infoboxes",
            "catlinks", "category links",
            "mw-portlet-lang", "language links",
            "mw-cite-backlink", "reference back-links",
            "mw-jump-link", "navigation",
            // MediaWiki's screen-only marks: "[citation needed]", "[clarification needed]"
            "noprint", "screen-only marks");
    private static final Map<String, String> WIKI_IDS = Map.of(
            "siteSub", "the site's tagline",
            "catlinks", "category links",
            "p-lang-btn", "language links");

    /** The kind of MediaWiki furniture an element is ("[edit]" links, the infobox, categories …), or null. */
    private static String wikiFurniture(Element e) {
        String kind = WIKI_IDS.get(e.id());
        if (kind != null) {
            return kind;
        }
        String classes = e.className();
        if (classes.isEmpty()) {
            return null;
        }
        for (String word : classes.split("\\s+")) {
            kind = WIKI_CLASSES.get(word);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static boolean insideArticle(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("article") || name.equals("main") || parent.attr("itemprop").equals("articleBody")
                    || parent.attr("role").equals("main")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an element holds the article: the largest element marked as the article, or, on a
     * page that marks none, half the page's paragraphs (at least three).
     */
    private boolean wrapsArticle(Element e, int pageParagraphs) {
        if (!wrappers.isEmpty()) {
            return wrappers.contains(e);
        }
        int paragraphs = e.select("p").size();
        return paragraphs >= 3 && paragraphs * 2 >= pageParagraphs;
    }

    private static boolean hiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The chrome kind named by a class list or id, or null. */
    static String kindByName(String names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        String whole = names.toLowerCase(Locale.ROOT);
        for (String token : whole.split("\\s+")) {
            String kind = WORDS.get(token);
            if (kind != null) {
                return kind;
            }
        }
        for (String word : splitWords(names)) {
            String kind = WORDS.get(word);
            if (kind != null) {
                return kind;
            }
        }
        // Compounds written as one word: "jp-relatedposts", "relatedstories", "relatedarticles".
        // Only at the start of a word: "unrelated" and "correlated" mean something else.
        for (String word : splitWords(names)) {
            if (word.startsWith("related") && word.length() > "related".length()
                    && !word.startsWith("relatedness")) {
                return WORDS.get("related");
            }
        }
        return null;
    }

    /** "articleShare-buttons sr_only" → article, share, buttons, sr, only. */
    private static List<String> splitWords(String names) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isLetterOrDigit(c)) {
                    continue;
                }
            }
            word.append(Character.toLowerCase(c));
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static Map<String, String> words() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : List.of("share", "shares", "sharing", "sharebar", "social", "socials", "sharetools")) {
            m.put(w, "share and social buttons");
        }
        for (String w : List.of("cookie", "cookies", "consent", "gdpr", "cmp")) {
            m.put(w, "cookie and consent banners");
        }
        for (String w : List.of("newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup")) {
            m.put(w, "newsletter and subscription boxes");
        }
        for (String w : List.of("ad", "ads", "advert", "adverts", "advertisement", "adslot", "sponsor", "sponsored",
                "promo", "promos", "promotion")) {
            m.put(w, "advertisements and promotions");
        }
        for (String w : List.of("related", "recommended", "recommendations", "recirculation", "more-stories",
                "read-more", "outbrain", "taboola")) {
            m.put(w, "related-story lists");
        }
        for (String w : List.of("comments", "comment-section", "disqus")) {
            m.put(w, "comment sections");
        }
        for (String w : List.of("breadcrumb", "breadcrumbs", "sidebar", "menu", "nav", "navbar", "navigation",
                "masthead", "site-header", "site-footer", "global-header", "global-footer", "skip", "skip-link",
                "toolbar", "tags", "tag-list", "print")) {
            m.put(w, "navigation");
        }
        for (String w : List.of("popup", "modal", "overlay", "paywall", "interstitial")) {
            m.put(w, "pop-ups and paywall notices");
        }
        for (String w : List.of("sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden")) {
            m.put(w, "hidden elements");
        }
        for (String w : List.of("caption", "credit", "credits", "photo-credit")) {
            m.put(w, "figures, images and captions");
        }
        return m;
    }
}
