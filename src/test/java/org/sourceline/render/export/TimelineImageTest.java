package org.sourceline.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.Palette;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

class TimelineImageTest {
    @TempDir
    Path dir;

    private static Dataset dataset;
    private static EventIndex index;
    private static TimelineIndex timeline;

    @BeforeAll
    static void setUp() {
        FxToolkit.start();
        dataset = DatasetReader.loadBundled();
        index = EventIndex.of(dataset);
        timeline = TimelineIndex.of(index);
    }

    private static TimelineImage image(EventFilter filter, double width, double height) {
        TimelineIndex.Visible visible = timeline.visible(new FilterEngine(index).apply(filter));
        String caption = "Filters: " + filter.describe(id -> dataset.actor(id).name());
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), dataset.article().credit(), caption, true, true,
                Days.of(2022, 8, 1), Days.of(2023, 3, 1), width, height, TimelineLayout.Mode.LANES,
                org.sourceline.render.layout.TimeScaleMode.LINEAR,
                Map.of("Title", dataset.title(), "Filters", caption));
        return FxToolkit.call(() -> new TimelineImage(spec, visible, null, null));
    }

    @Test
    void exportsAtTheRequestedSizeWithTheEventsColours() throws IOException {
        TimelineImage content = image(EventFilter.NONE, 1400, 0);
        Path file = dir.resolve("timeline.png");
        new TiledPngExporter().export(content, 2, file, TiledPngExporter.Progress.NONE);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(2800);
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(content.height() * 2));
        // The drone deal (AGREE, stated: a solid bar) has its type's colour where its bar is drawn.
        TimelineLayout.Item deal = content.layout().itemOf(index.indexOf(dataset.event("drone-deal")));
        double x = Math.max(deal.x0(), TimelineRenderer.LABEL_COLUMN_WIDTH) + 2;
        double y = 58 + TimelineRenderer.AXIS_HEIGHT + content.layout().rowCenterY(deal) - 6;
        int argb = png.getRGB((int) Math.round(x * 2), (int) Math.round(y * 2));
        Color expected = Palette.of(EventType.AGREE);
        assertThat(Math.abs(((argb >> 16) & 0xFF) - expected.getRed() * 255)).isLessThan(8);
        assertThat(Math.abs(((argb >> 8) & 0xFF) - expected.getGreen() * 255)).isLessThan(8);
        assertThat(Math.abs((argb & 0xFF) - expected.getBlue() * 255)).isLessThan(8);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TimelineLayout.Mode.class)
    void anExportWithoutEventsSaysSoWhereTheLanesWouldBe(TimelineLayout.Mode mode) throws IOException {
        TimelineIndex.Visible none = timeline.visible(new FilterEngine(index).apply(EventFilter.NONE.withTypes(Set.of())));
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), null, null, false, false, Days.of(2022, 8, 1),
                Days.of(2023, 3, 1), 800, 0, mode, org.sourceline.render.layout.TimeScaleMode.LINEAR, Map.of());
        TimelineImage content = FxToolkit.call(() -> new TimelineImage(spec, none, null, null));
        assertThat(content.layout().showsNoEvents()).isTrue();
        assertThat(image(EventFilter.NONE, 800, 0).layout().showsNoEvents()).isFalse();
        Path file = dir.resolve("empty.png");
        new TiledPngExporter().export(content, 1, file, TiledPngExporter.Progress.NONE);
        BufferedImage png = ImageIO.read(file.toFile());
        int top = (int) TimelineRenderer.AXIS_HEIGHT;
        assertThat(png.getHeight()).isGreaterThanOrEqualTo(top + (int) TimelineImage.EMPTY_LANES_HEIGHT);
        double left = TimelineRenderer.LABEL_COLUMN_WIDTH;
        int center = (int) (left + (800 - left) / 2);
        // The message's letters, in the muted text colour, centred in the lane area; nothing else is dark there.
        int dark = 0;
        for (int y = top + 2; y < Math.min(png.getHeight(), top + (int) TimelineImage.EMPTY_LANES_HEIGHT); y++) {
            for (int x = center - 80; x <= center + 80; x++) {
                int rgb = png.getRGB(x, y);
                double luminance = (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF)) / 255;
                dark += luminance < 0.6 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(40);
    }

    @Test
    void aFilteredExportDiffersAndItsCaptionNamesTheFilter() throws IOException {
        Path all = dir.resolve("all.png");
        Path ukraine = dir.resolve("ukraine.png");
        new TiledPngExporter().export(image(EventFilter.NONE, 1200, 700), 1, all, TiledPngExporter.Progress.NONE);
        new TiledPngExporter().export(image(EventFilter.NONE.withActors(Set.of("ukraine")), 1200, 700), 1, ukraine,
                TiledPngExporter.Progress.NONE);
        assertThat(Files.readAllBytes(all)).isNotEqualTo(Files.readAllBytes(ukraine));
        assertThat(PngWriterTest.textChunks(Files.readAllBytes(ukraine))).containsEntry("Filters",
                "Filters: Actors (any): Ukraine");
        BufferedImage a = ImageIO.read(all.toFile());
        BufferedImage b = ImageIO.read(ukraine.toFile());
        assertThat(a.getHeight()).isEqualTo(700);
        assertThat(b.getHeight()).isEqualTo(700);
    }

    @Test
    void wideExportsAreTiledAndRedrawnAtScale() throws IOException {
        TimelineImage content = image(EventFilter.NONE, 4500, 400);
        Path file = dir.resolve("wide.png");
        int[] tiles = new int[2];
        new TiledPngExporter().export(content, 2, file, new TiledPngExporter.Progress() {
            @Override
            public void tilesDone(int done, int total) {
                tiles[0] = done;
                tiles[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(tiles[1]).isEqualTo(5);
        assertThat(tiles[0]).isEqualTo(5);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(9000);
        assertThat(png.getHeight()).isEqualTo(800);
    }

    @Test
    void aCancelledOrFailedExportKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("kept.png");
        Files.writeString(file, "the old export");
        TimelineImage content = image(EventFilter.NONE, 5000, 400);
        assertThatThrownBy(() -> new TiledPngExporter().export(content, 1, file, new TiledPngExporter.Progress() {
            private int calls;

            @Override
            public void tilesDone(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls > 1;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("the old export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThatThrownBy(() -> new TiledPngExporter().export(content, 1, dir.resolve("missing/x.png"),
                TiledPngExporter.Progress.NONE)).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void impossibleSizesAreRefusedWithAReason() {
        assertThat(TiledPngExporter.checkSize(0, 100)).contains("empty");
        assertThat(TiledPngExporter.checkSize(1_000_000, 100)).contains("largest side");
        assertThat(TiledPngExporter.checkSize(60_000, 60_000)).contains("million pixels");
        assertThat(TiledPngExporter.checkSize(16_000, 4_000)).isNull();
    }
}
