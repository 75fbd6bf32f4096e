package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-png from the command line: sizes, options, exit codes; the test JVM has no display. */
class ExportPngCommandTest {
    @TempDir
    Path dir;

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    @Test
    void exportsTheBundledTimelineAtTwiceTheSize() throws IOException {
        Path out = dir.resolve("timeline.png");
        ValidateCommandTest.Run r = run("export-png", "-o", out.toString(), "--scale", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(r.out()).startsWith(out + ": 3200 × " + image.getHeight() + " pixels, 17 of 17 events");
    }

    @Test
    void widthAndHeightAreObeyed() throws IOException {
        Path out = dir.resolve("sized.png");
        ValidateCommandTest.Run r = run("export-png", "-o", out.toString(), "--width", "5000", "--height", "900",
                "--from", "2022-09-01", "--to", "2023-02-28");
        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(5000);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void filtersShowInTheCaptionMetadata() throws IOException {
        Path out = dir.resolve("ukraine.png");
        ValidateCommandTest.Run r = run("export-png", "-o", out.toString(), "--actor", "ukraine");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 of 17 events");
        String bytes = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("Filters").contains("Actors (any): Ukraine").contains("Software");
    }

    @Test
    void exportsTheRelationshipGraph() throws IOException {
        Path out = dir.resolve("graph.png");
        ValidateCommandTest.Run result = run("export-png", "-o", out.toString(), "--view", "graph", "--scale", "2");
        assertThat(result.exit()).as(result.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(image.getHeight()).isEqualTo(2000);
        // Not a blank page: the graph drew coloured marks.
        int coloured = 0;
        for (int y = 200; y < 1800; y += 7) {
            for (int x = 0; x < 3200; x += 7) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(100);
        assertThat(run("export-png", "-o", out.toString(), "--view", "pie").exit()).isEqualTo(2);
    }

    @Test
    void badSizesAreUsageErrors() throws IOException {
        assertThat(run("export-png", "-o", dir.resolve("a.png").toString(), "--width", "0").exit()).isEqualTo(2);
        ValidateCommandTest.Run huge = run("export-png", "-o", dir.resolve("b.png").toString(), "--width", "1000000");
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.err()).contains("--width must be between 1 and 65535");
        ValidateCommandTest.Run narrow = run("export-png", "-o", dir.resolve("c.png").toString(), "--width", "300",
                "--scale", "2");
        assertThat(narrow.exit()).isEqualTo(2);
        assertThat(narrow.err()).contains("at least 400");
        assertThat(run("export-png", "-o", dir.resolve("d.png").toString(), "--actor", "atlantis").exit()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnwritablePathFailsCleanlyAndKeepsTheOldFile() throws IOException {
        ValidateCommandTest.Run r = run("export-png", "-o", dir.resolve("no/such/folder/x.png").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("x.png: cannot write:").doesNotContain("Exception");
        Path folder = dir.resolve("a-folder.png");
        Files.createDirectory(folder);
        ValidateCommandTest.Run onFolder = run("export-png", "-o", folder.toString());
        assertThat(onFolder.exit()).isEqualTo(2);
        assertThat(onFolder.err()).contains("a-folder.png: not written: it is a folder");
        assertThat(folder).isDirectory();
    }

    @Test
    void everyTimeScaleExportsAndAnUnknownOneIsAUsageError() throws IOException {
        byte[] linear = null;
        for (String scale : new String[] {"linear", "events", "gaps", "EVENTS"}) {
            Path out = dir.resolve("scale-" + scale + ".png");
            ValidateCommandTest.Run r = run("export-png", "-o", out.toString(), "--time-scale", scale);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1600);
            byte[] bytes = Files.readAllBytes(out);
            if (linear == null) {
                linear = bytes;
            } else {
                assertThat(bytes).as("%s draws time differently from linear", scale).isNotEqualTo(linear);
            }
        }
        ValidateCommandTest.Run bad = run("export-png", "-o", dir.resolve("bad.png").toString(), "--time-scale", "log");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown time scale 'log'").contains("linear, events, gaps");
        assertThat(dir.resolve("bad.png")).doesNotExist();
    }
}
