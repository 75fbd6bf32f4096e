package org.sourceline.data.article;

import java.util.Locale;

/** The kinds of article file Sourceline imports, told apart by the file name's extension. */
public enum ArticleFormat {
    /** Plain text ({@code .txt}, {@code .text}): every line is a paragraph. */
    TEXT("plain text", "txt", "text"),
    /** Markdown ({@code .md}, {@code .markdown}): CommonMark, its syntax removed. */
    MARKDOWN("Markdown", "md", "markdown"),
    /** A saved web page ({@code .html}, {@code .htm}, {@code .xhtml}): the article body is extracted. */
    HTML("web page", "html", "htm", "xhtml");

    private final String label;
    private final String[] extensions;

    ArticleFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** "plain text", "Markdown", "web page". */
    public String label() {
        return label;
    }

    /** Extensions without the dot, e.g. {@code md}, {@code markdown}. */
    public String[] extensions() {
        return extensions.clone();
    }

    /** The format a file name's extension names (any case), or null when none does. */
    public static ArticleFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ArticleFormat format : values()) {
            for (String known : format.extensions) {
                if (known.equals(extension)) {
                    return format;
                }
            }
        }
        return null;
    }

    /** ".txt, .text, .md, .markdown, .html, .htm, .xhtml", for messages and file choosers. */
    public static String allExtensions() {
        StringBuilder sb = new StringBuilder();
        for (ArticleFormat format : values()) {
            for (String extension : format.extensions) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append('.').append(extension);
            }
        }
        return sb.toString();
    }
}
