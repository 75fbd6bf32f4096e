package org.sourceline.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The AppCDS archive of the second JVM of {@code java -jar} and {@code mvn javafx:run}
 * ({@link FastStart}): the classes the app loads (JavaFX, ControlsFX, Jackson, the app's own),
 * parsed and verified once and mapped from the archive at each later start (about half a second
 * less to the first frame here; README, Start-up). The app image carries one made at build time; a
 * jar can be copied anywhere and run by any JDK, so its archive is made by the first session of
 * that class path (the jar; or Maven's jars and {@link ClassesJar}'s jar of the classes) with that
 * JDK and kept in the user's cache folder ({@code class-data/}), one per class path and JDK.
 *
 * <p>The JVM writes the archive as it exits ({@code -XX:ArchiveClassesAtExit}), to a file of its
 * own; the first JVM, which waits for it, tries the archive in a JVM that must map it
 * ({@code -Xshare:on}) and only then moves it into place, atomically, with a record of the jars
 * (sizes, times) and JDK it fits. A JVM given a truncated archive can crash, so an archive is never
 * used unless it passed that trial and its record still fits: a rebuilt jar, another JDK, a
 * missing or changed file each mean a new training session instead. An archive the trial JVM
 * refuses is recorded as failed, so that each exit does not try again (but never over a record
 * that says an archive works); a trial that does not end, or a jar rebuilt while the session ran,
 * records nothing. Two sessions training at once each write their own file; the later move wins,
 * whole. Only a JVM that maps the JDK's own archive trains ({@link #canMakeArchives}). The JVM
 * writes archives read-only, which Windows would not let be replaced: they are made writable first.
 * The JVM's own messages about the archive are turned off: the app runs the same without it.
 */
final class ClassDataArchive {
    /** The archive's record: which class path and JDK it fits, and its size. */
    private static final String RECORD_SUFFIX = ".properties";
    private static final String ARCHIVE_SUFFIX = ".jsa";
    /** How many archives the folder keeps (the most recently made). */
    static final int KEPT = 4;
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path folder;
    /** The class path the archive is of: the app's jar, or the jars {@code mvn javafx:run} runs from. */
    private final List<Path> classPath;
    /** The class path as the JVM is given it (entries joined by the path separator). */
    private final String joinedClassPath;
    private final Path java;
    private final String jdk;
    private final Path archive;
    private final Path record;

    /**
     * @param folder where archives are kept
     * @param jar    the app's jar
     * @param java   the java executable that runs it
     * @param jdk    what identifies the JDK: its home and full version
     */
    ClassDataArchive(Path folder, Path jar, Path java, String jdk) {
        this(folder, List.of(jar), java, jdk);
    }

    /**
     * @param folder    where archives are kept
     * @param classPath the jars the app runs from, in class path order
     * @param java      the java executable that runs it
     * @param jdk       what identifies the JDK: its home and full version
     */
    ClassDataArchive(Path folder, List<Path> classPath, Path java, String jdk) {
        this.folder = folder;
        this.classPath = classPath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.joinedClassPath = String.join(File.pathSeparator,
                this.classPath.stream().map(Path::toString).toList());
        this.java = java;
        this.jdk = jdk;
        String name = "sourceline-" + fnv64(joinedClassPath + "\n" + jdk);
        this.archive = folder.resolve(name + ARCHIVE_SUFFIX);
        this.record = folder.resolve(name + RECORD_SUFFIX);
    }

    /**
     * A 64-bit FNV-1a hash in hex: a short file name per class path and JDK (the record says which they
     * are; a message digest's provider would cost this start more than the name is worth).
     */
    static String fnv64(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    /**
     * Whether a JVM like this one can write and map an archive of the app's classes: a HotSpot JVM
     * ({@code -XX:} options are HotSpot's) that maps the JDK's own class-data archive, on which an
     * app's archive is a layer (Java 17 refuses to start with {@code -XX:ArchiveClassesAtExit}
     * without it: a JDK image made without one, {@code -Xshare:off}, some heap options).
     *
     * @param vmName {@code java.vm.name}
     * @param vmInfo {@code java.vm.info}, which says {@code sharing} when the JDK's archive is mapped
     */
    static boolean canMakeArchives(String vmName, String vmInfo) {
        return (vmName.contains("OpenJDK") || vmName.contains("HotSpot") || vmName.contains("Server VM"))
                && vmInfo.contains("sharing");
    }

    /**
     * The archive of the running JVM's class path (the jars the second JVM runs from) in the
     * user's cache folder ({@link #folder()}); null when this JVM cannot make one.
     */
    static ClassDataArchive forThisJvm(List<Path> classPath, Path java) {
        if (!canMakeArchives(System.getProperty("java.vm.name", ""), System.getProperty("java.vm.info", ""))) {
            return null;
        }
        return new ClassDataArchive(folder(), classPath, java, System.getProperty("java.home") + " "
                + System.getProperty("java.vm.version"));
    }

    /** Where archives (and {@link ClassesJar}'s jars) are kept: {@code class-data/} in the user's cache folder. */
    static Path folder() {
        return org.sourceline.data.snapshot.SnapshotCache.defaultFolder().resolve("class-data");
    }

    Path archive() {
        return archive;
    }

    /**
     * What the second JVM is given: the archive when it fits, else the file it writes its own to
     * when it exits ({@link #trainingFile}); null when neither (a failed trial for this class path and JDK).
     */
    List<String> options(Path trainingFile) {
        classPathAtStart = classPathStamp();
        Properties fitting = fittingRecord();
        List<String> options = new ArrayList<>();
        if (fitting != null) {
            if (!"true".equals(fitting.getProperty("ok"))) {
                return null;
            }
            options.add("-XX:SharedArchiveFile=" + archive);
        } else {
            options.add("-XX:ArchiveClassesAtExit=" + trainingFile);
        }
        options.addAll(QUIET);
        return options;
    }

    /** Whether the options given were those of a training session. */
    static boolean trains(List<String> options) {
        return options != null && options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    }

    /**
     * The file a training session of this process writes: its own (process id and a random part,
     * as two processes in two containers sharing the folder may have the same id).
     */
    Path trainingFile() {
        return folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** The jars' sizes and times when {@link #options} was asked (the session's jars), or null. */
    private String classPathAtStart;

    /** Each jar's size and time ("size:millis", joined by ';'), or null when one cannot be read. */
    private String classPathStamp() {
        try {
            StringBuilder stamp = new StringBuilder();
            for (Path jar : classPath) {
                if (stamp.length() > 0) {
                    stamp.append(';');
                }
                stamp.append(Files.size(jar)).append(':').append(Files.getLastModifiedTime(jar).toMillis());
            }
            return stamp.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The record when it is there and fits this jar as it is now, else null. */
    private Properties fittingRecord() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(record)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        try {
            String stamp = classPathStamp();
            if (!joinedClassPath.equals(p.getProperty("classPath")) || !jdk.equals(p.getProperty("jdk")) || stamp == null
                    || !stamp.equals(p.getProperty("classPathStamp"))) {
                return null;
            }
            if ("true".equals(p.getProperty("ok"))
                    && !String.valueOf(Files.size(archive)).equals(p.getProperty("archiveSize"))) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return p;
    }

    /** What a trial of an archive showed. */
    enum Trial {
        /** The JVM mapped it and ran. */
        MAPS,
        /** The JVM refused it or crashed on it. */
        REFUSED,
        /** The trial did not end (timed out, could not start, was interrupted): nothing learnt. */
        UNKNOWN
    }

    /**
     * After a training session ended well: tries the archive it wrote and, when the JVM maps it,
     * moves it into place with its record; when the JVM refuses it, records that (unless a record
     * that fits says an archive works: another session's). Nothing is recorded when the jar
     * changed during the session (rebuilt while the app ran: the archive is of the old one) or
     * the trial did not end. Never throws: the archive only saves time.
     */
    void adopt(Path trainingFile) {
        try {
            if (!Files.isRegularFile(trainingFile) || Files.size(trainingFile) == 0) {
                delete(trainingFile);
                return; // the session did not write one (killed, or the JVM cannot)
            }
            String stamp = classPathStamp();
            Trial trial = stamp == null || !stamp.equals(classPathAtStart) ? Trial.UNKNOWN : trial(trainingFile);
            if (trial == Trial.UNKNOWN) {
                delete(trainingFile);
                return;
            }
            Properties p = new Properties();
            p.setProperty("classPath", joinedClassPath);
            p.setProperty("jdk", jdk);
            p.setProperty("classPathStamp", stamp);
            p.setProperty("ok", String.valueOf(trial == Trial.MAPS));
            if (trial == Trial.MAPS) {
                p.setProperty("archiveSize", String.valueOf(Files.size(trainingFile)));
                move(trainingFile, archive);
            } else {
                delete(trainingFile);
                Properties fitting = fittingRecord();
                if (fitting != null && "true".equals(fitting.getProperty("ok"))) {
                    return;
                }
            }
            org.sourceline.data.AtomicFiles.write(record,
                    out -> p.store(out, "The AppCDS archive of the app's second JVM (Sourceline); delete freely"));
            prune();
        } catch (IOException | RuntimeException e) {
            try {
                delete(trainingFile);
            } catch (IOException ignored) {
                // left in the cache folder: removed a day later
            }
        }
    }

    /** Whether a JVM started with the archive maps it and runs (a truncated archive crashes it). */
    private Trial trial(Path candidate) {
        Path crashLog = folder.resolve(candidate.getFileName() + ".crash.log");
        List<String> command = List.of(java.toString(), "-XX:SharedArchiveFile=" + candidate, "-Xshare:on",
                "-XX:ErrorFile=" + crashLog, "-XX:-CreateCoredumpOnCrash", "-cp", joinedClassPath, "-version");
        try {
            Process trial = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!trial.waitFor(30, TimeUnit.SECONDS)) {
                trial.destroyForcibly();
                return Trial.UNKNOWN;
            }
            return trial.exitValue() == 0 ? Trial.MAPS : Trial.REFUSED;
        } catch (IOException e) {
            return Trial.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Trial.UNKNOWN;
        } finally {
            try {
                Files.deleteIfExists(crashLog);
            } catch (IOException ignored) {
                // nothing to tidy
            }
        }
    }

    /**
     * Moves a file over another. The JVM writes its archives read-only, which on Windows forbids
     * replacing or deleting them: both files are made writable first.
     */
    private static void move(Path from, Path to) throws IOException {
        writable(from);
        writable(to);
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path file) throws IOException {
        writable(file);
        Files.deleteIfExists(file);
    }

    private static void writable(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            file.toFile().setWritable(true);
        }
    }

    /**
     * Keeps the records (and archives) of the {@value #KEPT} jars and JDKs recorded last; the others
     * go, and so do archives without a record and training files more than a day old (of sessions
     * that were killed).
     */
    private void prune() throws IOException {
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        List<Path> records = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(RECORD_SUFFIX)) {
                    records.add(file);
                } else if ((name.endsWith(".tmp") || name.endsWith(ARCHIVE_SUFFIX))
                        && Files.getLastModifiedTime(file).toMillis() < dayAgo
                        && (name.endsWith(".tmp") || !Files.exists(sibling(file, ARCHIVE_SUFFIX, RECORD_SUFFIX)))) {
                    stale.add(file);
                }
            }
        }
        for (Path file : stale) {
            delete(file);
        }
        if (records.size() <= KEPT) {
            return;
        }
        records.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (Path old : records.subList(KEPT, records.size())) {
            delete(old);
            delete(sibling(old, RECORD_SUFFIX, ARCHIVE_SUFFIX));
        }
    }

    /** The file of the same name with another suffix. */
    private static Path sibling(Path file, String suffix, String otherSuffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + otherSuffix);
    }

    /** Makes the folder if need be; false when it cannot be made (no archive then). */
    boolean prepareFolder() {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
