package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.data.AtomicFiles;
import org.sourceline.generate.SyntheticDatasetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sourceline generate --events N --actors M [--articles K] [--seed S] -o FILE}: writes an invented dataset. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Writes a valid synthetic dataset (invented events, actors and article text) for benchmarks "
                + "and stress tests. The same seed gives the same bytes.%n"
                + "The article text goes beside it, named after FILE (big.json: big.txt), unless --inline-text; the "
                + "two are replaced as a pair. With several articles each text goes to FILE's name with -ID.txt "
                + "(big-a0001.txt).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the files could not be written", "2:usage error"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "N", description = "number of events (1 – 5,000,000)")
    int events;

    @Option(names = "--actors", required = true, paramLabel = "M", description = "number of actors (1 – N)")
    int actors;

    @Option(names = "--articles", paramLabel = "K", defaultValue = "1",
            description = "spread the events over K articles (default: ${DEFAULT-VALUE}); a quarter of the events are "
                    + "repeated by a second article, a few denied by one")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "dataset file to write")
    Path output;

    @Option(names = "--inline-text", description = "put the article text inside the dataset file")
    boolean inlineText;

    @Option(names = "--compact", description = "write JSON without indentation")
    boolean compact;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyntheticDatasetGenerator generator;
        try {
            generator = new SyntheticDatasetGenerator(events, actors, seed).articles(articles).pretty(!compact);
        } catch (IllegalArgumentException e) {
            err.println("sourceline generate: " + e.getMessage());
            return 2;
        }
        try {
            AtomicFiles.check(output, List.of());
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        Workload.working(output.toString(), events);
        String textFile = inlineText ? null : textFileName(output);
        String asked = textFile;
        long started = System.nanoTime();
        try {
            textFile = generator.write(output, textFile);
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String texts;
        if (textFile == null) {
            texts = ", text inline";
        } else if (articles == 1) {
            texts = "; text " + textFile + " " + size(output.resolveSibling(textFile));
        } else {
            texts = String.format(Locale.ROOT, "; texts in %,d files %s", articles,
                    SyntheticDatasetGenerator.textFileName(asked, "ID"));
        }
        out.printf(Locale.ROOT, "%s: %,d events, %,d actors%s, seed %d (%s%s) in %.1f s%n", output, events, actors,
                articles > 1 ? String.format(Locale.ROOT, ", %,d articles", articles) : "", seed, size(output), texts,
                seconds);
        out.flush();
        return 0;
    }

    /** {@code big.json} → {@code big.txt}. */
    static String textFileName(Path dataset) {
        String name = dataset.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String text = base + ".txt";
        return text.equals(name) ? base + ".article.txt" : text;
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
