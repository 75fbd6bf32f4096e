package org.sourceline.edit;

import org.sourceline.model.Dataset;

/**
 * Finds an event's position by its id in one version of a dataset. Edits need it to find the
 * event they change and to keep ids unique; the app answers from its event index in microseconds,
 * where a scan of the list would touch every event of a big dataset.
 */
@FunctionalInterface
public interface EventLookup {
    /** Position of the event with this id, or -1. */
    int positionOf(String eventId);

    /** A lookup that scans the dataset's events (fine for small datasets and tests). */
    static EventLookup scanning(Dataset dataset) {
        return id -> Versions.positionOf(dataset, id);
    }
}
