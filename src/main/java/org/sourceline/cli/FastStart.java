package org.sourceline.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar sourceline.jar [FILE]} starts the app in a second JVM with the start-up option
 * the app image's launcher and {@code mvn javafx:run} carry ({@code -XX:TieredStopAtLevel=1}, the
 * JIT's first tier only: it halves the CPU start-up needs, README, Start-up), which a plain
 * {@code java -jar} cannot be given: a jar's manifest holds no JVM options. This JVM waits for
 * that one, passing it its console, and ends with its exit code; stopping this one stops it. The
 * second JVM also maps an AppCDS archive of the app's classes, made by the first session of this jar
 * with this JDK ({@link ClassDataArchive}).
 *
 * <p>{@code mvn javafx:run} gives its JVM the JIT option and {@code -Dsourceline.relaunch=true}
 * (the pom): that JVM runs the classes from Maven's {@code target/classes}, and a class path with a
 * folder on it can have no class-data archive, so it starts the second JVM too, with the folder
 * as a jar ({@link ClassesJar}) and the archive of that class path.
 *
 * <p>It does not when the JVM was given a JIT or class-data option already (the app image,
 * someone tuning; Maven's JIT option is its own), when a debugger is attached, when this is not a
 * jar and relaunching was not asked for, when it is the second JVM itself, and when
 * {@code -Dsourceline.relaunch=false} says not to. A big file given to open is no
 * exception: in a fresh JVM the first tier opens a million events sooner than both tiers, whose
 * second competes for the two cores while it compiles the reader (README, Start-up). If the
 * second JVM cannot be started, this one starts the app.
 */
public final class FastStart {
    /** The JIT option the second JVM is given. */
    static final String JIT_OPTION = "-XX:TieredStopAtLevel=1";

    /** From this Java release on, the second JVM is given {@link #QUIET_OPTIONS}. */
    static final int QUIET_FROM = 24;

    /** What JavaFX needs of newer JVMs, granted so that they do not warn of it. */
    static final List<String> QUIET_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    /** Set in the second JVM: when the first one started (epoch milliseconds). */
    static final String LAUNCHED_AT = org.sourceline.ui.LaunchClock.LAUNCHED_AT;

    /** Set in the second JVM: a file it deletes as soon as the app's code runs. */
    static final String START_MARKER = "sourceline.startMarker";

    /** {@code -Dsourceline.relaunch=false}: start the app in this JVM. */
    static final String SWITCH = "sourceline.relaunch";

    /** JVM options that mean the JVM has been set up on purpose: it is not started again. */
    private static final List<String> CHOSEN_OPTIONS = List.of("-XX:TieredStopAtLevel", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
            "-Xint", "-Xcomp", "-agentlib:jdwp", "-Xrunjdwp", "-Xdebug");

    private FastStart() {
    }

    /**
     * What this JVM knows about how it was started.
     *
     * @param java           the running java executable, or null when unknown
     * @param jar            the jar the app runs from, or null when it runs from classes
     * @param inputArguments the JVM's options, as {@link java.lang.management.RuntimeMXBean#getInputArguments()} gives them
     * @param environment    the environment (options in {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}
     *                       reach the second JVM from there, not again on its command line)
     * @param switchValue    the value of {@code -Dsourceline.relaunch}, or null
     * @param launchedAt     the value of {@code -Dsourceline.launchedAt}, or null
     * @param startMillis    when this JVM started (epoch milliseconds)
     * @param feature        the Java release ({@code 17}, {@code 21}, {@code 25})
     */
    record Jvm(Path java, Path jar, List<String> inputArguments, Map<String, String> environment, String switchValue,
               String launchedAt, long startMillis, int feature, List<Path> classPath) {
        Jvm(Path java, Path jar, List<String> inputArguments, Map<String, String> environment, String switchValue,
            String launchedAt, long startMillis, int feature) {
            this(java, jar, inputArguments, environment, switchValue, launchedAt, startMillis, feature, List.of());
        }

        /** The same JVM running from another class path (its folders as jars: {@link ClassesJar}). */
        Jvm withClassPath(List<Path> entries) {
            return new Jvm(java, jar, inputArguments, environment, switchValue, launchedAt, startMillis, feature, entries);
        }

        static Jvm current() {
            var runtime = ManagementFactory.getRuntimeMXBean();
            Path java = ProcessHandle.current().info().command().map(Path::of).orElse(null);
            if (java == null || !Files.isExecutable(java)) {
                Path home = Path.of(System.getProperty("java.home"), "bin");
                java = Files.isExecutable(home.resolve("java")) ? home.resolve("java")
                        : Files.isExecutable(home.resolve("java.exe")) ? home.resolve("java.exe") : null;
            }
            List<Path> classPath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    classPath.add(Path.of(entry));
                }
            }
            return new Jvm(java, runningJar(), runtime.getInputArguments(), System.getenv(),
                    System.getProperty(SWITCH), System.getProperty(LAUNCHED_AT), runtime.getStartTime(),
                    Runtime.version().feature(), classPath);
        }

        private static Path runningJar() {
            try {
                Path code = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.isRegularFile(code) && code.toString().endsWith(".jar") ? code : null;
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The command that starts the app in a second JVM, or null when this JVM should start it.
     *
     * @param args the command line (the app's: none, or a file to open)
     */
    static List<String> command(Jvm jvm, String[] args) {
        return command(jvm, args, List.of());
    }

    /**
     * The command that starts the app in a second JVM, given these options too (the class-data
     * archive's, {@link ClassDataArchive}), or null when this JVM should start it.
     */
    static List<String> command(Jvm jvm, String[] args, List<String> extraOptions) {
        // Asked for by the pom for mvn javafx:run, which runs the classes with the JIT option given.
        boolean relaunchRequested = "true".equalsIgnoreCase(jvm.switchValue());
        if ("false".equalsIgnoreCase(jvm.switchValue()) || jvm.launchedAt() != null || jvm.java() == null
                || (jvm.jar() == null && (!relaunchRequested || jvm.classPath().isEmpty()))) {
            return null;
        }
        Set<String> fromEnvironment = new HashSet<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String value = jvm.environment().get(variable);
            if (value != null && !value.isBlank()) {
                fromEnvironment.addAll(Arrays.asList(value.trim().split("\\s+")));
            }
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        for (String option : jvm.inputArguments()) {
            if (relaunchRequested && option.equals(JIT_OPTION)) {
                continue; // given below
            }
            if (CHOSEN_OPTIONS.stream().anyMatch(option::startsWith)) {
                return null;
            }
            if (!fromEnvironment.contains(option)) {
                command.add(option);
            }
        }
        command.add(JIT_OPTION);
        command.addAll(extraOptions);
        if (jvm.feature() >= QUIET_FROM) {
            // JavaFX loads its native libraries and Marlin uses sun.misc.Unsafe: allowed, without the
            // eight lines of warnings newer JVMs print for each at start-up.
            command.addAll(QUIET_OPTIONS);
        }
        command.add("-D" + LAUNCHED_AT + "=" + jvm.startMillis());
        if (jvm.jar() != null) {
            command.add("-jar");
            command.add(jvm.jar().toString());
        } else {
            command.add("-cp");
            command.add(String.join(File.pathSeparator, jvm.classPath().stream().map(Path::toString).toList()));
            command.add(org.sourceline.Main.class.getName());
        }
        command.addAll(Arrays.asList(args));
        return command;
    }


    /**
     * Starts the app in a second JVM when {@link #command} says so and waits for it.
     *
     * @return its exit code, or -1 when this JVM should start the app itself
     */
    static int relaunch(String[] args) {
        if (System.getProperty(LAUNCHED_AT) != null) {
            // The second JVM: it has started, which the first one learns from its marker.
            String marker = System.getProperty(START_MARKER);
            if (marker != null) {
                try {
                    Files.deleteIfExists(Path.of(marker));
                } catch (IOException | RuntimeException ignored) {
                    // the first JVM then starts the app itself if this one fails
                }
            }
            return -1;
        }
        // The switch off: nothing to look up (this runs on every start).
        if ("false".equalsIgnoreCase(System.getProperty(SWITCH))
                || (Jvm.runningJar() == null && !"true".equalsIgnoreCase(System.getProperty(SWITCH)))) {
            return -1;
        }
        Jvm jvm = Jvm.current();
        if (command(jvm, args) == null) {
            return -1;
        }
        if (jvm.jar() == null) {
            jvm = withFoldersAsJars(jvm);
            if (jvm == null) {
                return -1;
            }
        }
        ClassDataArchive classData = ClassDataArchive.forThisJvm(
                jvm.jar() != null ? List.of(jvm.jar()) : jvm.classPath(), jvm.java());
        List<String> classDataOptions = null;
        Path training = null;
        if (classData != null && classData.prepareFolder()) {
            training = classData.trainingFile();
            classDataOptions = classData.options(training);
        }
        Path marker;
        try {
            marker = Files.createTempFile("sourceline-start-", ".marker");
            marker.toFile().deleteOnExit();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        List<String> options = new ArrayList<>(classDataOptions == null ? List.of() : classDataOptions);
        options.add("-D" + START_MARKER + "=" + marker);
        int exit = runOrNot(command(jvm, args, options), marker);
        if (ClassDataArchive.trains(classDataOptions)) {
            if (exit == 0) {
                classData.adopt(training);
            } else {
                try {
                    Files.deleteIfExists(training);
                } catch (IOException ignored) {
                    // a training file left behind is removed a day later (ClassDataArchive)
                }
            }
        }
        return exit;
    }

    /**
     * Runs the second JVM ({@link #runAndWait}); -1, for this JVM to start the app, when it could
     * not be started or ended without having started the app: it failed before the app's code ran
     * (a jar gone, an option the JVM refuses), which the marker it was given, still there, says.
     * The user always gets the app.
     */
    static int runOrNot(List<String> command, Path marker) {
        int exit = runAndWait(command);
        boolean started;
        try {
            started = !Files.deleteIfExists(marker);
        } catch (IOException | RuntimeException e) {
            started = true;
        }
        return exit != 0 && !started ? -1 : exit;
    }

    /**
     * The JVM with each folder of its class path replaced by a jar of it ({@link ClassesJar}): a
     * class path with a folder on it can have no class-data archive (the JVM would not even start
     * when asked to write one). Null when a folder cannot be made a jar: this JVM starts the app.
     */
    private static Jvm withFoldersAsJars(Jvm jvm) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : jvm.classPath()) {
            try {
                Path absolute = entry.toAbsolutePath().normalize();
                if (Files.isDirectory(absolute)) {
                    entries.add(ClassesJar.of(absolute, ClassDataArchive.folder()));
                } else if (Files.exists(absolute)) {
                    entries.add(absolute);
                }
                // An entry that is not there holds no class: left out, as the archive's record
                // could not stamp it (each start would train again).
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return entries.isEmpty() ? null : jvm.withClassPath(entries);
    }

    /**
     * Runs a command with this process's console and waits for it; stopping this JVM stops it.
     *
     * @return its exit code, or -1 when it could not be started
     */
    static int runAndWait(List<String> command) {
        Process app;
        try {
            app = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            app.destroy();
            try {
                app.waitFor();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "stop the app's JVM");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int exit = app.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // this JVM is being stopped, and the hook has stopped the app: nothing to say
                }
                return exit;
            } catch (InterruptedException e) {
                // keep waiting: the app decides when it ends
            }
        }
    }
}
