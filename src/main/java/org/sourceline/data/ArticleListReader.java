package org.sourceline.data;

import com.fasterxml.jackson.core.JsonToken;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sourceline.data.json.FieldSet;
import org.sourceline.data.json.JsonCursor;
import org.sourceline.data.json.ObjectFields;
import org.sourceline.model.Article;
import org.sourceline.model.TimeSpan;

/**
 * The articles of a dataset: format 2's {@code "articles": [ … ]}, each with an {@code "id"}, or
 * format 1's single {@code "article"}, whose id comes from its text file's name. An article's
 * text is given inline or in a text file beside the dataset, read here (and hashed as read, to
 * tell whether the quote offsets were recorded for it).
 */
final class ArticleListReader {
    /** The fields of an article, in the order messages list them. */
    private enum ArticleField { ID, TITLE, OUTLET, AUTHOR, URL, PUBLISHED, LANGUAGE, TEXT, TEXT_FILE, SHA256, NOTE }

    private static final FieldSet<ArticleField> LISTED = FieldSet.strict(ArticleField.class);
    /** Format 1's one article: the same fields, but "id" is not one to write. */
    private static final FieldSet<ArticleField> SINGLE = LISTED.unlisted(ArticleField.ID);
    /** Texts at least this big are hashed on another thread while they are decoded. */
    private static final int HASH_ASIDE_BYTES = 4 << 20;

    private final JsonCursor in;
    private final ProblemList problems;
    private final TextFiles files;
    private final DatasetReader.AnchoringListener anchoring;
    private final TimeReader times;
    /** The articles read so far, by id, in file order. */
    private final Map<String, Article> articles = new LinkedHashMap<>();
    /** Every article id met, also of articles that failed to load (not reported again as unknown). */
    private final Set<String> declaredIds = new HashSet<>();
    /** A text's recorded hash to compare with its file's once that is computed ({@link #checkTextHashes}). */
    private record PendingHash(String recorded, FutureTask<String> digest, int line, int column) {
    }

    private final List<PendingHash> pendingHashes = new ArrayList<>();

    ArticleListReader(JsonCursor in, ProblemList problems, TextFiles files, DatasetReader.AnchoringListener anchoring,
                      TimeReader times) {
        this.in = in;
        this.problems = problems;
        this.files = files;
        this.anchoring = anchoring;
        this.times = times;
    }

    /**
     * Reads the value of {@code "articles"}; {@code line} and {@code column} are where that
     * field's name is, for "give at least one article".
     */
    void readList(int line, int column) throws IOException {
        if (in.expectArray("articles", null)) {
            while (in.nextElement()) {
                read(true);
            }
            if (articles.isEmpty() && !problems.hasErrors()) {
                in.error(line, column, null, "articles: give at least one article");
            }
        }
    }

    /**
     * Reads one article object: an element of "articles" ({@code listed}, where "id" is
     * required) or format 1's single "article", whose id is derived from its text file's name.
     */
    void read(boolean listed) throws IOException {
        if (!in.expectObject("article", null)) {
            return;
        }
        int objLine = in.line();
        int objColumn = in.column();
        String id = null;
        int idLine = objLine;
        int idColumn = objColumn;
        String title = null;
        String outlet = null;
        String author = null;
        String url = null;
        TimeSpan published = null;
        String language = null;
        String text = null;
        String textFile = null;
        int textFileLine = 0;
        int textFileColumn = 0;
        String sha256 = null;
        String note = null;
        ObjectFields<ArticleField> fields = in.fields(listed ? LISTED : SINGLE, "article");
        for (ArticleField f; (f = fields.next(null)) != null; ) {
            switch (f) {
                case ID -> {
                    idLine = in.line();
                    idColumn = in.column();
                    id = in.requiredString("id", null);
                    if (id != null && id.isBlank()) {
                        in.errorHere(null, "article id must not be empty");
                        id = null;
                    }
                    if (!listed && id != null) {
                        in.errorHere(null, "article: \"id\" needs \"format\": \"" + DatasetReader.FORMAT + "\"");
                    }
                }
                case TITLE -> title = in.requiredString("title", null);
                case OUTLET -> outlet = in.string("outlet", null);
                case AUTHOR -> author = in.string("author", null);
                case URL -> url = in.string("url", null);
                case PUBLISHED -> published = in.token() == JsonToken.VALUE_NULL ? null
                        : times.read(null, "published");
                case LANGUAGE -> language = in.string("language", null);
                case TEXT -> text = in.string("text", null);
                case TEXT_FILE -> {
                    textFileLine = in.line();
                    textFileColumn = in.column();
                    textFile = in.string("textFile", null);
                }
                case SHA256 -> sha256 = in.string("sha256", null);
                case NOTE -> note = in.string("note", null);
                default -> throw new IllegalStateException();
            }
        }
        if (title == null && !fields.has(ArticleField.TITLE)) {
            in.error(objLine, objColumn, null, "article" + (id == null ? "" : " \"" + id + "\"")
                    + ": missing required field \"title\"");
        }
        if (listed && !fields.has(ArticleField.ID)) {
            in.error(objLine, objColumn, null, "article: missing required field \"id\"");
        }
        if (text != null && textFile != null) {
            in.error(textFileLine, textFileColumn, null, "article: give either \"text\" or \"textFile\", not both");
        }
        FutureTask<String> textFileDigest = null;
        if (text == null && textFile != null) {
            TextFile read = readTextFile(textFile, textFileLine, textFileColumn);
            if (read != null) {
                text = read.text();
                textFileDigest = read.digest();
            }
        }
        if (text != null && sha256 != null) {
            if (textFileDigest != null) {
                // A big text may still be being hashed: the events are read meanwhile.
                pendingHashes.add(new PendingHash(sha256, textFileDigest, objLine, objColumn));
            } else if (!sha256.equalsIgnoreCase(DatasetReader.sha256(text))) {
                warnHashDiffers(objLine, objColumn);
            }
        }
        if (!listed) {
            id = Article.idFromFileName(textFile);
        }
        if (id == null) {
            return;
        }
        if (!declaredIds.add(id)) {
            in.error(idLine, idColumn, null, DatasetRules.duplicateArticleId(id));
            return;
        }
        Article article = new Article(id, title, outlet, author, url, published, language, text, textFile, sha256, note);
        articles.put(id, article);
        anchoring.article(objLine, objColumn, article);
    }

    /** A text file's text, and its SHA-256 (being worked out on another thread when the file is big). */
    private record TextFile(String text, FutureTask<String> digest) {
    }

    /** The text file read and decoded, its hash begun; null (reported) when it cannot be. */
    private TextFile readTextFile(String name, int line, int column) {
        byte[] bytes;
        try {
            bytes = files.read(name);
        } catch (NoSuchFileException | FileNotFoundException e) {
            in.error(line, column, null, "article text file \"" + files.displayName(name) + "\" not found");
            return null;
        } catch (IOException e) {
            in.error(line, column, null, "article text file \"" + files.displayName(name) + "\" cannot be read: "
                    + e.getMessage());
            return null;
        }
        if (bytes.length == 0) {
            problems.add(new Problem(Severity.ERROR, files.displayName(name), 1, 1, null, "the article text file is empty"));
            return null;
        }
        // Valid UTF-8 decodes one to one: the file's bytes (less a byte order mark) are the text's.
        int bom = Utf8.bomLength(bytes);
        FutureTask<String> digest = new FutureTask<>(() -> TextHash.sha256(bytes, bom, bytes.length - bom));
        if (bytes.length >= HASH_ASIDE_BYTES) {
            // Hashing a big text takes about as long as decoding it: both at once, on two cores.
            Thread hashing = new Thread(digest, "sourceline-hash");
            hashing.setDaemon(true);
            hashing.start();
        } else {
            digest.run();
        }
        try {
            return new TextFile(Utf8.decode(bytes), digest);
        } catch (Utf8.MalformedTextException e) {
            problems.add(new Problem(Severity.ERROR, files.displayName(name), e.line(), e.column(), null, e.getMessage()));
            return null;
        }
    }

    private void warnHashDiffers(int line, int column) {
        in.warning(line, column, null, "the article text is not the one the quote offsets were recorded for"
                + " (sha256 differs); every quote was checked again");
    }

    /**
     * Compares the hashes recorded for text files with those of the files as read, once they are
     * computed: a big text is hashed beside the reading of the events (with the JIT's first tier
     * only, as the app runs, hashing 100 MB takes some 0.75 s: the JVM's SHA-256 instructions
     * come with its second tier). Call when the rest has been read.
     */
    void checkTextHashes() {
        for (PendingHash pending : pendingHashes) {
            if (!pending.recorded().equalsIgnoreCase(result(pending.digest()))) {
                warnHashDiffers(pending.line(), pending.column());
            }
        }
        pendingHashes.clear();
    }

    /** The value of a task that has run or is running; its exception or error is thrown as it was. */
    private static String result(FutureTask<String> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The article of that id, or null. */
    Article article(String id) {
        return articles.get(id);
    }

    /** True when an article declared that id, even one that failed to load. */
    boolean isDeclared(String id) {
        return declaredIds.contains(id);
    }

    /** The articles read, in file order. */
    Collection<Article> articles() {
        return articles.values();
    }

    /** The article ids read, in file order. */
    Collection<String> ids() {
        return articles.keySet();
    }

    int count() {
        return articles.size();
    }

    /** The articles read, as the dataset holds them. */
    List<Article> list() {
        return List.copyOf(articles.values());
    }
}
