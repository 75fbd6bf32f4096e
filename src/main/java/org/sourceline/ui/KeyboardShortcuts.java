package org.sourceline.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The shortcuts the Help menu lists. Views with their own keys add a line here. */
public final class KeyboardShortcuts {
    /** One line of the list: keys and what they do. */
    public record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+O", "Open a dataset"),
            new Shortcut("Ctrl+Shift+M", "Merge other datasets into the open one (review before merging)"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("Ctrl+. / Ctrl+,", "Select the next / previous event in time"),
            new Shortcut("Ctrl+Shift+L", "Clear all filters"),
            new Shortcut("Timeline: wheel / drag", "Zoom around the pointer / pan (Shift+wheel scrolls the lanes)"),
            new Shortcut("Timeline: + / −", "Zoom in / out (also Ctrl+= and Ctrl+− anywhere)"),
            new Shortcut("Timeline: ← / →", "Pan"),
            new Shortcut("Timeline: Home", "Fit all (also Ctrl+0)"),
            new Shortcut("Timeline: Tab / Shift+Tab, ↓ / ↑", "Select the next / previous event in time"),
            new Shortcut("Timeline: Enter", "Zoom to the selected event (also Ctrl+Shift+Z)"),
            new Shortcut("Timeline: double-click", "Zoom in (on an event: zoom to it)"),
            new Shortcut("Timeline: drag a lane label", "Reorder lanes (right-click a label for more)"),
            new Shortcut("Ctrl+L / Ctrl+K", "Show the legend / compact timeline"),
            new Shortcut("Ctrl+1 / Ctrl+2 / Ctrl+3", "Time scale: linear / events evenly spaced / gaps shrunk"),
            new Shortcut("← / → (source panel)", "Select the previous / next event in time"),
            new Shortcut("Ctrl+Shift+C", "Copy the selected event's citation (quote, article, date)"),
            new Shortcut("Ctrl+F", "Find in the article"),
            new Shortcut("Ctrl+Shift+T", "Show the time phrases of the article (their meaning on hover)"),
            new Shortcut("Enter / Shift+Enter, F3 / Shift+F3", "Next / previous match in the article"),
            new Shortcut("Esc", "Close the article search"),
            new Shortcut("F1", "This list"));

    private KeyboardShortcuts() {
    }

    static GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : ALL) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.action()));
        }
        return grid;
    }
}
