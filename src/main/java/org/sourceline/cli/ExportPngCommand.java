package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourceline.model.Dataset;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.render.export.PngExportJob;
import org.sourceline.render.export.TiledPngExporter;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineIndex;
import org.sourceline.render.layout.TimelineLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sourceline export-png [DATASET] -o OUT.png [--width PX] [--height PX] [--scale N] [filters]}:
 * the timeline (or the relationship graph) as a PNG, drawn exactly as the app draws it, on a
 * machine with or without a display.
 */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Draws the timeline as a PNG: title, time axis, every lane, events, legend and a caption with "
                + "the filters and the source. --from/--to choose the time shown (default: all of it). With "
                + "--view graph, draws the actor-relationship graph of the filtered events instead. Works without "
                + "a display.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:invalid dataset or the file could not be written",
                "2:usage error or unreadable dataset"})
final class ExportPngCommand implements Callable<Integer> {
    /** What to draw. */
    enum View { timeline, graph }

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetInput input = new DatasetInput();

    @Mixin
    OutputFile output = new OutputFile();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--width", paramLabel = "PX", description = "image width in pixels (default: " + (int) PngExportJob.DEFAULT_WIDTH + " × scale)")
    Integer width;

    @Option(names = "--height", paramLabel = "PX",
            description = "image height in pixels (default: tall enough for every lane)")
    Integer height;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "pixels per point, e.g. 2 for a sharp print (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--view", paramLabel = "timeline|graph", defaultValue = "timeline",
            description = "what to draw (default: ${DEFAULT-VALUE})")
    View view;

    @Option(names = "--compact", description = "stack all events in one band instead of one lane per actor")
    boolean compact;

    @Option(names = "--time-scale", paramLabel = "linear|events|gaps", converter = TimeScaleConverter.class,
            completionCandidates = TimeScaleIds.class,
            description = "how time is laid along the axis: linear (default; equal time, equal width), events (each "
                    + "event the same width, in time order) or gaps (long empty stretches shrink to a break)")
    TimeScaleMode timeScale = TimeScaleMode.LINEAR;

    @Option(names = "--no-legend", negatable = true, defaultValue = "true", description = "leave out the legend")
    boolean legend;

    @Option(names = "--no-title", negatable = true, defaultValue = "true", description = "leave out the title block")
    boolean title;

    @Option(names = "--no-caption", negatable = true, defaultValue = "true",
            description = "leave out the caption (filters and source)")
    boolean caption;

    @Override
    public Integer call() {
        checkSizeOptions();
        output.check(input.named());
        Dataset dataset = input.load(spec);
        List<Path> inputs = input.inputs(dataset);
        output.check(inputs);
        EventFilter filter = filters.toFilter(dataset);
        EventIndex index = EventIndex.of(dataset);
        TimelineIndex timeline = TimelineIndex.of(index);
        TimelineIndex.Visible visible = timeline.visible(new FilterEngine(index).apply(filter));
        double logicalWidth = width == null ? PngExportJob.DEFAULT_WIDTH : width / scale;
        if (logicalWidth < PngExportJob.MIN_LOGICAL_WIDTH) {
            throw new CommandFailure(CommandFailure.USAGE, "--width " + width + " at --scale " + scale
                    + " leaves " + (int) logicalWidth + " points; at least " + (int) PngExportJob.MIN_LOGICAL_WIDTH
                    + " are needed (lower the scale or widen the image)");
        }
        double[] range = PngExportJob.rangeOf(filter, visible, timeScale);
        PngExportJob.Options options = PngExportJob.Options.timeline(range[0], range[1]).withTimeScale(timeScale)
                .withView(view == View.graph ? PngExportJob.View.GRAPH : PngExportJob.View.TIMELINE)
                .withSize(logicalWidth, height == null ? 0 : height / scale, scale)
                .withParts(title, legend, caption)
                .withLayout(compact ? TimelineLayout.Mode.COMPACT : TimelineLayout.Mode.LANES, null);
        PngExportJob.Result result = write(dataset, visible, options, inputs);
        spec.commandLine().getOut().println(output.path() + ": " + result.width() + " × " + result.height()
                + " pixels, " + String.format("%,d of %,d events", visible.result().visibleCount(), dataset.events().size())
                + (result.hiddenLanes() > 0 ? ", " + result.hiddenLanes() + " lanes did not fit the height" : ""));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void checkSizeOptions() {
        if (!(scale > 0) || scale > 16) {
            throw new CommandFailure(CommandFailure.USAGE, "--scale must be above 0 and at most 16, not " + scale);
        }
        if (width != null && (width <= 0 || width > TiledPngExporter.MAX_SIDE)) {
            throw new CommandFailure(CommandFailure.USAGE, "--width must be between 1 and " + TiledPngExporter.MAX_SIDE
                    + " pixels, not " + width);
        }
        if (height != null && (height <= 0 || height > TiledPngExporter.MAX_SIDE)) {
            throw new CommandFailure(CommandFailure.USAGE, "--height must be between 1 and "
                    + TiledPngExporter.MAX_SIDE + " pixels, not " + height);
        }
    }

    private PngExportJob.Result write(Dataset dataset, TimelineIndex.Visible visible, PngExportJob.Options options,
                                     List<Path> inputs) {
        try {
            return PngExportJob.write(dataset, visible, options, output.path(), inputs,
                    TiledPngExporter.Progress.NONE);
        } catch (PngExportJob.TooLargeException e) {
            throw new CommandFailure(CommandFailure.USAGE, e.getMessage() + (height == null ? " (set --height to limit it)" : ""));
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output.path(), e);
        }
    }

    /** {@code linear}, {@code events} or {@code gaps}, in any case. */
    static final class TimeScaleConverter implements picocli.CommandLine.ITypeConverter<TimeScaleMode> {
        @Override
        public TimeScaleMode convert(String value) {
            TimeScaleMode mode = TimeScaleMode.fromId(value);
            if (mode == null) {
                throw new picocli.CommandLine.TypeConversionException("unknown time scale '" + value + "' (valid: "
                        + String.join(", ", new TimeScaleIds()) + ")");
            }
            return mode;
        }
    }

    /** The time scale modes' ids, from the enum. */
    static final class TimeScaleIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(TimeScaleMode.values()).map(TimeScaleMode::id).iterator();
        }
    }
}
