package org.sourceline.cli;

import org.sourceline.data.EventCsvWriter;
import org.sourceline.data.EventWriter;
import picocli.CommandLine.Command;

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
final class ExportCsvCommand extends EventExportCommand {
    @Override
    EventWriter writer() {
        return new EventCsvWriter();
    }
}
