package org.sourceline.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Article;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/**
 * The evidence of events: reads each quote as written ({@code {"article": …, "exact": …,
 * "prefix": …, "suffix": …, "start": …, "end": …, "stance": …}}) and, once the articles are
 * known, anchors it in its article's text ({@link QuoteAnchor}): a quote found elsewhere is
 * re-anchored with a warning, one not found or found in several places is an error.
 */
final class EvidenceReader {
    /** The fields of an evidence object, in the order messages list them. */
    private enum EvidenceField { ARTICLE, STANCE, EXACT, PREFIX, SUFFIX, START, END }

    private static final FieldSet<EvidenceField> FIELDS = FieldSet.strict(EvidenceField.class);

    /**
     * A quote as written in the file: its texts as characters in {@code chars} (a length of -1:
     * not given); {@code articleId} is null when the evidence names no article.
     */
    record RawEvidence(char[] chars, int exactAt, int exactLength, int prefixAt, int prefixLength, int suffixAt,
                       int suffixLength, int start, int end, String articleId, Stance stance, int line, int column) {
        String exact() {
            return new String(chars, exactAt, exactLength);
        }

        String prefix() {
            return prefixLength < 0 ? null : new String(chars, prefixAt, prefixLength);
        }

        String suffix() {
            return suffixLength < 0 ? null : new String(chars, suffixAt, suffixLength);
        }
    }

    private final JsonCursor in;
    private final SharedStrings shared;
    private final ArticleListReader articles;
    private final DatasetReader.AnchoringListener anchoring;
    /** The fields of the evidence object being read (one instance, reused). */
    private final ObjectFields<EvidenceField> evidenceFields;
    /** Whether the last {@link #readList} found only well-formed evidence. */
    private boolean listOk;
    /**
     * The texts of the quotes of the event being read, one after the other: a quote anchored
     * as soon as its event is read needs no strings of its own (see {@link #startEvent}).
     */
    private char[] quoteChars = new char[1024];
    private int quoteCharsLength;
    private boolean anchoredAtOnce;
    /** Where the last {@link #appendString} put its text, and its length (-1: none). */
    private int appendedLength;
    /** A part of an article's text, to compare with a quote's characters. */
    private char[] scratch = new char[256];
    /** Whether someone listens to the quotes (who is told each one's {@link QuoteAnchor.Result}). */
    private final boolean listening;
    private int quotesTotal;
    private int quotesVerified;

    EvidenceReader(JsonCursor in, SharedStrings shared, ArticleListReader articles,
                   DatasetReader.AnchoringListener anchoring) {
        this.in = in;
        this.shared = shared;
        this.articles = articles;
        this.anchoring = anchoring;
        this.evidenceFields = in.fields(FIELDS, "evidence");
        this.listening = anchoring != DatasetReader.NO_LISTENER;
    }

    /**
     * Before each event: {@code anchoredAtOnce} when its quotes will be anchored as soon as it
     * is read (the articles are known), so their texts may stay in a buffer of this reader
     * until then; else each quote keeps its own copy.
     */
    void startEvent(boolean anchoredAtOnce) {
        this.anchoredAtOnce = anchoredAtOnce;
        quoteCharsLength = 0;
    }

    // ----- reading -----------------------------------------------------------------------------

    /**
     * Reads an event's {@code "evidence"} array: the well-formed quotes, or null when it is not
     * an array; {@link #listOk()} says whether every element was well formed.
     */
    List<RawEvidence> readList(String eventId) throws IOException {
        if (!in.expectArray("evidence", eventId)) {
            listOk = false;
            return null;
        }
        List<RawEvidence> list = new ArrayList<>(1);
        boolean ok = true;
        while (in.nextElement()) {
            RawEvidence evidence = read(eventId);
            if (evidence == null) {
                ok = false;
            } else {
                list.add(evidence);
            }
        }
        listOk = ok;
        return list;
    }

    boolean listOk() {
        return listOk;
    }

    private RawEvidence read(String eventId) throws IOException {
        if (!in.expectObject("evidence", eventId)) {
            return null;
        }
        int objLine = in.line();
        int objColumn = in.column();
        if (!anchoredAtOnce) {
            quoteCharsLength = 0;
        }
        int exactAt = -1;
        int exactLength = -1;
        int prefixAt = -1;
        int prefixLength = -1;
        int suffixAt = -1;
        int suffixLength = -1;
        int start = -1;
        int end = -1;
        String articleId = null;
        Stance stance = Stance.SUPPORTS;
        boolean ok = true;
        ObjectFields<EvidenceField> fields = evidenceFields.again("evidence");
        for (EvidenceField f; (f = fields.next(eventId)) != null; ) {
            switch (f) {
                case EXACT -> {
                    exactAt = appendString("exact", eventId, true);
                    exactLength = appendedLength;
                }
                case PREFIX -> {
                    prefixAt = appendString("prefix", eventId, false);
                    prefixLength = appendedLength;
                }
                case SUFFIX -> {
                    suffixAt = appendString("suffix", eventId, false);
                    suffixLength = appendedLength;
                }
                case START -> {
                    start = offset("start", eventId);
                    ok &= start >= 0; // -1: reported; the quote is not checked without it
                }
                case END -> {
                    end = offset("end", eventId);
                    ok &= end >= 0;
                }
                case ARTICLE -> articleId = shared.read(in, "article", eventId);
                case STANCE -> {
                    String value = in.requiredString("stance", eventId);
                    if (value != null) {
                        stance = Stance.fromId(value);
                        if (stance == null) {
                            in.errorHere(eventId, "evidence: unknown stance \"" + value + "\" (expected supports or disputes)");
                            ok = false;
                            stance = Stance.SUPPORTS;
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (fields.hadUnknown()) {
            ok = false;
        }
        if (exactLength < 0) {
            if (!fields.has(EvidenceField.EXACT)) {
                in.error(objLine, objColumn, eventId, "evidence: missing required field \"exact\" (the verbatim quote)");
            }
            return null;
        }
        if (exactLength == 0 || isBlank(quoteChars, exactAt, exactLength)) {
            in.error(objLine, objColumn, eventId, DatasetRules.emptyQuote());
            return null;
        }
        if (start >= 0 && end >= 0 && end < start) {
            in.error(objLine, objColumn, eventId, "evidence: end offset " + end + " is before start offset " + start);
            return null;
        }
        if (!ok) {
            return null;
        }
        char[] chars = quoteChars;
        if (!anchoredAtOnce) {
            // Kept until the articles are known: a copy of its own.
            chars = java.util.Arrays.copyOf(quoteChars, quoteCharsLength);
        }
        return new RawEvidence(chars, exactAt, exactLength, prefixAt, prefixLength, suffixAt, suffixLength, start, end,
                articleId, stance, objLine, objColumn);
    }

    /**
     * Appends the string under the cursor to the quotes' characters and returns where it starts
     * ({@link #appendedLength} is its length); -1 (length -1) for null, or for a value that is
     * not a string, reported as {@link JsonCursor#string} and {@link JsonCursor#requiredString}
     * report it.
     */
    private int appendString(String field, String eventId, boolean required) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
            if (required) {
                in.requiredString(field, eventId);
            } else {
                in.string(field, eventId);
            }
            appendedLength = -1;
            return -1;
        }
        int length = in.textLength();
        if (quoteCharsLength + length > quoteChars.length) {
            quoteChars = java.util.Arrays.copyOf(quoteChars, Math.max(quoteChars.length * 2, quoteCharsLength + length));
        }
        System.arraycopy(in.textCharacters(), in.textOffset(), quoteChars, quoteCharsLength, length);
        int at = quoteCharsLength;
        quoteCharsLength += length;
        appendedLength = length;
        return at;
    }

    private int offset(String field, String eventId) throws IOException {
        if (in.token() == JsonToken.VALUE_NUMBER_INT && in.numberType() == JsonParser.NumberType.INT) {
            int value = in.intValue();
            if (value >= 0) {
                return value;
            }
            in.errorHere(eventId, "evidence: " + field + " must not be negative");
            return -1;
        }
        in.errorHere(eventId, "evidence: " + field + " must be a whole number (a UTF-16 offset), found "
                + JsonCursor.describe(in.token()));
        in.skip();
        return -1;
    }

    // ----- anchoring ---------------------------------------------------------------------------

    /** Anchors a quote in its article; null (reported) when it cannot be. */
    Evidence anchor(RawEvidence quote, String eventId) {
        quotesTotal++;
        Article article = articleOf(quote, eventId);
        if (article == null || !article.hasText()) {
            return anchorIn(article, quote, eventId, null);
        }
        if (!listening) {
            Evidence atItsOffsets = atItsOffsets(article, quote, eventId);
            if (atItsOffsets != null) {
                return atItsOffsets;
            }
        }
        String exact = quote.exact();
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        QuoteAnchor.Result result = QuoteAnchor.anchor(article.text(), exact, prefix, suffix, quote.start(),
                quote.end());
        Evidence evidence = anchorIn(article, quote, eventId, result);
        anchoring.quote(new AnchoredQuote(eventId, quote.line(), quote.column(), exact, prefix, suffix, quote.start(),
                quote.end(), result, evidence));
        return evidence;
    }

    /**
     * The usual case, without making strings of the quote: the quote is in the article at its
     * offsets, as {@link QuoteAnchor#anchor} would find first ({@code VERIFIED}); null when it
     * is not, for {@link QuoteAnchor} to look further.
     */
    private Evidence atItsOffsets(Article article, RawEvidence quote, String eventId) {
        String text = article.text();
        char[] chars = quote.chars();
        int length = quote.exactLength();
        int start = quote.start();
        int end = quote.end();
        if (Character.isLowSurrogate(chars[quote.exactAt()])
                || Character.isHighSurrogate(chars[quote.exactAt() + length - 1])) {
            return null; // half a character: QuoteAnchor says so
        }
        if (start < 0 || end != start + length || end > text.length()
                || !sameChars(text, start, chars, quote.exactAt(), length)) {
            return null;
        }
        boolean prefixOk = quote.prefixLength() <= 0 || (start >= quote.prefixLength()
                && sameChars(text, start - quote.prefixLength(), chars, quote.prefixAt(), quote.prefixLength()));
        boolean suffixOk = quote.suffixLength() <= 0 || (end + quote.suffixLength() <= text.length()
                && sameChars(text, end, chars, quote.suffixAt(), quote.suffixLength()));
        // Words at the offsets but not their recorded surroundings: QuoteAnchor looks for the
        // place the whole context stands around (offsets gone stale after an edit of the text).
        return prefixOk && suffixOk ? verified(article, quote, eventId, start, end, true) : null;
    }

    /** How many more quotes not found get a hint of where they are after all. */
    private int hintsLeft = 20;
    /** The article whose text {@link #lowerCaseText} holds in lower case, or null. */
    private Article lowerCaseOf;
    private String lowerCaseText;

    /**
     * Where a quote not in its article is after all, for the message: in another article of the
     * dataset, in the article once both are in the same Unicode form (accents composed or as
     * combining marks), or in it with other capitals; else nothing.
     */
    private String otherHint(Article article, String exact) {
        // Each look goes through whole texts: a file whose text changed under many quotes gets
        // the hints for the first few only.
        if (hintsLeft <= 0) {
            return "";
        }
        hintsLeft--;
        for (Article other : articles.articles()) {
            if (other != article && other.hasText() && other.text().contains(exact)) {
                return ": it is in article \"" + other.id() + "\" (give \"article\": \"" + other.id() + "\")";
            }
        }
        String text = article.text();
        String composed = java.text.Normalizer.normalize(exact, java.text.Normalizer.Form.NFC);
        if (!composed.equals(exact) && text.contains(composed)) {
            return ": its accents are separate combining marks (Unicode NFD) where the article has composed letters "
                    + "(NFC), at offset " + text.indexOf(composed) + "; copy the quote from the article";
        }
        String decomposed = java.text.Normalizer.normalize(exact, java.text.Normalizer.Form.NFD);
        if (!decomposed.equals(exact) && text.contains(decomposed)) {
            return ": its accented letters are composed (Unicode NFC) where the article has combining marks (NFD), at "
                    + "offset " + text.indexOf(decomposed) + "; copy the quote from the article";
        }
        if (exact.length() <= 2000) {
            if (lowerCaseOf != article) {
                lowerCaseOf = article;
                lowerCaseText = text.toLowerCase(java.util.Locale.ROOT);
            }
            int at = lowerCaseText.indexOf(exact.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0 && lowerCaseText.length() == text.length()) {
                return ": it is there with other capitals, at offset " + at + " (\"" + text.substring(at, at + exact.length())
                        + "\")";
            }
        }
        return "";
    }

    /** Whether {@code chars[from .. from+length)} is only white space (a quote of nothing). */
    private static boolean isBlank(char[] chars, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!Character.isWhitespace(chars[i]) && !Character.isSpaceChar(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} has {@code chars[from .. from+length)} at {@code at} (which is inside it). */
    private boolean sameChars(String text, int at, char[] chars, int from, int length) {
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        text.getChars(at, at + length, scratch, 0);
        return java.util.Arrays.equals(scratch, 0, length, chars, from, from + length);
    }

    /** A quote found at {@code start .. end}: its evidence, with a warning when its context differs. */
    private Evidence verified(Article article, RawEvidence quote, String eventId, int start, int end,
                              boolean contextMatches) {
        if (!contextMatches) {
            in.warning(quote.line(), quote.column(), eventId,
                    "the quote's prefix or suffix does not match the article around it");
        }
        quotesVerified++;
        String text = article.text();
        int prefixLength = quote.prefixLength() < 0 ? 0 : Math.min(quote.prefixLength(), start);
        int suffixLength = quote.suffixLength() < 0 ? 0 : Math.min(quote.suffixLength(), text.length() - end);
        return new Evidence(article.id(), text, start, end, prefixLength, suffixLength, quote.stance());
    }

    private Evidence anchorIn(Article article, RawEvidence quote, String eventId, QuoteAnchor.Result result) {
        if (article == null || !article.hasText()) {
            if (article != null) {
                in.error(quote.line(), quote.column(), eventId, "evidence given but "
                        + (articles.count() == 1 ? "the article" : "article \"" + article.id() + "\"")
                        + " has no text to quote from");
            }
            return null;
        }
        switch (result.status()) {
            case VERIFIED -> {
                return verified(article, quote, eventId, result.start(), result.end(), result.contextMatches());
            }
            case REANCHORED -> {
                if (quote.start() < 0 || quote.end() < 0) {
                    in.warning(quote.line(), quote.column(), eventId, "the quote has no offsets; found it at "
                            + result.start() + "–" + result.end());
                } else if (quote.end() <= article.text().length()
                        && sameChars(article.text(), quote.start(), quote.chars(), quote.exactAt(), quote.exactLength())) {
                    // the words are at the offsets, but their recorded surroundings stand around another copy
                    in.warning(quote.line(), quote.column(), eventId, "the offsets " + quote.start() + "–" + quote.end()
                            + " hold another copy of the quote; its prefix and suffix stand around the one at "
                            + result.start() + "–" + result.end() + " (the text was edited above it): re-anchored there");
                } else {
                    in.warning(quote.line(), quote.column(), eventId, "the quote is not at offsets " + quote.start()
                            + "–" + quote.end() + "; found it at " + result.start() + "–" + result.end()
                            + " and re-anchored it there");
                }
            }
            case AMBIGUOUS -> {
                String where = quote.start() < 0 || quote.end() < 0 ? "the quote has no offsets"
                        : "the quote is not at offsets " + quote.start() + "–" + quote.end();
                in.error(quote.line(), quote.column(), eventId, where + " and occurs "
                        + result.candidates().size() + " times in the article (at "
                        + result.candidateRanges(quote.exactLength(), 5) + "); its prefix and suffix cannot "
                        + "tell which one is meant: give its offsets, or a prefix or suffix that matches one place");
                return null;
            }
            case NOT_FOUND -> {
                String message = "the quote is not in the article";
                if (result.nearMissStart() >= 0) {
                    message += ": it nearly matches at offset " + result.nearMissStart()
                            + (result.nearMissDetail() == null ? "" : ", but " + result.nearMissDetail());
                } else if (result.nearMissDetail() != null) {
                    message += ": " + result.nearMissDetail();
                } else {
                    message += otherHint(article, quote.exact());
                }
                in.error(quote.line(), quote.column(), eventId, message);
                return null;
            }
            default -> throw new IllegalStateException();
        }
        return verified(article, quote, eventId, result.start(), result.end(), true);
    }

    /**
     * The article an evidence quotes: the one it names, or the only one. Null (with an error)
     * when the name is unknown or a dataset of several articles leaves it out; null without one
     * when the articles themselves failed to load.
     */
    private Article articleOf(RawEvidence quote, String eventId) {
        if (quote.articleId() == null) {
            if (articles.count() == 1) {
                return articles.articles().iterator().next();
            }
            if (articles.count() > 1) {
                in.error(quote.line(), quote.column(), eventId, "evidence: name the article it quotes (\"article\": one of "
                        + String.join(", ", articles.ids()) + ")");
            }
            return null;
        }
        Article article = articles.article(quote.articleId());
        if (article == null && !articles.isDeclared(quote.articleId())) {
            in.error(quote.line(), quote.column(), eventId, "evidence: unknown article \"" + quote.articleId() + "\""
                    + DatasetRules.suggestion(quote.articleId(), articles.ids()));
        }
        return article;
    }

    /** Adds the quotes {@code other} anchored (a part of the file read on another thread) to these. */
    void addCounts(EvidenceReader other) {
        quotesTotal += other.quotesTotal;
        quotesVerified += other.quotesVerified;
    }

    int quotesTotal() {
        return quotesTotal;
    }

    int quotesVerified() {
        return quotesVerified;
    }
}
