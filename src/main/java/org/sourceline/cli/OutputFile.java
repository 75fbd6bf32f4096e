package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sourceline.data.AtomicFiles;
import picocli.CommandLine.Option;

/**
 * The required {@code -o FILE} of the export commands, written atomically: a failed export never
 * leaves a partial file and never destroys the one that was there.
 */
public final class OutputFile {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path path;

    public Path path() {
        return path;
    }

    /** Writes the file, or fails with exit 1 and {@code FILE: cannot write: reason}. */
    public void write(AtomicFiles.Content content) {
        try {
            AtomicFiles.write(path, content);
        } catch (IOException e) {
            throw cannotWrite(path, e);
        }
    }

    /** The failure for a file that could not be written: exit 1, {@code FILE: cannot write: reason}. */
    static CommandFailure cannotWrite(Path path, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fse) {
            reason = fse.getReason() != null ? fse.getReason()
                    : e instanceof NoSuchFileException ? "no such folder" : e.getMessage();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new CommandFailure(CommandFailure.FAILED, path + ": cannot write: " + reason);
    }
}
