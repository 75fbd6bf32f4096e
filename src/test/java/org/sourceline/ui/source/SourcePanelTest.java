package org.sourceline.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Evidence;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.text.Citation;
import org.sourceline.text.TextMatches;
import org.sourceline.ui.AppModel;
import org.sourceline.ui.LoadedDataset;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The source panel in the main window, on the bundled dataset plus two events made for the
 * test: one quoting the article's curly quotes and non-breaking spaces, and one whose passage
 * overlaps the drone deal's.
 */
@ExtendWith(ApplicationExtension.class)
class SourcePanelTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Dataset dataset;

    @Start
    void start(Stage stage) {
        Settings settings = Settings.load(dir.resolve("settings-" + System.nanoTime() + ".json"));
        window = new MainWindow(stage, new AppModel(), settings);
        ReadResult read = new DatasetReader().readResource(DatasetReader.BUNDLED);
        dataset = withTestEvents(read.dataset());
        window.show(LoadedDataset.of(dataset, null, read));
        stage.show();
        stage.requestFocus();
    }

    /** The bundled events plus "quote-marks" (two passages) and "overlaps-drone-deal". */
    static Dataset withTestEvents(Dataset bundled) {
        String text = bundled.article().text();
        Event base = bundled.event("ambivalent-ties-before-2022");
        int intro = text.indexOf("Emil Avdaliani's comments for");
        int quote = text.indexOf("“The war in Ukraine changed");
        int quoteEnd = text.indexOf("said Emil Avdaliani") - 1;
        Event quoteMarks = new Event("quote-marks", "Avdaliani's comments, in his words", null, base.time(), EventType.OTHER,
                null, null, base.sources(), base.targets(), List.of(), base.certainty(),
                List.of(Evidence.supporting(bundled.article(), intro, text.indexOf('\n', intro), 0, 0), Evidence.supporting(bundled.article(), quote, quoteEnd, 0, 0)));
        Evidence deal = bundled.event("drone-deal").evidence().get(0);
        Event overlapping = new Event("overlaps-drone-deal", "Drones for the war (overlapping passage)", null,
                bundled.event("iran-supplies-drones").time(), EventType.AID, "military", null,
                bundled.event("iran-supplies-drones").sources(), bundled.event("iran-supplies-drones").targets(), List.of(),
                bundled.event("drone-deal").certainty(), List.of(Evidence.supporting(bundled.article(), deal.start() + 40, deal.end() - 20, 0, 0)));
        List<Event> events = new ArrayList<>(bundled.events());
        events.add(quoteMarks);
        events.add(overlapping);
        return new Dataset(bundled.title(), bundled.description(), bundled.article(), bundled.actors(), events);
    }

    private AppModel model() {
        return window.model();
    }

    private ArticleReader reader(FxRobot robot) {
        return robot.lookup("#article-reader").queryAs(ArticleReader.class);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> model().setSelectedEvent(dataset.event(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> quotesShown(FxRobot robot) {
        List<String> quotes = new ArrayList<>();
        for (Node node : robot.lookup(".quote-text").queryAll()) {
            if (isShown(node)) {
                quotes.add(((TextArea) node).getText());
            }
        }
        return quotes;
    }

    /** True when the node and all its parents are visible (the card pools hidden quote blocks). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A point inside the first line box of a passage's shape, on screen. */
    private static Point2D insideFirstLine(javafx.scene.shape.Path shape) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean started = false;
        for (PathElement element : shape.getElements()) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                if (started) {
                    break;
                }
                started = true;
                x = move.getX();
                y = move.getY();
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        // Left part of the first line: the union of several lines is one outline, whose first
        // line box starts at its top-left corner.
        double lineHeight = Math.min(maxY - minY, 18);
        return shape.localToScreen(Math.min(minX + 12, (minX + maxX) / 2), minY + lineHeight / 2);
    }

    @Test
    void saysHowToSelectWhenNothingIsSelected(FxRobot robot) {
        assertThat(robot.lookup("#quote-card-hint").queryAs(Label.class).getText())
                .contains("No event selected").contains("Select an event").contains("← and →");
    }

    @Test
    void selectingAnEventShowsItsQuotesCharacterForCharacter(FxRobot robot) {
        for (Event event : dataset.events()) {
            select(robot, event.id());
            List<String> expected = event.evidence().stream().map(Evidence::exact).toList();
            assertThat(quotesShown(robot)).as(event.id()).containsExactlyElementsOf(expected);
            assertThat(robot.lookup("#quote-title").queryAs(Label.class).getText()).isEqualTo(event.title());
        }
        select(robot, "quote-marks");
        List<String> quotes = quotesShown(robot);
        assertThat(quotes.get(0)).isEqualTo("Emil Avdaliani's comments for\u00A0Foreign Policy on\u00A0how relations between "
                + "Iran and Russia changed amid the war in Ukraine.");
        assertThat(quotes.get(1)).isEqualTo("“The war in Ukraine changed how Russia viewed its ties with Iran,”");
    }

    @Test
    void theCardSaysWhenWhoWhatAndOnWhoseWord(FxRobot robot) {
        select(robot, "drones-on-display");
        assertThat(robot.lookup("#when-phrase").queryAs(Label.class).getText()).isEqualTo("“In the first two days of 2023”");
        assertThat(robot.lookup("#when-normalised").queryAs(Label.class).getText())
                .isEqualTo("1–2 January 2023");
        assertThat(robot.lookup("#when-edtf").queryAs(Label.class).getText()).isEqualTo("EDTF 2023-01-01/2023-01-02");
        assertThat(robot.lookup("#certainty-badge .certainty-text").queryAs(Label.class).getText())
                .isEqualTo("Claimed by Volodymyr Zelensky, President of Ukraine");
        select(robot, "unmatched-support");
        assertThat(robot.lookup("#certainty-badge .certainty-text").queryAs(Label.class).getText())
                .isEqualTo("Assessment: Anna Borshchevskaya, Washington Institute for Near East Policy");
        select(robot, "ambivalent-ties-before-2022");
        assertThat(robot.lookup("#when-normalised").queryAs(Label.class).getText()).startsWith("before 2022");
        assertThat(robot.lookup("#quote-type").queryAs(Label.class).getText()).isEqualTo("Consult  ·  diplomatic");
        assertThat(robot.lookup("#quote-actors .role-chip").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("source");
    }

    @Test
    void actorChipsAreRefilledNotMadeAgainAsTheSelectionChanges(FxRobot robot) {
        javafx.scene.layout.FlowPane actors = robot.lookup("#quote-actors").queryAs(javafx.scene.layout.FlowPane.class);
        Event first = dataset.events().stream().max(java.util.Comparator.comparingInt(e -> e.actors().size())).orElseThrow();
        Event second = dataset.events().stream().filter(e -> e.actors().size() < first.actors().size()).findFirst().orElseThrow();
        robot.interact(() -> model().setSelectedEvent(first));
        List<javafx.scene.Node> chips = List.copyOf(actors.getChildren());
        assertThat(shownActorNames(actors)).isEqualTo(first.actors().stream()
                .map(a -> a.role() == null ? a.name() : a.name() + ", " + a.role()).toList());
        robot.interact(() -> model().setSelectedEvent(second));
        // The same nodes, the ones not needed hidden and out of the layout.
        assertThat(actors.getChildren()).containsExactlyElementsOf(chips);
        assertThat(shownActorNames(actors)).isEqualTo(second.actors().stream()
                .map(a -> a.role() == null ? a.name() : a.name() + ", " + a.role()).toList());
        for (javafx.scene.Node chip : actors.getChildren()) {
            assertThat(chip.isManaged()).isEqualTo(chip.isVisible());
        }
        List<String> roles = new ArrayList<>();
        for (javafx.scene.Node chip : actors.getChildren()) {
            if (chip.isVisible() && chip instanceof javafx.scene.layout.HBox box) {
                Label role = (Label) box.getChildren().get(2);
                roles.add(role.getText());
                assertThat(role.getStyleClass()).containsExactly("label", "role-chip", "role-" + role.getText());
            }
        }
        assertThat(roles).isEqualTo(second.actors().stream().map(a -> second.roleOf(a).label()).toList());
    }

    private static List<String> shownActorNames(javafx.scene.layout.FlowPane actors) {
        List<String> names = new ArrayList<>();
        for (javafx.scene.Node chip : actors.getChildren()) {
            if (chip.isVisible() && chip instanceof javafx.scene.layout.HBox box) {
                names.add(((Label) box.getChildren().get(1)).getText());
            }
        }
        return names;
    }

    @Test
    void anEventWithoutEvidenceSaysThereIsNoQuote(FxRobot robot) {
        Event deal = dataset.event("drone-deal");
        Event imported = new Event("imported", "Imported without a quote", null, deal.time(), deal.type(), null, null,
                deal.sources(), deal.targets(), List.of(), deal.certainty(), List.of());
        List<Event> events = new ArrayList<>(dataset.events());
        events.add(imported);
        Dataset data = new Dataset(dataset.title(), null, dataset.article(), dataset.actors(), events);
        robot.interact(() -> {
            window.show(LoadedDataset.of(data, null, model().getLoaded().read()));
            model().setSelectedEvent(imported);
        });
        assertThat(robot.lookup("#no-quote").queryAs(Label.class).getText()).startsWith("No quote in the source");
        assertThat(quotesShown(robot)).isEmpty();
    }

    @Test
    void anEditThatMovesNoPassageKeepsTheTextNodesAndTheirPassagesStillSelectTheNewVersion(FxRobot robot)
            throws Exception {
        Event target = dataset.event("patrushev-visits-iran");
        int position = dataset.events().indexOf(target);
        ArticleReader reader = reader(robot);
        robot.interact(() -> reader.reveal(target.evidence().get(0).start()));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<Integer, List<Node>> before = shownTexts(reader);
        assertThat(before).isNotEmpty();

        Event renamed = org.sourceline.edit.EventBuilder.from(target).title("Patrushev in Tehran (renamed)").build();
        robot.interact(() -> {
            try {
                model().apply(new org.sourceline.edit.ChangeEvent(target.id(), renamed,
                        org.sourceline.edit.ChangeEvent.named("Title", target)));
                model().setSelectedEvent(null);
            } catch (org.sourceline.edit.EditException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        // The same text nodes: an edit that moves no passage restyles the paragraphs, it does not rebuild them.
        java.util.Map<Integer, List<Node>> after = shownTexts(reader);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((block, texts) -> assertThat(texts).containsExactlyElementsOf(before.get(block)));
        // And their passages lead to the new version of the event.
        List<javafx.scene.shape.Path> shapes = reader.shownPassages(position);
        assertThat(shapes).isNotEmpty();
        robot.clickOn(insideFirstLine(shapes.get(0)));
        assertThat(model().getSelectedEvent().title()).isEqualTo("Patrushev in Tehran (renamed)");
    }

    /** The text nodes of the paragraphs on screen, by block. */
    private static java.util.Map<Integer, List<Node>> shownTexts(ArticleReader reader) {
        java.util.Map<Integer, List<Node>> texts = new java.util.TreeMap<>();
        for (BlockCell cell : reader.shownCells()) {
            ParagraphView paragraph = cell.paragraph();
            if (paragraph != null && cell.isVisible()) {
                javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) paragraph.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof javafx.scene.text.TextFlow).findFirst().orElseThrow();
                texts.put(paragraph.block(), List.copyOf(flow.getChildren()));
            }
        }
        return texts;
    }

    @Test
    void clickingAHighlightedPassageSelectsItsEventEverywhere(FxRobot robot) throws Exception {
        Event target = dataset.event("patrushev-visits-iran");
        int position = dataset.events().indexOf(target);
        ArticleReader reader = reader(robot);
        robot.interact(() -> reader.reveal(target.evidence().get(0).start()));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.shape.Path> shapes = reader.shownPassages(position);
        assertThat(shapes).isNotEmpty();
        assertThat(model().getSelectedEvent()).isNull();

        // Hovering names the event.
        robot.moveTo(insideFirstLine(shapes.get(0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        String tip = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing()).map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElseThrow();
        assertThat(tip).startsWith(target.title()).contains("Click to select");

        robot.clickOn(insideFirstLine(shapes.get(0)));

        assertThat(model().getSelectedEvent()).isSameAs(target);
        TableView<?> table = window.eventTable();
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(target);
        assertThat(reader.shownPassages(position)).allMatch(s -> s.getStyleClass().contains("selected-passage"));
        assertThat(quotesShown(robot)).containsExactly(target.evidence().get(0).exact());
    }

    @Test
    void aPassageOfSeveralEventsOffersThemAll(FxRobot robot) {
        Event deal = dataset.event("drone-deal");
        Event overlapping = dataset.event("overlaps-drone-deal");
        int overlap = dataset.events().indexOf(overlapping);
        int dealPosition = dataset.events().indexOf(deal);
        ArticleReader reader = reader(robot);
        robot.interact(() -> reader.reveal(overlapping.evidence().get(0).start()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.shape.Path shared = reader.shownPassages(overlap).stream()
                .filter(s -> reader.shownPassages(dealPosition).contains(s)).findFirst().orElseThrow();

        robot.clickOn(insideFirstLine(shared));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.passageMenu().isShowing()).isTrue();
        List<Object> offered = reader.passageMenu().getItems().stream().map(i -> i.getProperties().get("event")).toList();
        assertThat(offered).containsExactly(overlapping, deal);
        MenuItem second = reader.passageMenu().getItems().get(1);
        robot.interact(second::fire);
        assertThat(model().getSelectedEvent()).isSameAs(deal);
        robot.interact(() -> reader.passageMenu().hide());
    }

    @Test
    void copyCitationPutsTheQuoteWithItsSourceOnTheClipboard(FxRobot robot) {
        select(robot, "drones-on-display");
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = Citation.of(dataset.event("drones-on-display"), dataset);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(expected)
                .startsWith("In the first two days of 2023, evidence of a newfound friendship")
                .contains("\n\nMore than 80 Iranian-made drones launched by the Russian military")
                .contains("— “Iran and Russia Are Closer Than Ever Before”, Foreign Policy. Author: unknown.")
                .contains("When: “In the first two days of 2023”, 1–2 January 2023");
        assertThat(robot.lookup("#citation-copied").queryAs(Label.class).getText()).contains("copied");

        select(robot, "quote-marks");
        robot.interact(() -> robot.lookup("#quote-card-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#copy-citation");
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("Emil Avdaliani's comments for\u00A0Foreign Policy on\u00A0how");
    }

    @Test
    void ctrlFFindsMatchesAndStepsThroughThem(FxRobot robot) {
        ArticleReader reader = reader(robot);
        robot.clickOn(reader);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#article-search-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        robot.write("IRAN");
        WaitForAsyncUtils.waitForFxEvents();
        int total = TextMatches.find(dataset.article().text(), "iran").count();
        assertThat(total).isGreaterThan(2);
        Label count = robot.lookup("#article-search-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 of " + total);
        assertThat(robot.lookup(".current-match").queryAll()).hasSize(1);
        robot.type(KeyCode.ENTER);
        assertThat(count.getText()).isEqualTo("2 of " + total);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertThat(count.getText()).isEqualTo("1 of " + total);
        robot.type(KeyCode.F3);
        robot.type(KeyCode.F3);
        assertThat(count.getText()).isEqualTo("3 of " + total);
        assertThat(reader.isSearching()).isTrue();
        // The current match is on screen.
        assertThat(robot.lookup(".current-match").queryAll()).hasSize(1);
        robot.type(KeyCode.ESCAPE);
        assertThat(reader.isSearching()).isFalse();
        assertThat(robot.lookup(".search-match").queryAll()).isEmpty();
        assertThat(robot.lookup(".current-match").queryAll()).isEmpty();
    }

    @Test
    void searchIgnoresCaseAndAccents(FxRobot robot) {
        ArticleReader reader = reader(robot);
        robot.interact(reader::openSearch);
        robot.write("zélensky");
        assertThat(robot.lookup("#article-search-count").queryAs(Label.class).getText()).isEqualTo("1 of 1");
        robot.interact(reader::closeSearch);
    }

    @Test
    void arrowsStepThroughTheEventsInTimeOrder(FxRobot robot) {
        robot.clickOn(reader(robot));
        robot.type(KeyCode.RIGHT);
        EventIndex index = model().getLoaded().index();
        int[] order = index.timeOrder();
        assertThat(model().getSelectedEvent()).isSameAs(index.event(order[0]));
        robot.type(KeyCode.RIGHT);
        assertThat(model().getSelectedEvent()).isSameAs(index.event(order[1]));
        robot.type(KeyCode.LEFT);
        assertThat(model().getSelectedEvent()).isSameAs(index.event(order[0]));
    }

    @Test
    void passagesOfFilteredOutEventsAreDimmedNotRemoved(FxRobot robot) {
        Event deal = dataset.event("drone-deal");
        int position = dataset.events().indexOf(deal);
        ArticleReader reader = reader(robot);
        robot.interact(() -> reader.reveal(deal.evidence().get(0).start()));
        assertThat(reader.shownPassages(position)).isNotEmpty()
                .noneMatch(s -> s.getStyleClass().contains("dimmed-passage"));
        Set<EventType> allButAgree = java.util.EnumSet.complementOf(java.util.EnumSet.of(EventType.AGREE, EventType.AID));
        robot.interact(() -> model().setFilter(EventFilter.NONE.withTypes(allButAgree)));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.shape.Path> shapes = reader.shownPassages(position);
        assertThat(shapes).isNotEmpty().allMatch(s -> s.getStyleClass().contains("dimmed-passage"));
        robot.interact(() -> model().clearFilter());
        assertThat(reader.shownPassages(position)).noneMatch(s -> s.getStyleClass().contains("dimmed-passage"));
    }

    @Test
    void selectingAnEventScrollsItsPassageIntoView(FxRobot robot) throws Exception {
        Event last = dataset.event("sanctions-deter-investment");
        int position = dataset.events().indexOf(last);
        ArticleReader reader = reader(robot);
        assertThat(reader.shownPassages(position)).isEmpty();
        select(robot, last.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !reader.shownPassages(position).isEmpty());
        javafx.scene.shape.Path shape = reader.shownPassages(position).get(0);
        javafx.geometry.Bounds onScreen = shape.localToScreen(shape.getBoundsInLocal());
        javafx.geometry.Bounds flow = reader.flow().localToScreen(reader.flow().getBoundsInLocal());
        assertThat(onScreen.getMinY()).isBetween(flow.getMinY(), flow.getMaxY() - 10);
    }

    @Test
    void showInArticleScrollsToThatPassage(FxRobot robot) {
        Event twoPassages = dataset.event("war-makes-iran-critical");
        int position = dataset.events().indexOf(twoPassages);
        select(robot, twoPassages.id());
        ArticleReader reader = reader(robot);
        robot.interact(() -> reader.flow().scrollToTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> buttons = robot.lookup(".show-in-article").queryAll().stream().filter(SourcePanelTest::isShown).toList();
        assertThat(buttons).hasSize(2);
        robot.interact(() -> ((javafx.scene.control.Button) buttons.get(1)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Evidence second = twoPassages.evidence().get(1);
        boolean shown = reader.shownCells().stream().map(BlockCell::paragraph)
                .anyMatch(p -> p != null && p.from() <= second.start() && second.start() < p.to());
        assertThat(shown).isTrue();
        assertThat(reader.shownPassages(position)).isNotEmpty();
        assertThat(reader.isFocused()).isTrue();
    }
}
