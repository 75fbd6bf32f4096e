package org.sourceline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.render.TimelineRenderer;
import org.sourceline.render.layout.TimeScaleMode;
import org.sourceline.render.layout.TimelineLayout;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In every time scale mode the timeline can be clicked, zoomed and panned; the mode is remembered per dataset. */
@ExtendWith(ApplicationExtension.class)
class TimeScaleViewTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Settings settings;

    @Start
    void start(Stage stage) {
        settings = Settings.load(dir.resolve("settings-" + System.nanoTime() + ".json"));
        window = new MainWindow(stage, new AppModel(), settings);
        window.openBundled();
        stage.show();
        stage.requestFocus();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private TimelineLayout drawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView view = timeline(robot);
        robot.interact(() -> ((TimelineSkin) view.getSkin()).redrawNow());
        return view.getDrawnLayout();
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        return canvas.localToScreen(x, y);
    }

    @Test
    void eachModeCanBeChosenClickedZoomedAndIsRemembered(FxRobot robot) {
        for (TimeScaleMode mode : TimeScaleMode.values()) {
            robot.interact(() -> window.chooseTimeScale(mode));
            TimelineLayout layout = drawn(robot);
            TimelineView view = timeline(robot);
            assertThat(layout.scale().mapping().mode()).isEqualTo(mode);
            assertThat(layout.isDetail()).isTrue();
            // Click the first labelled event: it is selected.
            TimelineLayout.Item item = layout.items().stream()
                    .filter(i -> i.kind() != TimelineLayout.Kind.CLUSTER && i.x1() > TimelineRenderer.LABEL_COLUMN_WIDTH + 20
                            && Math.max(i.x0(), TimelineRenderer.LABEL_COLUMN_WIDTH) + 12 < i.x1())
                    .findFirst().orElseThrow();
            double x = item.kind() == TimelineLayout.Kind.POINT ? item.anchorX()
                    : Math.max(item.x0(), TimelineRenderer.LABEL_COLUMN_WIDTH) + 8;
            double y = layout.rowCenterY(item) + TimelineRenderer.AXIS_HEIGHT - view.getLaneScroll();
            robot.clickOn(screen(robot, x, y));
            assertThat(window.model().getSelectedEvent()).as("%s click", mode)
                    .isSameAs(window.model().getLoaded().index().event(item.event()));
            // Wheel zoom keeps the time under the pointer.
            double before = layout.scale().toDay(x);
            double unitsBefore = layout.scale().unitSpan();
            robot.moveTo(screen(robot, x, y));
            robot.scroll(2, javafx.geometry.VerticalDirection.UP);
            TimelineLayout zoomed = drawn(robot);
            assertThat(zoomed.scale().unitSpan()).as("%s zoom", mode).isNotCloseTo(unitsBefore, within(1e-6));
            assertThat(zoomed.scale().toDay(x)).as("%s pivot", mode)
                    .isCloseTo(before, within(Math.max(1, layout.scale().span() / 200)));
            // Home fits everything, and the overview holds it too.
            robot.interact(view::fitAll);
            TimelineLayout all = drawn(robot);
            assertThat(all.scale().start()).isLessThanOrEqualTo(window.model().getLoaded().timeline().domainStart());
        }
        String key = window.model().getLoaded().key();
        assertThat(settings.timeScaleOf(key)).isEqualTo(TimeScaleMode.GAPS);
        // Reopening the dataset brings its mode back.
        robot.interact(() -> timeline(robot).setTimeScale(TimeScaleMode.LINEAR));
        robot.interact(() -> window.openBundled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline(robot).getTimeScale()).isEqualTo(TimeScaleMode.GAPS);
    }
}
