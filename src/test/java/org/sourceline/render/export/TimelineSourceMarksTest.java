package org.sourceline.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.Palette;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;

/**
 * The corroboration marks on the timeline, as the PNG export draws them: a disputed event's red
 * disc and the count of a multi-source event's articles are there for three-articles.json, and
 * gone when every event keeps only its first article's supporting quotes.
 */
class TimelineSourceMarksTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        FxToolkit.start();
    }

    /** The dataset with each event's supporting quotes of its first article only: one source, nothing disputed. */
    static Dataset oneSourceEach(Dataset three) {
        return keep(three, true);
    }

    /** The dataset without its disputing quotes (events told by several articles stay so). */
    static Dataset undisputed(Dataset three) {
        return keep(three, false);
    }

    private static Dataset keep(Dataset three, boolean firstArticleOnly) {
        List<Event> events = new ArrayList<>();
        for (Event e : three.events()) {
            List<Evidence> kept = new ArrayList<>();
            for (Evidence passage : e.evidence()) {
                if (!passage.disputes() && (!firstArticleOnly || kept.isEmpty()
                        || kept.get(0).articleId().equals(passage.articleId()))) {
                    kept.add(passage);
                }
            }
            events.add(new Event(e.id(), e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(), e.sources(),
                    e.targets(), e.participants(), e.certainty(), kept));
        }
        return new Dataset(three.title(), three.description(), three.articles(), three.actors(), events, three.eras());
    }

    private BufferedImage export(Dataset dataset, String name) throws IOException {
        EventIndex index = EventIndex.of(dataset);
        TimelineIndex.Visible visible = TimelineIndex.of(index).visible(new FilterEngine(index).apply(EventFilter.NONE));
        TimelineImage.Spec spec = new TimelineImage.Spec(dataset.title(), "", "", false, false,
                Days.of(2019, 6, 1), Days.of(2024, 6, 1), 1200, 500, TimelineLayout.Mode.LANES,
                org.sourceline.render.layout.TimeScaleMode.LINEAR, Map.of());
        TimelineImage image = FxToolkit.call(() -> new TimelineImage(spec, visible, null, null));
        Path file = dir.resolve(name);
        new TiledPngExporter().export(image, 1, file, TiledPngExporter.Progress.NONE);
        return ImageIO.read(file.toFile());
    }

    /** Pixels of a colour (within a few levels). */
    private static int count(BufferedImage png, Color colour) {
        int n = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int argb = png.getRGB(x, y);
                if (Math.abs(((argb >> 16) & 0xFF) - colour.getRed() * 255) < 6
                        && Math.abs(((argb >> 8) & 0xFF) - colour.getGreen() * 255) < 6
                        && Math.abs((argb & 0xFF) - colour.getBlue() * 255) < 6) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void disputedAndMultiSourceEventsAreMarkedInTheImageAndOthersAreNot() throws IOException {
        Dataset three = TestDatasets.threeArticles();
        BufferedImage marked = export(three, "marked.png");
        BufferedImage plain = export(oneSourceEach(three), "plain.png");
        // Three disputed events: three discs of ~80 pixels each.
        assertThat(count(marked, Palette.DISPUTED)).isGreaterThan(100);
        assertThat(count(plain, Palette.DISPUTED)).isLessThan(10);
        // Without the disputing quotes, the two events told by two articles still carry their count.
        BufferedImage counted = export(undisputed(three), "counted.png");
        assertThat(count(counted, Palette.DISPUTED)).isLessThan(10);
        assertThat(differing(counted, plain)).isGreaterThan(60);
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
