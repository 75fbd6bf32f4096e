package org.sourceline.model;

/**
 * A source text events are drawn from, with what is known about it. Unknown facts stay null
 * (never invented): an article whose URL the text does not give has {@code url == null}.
 * A dataset holds one or more articles; each evidence names the article it quotes by {@link #id}.
 *
 * @param id        stable identifier within the dataset, e.g. {@code "fp-2023-01"}
 * @param title     headline
 * @param outlet    publication as the text names it, e.g. "Foreign Policy"
 * @param author    byline, or null when the text names none
 * @param url       address, or null when unknown
 * @param published publication time, usually approximate, or null when unknown
 * @param language  BCP 47 tag, e.g. "en", or null
 * @param text      the full text (quote offsets count UTF-16 units into it); empty when absent
 * @param textFile  file the text was read from, relative to the dataset, or null when inline
 * @param sha256    hex SHA-256 of the UTF-8 text, recorded when offsets were computed, or null
 * @param note      remarks on provenance, or null
 */
public record Article(String id, String title, String outlet, String author, String url, TimeSpan published,
                      String language, String text, String textFile, String sha256, String note) {
    /** The id of the one article of a dataset made without naming it (e.g. read from an older format). */
    public static final String DEFAULT_ID = "article";

    public Article {
        java.util.Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }

    /**
     * An id made from a text file's name: the name without its folder and extension when that is
     * a plain id ({@code texts/iran-russia-2023.txt} → {@code iran-russia-2023}), else
     * {@value #DEFAULT_ID}.
     */
    public static String idFromFileName(String fileName) {
        if (fileName != null) {
            String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            if (base.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                return base;
            }
        }
        return DEFAULT_ID;
    }

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, title, outlet, author, url, published, language, text, textFile, sha256, note);
    }

    /** The same article kept in another text file beside its dataset. */
    public Article withTextFile(String newTextFile) {
        return new Article(id, title, outlet, author, url, published, language, text, newTextFile, sha256, note);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** "Foreign Policy — “Iran and Russia Are Closer Than Ever Before”" style credit line. */
    public String credit() {
        StringBuilder sb = new StringBuilder();
        if (outlet != null) {
            sb.append(outlet);
        }
        if (title != null) {
            if (sb.length() > 0) {
                sb.append(" — ");
            }
            sb.append('“').append(title).append('”');
        }
        return sb.toString();
    }
}
