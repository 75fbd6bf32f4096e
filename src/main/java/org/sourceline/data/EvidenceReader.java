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

    /** A quote as written in the file; {@code articleId} is null when the evidence names no article. */
    record RawEvidence(String exact, String prefix, String suffix, int start, int end, String articleId,
                       Stance stance, int line, int column) {
    }

    private final JsonCursor in;
    private final SharedStrings shared;
    private final ArticleListReader articles;
    private final DatasetReader.AnchoringListener anchoring;
    /** The fields of the evidence object being read (one instance, reused). */
    private final ObjectFields<EvidenceField> evidenceFields;
    /** Whether the last {@link #readList} found only well-formed evidence. */
    private boolean listOk;
    private int quotesTotal;
    private int quotesVerified;

    EvidenceReader(JsonCursor in, SharedStrings shared, ArticleListReader articles,
                   DatasetReader.AnchoringListener anchoring) {
        this.in = in;
        this.shared = shared;
        this.articles = articles;
        this.anchoring = anchoring;
        this.evidenceFields = in.fields(FIELDS, "evidence");
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
        String exact = null;
        String prefix = null;
        String suffix = null;
        int start = -1;
        int end = -1;
        String articleId = null;
        Stance stance = Stance.SUPPORTS;
        boolean ok = true;
        ObjectFields<EvidenceField> fields = evidenceFields.again("evidence");
        for (EvidenceField f; (f = fields.next(eventId)) != null; ) {
            switch (f) {
                case EXACT -> exact = in.requiredString("exact", eventId);
                case PREFIX -> prefix = in.string("prefix", eventId);
                case SUFFIX -> suffix = in.string("suffix", eventId);
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
        if (exact == null) {
            if (!fields.has(EvidenceField.EXACT)) {
                in.error(objLine, objColumn, eventId, "evidence: missing required field \"exact\" (the verbatim quote)");
            }
            return null;
        }
        if (exact.isEmpty()) {
            in.error(objLine, objColumn, eventId, DatasetRules.emptyQuote());
            return null;
        }
        if (start >= 0 && end >= 0 && end < start) {
            in.error(objLine, objColumn, eventId, "evidence: end offset " + end + " is before start offset " + start);
            return null;
        }
        return ok ? new RawEvidence(exact, prefix, suffix, start, end, articleId, stance, objLine, objColumn) : null;
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
        QuoteAnchor.Result result = QuoteAnchor.anchor(article.text(), quote.exact(), quote.prefix(), quote.suffix(),
                quote.start(), quote.end());
        Evidence evidence = anchorIn(article, quote, eventId, result);
        anchoring.quote(new AnchoredQuote(eventId, quote.line(), quote.column(), quote.exact(), quote.prefix(),
                quote.suffix(), quote.start(), quote.end(), result, evidence));
        return evidence;
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
        String text = article.text();
        switch (result.status()) {
            case VERIFIED -> {
                if (!result.contextMatches()) {
                    in.warning(quote.line(), quote.column(), eventId,
                            "the quote's prefix or suffix does not match the article around it");
                }
            }
            case REANCHORED -> {
                if (quote.start() < 0 || quote.end() < 0) {
                    in.warning(quote.line(), quote.column(), eventId, "the quote has no offsets; found it at "
                            + result.start() + "–" + result.end());
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
                        + result.candidateRanges(quote.exact().length(), 5) + "); its prefix and suffix cannot "
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
                }
                in.error(quote.line(), quote.column(), eventId, message);
                return null;
            }
            default -> throw new IllegalStateException();
        }
        quotesVerified++;
        int prefixLength = lengthWithin(text, quote.prefix(), result.start(), true);
        int suffixLength = lengthWithin(text, quote.suffix(), result.end(), false);
        return new Evidence(article.id(), text, result.start(), result.end(), prefixLength, suffixLength,
                quote.stance());
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

    /** How much of the recorded prefix/suffix can be kept as a slice of the article. */
    private static int lengthWithin(String text, String context, int at, boolean before) {
        if (context == null) {
            return 0;
        }
        return before ? Math.min(context.length(), at) : Math.min(context.length(), text.length() - at);
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
