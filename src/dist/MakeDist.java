import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Sourceline's app image and, where the platform's packaging tools exist, its installer,
 * with the JDK's own tools: jdeps finds the JDK modules the app needs, jlink makes a runtime of
 * only those, jpackage makes the image and the installer, and a training run of the image
 * leaves an AppCDS archive beside the jars. Run by {@code mvn -Pdist package} (exec-maven-plugin,
 * as a single-file Java program, so it works alike on Linux, Windows and macOS); see the README's
 * "Install" section.
 *
 * <p>Arguments are {@code key=value} pairs (or a key and its value as two arguments):
 * {@code basedir}, {@code target}, {@code name}, {@code version}, {@code vendor},
 * {@code description}, {@code mainClass}, {@code mainJar} and {@code classpath} (the run-time
 * class path).
 */
public final class MakeDist {
    /** JDK modules jdeps cannot see because nothing names them in byte code, and why each is needed. */
    private static final Map<String, String> EXTRA_MODULES = new LinkedHashMap<>();

    static {
        EXTRA_MODULES.put("jdk.localedata", "number, date and text formats of every locale, not only English");
        EXTRA_MODULES.put("jdk.charsets", "the legacy encodings that saved web pages declare (windows-1251, Shift_JIS, GB18030…)");
    }

    /**
     * The launcher's JVM options besides the class-data archive, each measured (README,
     * Performance). {@code -XX:TieredStopAtLevel=1}: only the JIT compiler's first tier (C1).
     * At start-up the second tier (C2) takes about half of the CPU time while the two cores are
     * needed for the window (6.7 s of CPU to the first frame with it, 3.2 s without); on a
     * 1,000,000-event load it costs 0–15 % (reading is memory-bound; a bare tokenising loop is
     * 2.6× slower). {@code -XX:+UseSerialGC} was measured too and gained nothing.
     */
    static final List<String> JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /** The archive the launcher maps at start-up; made by the training run ({@link #trainClassDataArchive}). */
    static final String CDS_ARCHIVE = "sourceline.jsa";

    /** The MIME type's content match (Linux), shipped beside the jars. */
    static final String MIME_CONTENT_MATCH = "sourceline-dataset-content.xml";

    private final Map<String, String> args;
    private final Path basedir;
    private final Path dist;
    private final Path work;
    private final String name;

    private MakeDist(Map<String, String> args) {
        this.args = args;
        this.basedir = Path.of(arg("basedir")).toAbsolutePath();
        Path target = basedir.resolve(arg("target"));
        this.dist = target.resolve("dist");
        this.work = target.resolve("dist-work");
        this.name = arg("name");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            int eq = argv[i].indexOf('=');
            if (eq > 0) {
                args.put(argv[i].substring(0, eq), argv[i].substring(eq + 1));
            } else if (i + 1 < argv.length) {
                args.put(argv[i], argv[++i]); // "classpath" then the path (exec-maven-plugin's <classpath/>)
            } else {
                throw new IllegalArgumentException("expected key=value or key value, got \"" + argv[i] + "\"");
            }
        }
        new MakeDist(args).run();
    }

    private String arg(String key) {
        String value = args.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing argument " + key + "=…");
        }
        return value;
    }

    private void run() throws Exception {
        deleteRecursively(dist);
        deleteRecursively(work);
        Files.createDirectories(dist);
        Path input = collectJars();
        String modules = modules(input);
        Path runtime = link(modules);
        Path image = appImage(input, runtime);
        // The installer is made before the training run: the archive names the jars by their
        // paths at build time (Java 17 cannot move it), so each installation makes its own.
        Path installer = installer(image);
        trainClassDataArchive(image);
        log("app image: " + basedir.relativize(image) + " (" + megabytes(size(image)) + ")");
        if (installer != null) {
            log("installer: " + basedir.relativize(installer) + " (" + megabytes(Files.size(installer)) + ")");
        }
    }

    // ----- the app's jars ----------------------------------------------------------------------

    /** The app's jar and every run-time dependency (JavaFX with this platform's classifier), in one folder. */
    private Path collectJars() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Path mainJar = basedir.resolve(arg("mainJar"));
        Files.copy(mainJar, input.resolve(mainJar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        for (String entry : arg("classpath").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            // Project classes come as the jar above; JavaFX's platform-less jars hold no classes.
            if (Files.isRegularFile(jar) && jar.toString().endsWith(".jar") && hasClasses(jar)) {
                Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        if (isLinux()) {
            // Installed by the .deb's postinst: recognises datasets by their content too.
            Files.copy(basedir.resolve("src/dist/linux/" + MIME_CONTENT_MATCH), input.resolve(MIME_CONTENT_MATCH));
        }
        return input;
    }

    private static boolean hasClasses(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().endsWith(".class"));
        }
    }

    /** The JDK modules the app's code reaches (jdeps, following references from the app's jar), plus {@link #EXTRA_MODULES}. */
    private String modules(Path input) throws IOException {
        Path mainJar = input.resolve(basedir.resolve(arg("mainJar")).getFileName());
        String classpath = String.join(java.io.File.pathSeparator, jars(input).stream().map(Path::toString).toList());
        String found = tool("jdeps", "--multi-release", Integer.toString(Runtime.version().feature()),
                "--ignore-missing-deps", "--print-module-deps", "--recursive", "--class-path", classpath,
                mainJar.toString()).strip();
        String[] lines = found.split("\\R");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        log("jdeps: the app's code needs " + String.join(", ", modules));
        modules.addAll(EXTRA_MODULES.keySet());
        EXTRA_MODULES.forEach((module, why) -> log("   and " + module + ": " + why));
        return String.join(",", modules);
    }

    /**
     * A runtime of only those modules, with the JDK's own class-data archive regenerated for it
     * (the AppCDS archive of the app is a layer on top of that one).
     */
    private Path link(String modules) throws IOException {
        Path runtime = work.resolve("runtime");
        tool("jlink", "--add-modules", modules, "--output", runtime.toString(), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--generate-cds-archive");
        // The JDK's archive for heaps above 32 GB (no compressed pointers): not this app's case.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        log("jlink: runtime of " + megabytes(size(runtime)));
        return runtime;
    }

    // ----- jpackage ----------------------------------------------------------------------------

    private List<String> common() {
        return new ArrayList<>(List.of("--name", name, "--app-version", arg("version"), "--vendor", arg("vendor"),
                "--description", arg("description"), "--copyright", "Copyright " + arg("vendor"),
                "--dest", dist.toString()));
    }

    private Path appImage(Path input, Path runtime) throws IOException {
        List<String> command = common();
        command.addAll(List.of("--type", "app-image", "--input", input.toString(),
                "--main-jar", basedir.resolve(arg("mainJar")).getFileName().toString(), "--main-class", arg("mainClass"),
                "--runtime-image", runtime.toString(), "--icon", icon().toString()));
        List<String> options = new ArrayList<>(JAVA_OPTIONS);
        options.add("-XX:SharedArchiveFile=$APPDIR/" + CDS_ARCHIVE);
        // An archive that does not match (moved app, changed jar) is skipped: start-up is then
        // slower, but a warning on every start would only confuse a user of the command line.
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        for (String option : options) {
            command.add("--java-options");
            command.add(option);
        }
        tool("jpackage", command.toArray(String[]::new));
        Path image = dist.resolve(isMac() ? name + ".app" : name);
        log("jpackage: app image " + basedir.relativize(image));
        return image;
    }

    /** The platform's installer from the app image, when its tools are installed; null otherwise. */
    private Path installer(Path image) throws IOException {
        List<String> command = common();
        command.addAll(List.of("--app-image", image.toString(), "--icon", icon().toString(),
                "--file-associations", fileAssociation().toString(),
                "--license-file", basedir.resolve("LICENSE").toString()));
        String type;
        if (isLinux()) {
            if (!onPath("dpkg-deb") || !onPath("fakeroot")) {
                log("no .deb: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot); the app image is complete");
                return null;
            }
            type = "deb";
            command.addAll(List.of("--linux-package-name", name.toLowerCase(Locale.ROOT), "--linux-shortcut",
                    "--linux-menu-group", "Office;Education;", "--linux-app-category", "misc",
                    "--linux-deb-maintainer", "sourceline@users.noreply.invalid",
                    "--resource-dir", basedir.resolve("src/dist/linux").toString()));
        } else if (isWindows()) {
            if (!onPath("candle.exe") || !onPath("light.exe")) {
                log("no .msi: the WiX Toolset 3 (candle.exe, light.exe) must be on the PATH; the app image is complete");
                return null;
            }
            type = "msi";
            command.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-menu-group", name,
                    "--win-upgrade-uuid", "5d0c8f3e-3c1e-4f0a-9a43-2b1f6c7d9e10"));
        } else if (isMac()) {
            type = "dmg";
            command.addAll(List.of("--mac-package-identifier", "org.sourceline.app", "--mac-package-name", name));
        } else {
            log("no installer for " + System.getProperty("os.name") + "; the app image is complete");
            return null;
        }
        command.addAll(List.of("--type", type));
        tool("jpackage", command.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IOException("jpackage made no ." + type));
        }
    }

    /** src/dist/sourceline-dataset.properties with the platform's icon for dataset files. */
    private Path fileAssociation() throws IOException {
        Path properties = work.resolve("sourceline-dataset.properties");
        Files.writeString(properties, Files.readString(basedir.resolve("src/dist/sourceline-dataset.properties"))
                + "icon=" + icon().toString().replace('\\', '/') + "\n");
        return properties;
    }

    private Path icon() {
        String extension = isWindows() ? "ico" : isMac() ? "icns" : "png";
        return basedir.resolve("resources/icons/sourceline" + (extension.equals("png") ? "-256" : "") + "." + extension);
    }

    // ----- AppCDS ------------------------------------------------------------------------------

    /**
     * The training run: the image's own JVM starts the app headless on the bundled dataset, with
     * the launcher's class path and options; it draws its first frame and quits, and the JVM
     * writes every class it loaded (the JDK's, JavaFX's, the app's, and the lambda and
     * string-concatenation classes it generated) to the archive, already parsed and verified.
     * The settings of whoever builds are left alone (a temporary folder). The Linux installer
     * does the same after installing (src/dist/linux/postinst), since an archive names its jars
     * by their paths and Java 17 cannot move it.
     */
    private void trainClassDataArchive(Path image) throws IOException, InterruptedException {
        Path appDir = appDir(image);
        Path archive = appDir.resolve(CDS_ARCHIVE);
        // The launcher's class path and options as its configuration gives them (the archive is
        // only used when they match), less the archive's own options.
        List<String> classpath = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(java(image).toString()));
        for (String line : Files.readAllLines(appDir.resolve(name + ".cfg"))) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classpath.add(value);
            } else if (line.startsWith("java-options=") && !value.contains("SharedArchiveFile") && !value.startsWith("-Xlog:cds")) {
                command.add(value);
            }
        }
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dsourceline.headless=true",
                "-Dsourceline.exitAfterFirstFrame=true",
                "-Dsourceline.config.dir=" + Files.createDirectories(work.resolve("training-settings")),
                "-cp", String.join(java.io.File.pathSeparator, classpath), arg("mainClass")));
        long start = System.nanoTime();
        String output = run(command, Map.of());
        if (!Files.isRegularFile(archive)) {
            throw new IOException("the training run wrote no " + CDS_ARCHIVE + ":\n" + output);
        }
        log(String.format(Locale.ROOT, "AppCDS: %s (%s) written by a training run of %.1f s (%s)",
                basedir.relativize(archive), megabytes(Files.size(archive)), (System.nanoTime() - start) / 1e9,
                output.lines().filter(l -> l.startsWith("first frame")).findFirst().orElse("no first frame?")));
        // Proof that the launcher maps it: with -Xshare:on the JVM refuses to start without it.
        run(List.of(launcher(image).toString(), "--version"), Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"));
    }

    /** Runs a command to its end; returns its output, or throws with it when the command fails. */
    private static String run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private Path launcher(Path image) {
        if (isWindows()) {
            return image.resolve(name + ".exe");
        }
        return isMac() ? image.resolve("Contents/MacOS/" + name) : image.resolve("bin/" + name);
    }

    private static Path java(Path image) {
        if (isWindows()) {
            return image.resolve("runtime/bin/java.exe");
        }
        return isMac() ? image.resolve("Contents/runtime/Contents/Home/bin/java") : image.resolve("lib/runtime/bin/java");
    }

    /** Where jpackage puts the jars ({@code $APPDIR}). */
    private Path appDir(Path image) {
        return isMac() ? image.resolve("Contents/app") : isWindows() ? image.resolve("app") : image.resolve("lib/app");
    }

    // ----- tools -------------------------------------------------------------------------------

    /** Runs a JDK tool in this JVM; returns what it printed, or throws with that text when it fails. */
    private static String tool(String toolName, String... toolArgs) {
        ToolProvider provider = ToolProvider.findFirst(toolName)
                .orElseThrow(() -> new IllegalStateException(toolName + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        int exit;
        try (PrintWriter writer = new PrintWriter(out)) {
            exit = provider.run(writer, writer, toolArgs);
        }
        if (exit != 0) {
            throw new IllegalStateException(toolName + " failed (exit " + exit + "): " + String.join(" ", toolArgs) + "\n" + out);
        }
        return out.toString();
    }

    private static boolean onPath(String executable) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, executable)));
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                f.toFile().setWritable(true);
                Files.delete(f);
            }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean isMac() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac");
    }

    private static void log(String message) {
        System.out.println("[dist] " + message);
    }
}
