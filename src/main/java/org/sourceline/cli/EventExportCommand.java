package org.sourceline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourceline.data.EventWriter;
import org.sourceline.data.Problem;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The one path of the {@code export-*} commands of the text formats: {@code [DATASET] -o FILE [filters]},
 * the output checked before and after reading (never an input, a folder, a device), the events the
 * filters let through, an atomic write, the writer's warnings on standard error and
 * "{@code FILE: N of M events written as LABEL}". A command gives only its {@link EventWriter}
 * (and the options that set it up) and its help text.
 */
abstract class EventExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetInput input = new DatasetInput();

    @Mixin
    OutputFile output = new OutputFile();

    @Mixin
    FilterOptions filters = new FilterOptions();

    /** A new writer of the command's format, set up by its options. */
    abstract EventWriter writer();

    @Override
    public Integer call() {
        output.check(input.named());
        Dataset dataset = input.load(spec);
        List<Path> inputs = input.inputs(dataset);
        output.check(inputs);
        List<Event> events = filters.select(dataset);
        EventWriter writer = writer();
        if (events.isEmpty() && writer.emptyRefusal() != null) {
            throw new CommandFailure(CommandFailure.FAILED, output.path() + ": not written: no event passes the filters, and "
                    + writer.emptyRefusal());
        }
        output.write(inputs, out -> writer.write(dataset, events, out));
        for (String warning : writer.warnings()) {
            spec.commandLine().getErr().println(output.path() + ": warning: " + Problem.printable(warning));
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(output.path() + ": " + events.size() + " of " + dataset.events().size()
                + " events written as " + writer.label());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
