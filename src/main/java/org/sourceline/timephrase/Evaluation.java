package org.sourceline.timephrase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How well the resolver reads an article, measured against a {@link GoldList}:
 * <ul>
 * <li><b>recall</b>: gold phrases that some found phrase overlaps;
 * <li><b>precision</b>: found phrases that overlap a gold phrase or an accepted extra;
 * <li><b>normalisation accuracy</b>: of the found phrases that overlap a gold phrase (each
 * judged against the gold phrase it overlaps most), those whose bounds contain the truth and are
 * no more than twice as wide. Where the truth has an open end the found end must be open too,
 * and a known end may be looser than the truth's by no more than the uncertainty of the
 * article's date (none for a dateline);
 * <li><b>EDTF exact</b>: of the same judged phrases, those whose EDTF is the gold list's, character
 * for character (stricter than the bounds: "2022-22" and "2022-06-21/2022-09-21" differ).
 * </ul>
 */
public record Evaluation(int gold, int goldFound, int found, int foundReal, int judged, int accurate, int edtfExact,
                         List<String> missed, List<String> spurious, List<String> inaccurate) {

    public double recall() {
        return gold == 0 ? 1 : goldFound / (double) gold;
    }

    public double precision() {
        return found == 0 ? 1 : foundReal / (double) found;
    }

    public double accuracy() {
        return judged == 0 ? 1 : accurate / (double) judged;
    }

    public double edtfExactness() {
        return judged == 0 ? 1 : edtfExact / (double) judged;
    }

    /** The evaluations of several articles as one: their counts added up. */
    public static Evaluation total(List<Evaluation> parts) {
        int[] n = new int[7];
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> inaccurate = new ArrayList<>();
        for (Evaluation e : parts) {
            n[0] += e.gold;
            n[1] += e.goldFound;
            n[2] += e.found;
            n[3] += e.foundReal;
            n[4] += e.judged;
            n[5] += e.accurate;
            n[6] += e.edtfExact;
            missed.addAll(e.missed);
            spurious.addAll(e.spurious);
            inaccurate.addAll(e.inaccurate);
        }
        return new Evaluation(n[0], n[1], n[2], n[3], n[4], n[5], n[6], List.copyOf(missed), List.copyOf(spurious),
                List.copyOf(inaccurate));
    }

    /** Measures found phrases against a gold list. */
    public static Evaluation of(GoldList list, List<TimePhrase> phrases) {
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> inaccurate = new ArrayList<>();
        int goldFound = 0;
        for (GoldList.Phrase g : list.phrases()) {
            boolean hit = phrases.stream().anyMatch(p -> overlaps(p.start(), p.end(), g.start(), g.end()));
            if (hit) {
                goldFound++;
            } else {
                missed.add(g.start() + "-" + g.end() + " “" + g.text() + "”");
            }
        }
        long slack = list.reference() == null ? 0 : list.reference().latest() - list.reference().earliest();
        int real = 0;
        int judged = 0;
        int accurate = 0;
        int exact = 0;
        for (TimePhrase p : phrases) {
            GoldList.Phrase best = null;
            int bestOverlap = 0;
            for (GoldList.Phrase g : list.phrases()) {
                int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                if (overlap > bestOverlap) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            boolean extra = list.extras().stream().anyMatch(x -> overlaps(p.start(), p.end(), x.start(), x.end()));
            if (best == null && !extra) {
                spurious.add(p.start() + "-" + p.end() + " “" + p.phrase() + "”");
                continue;
            }
            real++;
            if (best == null) {
                continue;
            }
            judged++;
            if (Objects.equals(best.edtf(), p.edtf())) {
                exact++;
            }
            String why = judge(p, best, slack);
            if (why == null) {
                accurate++;
            } else {
                inaccurate.add(p.start() + "-" + p.end() + " “" + p.phrase() + "”: " + why);
            }
        }
        return new Evaluation(list.phrases().size(), goldFound, phrases.size(), real, judged, accurate, exact,
                List.copyOf(missed), List.copyOf(spurious), List.copyOf(inaccurate));
    }

    /** Null when the found bounds hold the truth and are at most twice as wide; else why not. */
    static String judge(TimePhrase p, GoldList.Phrase g, long slack) {
        String found = bounds(p.earliest(), p.latest());
        String truth = bounds(g.earliest(), g.latest());
        if (g.earliest() == null != (p.earliest() == null)) {
            return found + " against " + truth + ": the start should " + (g.earliest() == null ? "" : "not ") + "be open";
        }
        if (g.latest() == null != (p.latest() == null)) {
            return found + " against " + truth + ": the end should " + (g.latest() == null ? "" : "not ") + "be open";
        }
        if (g.earliest() != null && p.earliest().isAfter(g.earliest())
                || g.latest() != null && p.latest().isBefore(g.latest())) {
            return found + " does not hold " + truth;
        }
        if (g.earliest() != null && g.latest() != null) {
            long truthWidth = g.latest().toEpochDay() - g.earliest().toEpochDay() + 1;
            long width = p.latest().toEpochDay() - p.earliest().toEpochDay() + 1;
            return width <= 2 * truthWidth ? null : found + " is more than twice as wide as " + truth;
        }
        if (g.earliest() != null && g.earliest().toEpochDay() - p.earliest().toEpochDay() > slack
                || g.latest() != null && p.latest().toEpochDay() - g.latest().toEpochDay() > slack) {
            return found + " is looser than " + truth + " at its known end";
        }
        return null;
    }

    private static String bounds(LocalDate a, LocalDate b) {
        return (a == null ? ".." : a.toString()) + "–" + (b == null ? ".." : b.toString());
    }

    private static boolean overlaps(int a, int b, int c, int d) {
        return a < d && c < b;
    }

    /**
     * "recall 100 % (13 of 13) · precision 100 % (13 of 13) · accuracy 100 % (13 of 13) · EDTF exact
     * 85 % (11 of 13)".
     */
    public String summary() {
        return String.format("recall %s (%d of %d) · precision %s (%d of %d) · accuracy %s (%d of %d) · EDTF exact %s (%d of %d)",
                percent(recall()), goldFound, gold, percent(precision()), foundReal, found, percent(accuracy()),
                accurate, judged, percent(edtfExactness()), edtfExact, judged);
    }

    private static String percent(double share) {
        return String.format("%.0f %%", share * 100);
    }
}
