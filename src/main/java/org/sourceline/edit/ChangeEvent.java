package org.sourceline.edit;

import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Replaces an event by a changed copy (any field: title, time, type, actors, certainty,
 * evidence…), found by its id. The name says what changed, e.g. "Change Time of “Drones reach
 * Russia”"; {@link #named} builds such names.
 */
public final class ChangeEvent implements Edit {
    private final String eventId;
    private final Event changed;
    private final String name;

    /**
     * @param eventId the id of the event as it is now
     * @param changed the event as it should be (it may have another id)
     * @param name    what the Edit menu calls the change
     */
    public ChangeEvent(String eventId, Event changed, String name) {
        this.eventId = eventId;
        this.changed = changed;
        this.name = name;
    }

    /** "Change Title of “…”" for a field name such as "Title". */
    public static String named(String what, Event event) {
        return "Change " + what + " of " + Versions.quoted(event.title());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        int at = Versions.require(events, eventId);
        Event placed = EventCheck.withCurrentActors(changed, dataset);
        if (placed.equals(dataset.events().get(at))) {
            throw new EditException("nothing to change: the event is already like this");
        }
        EventCheck.require(placed, dataset, events, at);
        return Versions.replaceEvent(dataset, at, placed);
    }
}
