package org.sourceline.render.layout;

/**
 * Maps time (epoch days, fractional) to horizontal pixels and back: the visible range
 * {@code [start, end)} spans {@code width} pixels from {@code x0}. Immutable; zooming and panning
 * return new scales.
 *
 * @param start first visible day
 * @param end   day at the right edge
 * @param x0    pixel of the left edge
 * @param width pixels from the left to the right edge
 */
public record TimeScale(double start, double end, double x0, double width) {
    /** The narrowest range one may zoom to: two days (the data has day precision at best). */
    public static final double MIN_SPAN_DAYS = 2;
    /** The widest: a million years. */
    public static final double MAX_SPAN_DAYS = 365.2425 * 1_000_000;

    public TimeScale {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty time range " + start + " .. " + end);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive");
        }
    }

    public double span() {
        return end - start;
    }

    public double pixelsPerDay() {
        return width / span();
    }

    public double toX(double day) {
        return x0 + (day - start) * width / (end - start);
    }

    public double toDay(double x) {
        return start + (x - x0) * (end - start) / width;
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the day under pixel {@code x} in place. */
    public TimeScale zoom(double factor, double x) {
        double newSpan = clampSpan(span() / factor);
        double anchor = toDay(x);
        double fraction = (x - x0) / width;
        double newStart = anchor - fraction * newSpan;
        return new TimeScale(newStart, newStart + newSpan, x0, width);
    }

    /** Moves the view right by {@code dx} pixels (the content moves left). */
    public TimeScale panPixels(double dx) {
        double days = dx / pixelsPerDay();
        return new TimeScale(start + days, end + days, x0, width);
    }

    public TimeScale withRange(double newStart, double newEnd) {
        double span = clampSpan(newEnd - newStart);
        double middle = (newStart + newEnd) / 2;
        return new TimeScale(middle - span / 2, middle + span / 2, x0, width);
    }

    public TimeScale withPixels(double newX0, double newWidth) {
        return new TimeScale(start, end, newX0, Math.max(1, newWidth));
    }

    private static double clampSpan(double span) {
        return Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span));
    }
}
