package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.ValidateCommandTest.Run;

/** The bench command on tiny sizes: the table, both ways of running, generated data cached. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private static List<String> rows(String out) {
        // The load and filter rows of generated datasets (the TimelineJS import benchmark has its own file).
        return out.lines().filter(l -> (l.startsWith("| load |") || l.startsWith("| filter |")) && !l.contains("TimelineJS"))
                .toList();
    }

    @Test
    void printsATableOfMediansInThisJvm() {
        Run r = ValidateCommandTest.run("bench", "--no-fork", "--only", "load", "--only", "filter", "--sizes", "300",
                "--warmups", "0", "--iterations", "3", "--data", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("| group | benchmark | median | min – max | target | heap: live peak | heap: used peak | met | remark |");
        List<String> rows = rows(r.out());
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).startsWith("| load | tokenise only (floor), 300 events | ").contains("tokens");
        assertThat(rows.get(1)).startsWith("| load | read + validate + index, 300 events | ").containsPattern("\\d+\\.\\d× tokenise only");
        assertThat(rows.get(2)).startsWith("| load | read + validate + index, 300 events, 30 articles | ")
                .contains("text in 30 files");
        assertThat(rows.get(3)).startsWith("| filter | toggle one actor, 300 events | ").contains("FilterEngine.apply");
        assertThat(rows.get(4)).startsWith("| filter | change the date range, 300 events | ");
        assertThat(rows.get(5)).startsWith("| filter | change the source filters with type, date and actor filters on, "
                + "300 events, 30 articles | ");
        assertThat(dir.resolve("synthetic-v3-300-events-20-actors-seed1.json")).exists();
        String text = org.sourceline.data.DatasetFiles.textFileNamedBy(dir.resolve("synthetic-v3-300-events-20-actors-seed1.json"));
        assertThat(text).startsWith("synthetic-v3-300-events-20-actors-seed1.").endsWith(".txt");
        assertThat(dir.resolve(text)).exists();
        assertThat(dir.resolve("synthetic-v3-300-events-20-actors-30-articles-seed1-a0030.txt")).exists();
    }

    @Test
    void runsEachBenchmarkInAFreshJvm() {
        Run r = ValidateCommandTest.run("bench", "--only", "filter", "--sizes", "200", "--warmups", "0",
                "--iterations", "1", "--xmx", "256m", "--data", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("a fresh JVM per benchmark, -Xmx256m");
        assertThat(rows(r.out())).hasSize(3).allMatch(row -> row.matches("\\| filter \\| .* \\| \\d+(\\.\\d)? ms \\| .*"));
    }

    @Test
    void badOptionsExitTwo() {
        Run group = ValidateCommandTest.run("bench", "--only", "rendering");
        assertThat(group.exit()).isEqualTo(2);
        assertThat(group.err()).contains("unknown group \"rendering\" (groups: load, open, filter, render, layout, export, "
                + "merge, import, source, text, edit, startup)");
        Run heap = ValidateCommandTest.run("bench", "--xmx", "lots");
        assertThat(heap.exit()).isEqualTo(2);
        assertThat(heap.err()).contains("--xmx must be a heap size such as 2g or 1536m");
        Run sizes = ValidateCommandTest.run("bench", "--sizes", "0");
        assertThat(sizes.exit()).isEqualTo(2);
    }
}
