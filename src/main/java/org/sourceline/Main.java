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

    public static void main(String[] args) {
        System.exit(SourcelineCommand.run(args));
    }
}
