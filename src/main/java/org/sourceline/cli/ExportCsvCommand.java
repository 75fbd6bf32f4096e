package org.sourceline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourceline.data.EventCsvWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sourceline export-csv [DATASET] -o FILE [filters]}: one CSV row per event. */
@Command(name = "export-csv", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Writes the events (all, or those the filters let through) in time order as CSV (RFC 4180, "
                + "UTF-8): id, time phrase, EDTF, earliest, latest, title, type, source actors, target actors, "
                + "participants, certainty, attributed to, supporting sources, disputed, then each quote and its source (quote 1, "
                + "source 1, …: article id, outlet and title, \"(disputes)\" after a disputing quote). Cells a spreadsheet "
                + "would run as a formula start with an apostrophe.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:invalid dataset or the file could not be written",
                "2:usage error or unreadable dataset"})
final class ExportCsvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetInput input = new DatasetInput();

    @Mixin
    OutputFile output = new OutputFile();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Override
    public Integer call() {
        output.check(input.named());
        Dataset dataset = input.load(spec);
        List<Path> inputs = input.inputs(dataset);
        output.check(inputs);
        List<Event> events = filters.select(dataset);
        output.write(inputs, out -> new EventCsvWriter().write(dataset, events, out));
        spec.commandLine().getOut().println(output.path() + ": " + events.size() + " of " + dataset.events().size()
                + " events written as CSV");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
