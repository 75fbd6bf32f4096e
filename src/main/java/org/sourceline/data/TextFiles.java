package org.sourceline.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the files a dataset refers to (its article text) are read from: a folder or the classpath.
 *
 * <p>A dataset may be shared, so what it names is not trusted: a text file must be named by a
 * relative path without control characters that stays inside the dataset's folder (after
 * resolving {@code ..} and symbolic links), must be a regular file (never a device such as
 * {@code /dev/zero} or a named pipe, which are refused from their attributes, without opening
 * them) and may have at most {@link #MAX_BYTES}. Anything else fails with a
 * {@link RefusedTextFileException} saying why.
 */
public interface TextFiles {
    /** Largest article text file read: 1 GiB (a 5-million-event synthetic dataset has about 540 MB). */
    long MAX_BYTES = 1L << 30;

    /** A text file a dataset names that Sourceline will not read, and why in plain words. */
    final class RefusedTextFileException extends IOException {
        public RefusedTextFileException(String reason) {
            super(reason);
        }
    }

    /** The bytes of a file named relative to the dataset. */
    byte[] read(String relativeName) throws IOException;

    /** How to name that file in messages. */
    String displayName(String relativeName);

    /** Files next to a dataset on disk. */
    static TextFiles besides(Path datasetFile) {
        Path folder = datasetFile.toAbsolutePath().normalize().getParent();
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                checkName(relativeName);
                Path resolved;
                try {
                    resolved = folder.resolve(relativeName).normalize();
                } catch (InvalidPathException e) {
                    throw new RefusedTextFileException("that is not a valid file name");
                }
                if (!resolved.startsWith(folder) || resolved.equals(folder)) {
                    throw new RefusedTextFileException(resolved.equals(folder) ? "it is the dataset's folder, not a file"
                            : "it is outside the dataset's folder; a dataset may only name files in its own folder");
                }
                if (!Files.exists(resolved)) {
                    throw new NoSuchFileException(resolved.toString());
                }
                Path real = resolved.toRealPath();
                if (!real.startsWith(folder.toRealPath())) {
                    throw new RefusedTextFileException("it leads outside the dataset's folder through a symbolic link; "
                            + "a dataset may only name files in its own folder");
                }
                String kind = FileKind.describeIfNotRegular(real);
                if (kind != null) {
                    throw new RefusedTextFileException("it is " + kind + ", not a regular file");
                }
                long size = Files.size(real);
                if (size > MAX_BYTES) {
                    throw tooLarge(size);
                }
                if (size > 0) {
                    return Files.readAllBytes(real);
                }
                // Files of the kernel's (/proc) say 0 and still have content: read at most the limit.
                try (InputStream in = Files.newInputStream(real)) {
                    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        throw tooLarge(bytes.length);
                    }
                    return bytes;
                }
            }

            @Override
            public String displayName(String relativeName) {
                Path parent = datasetFile.getParent();
                if (parent == null || nameProblem(relativeName) != null) {
                    return relativeName;
                }
                try {
                    return parent.resolve(relativeName).toString();
                } catch (InvalidPathException e) {
                    return relativeName;
                }
            }
        };
    }

    /** Resources next to a classpath resource such as {@code /datasets/x.json}. */
    static TextFiles besidesResource(String resourcePath) {
        String folder = resourcePath.substring(0, resourcePath.lastIndexOf('/') + 1);
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                checkName(relativeName);
                for (String segment : relativeName.split("[/\\\\]")) {
                    if (segment.equals("..")) {
                        throw new RefusedTextFileException("it is outside the dataset's folder; "
                                + "a dataset may only name files in its own folder");
                    }
                }
                try (InputStream in = TextFiles.class.getResourceAsStream(folder + relativeName)) {
                    if (in == null) {
                        throw new java.io.FileNotFoundException(folder + relativeName);
                    }
                    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        throw tooLarge(bytes.length);
                    }
                    return bytes;
                }
            }

            @Override
            public String displayName(String relativeName) {
                return folder.substring(1) + relativeName;
            }
        };
    }

    /** No files at all: datasets must carry their text inline. */
    static TextFiles none() {
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                throw new java.io.FileNotFoundException(relativeName);
            }

            @Override
            public String displayName(String relativeName) {
                return relativeName;
            }
        };
    }

    /**
     * What is wrong with a text file's name as a dataset gives it, or null: it must not be empty,
     * must be relative and must not hold control characters.
     */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "no file name given";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return String.format(Locale.ROOT, "its name has a control character (U+%04X at character %d)",
                        (int) c, i + 1);
            }
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "it is an absolute path; name a file in the dataset's folder, relative to it";
        }
        return null;
    }

    private static void checkName(String name) throws RefusedTextFileException {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new RefusedTextFileException(problem);
        }
    }

    private static RefusedTextFileException tooLarge(long size) {
        return new RefusedTextFileException(String.format(Locale.ROOT,
                "it has %,d bytes; an article text file may have at most %,d (1 GiB)", size, MAX_BYTES));
    }
}
