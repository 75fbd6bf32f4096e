package org.sourceline.data.timelinejs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the HTML that TimelineJS allows in headlines and slide texts into plain text, safely:
 * it is a tokenizer, not a browser. Tags are dropped (their attributes, URLs included, are never
 * looked at), the content of {@code script}, {@code style} and other non-text elements is
 * dropped, comments vanish, character references are decoded, white space is collapsed as a
 * browser would and block elements become line breaks. Nothing is executed, rendered or fetched.
 *
 * <p>The text of {@code <blockquote>} elements is also returned apart: Sourceline writes an
 * event's quotes that way in its TimelineJS export, and reads them back as evidence.
 */
public final class HtmlText {
    /**
     * The plain text of a fragment.
     *
     * @param text              everything, quotes included
     * @param textWithoutQuotes everything outside {@code <blockquote>} elements
     * @param quotes            the text of each outermost {@code <blockquote>}, in order
     */
    public record Plain(String text, String textWithoutQuotes, List<String> quotes) {
        public Plain {
            quotes = List.copyOf(quotes);
        }
    }

    /** Elements whose content is not text a reader sees. */
    private static final Set<String> DROPPED_CONTENT = Set.of("script", "style", "template", "noscript", "iframe",
            "object", "svg", "math", "head", "title", "select", "canvas", "audio", "video");
    /** Elements that start and end a paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "dl", "table", "pre", "figure", "hr", "address", "section", "article", "aside", "header",
            "footer", "nav", "main", "details", "fieldset", "form");
    /** Elements that start and end a line. */
    private static final Set<String> LINES = Set.of("div", "li", "dt", "dd", "tr", "caption", "figcaption",
            "summary", "legend", "option");
    private static final Map<String, String> ENTITIES = entities();

    private HtmlText() {
    }

    /** The plain text of an HTML fragment; null becomes "". */
    public static String strip(String html) {
        return parse(html).text();
    }

    /** The plain text of an HTML fragment, with its block quotes apart. */
    public static Plain parse(String html) {
        if (html == null || html.isEmpty()) {
            return new Plain("", "", List.of());
        }
        return new Tokenizer(html).run();
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Plain text with collapsed white space and at most the breaks asked for. */
    private static final class Sink {
        private final StringBuilder out = new StringBuilder();
        private boolean pendingSpace;

        void text(char c) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true;
                return;
            }
            if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }

        /** Ends the current line; {@code blankLines} 1 leaves an empty line (a paragraph break). */
        void block(int blankLines) {
            pendingSpace = false;
            if (out.length() == 0) {
                return;
            }
            int want = blankLines + 1;
            int have = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
                have++;
            }
            for (; have < want; have++) {
                out.append('\n');
            }
        }

        /** A {@code <br>}: always one more line. */
        void lineBreak() {
            pendingSpace = false;
            out.append('\n');
        }

        String result() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == '\n') {
                end--;
            }
            int start = 0;
            while (start < end && out.charAt(start) == '\n') {
                start++;
            }
            return out.substring(start, end);
        }
    }

    private static final class Tokenizer {
        private final String s;
        private final Sink all = new Sink();
        private final Sink outside = new Sink();
        private final List<String> quotes = new ArrayList<>();
        private Sink quote;
        private int quoteDepth;
        private int pos;

        Tokenizer(String html) {
            this.s = html;
        }

        Plain run() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '<' && startsMarkup()) {
                    markup();
                } else if (c == '&') {
                    reference();
                } else {
                    emit(c);
                    pos++;
                }
            }
            if (quote != null) {
                quotes.add(quote.result());
            }
            quotes.removeIf(String::isEmpty);
            return new Plain(all.result(), outside.result(), quotes);
        }

        private boolean startsMarkup() {
            if (pos + 1 >= s.length()) {
                return false;
            }
            char next = s.charAt(pos + 1);
            return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
        }

        private void emit(char c) {
            all.text(c);
            if (quoteDepth > 0) {
                quote.text(c);
            } else {
                outside.text(c);
            }
        }

        private void emit(String text) {
            for (int i = 0; i < text.length(); i++) {
                emit(text.charAt(i));
            }
        }

        private void block(int blankLines) {
            all.block(blankLines);
            if (quoteDepth > 0) {
                quote.block(blankLines);
            } else {
                outside.block(blankLines);
            }
        }

        private void lineBreak() {
            all.lineBreak();
            if (quoteDepth > 0) {
                quote.lineBreak();
            } else {
                outside.lineBreak();
            }
        }

        private void markup() {
            if (s.startsWith("<!--", pos)) {
                int end = s.indexOf("-->", pos + 4);
                pos = end < 0 ? s.length() : end + 3;
                return;
            }
            if (s.charAt(pos + 1) == '!' || s.charAt(pos + 1) == '?') {
                // Doctype, CDATA and processing instructions: not text.
                int end = s.indexOf('>', pos);
                pos = end < 0 ? s.length() : end + 1;
                return;
            }
            boolean closing = s.charAt(pos + 1) == '/';
            int nameStart = pos + (closing ? 2 : 1);
            int i = nameStart;
            while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
                i++;
            }
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            pos = endOfTag(i);
            if (!closing && DROPPED_CONTENT.contains(name)) {
                skipContent(name);
                return;
            }
            element(name, closing);
        }

        private void element(String name, boolean closing) {
            if (name.equals("br")) {
                lineBreak();
            } else if (name.equals("blockquote")) {
                if (!closing) {
                    block(1);
                    if (quoteDepth++ == 0) {
                        quote = new Sink();
                    }
                } else if (quoteDepth > 0) {
                    if (--quoteDepth == 0) {
                        quotes.add(quote.result());
                        quote = null;
                    }
                    block(1);
                }
            } else if (PARAGRAPHS.contains(name)) {
                block(1);
            } else if (LINES.contains(name)) {
                block(0);
            } else if (name.equals("td") || name.equals("th")) {
                emit(' ');
            }
        }

        /** Position after the '>' that ends a tag, skipping quoted attribute values. */
        private int endOfTag(int from) {
            char inQuote = 0;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (inQuote != 0) {
                    if (c == inQuote) {
                        inQuote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    inQuote = c;
                } else if (c == '>') {
                    return i + 1;
                }
            }
            return s.length();
        }

        /** Skips everything up to the matching end tag (raw text: no markup inside counts). */
        private void skipContent(String name) {
            String lower = s.toLowerCase(Locale.ROOT);
            int at = pos;
            while (true) {
                int end = lower.indexOf("</" + name, at);
                if (end < 0) {
                    pos = s.length();
                    return;
                }
                int after = end + 2 + name.length();
                if (after >= s.length() || isSpace(s.charAt(after)) || s.charAt(after) == '>' || s.charAt(after) == '/') {
                    pos = endOfTag(after);
                    return;
                }
                at = after;
            }
        }

        /** A character reference: named ({@code &amp;}), decimal ({@code &#233;}) or hex ({@code &#xE9;}). */
        private void reference() {
            int start = pos;
            if (pos + 1 < s.length() && s.charAt(pos + 1) == '#') {
                int i = pos + 2;
                boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
                if (hex) {
                    i++;
                }
                int digitsStart = i;
                while (i < s.length() && i - digitsStart < 8 && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0) {
                    i++;
                }
                if (i == digitsStart) {
                    emit('&');
                    pos = start + 1;
                    return;
                }
                int code = Integer.parseInt(s.substring(digitsStart, i), hex ? 16 : 10);
                if (i < s.length() && s.charAt(i) == ';') {
                    i++;
                }
                pos = i;
                emit(codePoint(code));
                return;
            }
            int i = pos + 1;
            while (i < s.length() && i - pos <= 32 && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == ';') {
                String decoded = ENTITIES.get(s.substring(pos + 1, i));
                if (decoded != null) {
                    emit(decoded);
                    pos = i + 1;
                    return;
                }
            }
            emit('&');
            pos = start + 1;
        }

        private static String codePoint(int code) {
            if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return "\uFFFD";
            }
            if (code >= 0x80 && code <= 0x9F) {
                // Windows-1252 code points written as references, as browsers read them.
                String cp1252 = "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
                        + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";
                return String.valueOf(cp1252.charAt(code - 0x80));
            }
            return new String(Character.toChars(code));
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }

    private static Map<String, String> entities() {
        Map<String, String> map = new HashMap<>();
        String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn "
                + "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc "
                + "Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute "
                + "Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml "
                + "aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde "
                + "ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
        for (int i = 0; i < latin1.length; i++) {
            map.put(latin1[i], String.valueOf((char) (0xA0 + i)));
        }
        Object[][] others = {
                {"quot", 0x22}, {"amp", 0x26}, {"apos", 0x27}, {"lt", 0x3C}, {"gt", 0x3E},
                {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178},
                {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC}, {"ensp", 0x2002}, {"emsp", 0x2003},
                {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F},
                {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
                {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021},
                {"bull", 0x2022}, {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033},
                {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"oline", 0x203E}, {"frasl", 0x2044}, {"euro", 0x20AC},
                {"trade", 0x2122}, {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193},
                {"harr", 0x2194}, {"minus", 0x2212}, {"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260},
                {"asymp", 0x2248}, {"infin", 0x221E}, {"deg", 0xB0}, {"Alpha", 0x391}, {"Beta", 0x392},
                {"Gamma", 0x393}, {"Delta", 0x394}, {"alpha", 0x3B1}, {"beta", 0x3B2}, {"gamma", 0x3B3},
                {"delta", 0x3B4}, {"mu", 0x3BC}, {"pi", 0x3C0}, {"sigma", 0x3C3}, {"Omega", 0x3A9},
                {"omega", 0x3C9}, {"NewLine", 0x0A}, {"Tab", 0x09}};
        for (Object[] entry : others) {
            map.put((String) entry[0], new String(Character.toChars((Integer) entry[1])));
        }
        return Map.copyOf(map);
    }
}
