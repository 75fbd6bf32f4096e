package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

class EditsTest {
    private final Dataset bundled = DatasetReader.loadBundled();

    private Event event(String id) {
        return bundled.event(id);
    }

    private Event newEvent(String id, String title, List<Actor> sources) {
        Article article = bundled.article();
        int at = article.text().indexOf("drones");
        Evidence quote = Passages.evidence(article, at, at + "drones".length(), Stance.SUPPORTS);
        return new Event(id, title, null, event("drone-deal").time(), EventType.AID, null, null, sources, List.of(),
                List.of(), Certainty.of(CertaintyLevel.STATED), List.of(quote));
    }

    /** Kept events are the very same objects at the positions the diff says; the rest are new. */
    static void assertDiffDescribes(Dataset before, Dataset after, DatasetDiff diff) {
        int[] newToOld = diff.newToOldEvents(before.events().size());
        assertThat(newToOld).hasSize(after.events().size());
        for (int p = 0; p < newToOld.length; p++) {
            if (newToOld[p] >= 0) {
                assertThat(after.events().get(p)).isSameAs(before.events().get(newToOld[p]));
            }
        }
        for (int p : diff.insertedEvents()) {
            assertThat(before.events()).noneMatch(e -> e == after.events().get(p));
        }
        int[] actorsNewToOld = diff.newToOldActors(before.actors().size());
        assertThat(actorsNewToOld).hasSize(after.actors().size());
        for (int p = 0; p < actorsNewToOld.length; p++) {
            if (actorsNewToOld[p] >= 0) {
                assertThat(after.actors().get(p)).isSameAs(before.actors().get(actorsNewToOld[p]));
            }
        }
    }

    @Test
    void newEventIsAppendedAndSharesEveryOtherEvent() throws EditException {
        Event made = newEvent("iran-sends-drones", "Iran sends drones", List.of(bundled.actor("iran")));
        Edit edit = new NewEvent(made);
        Edit.Applied applied = edit.apply(bundled);
        assertThat(edit.name()).isEqualTo("New Event");
        Dataset next = applied.dataset();
        assertThat(next.events()).hasSize(bundled.events().size() + 1);
        assertThat(next.events().get(next.events().size() - 1)).isEqualTo(made);
        assertThat(next.actors()).isSameAs(bundled.actors());
        assertThat(next.articles()).isSameAs(bundled.articles());
        assertThat(applied.focusEventId()).isEqualTo("iran-sends-drones");
        assertThat(applied.diff().insertedEvents()).containsExactly(bundled.events().size());
        assertDiffDescribes(bundled, next, applied.diff());
        assertThat(bundled.events()).hasSize(17).doesNotContain(made);
    }

    @Test
    void newEventIsRefusedWithValidatesWords() {
        Event noActors = newEvent("x", "Something", List.of());
        assertThatThrownBy(() -> new NewEvent(noActors).apply(bundled)).isInstanceOf(EditException.class)
                .hasMessage("no actors: give at least one in \"source\", \"target\" or \"participants\"");
        Event duplicate = newEvent("drone-deal", "Something", List.of(bundled.actor("iran")));
        assertThatThrownBy(() -> new NewEvent(duplicate).apply(bundled)).hasMessage("duplicate event id");
        Event blank = newEvent("y", "  ", List.of(bundled.actor("iran")));
        assertThatThrownBy(() -> new NewEvent(blank).apply(bundled)).hasMessage("title must not be empty");
        Actor stranger = new Actor("irn", "Iran?", ActorKind.STATE, null, null, null);
        Event unknown = newEvent("z", "Something", List.of(stranger));
        assertThatThrownBy(() -> new NewEvent(unknown).apply(bundled))
                .hasMessage("unknown actor \"irn\" (did you mean \"iran\"?)");
    }

    @Test
    void newEventBringsTheActorsMadeForIt() throws EditException {
        Actor hezbollah = new Actor("hezbollah", "Hezbollah", ActorKind.GROUP, "iran", null, null);
        Event made = newEvent("hezbollah-gets-drones", "Hezbollah gets drones", List.of(hezbollah));
        Edit.Applied applied = new NewEvent(made, List.of(hezbollah)).apply(bundled);
        assertThat(applied.dataset().actor("hezbollah")).isEqualTo(hezbollah);
        assertThat(applied.diff().insertedActors()).containsExactly(bundled.actors().size());
        assertDiffDescribes(bundled, applied.dataset(), applied.diff());
    }

    @Test
    void changeEventReplacesItInPlace() throws EditException {
        Event before = event("moscow-embraces-tehran");
        Event changed = new Event(before.id(), "The war may be pushing Moscow to embrace Iran", before.summary(),
                before.time(), before.type(), before.mode(), before.place(), before.sources(), before.targets(),
                before.participants(), before.certainty(), before.evidence());
        Edit edit = new ChangeEvent(before.id(), changed, ChangeEvent.named("Title", before));
        assertThat(edit.name()).isEqualTo("Change Title of “Moscow embraces Iran as a top partner”");
        Edit.Applied applied = edit.apply(bundled);
        int at = bundled.events().indexOf(before);
        assertThat(applied.dataset().events().get(at).title()).isEqualTo("The war may be pushing Moscow to embrace Iran");
        assertThat(applied.diff().removedEvents()).containsExactly(at);
        assertThat(applied.diff().insertedEvents()).containsExactly(at);
        assertDiffDescribes(bundled, applied.dataset(), applied.diff());
        assertThatThrownBy(() -> new ChangeEvent(before.id(), before, "Nothing").apply(bundled))
                .hasMessageContaining("nothing to change");
        Event clash = new Event("drone-deal", before.title(), null, before.time(), before.type(), null, null,
                before.sources(), before.targets(), before.participants(), before.certainty(), before.evidence());
        assertThatThrownBy(() -> new ChangeEvent(before.id(), clash, "Change Id").apply(bundled))
                .hasMessage("duplicate event id");
    }

    @Test
    void deleteEventNamesItAndRemovesIt() throws EditException {
        Event doomed = event("drones-on-display");
        Edit edit = new DeleteEvent(doomed);
        assertThat(edit.name()).isEqualTo("Delete Event " + Versions.quoted(doomed.title()));
        Edit.Applied applied = edit.apply(bundled);
        assertThat(applied.dataset().events()).hasSize(16).doesNotContain(doomed);
        assertThat(applied.diff().removedEvents()).containsExactly(bundled.events().indexOf(doomed));
        assertDiffDescribes(bundled, applied.dataset(), applied.diff());
        assertThatThrownBy(() -> edit.apply(applied.dataset())).hasMessageContaining("no event \"drones-on-display\"");
    }

    @Test
    void evidenceIsAddedRegradedAndRemoved() throws EditException {
        Event target = event("drone-deal");
        Article article = bundled.article();
        int at = article.text().indexOf("Iran");
        Evidence disputing = Passages.evidence(article, at, at + 4, Stance.DISPUTES);
        Edit add = EvidenceEdits.add(target, disputing);
        assertThat(add.name()).startsWith("Add Disputing Evidence to “");
        Dataset withQuote = add.apply(bundled).dataset();
        Event added = withQuote.event("drone-deal");
        assertThat(added.evidence()).hasSize(target.evidence().size() + 1);
        assertThat(added.isDisputed()).isTrue();
        assertThatThrownBy(() -> add.apply(withQuote)).hasMessageContaining("already has this quote");

        int last = added.evidence().size() - 1;
        Dataset supported = EvidenceEdits.stance(added, last, Stance.SUPPORTS).apply(withQuote).dataset();
        assertThat(supported.event("drone-deal").isDisputed()).isFalse();
        Dataset removed = EvidenceEdits.remove(added, last).apply(withQuote).dataset();
        assertThat(removed.event("drone-deal").evidence()).isEqualTo(target.evidence());
        assertThatThrownBy(() -> EvidenceEdits.remove(added, 9).apply(withQuote)).hasMessageContaining("no evidence number 10");
    }

    @Test
    void renamingAnActorChangesItInEveryEvent() throws EditException {
        Actor iran = bundled.actor("iran");
        Actor renamed = new Actor("iran", "Islamic Republic of Iran", iran.kind(), iran.affiliationId(), iran.role(),
                iran.description());
        Edit edit = new ChangeActor(iran, renamed);
        assertThat(edit.name()).isEqualTo("Rename Actor “Iran” to “Islamic Republic of Iran”");
        Edit.Applied applied = edit.apply(bundled);
        Dataset next = applied.dataset();
        assertThat(next.actor("iran")).isSameAs(renamed);
        for (Event e : next.events()) {
            assertThat(e.actors()).doesNotContain(iran);
            assertThat(e.certainty().attributedTo()).doesNotContain(iran);
        }
        long involving = bundled.events().stream().filter(e -> e.involves(iran)).count();
        assertThat(applied.diff().insertedEventCount()).isEqualTo((int) involving);
        assertDiffDescribes(bundled, next, applied.diff());
    }

    @Test
    void changingAnActorsIdCarriesItsAffiliates() throws EditException {
        Actor russia = bundled.actor("russia");
        Actor renamed = new Actor("russian-federation", russia.name(), russia.kind(), null, null, null);
        Dataset next = new ChangeActor(russia, renamed).apply(bundled).dataset();
        assertThat(next.actor("patrushev").affiliationId()).isEqualTo("russian-federation");
        assertThat(next.event("patrushev-visits-iran").sources()).contains(next.actor("patrushev"), renamed);
    }

    @Test
    void mergingActorsMovesRolesAttributionsAndAffiliations() throws EditException {
        Actor experts = bundled.actor("experts");
        Actor regional = bundled.actor("regional-experts");
        Edit edit = new MergeActors(regional, experts);
        assertThat(edit.name()).isEqualTo("Merge “Regional experts” into “Experts”".replace("Regional experts",
                regional.name()).replace("Experts", experts.name()));
        Edit.Applied applied = edit.apply(bundled);
        Dataset next = applied.dataset();
        assertThat(next.actor("regional-experts")).isNull();
        assertThat(next.event("iran-military-support").certainty().attributedTo()).extracting(Actor::id)
                .containsExactly("us-officials", "experts");
        assertThat(applied.diff().removedActors()).containsExactly(bundled.actors().indexOf(regional));
        assertDiffDescribes(bundled, next, applied.diff());

        Actor russia = bundled.actor("russia");
        Actor military = bundled.actor("russian-military");
        Dataset merged = new MergeActors(russia, military).apply(bundled).dataset();
        // Patrushev was affiliated with Russia; he now belongs to the actor Russia joined.
        assertThat(merged.actor("patrushev").affiliationId()).isEqualTo("russian-military");
        assertThat(merged.actor("russian-military").affiliationId()).isNull();
        assertThat(merged.event("patrushev-visits-iran").sources()).extracting(Actor::id)
                .containsExactly("patrushev", "russian-military");
        assertThatThrownBy(() -> new MergeActors(russia, russia).apply(bundled)).hasMessageContaining("into itself");
    }

    @Test
    void anActorInUseIsNotDeletedAndTheRefusalSaysWhere() throws EditException {
        Actor zelensky = bundled.actor("zelensky");
        assertThatThrownBy(() -> new DeleteActor(zelensky).apply(bundled)).isInstanceOf(EditException.class)
                .hasMessage("actor “Volodymyr Zelensky” is used by 1 event: “" + event("ukraine-downs-80-drones").title()
                        + "”: change those first, or merge the actor into another");
        Actor iran = bundled.actor("iran");
        assertThatThrownBy(() -> new DeleteActor(iran).apply(bundled)).hasMessageContaining("is used by 17 events: ")
                .hasMessageContaining(" and 14 more");
        Actor russia = bundled.actor("russia");
        assertThatThrownBy(() -> new DeleteActor(russia).apply(bundled))
                .hasMessageContaining("and 10 more, and is the affiliation of “Russian armed forces”, “Russian companies”, “Nikolai Patrushev”");

        Actor unused = new Actor("unused", "Nobody", ActorKind.PERSON, null, null, null);
        Dataset with = new NewActor(unused).apply(bundled).dataset();
        Edit.Applied deleted = new DeleteActor(unused).apply(with);
        assertThat(deleted.dataset().actors()).isEqualTo(bundled.actors());
        assertDiffDescribes(with, deleted.dataset(), deleted.diff());
    }

    @Test
    void newActorsAreCheckedLikeTheReaderChecksThem() {
        Actor duplicate = new Actor("iran", "Iran again", ActorKind.STATE, null, null, null);
        assertThatThrownBy(() -> new NewActor(duplicate).apply(bundled)).hasMessage(DatasetRules.duplicateActorId("iran"));
        Actor self = new Actor("me", "Me", ActorKind.PERSON, "me", null, null);
        assertThatThrownBy(() -> new NewActor(self).apply(bundled)).hasMessage("actor \"me\" cannot be affiliated with itself");
        Actor lost = new Actor("x", "X", ActorKind.PERSON, "rusia", null, null);
        assertThatThrownBy(() -> new NewActor(lost).apply(bundled))
                .hasMessage("actor \"x\": unknown affiliation \"rusia\" (did you mean \"russia\"?)");
    }

    @Test
    void articleDetailsChangeButNotItsText() throws EditException {
        Article article = bundled.article();
        Article dated = new Article(article.id(), article.title(), article.outlet(), "Someone", article.url(),
                article.published(), article.language(), article.text(), article.textFile(), article.sha256(),
                article.note());
        Edit.Applied applied = ArticleEdits.change(dated).apply(bundled);
        assertThat(applied.dataset().article().author()).isEqualTo("Someone");
        assertThat(applied.dataset().events()).isEqualTo(bundled.events());
        assertThat(applied.diff().articlesChanged()).isTrue();
        Article rewritten = new Article(article.id(), article.title(), null, null, null, null, null, "other text", null,
                null, null);
        assertThatThrownBy(() -> ArticleEdits.change(rewritten).apply(bundled)).hasMessageContaining("text cannot change");

        Article second = new Article("second", "Another story", null, null, null, null, null, "Some text.", null, null, null);
        Dataset two = ArticleEdits.add(second).apply(bundled).dataset();
        assertThat(two.articles()).hasSize(2);
        assertThatThrownBy(() -> ArticleEdits.add(second).apply(two)).hasMessage("duplicate article id \"second\"");
        assertThat(ArticleEdits.retitle("Mine").apply(bundled).dataset().title()).isEqualTo("Mine");
    }

    @Test
    void aSequenceIsOneStepWithOneDiff() throws EditException {
        Actor hamas = new Actor("hamas", "Hamas", ActorKind.GROUP, null, null, null);
        Event target = event("drone-deal");
        Event withHamas = new Event(target.id(), target.title(), target.summary(), target.time(), target.type(),
                target.mode(), target.place(), target.sources(), List.of(bundled.actor("iran"), hamas), List.of(),
                target.certainty(), target.evidence());
        Edit sequence = new EditSequence("Add New Actor “Hamas” as Target",
                List.of(new NewActor(hamas), new ChangeEvent(target.id(), withHamas, "x")));
        Edit.Applied applied = sequence.apply(bundled);
        assertThat(applied.dataset().event("drone-deal").targets()).contains(hamas);
        assertThat(applied.focusEventId()).isEqualTo("drone-deal");
        assertDiffDescribes(bundled, applied.dataset(), applied.diff());
        // Nothing is made when a later step is refused.
        Edit refused = new EditSequence("Bad", List.of(new NewActor(hamas), new NewActor(hamas)));
        assertThatThrownBy(() -> refused.apply(bundled)).isInstanceOf(EditException.class);
    }
}
