package org.sourceline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sourceline.data.DatasetFiles;
import org.sourceline.generate.SyntheticDatasetGenerator;

/**
 * Where the benchmarks get their data, and how big: generated datasets cached in a folder, made
 * once per size and seed (the file name says which, and the generator's version, so a changed
 * generator never serves stale files), and the sizes each group measures.
 *
 * @param folder      cache folder for generated datasets
 * @param seed        generator seed
 * @param loadSizes   event counts the load group measures
 * @param filterSizes event counts the filter group measures
 */
public record BenchData(Path folder, long seed, List<Integer> loadSizes, List<Integer> filterSizes) {
    public static final List<Integer> LOAD_SIZES = List.of(10_000, 100_000, 1_000_000);
    public static final List<Integer> FILTER_SIZES = List.of(100_000, 1_000_000);
    public static final List<Integer> QUICK_LOAD_SIZES = List.of(10_000, 100_000);
    public static final List<Integer> QUICK_FILTER_SIZES = List.of(100_000);

    public BenchData {
        loadSizes = List.copyOf(loadSizes);
        filterSizes = List.copyOf(filterSizes);
    }

    /** {@code target/bench-data} when run from the project folder, else a folder in the temp dir. */
    public static Path defaultFolder() {
        Path target = Path.of("target");
        return Files.isDirectory(target) ? target.resolve("bench-data")
                : Path.of(System.getProperty("java.io.tmpdir"), "sourceline-bench");
    }

    /** Actors for a dataset of {@code events}: a few per thousand events, as in a news archive. */
    public static int actorsFor(int events) {
        return Math.max(Math.min(20, events), Math.min(5_000, events / 200));
    }

    /** The dataset file of this size, generated on first use (the article text is beside it). */
    public Path dataset(int events) {
        return dataset(events, 1);
    }

    /** Articles in the many-sources datasets: a thousand, as a long story told by many reports. */
    public static final int MANY_ARTICLES = 1_000;

    /** Articles for a many-sources dataset of this size: a thousand, fewer for small sizes (at least ten events each). */
    public static int manyArticlesFor(int events) {
        return Math.max(1, Math.min(MANY_ARTICLES, events / 10));
    }

    /**
     * The dataset file of this size with its events spread over {@code articles} articles
     * ({@code generate --articles}), generated on first use; each article's text is beside it.
     */
    public synchronized Path dataset(int events, int articles) {
        String base = String.format(Locale.ROOT, "synthetic-v%d-%d-events-%d-actors%s-seed%d",
                SyntheticDatasetGenerator.VERSION, events, actorsFor(events),
                articles == 1 ? "" : "-" + articles + "-articles", seed);
        Path file = folder.resolve(base + ".json");
        String text = DatasetFiles.textFileNamedBy(file);
        if (Files.isRegularFile(file) && text != null && Files.isRegularFile(folder.resolve(text))) {
            return file;
        }
        try {
            Files.createDirectories(folder);
            System.err.printf(Locale.ROOT, "generating %s …%n", file);
            new SyntheticDatasetGenerator(events, actorsFor(events), seed).articles(articles).write(file, base + ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark data to " + folder + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Bytes of a generated dataset's article texts (one file, or one per article). */
    static long textBytes(Path dataset) {
        String base = dataset.getFileName().toString().replaceFirst("\\.json$", "");
        try (var files = Files.list(dataset.toAbsolutePath().getParent())) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.equals(base + ".txt") || name.matches(java.util.regex.Pattern.quote(base) + "-a\\d+\\.txt");
            }).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
