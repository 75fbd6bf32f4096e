package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.sourceline.cli.ValidateCommandTest.Run;

/** Which arguments open the app directly (without building picocli's model) and which go through picocli. */
class SourcelineCommandTest {
    @Test
    void noArgumentsOrOneFileOpenTheApp() {
        assertThat(SourcelineCommand.opensTheApp(new String[0])).isTrue();
        assertThat(SourcelineCommand.opensTheApp(new String[] {"my-data.json"})).isTrue();
        assertThat(SourcelineCommand.opensTheApp(new String[] {"/home/me/Iran and Russia.sourceline.json"})).isTrue();
    }

    @Test
    void subcommandsOptionsAndSeveralArgumentsGoThroughPicocli() {
        for (String name : new String[] {"validate", "export-png", "export-timelinejs", "export-csv", "generate", "bench", "help"}) {
            assertThat(SourcelineCommand.opensTheApp(new String[] {name})).as(name).isFalse();
        }
        assertThat(SourcelineCommand.opensTheApp(new String[] {"--help"})).isFalse();
        assertThat(SourcelineCommand.opensTheApp(new String[] {"-V"})).isFalse();
        assertThat(SourcelineCommand.opensTheApp(new String[] {"@args.txt"})).isFalse();
        assertThat(SourcelineCommand.opensTheApp(new String[] {"a.json", "b.json"})).isFalse();
        assertThat(SourcelineCommand.opensTheApp(new String[] {""})).isFalse();
    }

    @Test
    void withoutADisplayTheAppSaysWhichCommandsWork() {
        assumeTrue(org.sourceline.render.FxToolkit.isHeadless() && !Boolean.getBoolean("sourceline.headless"),
                "needs a JVM without a display");
        Run none = ValidateCommandTest.run();
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).startsWith("no display: the app needs a graphical display").contains("validate, new, anchor");
        Run file = ValidateCommandTest.run("resources/datasets/iran-russia-2023.json");
        assertThat(file.exit()).isEqualTo(1);
        assertThat(file.err()).startsWith("no display:");
        Run missing = ValidateCommandTest.run("my-data.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("my-data.json:1:1: error: no such file");
        Run twoFiles = ValidateCommandTest.run("a.json", "b.json");
        assertThat(twoFiles.exit()).isEqualTo(2);
        assertThat(twoFiles.err()).contains("Unmatched argument");
    }
}
