package org.sourceline.cli;

import org.sourceline.data.EventWriter;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.timelinejs.TimelineJsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sourceline export-timelinejs [DATASET] -o FILE [filters]}: the events as TimelineJS3 JSON. */
@Command(name = "export-timelinejs", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Writes the events (all, or those the filters let through) as TimelineJS3 JSON that TimelineJS "
                + "opens unchanged: the article as the title slide, one slide per event with its quotes and "
                + "attribution, fuzzy times as start/end dates with the article's phrase as display_date.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:invalid dataset, no events to write or the file could not be written",
                "2:usage error or unreadable dataset"})
final class ExportTimelineJsCommand extends EventExportCommand {
    @Option(names = "--group-by", paramLabel = "actor|type", converter = GroupOption.Converter.class,
            description = "what each slide's group is: the event's first actor (default) or its type")
    GroupMapping groupBy = GroupMapping.ACTOR;

    @Override
    EventWriter writer() {
        return new TimelineJsWriter().groupBy(groupBy);
    }
}
