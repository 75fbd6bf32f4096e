package org.sourceline.render.layout;

/**
 * Maps time (epoch days, fractional) to horizontal pixels and back: the visible range
 * {@code [start, end)} spans {@code width} pixels from {@code x0}. Days go through the
 * {@link TimeMapping} of the time scale mode first (a day is a unit in linear mode), and units
 * map linearly to pixels, so zooming and panning act on what is seen. Immutable; zooming and
 * panning return new scales.
 */
public final class TimeScale {
    /** The narrowest range one may zoom to: two days (the data has day precision at best). */
    public static final double MIN_SPAN_DAYS = 2;
    /** The widest: a million years. */
    public static final double MAX_SPAN_DAYS = 365.2425 * 1_000_000;

    private final double start;
    private final double end;
    private final double x0;
    private final double width;
    private final TimeMapping mapping;
    private final double startUnit;
    private final double pixelsPerUnit;

    /** A linear scale: a unit is a day. */
    public TimeScale(double start, double end, double x0, double width) {
        this(start, end, x0, width, TimeMapping.LINEAR);
    }

    /**
     * @param start   first visible day
     * @param end     day at the right edge
     * @param x0      pixel of the left edge
     * @param width   pixels from the left to the right edge
     * @param mapping how days are laid along the axis
     */
    public TimeScale(double start, double end, double x0, double width, TimeMapping mapping) {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty time range " + start + " .. " + end);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive");
        }
        this.start = start;
        this.end = end;
        this.x0 = x0;
        this.width = width;
        this.mapping = mapping;
        this.startUnit = mapping.toUnit(start);
        this.pixelsPerUnit = width / (mapping.toUnit(end) - startUnit);
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    public double x0() {
        return x0;
    }

    public double width() {
        return width;
    }

    public TimeMapping mapping() {
        return mapping;
    }

    /** Days from the left to the right edge. */
    public double span() {
        return end - start;
    }

    /** Units from the left to the right edge (days in linear mode). */
    public double unitSpan() {
        return width / pixelsPerUnit;
    }

    /** Pixels per unit of the mapping (per day in linear mode, and inside the kept stretches of gaps mode). */
    public double pixelsPerUnit() {
        return pixelsPerUnit;
    }

    public double toX(double day) {
        return x0 + (mapping.toUnit(day) - startUnit) * pixelsPerUnit;
    }

    public double toDay(double x) {
        return mapping.toDay(unitAt(x));
    }

    /** The pixel of an axis unit. */
    public double unitToX(double unit) {
        return x0 + (unit - startUnit) * pixelsPerUnit;
    }

    /** The axis unit at a pixel. */
    public double unitAt(double x) {
        return startUnit + (x - x0) / pixelsPerUnit;
    }

    /** Where an event's mark stands: its own slot in events mode, the middle of its anchor day otherwise. */
    public double eventX(int event, long anchorDay) {
        return unitToX(mapping.eventUnit(event, anchorDay));
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the time under pixel {@code x} in place. */
    public TimeScale zoom(double factor, double x) {
        double newSpan = clampSpan(unitSpan() / factor);
        double anchor = unitAt(x);
        double fraction = (x - x0) / width;
        double newStart = anchor - fraction * newSpan;
        return ofUnits(newStart, newStart + newSpan);
    }

    /** Moves the view right by {@code dx} pixels (the content moves left). */
    public TimeScale panPixels(double dx) {
        double units = dx / pixelsPerUnit;
        return ofUnits(startUnit + units, startUnit + unitSpan() + units);
    }

    /** The range around days [newStart, newEnd), its width in units kept within the zoom limits. */
    public TimeScale withRange(double newStart, double newEnd) {
        double u0 = mapping.toUnit(newStart);
        double u1 = mapping.toUnit(newEnd);
        double span = clampSpan(u1 - u0);
        double middle = (u0 + u1) / 2;
        return ofUnits(middle - span / 2, middle + span / 2);
    }

    /** The same width in units, centred on a day. */
    public TimeScale centredOn(double day) {
        double middle = mapping.toUnit(day);
        double half = unitSpan() / 2;
        return ofUnits(middle - half, middle + half);
    }

    public TimeScale withPixels(double newX0, double newWidth) {
        return new TimeScale(start, end, newX0, Math.max(1, newWidth), mapping);
    }

    /** The same days under another mapping (another time scale mode). */
    public TimeScale withMapping(TimeMapping newMapping) {
        return new TimeScale(start, end, x0, width, newMapping);
    }

    private TimeScale ofUnits(double u0, double u1) {
        double day0 = mapping.toDay(u0);
        double day1 = mapping.toDay(u1);
        if (!(day1 > day0)) {
            day1 = Math.nextUp(day0);
        }
        return new TimeScale(day0, day1, x0, width, mapping);
    }

    private double clampSpan(double span) {
        return Math.max(mapping.minSpan(), Math.min(mapping.maxSpan(), span));
    }

    @Override
    public String toString() {
        return "TimeScale[" + start + " .. " + end + ", x0=" + x0 + ", width=" + width + ", " + mapping.mode() + "]";
    }
}
