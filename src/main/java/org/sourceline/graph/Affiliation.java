package org.sourceline.graph;

/**
 * A member linked to the actor it belongs to (Patrushev → Russia): a quieter kind of edge than a
 * relation, since no event stands behind it, only the dataset's {@code affiliation} field.
 *
 * @param member node index of the member (e.g. a person)
 * @param parent node index of the actor it is affiliated with
 */
public record Affiliation(int member, int parent) {
}
