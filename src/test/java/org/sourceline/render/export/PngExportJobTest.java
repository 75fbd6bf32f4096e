package org.sourceline.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/** The one PNG pipeline: its defaults, its size check, and what an image says that a screen shows by clicking. */
class PngExportJobTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        FxToolkit.start();
    }

    private static TimelineIndex.Visible visible(Dataset dataset) {
        EventIndex index = EventIndex.of(dataset);
        return TimelineIndex.of(index).visible(new FilterEngine(index).apply(EventFilter.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TimelineLayout.Mode.class)
    void everyClusterIsNumberedAndListedUnderTheTimeline(TimelineLayout.Mode mode) {
        // The same day's events crowd into clusters in either layout.
        Dataset crowded = TestDatasets.sameDay(40);
        TimelineIndex.Visible visible = visible(crowded);
        double[] range = PngExportJob.wholeRange(visible, TimeScaleMode.LINEAR);
        TimelineImage image = (TimelineImage) PngExportJob.image(crowded, visible,
                PngExportJob.Options.timeline(range[0], range[1]).withLayout(mode, null));
        Map<TimelineLayout.Item, Integer> numbers = image.layout().clusterNumbers();
        assertThat(numbers).as("clusters in %s", mode).isNotEmpty();
        List<String> lines = image.clusterLines();
        assertThat(lines.get(0)).startsWith("Clusters");
        String text = String.join(" ", lines);
        int listed = 0;
        for (Map.Entry<TimelineLayout.Item, Integer> cluster : numbers.entrySet()) {
            assertThat(text).contains("#" + cluster.getValue() + " · ");
            assertThat(text).contains(String.format("%,d events", cluster.getKey().count()));
            listed += cluster.getKey().count();
        }
        // Every clustered event's title is in the list (none of these clusters is long enough to be cut).
        for (TimelineLayout.Item cluster : numbers.keySet()) {
            for (int e : cluster.events()) {
                if (cluster.count() <= TimelineImage.MAX_LISTED_TITLES) {
                    assertThat(text).contains(visible.timeline().events().event(e).title());
                }
            }
        }
        assertThat(listed).isPositive();
        double lanesAndLegend = image.height();
        assertThat(lanesAndLegend).as("the list takes room in the image").isGreaterThan(lines.size() * 14);
    }

    @Test
    void aFixedHeightKeepsMostOfItselfForTheLanes() {
        Dataset crowded = TestDatasets.random(3000, 4, 9);
        TimelineIndex.Visible visible = visible(crowded);
        double[] range = PngExportJob.wholeRange(visible, TimeScaleMode.LINEAR);
        TimelineImage image = (TimelineImage) PngExportJob.image(crowded, visible,
                PngExportJob.Options.timeline(range[0], range[1]).withSize(1600, 600, 1));
        List<String> lines = image.clusterLines();
        assertThat(lines).as("thousands of events in 1,600 points cluster").isNotEmpty();
        assertThat(14 + 15.0 * lines.size()).isLessThanOrEqualTo(600 / 3.0 + 15);
        assertThat(lines.get(lines.size() - 1)).startsWith("… and ").contains("more clusters");
        assertThat(image.height()).isEqualTo(600);
    }

    @Test
    void captionCountsAreGroupedLikeTheStatusBar() {
        Dataset many = TestDatasets.random(1234, 20, 3);
        String caption = ExportCaption.caption(many, EventFilter.NONE, 1234);
        assertThat(caption).startsWith(String.format("%,d of %,d events", 1234, 1234));
    }

    @Test
    void theDefaultsLiveInThePipeline() throws IOException {
        Dataset dataset = TestDatasets.random(30, 5, 1);
        TimelineIndex.Visible visible = visible(dataset);
        double[] range = PngExportJob.wholeRange(visible, TimeScaleMode.LINEAR);
        Path timeline = dir.resolve("timeline.png");
        PngExportJob.Result written = PngExportJob.write(dataset, visible, PngExportJob.Options.timeline(range[0], range[1]),
                timeline, java.util.List.of(), TiledPngExporter.Progress.NONE);
        assertThat(written.width()).isEqualTo((int) PngExportJob.DEFAULT_WIDTH);
        BufferedImage png = ImageIO.read(timeline.toFile());
        assertThat(png.getWidth()).isEqualTo(written.width());
        assertThat(png.getHeight()).isEqualTo(written.height());
        Path graph = dir.resolve("graph.png");
        PngExportJob.Result graphWritten = PngExportJob.write(dataset, visible, PngExportJob.Options.timeline(range[0],
                range[1]).withView(PngExportJob.View.GRAPH), graph, java.util.List.of(), TiledPngExporter.Progress.NONE);
        assertThat(graphWritten.height()).isEqualTo((int) PngExportJob.DEFAULT_GRAPH_HEIGHT);
    }

    @Test
    void refusesToWriteOverAnInputAndLeavesItAsItWas() throws IOException {
        Dataset dataset = TestDatasets.random(20, 4, 3);
        TimelineIndex.Visible visible = visible(dataset);
        double[] range = PngExportJob.wholeRange(visible, TimeScaleMode.LINEAR);
        Path input = dir.resolve("input.json");
        Files.writeString(input, "{}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PngExportJob.write(dataset, visible,
                        PngExportJob.Options.timeline(range[0], range[1]), input, java.util.List.of(input),
                        TiledPngExporter.Progress.NONE))
                .isInstanceOf(org.sourceline.data.RefusedOutputException.class);
        assertThat(Files.readString(input)).isEqualTo("{}");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TimeScaleMode.class)
    void everyTimeScaleExports(TimeScaleMode timeScale) throws IOException {
        Dataset dataset = TestDatasets.random(60, 6, 2);
        TimelineIndex.Visible visible = visible(dataset);
        double[] range = PngExportJob.wholeRange(visible, timeScale);
        Path file = dir.resolve(timeScale.id() + ".png");
        PngExportJob.write(dataset, visible, PngExportJob.Options.timeline(range[0], range[1]).withTimeScale(timeScale),
                file, java.util.List.of(), TiledPngExporter.Progress.NONE);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo((int) PngExportJob.DEFAULT_WIDTH);
    }

    @Test
    void anImageTooLargeSaysWhich() {
        Dataset dataset = TestDatasets.random(10, 3, 1);
        TimelineIndex.Visible visible = visible(dataset);
        double[] range = PngExportJob.wholeRange(visible, TimeScaleMode.LINEAR);
        ImageContent image = PngExportJob.image(dataset, visible, PngExportJob.Options.timeline(range[0], range[1]));
        assertThatThrownBy(() -> PngExportJob.checkedSize(image, 100)).isInstanceOf(PngExportJob.TooLargeException.class)
                .hasMessageContaining("65");
        assertThat(new ArrayList<>(List.of(PngExportJob.checkedSize(image, 1)[0]))).containsExactly(1600);
    }
}
