package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.edit.ChangeEvent;
import org.sourceline.edit.DeleteEvent;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EventBuilder;
import org.sourceline.edit.MergeActors;
import org.sourceline.edit.NewEvent;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;

/** The view-model's history: each edit shows at once, undo and redo walk the versions, the dirty flag follows. */
@org.junit.jupiter.api.extension.ExtendWith(OnFxThread.class)
class AppModelEditingTest {
    private final AppModel model = new AppModel();

    AppModelEditingTest() {
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
    }

    private Event newEvent(String id) {
        Event base = model.getDataset().event("drone-deal");
        return EventBuilder.from(base).id(id).title("A new event " + id).build();
    }

    private void assertIndexIsFresh() {
        EventIndex derived = model.getLoaded().index();
        EventIndex built = EventIndex.of(model.getDataset());
        assertThat(derived.timeOrder()).isEqualTo(built.timeOrder());
        for (int e = 0; e < built.size(); e++) {
            assertThat(derived.indexOf(built.event(e))).isEqualTo(e);
        }
    }

    @Test
    void anEditShowsAtOnceSelectedAndUndoable() throws EditException {
        LoadedDataset before = model.getLoaded();
        assertThat(model.isDirty()).isFalse();
        model.apply(new NewEvent(newEvent("fresh")));
        LoadedDataset after = model.getLoaded();
        assertThat(after.isVersionOf(before)).isTrue();
        assertThat(after.change().insertedEvents()).containsExactly(16);
        assertThat(model.getSelectedEvent().id()).isEqualTo("fresh");
        assertThat(model.visibleEvents()).contains(model.getSelectedEvent());
        assertThat(model.getFilterResult().index()).isSameAs(after.index());
        assertThat(model.isDirty()).isTrue();
        assertThat(model.undoNameProperty().get()).isEqualTo("New Event");
        assertThat(after.read().quotesTotal()).isEqualTo(before.read().quotesTotal() + 1);
        assertIndexIsFresh();

        model.undo();
        assertThat(model.getDataset()).isSameAs(before.dataset());
        assertThat(model.getLoaded().index()).isSameAs(before.index());
        assertThat(model.isDirty()).isFalse();
        assertThat(model.redoNameProperty().get()).isEqualTo("New Event");
        assertThat(model.visibleEvents()).hasSize(16);
        model.redo();
        assertThat(model.getSelectedEvent().id()).isEqualTo("fresh");
        assertThat(model.visibleEvents()).hasSize(17);
    }

    @Test
    void undoAndRedoToAKeptVersionShowItsFilterResultAgainWithoutFilteringUnlessTheFilterChanged() throws EditException {
        List<EventFilter> filtered = new java.util.ArrayList<>();
        model.computation = (engine, filter, cancelled) -> {
            filtered.add(filter);
            return engine.apply(filter, cancelled);
        };
        var before = model.getFilterResult();
        model.apply(new NewEvent(newEvent("fresh")));
        var after = model.getFilterResult();
        filtered.clear();

        model.undo();
        assertThat(filtered).isEmpty();
        assertThat(model.getFilterResult()).isSameAs(before);
        assertThat(model.visibleEvents()).hasSize(16);
        model.redo();
        assertThat(filtered).isEmpty();
        assertThat(model.getFilterResult()).isSameAs(after);
        assertThat(model.visibleEvents()).hasSize(17).contains(model.getSelectedEvent());
        assertThat(model.visiblePosition(model.getSelectedEvent())).isEqualTo(model.visibleEvents().indexOf(model.getSelectedEvent()));

        // Another filter since: the version reached is filtered with it, not shown with its old result.
        EventFilter agreements = EventFilter.NONE.withTypes(Set.of(EventType.AGREE));
        model.setFilter(agreements);
        filtered.clear();
        model.undo();
        assertThat(filtered).containsExactly(agreements);
        assertThat(model.getFilterResult().filter()).isEqualTo(agreements);
        assertThat(model.getFilterResult().index()).isSameAs(model.getLoaded().index());
        assertThat(model.visibleEvents()).allMatch(e -> e.type() == EventType.AGREE);
        // Without its indexes kept, a version is derived and filtered.
        model.forgetKeptVersions();
        filtered.clear();
        model.redo();
        assertThat(filtered).isNotEmpty().first().isEqualTo(agreements);
    }

    @Test
    void viewsFollowingTheShownEventHearOfAnEditOnceWithVersionAndSelectionBothSet() throws EditException {
        List<String> heard = new java.util.ArrayList<>();
        model.followShown(() -> heard.add(model.getDataset().events().size() + ":"
                + (model.getSelectedEvent() == null ? "none" : model.getSelectedEvent().id())));

        model.apply(new NewEvent(newEvent("fresh")));
        assertThat(heard).containsExactly("17:fresh");
        model.undo();
        assertThat(heard).containsExactly("17:fresh", "16:none");
        model.redo();
        assertThat(heard).containsExactly("17:fresh", "16:none", "17:fresh");

        // A selection alone, and another dataset, are heard as they happen.
        model.setSelectedEvent(model.getDataset().event("drone-deal"));
        assertThat(heard).last().isEqualTo("17:drone-deal");
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
        assertThat(heard).last().isEqualTo("16:none");
    }

    @Test
    void undoSelectsWhatWasSelectedBefore() throws EditException {
        Event deal = model.getDataset().event("drone-deal");
        model.setSelectedEvent(deal);
        Event changed = EventBuilder.from(deal).type(EventType.AID).build();
        model.apply(new ChangeEvent(deal.id(), changed, ChangeEvent.named("Type", deal)));
        assertThat(model.getSelectedEvent()).isEqualTo(changed);
        model.undo();
        assertThat(model.getSelectedEvent()).isSameAs(deal);
        model.apply(new DeleteEvent(deal));
        assertThat(model.getSelectedEvent()).isNull();
        model.undo();
        assertThat(model.getSelectedEvent()).isSameAs(deal);
        assertIndexIsFresh();
    }

    @Test
    void aFilterThatWouldHideTheEditedEventGivesWay() throws EditException {
        model.setFilter(EventFilter.NONE.withActors(Set.of("ukraine")));
        assertThat(model.visibleEvents()).hasSize(2);
        model.apply(new NewEvent(newEvent("hidden")));
        assertThat(model.getFilter()).isEqualTo(EventFilter.NONE);
        assertThat(model.getSelectedEvent().id()).isEqualTo("hidden");
        assertThat(model.noticeProperty().get()).isEqualTo("Filters cleared to show “A new event hidden”");
    }

    @Test
    void savingMarksTheVersionAndUndoingPastItMakesItUnsavedAgain() throws EditException {
        model.apply(new NewEvent(newEvent("one")));
        Dataset saved = model.getDataset();
        model.markSaved(saved, Path.of("/tmp/saved.json"));
        assertThat(model.isDirty()).isFalse();
        assertThat(model.getFile()).isEqualTo(Path.of("/tmp/saved.json"));
        assertThat(model.getLoaded().file()).isEqualTo(Path.of("/tmp/saved.json"));
        model.undo();
        assertThat(model.isDirty()).isTrue();
        model.redo();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aRefusedEditChangesNothing() {
        LoadedDataset before = model.getLoaded();
        Event noActors = EventBuilder.from(newEvent("x")).actors(org.sourceline.model.Role.SOURCE, List.of())
                .actors(org.sourceline.model.Role.TARGET, List.of()).build();
        assertThatThrownBy(() -> model.apply(new NewEvent(noActors))).isInstanceOf(EditException.class);
        assertThat(model.getLoaded()).isSameAs(before);
        assertThat(model.isDirty()).isFalse();
        assertThat(model.undoNameProperty().get()).isNull();
    }

    @Test
    void mergingActorsRenumbersTheLanesAndUndoRestoresThem() throws EditException {
        Dataset bundled = model.getDataset();
        Actor regional = bundled.actor("regional-experts");
        model.apply(new MergeActors(regional, bundled.actor("experts")));
        assertThat(model.getLoaded().index().actorCount()).isEqualTo(bundled.actors().size() - 1);
        assertIndexIsFresh();
        model.undo();
        assertThat(model.getLoaded().index().actorCount()).isEqualTo(bundled.actors().size());
        assertThat(model.getDataset()).isSameAs(bundled);
    }

    @Test
    void aCreatedDatasetIsUnsavedUntilSaved() {
        Dataset bundled = model.getDataset();
        Dataset empty = new Dataset("New", null, bundled.article(), List.of(), List.of());
        model.open(LoadedDataset.created(empty), EventFilter.NONE, false);
        assertThat(model.isDirty()).isTrue();
        assertThat(model.getFile()).isNull();
        assertThat(model.visibleEvents()).isEmpty();
    }

    @Test
    void onABigDatasetPanelsFollowAnEditAfterTheTimelineInTheOrderTheChangesCame() throws EditException {
        List<String> heard = new java.util.ArrayList<>();
        model.followShown(() -> heard.add("shown " + (model.getSelectedEvent() == null ? null : model.getSelectedEvent().id())));
        model.loadedProperty().addListener((obs, old, now) -> model.updatePanel(() -> heard.add("version " + now.index().size())));
        model.filterResultProperty().addListener((obs, old, now) -> model.updatePanel(() -> heard.add("result " + now.totalCount())));
        model.panelsAfterTimelineFrom = 0; // the bundled dataset counts as big here

        model.apply(new NewEvent(newEvent("late")));
        // The timeline's inputs are published at once; the panels' responses wait for its frame.
        assertThat(model.getSelectedEvent().id()).isEqualTo("late");
        assertThat(model.getFilterResult().totalCount()).isEqualTo(17);
        assertThat(heard).isEmpty();
        assertThat(model.panelsPending()).isTrue();

        // Any later change runs the waiting responses first, in order, then its own (a follower of
        // followShown reads the model when it runs, so it shows the selection of now).
        model.setSelectedEvent(model.getDataset().event("drone-deal"));
        assertThat(heard).containsExactly("version 17", "shown drone-deal", "result 17", "shown drone-deal");
        assertThat(model.panelsPending()).isFalse();

        // Below the threshold, panels follow at once.
        heard.clear();
        model.panelsAfterTimelineFrom = AppModel.PANELS_AFTER_TIMELINE_FROM;
        model.undo();
        assertThat(model.panelsPending()).isFalse();
        assertThat(heard).containsExactly("version 16", "shown null", "result 16");
    }
}
