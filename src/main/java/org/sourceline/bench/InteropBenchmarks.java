package org.sourceline.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.EventCsvWriter;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Speed of the interoperability paths on a large dataset: the bundled events repeated (each copy
 * with its own id, quotes still anchored in the article) to {@code size} events. Exports go to a
 * stream that discards bytes, so the figures are the formatting, not the disk.
 */
public final class InteropBenchmarks {
    private InteropBenchmarks() {
    }

    /** The interop benchmarks at a given number of events. */
    public static List<Benchmark> all(int size) {
        return List.of(new TimelineJsExport(size), new CsvExport(size), new TimelineJsImport(size));
    }

    /** The bundled dataset's events repeated to {@code size}, ids made unique. */
    static Dataset scaled(int size) {
        Dataset bundled = DatasetReader.loadBundled();
        List<Event> events = new ArrayList<>(size);
        List<Event> base = bundled.events();
        for (int i = 0; i < size; i++) {
            Event e = base.get(i % base.size());
            events.add(new Event(e.id() + "-" + i, e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(),
                    e.sources(), e.targets(), e.participants(), e.certainty(), e.evidence()));
        }
        return new Dataset(bundled.title(), bundled.description(), bundled.article(), bundled.actors(), events);
    }

    private abstract static class Sized implements Benchmark {
        final int size;
        Dataset dataset;

        Sized(int size) {
            this.size = size;
        }

        @Override
        public double targetMillis() {
            return Double.NaN;
        }

        @Override
        public void setUp() throws Exception {
            dataset = scaled(size);
        }

        @Override
        public int iterations() {
            return 5;
        }
    }

    /** TimelineJS export of every event. */
    static final class TimelineJsExport extends Sized {
        TimelineJsExport(int size) {
            super(size);
        }

        @Override
        public String group() {
            return "export";
        }

        @Override
        public String name() {
            return String.format("TimelineJS JSON, %,d events", size);
        }

        @Override
        public void run() throws IOException {
            new TimelineJsWriter().write(dataset, dataset.events(), OutputStream.nullOutputStream());
        }
    }

    /** CSV export of every event. */
    static final class CsvExport extends Sized {
        CsvExport(int size) {
            super(size);
        }

        @Override
        public String group() {
            return "export";
        }

        @Override
        public String name() {
            return String.format("CSV, %,d events", size);
        }

        @Override
        public void run() throws IOException {
            new EventCsvWriter().write(dataset, dataset.events(), OutputStream.nullOutputStream());
        }
    }

    /** Opening a TimelineJS file (detection, parsing, HTML stripping, quote anchoring). */
    static final class TimelineJsImport extends Sized {
        private Path file;
        private long bytes;
        private final CpuClock cpu = new CpuClock();

        TimelineJsImport(int size) {
            super(size);
        }

        @Override
        public String group() {
            return "load";
        }

        @Override
        public String name() {
            return String.format("open TimelineJS JSON, %,d slides", size);
        }

        @Override
        public void setUp() throws Exception {
            super.setUp();
            file = Files.createTempFile("sourceline-bench-", ".json");
            new TimelineJsWriter().write(dataset, dataset.events(), file);
            bytes = Files.size(file);
            dataset = null;
        }

        @Override
        public void run() {
            long start = CpuClock.currentThread();
            ReadResult read = DatasetFormats.read(file);
            cpu.add(CpuClock.currentThread() - start);
            if (read.hasErrors() || read.dataset().events().size() != size) {
                throw new IllegalStateException("benchmark file did not load: " + read.errors());
            }
        }

        @Override
        public void tearDown() throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public String remark() {
            return String.format("file %.1f MB; CPU time median %s", bytes / 1e6, cpu.median(warmups()));
        }
    }
}
