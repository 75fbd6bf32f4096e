package org.sourceline.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ModifiableObservableListBase;
import org.sourceline.model.Event;

/**
 * The observable list of the events shown ({@link AppModel#visibleEvents()}), over a backing list
 * the model reads directly. Bulk changes are made in bulk, each one change for the listeners: the
 * JavaFX list a backing list is usually wrapped in ({@code FXCollections.observableList}) adds a
 * {@code setAll} or {@code addAll} element by element, which for a million events kept the JavaFX
 * thread a third of a second before a big dataset's first frame.
 */
final class EventList extends ModifiableObservableListBase<Event> implements RandomAccess {
    private final List<Event> backing;

    /** @param backing the list that holds the events (changed only through this one from now on) */
    EventList(List<Event> backing) {
        this.backing = backing;
    }

    @Override
    public Event get(int index) {
        return backing.get(index);
    }

    @Override
    public int size() {
        return backing.size();
    }

    @Override
    protected void doAdd(int index, Event element) {
        backing.add(index, element);
    }

    @Override
    protected Event doSet(int index, Event element) {
        return backing.set(index, element);
    }

    @Override
    protected Event doRemove(int index) {
        return backing.remove(index);
    }

    @Override
    public boolean setAll(Collection<? extends Event> events) {
        beginChange();
        try {
            List<Event> removed = backing.isEmpty() ? List.of() : new ArrayList<>(backing);
            backing.clear();
            backing.addAll(events);
            modCount++;
            if (!removed.isEmpty()) {
                nextRemove(0, removed);
            }
            if (!backing.isEmpty()) {
                nextAdd(0, backing.size());
            }
            return true;
        } finally {
            endChange();
        }
    }

    @Override
    public boolean addAll(Collection<? extends Event> events) {
        return addAll(size(), events);
    }

    @Override
    public boolean addAll(int index, Collection<? extends Event> events) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size());
        }
        if (events.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            int before = backing.size();
            backing.addAll(index, events);
            modCount++;
            nextAdd(index, index + backing.size() - before);
            return true;
        } finally {
            endChange();
        }
    }

    @Override
    public void clear() {
        if (backing.isEmpty()) {
            return;
        }
        beginChange();
        try {
            List<Event> removed = new ArrayList<>(backing);
            backing.clear();
            modCount++;
            nextRemove(0, removed);
        } finally {
            endChange();
        }
    }

    @Override
    public void remove(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("range " + from + "–" + to + " of " + size());
        }
        if (from == to) {
            return;
        }
        beginChange();
        try {
            List<Event> range = backing.subList(from, to);
            List<Event> removed = new ArrayList<>(range);
            range.clear();
            modCount++;
            nextRemove(from, removed);
        } finally {
            endChange();
        }
    }
}
