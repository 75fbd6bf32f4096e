package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of classes as a jar, for a class path that can have a class-data archive ({@code mvn
 * javafx:run}'s second JVM): the same files, a new jar for new contents, old jars tidied away.
 */
class ClassesJarTest {
    private static final String CLASS = FastStartTest.ExitWith.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path dir;

    private Path classes;
    private Path cache;

    @BeforeEach
    void classesFolder() throws IOException {
        classes = dir.resolve("target/classes");
        cache = dir.resolve("cache");
        Path classFile = classes.resolve(CLASS);
        Files.createDirectories(classFile.getParent());
        try (InputStream in = FastStartTest.ExitWith.class.getClassLoader().getResourceAsStream(CLASS)) {
            Files.write(classFile, in.readAllBytes());
        }
        Files.writeString(classes.resolve("bundled.json"), "{\"title\": \"bundled\"}");
        Files.createDirectories(classes.resolve("empty"));
    }

    @Test
    void theJarHoldsTheFolderAsTheClassPathHadIt() throws Exception {
        Path jar = ClassesJar.of(classes, cache);
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
            assertThat(names).contains(CLASS, "bundled.json", "empty/", "org/", "org/sourceline/");
            assertThat(file.getInputStream(file.getEntry(CLASS)).readAllBytes())
                    .isEqualTo(Files.readAllBytes(classes.resolve(CLASS)));
            assertThat(new String(file.getInputStream(file.getEntry("bundled.json")).readAllBytes()))
                    .isEqualTo("{\"title\": \"bundled\"}");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.loadClass(FastStartTest.ExitWith.class.getName()).getName())
                    .isEqualTo(FastStartTest.ExitWith.class.getName());
        }
        try (var left = Files.list(cache)) {
            assertThat(left).containsExactly(jar); // no file of the writing left behind
        }
    }

    @Test
    void theSameContentsGiveTheSameJarAndARebuildANewOne() throws Exception {
        Path jar = ClassesJar.of(classes, cache);
        FileTime made = Files.getLastModifiedTime(jar);
        assertThat(ClassesJar.of(classes, cache)).isEqualTo(jar);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(made);

        // A rebuild: a new jar; the one a running JVM may be reading stays.
        Path resource = classes.resolve("bundled.json");
        Files.writeString(resource, "{\"title\": \"rebuilt\"}");
        Files.setLastModifiedTime(resource, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        Path rebuilt = ClassesJar.of(classes, cache);
        assertThat(rebuilt).isNotEqualTo(jar).isRegularFile();
        assertThat(jar).isRegularFile();

        // Beyond a folder's three newest, a jar of earlier contents goes once a day old.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(2)));
        Path third = rebuild("third");
        assertThat(jar).as("one of the three newest").isRegularFile();
        Path fourth = rebuild("fourth");
        assertThat(jar).doesNotExist();
        assertThat(List.of(rebuilt, third, fourth)).allMatch(Files::isRegularFile);

        // Another folder's jars are its own, until a month old.
        Path other = dir.resolve("other/classes");
        Files.createDirectories(other);
        Files.writeString(other.resolve("x.txt"), "x");
        Path otherJar = ClassesJar.of(other, cache);
        assertThat(otherJar).isNotIn(rebuilt, third, fourth);
        rebuild("fifth");
        assertThat(otherJar).isRegularFile();
        Files.setLastModifiedTime(otherJar, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(40)));
        rebuild("sixth");
        assertThat(otherJar).doesNotExist();
    }

    @Test
    void aFileRewrittenAtTheSameSizeAndTimeIsAnotherJar() throws Exception {
        Path resource = classes.resolve("bundled.json");
        FileTime time = Files.getLastModifiedTime(resource);
        Path jar = ClassesJar.of(classes, cache);
        Files.writeString(resource, "{\"title\": \"BUNDLED\"}");
        Files.setLastModifiedTime(resource, time);
        assertThat(ClassesJar.of(classes, cache)).isNotEqualTo(jar);
    }

    /** The classes folder changed (a resource written anew), made a jar of. */
    private Path rebuild(String content) throws IOException {
        Path resource = classes.resolve("bundled.json");
        Files.writeString(resource, "{\"title\": \"" + content + "\"}");
        Files.setLastModifiedTime(resource, FileTime.fromMillis(Files.getLastModifiedTime(resource).toMillis() + 1_000));
        return ClassesJar.of(classes, cache);
    }
}
