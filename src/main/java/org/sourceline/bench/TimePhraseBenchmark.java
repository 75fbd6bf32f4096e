package org.sourceline.bench;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.sourceline.data.DatasetReader;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.timephrase.ReferenceDate;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.timephrase.TimePhrases;

/**
 * Reading every time phrase of a 600,000-character article (issue 14: at most 200 ms): the
 * bundled article repeated, read against its approximate date (each relative phrase read twice,
 * at both ends of January 2023), and the synthetic archive, about twenty times as dense in dates.
 */
final class TimePhraseBenchmark implements Benchmark {
    static final int CHARACTERS = 600_000;

    /** Which text is read. */
    enum Text { BUNDLED, SYNTHETIC }

    private final Text kind;
    private final CpuClock cpu = new CpuClock();
    private String text;
    private ReferenceDate reference;
    private int phrases;

    TimePhraseBenchmark(Text kind) {
        this.kind = kind;
    }

    static List<Benchmark> all() {
        return List.of(new TimePhraseBenchmark(Text.BUNDLED), new TimePhraseBenchmark(Text.SYNTHETIC));
    }

    @Override
    public String group() {
        return "text";
    }

    @Override
    public String name() {
        return kind == Text.BUNDLED ? "time phrases of a 600k-character article (the bundled one repeated)"
                : "time phrases of 600k characters of the synthetic archive (dense in dates)";
    }

    @Override
    public double targetMillis() {
        return 200;
    }

    @Override
    public void setUp() throws Exception {
        cpu.clear();
        Dataset bundled = DatasetReader.loadBundled();
        reference = ReferenceDate.of(bundled.article().published(), "the dataset's publication date");
        String one = kind == Text.BUNDLED ? bundled.article().text() : syntheticArchive();
        StringBuilder sb = new StringBuilder(CHARACTERS + one.length());
        while (sb.length() < CHARACTERS) {
            sb.append(one).append("\n\n");
        }
        text = sb.toString();
    }

    /** The article text of a generated dataset of 2,000 events (about 200,000 characters). */
    private static String syntheticArchive() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticDatasetGenerator(2_000, 80, 1).write(out);
        Dataset dataset = new DatasetReader().read(new java.io.ByteArrayInputStream(out.toByteArray()), "synthetic",
                org.sourceline.data.TextFiles.none()).dataset();
        Article article = dataset.article();
        return article.text();
    }

    @Override
    public void run() {
        long start = CpuClock.currentThread();
        List<TimePhrase> found = TimePhrases.find(text, reference);
        cpu.add(CpuClock.currentThread() - start);
        phrases = found.size();
    }

    @Override
    public String remark() {
        return String.format(Locale.ROOT, "%,d characters, %,d phrases, read against %s; CPU time median %s",
                text.length(), phrases, reference.edtf(), cpu.median(warmups()));
    }

    @Override
    public int warmups() {
        // The reader is many small methods: give the JIT time to compile them (the first run is reported too).
        return 8;
    }

    @Override
    public int iterations() {
        return 9;
    }
}
