package org.sourceline.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node. A {@link Tooltip} is a popup window
 * with its own scene and style: rows and chips that are rebuilt as the selection or the dataset
 * changes (an event's actors, its quotes) would otherwise make one per node each time, most
 * never shown. Once made, the tooltip behaves as one installed at once: it shows after the
 * usual delay while the pointer rests on the node.
 */
public final class LazyTooltips {
    private LazyTooltips() {
    }

    /** Installs on {@code node} the tooltip {@code make} gives, the first time the pointer enters it. */
    public static void install(Node node, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> onFirstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, make.get());
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, onFirstEntry);
    }

    /** As {@link #install(Node, Supplier)}, with a plain tooltip saying {@code text}. */
    public static void install(Node node, String text) {
        install(node, () -> new Tooltip(text));
    }
}
