package org.sourceline.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Locale;

/**
 * The floor under loading: the time Jackson needs merely to tokenise the dataset file, without
 * looking at a single value. Loading is compared against it.
 */
final class TokeniseBenchmark extends DatasetBenchmark {
    private static final JsonFactory JSON = new JsonFactory();

    private long tokens;

    TokeniseBenchmark(BenchData data, int events) {
        super(data, events);
    }

    static String id(int events) {
        return "load/" + name(events);
    }

    private static String name(int events) {
        return String.format(Locale.ROOT, "tokenise only (floor), %,d events", events);
    }

    @Override
    public String group() {
        return "load";
    }

    @Override
    public String name() {
        return name(events);
    }

    @Override
    public double targetMillis() {
        return Double.NaN;
    }

    @Override
    public void run() throws IOException {
        startCpu();
        long n = 0;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                n++;
            }
        }
        tokens = n;
        stopCpu();
    }

    @Override
    public String remark() {
        return String.format(Locale.ROOT, "Jackson `nextToken()` loop, %,d tokens; %s", tokens, cpuRemark());
    }
}
