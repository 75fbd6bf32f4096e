package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.sourceline.data.AtomicFiles;

/**
 * A folder of classes on the class path (Maven's {@code target/classes} under {@code mvn
 * javafx:run}) as a jar: a JVM will not write or map a class-data archive of a class path with a
 * non-empty folder on it ("Cannot have non-empty directory in paths"), so the second JVM of
 * {@link FastStart} runs the same classes from a jar of them. The jar is named after the folder and
 * what it holds (each file's path, size, time and CRC-32 of its bytes: about 5 MB read at each
 * start, a few milliseconds): a rebuild makes a new jar, never a change of one a running JVM may be
 * reading. Written as a new file only ({@link AtomicFiles#writeNew}: two first starts at once make
 * the same jar; the first one published stays). A folder's three newest jars stay; older
 * ones go once a day old, and any folder's jars once a month old (worktrees and clones gone since).
 */
final class ClassesJar {
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jar";

    private ClassesJar() {
    }

    /** A file or folder of the classes folder: where it is, its name in the jar, its time. */
    private record Entry(Path file, String name, boolean folder, long modified) {
    }

    /**
     * The jar of {@code folder}'s files in {@code cache}, made now when there is none for what the
     * folder holds now.
     *
     * @throws IOException when the folder cannot be read or the jar not written
     */
    static Path of(Path folder, Path cache) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        StringBuilder contents = new StringBuilder(root.toString()).append('\n');
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                if (file.equals(root)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Entry entry = new Entry(file, root.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
                        attributes.isDirectory(), attributes.lastModifiedTime().toMillis());
                entries.add(entry);
                contents.append(entry.name()).append(' ').append(entry.folder() ? -1 : attributes.size())
                        .append(' ').append(entry.modified());
                if (attributes.isRegularFile()) {
                    // Its bytes too: a file rewritten at the same size within the time's resolution,
                    // or copied with its time kept, is still another file.
                    CRC32 crc = new CRC32();
                    crc.update(Files.readAllBytes(file));
                    contents.append(' ').append(Long.toHexString(crc.getValue()));
                }
                contents.append('\n');
            }
        }
        String folderKey = ClassDataArchive.fnv64(root.toString());
        Path jar = cache.resolve(PREFIX + folderKey + "-" + ClassDataArchive.fnv64(contents.toString()) + SUFFIX);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(cache);
        // A new file, never a replacement: another start may have made the same jar meanwhile.
        AtomicFiles.writeNew(jar, out -> {
            JarOutputStream zip = new JarOutputStream(out);
            zip.setLevel(1); // made at a start: speed over size
            for (Entry entry : entries) {
                if (entry.folder()) {
                    // Folders too, as the class path had them (a resource lookup of a folder finds it).
                    zip.putNextEntry(new ZipEntry(entry.name() + "/"));
                } else {
                    ZipEntry zipEntry = new ZipEntry(entry.name());
                    zipEntry.setTime(entry.modified());
                    zip.putNextEntry(zipEntry);
                    Files.copy(entry.file(), zip);
                }
                zip.closeEntry();
            }
            zip.finish(); // the stream itself is closed by AtomicFiles
        });
        pruneOthers(cache, folderKey, jar);
        return jar;
    }

    /** How many jars of one folder stay whatever their age (a session may run from any of them). */
    static final int KEPT_PER_FOLDER = 3;

    /**
     * Removes this folder's jars beyond its {@value #KEPT_PER_FOLDER} newest once a day old, and
     * any folder's jars once a month old.
     */
    private static void pruneOthers(Path cache, String folderKey, Path kept) {
        long now = System.currentTimeMillis();
        long dayAgo = now - TimeUnit.DAYS.toMillis(1);
        long monthAgo = now - TimeUnit.DAYS.toMillis(30);
        List<Path> ofThisFolder = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(cache, PREFIX + "*" + SUFFIX)) {
            for (Path jar : jars) {
                if (jar.getFileName().toString().startsWith(PREFIX + folderKey + "-")) {
                    ofThisFolder.add(jar);
                } else if (Files.getLastModifiedTime(jar).toMillis() < monthAgo) {
                    Files.deleteIfExists(jar);
                }
            }
            ofThisFolder.sort(Comparator.comparingLong(ClassesJar::modified).reversed());
            for (Path jar : ofThisFolder.subList(Math.min(KEPT_PER_FOLDER, ofThisFolder.size()), ofThisFolder.size())) {
                if (!jar.equals(kept) && modified(jar) < dayAgo) {
                    Files.deleteIfExists(jar);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only space: tried again at the next new jar
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
