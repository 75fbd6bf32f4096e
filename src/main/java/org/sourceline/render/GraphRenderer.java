package org.sourceline.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorNode;
import org.sourceline.graph.Affiliation;
import org.sourceline.graph.GraphLayout;
import org.sourceline.graph.LabelBox;
import org.sourceline.graph.LabelPlacer;
import org.sourceline.graph.Relation;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;

/**
 * Draws the actor-relationship graph onto any {@link GraphicsContext}: the view's canvas or an
 * export's offscreen canvas, at any size. Everything it draws comes from its arguments (graph,
 * layout, viewport, highlight, size), so the same arguments give the same picture.
 *
 * <p>Nodes: one per actor, sized by events, coloured and shaped by kind (state ●, person ◆,
 * organization ■, group ⬢). Edges: arrowed curves coloured by event type, wider with more events,
 * dashed when the article does not state them as fact (long dashes: reported, claimed or
 * assessed; short dashes: forecast), fanned out when two actors share several. Affiliations:
 * wide pale lines underneath. Labels are placed by {@link LabelPlacer} so that none covers a node
 * or another label; those without room are left out. A legend runs along the bottom.
 *
 * <p>For a tiled export, translate the context to each tile and pass the full picture's size.
 */
public final class GraphRenderer {
    private static final double LABEL_GAP = 2;
    private static final double LABEL_PAD_X = 3;
    private static final int MAX_NODE_LABELS = 600;
    private static final int MAX_EDGE_LABELS = 400;
    /** After this many labels in a row found no room, the picture is full: the rest are not tried. */
    private static final int GIVE_UP_AFTER = 120;
    /** Up to this many edges, names try to keep off them; beyond, it costs more than it shows. */
    private static final int MAX_LINE_OBSTACLES = 3_000;
    /**
     * Most relations drawn at once: beyond this the busiest are drawn, with the selection's, and
     * a note says how many are left out (hovering an actor shows all of its).
     */
    public static final int MAX_DRAWN_RELATIONS = 1_500;
    private static final Color LABEL_BACKGROUND = Palette.BACKGROUND.deriveColor(0, 1, 1, 0.88);
    private static final double EDGE_ALPHA = 0.92;
    /** Each event type's colour at the edges' opacity, made once. */
    private static final Map<EventType, Color> EDGE_COLOURS = new EnumMap<>(EventType.class);

    static {
        for (EventType type : EventType.values()) {
            EDGE_COLOURS.put(type, Palette.of(type).deriveColor(0, 1, 1, EDGE_ALPHA));
        }
    }
    /** Laid over the picture while hovering: what is not in the neighbourhood shows through faintly. */
    private static final Color VEIL = Palette.BACKGROUND.deriveColor(0, 1, 1, 0.8);

    private final Font nodeFont;
    private final Font nodeFontBold;
    private final Font edgeFont;
    private final TextMeasure measure = new TextMeasure();
    private final GraphLegend legend;
    private boolean legendVisible = true;

    public GraphRenderer() {
        String family = Font.getDefault().getFamily();
        nodeFont = Font.font(family, FontWeight.NORMAL, 12);
        nodeFontBold = Font.font(family, FontWeight.BOLD, 12);
        edgeFont = Font.font(family, FontWeight.NORMAL, 11);
        legend = new GraphLegend(measure, Font.font(family, FontWeight.NORMAL, 11));
    }

    /** Whether a legend is drawn along the bottom (it is by default). */
    public void setLegendVisible(boolean visible) {
        legendVisible = visible;
    }

    public boolean isLegendVisible() {
        return legendVisible;
    }

    /**
     * The viewport that shows all of {@code graph}'s laid-out actors in a width×height picture,
     * with room for node labels at the sides and above the legend.
     */
    public GraphViewport fit(ActorGraph graph, GraphLayout layout, double width, double height) {
        double plotHeight = height - legendHeight(graph, width);
        // Never so close that linked actors sit more than ~260 px apart.
        double maxScale = 260 / layout.spacing();
        double[] bounds = layout.bounds(graph);
        double maxRadius = GraphGeometry.radius(maxEvents(graph), 1.0) * 1.2;
        GraphViewport viewport = GraphViewport.fit(bounds, width, plotHeight, maxRadius + 28, maxRadius + 20, maxScale);
        // Node size depends on the scale; fit again with the radius that scale gives.
        double scaled = GraphGeometry.radius(maxEvents(graph), GraphGeometry.nodeScale(viewport.scale() * layout.spacing()))
                * 1.2;
        return GraphViewport.fit(bounds, width, plotHeight, scaled + 28, scaled + 20, maxScale);
    }

    private static int maxEvents(ActorGraph graph) {
        int max = 1;
        for (ActorNode node : graph.nodes()) {
            max = Math.max(max, node.eventCount());
        }
        return max;
    }

    /**
     * Draws the graph: {@link #drawBase} and, when something is hovered, {@link #drawHover} on
     * top of it.
     *
     * @param gc        where to draw; its transform maps the picture's pixels
     * @param graph     the actors and relations to draw
     * @param layout    positions; actors it places that are not in {@code graph} are drawn as faint dots
     * @param viewport  layout → picture pixels
     * @param highlight hover, selection and pins
     * @param width     picture width in pixels
     * @param height    picture height in pixels
     * @return the geometry drawn, for hit-testing
     */
    public GraphGeometry draw(GraphicsContext gc, ActorGraph graph, GraphLayout layout, GraphViewport viewport,
                              GraphHighlight highlight, double width, double height) {
        GraphGeometry geometry = drawBase(gc, graph, layout, viewport, highlight, width, height);
        drawHover(gc, geometry, highlight, width, height);
        return geometry;
    }

    /**
     * Draws the whole picture as it looks with nothing hovered: background, edges, nodes,
     * labels, legend, with the selection and pins. The hover is left to {@link #drawHover}, so
     * a view can keep this layer while the pointer moves and redraw only the light one above.
     */
    public GraphGeometry drawBase(GraphicsContext gc, ActorGraph graph, GraphLayout layout, GraphViewport viewport,
                                  GraphHighlight highlight, double width, double height) {
        GraphGeometry geometry = GraphGeometry.of(graph, layout, viewport);
        GraphFocus focus = new GraphFocus(graph, highlight.withHover(-1, -1));
        int selectedNode = graph.nodeOfActor(highlight.selectedActor());
        geometry.thinOut(MAX_DRAWN_RELATIONS, r -> focus.eventRelation[r]
                || selectedNode >= 0 && graph.relations().get(r).touches(selectedNode));
        gc.save();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        drawGhosts(gc, graph, layout, geometry);
        drawShapes(gc, graph, geometry, focus);
        double legendHeight = legendHeight(graph, width);
        List<PlacedLabel> labels = new ArrayList<>();
        // A thinned-out graph says so along the bottom of the plot, where no label goes.
        double noteHeight = geometry.thinnedOutCount() > 0 ? TextMeasure.lineHeight(Font.font(nodeFont.getFamily(), 11)) + 8 : 0;
        drawLabels(gc, graph, geometry, focus, width, height - legendHeight - noteHeight, null, labels);
        geometry.setLabels(labels);
        if (graph.isEmpty()) {
            drawEmptyMessage(gc, width, height - legendHeight);
        }
        if (geometry.thinnedOutCount() > 0) {
            drawThinnedOutNote(gc, geometry, height - legendHeight);
        }
        if (legendHeight > 0) {
            legend.draw(gc, graph, width, height, legendHeight);
        }
        gc.restore();
        return geometry;
    }

    /**
     * Draws the hover on top of a base picture: a white veil fades everything, then the hovered
     * actor with its neighbours and edges (or the hovered edge with its two actors) is drawn
     * again at full strength, with their captions. Draws nothing when nothing is hovered; never
     * clears, so it can go on the base itself or on a transparent layer above it.
     *
     * @param geometry what {@link #drawBase} returned for the picture underneath
     */
    public void drawHover(GraphicsContext gc, GraphGeometry geometry, GraphHighlight highlight, double width,
                          double height) {
        ActorGraph graph = geometry.graph();
        GraphFocus focus = new GraphFocus(graph, highlight);
        List<PlacedLabel> labels = new ArrayList<>();
        if (focus.hasHover) {
            double plotHeight = height - legendHeight(graph, width);
            gc.save();
            gc.setFill(VEIL);
            gc.fillRect(0, 0, width, plotHeight);
            drawShapes(gc, graph, geometry, focus);
            drawLabels(gc, graph, geometry, focus, width, plotHeight, geometry.labels(), labels);
            gc.restore();
        }
        geometry.setHoverLabels(labels);
    }

    /** Height of the legend strip at this width (0 when hidden or the graph is empty). */
    public double legendHeight(ActorGraph graph, double width) {
        return legendVisible ? legend.height(graph, width) : 0;
    }

    // ----- parts ---------------------------------------------------------------------------

    /** Affiliations, then edges, then nodes: what the focus draws, each above the one before. */
    private static void drawShapes(GraphicsContext gc, ActorGraph graph, GraphGeometry geometry, GraphFocus focus) {
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        drawAffiliations(gc, graph, geometry, focus);
        drawRelations(gc, graph, geometry, focus);
        drawNodes(gc, graph, geometry, focus);
    }

    private static void drawGhosts(GraphicsContext gc, ActorGraph graph, GraphLayout layout, GraphGeometry geometry) {
        gc.setFill(Palette.DIMMED);
        double r = Math.max(2, 3.5 * geometry.nodeScale());
        GraphViewport viewport = geometry.viewport();
        for (int a = 0; a < layout.actorCount(); a++) {
            if (layout.has(a) && graph.nodeOfActor(a) < 0) {
                gc.fillOval(viewport.toScreenX(layout.x(a)) - r, viewport.toScreenY(layout.y(a)) - r, 2 * r, 2 * r);
            }
        }
    }

    private static void drawAffiliations(GraphicsContext gc, ActorGraph graph, GraphGeometry geometry, GraphFocus focus) {
        gc.setLineDashes((double[]) null);
        gc.setLineWidth(Math.max(2.5, 5 * geometry.nodeScale()));
        gc.setStroke(GraphStyle.AFFILIATION);
        for (Affiliation link : graph.affiliations()) {
            int m = link.member();
            int p = link.parent();
            if (geometry.isPlaced(m) && geometry.isPlaced(p) && focus.drawsNode(m) && focus.drawsNode(p)) {
                gc.strokeLine(geometry.nodeX(m), geometry.nodeY(m), geometry.nodeX(p), geometry.nodeY(p));
            }
        }
    }

    /**
     * Draws the relations the focus shows: the selected event's halos underneath, then the
     * edges. Edges of one style (type, width, dashes) go into one path, stroked once, rather
     * than a path per edge.
     */
    private static void drawRelations(GraphicsContext gc, ActorGraph graph, GraphGeometry g, GraphFocus focus) {
        List<Relation> relations = graph.relations();
        gc.setLineDashes((double[]) null);
        gc.setStroke(Palette.SELECTION.deriveColor(0, 1, 1, 0.35));
        for (int r = 0; r < relations.size(); r++) {
            if (focus.shows(r, g) && focus.eventRelation[r]) {
                gc.setLineWidth(edgeWidth(relations.get(r), r, g, focus) + 7);
                gc.beginPath();
                gc.moveTo(g.startX(r), g.startY(r));
                gc.quadraticCurveTo(g.controlX(r), g.controlY(r), g.endX(r), g.endY(r));
                gc.stroke();
            }
        }
        // Sort the edges by style (type, dashes, width) packed above their index, then stroke each
        // run of one style as a single path.
        long[] keyed = new long[relations.size()];
        int k = 0;
        for (int r = 0; r < relations.size(); r++) {
            if (focus.shows(r, g)) {
                Relation relation = relations.get(r);
                long quarters = Math.round(edgeWidth(relation, r, g, focus) * 4);
                // "Took part" ties share one light style whatever their events' types.
                long colourSlot = relation.kind() == Relation.Kind.TOOK_PART ? TOOK_PART_SLOT : relation.type().ordinal();
                long dash = relation.kind() == Relation.Kind.TOOK_PART ? 0 : dashKind(relation.strongestCertainty());
                long style = (colourSlot * 3 + dash) << 8 | quarters;
                keyed[k++] = style << 32 | r;
            }
        }
        Arrays.sort(keyed, 0, k);
        int[] batch = new int[k];
        for (int start = 0; start < k; ) {
            int end = start;
            int size = 0;
            while (end < k && keyed[end] >>> 32 == keyed[start] >>> 32) {
                batch[size++] = (int) keyed[end++];
            }
            Relation first = relations.get(batch[0]);
            double width = (keyed[start] >>> 32 & 0xFF) / 4.0;
            if (first.kind() == Relation.Kind.TOOK_PART) {
                strokeBatch(gc, relations, g, GraphStyle.TOOK_PART, width, GraphStyle.tookPartDashes(width), batch, size);
            } else {
                strokeBatch(gc, relations, g, EDGE_COLOURS.get(first.type()), width,
                        GraphStyle.dashes(first.strongestCertainty(), width), batch, size);
            }
            start = end;
        }
    }

    /** 0 solid (stated), 1 long dashes, 2 forecast dashes: the edges' dash patterns, as batch keys. */
    private static int dashKind(CertaintyLevel level) {
        return switch (level) {
            case STATED -> 0;
            case FORECAST -> 2;
            default -> 1;
        };
    }

    /** Style slot of the "took part" ties, after every event type's. */
    private static final long TOOK_PART_SLOT = EventType.values().length;

    /** Stroke width of a relation as drawn, rounded to quarter pixels so that styles batch. */
    private static double edgeWidth(Relation relation, int r, GraphGeometry g, GraphFocus focus) {
        double width = GraphGeometry.edgeWidth(relation.count()) * Math.max(0.6, g.nodeScale());
        if (relation.kind() == Relation.Kind.TOOK_PART) {
            width = Math.max(1, width * 0.7);
        }
        if (focus.relationEmphasised(r)) {
            width += 1;
        }
        return Math.round(width * 4) / 4.0;
    }

    private static double arrowLength(double width) {
        return 6 + 1.7 * width;
    }

    private static void strokeBatch(GraphicsContext gc, List<Relation> relations, GraphGeometry g, Color colour,
                                    double width, double[] dashes, int[] batch, int size) {
        double arrow = arrowLength(width);
        double half = 3 + width;
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.beginPath();
        for (int i = 0; i < size; i++) {
            int r = batch[i];
            double ux = g.endX(r) - g.controlX(r);
            double uy = g.endY(r) - g.controlY(r);
            double length = Math.max(1e-9, Math.sqrt(ux * ux + uy * uy));
            // Lines stop inside the arrowhead, so their round ends do not poke through its tip.
            double back = relations.get(r).mutual() ? 0 : arrow * 0.8 / length;
            gc.moveTo(g.startX(r), g.startY(r));
            gc.quadraticCurveTo(g.controlX(r), g.controlY(r), g.endX(r) - ux * back, g.endY(r) - uy * back);
        }
        gc.stroke();
        gc.setLineDashes((double[]) null);
        gc.setFill(colour);
        gc.beginPath();
        for (int i = 0; i < size; i++) {
            int r = batch[i];
            if (relations.get(r).mutual()) {
                continue;
            }
            double tipX = g.endX(r);
            double tipY = g.endY(r);
            double ux = tipX - g.controlX(r);
            double uy = tipY - g.controlY(r);
            double length = Math.max(1e-9, Math.sqrt(ux * ux + uy * uy));
            ux /= length;
            uy /= length;
            double baseX = tipX - ux * arrow;
            double baseY = tipY - uy * arrow;
            gc.moveTo(tipX, tipY);
            gc.lineTo(baseX - uy * half, baseY + ux * half);
            gc.lineTo(baseX + uy * half, baseY - ux * half);
            gc.closePath();
        }
        gc.fill();
    }

    private static void drawNodes(GraphicsContext gc, ActorGraph graph, GraphGeometry g, GraphFocus focus) {
        for (int n = 0; n < graph.nodeCount(); n++) {
            if (g.isPlaced(n) && focus.drawsNode(n)) {
                drawNode(gc, graph.node(n), n, g, focus, focus.highlight);
            }
        }
    }

    private static void drawNode(GraphicsContext gc, ActorNode node, int n, GraphGeometry g, GraphFocus focus,
                                 GraphHighlight highlight) {
        double x = g.nodeX(n);
        double y = g.nodeY(n);
        double r = g.nodeRadius(n);
        Color fill = Palette.of(node.actor().kind());
        gc.setLineDashes((double[]) null);
        if (node.actorIndex() == highlight.selectedActor() || focus.eventNode[n]) {
            boolean actor = node.actorIndex() == highlight.selectedActor();
            gc.setStroke(Palette.SELECTION.deriveColor(0, 1, 1, actor ? 1 : 0.75));
            gc.setLineWidth(actor ? 3 : 2.5);
            double ring = r * 1.22 + 4;
            gc.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
        }
        gc.setFill(fill);
        gc.setStroke(Palette.BACKGROUND);
        gc.setLineWidth(1.5);
        GraphStyle.traceShape(gc, node.actor().kind(), x, y, r);
        gc.fill();
        gc.stroke();
        if (node.actorIndex() == highlight.hoveredActor()) {
            gc.setStroke(Palette.TEXT);
            gc.setLineWidth(1.5);
            GraphStyle.traceShape(gc, node.actor().kind(), x, y, r + 2);
            gc.stroke();
        }
        if (highlight.pinnedActors().contains(node.actorIndex())) {
            double px = x + r * 0.8;
            double py = y - r * 0.8;
            gc.setFill(Palette.TEXT);
            gc.setStroke(Palette.BACKGROUND);
            gc.setLineWidth(1.5);
            gc.fillOval(px - 3, py - 3, 6, 6);
            gc.strokeOval(px - 3, py - 3, 6, 6);
        }
    }

    /**
     * Places and draws the labels of what the focus draws.
     *
     * @param underneath the labels of the picture below (for the hover layer), or null: a label
     *                   of the focus already there is drawn again where it is, new ones keep clear
     *                   of those and may cover the faded rest
     * @param drawn      receives the labels drawn
     */
    private void drawLabels(GraphicsContext gc, ActorGraph graph, GraphGeometry g, GraphFocus focus, double width,
                            double height, List<PlacedLabel> underneath, List<PlacedLabel> drawn) {
        LabelPlacer placer = new LabelPlacer(width, height, LABEL_GAP);
        for (int n = 0; n < graph.nodeCount(); n++) {
            if (g.isPlaced(n)) {
                placer.addCircle(g.nodeX(n), g.nodeY(n), nodeClearance(g, n));
            }
        }
        LabelBox[] nodeBoxes = new LabelBox[graph.nodeCount()];
        LabelBox[] relationBoxes = new LabelBox[graph.relations().size()];
        if (underneath != null) {
            // Labels of the focus stay where they are; faded ones under the veil may be covered.
            for (PlacedLabel label : underneath) {
                if (label.node() >= 0 && focus.drawsNode(label.node())) {
                    nodeBoxes[label.node()] = label.box();
                    placer.addBox(label.box());
                } else if (label.relation() >= 0 && focus.drawsRelation(label.relation())) {
                    relationBoxes[label.relation()] = label.box();
                    placer.addBox(label.box());
                }
            }
        }
        if (graph.relations().size() <= MAX_LINE_OBSTACLES) {
            // Names would rather not lie across edges: each drawn curve, as a few straight pieces.
            for (int r = 0; r < graph.relations().size(); r++) {
                if (focus.shows(r, g)) {
                    double[] previous = g.pointOn(r, 0);
                    for (int i = 1; i <= 6; i++) {
                        double[] next = g.pointOn(r, i / 6.0);
                        placer.addSegment(previous[0], previous[1], next[0], next[1]);
                        previous = next;
                    }
                }
            }
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        // The hovered edge's and the selected event's captions come first: they are what the
        // user is looking at. Then the actors' names, then the other captions while room lasts.
        int[] edges = focus.relationLabelOrder(g);
        int pressing = 0;
        while (pressing < edges.length && focus.isPressing(edges[pressing])) {
            pressing++;
        }
        placeRelationLabels(gc, graph, g, placer, relationBoxes, edges, 0, pressing, PRESSING_POSITIONS, drawn);
        int placed = 0;
        int missed = 0;
        for (int n : focus.nodeLabelOrder(g)) {
            if (placed >= MAX_NODE_LABELS || missed >= GIVE_UP_AFTER) {
                break;
            }
            ActorNode node = graph.node(n);
            boolean bold = node.actorIndex() == focus.highlight.selectedActor();
            Font font = bold ? nodeFontBold : nodeFont;
            String text = shorten(node.actor().name(), 34);
            double w = measure.width(text, font) + 2 * LABEL_PAD_X;
            double h = TextMeasure.lineHeight(font);
            // Just clear of the node's own obstacle disc and the gap around it.
            double reach = nodeClearance(g, n) + LABEL_GAP + 0.5;
            LabelBox box = nodeBoxes[n] != null ? nodeBoxes[n]
                    : placer.placeAvoidingLines(w, h, LabelPlacer.aroundCircle(g.nodeX(n), g.nodeY(n), reach, w, h, 0));
            if (box != null) {
                placed++;
                drawLabel(gc, box, text, font, Palette.TEXT);
                drawn.add(new PlacedLabel(box, text, n, -1));
                missed = 0;
            } else {
                missed++;
            }
        }
        placeRelationLabels(gc, graph, g, placer, relationBoxes, edges, pressing,
                Math.min(edges.length, pressing + MAX_EDGE_LABELS), POSITIONS, drawn);
    }

    /** Where along its curve a caption may sit, best first (0 = source end, 1 = target end). */
    private static final double[] POSITIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    private static final double[] PRESSING_POSITIONS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

    private void placeRelationLabels(GraphicsContext gc, ActorGraph graph, GraphGeometry g, LabelPlacer placer,
                                     LabelBox[] kept, int[] order, int from, int to, double[] positions,
                                     List<PlacedLabel> drawn) {
        int missed = 0;
        for (int i = from; i < to && missed < GIVE_UP_AFTER; i++) {
            int r = order[i];
            Relation relation = graph.relations().get(r);
            double[] along = staggered(positions, g.fanIndex(r), g.fanSize(r));
            double[] points = new double[along.length * 2];
            for (int k = 0; k < along.length; k++) {
                double[] p = g.pointOn(r, along[k]);
                points[2 * k] = p[0];
                points[2 * k + 1] = p[1];
            }
            double h = TextMeasure.lineHeight(edgeFont);
            String text = relation.label();
            LabelBox box = kept[r];
            if (box != null) {
                text = box.width() < measure.width(text, edgeFont) + 2 * LABEL_PAD_X ? relation.shortLabel() : text;
            } else {
                // The full caption where it fits, else the type alone.
                for (String candidate : new String[] {relation.label(), relation.shortLabel()}) {
                    double w = measure.width(candidate, edgeFont) + 2 * LABEL_PAD_X;
                    box = placer.place(w, h, LabelPlacer.centredOn(points, w, h));
                    if (box != null || candidate.equals(relation.shortLabel())) {
                        text = candidate;
                        break;
                    }
                }
            }
            if (box != null) {
                drawLabel(gc, box, text, edgeFont, GraphStyle.legibleOnWhite(Palette.of(relation.type())));
                drawn.add(new PlacedLabel(box, text, -1, r));
                missed = 0;
            } else {
                missed++;
            }
        }
    }

    /**
     * Caption positions along a curve for the j-th of {@code fan} curves joining one pair: side by
     * side curves would otherwise put their captions in one column, each over its neighbours'
     * lines; each starts a step further along, so the captions of a pair stand in a diagonal.
     */
    static double[] staggered(double[] positions, int j, int fan) {
        if (fan <= 1) {
            return positions;
        }
        double shift = Math.max(-0.3, Math.min(0.3, (j - (fan - 1) / 2.0) * STAGGER));
        double[] out = new double[positions.length];
        for (int k = 0; k < positions.length; k++) {
            out[k] = Math.max(0.12, Math.min(0.88, positions[k] + shift));
        }
        return out;
    }

    /** How far along its curve each further caption of a pair starts, as a share of the curve. */
    static final double STAGGER = 0.14;

    /** The disc labels keep off: the shapes reach at most 1.2 r (the diamond), the rings a little more. */
    private static double nodeClearance(GraphGeometry g, int n) {
        return g.nodeRadius(n) * 1.22 + 3;
    }

    private static void drawLabel(GraphicsContext gc, LabelBox box, String text, Font font, Color colour) {
        gc.setFill(LABEL_BACKGROUND);
        gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
        gc.setFont(font);
        gc.setFill(colour);
        gc.fillText(text, box.x() + LABEL_PAD_X, box.y() + box.height() / 2);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Says, at the bottom left of the plot, that the graph shows only its busiest relations. */
    private void drawThinnedOutNote(GraphicsContext gc, GraphGeometry geometry, double plotHeight) {
        int placed = geometry.placedRelationCount();
        String note = String.format(java.util.Locale.ROOT, "Only the %,d busiest relations are drawn (%,d more left out); "
                + "hover an actor to see all of its", placed - geometry.thinnedOutCount(), geometry.thinnedOutCount());
        gc.setFont(Font.font(nodeFont.getFamily(), 11));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        // On a light band, so that it stays readable over the edges.
        double w = measure.width(note, gc.getFont());
        double h = TextMeasure.lineHeight(gc.getFont());
        gc.setFill(Palette.BACKGROUND.deriveColor(0, 1, 1, 0.85));
        gc.fillRect(4, plotHeight - h - 8, w + 8, h + 4);
        gc.setFill(Palette.TEXT_MUTED);
        gc.fillText(note, 8, plotHeight - 6);
    }

    private void drawEmptyMessage(GraphicsContext gc, double width, double height) {
        gc.setFont(Font.font(nodeFont.getFamily(), 13));
        gc.setFill(Palette.TEXT_MUTED);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("No actors take part in the events shown", width / 2, height / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }
}
