package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.Problem;

/** The problems dialog lists a broken file's problems, but not a million of them. */
class ProblemsDialogTest {
    private static List<Problem> problems(int count) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            problems.add(new Problem(org.sourceline.data.Severity.ERROR, "big.json", i, 3, null, "unknown actor \"a" + i + "\""));
        }
        return problems;
    }

    @Test
    void listsEveryProblemOfAFileWithFew() {
        String listed = ProblemsDialog.listed(problems(3), "big.json");
        assertThat(listed.lines()).hasSize(3);
        assertThat(listed).startsWith(problems(1).get(0).format()).doesNotContain("more");
    }

    @Test
    void listsTheFirstThousandOfAMillionAndSaysHowManyMoreThereAre() {
        String listed = ProblemsDialog.listed(problems(1_000_000), "big.json");
        List<String> lines = listed.lines().toList();
        assertThat(lines).hasSize(ProblemsDialog.MAX_LISTED + 1);
        assertThat(lines.get(ProblemsDialog.MAX_LISTED - 1)).contains(":1000:3:");
        assertThat(lines.get(ProblemsDialog.MAX_LISTED)).isEqualTo("… and 999,000 more (sourceline validate big.json lists them all)");
    }
}
