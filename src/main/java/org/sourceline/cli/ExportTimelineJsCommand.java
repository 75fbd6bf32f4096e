package org.sourceline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.Problem;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sourceline export-timelinejs [DATASET] -o FILE [filters]}: the events as TimelineJS3 JSON. */
@Command(name = "export-timelinejs", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Writes the events (all, or those the filters let through) as TimelineJS3 JSON that TimelineJS "
                + "opens unchanged: the article as the title slide, one slide per event with its quotes and "
                + "attribution, fuzzy times as start/end dates with the article's phrase as display_date.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:invalid dataset, no events to write or the file could not be written",
                "2:usage error or unreadable dataset"})
final class ExportTimelineJsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetInput input = new DatasetInput();

    @Mixin
    OutputFile output = new OutputFile();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--group-by", paramLabel = "actor|type", converter = GroupOption.Converter.class,
            description = "what each slide's group is: the event's first actor (default) or its type")
    GroupMapping groupBy = GroupMapping.ACTOR;

    @Override
    public Integer call() {
        output.check(input.named());
        Dataset dataset = input.load(spec);
        List<Path> inputs = input.inputs(dataset);
        output.check(inputs);
        List<Event> events = filters.select(dataset);
        if (events.isEmpty()) {
            throw new CommandFailure(CommandFailure.FAILED, output.path() + ": not written: no event passes the filters,"
                    + " and TimelineJS needs at least one");
        }
        TimelineJsWriter writer = new TimelineJsWriter().groupBy(groupBy);
        output.write(inputs, out -> writer.write(dataset, events, out));
        for (String warning : writer.warnings()) {
            spec.commandLine().getErr().println(output.path() + ": warning: " + Problem.printable(warning));
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(output.path() + ": " + events.size() + " of " + dataset.events().size()
                + " events written as TimelineJS JSON");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
