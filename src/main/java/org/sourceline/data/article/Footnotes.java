package org.sourceline.data.article;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Footnote reference markers, dropped from an article's text so that "began in 2022.¹" does not
 * become "began in 2022.1". A marker is:
 * <ul>
 *   <li>a link to a note ({@code href="#fn1"}, {@code #fn:1}, {@code #footnote-1}, {@code #note-1},
 *       {@code #endnote1}, {@code #cite_note-3}; or {@code role="doc-noteref"}) whose text is a
 *       short number or symbol ({@code 1}, {@code [3]}, {@code *}), or the {@code <sup>} holding it;</li>
 *   <li>a note's link back to its reference ({@code #fnref1}, {@code #cite_ref-3},
 *       {@code role="doc-backlink"}) whose text is an arrow or a symbol ({@code ↩}, {@code ↑},
 *       {@code ^});</li>
 *   <li>a {@code <sup>} holding only a short number or symbol ({@code <sup>1</sup>},
 *       {@code <sup>[2]</sup>}, {@code <sup>*</sup>}, {@code <sup>†</sup>}) — except a bare number
 *       right after a digit or a one- or two-letter word, which is a power or a unit
 *       ({@code 10<sup>6</sup>}, {@code m<sup>2</sup>}, {@code km<sup>2</sup>}, {@code x<sup>2</sup>})
 *       and is written in superscript digits ("10⁶", "m²"; {@link #power}), not run into the
 *       number before it ("106").</li>
 * </ul>
 * Every other {@code <sup>} ({@code 10<sup>th</sup>}) keeps its text. The notes themselves are
 * article text and stay as paragraphs.
 */
final class Footnotes {
    /** A short number (or a range or list of them) or a few note symbols, maybe in brackets. */
    private static final Pattern MARK = Pattern.compile(
            "[\\[(]?(?:\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*|[*†‡§¶‖#]{1,3})[\\])]?");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern BACK_MARK = Pattern.compile("[↩↑⤴^\\uFE0E\\uFE0F\\s]{1,6}|[a-z]|\\d{1,3}");
    private static final Pattern NOTE_ANCHOR = Pattern.compile(
            "#(?:fn(?![a-z]*ref)|footnote(?!ref)|note|endnote|cite[_-]?note|ftn)[\\w:.-]*");
    private static final Pattern BACK_ANCHOR = Pattern.compile("#(?:fnref|footnoteref|cite[_-]?ref|ref|ftnref)[\\w:.-]*");
    /** Text ending with a digit or a one- or two-letter word: a power or a unit follows, not a note. */
    private static final Pattern POWER_BASE = Pattern.compile("(?:\\d|(?:^|[^\\p{L}])\\p{L}{1,2})$");

    private Footnotes() {
    }

    /**
     * True when {@code e} is a footnote marker, {@code before} being the text of its paragraph
     * written so far (only its end is looked at).
     */
    static boolean isMarker(Element e, CharSequence before) {
        String name = e.normalName();
        if (name.equals("a")) {
            return isNoteLink(e) || isBackLink(e);
        }
        if (!name.equals("sup")) {
            return false;
        }
        String text = e.text().strip();
        if (!MARK.matcher(text).matches()) {
            return false;
        }
        Element link = e.selectFirst("a[href]");
        if (link != null && (isNoteLink(link) || isBackLink(link))) {
            return true;
        }
        return !(BARE_NUMBER.matcher(text).matches() && POWER_BASE.matcher(before).find());
    }

    /**
     * The superscript digits of a power or unit ({@code 10<sup>6</sup>}, {@code m<sup>2</sup>}),
     * for the text to read "10⁶" and "m²" rather than "106" and "m2"; null for any other element.
     */
    static String power(Element e, CharSequence before) {
        if (!e.normalName().equals("sup") || e.selectFirst("a[href]") != null) {
            return null;
        }
        String text = e.text().strip();
        if (!BARE_NUMBER.matcher(text).matches() || !POWER_BASE.matcher(before).find()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            digits.append(SUPERSCRIPT_DIGITS.charAt(text.charAt(i) - '0'));
        }
        return digits.toString();
    }

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private static boolean isNoteLink(Element a) {
        String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
        boolean note = a.attr("role").equalsIgnoreCase("doc-noteref") || NOTE_ANCHOR.matcher(href).matches();
        return note && MARK.matcher(a.text().strip()).matches();
    }

    private static boolean isBackLink(Element a) {
        String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
        boolean back = a.attr("role").equalsIgnoreCase("doc-backlink") || BACK_ANCHOR.matcher(href).matches();
        String text = a.text().strip();
        return back && (text.isEmpty() || BACK_MARK.matcher(text).matches());
    }
}
