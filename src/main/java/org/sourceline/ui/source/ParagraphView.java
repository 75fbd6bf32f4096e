package org.sourceline.ui.source;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.sourceline.text.ArticleBlocks;
import org.sourceline.text.HighlightRuns;
import org.sourceline.text.TextMatches;

/**
 * One block of the article: its text in a wrapping {@link TextFlow}, and behind the text the
 * highlights of the evidence passages and search matches in it, drawn as the shapes the text
 * layout reports for their character ranges. Passage shapes take the clicks and show a tooltip
 * naming their events; the text itself lets the mouse through.
 */
final class ParagraphView extends Region {
    /** Key of a passage shape's run number in its properties. */
    static final String RUN = "sourceline.run";

    private final ArticleReader reader;
    private final Group passages = new Group();
    private final Group matches = new Group();
    /** The reader's text selection where it crosses this block, above the highlights, under the text. */
    private final Path selection = new Path();
    /** Decorations over the text that the reader adds (time phrases), built with the other shapes. */
    private final Group decorations = new Group();
    private final TextFlow flow = new TextFlow();
    private final Tooltip tooltip = new Tooltip();
    private int block = -1;
    private int from;
    private int to;
    private boolean shapesDirty = true;
    private double shapesWidth = -1;

    ParagraphView(ArticleReader reader) {
        this.reader = reader;
        getStyleClass().add("article-paragraph");
        flow.setMouseTransparent(true);
        flow.getStyleClass().add("article-text");
        matches.setMouseTransparent(true);
        selection.setMouseTransparent(true);
        selection.setManaged(false);
        selection.getStyleClass().add("text-selection");
        selection.setFill(HighlightColors.SELECTION);
        selection.setStroke(null);
        // Placed by hand in layoutChildren: rebuilding them must not ask the flow for another layout pass.
        passages.setManaged(false);
        matches.setManaged(false);
        decorations.setManaged(false);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(passages, tooltip);
        getChildren().addAll(passages, matches, selection, flow, decorations);
    }

    /** Shows block b of the reader's article with its current highlights. */
    void show(int b) {
        block = b;
        ArticleBlocks blocks = reader.blocks();
        from = blocks.start(b);
        to = blocks.end(b);
        boolean continued = blocks.continues(b);
        if (continued != getStyleClass().contains("continued")) {
            if (continued) {
                getStyleClass().add("continued");
            } else {
                getStyleClass().remove("continued");
            }
        }
        if (buildText() && !shapesDirty && !isNeedsLayout() && shapesWidth == getWidth() && shapesWidth > 0) {
            // The same text nodes where they were (an edit, undo or redo elsewhere in the article):
            // only the highlights are drawn again, as for a restyle, and the flow is not laid out again.
            buildShapes();
            return;
        }
        shapesDirty = true;
        requestLayout();
    }

    /**
     * Re-reads the highlight styles (selection, filter, search) without rebuilding the text:
     * the text nodes only change colour, and the shapes are redrawn over the text as laid out.
     * Nothing changes size, so the reader's flow is not asked for a layout: that would lay out
     * every cell on screen again and measure more of the article's blocks for its scroll bar.
     */
    void restyle() {
        for (javafx.scene.Node node : flow.getChildren()) {
            Text t = (Text) node;
            Object run = t.getProperties().get(RUN);
            t.setFill(run != null && reader.runIsDimmed((Integer) run) ? HighlightColors.DIMMED_TEXT : reader.textColour());
        }
        if (!shapesDirty && !isNeedsLayout() && shapesWidth == getWidth() && shapesWidth > 0) {
            buildShapes();
            return;
        }
        shapesDirty = true;
        requestLayout();
    }

    int block() {
        return block;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    private double topGap() {
        return reader.blocks().continues(block) ? 0 : reader.paragraphGap();
    }

    private double bottomGap() {
        return block == reader.blocks().size() - 1 ? reader.paragraphGap() * 2 : 0;
    }

    /**
     * Text nodes split where passages begin and end, so hidden events' passages can be muted.
     * When the split is where it was (an edit elsewhere in the article, an undo), the text nodes
     * stay and only learn their runs' new numbers and colours: new nodes would each need styling
     * and measuring again.
     *
     * @return true when the text nodes were kept
     */
    private boolean buildText() {
        String text = reader.text();
        HighlightRuns runs = reader.runs();
        int first = runs.firstEndingAfter(from);
        int last = first;
        while (last < runs.size() && runs.start(last) < to) {
            last++;
        }
        // Each run in the block, and the plain text before it and after the last one.
        int[] starts = new int[2 * (last - first) + 1];
        int[] runOf = new int[starts.length];
        int count = 0;
        int pos = from;
        for (int r = first; r < last; r++) {
            int a = Math.max(from, runs.start(r));
            int b = Math.min(to, runs.end(r));
            if (a > pos) {
                starts[count] = pos;
                runOf[count++] = -1;
            }
            starts[count] = a;
            runOf[count++] = r;
            pos = b;
        }
        if (pos < to) {
            starts[count] = pos;
            runOf[count++] = -1;
        }
        starts = java.util.Arrays.copyOf(starts, count);
        if (text == builtText && reader.textFont() == builtFont && from == builtFrom && to == builtTo && java.util.Arrays.equals(starts, builtStarts)
                && flow.getChildren().size() == starts.length) {
            for (int i = 0; i < starts.length; i++) {
                Text t = (Text) flow.getChildren().get(i);
                int r = runOf[i];
                if (r < 0) {
                    t.getProperties().remove(RUN);
                } else {
                    t.getProperties().put(RUN, r);
                }
                t.setFill(r >= 0 && reader.runIsDimmed(r) ? HighlightColors.DIMMED_TEXT : reader.textColour());
            }
            return true;
        }
        List<Node> nodes = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : to;
            int r = runOf[i];
            Text t = text(text.substring(starts[i], end), r >= 0 && reader.runIsDimmed(r)
                    ? HighlightColors.DIMMED_TEXT : reader.textColour());
            if (r >= 0) {
                t.getProperties().put(RUN, r);
            }
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
        builtText = text;
        builtFont = reader.textFont();
        builtFrom = from;
        builtTo = to;
        builtStarts = starts;
        return false;
    }

    /** What the text nodes were last built for: the text, the block's span and where each node starts. */
    private String builtText;
    private javafx.scene.text.Font builtFont;
    private int builtFrom = -1;
    private int builtTo = -1;
    private int[] builtStarts = new int[0];

    private Text text(String s, Color colour) {
        Text t = new Text(s);
        t.setFont(reader.textFont());
        t.setFill(colour);
        return t;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double column = width >= 0 ? width : getWidth() > 0 ? getWidth() : reader.columnWidth(reader.viewportWidth());
        return topGap() + flow.prefHeight(column) + bottomGap();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double top = topGap();
        flow.resizeRelocate(0, top, width, flow.prefHeight(width));
        // Shapes come from the text layout: lay the text out now, not after this method.
        flow.layout();
        passages.setLayoutY(top);
        matches.setLayoutY(top);
        selection.setLayoutY(top);
        decorations.setLayoutY(top);
        if (shapesDirty || width != shapesWidth) {
            buildShapes();
            shapesWidth = width;
            shapesDirty = false;
        }
        showSelection();
    }

    /** Draws the reader's text selection where it crosses this block (or nothing). */
    void showSelection() {
        javafx.scene.control.IndexRange range = reader.getSelection();
        if (range == null || range.getEnd() <= from || range.getStart() >= to) {
            selection.getElements().clear();
            selection.setVisible(false);
            return;
        }
        int a = Math.max(from, range.getStart());
        int b = Math.min(to, range.getEnd());
        selection.getElements().setAll(flow.rangeShape(a - from, b - from));
        selection.setVisible(true);
    }

    /** The article offset nearest to a point in this view's coordinates. */
    int offsetAt(double x, double y) {
        double top = topGap();
        if (y < top) {
            return from;
        }
        if (y > top + flow.getHeight()) {
            return to;
        }
        javafx.scene.text.HitInfo hit = flow.hitTest(new javafx.geometry.Point2D(x, y - top));
        return Math.max(from, Math.min(to, from + hit.getInsertionIndex()));
    }

    /**
     * The offset a line above ({@code direction} -1) or below (+1) {@code offset}, at the same
     * horizontal place; -1 when that line is not in this block.
     */
    int offsetOnLine(int offset, int direction) {
        if (offset < from || offset > to) {
            return -1;
        }
        int at = Math.min(Math.max(offset - from, 0), Math.max(0, to - from - 1));
        double x = 0;
        double y = 0;
        double height = reader.textFont().getSize() * 1.3;
        for (PathElement element : flow.rangeShape(at, at + 1)) {
            if (element instanceof MoveTo move) {
                x = offset >= to ? move.getX() + 1 : move.getX();
                y = move.getY();
                break;
            }
        }
        double target = y + height / 2 + direction * height;
        if (target < 0 || target > flow.getHeight()) {
            return -1;
        }
        javafx.scene.text.HitInfo hit = flow.hitTest(new javafx.geometry.Point2D(x, target));
        return from + hit.getInsertionIndex();
    }

    private void buildShapes() {
        HighlightRuns runs = reader.runs();
        List<Node> passageShapes = new ArrayList<>();
        for (int r = runs.firstEndingAfter(from); r < runs.size() && runs.start(r) < to; r++) {
            Path lines = shape(Math.max(from, runs.start(r)), Math.min(to, runs.end(r)));
            reader.stylePassage(lines, r);
            Path shape = outlined(lines);
            int run = r;
            shape.getProperties().put(RUN, run);
            shape.getStyleClass().add("passage");
            shape.setCursor(Cursor.HAND);
            shape.setOnMouseEntered(e -> tooltip.setText(reader.describeRun(run)));
            shape.setOnMouseClicked(e -> {
                // A click that ended a drag selected text; with a selection, right-click offers its menu.
                if (!e.isStillSincePress() || reader.isSelectingByDrag() || e.getClickCount() > 1
                        || (e.getButton() == MouseButton.SECONDARY && reader.getSelection() != null)) {
                    return;
                }
                if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
                    reader.passageClicked(run, shape, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            passageShapes.add(shape);
        }
        passages.getChildren().setAll(passageShapes);

        TextMatches found = reader.matches();
        List<Node> matchShapes = new ArrayList<>();
        for (int m = found.firstEndingAfter(from); m < found.count() && found.start(m) < to; m++) {
            Path shape = shape(Math.max(from, found.start(m)), Math.min(to, found.end(m)));
            boolean current = m == reader.currentMatch();
            shape.setFill(current ? HighlightColors.CURRENT_MATCH : HighlightColors.MATCH);
            shape.setStroke(current ? HighlightColors.MATCH_OUTLINE : null);
            shape.getStyleClass().add(current ? "current-match" : "search-match");
            matchShapes.add(shape);
        }
        matches.getChildren().setAll(matchShapes);
        decorations.getChildren().setAll(reader.timePhraseMarks().marks(from, to, flow));
    }

    /**
     * An outlined passage as one outline around all its lines: the text layout gives one
     * rectangle per line, and outlining each would draw a line between every two lines. The
     * lines of one range follow each other top to bottom, so the outline goes down their right
     * edges and back up their left edges (cheaper than a general shape union).
     */
    private static Path outlined(Path lines) {
        if (lines.getStroke() == null) {
            return lines;
        }
        List<double[]> boxes = lineBoxes(lines.getElements());
        if (boxes.size() < 2) {
            return lines;
        }
        Path outline = new Path();
        double[] first = boxes.get(0);
        outline.getElements().add(new MoveTo(first[0], first[1]));
        for (double[] box : boxes) {
            outline.getElements().add(new LineTo(box[2], box[1]));
            outline.getElements().add(new LineTo(box[2], box[3]));
        }
        for (int i = boxes.size() - 1; i >= 0; i--) {
            double[] box = boxes.get(i);
            outline.getElements().add(new LineTo(box[0], box[3]));
            outline.getElements().add(new LineTo(box[0], box[1]));
        }
        outline.getElements().add(new ClosePath());
        outline.setFill(lines.getFill());
        outline.setStroke(lines.getStroke());
        outline.setStrokeWidth(lines.getStrokeWidth());
        outline.getStrokeDashArray().setAll(lines.getStrokeDashArray());
        outline.getStyleClass().setAll(lines.getStyleClass());
        return outline;
    }

    /** The {minX, minY, maxX, maxY} of each sub-path (one per line), top to bottom. */
    private static List<double[]> lineBoxes(List<PathElement> elements) {
        List<double[]> boxes = new ArrayList<>();
        double[] box = null;
        for (PathElement element : elements) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                box = new double[] {move.getX(), move.getY(), move.getX(), move.getY()};
                boxes.add(box);
                continue;
            } else if (element instanceof LineTo line && box != null) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        boxes.sort((a, b) -> Double.compare(a[1], b[1]));
        return boxes;
    }

    private Path shape(int a, int b) {
        Path path = new Path(flow.rangeShape(a - from, b - from));
        path.setStrokeWidth(0);
        return path;
    }

    /** Top of the line holding an article offset, in this view's coordinates (0 if not in it). */
    double lineTop(int offset) {
        if (offset < from || offset >= to) {
            return 0;
        }
        for (PathElement element : flow.rangeShape(offset - from, offset - from + 1)) {
            if (element instanceof MoveTo move) {
                return topGap() + move.getY();
            }
        }
        return topGap();
    }

    /** Where on screen the character at an article offset is drawn (its middle), or null when not in this view. */
    javafx.geometry.Point2D screenPointOf(int offset) {
        if (offset < from || offset >= to) {
            return null;
        }
        javafx.geometry.Bounds box = new Path(flow.rangeShape(offset - from, offset - from + 1)).getBoundsInLocal();
        return flow.localToScreen(box.getMinX() + Math.min(2, box.getWidth() / 2), box.getMinY() + box.getHeight() / 2);
    }

    /** The passage shapes shown (for tests and for keyboard access). */
    List<Path> passageShapes() {
        List<Path> shapes = new ArrayList<>();
        for (Node node : passages.getChildren()) {
            shapes.add((Path) node);
        }
        return shapes;
    }

    /** The decorations shown over the text (time-phrase marks). */
    List<Node> decorationShapes() {
        return decorations.getChildren();
    }

    /** The search match shapes shown. */
    List<Node> matchShapes() {
        return matches.getChildren();
    }
}
