package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.sourceline.RandomEdits;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.edit.ChangeEvent;
import org.sourceline.edit.EditException;
import org.sourceline.edit.EventBuilder;
import org.sourceline.edit.NewEvent;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;

/**
 * The visible events follow an edit with the smallest change (the table re-sorts one row, not
 * all), always equal to the filter result's events in time order, and every event's place in
 * them is found without a scan.
 */
@org.junit.jupiter.api.extension.ExtendWith(OnFxThread.class)
class AppModelVisibleEventsTest {
    private final AppModel model = new AppModel();
    private final List<ListChangeListener.Change<? extends Event>> changes = new ArrayList<>();

    AppModelVisibleEventsTest() {
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
        model.visibleEvents().addListener((ListChangeListener<Event>) c -> changes.add(c));
    }

    private List<Event> expected() {
        EventIndex index = model.getFilterResult().index();
        List<Event> out = new ArrayList<>();
        for (int e : model.getFilterResult().visibleInTimeOrder()) {
            out.add(index.event(e));
        }
        return out;
    }

    private static int added(ListChangeListener.Change<? extends Event> c) {
        int n = 0;
        c.reset();
        while (c.next()) {
            n += c.getAddedSize();
        }
        return n;
    }

    @Test
    void aNewEventIsOneInsertionAndEveryPositionIsFound() throws EditException {
        Event base = model.getDataset().event("drone-deal");
        model.apply(new NewEvent(EventBuilder.from(base).id("fresh").title("A new event").build()));
        assertThat(model.visibleEvents()).containsExactlyElementsOf(expected());
        assertThat(changes).hasSize(1);
        assertThat(added(changes.get(0))).isEqualTo(1);
        for (int i = 0; i < model.visibleEvents().size(); i++) {
            assertThat(model.visiblePosition(model.visibleEvents().get(i))).isEqualTo(i);
        }
    }

    @Test
    void aChangedEventReplacesOneRowAndUndoPutsItBack() throws EditException {
        Event old = model.getDataset().event("drone-deal");
        List<Event> before = List.copyOf(model.visibleEvents());
        model.apply(new ChangeEvent(old.id(), EventBuilder.from(old).title("Renamed").build(), "Rename"));
        assertThat(model.visibleEvents()).containsExactlyElementsOf(expected());
        assertThat(added(changes.get(changes.size() - 1))).isEqualTo(1);
        model.undo();
        assertThat(model.visibleEvents()).containsExactlyElementsOf(before);
        assertThat(model.visiblePosition(old)).isEqualTo(before.indexOf(old));
    }

    @Test
    void aFilterHidingAnEventHasNoPositionForIt() {
        Event shown = model.visibleEvents().get(0);
        model.setFilter(EventFilter.NONE.withText("no event says this ~~~"));
        assertThat(model.visibleEvents()).isEmpty();
        assertThat(model.visiblePosition(shown)).isEqualTo(-1);
        assertThat(model.visiblePosition(null)).isEqualTo(-1);
    }

    /** Any random walk of edits, undos and redos: the patched list is always the one built afresh. */
    @Test
    void patchedListsEqualBuiltOnes() {
        Dataset start = TestDatasets.random(400, 10, 3);
        RandomEdits walk = new RandomEdits(start, 3);
        EventIndex index = EventIndex.of(start);
        ObservableList<Event> list = FXCollections.observableArrayList(index.dataset().events());
        list.setAll(inTimeOrder(index));
        for (int i = 0; i < 80; i++) {
            RandomEdits.Step step = walk.next();
            index = index.derive(step.after(), step.diff());
            int[] order = index.timeOrder();
            AppModel.replaceChanged(list, order, index);
            assertThat(list).as("step " + i + ": " + step.what()).containsExactlyElementsOf(inTimeOrder(index));
        }
    }

    /**
     * The same walk with the list's order given as positions wherever the edit leaves positions
     * meaning the same events (New Event, its undo and redo, a deletion at the end): the orders
     * compared as ints give the list built afresh too.
     */
    @Test
    void listsPatchedFromPositionsEqualBuiltOnes() {
        Dataset start = TestDatasets.random(400, 10, 5);
        RandomEdits walk = new RandomEdits(start, 5);
        EventIndex index = EventIndex.of(start);
        ObservableList<Event> list = FXCollections.observableArrayList(inTimeOrder(index));
        int[] listOrder = index.timeOrder();
        int fromPositions = 0;
        for (int i = 0; i < 120; i++) {
            RandomEdits.Step step = walk.next();
            EventIndex next = index.derive(step.after(), step.diff());
            int[] order = next.timeOrder();
            if (AppModel.positionsMeanTheSameEvents(step.diff(), index.size())) {
                AppModel.replaceChanged(list, listOrder, order, next);
                fromPositions++;
            } else {
                AppModel.replaceChanged(list, order, next);
            }
            assertThat(list).as("step " + i + ": " + step.what()).containsExactlyElementsOf(inTimeOrder(next));
            index = next;
            listOrder = order;
        }
        assertThat(fromPositions).as("steps patched from positions").isPositive();
    }

    @Test
    void aReplacedEventDoesNotLetPositionsStandForEvents() {
        assertThat(AppModel.positionsMeanTheSameEvents(org.sourceline.model.DatasetDiff.eventChanged(3), 10)).isFalse();
        assertThat(AppModel.positionsMeanTheSameEvents(new org.sourceline.model.DatasetDiff(new int[] {9}, new int[0],
                new int[0], new int[0], false, false), 10)).isTrue();
        assertThat(AppModel.positionsMeanTheSameEvents(new org.sourceline.model.DatasetDiff(new int[] {4}, new int[0],
                new int[0], new int[0], false, false), 10)).isFalse();
    }

    private static List<Event> inTimeOrder(EventIndex index) {
        List<Event> out = new ArrayList<>();
        for (int e : index.timeOrder()) {
            out.add(index.event(e));
        }
        return out;
    }
}
