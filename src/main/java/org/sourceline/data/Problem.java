package org.sourceline.data;

/**
 * One thing wrong with a dataset, at a position in a file.
 *
 * @param severity error or warning
 * @param file     the file as the user named it
 * @param line     1-based line
 * @param column   1-based column
 * @param eventId  id of the event it concerns, or null
 * @param message  what is wrong, in plain words
 */
public record Problem(Severity severity, String file, int line, int column, String eventId, String message) {

    /** {@code file:line:column: error: event "id": message}, the form compilers use. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(printable(file)).append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1)).append(": ")
                .append(severity.label()).append(": ");
        if (eventId != null) {
            sb.append("event \"").append(printable(eventId)).append("\": ");
        }
        return sb.append(printable(message)).toString();
    }

    /**
     * The text with control characters and lone surrogates written as a backslash, u and four hex digits, so that a
     * message quoting a hostile file (a NUL in a name, an escape sequence, a line break that
     * would fake another message) prints as one plain line.
     */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || lone) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return format();
    }
}
