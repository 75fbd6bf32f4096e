package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;

/**
 * Adds an event at the end of the list, with the actors made for it in the same step (an actor
 * created while filling in a new event goes when the event is undone). "New Event".
 */
public final class NewEvent implements Edit {
    private final Event event;
    private final List<Actor> newActors;

    public NewEvent(Event event) {
        this(event, List.of());
    }

    /** @param newActors actors the event needs that the dataset does not have yet */
    public NewEvent(Event event, List<Actor> newActors) {
        this.event = event;
        this.newActors = List.copyOf(newActors);
    }

    @Override
    public String name() {
        return "New Event";
    }

    @Override
    public Applied apply(Dataset dataset, EventLookup events) throws EditException {
        Dataset withActors = dataset;
        int[] insertedActors = new int[newActors.size()];
        if (!newActors.isEmpty()) {
            List<Actor> actors = new ArrayList<>(dataset.actors());
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < newActors.size(); i++) {
                Actor actor = newActors.get(i);
                problems.addAll(ActorCheck.errors(actor, actors, -1));
                insertedActors[i] = actors.size();
                actors.add(actor);
            }
            if (!problems.isEmpty()) {
                throw new EditException(problems);
            }
            withActors = Versions.with(dataset, dataset.articles(), actors, dataset.events());
        }
        Event placed = EventCheck.withCurrentActors(event, withActors);
        EventCheck.require(placed, withActors, events, -1);
        List<Event> list = new ArrayList<>(dataset.events().size() + 1);
        list.addAll(dataset.events());
        list.add(placed);
        Dataset next = Versions.with(dataset, dataset.articles(), withActors.actors(), list);
        DatasetDiff diff = new DatasetDiff(new int[0], new int[] {list.size() - 1}, new int[0], insertedActors, false,
                false);
        return new Applied(next, diff, placed.id());
    }

}
