package org.sourceline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness: benchmarks that time themselves, benchmarks that cannot run here, and the start-up benchmark's checks. */
class BenchmarkRunnerTest {
    @TempDir
    Path dir;

    /** A benchmark whose runs take 1, 2, 3 … "ms" by its own clock, whatever the wall clock says. */
    private static class SelfTimed implements Benchmark {
        private int runs;

        @Override
        public String group() {
            return "test";
        }

        @Override
        public String name() {
            return "self-timed";
        }

        @Override
        public double targetMillis() {
            return 10;
        }

        @Override
        public void setUp() {
        }

        @Override
        public void run() throws InterruptedException {
            runs++;
            Thread.sleep(20);
        }

        @Override
        public double lastRunMillis() {
            return runs;
        }

        @Override
        public int warmups() {
            return 1;
        }

        @Override
        public int iterations() {
            return 3;
        }
    }

    @Test
    void aBenchmarkThatTimesItselfIsReportedByItsOwnClock() throws Exception {
        BenchmarkRunner.Result result = new BenchmarkRunner(new PrintWriter(new StringWriter())).run(new SelfTimed());
        assertThat(result.firstMillis()).isEqualTo(1); // the warm-up
        assertThat(result.medianMillis()).isEqualTo(3); // runs 2, 3, 4
        assertThat(result.minMillis()).isEqualTo(2);
        assertThat(result.maxMillis()).isEqualTo(4);
        assertThat(result.meetsTarget()).isTrue();
    }

    /** Every run, warm-ups included, finds what the one before it left cleared (an undo that has something to undo). */
    @Test
    void everyRunAfterTheFirstFollowsAClear() throws Exception {
        List<String> calls = new java.util.ArrayList<>();
        Benchmark undoLike = new SelfTimed() {
            @Override
            public void run() throws InterruptedException {
                calls.add("run");
                super.run();
            }

            @Override
            public void clear() {
                calls.add("clear");
            }

            @Override
            public int warmups() {
                return 2;
            }
        };
        new BenchmarkRunner(new PrintWriter(new StringWriter())).run(undoLike);
        assertThat(calls).containsExactly("run", "clear", "run", "clear", "run", "clear", "run", "clear", "run");
    }

    @Test
    void aBenchmarkThatCannotRunHereIsARowSayingWhyNotAFailure() throws Exception {
        StringWriter out = new StringWriter();
        BenchmarkRunner runner = new BenchmarkRunner(new PrintWriter(out, true));
        Benchmark missing = new SelfTimed() {
            @Override
            public String unavailable() {
                return "skipped: nothing to measure";
            }
        };
        List<BenchmarkRunner.Result> results = runner.runAll(List.of(missing, new SelfTimed()), runner::run);
        assertThat(results).hasSize(1);
        assertThat(runner.skipped()).isEqualTo(1);
        assertThat(out.toString()).contains("| test | self-timed | skipped | | ≤ 10.0 ms | | | | skipped: nothing to measure |");
    }

    @Test
    void startUpWaysThatAreNotBuiltAreSkippedWithWhatToBuild() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        StartupBenchmark image = new StartupBenchmark(StartupBenchmark.LaunchWay.APP_IMAGE, target);
        StartupBenchmark jar = new StartupBenchmark(StartupBenchmark.LaunchWay.JAR, target);
        StartupBenchmark maven = new StartupBenchmark(StartupBenchmark.LaunchWay.MAVEN, target);
        assertThat(image.unavailable()).startsWith("skipped: no app image at ").endsWith("(build it with mvn -Pdist package)");
        assertThat(jar.unavailable()).contains("sourceline.jar").endsWith("(build it with mvn package)");
        assertThat(maven.unavailable()).startsWith("skipped: no pom.xml beside ");
        Files.createFile(target.resolve("sourceline.jar"));
        assertThat(jar.unavailable()).isNull();
        assertThat(image.targetMillis()).isEqualTo(1500);
        assertThat(jar.targetMillis()).isEqualTo(2000);
        assertThat(maven.name()).isEqualTo("start-up to first frame, bundled dataset: mvn javafx:run");
    }
}
