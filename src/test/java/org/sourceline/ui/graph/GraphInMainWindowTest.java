package org.sourceline.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.graph.LabelBox;
import org.sourceline.render.PlacedLabel;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph as it appears in the main window at its default size. */
@ExtendWith(ApplicationExtension.class)
class GraphInMainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.showBundled(stage, new AppModel(), dir);
    }

    @Test
    void theRelationshipsTabShowsTheReadableGraphLinkedToTheSelection(FxRobot robot) throws Exception {
        GraphView view = robot.lookup("#graph-view").queryAs(GraphView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !view.isLayingOut() && view.fullGraph() != null
                && view.graphLayout().covers(view.fullGraph()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.canvas().getWidth()).isGreaterThan(300);
        assertThat(view.canvas().getHeight()).isGreaterThan(200);
        // Every actor is named, and no label covers another.
        assertThat(view.geometry().labels().stream().filter(l -> l.node() >= 0).count())
                .isEqualTo(view.shownGraph().nodeCount());
        for (PlacedLabel a : view.geometry().labels()) {
            LabelBox box = a.box();
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.maxX()).isLessThanOrEqualTo(view.canvas().getWidth());
            for (PlacedLabel b : view.geometry().labels()) {
                assertThat(a == b || !box.overlaps(b.box(), 0)).isTrue();
            }
        }
        // A click in the graph selects for every view.
        robot.clickOn(view.screenPointOfActor("russia"));
        assertThat(window.model().selectedActorProperty().get().id()).isEqualTo("russia");
        robot.interact(() -> window.model().selectNext());
        assertThat(window.model().getSelectedEvent()).isNotNull();
    }
}
