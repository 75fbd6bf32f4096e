package org.sourceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.FxToolkit;
import org.sourceline.render.export.TiledPngExporter;
import org.sourceline.render.export.PngExportJob;
import org.sourceline.render.layout.TimelineIndex;

/**
 * The whole timeline of a generated dataset exported as a PNG of 8000 × 2000 pixels (4000 × 1000
 * points at scale 2): layout, tiles drawn at scale, rows encoded and written to a file.
 */
final class PngExportBenchmark extends DatasetBenchmark {
    private Dataset dataset;
    private TimelineIndex.Visible visible;
    private EventIndex index;
    private Path out;
    private long bytes;

    PngExportBenchmark(BenchData data, int events) {
        super(data, events);
    }

    @Override
    public String group() {
        return "export";
    }

    @Override
    public String name() {
        return "timeline PNG, " + String.format("%,d", events) + " events, 8000 × 2000 px";
    }

    @Override
    public double targetMillis() {
        return events <= 10_000 ? 3000 : Double.NaN;
    }

    @Override
    public void setUp() throws Exception {
        super.setUp();
        dataset = new DatasetReader().load(file);
        index = EventIndex.of(dataset);
        visible = TimelineIndex.of(index).visible(new FilterEngine(index).apply(EventFilter.NONE));
        out = Files.createTempFile("sourceline-bench", ".png");
        FxToolkit.start();
    }

    @Override
    public void run() throws Exception {
        double[] range = PngExportJob.wholeRange(visible, org.sourceline.render.layout.TimeScaleMode.LINEAR);
        PngExportJob.write(dataset, visible, PngExportJob.Options.timeline(range[0], range[1]).withSize(4000, 1000, 2),
                out, java.util.List.of(), TiledPngExporter.Progress.NONE);
        bytes = Files.size(out);
    }

    @Override
    public void tearDown() throws Exception {
        Files.deleteIfExists(out);
    }

    @Override
    public String remark() {
        return String.format("%.1f MB file", bytes / 1e6);
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
