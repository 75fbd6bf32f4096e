package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive of {@code java -jar}'s second JVM: made by a session, tried before it is
 * used, thrown away when the jar or JDK changes, never used when broken. Real JVMs write and map
 * the archives here (a jar of one small class).
 */
class ClassDataArchiveTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String JDK = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");

    @TempDir
    Path dir;

    private Path jar;
    private Path cache;

    @BeforeEach
    void smallApp() throws IOException {
        jar = dir.resolve("app.jar");
        cache = dir.resolve("cache");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String entry = FastStartTest.ExitWith.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = FastStartTest.ExitWith.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private ClassDataArchive archive() {
        ClassDataArchive archive = new ClassDataArchive(cache, jar, JAVA, JDK);
        assertThat(archive.prepareFolder()).isTrue();
        return archive;
    }

    /** Runs the small app as the second JVM would, with the options given; returns its exit code. */
    private int session(List<String> options) throws IOException, InterruptedException {
        return session(options, jar.toString());
    }

    private int session(List<String> options, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, FastStartTest.ExitWith.class.getName(), "0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("the JVM says nothing of the archive").isEmpty();
        return p.exitValue();
    }

    private Path trained(ClassDataArchive archive) throws Exception {
        Path training = archive.trainingFile();
        List<String> options = archive.options(training);
        assertThat(ClassDataArchive.trains(options)).isTrue();
        assertThat(options).contains("-XX:ArchiveClassesAtExit=" + training);
        assertThat(session(options)).isZero();
        assertThat(training).isRegularFile();
        return training;
    }

    @Test
    void theFirstSessionWritesTheArchiveAndLaterOnesMapIt() throws Exception {
        ClassDataArchive archive = archive();
        Path training = trained(archive);
        archive.adopt(training);
        assertThat(training).doesNotExist();
        assertThat(archive.archive()).isRegularFile();

        List<String> options = new ClassDataArchive(cache, jar, JAVA, JDK).options(archive.trainingFile());
        assertThat(ClassDataArchive.trains(options)).isFalse();
        assertThat(options).contains("-XX:SharedArchiveFile=" + archive.archive());
        assertThat(session(options)).isZero();
    }

    @Test
    void aRebuiltJarOrAnotherJdkTrainsAgain() throws Exception {
        ClassDataArchive archive = archive();
        archive.adopt(trained(archive));
        assertThat(ClassDataArchive.trains(archive.options(archive.trainingFile()))).isFalse();

        ClassDataArchive otherJdk = new ClassDataArchive(cache, jar, JAVA, JDK + " (another build)");
        assertThat(ClassDataArchive.trains(otherJdk.options(otherJdk.trainingFile()))).isTrue();
        assertThat(otherJdk.archive()).isNotEqualTo(archive.archive());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(ClassDataArchive.trains(archive.options(archive.trainingFile()))).isTrue();
    }

    @Test
    void anArchiveOfSeveralJarsFitsOnlyWhileEachIsUnchanged() throws Exception {
        // mvn javafx:run's second JVM: the classes' jar and Maven's jars
        Path library = dir.resolve("library.jar");
        Files.copy(jar, library);
        List<Path> classPath = List.of(jar, library);
        String joined = jar + java.io.File.pathSeparator + library;
        ClassDataArchive archive = new ClassDataArchive(cache, classPath, JAVA, JDK);
        assertThat(archive.prepareFolder()).isTrue();
        Path training = archive.trainingFile();
        List<String> options = archive.options(training);
        assertThat(session(options, joined)).isZero();
        archive.adopt(training);
        assertThat(archive.archive()).isRegularFile();

        List<String> later = new ClassDataArchive(cache, classPath, JAVA, JDK).options(archive.trainingFile());
        assertThat(later).contains("-XX:SharedArchiveFile=" + archive.archive());
        assertThat(session(later, joined)).isZero();
        // another class path is another archive; a changed jar of this one trains again
        assertThat(new ClassDataArchive(cache, jar, JAVA, JDK).archive()).isNotEqualTo(archive.archive());
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 5_000));
        assertThat(ClassDataArchive.trains(new ClassDataArchive(cache, classPath, JAVA, JDK)
                .options(archive.trainingFile()))).isTrue();
    }

    @Test
    void aBrokenArchiveIsNeverGivenToTheJvm() throws Exception {
        ClassDataArchive archive = archive();
        // a session killed while writing: half an archive fails its trial and is not kept
        Path training = trained(archive);
        byte[] whole = Files.readAllBytes(training);
        Files.delete(training);
        Files.write(training, java.util.Arrays.copyOf(whole, whole.length / 3));
        archive.adopt(training);
        assertThat(training).doesNotExist();
        assertThat(archive.archive()).doesNotExist();
        assertThat(archive.options(archive.trainingFile())).as("not tried again at each exit for this jar").isNull();

        // an archive cut short after it was adopted: its size no longer fits its record
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        archive.adopt(trained(archive));
        assertThat(archive.options(archive.trainingFile())).contains("-XX:SharedArchiveFile=" + archive.archive());
        Path cut = archive.archive();
        byte[] adopted = Files.readAllBytes(cut);
        Files.delete(cut);
        Files.write(cut, java.util.Arrays.copyOf(adopted, adopted.length - 4096));
        assertThat(ClassDataArchive.trains(archive.options(archive.trainingFile()))).isTrue();
    }

    @Test
    void onlyAJvmThatMapsTheJdksOwnArchiveTrains() {
        // Java 17 will not start with -XX:ArchiveClassesAtExit when the JDK's archive is not mapped
        assertThat(ClassDataArchive.canMakeArchives("OpenJDK 64-Bit Server VM", "mixed mode, sharing")).isTrue();
        assertThat(ClassDataArchive.canMakeArchives("OpenJDK 64-Bit Server VM", "mixed mode")).isFalse();
        assertThat(ClassDataArchive.canMakeArchives("Eclipse OpenJ9 VM", "JRE 17 Linux amd64-64-Bit, sharing")).isFalse();
    }

    @Test
    void anArchiveOfAJarRebuiltDuringTheSessionIsDroppedAndNothingIsRecorded() throws Exception {
        ClassDataArchive archive = archive();
        Path training = trained(archive);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        archive.adopt(training);
        assertThat(training).doesNotExist();
        assertThat(archive.archive()).doesNotExist();
        assertThat(ClassDataArchive.trains(archive.options(archive.trainingFile()))).as("the next session trains").isTrue();
    }

    @Test
    void aRefusedArchiveOfASessionAtTheSameTimeDoesNotUndoAGoodOne() throws Exception {
        ClassDataArchive first = archive();
        ClassDataArchive second = archive();
        Path secondTraining = second.trainingFile();
        assertThat(ClassDataArchive.trains(second.options(secondTraining))).isTrue(); // started before any record
        first.adopt(trained(first));
        Files.write(secondTraining, new byte[] {1, 2, 3});
        second.adopt(secondTraining);
        assertThat(secondTraining).doesNotExist();
        assertThat(first.options(first.trainingFile())).contains("-XX:SharedArchiveFile=" + first.archive());
    }

    @Test
    void eachJarAndJdkHasItsOwnFileAndTheFolderKeepsTheMostRecent() throws Exception {
        ClassDataArchive one = archive();
        ClassDataArchive moved = new ClassDataArchive(cache, dir.resolve("elsewhere/app.jar"), JAVA, JDK);
        assertThat(one.archive()).isNotEqualTo(moved.archive());
        assertThat(one.trainingFile()).isNotEqualTo(one.archive());
        assertThat(one.trainingFile().getParent()).isEqualTo(cache);

        long now = System.currentTimeMillis();
        List<Path> older = new ArrayList<>();
        for (int i = 0; i < ClassDataArchive.KEPT + 1; i++) {
            Path other = cache.resolve("sourceline-old" + i + ".jsa");
            Path record = cache.resolve("sourceline-old" + i + ".properties");
            Files.writeString(other, "x");
            Files.writeString(record, "ok=true");
            Files.setLastModifiedTime(record, FileTime.fromMillis(now - 60_000 * (i + 1)));
            older.add(record);
        }
        // a failed trial's record has no archive: it counts as one of those kept
        long twoDaysAgo = now - TimeUnit.DAYS.toMillis(2);
        Path killedSession = cache.resolve("sourceline-old0.jsa.99999-1f.tmp");
        Path orphan = cache.resolve("sourceline-orphan.jsa");
        Path recentOrphan = cache.resolve("sourceline-moving.jsa"); // moved in, its record not yet written
        for (Path file : List.of(killedSession, orphan, recentOrphan)) {
            Files.writeString(file, "x");
            Files.setLastModifiedTime(file, FileTime.fromMillis(file == recentOrphan ? now : twoDaysAgo));
        }

        one.adopt(trained(one));
        assertThat(one.archive()).isRegularFile();
        assertThat(older.subList(0, ClassDataArchive.KEPT - 1)).allMatch(Files::exists);
        assertThat(older.subList(ClassDataArchive.KEPT - 1, older.size())).noneMatch(Files::exists);
        assertThat(cache.resolve("sourceline-old" + ClassDataArchive.KEPT + ".jsa")).doesNotExist();
        assertThat(cache.resolve("sourceline-old0.jsa")).exists();
        assertThat(killedSession).doesNotExist();
        assertThat(orphan).doesNotExist();
        assertThat(recentOrphan).exists();
    }
}
