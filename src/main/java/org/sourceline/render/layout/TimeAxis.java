package org.sourceline.render.layout;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.model.Days;

/**
 * Chooses the ticks and labels of the time axis for a scale: the finest calendar unit (days,
 * weeks, months, quarters, years, decades, centuries, millennia…) whose labels fit without
 * overlapping, plus a context row naming the enclosing month or year. Labels are kept inside
 * the axis: none is clipped at either edge.
 *
 * <p>In gaps mode the calendar ticks are laid out in each kept stretch on its own, and each break
 * is a {@link BreakMark} saying how much time it stands for; a stretch after a break starts with
 * its own context label. In events mode, where each event has a slot, the axis dates the days
 * that hold events instead ("12 Apr" over each day's slots, the year as context).
 */
public final class TimeAxis {
    /**
     * A tick on the axis; {@code label} is empty for an unlabelled (minor) tick. The label is
     * centred on {@code labelX} (the tick itself unless a day's label stands over its slots).
     */
    public record Tick(double x, String label, double labelX) {
        public Tick(double x, String label) {
            this(x, label, x);
        }
    }

    /** A label in the context row (the month of day ticks, the year of month ticks). */
    public record ContextLabel(double x, String label) {
    }

    /** A shrunk stretch of time between pixels x0 and x1, and how long it is ("3 yr"). */
    public record BreakMark(double x0, double x1, String duration) {
    }

    /** The axis for one scale. */
    public record Layout(Unit unit, int step, List<Tick> ticks, List<ContextLabel> context, List<BreakMark> breaks) {
        public Layout(Unit unit, int step, List<Tick> ticks, List<ContextLabel> context) {
            this(unit, step, ticks, context, List.of());
        }
    }

    /** Calendar units, finest first. */
    public enum Unit { DAY, MONTH, YEAR }

    private record Step(Unit unit, int count, double approxDays) {
    }

    private static final List<Step> LADDER = buildLadder();

    /** Horizontal gap kept between neighbouring labels. */
    static final double LABEL_GAP = 10;

    private TimeAxis() {
    }

    private static List<Step> buildLadder() {
        List<Step> steps = new ArrayList<>();
        for (int d : new int[] {1, 2, 7, 14}) {
            steps.add(new Step(Unit.DAY, d, d));
        }
        for (int m : new int[] {1, 3, 6}) {
            steps.add(new Step(Unit.MONTH, m, m * 30.44));
        }
        long years = 1;
        while (years <= 1_000_000_000L) {
            for (int f : new int[] {1, 2, 5}) {
                long y = years * f;
                steps.add(new Step(Unit.YEAR, (int) Math.min(Integer.MAX_VALUE, y), y * 365.2425));
            }
            years *= 10;
        }
        return steps;
    }

    /** Lays out the axis for {@code scale}, measuring labels with {@code measurer}. */
    public static Layout layout(TimeScale scale, TextMeasurer measurer) {
        if (scale.mapping().mode() == TimeScaleMode.EVENTS) {
            return eventDays(scale, measurer);
        }
        Step chosen = LADDER.get(LADDER.size() - 1);
        for (Step step : LADDER) {
            // Units are days in linear mode and inside the kept stretches of gaps mode.
            double spacing = step.approxDays() * scale.pixelsPerUnit();
            double labelWidth = measurer.width(sampleLabel(step, scale));
            if (spacing >= labelWidth + LABEL_GAP) {
                chosen = step;
                break;
            }
        }
        List<double[]> stretches = keptStretches(scale);
        List<Tick> ticks = new ArrayList<>();
        List<ContextLabel> starts = new ArrayList<>();
        for (double[] stretch : stretches) {
            ticks.addAll(ticks(scale, chosen, stretch[0], stretch[1]));
            starts.addAll(contextStarts(scale, chosen, stretch[0], stretch[1]));
        }
        return new Layout(chosen.unit(), chosen.count(), keepInside(withoutOverlaps(ticks, measurer), scale, measurer),
                keepApart(starts, scale, measurer), breakMarks(scale));
    }

    /** The parts of the view outside breaks, as day ranges [from, to). */
    private static List<double[]> keptStretches(TimeScale scale) {
        List<double[]> stretches = new ArrayList<>();
        double from = scale.start();
        for (TimeMapping.Break b : scale.mapping().breaks()) {
            if (b.toDay() <= scale.start() || b.fromDay() >= scale.end()) {
                continue;
            }
            if (b.fromDay() > from) {
                stretches.add(new double[] {from, b.fromDay()});
            }
            from = Math.max(from, b.toDay());
        }
        if (from < scale.end()) {
            stretches.add(new double[] {from, scale.end()});
        }
        return stretches;
    }

    private static List<BreakMark> breakMarks(TimeScale scale) {
        List<BreakMark> marks = new ArrayList<>();
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        for (TimeMapping.Break b : scale.mapping().breaks()) {
            double x0 = scale.toX(b.fromDay());
            double x1 = scale.toX(b.toDay());
            if (x1 > left && x0 < right) {
                marks.add(new BreakMark(x0, x1, duration(b.skippedDays())));
            }
        }
        return marks;
    }

    /** "12 d", "5 mo", "3 yr", "1,200 yr": how long a break is, roughly. */
    static String duration(double days) {
        if (days < 60) {
            return Math.round(days) + " d";
        }
        if (days < 730) {
            return Math.round(days / 30.44) + " mo";
        }
        return String.format(Locale.ENGLISH, "%,d yr", Math.round(days / 365.2425));
    }

    /**
     * Events mode: a tick where each day holding events begins, its date ("12 Apr") centred over
     * the day's slots when there is room, and the year as context.
     */
    private static Layout eventDays(TimeScale scale, TextMeasurer measurer) {
        TimeMapping mapping = scale.mapping();
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        List<Tick> ticks = new ArrayList<>();
        List<ContextLabel> starts = new ArrayList<>();
        long previousYear = Long.MIN_VALUE;
        int first = Math.max(0, mapping.firstSlotDayFrom(scale.start()) - 1);
        double labelEnd = Double.NEGATIVE_INFINITY;
        for (int i = first; i < mapping.slotDayCount(); i++) {
            long day = mapping.slotDay(i);
            double x = scale.toX(day);
            double xEnd = scale.toX(day + 1.0);
            if (x > right) {
                break;
            }
            if (xEnd < left) {
                continue;
            }
            long year = Days.yearOf(day);
            if (year != previousYear) {
                starts.add(new ContextLabel(Math.max(left, x), Days.isCalendarDay(day) ? Long.toString(year)
                        : yearLabel(year, 1)));
                previousYear = year;
            }
            String label = Days.isCalendarDay(day) ? dayLabel(LocalDate.ofEpochDay(day)) : "";
            double labelX = (Math.max(left, x) + Math.min(right, xEnd)) / 2;
            double half = measurer.width(label) / 2;
            boolean fits = !label.isEmpty() && labelX - half >= labelEnd + LABEL_GAP && labelX - half >= left
                    && labelX + half <= right;
            if (fits) {
                labelEnd = labelX + half;
            }
            ticks.add(new Tick(Math.max(left, x), fits ? label : "", labelX));
        }
        return new Layout(Unit.DAY, 1, ticks, keepApart(starts, scale, measurer), List.of());
    }

    private static String dayLabel(LocalDate date) {
        return date.getDayOfMonth() + " " + monthName(date);
    }

    private static String sampleLabel(Step step, TimeScale scale) {
        return switch (step.unit()) {
            case DAY -> step.count() >= 7 ? "30 Sep" : "30";
            case MONTH -> "2022";
            case YEAR -> yearLabel(Days.yearOf((long) Math.floor(scale.start())), step.count());
        };
    }

    /** The ticks of one step in days [from, to). */
    private static List<Tick> ticks(TimeScale scale, Step step, double from, double to) {
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.floor(from);
        long last = (long) Math.ceil(to);
        switch (step.unit()) {
            case DAY -> {
                long day = first;
                if (step.count() == 7 || step.count() == 14) {
                    // Weeks start on Mondays; epoch day 4 (1970-01-05) is a Monday.
                    long period = step.count();
                    day = first - Math.floorMod(first - 4, period);
                } else {
                    day = first - Math.floorMod(first, step.count());
                }
                for (; day <= last; day += step.count()) {
                    if (!Days.isCalendarDay(day) || day < from || day > to) {
                        continue;
                    }
                    LocalDate date = LocalDate.ofEpochDay(day);
                    String label = step.count() >= 7 ? date.getDayOfMonth() + " " + monthName(date) : Integer.toString(date.getDayOfMonth());
                    ticks.add(new Tick(scale.toX(day), label));
                }
            }
            case MONTH -> {
                long year = Days.yearOf(first);
                LocalDate date = LocalDate.of((int) year, 1, 1);
                while (date.toEpochDay() <= last) {
                    if (date.toEpochDay() >= from && date.toEpochDay() <= to
                            && (date.getMonthValue() - 1) % step.count() == 0) {
                        // January is labelled with its year, so the axis reads without a context row.
                        String label = date.getMonthValue() == 1 ? Integer.toString(date.getYear()) : monthName(date);
                        ticks.add(new Tick(scale.toX(date.toEpochDay()), label));
                    }
                    date = date.plusMonths(1);
                }
            }
            case YEAR -> {
                long y = Math.floorDiv(Days.yearOf(first), step.count()) * step.count();
                long lastYear = Days.yearOf(last) + step.count();
                for (; y <= lastYear; y += step.count()) {
                    long day = Days.yearStart(y);
                    if (day >= from && day <= to) {
                        ticks.add(new Tick(scale.toX(day), yearLabel(y, step.count())));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return ticks;
    }

    /** Blanks a label that would overlap the one before it (stretches side by side may crowd). */
    private static List<Tick> withoutOverlaps(List<Tick> ticks, TextMeasurer measurer) {
        List<Tick> out = new ArrayList<>(ticks.size());
        double end = Double.NEGATIVE_INFINITY;
        for (Tick tick : ticks) {
            double half = measurer.width(tick.label()) / 2;
            if (!tick.label().isEmpty() && tick.labelX() - half < end + LABEL_GAP) {
                out.add(new Tick(tick.x(), ""));
                continue;
            }
            if (!tick.label().isEmpty()) {
                end = tick.labelX() + half;
            }
            out.add(tick);
        }
        return out;
    }

    /** Drops ticks outside the axis and labels that would be clipped at an edge. */
    private static List<Tick> keepInside(List<Tick> ticks, TimeScale scale, TextMeasurer measurer) {
        List<Tick> inside = new ArrayList<>();
        double left = scale.x0();
        double right = scale.x0() + scale.width();
        for (Tick tick : ticks) {
            if (tick.x() < left - 0.5 || tick.x() > right + 0.5) {
                continue;
            }
            double half = measurer.width(tick.label()) / 2;
            boolean fits = tick.x() - half >= left && tick.x() + half <= right;
            inside.add(fits ? tick : new Tick(tick.x(), ""));
        }
        return inside;
    }

    /** Context labels of days [from, to): the period under way at {@code from} (sticky), then each new one. */
    private static List<ContextLabel> contextStarts(TimeScale scale, Step step, double from, double to) {
        if (step.unit() == Unit.YEAR) {
            return List.of();
        }
        List<ContextLabel> starts = new ArrayList<>();
        long first = (long) Math.floor(from);
        long last = (long) Math.ceil(to);
        if (!Days.isCalendarDay(first) || !Days.isCalendarDay(last)) {
            return List.of();
        }
        LocalDate date = LocalDate.ofEpochDay(first);
        LocalDate period = step.unit() == Unit.DAY ? date.withDayOfMonth(1) : date.withDayOfYear(1);
        starts.add(new ContextLabel(Math.max(scale.x0(), scale.toX(from)), contextLabel(period, step.unit())));
        period = step.unit() == Unit.DAY ? period.plusMonths(1) : period.plusYears(1);
        while (period.toEpochDay() <= last && period.toEpochDay() < to) {
            starts.add(new ContextLabel(scale.toX(period.toEpochDay()), contextLabel(period, step.unit())));
            period = step.unit() == Unit.DAY ? period.plusMonths(1) : period.plusYears(1);
        }
        return starts;
    }

    /** Keeps the context labels that fit before the next one and the right edge. */
    private static List<ContextLabel> keepApart(List<ContextLabel> starts, TimeScale scale, TextMeasurer measurer) {
        List<ContextLabel> kept = new ArrayList<>();
        double right = scale.x0() + scale.width();
        for (int i = 0; i < starts.size(); i++) {
            ContextLabel label = starts.get(i);
            if (!kept.isEmpty() && kept.get(kept.size() - 1).label().equals(label.label())) {
                // The same month after a break: said once.
                continue;
            }
            double width = measurer.width(label.label());
            double nextX = i + 1 < starts.size() ? starts.get(i + 1).x() : Double.MAX_VALUE;
            if (label.x() + width + LABEL_GAP > nextX || label.x() + width > right) {
                // The sticky label yields to a period that starts right after it.
                continue;
            }
            kept.add(label);
        }
        return kept;
    }

    private static String contextLabel(LocalDate period, Unit unit) {
        return unit == Unit.DAY ? period.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.getYear()
                : Integer.toString(period.getYear());
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "2023", "1990s", "44 BCE", "12,000 BCE", "2.5 million BCE". */
    public static String yearLabel(long year, int step) {
        if (year <= 0) {
            long bce = 1 - year;
            return bigYear(bce) + " BCE";
        }
        String y = bigYear(year);
        return step == 10 && year % 10 == 0 && year < 10_000 ? y + "s" : y;
    }

    private static String bigYear(long year) {
        if (year >= 1_000_000_000L) {
            return trim(year / 1e9) + " billion";
        }
        if (year >= 1_000_000L) {
            return trim(year / 1e6) + " million";
        }
        if (year >= 10_000) {
            return String.format(Locale.ENGLISH, "%,d", year);
        }
        return Long.toString(year);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ENGLISH, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
