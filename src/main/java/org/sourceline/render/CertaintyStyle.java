package org.sourceline.render;

import org.sourceline.model.CertaintyLevel;

/**
 * How certainty is drawn, the same on the timeline, the graph, the article highlights and the
 * legend: the surer the article is, the more solid the mark. Stated events are filled; reported
 * ones slightly lighter; claims lighter still; assessments are outlined; forecasts are outlined
 * with a dashed line.
 *
 * @param fillOpacity opacity of the mark's fill in the event type's colour
 * @param dashes      outline dash pattern in pixels, empty for a solid line
 * @param label       legend text
 */
public record CertaintyStyle(double fillOpacity, double[] dashes, String label) {

    public static CertaintyStyle of(CertaintyLevel level) {
        return switch (level) {
            case STATED -> new CertaintyStyle(1.0, new double[0], "Stated");
            case REPORTED -> new CertaintyStyle(0.7, new double[0], "Reported");
            case CLAIMED -> new CertaintyStyle(0.45, new double[0], "Claimed by …");
            case ASSESSED -> new CertaintyStyle(0.15, new double[0], "Assessed by …");
            case FORECAST -> new CertaintyStyle(0.0, new double[] {4, 3}, "Forecast / possible");
        };
    }

    public boolean isDashed() {
        return dashes.length > 0;
    }
}
