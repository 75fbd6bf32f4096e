package org.sourceline.model;

/**
 * The source text events are drawn from, with what is known about it. Unknown facts stay null
 * (never invented): an article whose URL the text does not give has {@code url == null}.
 *
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
public record Article(String title, String outlet, String author, String url, TimeSpan published,
                      String language, String text, String textFile, String sha256, String note) {
    public Article {
        text = text == null ? "" : text;
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
