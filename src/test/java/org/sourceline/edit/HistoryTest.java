package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

class HistoryTest {
    private final Dataset bundled = DatasetReader.loadBundled();

    private Edit.Applied delete(History history, String id) throws EditException {
        Edit edit = new DeleteEvent(history.current().event(id));
        Edit.Applied applied = edit.apply(history.current());
        history.push(edit.name(), applied, id);
        return applied;
    }

    @Test
    void undoAndRedoWalkTheVersionsWithTheirNames() throws EditException {
        History history = new History(bundled);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        Event doomed = bundled.event("drone-deal");
        delete(history, "drone-deal");
        Dataset afterDelete = history.current();
        assertThat(history.isDirty()).isTrue();
        assertThat(history.undoName()).isEqualTo("Delete Event “Russia clinches a deal for hundreds of Iranian drones”");

        History.Step undo = history.undo();
        assertThat(undo.dataset()).isSameAs(bundled);
        assertThat(undo.diff().insertedEvents()).containsExactly(bundled.events().indexOf(doomed));
        assertThat(undo.focusEventId()).isEqualTo("drone-deal");
        assertThat(history.isDirty()).isFalse();
        assertThat(history.redoName()).startsWith("Delete Event");

        History.Step redo = history.redo();
        assertThat(redo.dataset()).isSameAs(afterDelete);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditDropsWhatCouldBeRedone() throws EditException {
        History history = new History(bundled);
        delete(history, "drone-deal");
        history.undo();
        delete(history, "crimea-trainers");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.current().event("drone-deal")).isNotNull();
    }

    @Test
    void theSavedVersionDecidesWhatIsDirty() throws EditException {
        History history = new History(bundled, false, History.DEFAULT_REFERENCE_BUDGET);
        assertThat(history.isDirty()).isTrue();
        history.markSaved(history.current());
        assertThat(history.isDirty()).isFalse();
        delete(history, "drone-deal");
        Dataset saved = history.current();
        delete(history, "crimea-trainers");
        // A save of the middle version finishes after the next edit: still unsaved, clean on undo.
        history.markSaved(saved);
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        // Editing from before the saved version loses it for good.
        history.undo();
        delete(history, "iran-supplies-drones");
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void veryLargeHistoriesDropTheOldestSteps() throws EditException {
        History history = new History(bundled, true, 60);
        for (String id : List.of("drone-deal", "crimea-trainers", "iran-supplies-drones", "drones-on-display")) {
            delete(history, id);
        }
        assertThat(history.size()).isLessThan(5);
        int undos = 0;
        while (history.canUndo()) {
            history.undo();
            undos++;
        }
        assertThat(undos).isEqualTo(history.size() - 1);
        assertThat(history.isDirty()).isTrue();
    }
}
