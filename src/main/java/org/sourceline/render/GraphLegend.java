package org.sourceline.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.ActorNode;
import org.sourceline.graph.Relation;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;

/**
 * The strip along the bottom of the graph drawing that says what the shapes, dashes and pale
 * links mean: only what the graph shows, flowed into as few rows as the width allows, in a
 * compact wording when the full one would need a second row, with the counts at the right end
 * when there is room.
 */
final class GraphLegend {
    private static final double LEGEND_ROW = 18;
    private static final double LEGEND_PAD = 6;
    private static final double GLYPH = 26;
    private static final double KIND_GLYPH = 13;
    private static final double ITEM_GAP = 10;

    private final TextMeasure measure;
    private final Font font;
    /** Where the last row laid out ends. */
    private double itemsEnd;

    GraphLegend(TextMeasure measure, Font font) {
        this.measure = measure;
        this.font = font;
    }

    /** Height of the legend strip at this width (0 for an empty graph). */
    double height(ActorGraph graph, double width) {
        if (graph.isEmpty()) {
            return 0;
        }
        int rows = layoutLegend(legendItems(graph, width), width, null, 0);
        return rows * LEGEND_ROW + 2 * LEGEND_PAD;
    }

    /** What an item's symbol is: a shape, a line sample of a certainty, or one of the special edges. */
    private enum Symbol { NONE, KIND, EDGE, AFFILIATION, TOOK_PART, ALONE }

    private record LegendItem(ActorKind kind, CertaintyLevel edge, Symbol symbol, String text) {
        LegendItem(ActorKind kind, CertaintyLevel edge, boolean affiliation, String text) {
            this(kind, edge, kind != null ? Symbol.KIND : edge != null ? Symbol.EDGE
                    : affiliation ? Symbol.AFFILIATION : Symbol.NONE, text);
        }
    }

    /**
     * The legend's items: the full wording when it fits one row, else a compact wording (the
     * closing hint dropped, "not stated" for reported, claimed or assessed).
     */
    private List<LegendItem> legendItems(ActorGraph graph, double width) {
        List<LegendItem> full = legendItems(graph, false);
        if (layoutLegend(full, width, null, 0) == 1) {
            return full;
        }
        return legendItems(graph, true);
    }

    /**
     * What a graph has that the legend names: its actors' kinds and its relations' sorts. A
     * million events' graph has 1.5 million relations and each redraw asks for the legend's
     * items several times (its height, its wording, its drawing): the last graph's are kept.
     */
    private record Contents(ActorGraph graph, Set<ActorKind> kinds, boolean stated, boolean doubtful, boolean forecast,
                            boolean tookPart, boolean alone) {
        private static volatile Contents last;

        static Contents of(ActorGraph graph) {
            Contents kept = last;
            if (kept != null && kept.graph == graph) {
                return kept;
            }
            Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
            for (ActorNode node : graph.nodes()) {
                kinds.add(node.actor().kind());
            }
            boolean stated = false;
            boolean doubtful = false;
            boolean forecast = false;
            boolean tookPart = false;
            boolean alone = false;
            for (Relation r : graph.relations()) {
                tookPart |= r.kind() == Relation.Kind.TOOK_PART;
                alone |= r.kind() == Relation.Kind.ALONE;
                stated |= r.strongestCertainty() == CertaintyLevel.STATED;
                forecast |= r.strongestCertainty() == CertaintyLevel.FORECAST;
                doubtful |= r.isUncertain() && r.strongestCertainty() != CertaintyLevel.FORECAST;
            }
            Contents made = new Contents(graph, java.util.Collections.unmodifiableSet(kinds), stated, doubtful, forecast,
                    tookPart, alone);
            last = made;
            return made;
        }
    }

    /** The legend's wording at this width, item by item. */
    List<String> wording(ActorGraph graph, double width) {
        return legendItems(graph, width).stream().map(LegendItem::text).toList();
    }

    private static List<LegendItem> legendItems(ActorGraph graph, boolean compact) {
        Contents contents = Contents.of(graph);
        Set<ActorKind> kinds = contents.kinds();
        boolean stated = contents.stated();
        boolean doubtful = contents.doubtful();
        boolean forecast = contents.forecast();
        boolean tookPart = contents.tookPart();
        boolean alone = contents.alone();
        List<LegendItem> items = new ArrayList<>();
        for (ActorKind kind : kinds) {
            String name = kind.id();
            items.add(new LegendItem(kind, null, false, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        }
        if (stated) {
            items.add(new LegendItem(null, CertaintyLevel.STATED, false, "stated"));
        }
        if (doubtful) {
            items.add(new LegendItem(null, CertaintyLevel.REPORTED, false,
                    compact ? "not stated" : "reported, claimed or assessed"));
        }
        if (forecast) {
            items.add(new LegendItem(null, CertaintyLevel.FORECAST, false, "forecast"));
        }
        if (tookPart) {
            items.add(new LegendItem(null, null, Symbol.TOOK_PART, "took part with"));
        }
        if (alone) {
            items.add(new LegendItem(null, null, Symbol.ALONE, compact ? "alone" : "no one else in the event"));
        }
        if (!graph.affiliations().isEmpty()) {
            items.add(new LegendItem(null, null, true, "affiliation"));
        }
        if (!compact) {
            items.add(new LegendItem(null, null, false, "size: events · colour: event type"));
        }
        return items;
    }

    /** Flows the items into rows; draws them when {@code gc} is given. Returns the row count. */
    private int layoutLegend(List<LegendItem> items, double width, GraphicsContext gc, double top) {
        double x = LEGEND_PAD;
        int row = 0;
        for (LegendItem item : items) {
            boolean glyph = item.symbol != Symbol.NONE;
            double w = glyphWidth(item) + measure.width(item.text, font);
            if (x > LEGEND_PAD && x + w > width - LEGEND_PAD) {
                row++;
                x = LEGEND_PAD;
            }
            if (gc != null) {
                drawLegendItem(gc, item, x, top + LEGEND_PAD + row * LEGEND_ROW + LEGEND_ROW / 2, glyph);
            }
            x += w + ITEM_GAP;
        }
        itemsEnd = x - ITEM_GAP;
        return row + 1;
    }

    /** Draws the strip along the bottom of a width×height picture. */
    void draw(GraphicsContext gc, ActorGraph graph, double width, double height, double legendHeight) {
        double legendTop = height - legendHeight;
        gc.setFill(Palette.BAND);
        gc.fillRect(0, legendTop, width, legendHeight);
        gc.setStroke(Palette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(0, legendTop + 0.5, width, legendTop + 0.5);
        gc.setFont(font);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        int rows = layoutLegend(legendItems(graph, width), width, gc, legendTop);
        // The counts, right-aligned on the last row when there is room after the items.
        String counts = graph.nodeCount() + (graph.nodeCount() == 1 ? " actor · " : " actors · ")
                + graph.relations().size() + (graph.relations().size() == 1 ? " relation" : " relations");
        double countsWidth = measure.width(counts, font);
        if (itemsEnd + ITEM_GAP + countsWidth <= width - LEGEND_PAD) {
            gc.setFill(Palette.TEXT_MUTED);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(counts, width - LEGEND_PAD, legendTop + LEGEND_PAD + (rows - 1) * LEGEND_ROW + LEGEND_ROW / 2);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** A line sample that ends on a whole dash: two long dashes, or three short ones. */
    private static double sampleLength(double[] dashes) {
        if (dashes == null) {
            return GLYPH - 4;
        }
        int count = dashes[0] > 6 ? 2 : 3;
        return count * dashes[0] + (count - 1) * dashes[1];
    }

    /** Room taken by an item's symbol and the space after it: shapes are narrower than line samples. */
    private static double glyphWidth(LegendItem item) {
        return switch (item.symbol) {
            case KIND, ALONE -> KIND_GLYPH + 4;
            case NONE -> 0;
            default -> GLYPH + 4;
        };
    }

    private void drawLegendItem(GraphicsContext gc, LegendItem item, double x, double cy, boolean glyph) {
        double textX = x;
        if (glyph) {
            gc.setLineDashes((double[]) null);
            if (item.kind != null) {
                gc.setFill(Palette.of(item.kind));
                GraphStyle.traceShape(gc, item.kind, x + KIND_GLYPH / 2, cy, 5);
                gc.fill();
            } else if (item.symbol == Symbol.AFFILIATION) {
                gc.setStroke(GraphStyle.AFFILIATION);
                gc.setLineWidth(5);
                gc.strokeLine(x + 2, cy, x + GLYPH - 2, cy);
            } else if (item.symbol == Symbol.TOOK_PART) {
                gc.setStroke(GraphStyle.TOOK_PART);
                gc.setLineWidth(1.6);
                gc.setLineDashes(GraphStyle.tookPartDashes(1.6));
                gc.strokeLine(x + 2, cy, x + GLYPH - 2, cy);
                gc.setLineDashes((double[]) null);
            } else if (item.symbol == Symbol.ALONE) {
                gc.setStroke(Palette.TEXT_MUTED);
                gc.setLineWidth(1.6);
                gc.beginPath();
                gc.moveTo(x + 3, cy + 5);
                gc.quadraticCurveTo(x + KIND_GLYPH / 2, cy - 14, x + KIND_GLYPH - 3, cy + 5);
                gc.stroke();
            } else {
                gc.setStroke(Palette.TEXT_MUTED);
                gc.setLineWidth(2);
                double[] dashes = GraphStyle.dashes(item.edge, 1.6);
                gc.setLineDashes(dashes);
                gc.strokeLine(x + 2, cy, x + 2 + sampleLength(dashes), cy);
                gc.setLineDashes((double[]) null);
            }
            textX = x + glyphWidth(item);
        }
        gc.setFont(font);
        gc.setFill(Palette.TEXT_MUTED);
        gc.fillText(item.text, textX, cy);
    }
}
