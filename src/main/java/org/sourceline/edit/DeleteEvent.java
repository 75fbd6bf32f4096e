package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;

/** Removes an event and its evidence. "Delete Event “…”". The actors stay (delete them apart). */
public final class DeleteEvent implements Edit {
    private final String eventId;
    private final String title;

    public DeleteEvent(Event event) {
        this.eventId = event.id();
        this.title = event.title();
    }

    @Override
    public String name() {
        return "Delete Event " + Versions.quoted(title);
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        int at = Versions.require(events, eventId);
        List<Event> list = new ArrayList<>(dataset.events());
        list.remove(at);
        Dataset next = Versions.with(dataset, dataset.articles(), dataset.actors(), list);
        return new Applied(next, new DatasetDiff(new int[] {at}, new int[0], new int[0], new int[0], false, false), null);
    }
}
