package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.RefusedOutputException;
import picocli.CommandLine.Option;

/**
 * The required {@code -o FILE} of the export commands, written through {@link AtomicFiles}: a
 * failed export never leaves a partial file and never destroys the one that was there, and an
 * output that is one of the inputs, a folder, a device, a named pipe or a broken link is refused
 * (exit 2) before anything is touched.
 */
public final class OutputFile {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path path;

    public Path path() {
        return path;
    }

    /** Refuses at once, with exit 2, an output that may not be written while {@code inputs} are read. */
    public void check(Collection<Path> inputs) {
        try {
            AtomicFiles.check(path, inputs);
        } catch (IOException e) {
            throw cannotWrite(path, e);
        }
    }

    /** Writes the file, or fails: exit 2 for a refused output, 1 with {@code FILE: cannot write: reason}. */
    public void write(Collection<Path> inputs, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(path, inputs, content);
        } catch (IOException e) {
            throw cannotWrite(path, e);
        }
    }

    /** The way a command ends when {@code file} could not be written: exit 2 when it was refused, else 1. */
    static CommandFailure cannotWrite(Path file, IOException e) {
        if (e instanceof RefusedOutputException refused) {
            if (refused.why() == RefusedOutputException.Why.NO_NAME) {
                return new CommandFailure(CommandFailure.USAGE, "sourceline: -o needs a file name (it was empty)");
            }
            return new CommandFailure(CommandFailure.USAGE, file + ": not written: " + refused.getReason());
        }
        if (e instanceof AccessDeniedException) {
            return new CommandFailure(CommandFailure.FAILED, file + ": cannot write: permission denied");
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such folder" : e.getMessage();
            return new CommandFailure(CommandFailure.FAILED, file + ": cannot write: " + reason);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CommandFailure(CommandFailure.FAILED, file + ": cannot write: " + reason);
    }
}
