package org.sourceline;

import org.sourceline.cli.SourcelineCommand;

/**
 * Entry point for {@code java -jar sourceline.jar} and {@code mvn javafx:run}. It is deliberately
 * not a JavaFX {@code Application}: a class that extends {@code Application} cannot be the main
 * class of a plain classpath launch.
 */
public final class Main {
    private Main() {
    }

    /**
     * Always ends the JVM with the command's exit code: JavaFX's threads (started by export-png)
     * are not daemons and would keep a failed command alive forever.
     */
    public static void main(String[] args) {
        int exit = 1;
        try {
            exit = SourcelineCommand.run(args);
        } catch (Throwable t) {
            System.err.println("sourceline: error: " + (t.getMessage() == null ? t.toString() : t.getMessage()));
        } finally {
            System.exit(exit);
        }
    }
}
