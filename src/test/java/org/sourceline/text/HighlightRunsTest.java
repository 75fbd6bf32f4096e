package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

class HighlightRunsTest {

    /** "start-end:events" per run, to compare whole results at a glance. */
    private static List<String> describe(HighlightRuns runs) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            StringBuilder sb = new StringBuilder().append(runs.start(r)).append('-').append(runs.end(r)).append(':');
            for (int i = 0; i < runs.eventCount(r); i++) {
                sb.append(i == 0 ? "" : ",").append(runs.event(r, i));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static HighlightRuns runs(int[]... passages) {
        int[] s = new int[passages.length];
        int[] e = new int[passages.length];
        int[] o = new int[passages.length];
        for (int i = 0; i < passages.length; i++) {
            s[i] = passages[i][0];
            e[i] = passages[i][1];
            o[i] = passages[i][2];
        }
        return HighlightRuns.of(s, e, o);
    }

    @Test
    void remappingAfterAnEditRenumbersAndDropsGoneEvents() {
        HighlightRuns before = runs(new int[] {0, 10, 0}, new int[] {5, 15, 1}, new int[] {20, 30, 2});
        // Event 0 deleted: 1 → 0, 2 → 1.
        HighlightRuns after = before.remap(new int[] {-1, 0, 1});
        assertThat(describe(after)).containsExactly("5-10:0", "10-15:0", "20-30:1");
    }

    @Test
    void remappingAfterAnEditElsewhereKeepsTheRuns() {
        HighlightRuns before = runs(new int[] {0, 10, 0}, new int[] {5, 15, 1}, new int[] {20, 30, 2});
        // An event appended (position 3) or removed at the end, where no passage is: nothing changes.
        assertThat(before.remap(new int[] {0, 1, 2, -1})).isSameAs(before);
        assertThat(before.remap(new int[] {0, 1, 2})).isSameAs(before);
    }

    @Test
    void remappingThatOnlyRemovesEventsDropsTheirEntriesAndEmptiedRuns() {
        HighlightRuns before = runs(new int[] {0, 10, 0}, new int[] {5, 15, 1}, new int[] {20, 30, 2}, new int[] {40, 45, 3});
        // The last event removed (an undo of New Event), positions kept.
        assertThat(describe(before.remap(new int[] {0, 1, 2, -1}))).containsExactly("0-5:0", "5-10:1,0", "10-15:1", "20-30:2");
        // An event past the mapping (the old list was longer than the map says) is gone too.
        assertThat(describe(before.remap(new int[] {0, -1, 2}))).containsExactly("0-5:0", "5-10:0", "20-30:2");
    }

    /**
     * Removing events at the end (an undo of New Event): the runs found from the removed events'
     * passages are those renumbering every run gives, and those of the smaller dataset.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 5, 40})
    void runsWithoutEventsRemovedAtTheEndAreThoseOfTheSmallerDataset(int removedCount) {
        int changed = 0;
        for (Dataset before : List.of(org.sourceline.TestDatasets.random(300, 12, removedCount),
                org.sourceline.TestDatasets.threeArticles())) {
            int size = before.events().size();
            int removed = Math.min(removedCount, size - 1);
            Dataset after = new Dataset(before.title(), before.description(), before.articles(), before.actors(),
                    before.events().subList(0, size - removed), before.eras());
            int[] gone = new int[removed];
            int[] oldToNew = new int[size];
            for (int e = 0; e < size; e++) {
                oldToNew[e] = e < size - removed ? e : -1;
            }
            for (int i = 0; i < removed; i++) {
                gone[i] = size - removed + i;
            }
            for (var article : before.articles()) {
                HighlightRuns runs = HighlightRuns.of(before, article.id());
                HighlightRuns without = runs.without(before, article.id(), gone);
                assertThat(describe(without)).as(article.id() + " less " + removed)
                        .isEqualTo(describe(runs.remap(oldToNew)))
                        .isEqualTo(describe(HighlightRuns.of(after, article.id())));
                changed += describe(without).equals(describe(runs)) ? 0 : 1;
            }
        }
        if (removedCount >= 5) {
            assertThat(changed).as("runs that lost passages").isPositive();
        }
    }

    @Test
    void runsWithoutAnEventThatQuotesNothingHereAreTheSame() {
        HighlightRuns before = runs(new int[] {0, 10, 0}, new int[] {5, 15, 1});
        Dataset dataset = org.sourceline.TestDatasets.threeArticles();
        // Event positions of the runs above that are not among the dataset's removed ones: nothing to drop.
        int last = dataset.events().size() - 1;
        assertThat(before.without(dataset, dataset.articles().get(0).id(), new int[] {last})).isSameAs(before);
    }

    @Test
    void separatePassagesAreOneRunEach() {
        assertThat(describe(runs(new int[] {20, 30, 1}, new int[] {0, 10, 0}))).containsExactly("0-10:0", "20-30:1");
    }

    @Test
    void overlappingPassagesShareTheMiddleRun() {
        // A = [0,10) for event 0, B = [5,15) for event 1: the overlap knows both, B (starting later) first.
        assertThat(describe(runs(new int[] {0, 10, 0}, new int[] {5, 15, 1})))
                .containsExactly("0-5:0", "5-10:1,0", "10-15:1");
    }

    @Test
    void aNestedPassageSplitsTheOuterOneAndComesFirst() {
        assertThat(describe(runs(new int[] {0, 20, 7}, new int[] {5, 10, 3})))
                .containsExactly("0-5:7", "5-10:3,7", "10-20:7");
    }

    @Test
    void threeLevelsOfNestingAndASharedEnd() {
        assertThat(describe(runs(new int[] {0, 30, 0}, new int[] {10, 30, 1}, new int[] {20, 25, 2})))
                .containsExactly("0-10:0", "10-20:1,0", "20-25:2,1,0", "25-30:1,0");
    }

    @Test
    void identicalPassagesOfTwoEventsAreOneRunWithBoth() {
        assertThat(describe(runs(new int[] {4, 9, 5}, new int[] {4, 9, 2}))).containsExactly("4-9:2,5");
    }

    @Test
    void anEventIsListedOnceWhereItsOwnPassagesOverlap() {
        assertThat(describe(runs(new int[] {0, 10, 4}, new int[] {5, 15, 4})))
                .containsExactly("0-5:4", "5-10:4", "10-15:4");
    }

    @Test
    void adjacentPassagesStaySeparateAndEmptyOnesAreIgnored() {
        assertThat(describe(runs(new int[] {0, 5, 0}, new int[] {5, 8, 1}, new int[] {6, 6, 2})))
                .containsExactly("0-5:0", "5-8:1");
        assertThat(HighlightRuns.of(new int[0], new int[0], new int[0]).size()).isZero();
    }

    @Test
    void findsTheRunAtAnOffset() {
        HighlightRuns runs = runs(new int[] {0, 10, 0}, new int[] {5, 15, 1}, new int[] {40, 50, 2});
        assertThat(runs.runAt(0)).isEqualTo(0);
        assertThat(runs.runAt(5)).isEqualTo(1);
        assertThat(runs.runAt(14)).isEqualTo(2);
        assertThat(runs.runAt(15)).isEqualTo(-1);
        assertThat(runs.runAt(39)).isEqualTo(-1);
        assertThat(runs.runAt(49)).isEqualTo(3);
        assertThat(runs.runAt(50)).isEqualTo(-1);
        assertThat(runs.firstEndingAfter(15)).isEqualTo(3);
        assertThat(runs.firstEndingAfter(50)).isEqualTo(4);
        assertThat(runs.hasEvent(1, 0)).isTrue();
        assertThat(runs.hasEvent(2, 0)).isFalse();
        assertThat(runs.events(1)).containsExactly(1, 0);
    }

    @Test
    void rejectsBadOffsets() {
        assertThatThrownBy(() -> runs(new int[] {5, 3, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runs(new int[] {-1, 3, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HighlightRuns.of(new int[1], new int[2], new int[1])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithCountingEveryOffsetForRandomPassages() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(12);
            int[] s = new int[n];
            int[] e = new int[n];
            int[] o = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextInt(60);
                e[i] = s[i] + random.nextInt(25);
                o[i] = random.nextInt(6);
            }
            HighlightRuns runs = HighlightRuns.of(s, e, o);
            for (int offset = 0; offset < 90; offset++) {
                TreeSet<Integer> expected = new TreeSet<>();
                for (int i = 0; i < n; i++) {
                    if (s[i] <= offset && offset < e[i]) {
                        expected.add(o[i]);
                    }
                }
                int r = runs.runAt(offset);
                if (expected.isEmpty()) {
                    assertThat(r).as("round %d offset %d", round, offset).isEqualTo(-1);
                } else {
                    TreeSet<Integer> actual = new TreeSet<>();
                    for (int x : runs.events(r)) {
                        actual.add(x);
                    }
                    assertThat(actual).as("round %d offset %d", round, offset).isEqualTo(expected);
                    assertThat(runs.events(r)).as("no duplicates").doesNotHaveDuplicates();
                }
            }
            for (int r = 1; r < runs.size(); r++) {
                assertThat(runs.start(r)).isGreaterThanOrEqualTo(runs.end(r - 1));
            }
        }
    }

    @Test
    void everyPassageOfTheBundledDatasetIsCoveredByRunsOfItsEvent() {
        Dataset dataset = DatasetReader.loadBundled();
        HighlightRuns runs = HighlightRuns.of(dataset);
        assertThat(runs.size()).isGreaterThanOrEqualTo(dataset.evidenceCount());
        for (int e = 0; e < dataset.events().size(); e++) {
            Event event = dataset.events().get(e);
            for (Evidence evidence : event.evidence()) {
                for (int offset = evidence.start(); offset < evidence.end(); offset++) {
                    int r = runs.runAt(offset);
                    assertThat(r).isNotNegative();
                    assertThat(runs.hasEvent(r, e)).as(event.id() + " at " + offset).isTrue();
                }
            }
        }
    }

    @Test
    void runsOfOneArticleHoldOnlyItsPassagesAtItsOwnOffsets() {
        org.sourceline.model.Dataset three = org.sourceline.TestDatasets.threeArticles();
        // Events: 0 meeting, 1 deal, 2 strike, 3 rumour, 4 unquoted.
        String wire = three.article("wire").text();
        assertThat(describe(HighlightRuns.of(three, "wire"))).containsExactly(
                "0-23:0", (wire.indexOf("Alpha signed")) + "-" + (wire.indexOf(" Gamma")) + ":1",
                (wire.indexOf("Gamma")) + "-" + wire.length() + ":2");
        String paper = three.article("paper").text();
        int denied = paper.indexOf("Beta denied");
        int met = paper.indexOf("Alpha met");
        int none = paper.indexOf("No strike");
        assertThat(describe(HighlightRuns.of(three, "paper"))).containsExactly(
                denied + "-" + (denied + "Beta denied meeting Alpha.".length()) + ":0,3",
                met + "-" + (met + "Alpha met Beta in 2022, a source said.".length()) + ":0",
                none + "-" + paper.length() + ":2");
        assertThat(describe(HighlightRuns.of(three, "blog"))).containsExactly(
                "0-" + three.article("blog").text().length() + ":2");
        assertThat(HighlightRuns.of(three, "nowhere").size()).isZero();
    }

    @Test
    void runsOfTheOnlyArticleAreThoseOfTheWholeDataset() {
        org.sourceline.model.Dataset bundled = org.sourceline.data.DatasetReader.loadBundled();
        assertThat(describe(HighlightRuns.of(bundled, bundled.article().id())))
                .isEqualTo(describe(HighlightRuns.of(bundled)));
    }

    @Test
    void passagesGatheredByArticleGiveEachArticlesRunsAsAScanWould() {
        org.sourceline.model.Dataset three = org.sourceline.TestDatasets.threeArticles();
        ArticlePassages passages = ArticlePassages.of(three);
        for (org.sourceline.model.Article article : three.articles()) {
            assertThat(describe(passages.runs(article.id()))).as(article.id())
                    .isEqualTo(describe(HighlightRuns.of(three, article.id())));
        }
        assertThat(passages.count("paper")).isEqualTo(4);
        assertThat(passages.count("wire")).isEqualTo(3);
        assertThat(passages.runs("nowhere").size()).isZero();
        assertThat(passages.dataset()).isSameAs(three);
    }
}
