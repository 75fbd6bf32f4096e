package org.sourceline.data;

import java.nio.file.FileSystemException;

/**
 * An output file Sourceline will not write, decided before anything was touched: it is one of
 * the files being read, it exists and is not a regular file (a folder, a device, a named pipe, a
 * socket), it is a symbolic link to nothing, or no name was given. {@link #getReason()} says which
 * in plain words; {@link #getFile()} is the output as the user named it.
 */
public final class RefusedOutputException extends FileSystemException {
    /** Why the output was refused. */
    public enum Why {
        /** the output names no file at all ({@code -o ""}) */
        NO_NAME,
        /** the output is a file being read: the dataset or its article text */
        IS_INPUT,
        /** the output exists and is not a regular file */
        NOT_A_REGULAR_FILE,
        /** the output is a symbolic link whose target does not exist */
        BROKEN_LINK
    }

    private final Why why;

    RefusedOutputException(String file, Why why, String reason) {
        super(file, null, reason);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
