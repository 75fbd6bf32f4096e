package org.sourceline.render;

import java.util.Set;

/**
 * What the graph drawing emphasises: the actor or edge under the pointer (its neighbourhood
 * stays bright, the rest fades), the selected actor and event (outlined and haloed), and the
 * pinned actors (marked). Actors are dataset positions, events event positions, the relation an
 * index into the drawn graph's relations; -1 means none.
 *
 * @param hoveredActor    actor under the pointer, or -1
 * @param hoveredRelation relation under the pointer, or -1
 * @param selectedActor   the app's selected actor, or -1
 * @param selectedEvent   the app's selected event, or -1
 * @param pinnedActors    actors the user has pinned in place
 */
public record GraphHighlight(int hoveredActor, int hoveredRelation, int selectedActor, int selectedEvent,
                             Set<Integer> pinnedActors) {
    /** Nothing emphasised. */
    public static final GraphHighlight NONE = new GraphHighlight(-1, -1, -1, -1, Set.of());

    public GraphHighlight {
        pinnedActors = Set.copyOf(pinnedActors);
    }

    public boolean hasHover() {
        return hoveredActor >= 0 || hoveredRelation >= 0;
    }

    public GraphHighlight withHover(int actor, int relation) {
        return new GraphHighlight(actor, relation, selectedActor, selectedEvent, pinnedActors);
    }

    public GraphHighlight withSelection(int actor, int event) {
        return new GraphHighlight(hoveredActor, hoveredRelation, actor, event, pinnedActors);
    }

    public GraphHighlight withPinned(Set<Integer> pinned) {
        return new GraphHighlight(hoveredActor, hoveredRelation, selectedActor, selectedEvent, pinned);
    }
}
