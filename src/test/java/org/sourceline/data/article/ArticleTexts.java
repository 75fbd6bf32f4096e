package org.sourceline.data.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Fixtures under {@code src/test/resources/article/} and the text rules every import keeps. */
final class ArticleTexts {
    private ArticleTexts() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ArticleTexts.class.getResource("/article/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Paragraphs separated by exactly one blank line, \n only, no trailing spaces, one final \n. */
    static void assertFollowsTheTextRules(String text) {
        assertThat(text).isNotEmpty().endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r")
                .doesNotContain("\n\n\n").doesNotStartWith("\n");
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                assertThat(line).as("line %s", line).doesNotEndWith(" ").doesNotEndWith("\u00A0")
                        .doesNotStartWith(" ").doesNotStartWith("\u00A0").doesNotContain("  ").doesNotContain("\t");
            }
        }
        // Every other line is blank: paragraph, blank, paragraph, …
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].isEmpty()).as("line %d of %s", i, text).isEqualTo(i % 2 == 1);
        }
    }
}
