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
        } catch (AccessDeniedException e) {
            throw new CommandFailure(CommandFailure.FAILED, path + ": cannot write: permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof NoSuchFileException ? "no such folder" : e.getMessage();
            throw new CommandFailure(CommandFailure.FAILED, path + ": cannot write: " + reason);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new CommandFailure(CommandFailure.FAILED, path + ": cannot write: " + reason);
        }
    }
}
