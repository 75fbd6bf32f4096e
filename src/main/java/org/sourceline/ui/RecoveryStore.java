package org.sourceline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.DatasetWriter;
import org.sourceline.model.Dataset;

/**
 * Recovery copies of unsaved work, so a crash loses at most a minute of it: while a dataset has
 * unsaved changes the app writes it here (its article texts inline, so the copy stands alone),
 * with a note of the file it belongs to. A clean exit or a save removes the copy; a copy left
 * behind by a session that is no longer running is offered at the next start.
 *
 * <p>Each running session holds a lock on its own lock file, so a second window of Sourceline
 * never offers the first one's copy as if it had crashed.
 */
public final class RecoveryStore {
    /** A copy left behind by a session that ended without cleaning up. */
    public record LeftBehind(Path dataset, Path note, Path lock, String title, Path originalFile, Instant written,
                             Map<String, String> textFiles) {
        /** Removes the copy (after it was recovered or declined). */
        public void discard() {
            for (Path p : new Path[] {dataset, note, lock}) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Another try at the next start.
                }
            }
        }
    }

    private final Path folder;
    private final String session;
    private FileChannel lockChannel;
    private FileLock lock;

    public RecoveryStore(Path folder) {
        this.folder = folder;
        this.session = ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
    }

    /** The folder of the user's settings' recovery copies. */
    public static RecoveryStore of(Settings settings) {
        return new RecoveryStore(settings.folder().resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Writes a recovery copy of {@code dataset}, which belongs in {@code originalFile} (null when it has none). */
    public synchronized void write(Dataset dataset, Path originalFile, Map<String, String> textFiles) throws IOException {
        Files.createDirectories(folder);
        holdLock();
        Path json = folder.resolve(session + ".json");
        AtomicFiles.write(json, out -> new DatasetWriter().write(dataset, out));
        Properties note = new Properties();
        note.setProperty("title", dataset.title());
        note.setProperty("written", Instant.now().toString());
        if (originalFile != null) {
            note.setProperty("file", originalFile.toAbsolutePath().toString());
        }
        textFiles.forEach((article, name) -> note.setProperty("textFile." + article, name));
        AtomicFiles.write(folder.resolve(session + ".properties"), out -> note.store(out, "Sourceline recovery copy"));
    }

    /** Removes this session's copy (after a save, or at a clean exit). */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(folder.resolve(session + ".json"));
            Files.deleteIfExists(folder.resolve(session + ".properties"));
        } catch (IOException e) {
            // Offered again at the next start; harmless.
        }
    }

    /** Removes this session's copy and lock at a clean exit. */
    public synchronized void close() {
        clear();
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
            Files.deleteIfExists(folder.resolve(session + ".lock"));
        } catch (IOException e) {
            // Nothing left worth keeping.
        }
        lock = null;
    }

    private void holdLock() throws IOException {
        if (lock == null) {
            lockChannel = FileChannel.open(folder.resolve(session + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        }
    }

    /** Copies in the folder whose session is over (its lock is free), newest first. */
    public List<LeftBehind> leftBehind() {
        List<LeftBehind> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path note : notes) {
                String name = note.getFileName().toString();
                String id = name.substring(0, name.length() - ".properties".length());
                Path json = folder.resolve(id + ".json");
                Path lockFile = folder.resolve(id + ".lock");
                if (id.equals(session) || !Files.isRegularFile(json) || isAlive(lockFile)) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(note)) {
                    p.load(in);
                }
                Map<String, String> textFiles = new LinkedHashMap<>();
                for (String key : p.stringPropertyNames()) {
                    if (key.startsWith("textFile.")) {
                        textFiles.put(key.substring("textFile.".length()), p.getProperty(key));
                    }
                }
                String file = p.getProperty("file");
                Instant written;
                try {
                    written = Instant.parse(p.getProperty("written", ""));
                } catch (RuntimeException e) {
                    written = Files.getLastModifiedTime(json).toInstant();
                }
                found.add(new LeftBehind(json, note, lockFile, p.getProperty("title", "Untitled"),
                        file == null ? null : Path.of(file), written, textFiles));
            }
        } catch (IOException e) {
            return found;
        }
        found.sort((a, b) -> b.written().compareTo(a.written()));
        return found;
    }

    /** True when another running session holds the lock file. */
    private static boolean isAlive(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM (another window's store).
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}
