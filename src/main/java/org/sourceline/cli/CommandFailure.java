package org.sourceline.cli;

/**
 * Ends a command with an exit code and a message for standard error, without a stack trace:
 * 1 for invalid input or failed work, 2 for a usage error or an unreadable file. Thrown by the
 * shared options ({@link DatasetInput}, {@link FilterOptions}, {@link OutputFile}) and handled
 * once in {@link SourcelineCommand}.
 */
public final class CommandFailure extends RuntimeException {
    /** Exit code for invalid input or failed work. */
    public static final int FAILED = 1;
    /** Exit code for a usage error or an unreadable file. */
    public static final int USAGE = 2;

    private final int exitCode;

    /** @param message printed as it is; null or empty when the details were printed already */
    public CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
