package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar} starts the app in a second JVM with the launchers' JIT option, and how. */
class FastStartTest {
    private static final Path JAVA = Path.of("/opt/jdk/bin/java");
    private static final Path JAR = Path.of("/home/u/sourceline.jar");

    @TempDir
    Path dir;

    private static FastStart.Jvm jvm(List<String> options, Map<String, String> environment, String switchValue,
                                     String launchedAt) {
        return new FastStart.Jvm(JAVA, JAR, options, environment, switchValue, launchedAt, 1_700_000_000_000L, 17);
    }

    private static FastStart.Jvm plain(String... options) {
        return jvm(List.of(options), Map.of(), null, null);
    }

    @Test
    void aPlainJavaJarStartsTheAppAgainWithTheFirstTierOnlyKeepingItsOwnOptions() {
        assertThat(FastStart.command(plain("-Xmx3g", "-Dfoo=bar"), new String[] {"story.json"})).containsExactly(
                "/opt/jdk/bin/java", "-Xmx3g", "-Dfoo=bar", "-XX:TieredStopAtLevel=1",
                "-Dsourceline.launchedAt=1700000000000", "-jar", "/home/u/sourceline.jar", "story.json");
        assertThat(FastStart.command(plain(), new String[0])).containsExactly("/opt/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-Dsourceline.launchedAt=1700000000000", "-jar", "/home/u/sourceline.jar");
    }

    @Test
    void onNewerJavaTheSecondJvmGrantsWhatJavaFxUsesSoItDoesNotWarn() {
        FastStart.Jvm java25 = new FastStart.Jvm(JAVA, JAR, List.of(), Map.of(), null, null, 1_700_000_000_000L, 25);
        assertThat(FastStart.command(java25, new String[0])).containsSubsequence("-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar");
        assertThat(FastStart.command(plain(), new String[0])).doesNotContain("--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void optionsFromTheEnvironmentReachTheSecondJvmFromThereNotTwice() {
        FastStart.Jvm jvm = jvm(List.of("-Dsourceline.headless=true", "-Xmx1g"),
                Map.of("JAVA_TOOL_OPTIONS", " -Dsourceline.headless=true "), null, null);
        assertThat(FastStart.command(jvm, new String[0])).containsExactly("/opt/jdk/bin/java", "-Xmx1g",
                "-XX:TieredStopAtLevel=1", "-Dsourceline.launchedAt=1700000000000", "-jar", "/home/u/sourceline.jar");
    }

    @Test
    void aJvmSetUpOnPurposeOrTheSecondOneStartsTheAppItself() {
        String[] none = new String[0];
        // the app image's launcher and mvn javafx:run give the option already; someone tuning or debugging
        assertThat(FastStart.command(plain("-XX:TieredStopAtLevel=1"), none)).isNull();
        assertThat(FastStart.command(plain("-XX:SharedArchiveFile=app.jsa"), none)).isNull();
        assertThat(FastStart.command(plain("-Xshare:off"), none)).isNull();
        assertThat(FastStart.command(plain("-agentlib:jdwp=transport=dt_socket,server=y"), none)).isNull();
        // the second JVM, the switch, not a jar, no java executable known
        assertThat(FastStart.command(jvm(List.of(), Map.of(), null, "1700000000000"), none)).isNull();
        assertThat(FastStart.command(jvm(List.of(), Map.of(), "false", null), none)).isNull();
        assertThat(FastStart.command(jvm(List.of(), Map.of(), "true", null), none)).isNotNull();
        assertThat(FastStart.command(new FastStart.Jvm(JAVA, null, List.of(), Map.of(), null, null, 0, 17), none)).isNull();
        assertThat(FastStart.command(new FastStart.Jvm(null, JAR, List.of(), Map.of(), null, null, 0, 17), none)).isNull();
    }

    @Test
    void mavensJvmAskedToStartAgainRunsTheClassesFromJarsWithItsJitOptionOnce() {
        List<Path> classPath = List.of(Path.of("/cache/classes-1.jar"), Path.of("/m2/javafx-base.jar"));
        FastStart.Jvm maven = new FastStart.Jvm(JAVA, null, List.of("-XX:TieredStopAtLevel=1",
                "-Dsourceline.relaunch=true"), Map.of(), "true", null, 1_700_000_000_000L, 17, classPath);
        assertThat(FastStart.command(maven, new String[0])).containsExactly("/opt/jdk/bin/java",
                "-Dsourceline.relaunch=true", "-XX:TieredStopAtLevel=1", "-Dsourceline.launchedAt=1700000000000", "-cp",
                "/cache/classes-1.jar" + java.io.File.pathSeparator + "/m2/javafx-base.jar", "org.sourceline.Main");
        // Not asked (an IDE running the classes), or asked with another option chosen on purpose: this JVM.
        String[] none = new String[0];
        assertThat(FastStart.command(new FastStart.Jvm(JAVA, null, List.of(), Map.of(), null, null, 0, 17, classPath),
                none)).isNull();
        assertThat(FastStart.command(new FastStart.Jvm(JAVA, null, List.of("-Xshare:off"), Map.of(), "true", null, 0,
                17, classPath), none)).isNull();
        assertThat(FastStart.command(new FastStart.Jvm(JAVA, null, List.of(), Map.of(), "true", null, 0, 17, List.of()),
                none)).isNull();
    }

    @Test
    void aLargeFileIsOpenedInTheSecondJvmToo() throws IOException {
        Path large = dir.resolve("large.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(256L << 20);
        }
        assertThat(FastStart.command(plain(), new String[] {large.toString()})).contains(FastStart.JIT_OPTION,
                large.toString());
        // a file that is not there: the app (in the second JVM) says so
        assertThat(FastStart.command(plain(), new String[] {dir.resolve("missing.json").toString()})).isNotNull();
    }

    @Test
    void theSecondJvmsExitCodeIsTheCommandsAndACommandThatCannotStartLeavesItToThisJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), FastStart.JIT_OPTION, "-cp", System.getProperty("java.class.path"),
                ExitWith.class.getName(), "3");
        assertThat(FastStart.runAndWait(command)).isEqualTo(3);
        assertThat(FastStart.runAndWait(List.of(dir.resolve("no-such-java").toString()))).isEqualTo(-1);
    }

    @Test
    void aSecondJvmThatFailsBeforeTheAppsCodeRunsLeavesTheAppToThisOne() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        // The app's code ran (it removed the marker), then ended with 3: that is the exit code.
        Path marker = Files.createFile(dir.resolve("started.marker"));
        assertThat(FastStart.runOrNot(List.of(java.toString(), "-D" + FastStart.START_MARKER + "=" + marker, "-cp",
                classPath, StartsThenExits.class.getName(), "3"), marker)).isEqualTo(3);
        assertThat(marker).doesNotExist();
        // The JVM could not even find the app (a jar gone): this JVM starts the app.
        Files.createFile(marker);
        assertThat(FastStart.runOrNot(List.of(java.toString(), "-cp", dir.toString(), "org.sourceline.NoSuchMain"),
                marker)).isEqualTo(-1);
        assertThat(marker).doesNotExist();
        // Ended well without touching the marker: nothing to redo.
        Files.createFile(marker);
        assertThat(FastStart.runOrNot(List.of(java.toString(), "-cp", classPath, ExitWith.class.getName(), "0"),
                marker)).isZero();
    }

    /** As the second JVM does when the app's code starts: removes its marker; then ends with the code given. */
    public static final class StartsThenExits {
        public static void main(String[] args) throws IOException {
            Files.deleteIfExists(Path.of(System.getProperty(FastStart.START_MARKER)));
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** A program that ends with the exit code it is given. */
    public static final class ExitWith {
        public static void main(String[] args) {
            System.exit(Integer.parseInt(args[0]));
        }
    }
}
