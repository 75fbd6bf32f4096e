package org.sourceline.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;
import org.sourceline.query.EventIndex;

/** Marks say no more than the data: open starts are not anchored at the view's edge; labels are not cut at the right edge. */
class HonestMarksTest {
    private static final TextMeasurer FONT = TextMeasurer.monospace(7);
    private static final Actor A = new Actor("a", "Applicants", ActorKind.GROUP, null, null, null);
    private static final Actor B = new Actor("b", "Board", ActorKind.ORGANIZATION, null, null, null);

    private static Event event(String id, String title, long earliest, long latest) {
        TimeSpan time = new TimeSpan("x", null, earliest, latest, Qualifier.EXACT, Qualifier.EXACT, null);
        return new Event(id, title, null, time, EventType.OTHER, null, null, List.of(A), List.of(B), List.of(),
                Certainty.of(CertaintyLevel.STATED), List.of());
    }

    private static TimelineLayout layout(List<Event> events, double start, double end) {
        Article article = org.sourceline.TestDatasets.article("t", "o", null);
        Dataset dataset = new Dataset("d", null, article, List.of(A, B), events);
        TimelineIndex.Visible visible = NewsShapes.visible(dataset);
        return TimelineLayout.compute(new TimelineLayout.Input(visible, new TimeScale(start, end, 200, 1000),
                TimelineLayout.Mode.LANES, null, null, FONT, TimelineLayout.Metrics.DEFAULT, 0, Double.MAX_VALUE));
    }

    @Test
    void anOpenStartIsMarkedAtItsKnownEndNotAtTheViewsEdge() {
        long summer = Days.of(2010, 6, 30);
        TimelineLayout layout = layout(List.of(event("applicants", "About 12,000 applicants before last summer",
                Days.OPEN_START, summer)), Days.of(2010, 1, 1), Days.of(2011, 1, 1));
        TimelineLayout.Item item = layout.items().get(0);
        double knownEnd = layout.scale().toX(summer + 1);
        assertThat(item.anchorX()).isCloseTo(knownEnd - 3, org.assertj.core.data.Offset.offset(0.5));
        assertThat(item.anchorX()).isGreaterThan(layout.scale().x0() + 100);
        assertThat(layout.roleMarks()).isNotEmpty().allSatisfy(m -> assertThat(m.x()).isEqualTo(item.anchorX()));
    }

    @Test
    void anOpenStartWhoseEndIsOutOfViewHasNoMarksAtTheEdge() {
        TimelineLayout layout = layout(List.of(event("long", "Before 2012", Days.OPEN_START, Days.of(2011, 12, 31))),
                Days.of(2010, 1, 1), Days.of(2011, 1, 1));
        assertThat(layout.items().get(0).isAnchored()).isFalse();
        assertThat(layout.roleMarks()).isEmpty();
    }

    @Test
    void aKnownStartKeepsItsMarksWhereTheBarBegins() {
        long start = Days.of(2010, 3, 1);
        TimelineLayout layout = layout(List.of(event("span", "A span", start, Days.of(2010, 5, 1))),
                Days.of(2010, 1, 1), Days.of(2011, 1, 1));
        assertThat(layout.items().get(0).anchorX()).isCloseTo(layout.scale().toX(start) + 3,
                org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void aLabelNearTheRightEdgeGoesBeforeItsMarkInsteadOfBeingCut() {
        String title = "Sunak wins the leadership contest";
        long day = Days.of(2010, 12, 28);
        TimelineLayout layout = layout(List.of(event("late", title, day, day)), Days.of(2010, 1, 1), Days.of(2011, 1, 1));
        TimelineLayout.Item item = layout.items().get(0);
        assertThat(item.label()).isEqualTo(title);
        assertThat(item.labelX() + item.labelWidth()).isLessThan(item.anchorX());
    }

    @Test
    void aBarRunningOffTheRightEdgeHoldsItsLabelInsideOrBefore() {
        String title = "Deadline at the end of the year for all the orbiters";
        TimelineLayout layout = layout(List.of(
                event("tail", title, Days.of(2010, 11, 1), Days.of(2011, 6, 1))), Days.of(2010, 1, 1), Days.of(2011, 1, 1));
        TimelineLayout.Item item = layout.items().get(0);
        assertThat(item.label()).isEqualTo(title);
        assertThat(item.labelX() + item.labelWidth()).isLessThanOrEqualTo(1200);
    }
}
