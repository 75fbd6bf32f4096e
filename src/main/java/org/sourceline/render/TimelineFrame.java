package org.sourceline.render;

import org.sourceline.render.layout.TimelineLayout;

/**
 * Everything one drawing of the timeline needs: the layout, the drawing size, the vertical
 * scroll, what is selected or hovered, and whether the legend shows.
 *
 * @param layout           lanes, items, marks and densities for this frame
 * @param width            drawing width in pixels
 * @param height           drawing height in pixels
 * @param labelColumnWidth width of the lane label column on the left
 * @param axisHeight       height of the time axis on top
 * @param scrollY          vertical scroll of the lane area, in pixels
 * @param selectedEvent    event to emphasise, or -1
 * @param hoveredEvent     event under the pointer, or -1
 * @param showLegend       whether to draw the legend
 * @param numberClusters   whether clusters carry numbers ("#3 +5") that a list elsewhere explains (images)
 */
public record TimelineFrame(TimelineLayout layout, double width, double height, double labelColumnWidth,
                            double axisHeight, double scrollY, int selectedEvent, int hoveredEvent, boolean showLegend,
                            boolean numberClusters) {
    /** A frame of the app's view: clusters open as one zooms in, so they need no numbers. */
    public TimelineFrame(TimelineLayout layout, double width, double height, double labelColumnWidth, double axisHeight,
                         double scrollY, int selectedEvent, int hoveredEvent, boolean showLegend) {
        this(layout, width, height, labelColumnWidth, axisHeight, scrollY, selectedEvent, hoveredEvent, showLegend, false);
    }
}
