package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.Problem;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.data.merge.DatasetMerger;
import org.sourceline.data.merge.LikelyDuplicate;
import org.sourceline.data.merge.MergeNote;
import org.sourceline.data.merge.MergePlan;
import org.sourceline.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sourceline merge A.json B.json [...] -o OUT.json [--union-duplicates]}: one dataset of several. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Merges datasets into one, in the order given: articles appended (one with the same text kept "
                + "once, a taken id renamed), actors matched by id and then by name (case and accents ignored), taken "
                + "event ids renamed. Likely duplicates (same type, overlapping time, shared actors, similar titles) "
                + "are listed and kept as two events unless --union-duplicates.%n"
                + "Prints every match, rename and likely duplicate. Nothing is written when an input cannot be read or "
                + "has errors. The dataset is written atomically, article texts that came in files beside it (a file "
                + "of another content is never overwritten: the text then goes to NAME-2.txt).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged and written", "1:an input has errors, or the output could not be written",
                "2:usage error or an unreadable input"})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "DATASET", description = "datasets to merge (Sourceline or TimelineJS JSON)")
    List<Path> files;

    @Mixin
    OutputFile output = new OutputFile();

    @Option(names = "--union-duplicates",
            description = "make each likely duplicate one event: the earlier one with the quotes of both")
    boolean unionDuplicates;

    @Option(names = "--title", paramLabel = "TEXT", description = "the merged dataset's title (default: the first's)")
    String title;

    @Mixin
    GroupOption groups = new GroupOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A folder, a device or one of the inputs named as the output is refused before anything is read.
        output.check(files);
        List<DatasetMerger.Input> inputs = new ArrayList<>();
        List<Path> inputFiles = new ArrayList<>();
        int failure = 0;
        for (Path file : files) {
            ReadResult read = DatasetFormats.read(file, groups.readOptions());
            if (read.hasErrors()) {
                for (Problem problem : read.problems()) {
                    err.println(problem.format());
                }
                failure = Math.max(failure, read.unreadable() ? CommandFailure.USAGE : CommandFailure.FAILED);
            } else {
                inputs.add(new DatasetMerger.Input(file.toString(), read.dataset()));
                inputFiles.addAll(DatasetFiles.inputsOf(file, read.dataset()));
            }
        }
        if (failure != 0) {
            err.println(output.path() + ": not written: " + (failure == CommandFailure.USAGE ? "an input cannot be read"
                    : "an input has errors"));
            err.flush();
            return failure;
        }
        // Nor may it be an article text of an input.
        output.check(inputFiles);
        MergePlan plan = DatasetMerger.plan(inputs);
        MergePlan.Result result = plan.merge(title, d -> unionDuplicates);
        for (MergeNote note : result.notes()) {
            out.println(note.describe());
        }
        List<LikelyDuplicate> duplicates = plan.duplicates();
        if (!duplicates.isEmpty()) {
            out.println(duplicates.size() + (duplicates.size() == 1 ? " likely duplicate" : " likely duplicates")
                    + (unionDuplicates ? ", each merged into one event:" : ", kept as two events (--union-duplicates merges them):"));
            for (LikelyDuplicate duplicate : duplicates) {
                out.println("  " + duplicate.describe());
            }
        }
        Dataset merged = result.dataset();
        try {
            new DatasetWriter().write(merged, output.path());
        } catch (IOException e) {
            out.flush();
            throw OutputFile.cannotWrite(output.path(), e);
        }
        out.printf(Locale.ROOT, "%s: %d datasets merged: %,d articles, %,d events, %,d actors%n", output.path(), inputs.size(),
                merged.articles().size(), merged.events().size(), merged.actors().size());
        out.flush();
        return 0;
    }
}
