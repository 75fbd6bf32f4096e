package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.bench.ForkedJvm;
import org.sourceline.generate.SyntheticDatasetGenerator;

/**
 * With too little heap every command ends, at once, with exit 1 and one line saying what did not
 * fit — never a stack trace, never a JVM kept alive by JavaFX's threads — and keeps the old file.
 * Each case runs the real launcher in a JVM of its own with a small {@code -Xmx}.
 */
class OutOfMemoryTest {
    @TempDir
    static Path dir;
    private static Path dataset;

    @BeforeAll
    static void generate() throws IOException {
        dataset = dir.resolve("many.json");
        new SyntheticDatasetGenerator(20_000, 100, 1).write(dataset, "many.txt");
    }

    record Outcome(int exit, String out, String err) {
    }

    private static Outcome sourceline(String heap, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ForkedJvm.command(List.of(heap, "-Djava.awt.headless=true",
                "-Dsourceline.headless=true"), List.of(args)));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the command ended instead of hanging").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validateSaysWhichFileDidNotFitAndChecksTheOthers() throws Exception {
        Path small = dir.resolve("small.json");
        new SyntheticDatasetGenerator(10, 4, 2).write(small, "small.txt");
        Outcome r = sourceline("-Xmx16m", "validate", dataset.toString(), small.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("sourceline: not enough memory for " + dataset).contains("; run with more heap, e.g. -Xmx2g")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(r.out()).contains(small + ": 10 events");
    }

    @Test
    void exportPngEndsAndKeepsTheOldFile() throws Exception {
        Path png = dir.resolve("huge.png");
        Files.writeString(png, "the old picture");
        // A band of 60,000 × 2,048 pixels is 491 MB: far more than the heap.
        Outcome r = sourceline("-Xmx128m", "export-png", "-o", png.toString(), "--width", "60000", "--height", "2048");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("sourceline: not enough memory for datasets/iran-russia-2023.json "
                + "(16 events); run with more heap, e.g. -Xmx2g");
        assertThat(Files.readString(png)).isEqualTo("the old picture");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void generateSaysHowManyEventsDidNotFit() throws Exception {
        Outcome r = sourceline("-Xmx16m", "generate", "--events", "1000000", "--actors", "100", "-o",
                dir.resolve("big.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not enough memory for " + dir.resolve("big.json") + " (1,000,000 events)")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("big.json")).doesNotExist();
    }

    @Test
    void theHeapToSuggestGrowsWithTheHeap() {
        assertThat(Workload.suggestedHeap(64L << 20)).isEqualTo("2g");
        assertThat(Workload.suggestedHeap(2L << 30)).isEqualTo("4g");
        assertThat(Workload.suggestedHeap(3L << 30)).isEqualTo("6g");
    }
}
