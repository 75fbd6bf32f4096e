package org.sourceline.ui.source;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.sourceline.model.Article;
import org.sourceline.model.TimeSpan;
import org.sourceline.text.HighlightRuns;
import org.sourceline.text.TimeWords;
import org.sourceline.timephrase.ReferenceDate;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.timephrase.TimePhrases;

/**
 * The article's time phrases as a decoration of the reader (View → Show Time Phrases): a dashed
 * underline under each phrase and, on hover, what it means — EDTF, the bounds in words and the
 * note. Phrases are read against the dataset's publication date, else the article's dateline;
 * a long article is read off the JavaFX thread, and the reader asks only for the marks of the
 * paragraphs it builds, so scrolling costs no more than the paragraphs on screen.
 *
 * <p>A paragraph's marks are one {@link TimePhraseLayer} over its text: it passes a click on to
 * the evidence passage beneath and lets other mouse events bubble up to the paragraph.
 */
final class TimePhraseMarks {
    /** From this many characters on, phrases are found in the background (tests lower it). */
    static int backgroundThreshold = 50_000;
    static final Color UNDERLINE = Color.web("#00796B");

    private final ArticleReader reader;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "showTimePhrases", false);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading", false);
    private final Tooltip tooltip = new Tooltip();
    private Article article;
    private List<TimePhrase> phrases = List.of();
    private boolean requested;
    private long generation;

    TimePhraseMarks(ArticleReader reader) {
        this.reader = reader;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(440);
        shown.addListener((obs, old, now) -> {
            if (now) {
                request();
            }
            reader.decorationChanged();
        });
    }

    /** Whether the marks are shown. */
    BooleanProperty shownProperty() {
        return shown;
    }

    /** True while a long article's phrases are being found in the background. */
    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The phrases found so far (empty until read, or while hidden and never shown). */
    List<TimePhrase> phrases() {
        return phrases;
    }

    /** A new article: forget the old phrases; read the new ones when shown. */
    void articleChanged(Article now) {
        article = now;
        phrases = List.of();
        requested = false;
        generation++;
        reading.set(false);
        if (shown.get()) {
            request();
        }
    }

    private void request() {
        if (requested || article == null || !article.hasText()) {
            return;
        }
        requested = true;
        Article source = article;
        ReferenceDate published = ReferenceDate.of(source.published(), "the dataset's publication date");
        if (source.text().length() < backgroundThreshold) {
            phrases = TimePhrases.find(source.text(), published);
            return;
        }
        long asked = generation;
        this.reading.set(true);
        Thread worker = new Thread(() -> {
            List<TimePhrase> found = TimePhrases.find(source.text(), published);
            Platform.runLater(() -> {
                if (asked == generation) {
                    phrases = found;
                    this.reading.set(false);
                    reader.decorationChanged();
                }
            });
        }, "sourceline-time-phrases");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * The marks of the phrases within [from, to) of the article, in the coordinates of the text
     * flow that shows exactly that range: one layer, or none when hidden or without phrases.
     */
    List<Node> marks(int from, int to, TextFlow flow) {
        if (!shown.get() || phrases.isEmpty()) {
            return List.of();
        }
        int first = firstEndingAfter(from);
        int last = first;
        while (last < phrases.size() && phrases.get(last).start() < to) {
            last++;
        }
        if (first == last) {
            return List.of();
        }
        return List.of(new TimePhraseLayer(this, phrases.subList(first, last), from, to, flow, tooltip));
    }

    /** The pointer is over a phrase: the shared tooltip says what it means. */
    void hovered(TimePhrase phrase, int run) {
        tooltip.setText(describe(phrase, run));
    }

    /** A click on a phrase inside an evidence passage selects the passage's event, as a click on the passage would. */
    void passageClicked(int run, Node anchor, double screenX, double screenY) {
        reader.passageClicked(run, anchor, screenX, screenY);
    }

    /** The evidence passage run holding an offset, or -1. */
    int runAt(int offset) {
        HighlightRuns runs = reader.runs();
        int r = runs.firstEndingAfter(offset);
        return r < runs.size() && runs.start(r) <= offset ? r : -1;
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = phrases.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (phrases.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * “in the late fall of 2022” → 2022-23
     * 1 November – 20 December 2022
     * the note; and, over a passage, the events it supports.
     */
    String describe(TimePhrase phrase, int run) {
        StringBuilder sb = new StringBuilder();
        sb.append('“').append(phrase.phrase().replace('\n', ' ')).append("” → ")
                .append(phrase.edtf() == null ? "not resolved" : phrase.edtf());
        TimeSpan span = phrase.toTimeSpan();
        if (span != null) {
            sb.append('\n').append(TimeWords.describe(span));
        } else if (phrase.edtf() != null) {
            sb.append("\nthe year is not known");
        }
        if (!phrase.note().isEmpty()) {
            sb.append("\n\n").append(phrase.note());
        }
        if (run >= 0) {
            sb.append("\n\n").append(reader.describeRun(run));
        }
        return sb.toString();
    }

    /** The tooltip the marks share (for tests). */
    Tooltip tooltip() {
        return tooltip;
    }
}
