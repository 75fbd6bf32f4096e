package org.sourceline.data.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Merging datasets: articles appended (the same text kept once, clashing ids renamed), actors
 * matched by id and by name, clashing event ids renamed, likely duplicates listed and merged only
 * when asked, each step reported.
 */
class DatasetMergerTest {
    private static final Dataset BUNDLED = DatasetReader.loadBundled();
    /** An invented second report of the story: actors matched by id and by name, a duplicate, two id clashes. */
    private static final Dataset SECOND = TestDatasets.read("/datasets/merge/second-report.json");
    /** Five events of the Wikinews test article, another story altogether. */
    private static final Dataset SHUTTLES = TestDatasets.read("/datasets/merge/shuttle-homes.json");

    private static MergePlan plan(Dataset... datasets) {
        List<DatasetMerger.Input> inputs = new ArrayList<>();
        String[] names = {"a.json", "b.json", "c.json"};
        for (int i = 0; i < datasets.length; i++) {
            inputs.add(new DatasetMerger.Input(names[i], datasets[i]));
        }
        return DatasetMerger.plan(inputs);
    }

    private static List<String> texts(MergePlan plan, MergeNote.Kind kind) {
        return plan.notes(kind).stream().map(MergeNote::describe).toList();
    }

    @Test
    void actorsMatchByIdThenByNameAndEachMatchIsReported() {
        MergePlan plan = plan(BUNDLED, SECOND);
        assertThat(texts(plan, MergeNote.Kind.ACTOR_BY_ID)).containsExactly("b.json: actor \"Russia\" (russia) matched by id");
        assertThat(texts(plan, MergeNote.Kind.ACTOR_BY_NAME))
                .containsExactly("b.json: actor \"Irán\" (tehran) matched \"Iran\" (iran) by name");
        Dataset merged = plan.keepBoth(null).dataset();
        assertThat(merged.actors()).hasSize(BUNDLED.actors().size() + 1);
        assertThat(merged.actor("tehran")).isNull();
        // Wagner is new; its affiliation names the merged Russia.
        assertThat(merged.actor("wagner").affiliationId()).isEqualTo("russia");
        Event denial = merged.event("iran-military-support-2");
        assertThat(denial.sources()).containsExactly(merged.actor("iran"));
        assertThat(denial.certainty().attributedTo()).containsExactly(merged.actor("iran"));
    }

    @Test
    void clashingIdsAreRenamedAndReported() {
        MergePlan plan = plan(BUNDLED, SECOND);
        assertThat(texts(plan, MergeNote.Kind.ARTICLE_RENAMED))
                .containsExactly("b.json: article \"iran-russia-2023\" renamed \"iran-russia-2023-2\" (the id is taken)");
        assertThat(texts(plan, MergeNote.Kind.EVENT_RENAMED)).containsExactly(
                "b.json: event \"drone-deal\" renamed \"drone-deal-2\" (the id is taken)",
                "b.json: event \"iran-military-support\" renamed \"iran-military-support-2\" (the id is taken)");
        Dataset merged = plan.keepBoth("Merged").dataset();
        assertThat(merged.title()).isEqualTo("Merged");
        assertThat(merged.articles()).extracting(Article::id).containsExactly("iran-russia-2023", "iran-russia-2023-2");
        assertThat(merged.events()).hasSize(BUNDLED.events().size() + SECOND.events().size());
        Event renamed = merged.event("drone-deal-2");
        assertThat(renamed.title()).isEqualTo("Russia agrees to buy hundreds of drones from Iran");
        Evidence quote = renamed.evidence().get(0);
        assertThat(quote.articleId()).isEqualTo("iran-russia-2023-2");
        assertThat(merged.articleOf(quote).outlet()).isEqualTo("Test Wire");
        assertThat(quote.exact()).startsWith("Russia agreed in the autumn of 2022");
        // The first dataset's events are the very same objects.
        assertThat(merged.event("drone-deal")).isSameAs(BUNDLED.event("drone-deal"));
    }

    @Test
    void aLikelyDuplicateIsListedAndKeptAsTwoUnlessUnited() {
        MergePlan plan = plan(BUNDLED, SECOND);
        assertThat(plan.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.first().id()).isEqualTo("drone-deal");
            assertThat(d.second().id()).isEqualTo("drone-deal");
            assertThat(d.secondId()).isEqualTo("drone-deal-2");
            assertThat(d.score().total()).isGreaterThanOrEqualTo(DuplicateScore.THRESHOLD);
            assertThat(d.describe()).startsWith("a.json \"drone-deal\" ~ b.json \"drone-deal\" (score 0.")
                    .contains("same type AGREE, 2 shared actors");
        });
        // The denial reuses an id of the bundled dataset but is another type: renamed, never a duplicate.
        assertThat(plan.duplicates()).noneMatch(d -> d.second().id().equals("iran-military-support"));

        MergePlan.Result united = plan.merge(null, d -> true);
        assertThat(united.united()).isEqualTo(1);
        Dataset merged = united.dataset();
        assertThat(merged.events()).hasSize(BUNDLED.events().size() + SECOND.events().size() - 1);
        assertThat(merged.event("drone-deal-2")).isNull();
        Event deal = merged.event("drone-deal");
        assertThat(deal.title()).isEqualTo(BUNDLED.event("drone-deal").title());
        assertThat(deal.evidence()).hasSize(BUNDLED.event("drone-deal").evidence().size() + 1);
        assertThat(deal.sourceCount()).isEqualTo(2);
        assertThat(united.notes()).extracting(MergeNote::describe).contains(
                "b.json: event \"drone-deal\" merged into \"drone-deal\" (a.json): 1 quote added");
    }

    @Test
    void theSameArticleInBothIsKeptOnceAndTheSelfMergeGivesTheDatasetBack() {
        MergePlan plan = plan(BUNDLED, BUNDLED);
        assertThat(plan.articles()).hasSize(1);
        assertThat(texts(plan, MergeNote.Kind.ARTICLE_SHARED)).containsExactly(
                "b.json: article \"iran-russia-2023\" has the same text as \"iran-russia-2023\": kept once");
        assertThat(plan.notes(MergeNote.Kind.ACTOR_BY_ID)).hasSize(BUNDLED.actors().size());
        assertThat(plan.notes(MergeNote.Kind.EVENT_RENAMED)).hasSize(BUNDLED.events().size());
        // Each event pairs with its own copy, and with nothing else.
        assertThat(plan.duplicates()).hasSize(BUNDLED.events().size());
        assertThat(plan.duplicates()).allSatisfy(d -> {
            assertThat(d.second()).isSameAs(d.first());
            assertThat(d.score().total()).isEqualTo(1.0);
        });
        Dataset united = plan.merge(null, d -> true).dataset();
        assertThat(united.events()).hasSize(BUNDLED.events().size());
        for (Event event : BUNDLED.events()) {
            assertThat(united.event(event.id()).evidence()).as(event.id()).isEqualTo(event.evidence());
        }
        assertThat(united.eras()).isEqualTo(BUNDLED.eras());
    }

    @Test
    void anotherStoryMatchesOnlyByNameAndHasNoDuplicates() {
        MergePlan plan = plan(BUNDLED, SHUTTLES);
        assertThat(texts(plan, MergeNote.Kind.ACTOR_BY_NAME))
                .containsExactly("b.json: actor \"United States\" (usa) matched \"United States\" (united-states) by name");
        assertThat(plan.notes(MergeNote.Kind.ACTOR_BY_ID)).isEmpty();
        assertThat(plan.notes(MergeNote.Kind.EVENT_RENAMED)).isEmpty();
        assertThat(plan.duplicates()).isEmpty();
        Dataset merged = plan.keepBoth(null).dataset();
        assertThat(merged.actor("nasa").affiliationId()).isEqualTo("united-states");
        assertThat(merged.articles()).extracting(Article::id)
                .containsExactly("iran-russia-2023", "wikinews-2011-nasa-shuttle-homes");
        assertThat(merged.article("wikinews-2011-nasa-shuttle-homes").textFile())
                .isEqualTo("wikinews-2011-nasa-shuttle-homes.txt");
    }

    @Test
    void threeDatasetsChainTheirMatches() {
        MergePlan plan = plan(BUNDLED, SECOND, SHUTTLES);
        assertThat(plan.inputs()).hasSize(3);
        Dataset merged = plan.merge(null, d -> true).dataset();
        assertThat(merged.articles()).hasSize(3);
        assertThat(merged.events()).hasSize(BUNDLED.events().size() + SECOND.events().size() + SHUTTLES.events().size() - 1);
        // Every quote names an article of the merge, and reads the same words as before.
        for (Event event : merged.events()) {
            for (Evidence quote : event.evidence()) {
                assertThat(merged.articleOf(quote)).as(event.id()).isNotNull();
                assertThat(merged.articleOf(quote).text().substring(quote.start(), quote.end())).isEqualTo(quote.exact());
            }
            for (Actor actor : event.actors()) {
                assertThat(merged.actor(actor.id())).as(event.id()).isSameAs(actor);
            }
        }
    }

    @Test
    void aLaterEventIsListedOnceWithTheEarlierEventMostLikeIt() {
        Actor russia = new Actor("russia", "Russia", org.sourceline.model.ActorKind.STATE, null, null, null);
        Actor iran = new Actor("iran", "Iran", org.sourceline.model.ActorKind.STATE, null, null, null);
        Article article = new Article("a", "A", null, null, null, null, null, "text", null, null, null);
        java.util.function.BiFunction<String, String, Event> deal = (id, title) -> new Event(id, title, null,
                new org.sourceline.model.TimeSpan("2022-23", null, org.sourceline.model.Days.of(2022, 9, 22),
                        org.sourceline.model.Days.of(2022, 12, 20), org.sourceline.model.Qualifier.EXACT,
                        org.sourceline.model.Qualifier.EXACT, null),
                org.sourceline.model.EventType.AGREE, null, null, List.of(russia), List.of(iran), List.of(),
                org.sourceline.model.Certainty.of(org.sourceline.model.CertaintyLevel.STATED), List.of());
        Dataset first = new Dataset("First", null, List.of(article), List.of(russia, iran), List.of(
                deal.apply("missiles", "Russia clinches a deal for Iranian missiles"),
                deal.apply("drones", "Russia clinches a deal for Iranian drones")), List.of());
        Dataset second = new Dataset("Second", null, List.of(article.withId("b")), List.of(russia, iran), List.of(
                deal.apply("drone-deal", "Russia clinches deal for drones")), List.of());
        MergePlan plan = plan(first, second);
        // Both earlier events reach the threshold; the drones deal is the closer one, and the only one listed.
        assertThat(DuplicateScore.compare(first.event("missiles"), second.event("drone-deal")).isLikelyDuplicate()).isTrue();
        assertThat(plan.duplicates()).singleElement().satisfies(d -> assertThat(d.first().id()).isEqualTo("drones"));
        // The same text under another id is one article.
        assertThat(plan.articles()).hasSize(1);
    }

    @Test
    void theBundledDatasetAndTheNasaDatasetShareNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Dataset nasa = TestDatasets.read("/datasets/nasa-shuttle-homes-2011.json");
        MergePlan plan = plan(BUNDLED, nasa);
        // Two stories with no actor, id or event in common: nothing to report, nothing to review.
        assertThat(plan.notes()).isEmpty();
        assertThat(plan.duplicates()).isEmpty();
        Dataset merged = plan.keepBoth("Two stories").dataset();
        assertThat(merged.articles()).extracting(Article::id).containsExactly("iran-russia-2023", "nasa-shuttle-homes-2011");
        assertThat(merged.events()).hasSize(BUNDLED.events().size() + nasa.events().size());
        assertThat(merged.actors()).hasSize(BUNDLED.actors().size() + nasa.actors().size());
        java.nio.file.Path file = dir.resolve("two-stories.json");
        new org.sourceline.data.DatasetWriter().write(merged, file);
        org.sourceline.data.ReadResult read = new DatasetReader().read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.quotesVerified()).isEqualTo(read.quotesTotal())
                .isEqualTo(BUNDLED.evidenceCount() + nasa.evidenceCount());
    }

    @Test
    void twoDatasetsOfTheSameArticleShareItAndTheirQuotesFindTheDuplicates() {
        Dataset nasa = TestDatasets.read("/datasets/nasa-shuttle-homes-2011.json");
        MergePlan plan = plan(nasa, SHUTTLES);
        assertThat(plan.articles()).hasSize(1);
        assertThat(texts(plan, MergeNote.Kind.ARTICLE_SHARED)).containsExactly("b.json: article "
                + "\"wikinews-2011-nasa-shuttle-homes\" has the same text as \"nasa-shuttle-homes-2011\": kept once");
        assertThat(plan.notes(MergeNote.Kind.ACTOR_BY_ID)).extracting(n -> n.text().replaceAll(".*\\((.*)\\).*", "$1"))
                .containsExactly("nasa", "bolden", "cornyn", "gregoire");
        assertThat(texts(plan, MergeNote.Kind.EVENT_RENAMED))
                .containsExactly("b.json: event \"tiles-offered\" renamed \"tiles-offered-2\" (the id is taken)");
        // Every event of the small dataset tells one of the other's, quoting the same words, however titled:
        // "Cornyn disappointed that Houston gets no orbiter" is "Senator Cornyn condemns the decision…".
        assertThat(plan.duplicates()).extracting(d -> d.first().id() + " ~ " + d.second().id()).containsExactlyInAnyOrder(
                "sts-1-launch ~ sts-1", "orbiter-homes-announced ~ homes-announced",
                "cornyn-condemns-decision ~ cornyn-objects", "gregoire-disappointed ~ gregoire-objects",
                "tiles-offered ~ tiles-offered");
        assertThat(plan.duplicates()).allMatch(d -> d.score().sharedQuote());

        MergePlan.Result united = plan.merge(null, d -> true);
        Dataset merged = united.dataset();
        assertThat(merged.events()).hasSize(nasa.events().size());
        // One article told it: uniting the quotes adds no source.
        assertThat(merged.event("cornyn-condemns-decision").sourceCount()).isEqualTo(1);
        assertThat(merged.event("cornyn-condemns-decision").evidence().size())
                .isGreaterThan(nasa.event("cornyn-condemns-decision").evidence().size());
        // The small dataset's United States was only NASA's affiliation there; NASA is the other's, so it goes.
        assertThat(merged.actor("usa")).isNull();
        assertThat(united.notes()).extracting(MergeNote::describe).contains("b.json: actor \"United States\" (usa) left "
                + "out: no event, speaker or affiliation of the merge names it any more");
    }

    @Test
    void namesMatchWithoutCaseAccentsOrFullStops() {
        assertThat(Folding.nameKey("Irán")).isEqualTo(Folding.nameKey("IRAN"));
        assertThat(Folding.nameKey("U.S. officials")).isEqualTo(Folding.nameKey("US  officials"));
        assertThat(Folding.nameKey("Nikolai Patrushev")).isNotEqualTo(Folding.nameKey("Nikolai Patrushev Jr"));
        assertThat(Set.of(Folding.nameKey("Zelensky"), Folding.nameKey("Zelenskyy"))).hasSize(2);
    }
}
