package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.Problem;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.Dataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * The optional {@code [DATASET]} argument every export command takes: a Sourceline dataset or a
 * TimelineJS file (told apart by {@link DatasetFormats}), the bundled dataset when left out, and
 * {@code --group-as} for TimelineJS files. Add it with {@code @Mixin DatasetInput input;} and
 * call {@link #load(CommandSpec)}.
 */
public final class DatasetInput {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
            description = "a Sourceline dataset or a TimelineJS JSON file (default: the bundled dataset)")
    Path file;

    @Mixin
    GroupOption groups = new GroupOption();

    /**
     * The files {@code dataset} (loaded by {@link #load}) was made from: what no output may
     * replace. Empty for the bundled dataset.
     */
    public List<Path> inputs(Dataset dataset) {
        return DatasetFiles.inputsOf(file, dataset);
    }

    /** The dataset file named, as the one input known before loading (empty for the bundled dataset). */
    public List<Path> named() {
        return file == null ? List.of() : List.of(file);
    }

    /** The file named, or null for the bundled dataset. */
    public Path file() {
        return file;
    }

    /**
     * Reads the dataset. On problems prints each as {@code file:line:col: message} on the
     * command's standard error and fails: exit 1 for an invalid file, 2 for an unreadable one.
     */
    public Dataset load(CommandSpec spec) {
        Workload.reading(file);
        ReadResult read = file == null
                ? new DatasetReader().readResource(DatasetReader.BUNDLED)
                : DatasetFormats.read(file, groups.readOptions());
        if (!read.hasErrors()) {
            Workload.working(read.file(), read.dataset().events().size());
            return read.dataset();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : read.problems()) {
            err.println(problem.format());
        }
        err.flush();
        throw new CommandFailure(read.unreadable() ? CommandFailure.USAGE : CommandFailure.FAILED, null);
    }
}
