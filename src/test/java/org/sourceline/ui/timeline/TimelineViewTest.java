package org.sourceline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private AppModel model;
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
        timeline = new TimelineView(model);
        stage.setScene(new Scene(timeline, 1300, 700));
        stage.show();
        stage.requestFocus();
    }

    private TimelineSkin skin() {
        return (TimelineSkin) timeline.getSkin();
    }

    private TimelineLayout layout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().redrawNow());
        return skin().currentLayout();
    }

    /** Screen point of canvas coordinates. */
    private Point2D screen(double x, double y) {
        return skin().canvas().localToScreen(x, y);
    }

    private double dayAtCanvasX(double x) {
        double x0 = TimelineRenderer.LABEL_COLUMN_WIDTH;
        double width = skin().canvas().getWidth() - x0 - 12;
        return timeline.getVisibleStart() + (x - x0) * (timeline.getVisibleEnd() - timeline.getVisibleStart()) / width;
    }

    @Test
    void firstViewFocusesOnTheCrowdedMonths(FxRobot robot) {
        TimelineLayout layout = layout(robot);
        assertThat(layout.isDetail()).isTrue();
        // Late 2022 and January 2023 fill the view; their events are drawn one by one.
        Event deal = model.getLoaded().dataset().event("drone-deal");
        TimelineLayout.Item item = layout.itemOf(model.getLoaded().index().indexOf(deal));
        assertThat(item).isNotNull();
        assertThat(item.label()).isEqualTo(deal.title());
    }

    @Test
    void wheelZoomsAroundThePointer(FxRobot robot) {
        layout(robot);
        double x = 700;
        double dayBefore = dayAtCanvasX(x);
        double spanBefore = timeline.getVisibleEnd() - timeline.getVisibleStart();
        robot.moveTo(screen(x, 300));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double spanAfter = timeline.getVisibleEnd() - timeline.getVisibleStart();
        assertThat(spanAfter).isNotEqualTo(spanBefore);
        assertThat(dayAtCanvasX(x)).isCloseTo(dayBefore, within(spanBefore / 500));
    }

    @Test
    void dragPans(FxRobot robot) {
        layout(robot);
        double startBefore = timeline.getVisibleStart();
        double span = timeline.getVisibleEnd() - startBefore;
        double width = skin().canvas().getWidth() - TimelineRenderer.LABEL_COLUMN_WIDTH - 12;
        robot.drag(screen(900, 260), MouseButton.PRIMARY).dropTo(screen(700, 260));
        WaitForAsyncUtils.waitForFxEvents();
        double expectedShift = 200 * span / width;
        assertThat(timeline.getVisibleStart() - startBefore).isCloseTo(expectedShift, within(span / 50));
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isCloseTo(span, within(1e-6));
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) {
        TimelineLayout layout = layout(robot);
        Event deal = model.getLoaded().dataset().event("drone-deal");
        TimelineLayout.Item item = layout.itemOf(model.getLoaded().index().indexOf(deal));
        double x = Math.max(item.x0(), TimelineRenderer.LABEL_COLUMN_WIDTH) + 10;
        double y = layout.rowCenterY(item) + TimelineRenderer.AXIS_HEIGHT - timeline.getLaneScroll();
        robot.clickOn(screen(x, y));
        assertThat(model.getSelectedEvent()).isSameAs(deal);
        assertThat(timeline.getAccessibleText()).contains(deal.title());
        // Clicking empty timeline space clears the selection.
        Point2D empty = null;
        for (double ex = 300; ex < 1100 && empty == null; ex += 20) {
            for (double ey = 20; ey < 300 && empty == null; ey += 5) {
                if (layout.hit(ex, ey, TimelineRenderer.LABEL_COLUMN_WIDTH) == null) {
                    empty = new Point2D(ex, ey);
                }
            }
        }
        assertThat(empty).isNotNull();
        robot.clickOn(screen(empty.getX(), empty.getY() + TimelineRenderer.AXIS_HEIGHT - timeline.getLaneScroll()));
        assertThat(model.getSelectedEvent()).isNull();
    }

    @Test
    void keyboardMovesTheSelectionInTimeOrder(FxRobot robot) {
        layout(robot);
        robot.interact(() -> timeline.requestFocus());
        robot.type(KeyCode.TAB);
        Event first = model.getSelectedEvent();
        assertThat(first).isNotNull();
        int[] order = model.getLoaded().index().timeOrder();
        assertThat(first).isSameAs(model.getLoaded().index().event(order[0]));
        robot.type(KeyCode.TAB);
        assertThat(model.getSelectedEvent()).isSameAs(model.getLoaded().index().event(order[1]));
        robot.type(KeyCode.DOWN);
        assertThat(model.getSelectedEvent()).isSameAs(model.getLoaded().index().event(order[2]));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(model.getSelectedEvent()).isSameAs(model.getLoaded().index().event(order[1]));
        assertThat(timeline.isFocused()).isTrue();
    }

    @Test
    void keysZoomPanAndFit(FxRobot robot) {
        layout(robot);
        robot.interact(() -> timeline.requestFocus());
        double span = timeline.getVisibleEnd() - timeline.getVisibleStart();
        robot.type(KeyCode.EQUALS);
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isLessThan(span);
        double start = timeline.getVisibleStart();
        robot.type(KeyCode.RIGHT);
        assertThat(timeline.getVisibleStart()).isGreaterThan(start);
        robot.type(KeyCode.HOME);
        double[] all = model.getLoaded().timeline().fitRange();
        assertThat(timeline.getVisibleStart()).isCloseTo(all[0], within(1e-6));
        assertThat(timeline.getVisibleEnd()).isCloseTo(all[1], within(1e-6));
        robot.interact(() -> model.setSelectedEvent(model.getLoaded().dataset().event("drones-on-display")));
        robot.type(KeyCode.ENTER);
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isLessThan(30);
    }

    @Test
    void filteringHidesLanesAndEvents(FxRobot robot) {
        robot.interact(() -> model.setFilter(model.getFilter().withActors(Set.of("ukraine"))));
        TimelineLayout layout = layout(robot);
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::name).containsExactly("Ukraine");
        assertThat(layout.items()).allSatisfy(item -> assertThat(model.getLoaded().index().event(item.event())
                .involves(model.getLoaded().dataset().actor("ukraine"))).isTrue());
    }
}
