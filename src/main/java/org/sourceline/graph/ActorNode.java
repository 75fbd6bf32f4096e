package org.sourceline.graph;

import org.sourceline.model.Actor;

/**
 * An actor as a node of the relationship graph.
 *
 * @param actorIndex position of the actor in the dataset (as {@code EventIndex.indexOf(Actor)})
 * @param actor      the actor
 * @param eventCount how many of the graph's events the actor takes part in, in any role
 */
public record ActorNode(int actorIndex, Actor actor, int eventCount) {
}
