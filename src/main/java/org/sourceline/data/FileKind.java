package org.sourceline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What kind of file a path names, told from its attributes without opening it: opening a named
 * pipe for reading blocks until someone writes to it, and reading a device such as
 * {@code /dev/zero} never ends.
 */
public final class FileKind {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * "a folder", "a named pipe (FIFO)", "a character device", "a block device", "a socket" or
     * "not a regular file" for a path that exists and is no regular file (links followed); null
     * for a regular file or a path that does not exist.
     */
    public static String describeIfNotRegular(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return switch (unixType(path)) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            default -> "not a regular file";
        };
    }

    /** The file type bits of a POSIX mode, or -1 where the file system does not say. */
    private static int unixType(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m ? m & TYPE_MASK : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** True when the path itself (not what it points to) is a symbolic link. */
    static boolean isLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    /** True when something exists at the path itself, even a broken symbolic link. */
    static boolean existsAtAll(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
