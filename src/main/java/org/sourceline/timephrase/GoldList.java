package org.sourceline.timephrase;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written list of an article's time phrases and what a careful reader takes each to
 * mean, for measuring the resolver. A plain text file of tab-separated lines ({@code #} starts a
 * comment, {@code -} stands for null):
 *
 * <pre>
 * article    FILE                      (relative to the list's folder)
 * reference  EDTF  EARLIEST  LATEST  SOURCE   (the publication date the phrases are read against)
 * phrase     START  END  TEXT  EDTF  EARLIEST  LATEST  NOTE
 * extra      START  END  TEXT  WHY     (found by the resolver, not in the list, still a time expression)
 * </pre>
 */
public record GoldList(String article, ReferenceDate reference, List<Phrase> phrases, List<Extra> extras) {
    /** One phrase and its truth; null bounds are open or unknown. */
    public record Phrase(int start, int end, String text, String edtf, LocalDate earliest, LocalDate latest, String note) {
    }

    /** A phrase the list accepts as a real time expression without measuring its meaning. */
    public record Extra(int start, int end, String text, String why) {
    }

    /** Parses a list; throws {@link IllegalArgumentException} naming the line of the first problem. */
    public static GoldList parse(String content) {
        String article = null;
        ReferenceDate reference = null;
        List<Phrase> phrases = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "article" -> article = field(f, 1);
                    case "reference" -> {
                        LocalDate earliest = date(field(f, 2));
                        LocalDate latest = date(field(f, 3));
                        reference = new ReferenceDate(field(f, 1), earliest.toEpochDay(), latest.toEpochDay(), field(f, 4));
                    }
                    case "phrase" -> phrases.add(new Phrase(Integer.parseInt(field(f, 1)), Integer.parseInt(field(f, 2)),
                            field(f, 3), nullable(field(f, 4)), date(field(f, 5)), date(field(f, 6)),
                            f.length > 7 ? f[7] : ""));
                    case "extra" -> extras.add(new Extra(Integer.parseInt(field(f, 1)), Integer.parseInt(field(f, 2)),
                            field(f, 3), field(f, 4)));
                    default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (article == null) {
            throw new IllegalArgumentException("no 'article' line");
        }
        return new GoldList(article, reference, List.copyOf(phrases), List.copyOf(extras));
    }

    /** Problems with the list against the article's text: phrases or extras whose offsets do not hold their words. */
    public List<String> check(String text) {
        List<String> problems = new ArrayList<>();
        for (Phrase p : phrases) {
            checkSpan(text, p.start(), p.end(), p.text(), problems);
        }
        for (Extra x : extras) {
            checkSpan(text, x.start(), x.end(), x.text(), problems);
        }
        return problems;
    }

    private static void checkSpan(String text, int start, int end, String words, List<String> problems) {
        if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(words)) {
            problems.add(start + "-" + end + ": expected “" + words + "” but the text has “"
                    + (start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "") + "”");
        }
    }

    private static String field(String[] f, int i) {
        if (i >= f.length) {
            throw new IllegalArgumentException("expected at least " + (i + 1) + " tab-separated fields");
        }
        return f[i];
    }

    private static String nullable(String s) {
        return s.equals("-") ? null : s;
    }

    private static LocalDate date(String s) {
        if (s.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date (YYYY-MM-DD or -)");
        }
    }
}
