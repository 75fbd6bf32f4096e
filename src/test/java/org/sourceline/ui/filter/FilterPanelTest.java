package org.sourceline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.query.ActorMode;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FilterPanelTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private AppModel model;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        window = TestWindows.showBundled(stage, model, dir);
    }

    private static String status(FxRobot robot) {
        return TestWindows.statusText(robot);
    }

    private Node actorRow(FxRobot robot, String name) {
        return robot.lookup("#actor-list .list-cell").match((Node n) -> n.lookupAll(".label").stream()
                .anyMatch(l -> name.equals(((Label) l).getText()))).query();
    }

    @Test
    void theActorModeRowWrapsInANarrowPanelInsteadOfElidingItsWords(FxRobot robot) {
        javafx.scene.layout.Region row = robot.lookup("#actor-mode-row").queryAs(javafx.scene.layout.Region.class);
        // The filter panel made as narrow as the window's default share of a 1280-pixel screen
        robot.interact(() -> {
            javafx.scene.Node n = row;
            while (!(n instanceof javafx.scene.control.SplitPane)) {
                n = n.getParent();
            }
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) n;
            split.setDividerPosition(0, 250.0 / split.getWidth());
        });
        WaitForAsyncUtils.waitForFxEvents();
        var labeled = row.lookupAll("*").stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> (javafx.scene.control.Labeled) n).toList();
        assertThat(labeled).extracting(javafx.scene.control.Labeled::getText).contains("Events with", "any", "all", "checked");
        for (javafx.scene.control.Labeled l : labeled) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            assertThat(shown.getText()).as("shown text of “%s”", l.getText()).isEqualTo(l.getText());
        }
        // the panel is narrower than the row's words: they take two lines
        assertThat(row.getHeight()).isGreaterThan(row.lookup(".toggle-button").getBoundsInParent().getHeight() + 4);
    }

    @Test
    void anEditThatReordersTheActorsListsThemAnewAndLeavesTheOtherSectionsAlone(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        CheckListView<Actor> actors = robot.lookup("#actor-list").queryAs(CheckListView.class);
        @SuppressWarnings("unchecked")
        CheckListView<Object> types = robot.lookup("#type-list").queryAs(CheckListView.class);
        int[] typeChanges = new int[1];
        robot.interact(() -> types.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> typeChanges[0]++));
        // The last actor listed gains events, alone in them, until it passes the one above it.
        Actor last = actors.getItems().get(actors.getItems().size() - 1);
        Actor above = actors.getItems().get(actors.getItems().size() - 2);
        var index = model.getLoaded().index();
        int needed = index.eventsOf(index.indexOf(above)).length - index.eventsOf(index.indexOf(last)).length + 1;
        Event template = model.getDataset().events().stream().filter(e -> e.actors().contains(last)).findFirst().orElseThrow();
        robot.interact(() -> {
            try {
                for (int i = 0; i < needed; i++) {
                    model.apply(new org.sourceline.edit.NewEvent(org.sourceline.edit.EventBuilder.from(template)
                            .id("more-" + i).title("More " + i).build()));
                }
            } catch (org.sourceline.edit.EditException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actors.getItems().indexOf(last)).isLessThan(actors.getItems().indexOf(above));
        var now = model.getLoaded().index();
        for (int i = 1; i < actors.getItems().size(); i++) {
            assertThat(now.eventsOf(now.indexOf(actors.getItems().get(i - 1))).length)
                    .isGreaterThanOrEqualTo(now.eventsOf(now.indexOf(actors.getItems().get(i))).length);
        }
        assertThat(actors.getCheckModel().getCheckedItems()).containsExactlyInAnyOrderElementsOf(actors.getItems());
        assertThat(typeChanges[0]).isZero();
    }

    @Test
    void uncheckingAnActorRemovesItsEventsEverywhere(FxRobot robot) {
        int total = model.getLoaded().dataset().events().size();
        Actor ukraine = model.getLoaded().dataset().actor("ukraine");
        // Uncheck every actor but Ukraine, then uncheck Ukraine too: its events go.
        robot.clickOn("#actors-none");
        assertThat(model.visibleEvents()).isEmpty();
        robot.clickOn(actorRow(robot, "Ukraine").lookup(".check-box"));
        assertThat(model.visibleEvents()).isNotEmpty().allMatch(e -> e.involves(ukraine));
        assertThat(status(robot)).contains(model.visibleEvents().size() + " of " + total + " events").contains("1 filter active");
        // The timeline shows only Ukraine's lane and its events.
        org.sourceline.ui.timeline.TimelineView timeline = robot.lookup("#timeline").queryAs(
                org.sourceline.ui.timeline.TimelineView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getDrawnLayout().lanes()).extracting(l -> l.name()).containsExactly("Ukraine");
        assertThat(timeline.getDrawnLayout().items()).allMatch(i -> model.getLoaded().index().event(i.event()).involves(ukraine));
        robot.clickOn(actorRow(robot, "Ukraine").lookup(".check-box"));
        assertThat(model.visibleEvents()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getDrawnLayout().items()).isEmpty();
        assertThat(robot.lookup("#filter-summary").queryAs(Label.class).getText()).isEqualTo("0 of " + total + " events · 1 filter active");
        robot.clickOn("#clear-filters");
        assertThat(model.visibleEvents()).hasSize(total);
    }

    @Test
    void uncheckingOneActorKeepsEventsOfOthersInAnyMode(FxRobot robot) {
        Actor patrushev = model.getLoaded().dataset().actor("patrushev");
        robot.clickOn(actorRow(robot, "Nikolai Patrushev").lookup(".check-box"));
        // The visit involves Russia and Iran too, so it stays; nothing is lost but events of that actor alone.
        assertThat(model.getFilter().actors()).doesNotContain("patrushev").contains("russia");
        assertThat(model.visibleEvents()).hasSize(model.getLoaded().dataset().events().size());
        robot.clickOn("#mode-all");
        assertThat(model.getFilter().actorMode()).isEqualTo(ActorMode.ALL);
        assertThat(model.visibleEvents()).isEmpty();
        assertThat(patrushev).isNotNull();
    }

    @Test
    void aFilterSetElsewhereShowsInThePanel(FxRobot robot) {
        robot.interact(() -> model.setFilter(model.getFilter().withActors(Set.of("patrushev"))));
        @SuppressWarnings("unchecked")
        CheckListView<Actor> list = robot.lookup("#actor-list").queryAs(CheckListView.class);
        assertThat(list.getCheckModel().getCheckedItems()).extracting(Actor::id).containsExactly("patrushev");
        assertThat(model.visibleEvents()).extracting(Event::id).containsExactly("patrushev-visits-iran");
    }

    @Test
    void typingSearchesAfterAPause(FxRobot robot) throws Exception {
        robot.clickOn("#text-search").write("kamikaze");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.visibleEvents().size() == 1);
        assertThat(model.visibleEvents().get(0).id()).isEqualTo("drones-on-display");
        assertThat(model.getFilter().text()).isEqualTo("kamikaze");
        robot.interact(() -> robot.lookup("#text-search").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.getFilter().text() == null);
    }

    @Test
    void actorSearchNarrowsTheListButKeepsChecks(FxRobot robot) {
        robot.clickOn("#actor-search").write("russ");
        @SuppressWarnings("unchecked")
        CheckListView<Actor> list = robot.lookup("#actor-list").queryAs(CheckListView.class);
        assertThat(list.getItems()).extracting(Actor::id).containsExactly("russia", "russian-military", "russian-companies");
        assertThat(model.getFilter().actors()).isNull();
    }

    @Test
    void selectionClearsWhenItsEventIsFilteredOut(FxRobot robot) {
        Event deal = model.getLoaded().dataset().event("drone-deal");
        robot.interact(() -> model.setSelectedEvent(deal));
        robot.interact(() -> model.setFilter(model.getFilter().withActors(Set.of("iran"))));
        assertThat(model.getSelectedEvent()).isSameAs(deal);
        robot.interact(() -> model.setFilter(model.getFilter().withActors(Set.of("ukraine"))));
        assertThat(model.getSelectedEvent()).isNull();
    }
}
