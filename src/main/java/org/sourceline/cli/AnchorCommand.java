package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.data.DatasetAnchoring;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.Problem;
import org.sourceline.data.formats.DatasetFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sourceline anchor DATASET [-o OUT]}: fills in or repairs every evidence's offsets,
 * prefix and suffix and the article hash from the quotes ({@link DatasetAnchoring}).
 */
@Command(name = "anchor", mixinStandardHelpOptions = true, versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Fills in or repairs every quote's offsets, prefix and suffix and the article's sha256, from the "
                + "quotes themselves: each quote is found in the article as validate finds it (at its offsets, else "
                + "at the one place its prefix and suffix choose).%n"
                + "Prints each change as FILE:LINE:COLUMN: event \"id\": what changed, then writes DATASET (or OUT) "
                + "atomically. When a quote is not in the article, or occurs at several places its prefix and suffix "
                + "cannot choose between, prints why and leaves every file untouched.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every quote is anchored (and the file written when something changed or -o was given)",
                "1:a quote is not in the article or is ambiguous, the dataset has other errors, or the file could "
                        + "not be written",
                "2:usage error or unreadable file"})
final class AnchorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "a Sourceline dataset")
    Path dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write here instead of DATASET itself")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isRegularFile(dataset) && DatasetFormats.detect(dataset) == DatasetFormats.Format.TIMELINEJS) {
            throw new CommandFailure(CommandFailure.USAGE, dataset + ":1:1: error: a TimelineJS file has no quote "
                    + "offsets to anchor; anchor works on Sourceline datasets");
        }
        DatasetAnchoring.Outcome outcome = DatasetAnchoring.anchor(dataset);
        if (outcome.hasErrors()) {
            for (Problem problem : outcome.read().problems()) {
                err.println(problem.format());
            }
            err.println(dataset + ": nothing written");
            err.flush();
            return outcome.read().unreadable() ? CommandFailure.USAGE : CommandFailure.FAILED;
        }
        for (DatasetAnchoring.Change change : outcome.changes()) {
            out.println(change.format(dataset.toString()));
        }
        Path target = output != null ? output : dataset;
        if (outcome.changes().isEmpty() && output == null) {
            out.println(dataset + ": every quote is anchored; nothing to change");
            out.flush();
            return 0;
        }
        try {
            // Each article's text stays in its file (written beside OUT when OUT is elsewhere).
            new DatasetWriter().write(outcome.dataset(), target);
        } catch (IOException e) {
            throw OutputFile.cannotWrite(target, e);
        }
        int quotes = outcome.dataset().evidenceCount();
        out.println(target + ": " + outcome.changes().size() + (outcome.changes().size() == 1 ? " change, " : " changes, ")
                + quotes + (quotes == 1 ? " quote" : " quotes") + " anchored");
        out.flush();
        return 0;
    }
}
