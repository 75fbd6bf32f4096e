package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The resolver against the hand-written gold lists in {@code src/test/resources/timephrase}: the
 * bundled article, the Wikinews test article, and two texts of our own in other news styles, which
 * were fitted while the rules were written (targets of issue 14: recall, precision and
 * normalisation accuracy of at least 90 % each); and eight held-out texts of our own whose gold
 * lists were written before the rules were read (floors against regression).
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

    /**
     * The eight held-out lists (texts and gold written before the rules were read; see SOURCES.md).
     * They are not targets the rules were fitted to: the floors sit just below what the reader
     * reached after the general fixes of issue 14's evaluation, so that a change that loses ground
     * on unseen text fails here. Columns: recall, precision, bounds accuracy, EDTF exact.
     */
    static final Map<String, double[]> HELD_OUT_FLOORS = Map.of(
            "us-wire-2024-03.gold.tsv", new double[] {1.00, 0.97, 0.91, 0.80},
            "uk-report-2022-11.gold.tsv", new double[] {0.97, 0.97, 0.92, 0.69},
            "longform-feature-2019-06.gold.tsv", new double[] {0.99, 1.00, 0.82, 0.62},
            "business-quarterly-2023-10.gold.tsv", new double[] {0.97, 0.97, 0.87, 0.79},
            "space-schedule-2024-10.gold.tsv", new double[] {1.00, 1.00, 0.97, 0.72},
            "court-politics-2021-09.gold.tsv", new double[] {1.00, 1.00, 0.96, 0.74},
            "approx-date-2023-01.gold.tsv", new double[] {0.94, 0.95, 0.83, 0.81},
            "no-dateline-explainer.gold.tsv", new double[] {1.00, 1.00, 0.93, 0.87});
    /** All eight lists together: the same four figures. */
    static final double[] HELD_OUT_OVERALL_FLOOR = {0.98, 0.98, 0.90, 0.75};

    static Evaluation evaluate(String name) throws IOException {
        GoldList list = gold(name);
        String text = article(list);
        assertThat(list.check(text)).as("gold offsets hold their words").isEmpty();
        return Evaluation.of(list, TimePhrases.read(text, list.reference()).phrases());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-wire-2024-03.gold.tsv", "uk-report-2022-11.gold.tsv", "longform-feature-2019-06.gold.tsv",
            "business-quarterly-2023-10.gold.tsv", "space-schedule-2024-10.gold.tsv", "court-politics-2021-09.gold.tsv",
            "approx-date-2023-01.gold.tsv", "no-dateline-explainer.gold.tsv"})
    void heldOutArticlesStayAboveTheirFloors(String name) throws IOException {
        assertAtLeast(evaluate(name), HELD_OUT_FLOORS.get(name), name);
    }

    @Test
    void heldOutArticlesTogetherStayAboveTheirFloor() throws IOException {
        List<Evaluation> parts = new ArrayList<>();
        for (String name : HELD_OUT_FLOORS.keySet()) {
            parts.add(evaluate(name));
        }
        Evaluation total = Evaluation.total(parts);
        assertThat(total.gold()).isEqualTo(292);
        assertAtLeast(total, HELD_OUT_OVERALL_FLOOR, "the eight held-out lists");
    }

    private static void assertAtLeast(Evaluation e, double[] floor, String what) {
        assertThat(e.recall()).as("%s recall; missed %s", what, e.missed()).isGreaterThanOrEqualTo(floor[0]);
        assertThat(e.precision()).as("%s precision; not time expressions %s", what, e.spurious())
                .isGreaterThanOrEqualTo(floor[1]);
        assertThat(e.accuracy()).as("%s accuracy; %s", what, e.inaccurate()).isGreaterThanOrEqualTo(floor[2]);
        assertThat(e.edtfExactness()).as("%s EDTF exact", what).isGreaterThanOrEqualTo(floor[3]);
    }

    @Test
    void evaluationsAddUpAndCountExactEdtf() {
        GoldList list = GoldList.parse("article\tx.txt\nphrase\t0\t4\t2022\t2022\t2022-01-01\t2022-12-31\t\n"
                + "phrase\t10\t14\t2023\t2023\t2023-01-01\t2023-12-31\t\n");
        TimePhrase exact = new TimePhrase(0, 4, "2022", "2022", LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"), "");
        TimePhrase sameBounds = new TimePhrase(10, 14, "2023", "2023-01-01/2023-12-31", LocalDate.parse("2023-01-01"),
                LocalDate.parse("2023-12-31"), "");
        Evaluation one = Evaluation.of(list, List.of(exact, sameBounds));
        assertThat(one.accuracy()).isEqualTo(1.0);
        assertThat(one.edtfExactness()).isEqualTo(0.5);
        assertThat(one.summary()).endsWith("EDTF exact 50 % (1 of 2)");
        Evaluation two = Evaluation.total(List.of(one, Evaluation.of(list, List.of(exact))));
        assertThat(two.gold()).isEqualTo(4);
        assertThat(two.goldFound()).isEqualTo(3);
        assertThat(two.edtfExact()).isEqualTo(2);
        assertThat(two.judged()).isEqualTo(3);
        assertThat(two.missed()).containsExactly("10-14 “2023”");
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
