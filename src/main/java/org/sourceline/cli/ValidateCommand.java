package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.Problem;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sourceline validate [FILE...]}: checks datasets and says what is wrong, where. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Checks datasets (Sourceline or TimelineJS JSON): JSON, fields, actors, time spans and that every "
                + "quote is in the article.%n"
                + "Prints one summary line per file (with several articles, then a line per article: the events and "
                + "quotes it gives), then warnings and errors as FILE:LINE:COLUMN: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file has errors", "2:usage error or unreadable file"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "dataset files (default: the bundled dataset)")
    List<Path> files;

    @Mixin
    GroupOption groups = new GroupOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetReader reader = new DatasetReader();
        int exit = 0;
        List<Path> named = files == null || files.isEmpty() ? java.util.Collections.singletonList(null) : files;
        for (Path file : named) {
            // One file at a time, each let go before the next: a file too big for the heap is
            // reported and the others are still checked.
            ReadResult result;
            Workload.reading(file);
            try {
                result = file == null ? reader.readResource(DatasetReader.BUNDLED) : DatasetFormats.read(file, groups.readOptions());
            } catch (OutOfMemoryError e) {
                err.println("sourceline: " + Workload.outOfMemory(e));
                exit = Math.max(exit, 1);
                continue;
            } catch (RuntimeException e) {
                // A bug of ours, not the file's fault: said once, and the other files are still checked.
                err.println(Problem.printable(file == null ? "the bundled dataset" : file.toString())
                        + ":1:1: error: could not be checked (" + e + ")");
                exit = Math.max(exit, 1);
                continue;
            }
            if (result.unreadable()) {
                result.problems().forEach(p -> err.println(p.format()));
                exit = 2;
                continue;
            }
            out.println(result.summary());
            if (result.dataset() != null && result.dataset().articles().size() > 1) {
                articleLines(result.dataset()).forEach(out::println);
            }
            for (Problem problem : result.warnings()) {
                err.println(problem.format());
            }
            for (Problem problem : result.errors()) {
                err.println(problem.format());
            }
            if (result.hasErrors() && exit == 0) {
                exit = 1;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * One line per article: {@code   wire: 12 events, 14 quotes (2 disputing) · Wire — “Title”}.
     * Every quote of a valid dataset was found in its article, so these are verified quotes.
     */
    static List<String> articleLines(Dataset dataset) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Article article : dataset.articles()) {
            counts.put(article.id(), new int[3]);
        }
        for (Event event : dataset.events()) {
            Set<String> cited = new HashSet<>();
            for (Evidence quote : event.evidence()) {
                int[] c = counts.get(quote.articleId());
                c[1]++;
                c[2] += quote.disputes() ? 1 : 0;
                if (cited.add(quote.articleId())) {
                    c[0]++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Article article : dataset.articles()) {
            int[] c = counts.get(article.id());
            String credit = article.credit();
            lines.add(String.format(Locale.ROOT, "  %s: %,d %s, %,d %s%s%s", article.id(), c[0], c[0] == 1 ? "event" : "events",
                    c[1], c[1] == 1 ? "quote" : "quotes",
                    c[2] == 0 ? "" : String.format(Locale.ROOT, " (%,d disputing)", c[2]),
                    credit.isEmpty() ? "" : " · " + credit));
        }
        return lines;
    }
}
