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
 */
public final class TimeAxis {
    /** A tick on the axis; {@code label} is empty for an unlabelled (minor) tick. */
    public record Tick(double x, String label) {
    }

    /** A label in the context row (the month of day ticks, the year of month ticks). */
    public record ContextLabel(double x, String label) {
    }

    /** The axis for one scale. */
    public record Layout(Unit unit, int step, List<Tick> ticks, List<ContextLabel> context) {
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
        Step chosen = LADDER.get(LADDER.size() - 1);
        for (Step step : LADDER) {
            double spacing = step.approxDays() * scale.pixelsPerDay();
            double labelWidth = measurer.width(sampleLabel(step, scale));
            if (spacing >= labelWidth + LABEL_GAP) {
                chosen = step;
                break;
            }
        }
        List<Tick> ticks = ticks(scale, chosen, measurer);
        List<ContextLabel> context = context(scale, chosen, measurer);
        return new Layout(chosen.unit(), chosen.count(), ticks, context);
    }

    private static String sampleLabel(Step step, TimeScale scale) {
        return switch (step.unit()) {
            case DAY -> step.count() >= 7 ? "30 Sep" : "30";
            case MONTH -> "2022";
            case YEAR -> yearLabel(Days.yearOf((long) Math.floor(scale.start())), step.count());
        };
    }

    private static List<Tick> ticks(TimeScale scale, Step step, TextMeasurer measurer) {
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.floor(scale.start());
        long last = (long) Math.ceil(scale.end());
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
                    if (!Days.isCalendarDay(day)) {
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
                    if (date.toEpochDay() >= first - 31 && (date.getMonthValue() - 1) % step.count() == 0) {
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
                    ticks.add(new Tick(scale.toX(Days.yearStart(y)), yearLabel(y, step.count())));
                }
            }
            default -> throw new IllegalStateException();
        }
        return keepInside(ticks, scale, measurer);
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

    private static List<ContextLabel> context(TimeScale scale, Step step, TextMeasurer measurer) {
        if (step.unit() == Unit.YEAR) {
            return List.of();
        }
        List<ContextLabel> starts = new ArrayList<>();
        long first = (long) Math.floor(scale.start());
        long last = (long) Math.ceil(scale.end());
        if (!Days.isCalendarDay(first) || !Days.isCalendarDay(last)) {
            return List.of();
        }
        LocalDate date = LocalDate.ofEpochDay(first);
        LocalDate period = step.unit() == Unit.DAY ? date.withDayOfMonth(1) : date.withDayOfYear(1);
        // The period already under way at the left edge is labelled at the edge (sticky).
        starts.add(new ContextLabel(scale.x0(), contextLabel(period, step.unit())));
        period = step.unit() == Unit.DAY ? period.plusMonths(1) : period.plusYears(1);
        while (period.toEpochDay() <= last) {
            starts.add(new ContextLabel(scale.toX(period.toEpochDay()), contextLabel(period, step.unit())));
            period = step.unit() == Unit.DAY ? period.plusMonths(1) : period.plusYears(1);
        }
        List<ContextLabel> kept = new ArrayList<>();
        double right = scale.x0() + scale.width();
        for (int i = 0; i < starts.size(); i++) {
            ContextLabel label = starts.get(i);
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
