package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Event;
import org.sourceline.query.EventFilter;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the size the source panel has in the default 1440 × 900 window, the quote card shows the
 * whole of every event's quotes (its details folded away when they would not fit), with no scroll
 * bar of its own, above a divider that can be seen.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteCardFitTest {
    private AppModel model;
    private SourcePanel panel;

    @Start
    void start(Stage stage) {
        model = new AppModel();
        model.open(LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null), EventFilter.NONE);
        panel = new SourcePanel(model);
        BorderPane root = new BorderPane(panel);
        root.getStylesheets().add(Theme.rootStylesheet());
        stage.setScene(new Scene(root, 510, 345));
        stage.show();
    }

    @Test
    void everyQuoteIsReadWholeAboveAVisibleDivider(FxRobot robot) {
        ScrollPane cardScroll = robot.lookup("#quote-card-scroll").queryAs(ScrollPane.class);
        Node card = robot.lookup("#quote-card").query();
        for (Event event : model.getLoaded().dataset().events()) {
            robot.interact(() -> model.setSelectedEvent(event));
            // The card is fitted once its wrapped quotes are laid out, a pulse or two later (more on a busy machine).
            try {
                WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () ->
                        card.getLayoutBounds().getHeight() <= cardScroll.getViewportBounds().getHeight() + 1);
            } catch (java.util.concurrent.TimeoutException e) {
                // Never fitted: the assertions below say how far off it is.
            }
            WaitForAsyncUtils.waitForFxEvents();
            double viewport = cardScroll.getViewportBounds().getHeight();
            QuoteCard quoteCard = (QuoteCard) card;
            double quotesBottom = robot.lookup("#quotes").query().localToScene(0, 0).getY()
                    + robot.lookup("#quotes").query().getLayoutBounds().getHeight()
                    - cardScroll.localToScene(0, 0).getY();
            assertThat(quotesBottom).as("the quotes of %s fit the card", event.id()).isLessThanOrEqualTo(viewport + 1);
            assertThat(card.getLayoutBounds().getHeight()).as("the card of %s needs no scroll bar (details %s)",
                    event.id(), quoteCard.isDetailsShown() ? "shown" : "folded").isLessThanOrEqualTo(viewport + 1);
        }
        Node divider = panel.lookup(".split-pane-divider");
        assertThat(divider.getLayoutBounds().getHeight()).as("divider height").isGreaterThanOrEqualTo(6);
    }

    @Test
    void foldedDetailsComeBackWithTheLink(FxRobot robot) {
        Event longest = model.getLoaded().dataset().events().stream()
                .max(java.util.Comparator.comparingInt(e -> e.evidence().stream().mapToInt(q -> q.exact().length()).sum()))
                .orElseThrow();
        robot.interact(() -> model.setSelectedEvent(longest));
        WaitForAsyncUtils.waitForFxEvents();
        QuoteCard card = robot.lookup("#quote-card").queryAs(QuoteCard.class);
        if (!card.isDetailsShown()) {
            robot.interact(() -> robot.lookup("#show-details").queryAs(javafx.scene.control.Hyperlink.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(card.isDetailsShown()).isTrue();
        assertThat(robot.lookup("#when-phrase").query().isVisible()).isTrue();
    }
}
