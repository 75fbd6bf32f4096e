package org.sourceline.edit;

import org.sourceline.model.Dataset;

/**
 * One change a person makes to a dataset, as a small command: it turns one (immutable) version
 * into the next, sharing every event, actor and article it does not change, and it knows the
 * name the Edit menu shows for it ("New Event", "Delete Event “Drones reach Russia”"). A command
 * that would make the dataset invalid throws {@link EditException} with the words
 * {@code validate} uses, and changes nothing.
 */
public interface Edit {
    /** The user-facing name, e.g. {@code "New Event"}; the Edit menu shows "Undo New Event". */
    String name();

    /**
     * Applies the change to {@code dataset}; the result holds the next version and what changed.
     *
     * @param events finds events of {@code dataset} by id
     */
    Applied apply(Dataset dataset, EventLookup events) throws EditException;

    /** Applies the change, finding events by scanning the dataset. */
    default Applied apply(Dataset dataset) throws EditException {
        return apply(dataset, EventLookup.scanning(dataset));
    }

    /**
     * The outcome of an edit.
     *
     * @param dataset      the next version
     * @param diff         what changed, by position, from the version the edit was applied to
     * @param focusEventId the event the edit made or changed (views select it), or null
     */
    record Applied(Dataset dataset, org.sourceline.model.DatasetDiff diff, String focusEventId) {
    }
}
