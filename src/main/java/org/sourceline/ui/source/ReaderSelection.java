package org.sourceline.ui.source;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.sourceline.edit.Passages;

/**
 * Selecting a passage of the article with the mouse and keys, as in any text view: drag across
 * paragraphs (the view scrolls when the pointer leaves it), double-click a word, Shift+click or
 * Shift+arrows to extend, Escape to drop it, Ctrl+C to copy. The selection always covers whole
 * words ({@link Passages#snap}); it is kept as article offsets, so it survives scrolling even
 * though only the paragraphs on screen have nodes.
 */
final class ReaderSelection {
    /** Pixels per frame the view scrolls at most while a drag is past its edge. */
    private static final double AUTOSCROLL_MAX = 40;

    private final ArticleReader reader;
    private final ReadOnlyObjectWrapper<IndexRange> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    /** The fixed end of the selection and the one that moves (drag, Shift+arrows), as raw offsets. */
    private int anchor = -1;
    private int focus = -1;
    private boolean pressed;
    private boolean dragged;
    private double lastSceneX;
    private double lastSceneY;
    private double autoscrollSpeed;
    private long lastPressNanos;
    private double lastPressX;
    private double lastPressY;
    private int clicks;
    private final AnimationTimer autoscroll = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (autoscrollSpeed == 0) {
                stop();
                return;
            }
            reader.flow().scrollPixels(autoscrollSpeed);
            dragTo(lastSceneX, lastSceneY);
        }
    };

    ReaderSelection(ArticleReader reader) {
        this.reader = reader;
        reader.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        reader.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        reader.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            pressed = false;
            autoscrollSpeed = 0;
            autoscroll.stop();
        });
    }

    ReadOnlyObjectProperty<IndexRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    IndexRange get() {
        return selection.get();
    }

    /** True while a drag that selects is under way or just ended (so the click after it is not a passage click). */
    boolean wasDragged() {
        return dragged;
    }

    /** Selects {@code [start, end)}, snapped to whole words; an empty or wordless range clears the selection. */
    void select(int start, int end) {
        anchor = start;
        focus = end;
        update();
    }

    void clear() {
        anchor = -1;
        focus = -1;
        if (selection.get() != null) {
            selection.set(null);
            reader.selectionChanged();
        }
    }

    private void update() {
        String text = reader.text();
        int[] span = anchor < 0 || focus < 0 ? null : Passages.snap(text, Math.min(anchor, focus), Math.max(anchor, focus));
        IndexRange next = span == null ? null : new IndexRange(span[0], span[1]);
        if (!java.util.Objects.equals(next, selection.get())) {
            selection.set(next);
            reader.selectionChanged();
        }
    }

    // ----- mouse ---------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || reader.isInSearchBar(e.getPickResult().getIntersectedNode())) {
            return;
        }
        int at = reader.offsetAt(e.getSceneX(), e.getSceneY());
        dragged = false;
        if (at < 0) {
            return;
        }
        int clicks = clickCount(e);
        if (clicks == 2) {
            int[] word = Passages.word(reader.text(), at);
            if (word != null) {
                select(word[0], word[1]);
            }
            pressed = false;
            return;
        }
        if (clicks >= 3) {
            int block = reader.blocks().blockAt(at);
            if (block >= 0) {
                select(reader.blocks().start(block), reader.blocks().end(block));
            }
            pressed = false;
            return;
        }
        if (e.isShiftDown() && anchor >= 0) {
            focus = at;
            update();
            pressed = true;
            return;
        }
        pressed = true;
        anchor = at;
        focus = at;
        if (selection.get() != null) {
            selection.set(null);
            reader.selectionChanged();
        }
    }

    private void dragged(MouseEvent e) {
        if (!pressed || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        lastSceneX = e.getSceneX();
        lastSceneY = e.getSceneY();
        // Past the top or bottom edge the view scrolls, faster the further the pointer is.
        Bounds view = reader.flow().localToScene(reader.flow().getLayoutBounds());
        if (e.getSceneY() < view.getMinY()) {
            autoscrollSpeed = -Math.min(AUTOSCROLL_MAX, 2 + (view.getMinY() - e.getSceneY()) / 2);
        } else if (e.getSceneY() > view.getMaxY()) {
            autoscrollSpeed = Math.min(AUTOSCROLL_MAX, 2 + (e.getSceneY() - view.getMaxY()) / 2);
        } else {
            autoscrollSpeed = 0;
        }
        if (autoscrollSpeed != 0) {
            autoscroll.start();
        }
        dragTo(e.getSceneX(), e.getSceneY());
    }

    private void dragTo(double sceneX, double sceneY) {
        int at = reader.offsetAt(sceneX, sceneY);
        if (at >= 0 && at != focus) {
            focus = at;
            dragged = true;
            update();
        }
    }

    /**
     * The click count of a press, counted here as well: a first click on a passage selects its
     * event and redraws the passage, and the toolkit starts counting afresh on the new node.
     */
    private int clickCount(MouseEvent e) {
        long now = System.nanoTime();
        boolean again = now - lastPressNanos < 500_000_000L && Math.abs(e.getScreenX() - lastPressX) < 5
                && Math.abs(e.getScreenY() - lastPressY) < 5;
        clicks = Math.max(e.getClickCount(), again ? clicks + 1 : 1);
        lastPressNanos = now;
        lastPressX = e.getScreenX();
        lastPressY = e.getScreenY();
        return clicks;
    }

    // ----- keys ----------------------------------------------------------------------------

    /** Shift+←/→ by word, Shift+↑/↓ by line, Escape, Ctrl+C; true when the key was used. */
    boolean keyPressed(KeyEvent e) {
        IndexRange current = selection.get();
        if (e.getCode() == KeyCode.ESCAPE && current != null) {
            clear();
            return true;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C && current != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(reader.text().substring(current.getStart(), current.getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
            return true;
        }
        if (!e.isShiftDown() || e.isShortcutDown() || e.isAltDown() || current == null) {
            return false;
        }
        String text = reader.text();
        int from = focus < 0 ? current.getEnd() : focus;
        int to = switch (e.getCode()) {
            case RIGHT -> nextWordEnd(text, from);
            case LEFT -> previousWordStart(text, from);
            case DOWN -> reader.offsetOnNextLine(from, +1);
            case UP -> reader.offsetOnNextLine(from, -1);
            default -> -2;
        };
        if (to == -2) {
            return false;
        }
        if (to >= 0) {
            if (anchor < 0) {
                anchor = current.getStart();
            }
            focus = to;
            update();
            reader.reveal(focus);
        }
        return true;
    }

    private static int nextWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static int previousWordStart(String text, int from) {
        int i = from;
        while (i > 0 && !Character.isLetterOrDigit(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        while (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }
}
