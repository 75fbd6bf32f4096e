package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.Version;
import org.sourceline.ui.SourcelineApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sourceline [FILE]} opens the app; subcommands work without a display.
 * Exit codes: 0 success, 1 invalid input or failed work, 2 usage error or unreadable file.
 */
@Command(name = "sourceline", mixinStandardHelpOptions = true, versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Sourceline: a timeline explorer for events drawn from news articles.%n"
                + "Without a command, opens the app on FILE (default: the bundled dataset).",
        subcommands = {ValidateCommand.class, NewCommand.class, AnchorCommand.class, ExportPngCommand.class, ExportTimelineJsCommand.class, ExportCsvCommand.class,
                GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid dataset or failed work", "2:usage error or unreadable file"})
public final class SourcelineCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "dataset to open")
    Path file;

    /** Opens the app and returns when its last window has closed. */
    @Override
    public Integer call() {
        if (org.sourceline.render.FxToolkit.isHeadless() && !Boolean.getBoolean("sourceline.headless")) {
            throw new CommandFailure(CommandFailure.FAILED, "no display: the app needs a graphical display (DISPLAY "
                    + "is not set). The commands validate, new, anchor, export-png, export-csv, export-timelinejs, "
                    + "generate and bench work without one.");
        }
        SourcelineApp.launchWith(file);
        return 0;
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given output streams (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = create(out, err);
        return cli.execute(args);
    }

    static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SourcelineCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandFailure failure) {
                // Expected failures: the message (if any) says what is wrong; details were printed already.
                if (failure.getMessage() != null && !failure.getMessage().isEmpty()) {
                    commandLine.getErr().println(failure.getMessage());
                }
                commandLine.getErr().flush();
                return failure.exitCode();
            }
            // Bad input is reported by the commands themselves; anything reaching here is a bug
            // or an environment failure: one clear line, no stack trace.
            commandLine.getErr().println("sourceline: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sourceline: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return 2;
        });
        return cli;
    }

    /** Reads the version Maven stamped into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sourceline " + Version.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
