package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        subcommands = {ValidateCommand.class, NewCommand.class, AnchorCommand.class, ExportPngCommand.class,
                ExportTimelineJsCommand.class, ExportCsvCommand.class, GenerateCommand.class, MergeCommand.class,
                TimesCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid dataset or failed work", "2:usage error or unreadable file"})
public final class SourcelineCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "dataset to open")
    Path file;

    /** Opens the app and returns when its last window has closed. */
    @Override
    public Integer call() {
        if (file != null) {
            checkFileOrCommand(file);
        }
        if (org.sourceline.render.FxToolkit.isHeadless() && !Boolean.getBoolean("sourceline.headless")) {
            List<String> commands = COMMANDS.stream().filter(c -> !c.equals("help")).toList();
            throw new CommandFailure(CommandFailure.FAILED, "no display: the app needs a graphical display (DISPLAY "
                    + "is not set). The commands " + String.join(", ", commands.subList(0, commands.size() - 1))
                    + " and " + commands.get(commands.size() - 1) + " work without one.");
        }
        SourcelineApp.launchWith(file);
        return 0;
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs the command line with the given output streams (for tests). Running out of memory
     * ends the command with one line saying what did not fit and exit 1, never a stack trace.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Workload.clear();
        try {
            if (opensTheApp(args)) {
                // java -jar: in a JVM with the launchers' start-up option, when it helps (FastStart).
                int relaunched = FastStart.relaunch(args);
                if (relaunched >= 0) {
                    return relaunched;
                }
                // Starting the app needs none of picocli's model of every subcommand and option (built
                // by reflection, a few hundred milliseconds of start-up before the toolkit could start):
                // the same command, its checks and messages, without it.
                SourcelineCommand app = new SourcelineCommand();
                app.file = args.length == 0 ? null : Path.of(args[0]);
                try {
                    return app.call();
                } catch (CommandFailure failure) {
                    err.println(failure.getMessage());
                    err.flush();
                    return failure.exitCode();
                }
            }
            return create(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // What the command held is unreachable now: there is room for a message.
            err.println("sourceline: " + Workload.outOfMemory(e));
            err.flush();
            return CommandFailure.FAILED;
        }
    }

    /** Command names for suggestions, read from the subcommands this command declares. */
    private static final List<String> COMMANDS = java.util.Arrays.stream(
                    SourcelineCommand.class.getAnnotation(Command.class).subcommands())
            .map(c -> c.getAnnotation(Command.class).name()).toList();

    /**
     * {@code sourceline FILE} with a FILE that does not exist: a mistyped command when it is a
     * plain word ({@code sourceline frobnicate}), else a missing file; both are usage errors.
     */
    static void checkFileOrCommand(Path file) {
        if (java.nio.file.Files.exists(file)) {
            return;
        }
        String word = file.toString();
        boolean looksLikePath = word.contains("/") || word.contains(java.io.File.separator) || word.contains(".");
        if (looksLikePath) {
            throw new CommandFailure(CommandFailure.USAGE, org.sourceline.data.Problem.printable(word) + ":1:1: error: no such file");
        }
        throw new CommandFailure(CommandFailure.USAGE, "sourceline: '" + org.sourceline.data.Problem.printable(word)
                + "' is neither a command nor a file; did you mean '" + nearestCommand(word) + "'? (commands: "
                + String.join(", ", COMMANDS) + ")");
    }

    /** The command name closest to {@code word} by edit distance (ignoring case). */
    static String nearestCommand(String word) {
        String best = COMMANDS.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String command : COMMANDS) {
            int distance = org.sourceline.data.DatasetRules.levenshtein(word.toLowerCase(java.util.Locale.ROOT), command);
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True when the arguments just open the app: none, or one that is neither an option nor a
     * subcommand (a file). Everything else goes through picocli.
     */
    static boolean opensTheApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].isEmpty() || args[0].startsWith("-") || args[0].startsWith("@")) {
            return false;
        }
        for (Class<?> subcommand : SourcelineCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(args[0]) || java.util.Arrays.asList(command.aliases()).contains(args[0])) {
                return false;
            }
        }
        try {
            Path.of(args[0]);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false; // picocli says what is wrong with it
        }
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
