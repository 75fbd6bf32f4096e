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
        sb.append(file).append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1)).append(": ")
                .append(severity.label()).append(": ");
        if (eventId != null) {
            sb.append("event \"").append(eventId).append("\": ");
        }
        return sb.append(message).toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return format();
    }
}
