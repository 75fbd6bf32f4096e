package org.sourceline.data.article;

/**
 * An article that cannot be imported, with a message a dialog can show as it is ({@link
 * #getMessage()}) and a position for the command line ({@link #format()}): an empty or binary
 * file, text that is not UTF-8, a web page without article text, or a file that cannot be read.
 * When it is thrown nothing has been created.
 */
public final class ArticleImportException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final boolean unreadable;

    /**
     * @param source     the file as the user named it, or a name such as "clipboard"
     * @param line       1-based line the problem is on (1 when it concerns the whole input)
     * @param column     1-based column
     * @param message    what is wrong and, where it helps, what to do
     * @param unreadable true when the file itself could not be read (missing, a folder, no permission)
     */
    public ArticleImportException(String source, int line, int column, String message, boolean unreadable) {
        super(message, null, false, false);
        this.source = source;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.unreadable = unreadable;
    }

    /** A problem with the whole input, at 1:1. */
    public ArticleImportException(String source, String message) {
        this(source, 1, 1, message, false);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** True when the file could not be read at all (as opposed to read and found unusable). */
    public boolean unreadable() {
        return unreadable;
    }

    /** {@code source:line:column: error: message}, the form the command line prints. */
    public String format() {
        return source + ":" + line + ":" + column + ": error: " + getMessage();
    }
}
