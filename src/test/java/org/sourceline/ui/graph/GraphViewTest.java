package org.sourceline.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.data.DatasetReader;
import org.sourceline.graph.ActorGraph;
import org.sourceline.graph.Point;
import org.sourceline.graph.Relation;
import org.sourceline.graph.TimeWindow;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.query.EventFilter;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GraphViewTest {
    private AppModel model;
    private GraphView view;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
        view = new GraphView(model);
        stage.setScene(new Scene(view, 760, 460));
        stage.show();
        stage.requestFocus();
    }

    private void awaitLayout() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !view.isLayingOut() && view.fullGraph() != null
                && view.graphLayout().covers(view.fullGraph()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Relation relation(String source, String target, EventType type) {
        return view.shownGraph().relationsBetween(source, target).stream().filter(r -> r.type() == type)
                .findFirst().orElseThrow();
    }

    private static List<Window> menus() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).toList();
    }

    @Test
    void laysOutTheFilteredEventsInTheBackground() throws Exception {
        awaitLayout();
        ActorGraph graph = view.shownGraph();
        assertThat(graph.nodeCount()).isEqualTo(8);
        assertThat(view.graphLayout().covers(graph)).isTrue();
        assertThat(view.screenPointOfActor("russia")).isNotNull();
        // The same data gives the same picture.
        assertThat(view.graphLayout()).isEqualTo(new org.sourceline.graph.ForceLayout().layout(view.fullGraph()));
    }

    @Test
    void clickingANodeSelectsTheActor(FxRobot robot) throws Exception {
        awaitLayout();
        robot.clickOn(view.screenPointOfActor("iran"));
        assertThat(model.selectedActorProperty().get().id()).isEqualTo("iran");
        robot.clickOn(view.screenPointOfActor("patrushev"));
        assertThat(model.selectedActorProperty().get().id()).isEqualTo("patrushev");
    }

    @Test
    void clickingAnEdgeSelectsOneOfItsEventsAndListsThem(FxRobot robot) throws Exception {
        awaitLayout();
        robot.clickOn(view.screenPointOfRelation(relation("russian-military", "ukraine", EventType.ASSAULT)));
        assertThat(model.getSelectedEvent().id()).isEqualTo("drones-on-display");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> menus().forEach(Window::hide));

        Relation aid = relation("iran", "russia", EventType.AID);
        assertThat(aid.count()).isEqualTo(2);
        robot.clickOn(view.screenPointOfRelation(aid));
        Event first = view.index().event(aid.event(0));
        Event second = view.index().event(aid.event(1));
        assertThat(model.getSelectedEvent()).isSameAs(first);
        // The popup lists both events; choosing the second selects it.
        ContextMenu list = (ContextMenu) menus().get(0);
        assertThat(list.getId()).isEqualTo("graph-edge-events");
        assertThat(list.getItems().stream().map(MenuItem::getText).filter(java.util.Objects::nonNull))
                .anyMatch(t -> t.endsWith(first.title())).anyMatch(t -> t.endsWith(second.title()));
        robot.clickOn(list.getItems().stream().filter(i -> i.getText() != null && i.getText().endsWith(second.title()))
                .findFirst().orElseThrow()
                .getText());
        assertThat(model.getSelectedEvent()).isSameAs(second);
    }

    @Test
    void theContextMenuFiltersToAnActor(FxRobot robot) throws Exception {
        awaitLayout();
        robot.clickOn(view.screenPointOfActor("ukraine"), MouseButton.SECONDARY);
        robot.clickOn("Filter to Ukraine");
        assertThat(model.getFilter().actors()).isEqualTo(Set.of("ukraine"));
        assertThat(model.selectedActorProperty().get().id()).isEqualTo("ukraine");
        awaitLayout();
        assertThat(view.shownGraph().nodeOf("ukraine")).isNotNegative();
        assertThat(view.shownGraph().nodeOf("united-states")).isNegative();
        assertThat(view.shownGraph().eventCount()).isEqualTo(model.getFilterResult().visibleCount());
    }

    @Test
    void draggingANodePinsItAndReLayoutKeepsIt(FxRobot robot) throws Exception {
        awaitLayout();
        int us = view.index().indexOf(view.index().dataset().actor("united-states"));
        Point2D from = view.screenPointOfActor("united-states");
        Point2D to = from.add(-40, 25);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(view.pinnedActors()).containsExactly(us);
        Point2D now = view.screenPointOfActor("united-states");
        assertThat(now.distance(to)).isLessThan(2);
        Point pinned = view.graphLayout().position(us);

        robot.clickOn("#graph-relayout");
        awaitLayout();
        assertThat(view.graphLayout().position(us)).isEqualTo(pinned);
        robot.interact(view::unpinAll);
        awaitLayout();
        assertThat(view.pinnedActors()).isEmpty();
        assertThat(view.graphLayout().position(us)).isNotEqualTo(pinned);
    }

    @Test
    void theWheelZoomsAroundThePointerAndDraggingTheBackgroundPans(FxRobot robot) throws Exception {
        awaitLayout();
        Point2D iran = view.screenPointOfActor("iran");
        double scale = view.viewport().scale();
        robot.moveTo(iran);
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewport().scale()).isNotEqualTo(scale);
        assertThat(view.screenPointOfActor("iran").distance(iran)).isLessThan(1.5);
        // The picture shown scaled at once is drawn afresh when the wheel stops.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.geometry().viewport().equals(view.viewport()));
        assertThat(view.screenPointOfActor("iran").distance(iran)).isLessThan(1.5);
        assertThat(view.canvas().getLocalToParentTransform().getMxx()).isEqualTo(1.0);

        robot.interact(view::fitToView);
        Point2D corner = view.canvas().localToScreen(6, 6);
        Point2D before = view.screenPointOfActor("iran");
        robot.drag(corner, MouseButton.PRIMARY).moveBy(50, 20).release(MouseButton.PRIMARY);
        assertThat(view.screenPointOfActor("iran").subtract(before).distance(50, 20)).isLessThan(2);
    }

    @Test
    void hoveringAnActorHighlightsItsNeighbourhood(FxRobot robot) throws Exception {
        awaitLayout();
        robot.moveTo(view.screenPointOfActor("united-states"));
        WaitForAsyncUtils.waitForFxEvents();
        int us = view.index().indexOf(view.index().dataset().actor("united-states"));
        assertThat(view.hoveredActor()).isEqualTo(us);
        // The neighbourhood's edges are captioned over the veil.
        ActorGraph graph = view.shownGraph();
        assertThat(view.geometry().hoverLabels()).filteredOn(l -> l.relation() >= 0).isNotEmpty()
                .allMatch(l -> graph.relations().get(l.relation()).touches(graph.nodeOf("united-states")));
        robot.moveTo(view.canvas().localToScreen(3, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoveredActor()).isEqualTo(-1);
        assertThat(view.geometry().hoverLabels()).isEmpty();
    }

    @Test
    void theSelectedEventsEdgesAreEmphasised(FxRobot robot) throws Exception {
        awaitLayout();
        robot.interact(() -> model.setSelectedEvent(model.getLoaded().dataset().event("drone-deal")));
        Relation deal = relation("russia", "iran", EventType.AGREE);
        int r = view.shownGraph().relations().indexOf(deal);
        assertThat(view.geometry().labels()).filteredOn(l -> l.relation() >= 0).first()
                .extracting(org.sourceline.render.PlacedLabel::relation).isEqualTo(r);
    }

    @Test
    void theTimeSliderShowsTheRelationsAsTheyStood(FxRobot robot) throws Exception {
        awaitLayout();
        org.sourceline.graph.GraphLayout before = view.graphLayout();
        robot.interact(() -> view.setTimeWindow(Days.of(2022, 10, 1), Days.of(2022, 11, 30)));
        assertThat(view.timeWindowProperty().get()).isEqualTo(new TimeWindow(Days.of(2022, 10, 1), Days.of(2022, 11, 30)));
        assertThat(view.shownGraph().relationsBetween("russia", "iran")).anyMatch(x -> x.type() == EventType.AGREE);
        assertThat(view.shownGraph().relationsBetween("russian-military", "ukraine")).isEmpty();
        assertThat(view.shownGraph().nodeCount()).isLessThan(view.fullGraph().nodeCount());
        // The layout stays: the same actors keep their places while the window moves.
        assertThat(view.isLayingOut()).isFalse();
        assertThat(view.graphLayout()).isSameAs(before);
        robot.clickOn("#graph-time-all");
        assertThat(view.timeWindowProperty().get().isAll()).isTrue();
        assertThat(view.shownGraph().nodeCount()).isEqualTo(view.fullGraph().nodeCount());
    }

    @Test
    void aNewDatasetStartsAfresh(FxRobot robot) throws Exception {
        awaitLayout();
        robot.interact(() -> view.setTimeWindow(Days.of(2022, 10, 1), Days.of(2022, 11, 30)));
        robot.interact(() -> model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null),
                EventFilter.NONE));
        awaitLayout();
        assertThat(view.timeWindowProperty().get().isAll()).isTrue();
        assertThat(view.pinnedActors()).isEmpty();
        assertThat(view.shownGraph().index()).isSameAs(model.getLoaded().index());
    }
}
