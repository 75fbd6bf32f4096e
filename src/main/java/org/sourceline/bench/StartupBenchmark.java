package org.sourceline.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up to first frame, one way of starting the app: a new process launches the app on the
 * bundled dataset and quits as soon as the main window has been drawn once (the app's
 * {@code sourceline.exitAfterFirstFrame} switch prints the JVM's uptime then). The median is
 * from JVM start, by the JVM's own clock (what the targets are set on); the remark adds the time
 * from process start to that line (the launcher, or Maven, included). Without a display it
 * runs headless. The JVM properties reach every launcher alike through {@code JAVA_TOOL_OPTIONS}.
 */
final class StartupBenchmark implements Benchmark {
    /** The ways a user starts the app, with their targets (issue 17). */
    enum LaunchWay {
        APP_IMAGE("app image (bin/Sourceline)", 1500),
        JAR("java -jar target/sourceline.jar", 2000),
        MAVEN("mvn javafx:run", 2000);

        final String label;
        final double targetMillis;

        LaunchWay(String label, double targetMillis) {
            this.label = label;
            this.targetMillis = targetMillis;
        }
    }

    private static final long TIMEOUT_SECONDS = 180;

    private final LaunchWay way;
    private final Path target;
    /** From process start to the first frame, timed runs only (the harness clears before each, not before warm-ups). */
    private final List<Double> fromProcessStart = new ArrayList<>();
    private boolean timedRun;
    private double lastFromJvmStart = Double.NaN;

    /** @param target the build folder ({@code target}) holding the jar, the app image and beside the pom */
    StartupBenchmark(LaunchWay way, Path target) {
        this.way = way;
        this.target = target;
    }

    /** One benchmark per launch way, for the build this code runs from. */
    static List<Benchmark> all() {
        Path target = buildFolder();
        return Stream.of(LaunchWay.values()).map(way -> (Benchmark) new StartupBenchmark(way, target)).toList();
    }

    /** The folder of the jar (or classes folder) this code was loaded from: {@code target} in a build. */
    static Path buildFolder() {
        try {
            Path codeSource = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target").toAbsolutePath();
        }
    }

    @Override
    public String group() {
        return "startup";
    }

    @Override
    public String name() {
        return "start-up to first frame, bundled dataset: " + way.label;
    }

    @Override
    public double targetMillis() {
        return way.targetMillis;
    }

    @Override
    public String unavailable() {
        return switch (way) {
            case APP_IMAGE -> Files.isExecutable(appLauncher()) ? null
                    : "skipped: no app image at " + appLauncher() + " (build it with mvn -Pdist package)";
            case JAR -> Files.isRegularFile(jar()) ? null : "skipped: no " + jar() + " (build it with mvn package)";
            case MAVEN -> !Files.isRegularFile(pom()) ? "skipped: no pom.xml beside " + target
                    : maven() == null ? "skipped: mvn is not on the PATH" : null;
        };
    }

    private Path appLauncher() {
        Path image = target.resolve("dist");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return image.resolve("Sourceline/Sourceline.exe");
        }
        return os.contains("mac") ? image.resolve("Sourceline.app/Contents/MacOS/Sourceline")
                : image.resolve("Sourceline/bin/Sourceline");
    }

    private Path jar() {
        return target.resolve("sourceline.jar");
    }

    private Path pom() {
        return target.resolveSibling("pom.xml");
    }

    private static Path maven() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, windows ? "mvn.cmd" : "mvn")).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private List<String> command() {
        return switch (way) {
            case APP_IMAGE -> List.of(appLauncher().toString());
            case JAR -> List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar().toString());
            case MAVEN -> List.of(maven().toString(), "-B", "-q", "-ntp", "-f", pom().toString(), "javafx:run");
        };
    }

    @Override
    public void setUp() {
        fromProcessStart.clear();
        timedRun = false;
    }

    @Override
    public void clear() {
        timedRun = true;
    }

    @Override
    public void run() throws IOException, InterruptedException {
        AppProbe.Frame frame = AppProbe.run(command(), List.of(), "first frame after ", null, TIMEOUT_SECONDS);
        if (timedRun) {
            fromProcessStart.add(frame.fromProcessStartMillis());
        }
        lastFromJvmStart = frame.firstNumber();
    }

    @Override
    public double lastRunMillis() {
        return lastFromJvmStart;
    }

    @Override
    public String remark() {
        if (fromProcessStart.isEmpty()) {
            return "";
        }
        double[] sorted = fromProcessStart.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return String.format(Locale.ROOT, "from JVM start (its own clock%s); from process start %s (%s – %s)%s",
                way == LaunchWay.JAR ? ": the first JVM's, which starts the app in a second one with the launchers' "
                        + "JIT option, see FastStart" : "",
                BenchmarkRunner.millis(median), BenchmarkRunner.millis(sorted[0]),
                BenchmarkRunner.millis(sorted[sorted.length - 1]), switch (way) {
                    case APP_IMAGE -> ", launcher included";
                    case JAR -> "";
                    case MAVEN -> ", Maven's own start included";
                }) + (org.sourceline.render.FxToolkit.isHeadless() ? "; headless" : "; on the display " + System.getenv("DISPLAY"));
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int iterations() {
        return 5;
    }
}
