package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The resolver against the hand-written gold lists in {@code src/test/resources/timephrase}: the
 * bundled article, the Wikinews test article, and two texts of our own in other news styles.
 * Targets (issue 14): recall, precision and normalisation accuracy of at least 90 % each.
 * {@code sourceline times --evaluate GOLD...} prints the same figures with what was missed.
 */
class GoldEvaluationTest {
    static final Path FOLDER = Path.of("src/test/resources/timephrase");

    static GoldList gold(String name) throws IOException {
        return GoldList.parse(Files.readString(FOLDER.resolve(name)));
    }

    static String article(GoldList list) throws IOException {
        return Files.readString(FOLDER.resolve(list.article()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iran-russia-2023.gold.tsv", "wikinews-2011-nasa-shuttle-homes.gold.tsv",
            "wire-style-2011-10.gold.tsv", "feature-style-2011-03.gold.tsv"})
    void meetsTheTargets(String name) throws IOException {
        GoldList list = gold(name);
        String text = article(list);
        assertThat(list.check(text)).as("gold offsets hold their words").isEmpty();
        Evaluation e = Evaluation.of(list, TimePhrases.read(text, list.reference()).phrases());
        assertThat(e.recall()).as("recall; missed %s", e.missed()).isGreaterThanOrEqualTo(0.9);
        assertThat(e.precision()).as("precision; not time expressions %s", e.spurious()).isGreaterThanOrEqualTo(0.9);
        assertThat(e.accuracy()).as("accuracy; %s", e.inaccurate()).isGreaterThanOrEqualTo(0.9);
        assertThat(e.gold()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theBundledGoldListIsReadAgainstTheDatasetsPublicationDate() throws IOException {
        GoldList list = gold("iran-russia-2023.gold.tsv");
        assertThat(list.reference().edtf()).isEqualTo("2023-01~");
        assertThat(article(list)).isEqualTo(Files.readString(Path.of("resources/datasets/iran-russia-2023.txt")));
        // The Wikinews list gives no date: the article's dateline must be found.
        assertThat(gold("wikinews-2011-nasa-shuttle-homes.gold.tsv").reference()).isNull();
    }

    @Test
    void boundsThatMissOrOverreachTheTruthAreInaccurate() {
        GoldList.Phrase truth = new GoldList.Phrase(0, 5, "x", "2011-04", LocalDate.parse("2011-04-24"),
                LocalDate.parse("2011-04-30"), "");
        assertThat(Evaluation.judge(found("2011-04-21", "2011-04-30"), truth, 0)).isNull();
        assertThat(Evaluation.judge(found("2011-04-25", "2011-04-30"), truth, 0)).contains("does not hold");
        assertThat(Evaluation.judge(found("2011-04-01", "2011-04-30"), truth, 0)).contains("more than twice as wide");
        assertThat(Evaluation.judge(found(null, "2011-04-30"), truth, 0)).contains("should not be open");
        GoldList.Phrase open = new GoldList.Phrase(0, 5, "x", "../2021", null, LocalDate.parse("2021-12-31"), "");
        assertThat(Evaluation.judge(found(null, "2021-12-31"), open, 0)).isNull();
        assertThat(Evaluation.judge(found(null, "2022-01-31"), open, 0)).contains("looser");
        assertThat(Evaluation.judge(found(null, "2022-01-31"), open, 31)).isNull();
    }

    @Test
    void countsFoundPhrasesOutsideTheListAsNotTimeExpressionsUnlessAccepted() {
        GoldList list = GoldList.parse("article\tx.txt\nphrase\t0\t4\t2022\t2022\t2022-01-01\t2022-12-31\t\n"
                + "extra\t10\t14\tthen\tan accepted extra\n");
        TimePhrase year = new TimePhrase(0, 4, "2022", "2022", LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"), "");
        TimePhrase extra = new TimePhrase(10, 14, "then", null, null, null, "");
        TimePhrase wrong = new TimePhrase(20, 24, "2000", "2000", LocalDate.parse("2000-01-01"), LocalDate.parse("2000-12-31"), "");
        Evaluation e = Evaluation.of(list, List.of(year, extra, wrong));
        assertThat(e.recall()).isEqualTo(1.0);
        assertThat(e.precision()).isEqualTo(2 / 3.0);
        assertThat(e.accuracy()).isEqualTo(1.0);
        assertThat(e.spurious()).containsExactly("20-24 “2000”");
    }

    private static TimePhrase found(String earliest, String latest) {
        return new TimePhrase(0, 5, "x", "x", earliest == null ? null : LocalDate.parse(earliest),
                latest == null ? null : LocalDate.parse(latest), "");
    }
}
