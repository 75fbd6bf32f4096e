package org.sourceline.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one way Sourceline writes files (exports, generated datasets, settings), so that writing
 * is safe with any path the user gives:
 * <ul>
 *   <li>A failure never leaves a partial file and never destroys an existing one: the content
 *       goes to a temporary file in the same folder, which is moved over the target only once it
 *       is complete and flushed to disk.</li>
 *   <li>An output that is one of the files being read (the dataset, its article text: the same
 *       file after resolving links, case and hard links), that exists and is not a regular file
 *       (a folder, a device such as {@code /dev/full}, a named pipe, a socket), that is a broken
 *       symbolic link, or that has no name is refused with a {@link RefusedOutputException}
 *       before anything is touched.</li>
 *   <li>A symbolic link is followed: the file it points to is replaced (atomically, in its own
 *       folder) and the link stays a link.</li>
 *   <li>A new file gets the permissions the user's umask gives ({@code rw-rw-rw-} less the umask);
 *       a replaced file keeps its own.</li>
 *   <li>Errors name the target, never the temporary file.</li>
 *   <li>Temporary files of ours ({@code .NAME.DIGITS.part}) that a killed process left in the
 *       folder are removed by later writes there once they are {@link #STALE_AFTER} old.</li>
 * </ul>
 */
public final class AtomicFiles {
    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A temporary file untouched this long belongs to a process that died: no write of ours
     * leaves its file unmodified for so long while it runs.
     */
    public static final Duration STALE_AFTER = Duration.ofHours(1);
    /** Our temporary files: a dot, the target's name, a dot, digits, {@code .part}. */
    private static final Pattern PART = Pattern.compile("\\..+\\.[0-9]{1,20}\\.part");
    /** Longest target name kept in a temporary file's name (a file name may have 255 bytes). */
    private static final int NAME_IN_TEMP = 100;

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically; see the class comment. */
    public static void write(Path target, Content content) throws IOException {
        write(target, List.of(), content);
    }

    /**
     * Writes {@code target} atomically, refusing it when it is one of {@code inputs} (the files
     * the content is made from); see the class comment.
     *
     * @throws RefusedOutputException when the target may not be written (nothing was touched)
     */
    public static void write(Path target, Collection<Path> inputs, Content content) throws IOException {
        write(target, inputs, content, true);
    }

    /**
     * Writes {@code target} only when there is no such file, as {@link #write} does otherwise: a
     * file another process made meanwhile stays as it is, whole, and is taken to be the same
     * (for files named after their content). Never replaces a file a running program may be
     * reading.
     *
     * @return whether this call made the file
     */
    public static boolean writeNew(Path target, Content content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return write(target, List.of(), content, false);
    }

    /** The write of {@link #write} and {@link #writeNew}: returns whether the target was written. */
    private static boolean write(Path target, Collection<Path> inputs, Content content, boolean replace)
            throws IOException {
        Path destination = check(target, inputs);
        Path folder = destination.getParent();
        removeStaleParts(folder, Instant.now().minus(STALE_AFTER));
        Path temp = null;
        boolean done = false;
        try {
            OutputStream stream;
            while (true) {
                temp = folder.resolve(tempName(destination.getFileName().toString()));
                try {
                    // Not Files.createTempFile: that one is always rw-------; this gets the umask's permissions.
                    stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    break;
                } catch (FileAlreadyExistsException taken) {
                    // Another writer's temporary file: pick another name.
                }
            }
            try (OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (!replace) {
                done = true;
                return publishWithoutReplacing(temp, destination);
            }
            keepPermissions(destination, temp);
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return true;
        } catch (FileSystemException e) {
            throw namingTarget(e, temp, target);
        } finally {
            if (!done && temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The first failure is the one to report; a stale file is removed by a later write.
                }
            }
        }
    }

    /**
     * Puts the complete temporary file in place unless a file is there: a hard link fails
     * atomically when one is; without hard links, a move that refuses to replace. The temporary
     * file is gone afterwards either way.
     */
    private static boolean publishWithoutReplacing(Path temp, Path destination) throws IOException {
        try {
            Files.createLink(destination, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.move(temp, destination);
                return true;
            } catch (FileAlreadyExistsException made) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Checks that {@code target} may be written with {@code inputs} being read, touching nothing.
     *
     * @return the file that a write replaces or creates: the target with links resolved
     * @throws RefusedOutputException when it may not be written
     * @throws NoSuchFileException    when its folder does not exist
     */
    public static Path check(Path target, Collection<Path> inputs) throws IOException {
        String name = target.toString();
        if (name.isEmpty()) {
            throw new RefusedOutputException(name, RefusedOutputException.Why.NO_NAME, "no file name given");
        }
        Path absolute = target.toAbsolutePath();
        Path destination;
        if (Files.exists(absolute)) {
            destination = absolute.toRealPath();
            String kind = FileKind.describeIfNotRegular(destination);
            if (kind != null) {
                throw new RefusedOutputException(name, RefusedOutputException.Why.NOT_A_REGULAR_FILE,
                        kind.equals("a folder") ? "it is a folder; name a file in it"
                                : "it is " + kind + ", not a regular file; only regular files are written");
            }
        } else if (Files.isSymbolicLink(absolute)) {
            throw new RefusedOutputException(name, RefusedOutputException.Why.BROKEN_LINK,
                    "it is a symbolic link to " + Files.readSymbolicLink(absolute) + ", which does not exist");
        } else {
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new NoSuchFileException(String.valueOf(folder), null, "folder does not exist");
            }
            destination = folder.toRealPath().resolve(absolute.getFileName());
        }
        for (Path input : inputs) {
            if (input != null && isSameFile(destination, input)) {
                throw new RefusedOutputException(name, RefusedOutputException.Why.IS_INPUT,
                        "it is a file being read (" + input + "); choose another output file");
            }
        }
        return destination;
    }

    /** Same file: same inode (links, case, hard links) when both exist, else the same real path. */
    private static boolean isSameFile(Path destination, Path input) {
        try {
            if (Files.exists(destination) && Files.exists(input)) {
                return Files.isSameFile(destination, input);
            }
            Path absolute = input.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            Path resolved = folder != null && Files.isDirectory(folder)
                    ? folder.toRealPath().resolve(absolute.getFileName()) : absolute;
            return resolved.equals(destination);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code .NAME.DIGITS.part}, the pattern {@link #removeStaleParts} knows as ours. */
    private static String tempName(String targetName) {
        String name = targetName.length() > NAME_IN_TEMP ? targetName.substring(0, NAME_IN_TEMP) : targetName;
        return "." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part";
    }

    /**
     * Removes temporary files of ours in {@code folder} last modified before {@code cutoff}: what a
     * process killed in the middle of a write left. Best effort: a file that cannot be removed is
     * left for next time.
     */
    static void removeStaleParts(Path folder, Instant cutoff) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path part : parts) {
                if (!PART.matcher(part.getFileName().toString()).matches()) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(part);
                    }
                } catch (IOException e) {
                    // Someone else's, or gone already.
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // An unreadable folder: the write itself will say what is wrong.
        }
    }

    /** A replaced file keeps its permissions; a new one keeps what the umask gave the temporary file. */
    private static void keepPermissions(Path destination, Path temp) {
        try {
            if (Files.exists(destination)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(destination));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the default permissions are what the user gets.
        }
    }

    /** The same failure told about the target the user named, not our temporary file. */
    private static FileSystemException namingTarget(FileSystemException e, Path temp, Path target) {
        String tempName = temp == null ? null : temp.toString();
        boolean aboutTemp = tempName != null && (tempName.equals(e.getFile()) || tempName.equals(e.getOtherFile()));
        if (!aboutTemp) {
            return e;
        }
        String reason = e.getReason() != null ? e.getReason()
                : e instanceof java.nio.file.NoSuchFileException ? "a file cannot be created in that folder"
                : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        // The same kind of exception, so that callers telling the kinds apart still can.
        FileSystemException named = e instanceof AccessDeniedException
                ? new AccessDeniedException(target.toString(), null, reason)
                : e instanceof java.nio.file.NoSuchFileException
                ? new java.nio.file.NoSuchFileException(target.toString(), null, reason)
                : new FileSystemException(target.toString(), null, reason);
        named.initCause(e);
        return named;
    }
}
