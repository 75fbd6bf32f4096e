package org.sourceline.bench;

import java.nio.file.Files;
import java.util.Locale;
import org.sourceline.data.DatasetException;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.query.EventIndex;

/** Opening a dataset as the app does: read and validate the file ({@link DatasetReader}), then index it. */
final class LoadBenchmark extends DatasetBenchmark {
    private EventIndex index;

    LoadBenchmark(BenchData data, int events) {
        super(data, events);
    }

    LoadBenchmark(BenchData data, int events, int articles) {
        super(data, events, articles);
    }

    @Override
    public String group() {
        return "load";
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "read + validate + index, %,d events", events) + articlesLabel();
    }

    @Override
    public double targetMillis() {
        return events >= 1_000_000 ? 12_000 : events >= 100_000 ? 1_500 : Double.NaN;
    }

    @Override
    public double targetHeapMegabytes() {
        return events >= 1_000_000 ? 1_536 : Double.NaN;
    }

    @Override
    public String baseline() {
        return articles == 1 ? TokeniseBenchmark.id(events) : null;
    }

    @Override
    public void run() throws DatasetException {
        startCpu();
        ReadResult read = new DatasetReader().read(file);
        if (read.hasErrors()) {
            throw new DatasetException(read);
        }
        // As the app does (LoadedDataset.of): the index from the columns the reader collected.
        index = EventIndex.of(read.dataset(), read.columns());
        stopCpu();
    }

    @Override
    public void clear() {
        index = null;
    }

    @Override
    public void tearDown() {
        index = null;
    }

    @Override
    public String remark() {
        try {
            return String.format(Locale.ROOT, "%s JSON + %s text%s; %s", BenchmarkRunner.megabytes(Files.size(file)),
                    BenchmarkRunner.megabytes(BenchData.textBytes(file)), articles == 1 ? "" : " in " + articles + " files",
                    cpuRemark());
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
