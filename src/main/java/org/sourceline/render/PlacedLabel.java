package org.sourceline.render;

import org.sourceline.graph.LabelBox;

/**
 * A label as drawn: where, what it says, and whose it is (a node or a relation of the drawn
 * graph; the other is -1). Clicking a label means clicking what it names.
 */
public record PlacedLabel(LabelBox box, String text, int node, int relation) {
}
