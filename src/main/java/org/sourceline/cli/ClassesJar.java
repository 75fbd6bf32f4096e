package org.sourceline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A folder of classes on the class path (Maven's {@code target/classes} under {@code mvn
 * javafx:run}) as a jar: a JVM will not write or map a class-data archive of a class path with a
 * non-empty folder on it ("Cannot have non-empty directory in paths"), so the second JVM of
 * {@link FastStart} runs the same classes from a jar of them. The jar is named after the folder and
 * what it holds (each file's path, size and time): a rebuild makes a new jar, never a change of one
 * a running JVM may be reading; the jars of a folder's earlier contents go a day after they were
 * made. Written to a file of its own and moved into place whole.
 */
final class ClassesJar {
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jar";

    private ClassesJar() {
    }

    /**
     * The jar of {@code folder}'s files in {@code cache}, made now when there is none for what the
     * folder holds now.
     *
     * @throws IOException when the folder cannot be read or the jar not written
     */
    static Path of(Path folder, Path cache) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        StringBuilder contents = new StringBuilder(root.toString()).append('\n');
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (file.equals(root)) {
                    continue;
                }
                files.add(file);
                contents.append(root.relativize(file)).append(' ').append(attributes.isDirectory() ? -1 : attributes.size())
                        .append(' ').append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
        }
        String folderKey = ClassDataArchive.fnv64(root.toString());
        Path jar = cache.resolve(PREFIX + folderKey + "-" + ClassDataArchive.fnv64(contents.toString()) + SUFFIX);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(cache);
        Path written = cache.resolve(jar.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(written); JarOutputStream zip = new JarOutputStream(out)) {
                zip.setLevel(1); // made at a start: speed over size
                for (Path file : files) {
                    String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    if (Files.isDirectory(file)) {
                        // Folders too, as the class path had them (a resource lookup of a folder finds it).
                        zip.putNextEntry(new ZipEntry(name + "/"));
                    } else {
                        ZipEntry entry = new ZipEntry(name);
                        entry.setTime(Files.getLastModifiedTime(file).toMillis());
                        zip.putNextEntry(entry);
                        Files.copy(file, zip);
                    }
                    zip.closeEntry();
                }
            }
            try {
                Files.move(written, jar, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another start made the same jar meanwhile: the same files
            }
        } finally {
            Files.deleteIfExists(written);
        }
        pruneOthers(cache, folderKey, jar);
        return jar;
    }

    /** Removes this folder's jars of other contents made more than a day ago (a session may still run from a newer one). */
    private static void pruneOthers(Path cache, String folderKey, Path kept) {
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(cache, PREFIX + folderKey + "-*" + SUFFIX)) {
            for (Path jar : jars) {
                if (!jar.equals(kept) && Files.getLastModifiedTime(jar).toMillis() < dayAgo) {
                    Files.deleteIfExists(jar);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only space: tried again at the next new jar
        }
    }
}
