package org.sourceline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.query.EventFilter;
import org.sourceline.query.FilterResult;
import org.sourceline.ui.export.PngExport;
import org.sourceline.ui.filter.FilterPanel;
import org.sourceline.ui.table.EventTable;
import org.sourceline.ui.timeline.TimelineView;

/**
 * The main window: menus, the views around the shared {@link AppModel}, and a status bar.
 * Opening files, recent files and window placement are handled here; each view is its own
 * class and knows only the model.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppModel model;
    private final Settings settings;
    private final DatasetOpener opener = new DatasetOpener();
    private final ExportMenu exportMenu;
    private final PngExport pngExport;
    private final DatasetMerge merge;
    private final BorderPane root = new BorderPane();
    private final StatusBar statusBar = new StatusBar();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final EventTable eventTable;
    private final TimelineView timeline;
    private final org.sourceline.ui.source.SourcePanel sourcePanel;
    private final DocumentActions documents;
    private final org.sourceline.ui.edit.EventEditor editor;
    private final org.sourceline.ui.edit.EditActions editing;
    private final org.sourceline.ui.edit.NewDataset newDataset;
    private final org.sourceline.ui.edit.AddArticle addArticle;
    private final TabPane lowerTabs = new TabPane();
    private final Tab editorTab = new Tab("Edit Event");
    private final Tab graphTab = new Tab("Relationships");

    public MainWindow(Stage stage, AppModel model, Settings settings) {
        this.stage = stage;
        this.exportMenu = new ExportMenu(stage, model, settings);
        this.model = model;
        // A big dataset opened from its snapshot shows before its events are decoded; its table follows.
        opener.setOnEventsReady(model::eventsDecoded);
        opener.setAfterShown(model::afterShown);
        this.settings = settings;
        this.eventTable = new EventTable(model);
        this.timeline = new TimelineView(model);
        this.pngExport = new PngExport(stage, model, () -> new PngExport.Shown(timeline.getVisibleStart(),
                timeline.getVisibleEnd(), timeline.getWidth(), timeline.modeProperty().get(),
                List.copyOf(timeline.getLaneOrder()), timeline.getTimeScale()), settings);
        this.merge = new DatasetMerge(stage, model, settings);
        this.sourcePanel = new org.sourceline.ui.source.SourcePanel(model);
        this.documents = new DocumentActions(stage, model, settings);
        this.editor = new org.sourceline.ui.edit.EventEditor(model, this::selectedPassage,
                passage -> sourcePanel.reader().showPassage(passage), event -> editing().confirmDelete(event),
                new org.sourceline.ui.edit.TimePhraseSuggester());
        this.editing = new org.sourceline.ui.edit.EditActions(stage, model, sourcePanel.reader(), editor,
                this::showEditor);
        this.newDataset = new org.sourceline.ui.edit.NewDataset(stage, this::showNew);
        newDataset.setLastFolder(settings.values().lastOpenFolder);
        this.addArticle = new org.sourceline.ui.edit.AddArticle(stage, model, newDataset,
                id -> sourcePanel.reader().showArticle(id));

        root.setTop(createMenuBar());
        root.setCenter(createViews());
        root.setBottom(createStatusBar());

        // On the root before the scene exists, so every view finds the colour names as it is shown.
        root.getStylesheets().add(Theme.rootStylesheet());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.values().width, screen.getWidth()),
                Math.min(settings.values().height, screen.getHeight()));
        installDragAndDrop(scene);
        stage.setScene(scene);
        editing.installKeys(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, model.loadedProperty(),
                model.dirtyProperty(), model.fileProperty()));
        restorePlacement();
        stage.setOnHiding(e -> savePlacement());
        javafx.event.EventHandler<javafx.stage.WindowEvent> hidden = e -> documents.windowHidden();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, hidden);
        // Another scene in this stage (tests reuse one stage) ends this window as hiding would, and
        // the stage lets go of it.
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (old == scene && now != scene) {
                    documents.windowHidden();
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, hidden);
                    stage.sceneProperty().removeListener(this);
                }
            }
        });
        // Closing the window asks about unsaved changes, as File → Quit does.
        stage.setOnCloseRequest(e -> {
            if (model.isDirty()) {
                e.consume();
                documents.quit();
            } else {
                documents.cleanUp();
            }
        });
        model.filterProperty().addListener((obs, old, filter) -> rememberFilter(filter));
        rebuildRecentMenu();
        if (settings.problem() != null) {
            reportSettingsReset(settings.problem());
        }
    }

    /** A settings file that could not be read was reset: say so once, without stopping the start. */
    private void reportSettingsReset(String message) {
        javafx.application.Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING);
            alert.initOwner(stage);
            alert.setTitle("Settings reset");
            alert.setHeaderText("Your settings were reset");
            alert.setContentText(message);
            alert.getDialogPane().setId("settings-reset");
            alert.show();
        });
    }

    public Stage stage() {
        return stage;
    }

    public AppModel model() {
        return model;
    }

    public DatasetOpener opener() {
        return opener;
    }

    /** File → Save, Save As, and not losing unsaved changes. */
    public DocumentActions documents() {
        return documents;
    }

    /** The Edit menu's actions. */
    public org.sourceline.ui.edit.EditActions editing() {
        return editing;
    }

    public org.sourceline.ui.table.EventTable eventTable() {
        return eventTable;
    }

    public org.sourceline.ui.edit.EventEditor editor() {
        return editor;
    }

    public org.sourceline.ui.source.SourcePanel sourcePanel() {
        return sourcePanel;
    }

    /** File → New Dataset from Article / Clipboard. */
    public org.sourceline.ui.edit.NewDataset newDataset() {
        return newDataset;
    }

    /** File → Add Article to Dataset…. */
    public org.sourceline.ui.edit.AddArticle addArticle() {
        return addArticle;
    }

    /**
     * "• Title — file.json — Sourceline": the dataset's title and the file it is saved in (none
     * yet for a new one), marked with "•" while there are unsaved changes.
     */
    String title() {
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return "Sourceline";
        }
        Path file = model.getFile();
        return (model.isDirty() ? "• " : "") + loaded.displayName()
                + (file != null ? " — " + file.getFileName() : "") + " — Sourceline";
    }

    private org.sourceline.model.Evidence selectedPassage() {
        return editing.selectedPassage();
    }

    /** Brings the event editor's tab forward. */
    private void showEditor() {
        lowerTabs.getSelectionModel().select(editorTab);
    }

    /** File → Export Timeline as PNG. */
    public PngExport pngExport() {
        return pngExport;
    }

    /** File → Export (TimelineJS JSON, CSV). */
    public ExportMenu exportMenu() {
        return exportMenu;
    }

    /**
     * Gives a tab its content when it is first selected: a tab pane keeps every tab's content in
     * the scene, so the event table and the editor form (some 900 control, skin and behaviour
     * classes) would be styled and skinned before the first frame although hidden; 0.3 s of the
     * start-up (README, Start-up). The content exists from the start: only its place in the scene
     * waits.
     */
    private static void contentWhenFirstShown(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    tab.setContent(content);
                    tab.selectedProperty().removeListener(this);
                }
            }
        });
    }

    /** File → Merge Dataset…. */
    public DatasetMerge merge() {
        return merge;
    }

    // ----- layout --------------------------------------------------------------------------

    /**
     * Filters on the left; the timeline on top; below it the relationship graph and the event
     * table as tabs, beside the source panel. Each area is built by its own method.
     */
    private Node createViews() {
        TabPane lower = lowerTabs;
        lower.setId("lower-tabs");
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        graphTab.setId("graph-tab");
        org.sourceline.ui.graph.GraphView graph = createGraphView();
        graph.inViewProperty().bind(graphTab.selectedProperty());
        graphTab.setContent(graph);
        Tab eventsTab = new Tab("Events");
        eventsTab.setId("events-tab");
        eventTable.inViewProperty().bind(eventsTab.selectedProperty());
        contentWhenFirstShown(eventsTab, eventTable);
        contentWhenFirstShown(editorTab, editor);
        editorTab.setId("editor-tab");
        editor.inViewProperty().bind(editorTab.selectedProperty());
        lower.getTabs().addAll(graphTab, eventsTab, editorTab);

        SplitPane bottom = new SplitPane(lower, createSourcePanel());
        bottom.setId("bottom-split");
        bottom.setDividerPositions(0.55);

        SplitPane middle = new SplitPane(createTimeline(), bottom);
        middle.setId("middle-split");
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.6);

        Node filters = createFilterPanel();
        SplitPane.setResizableWithParent(filters, false);
        SplitPane outer = new SplitPane(filters, middle);
        outer.setId("outer-split");
        outer.setDividerPositions(0.21);
        return outer;
    }

    /** The filter panel (actors, types, certainty, time, text). */
    private Node createFilterPanel() {
        return new FilterPanel(model);
    }

    /** The interactive timeline. */
    private Node createTimeline() {
        return timeline;
    }

    /** The actor-relationship graph. */
    private org.sourceline.ui.graph.GraphView createGraphView() {
        return new org.sourceline.ui.graph.GraphView(model);
    }

    /** The quote card and the article reader. */
    private Node createSourcePanel() {
        return sourcePanel;
    }

    private Node createStatusBar() {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(Bindings.createStringBinding(this::statusText,
                model.loadedProperty(), model.filterResultProperty(), model.filteringProperty(), model.filterProblemProperty(),
                opener.messageProperty(), merge.status().messageProperty(), documents.busyProperty(),
                documents.messageProperty()));
        statusBar.progressProperty().bind(Bindings.when(opener.busyProperty()).then(opener.progressProperty())
                .otherwise(Bindings.when(pngExport.busyProperty()).then(pngExport.progressProperty())
                        .otherwise(Bindings.when(merge.status().busyProperty()).then(merge.status().progressProperty())
                        .otherwise(Bindings.when(documents.busyProperty()).then(documents.progressProperty())
                                .otherwise(0.0)))));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-open");
        cancel.visibleProperty().bind(opener.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> opener.cancel());
        Button cancelExport = new Button("Cancel Export");
        cancelExport.setId("cancel-export");
        cancelExport.visibleProperty().bind(pngExport.busyProperty());
        cancelExport.managedProperty().bind(cancelExport.visibleProperty());
        cancelExport.setOnAction(e -> pngExport.cancel());
        Label quotes = new Label();
        quotes.setId("status-quotes");
        quotes.textProperty().bind(Bindings.createStringBinding(() -> quotesText(model.getLoaded()), model.loadedProperty()));
        Label notice = new Label(settings.problem() == null ? "" : "Settings were reset to the defaults.");
        notice.setId("status-notice");
        // The newest of the two exporters' messages.
        exportMenu.messageProperty().addListener((obs, old, text) -> notice.setText(text));
        pngExport.messageProperty().addListener((obs, old, text) -> notice.setText(text));
        merge.messageProperty().addListener((obs, old, text) -> notice.setText(text));
        documents.messageProperty().addListener((obs, old, text) -> {
            if (!documents.busyProperty().get()) {
                notice.setText(text);
            }
        });
        model.noticeProperty().addListener((obs, old, text) -> {
            if (text != null && !text.isEmpty()) {
                notice.setText(text);
            }
        });
        statusBar.getRightItems().setAll(cancel, cancelExport, notice, quotes);
        return statusBar;
    }

    /** "Dataset · 12 of 17 events · 17 actors" (or the progress message while opening). */
    String statusText() {
        if (opener.isBusy() && !opener.messageProperty().get().isEmpty()) {
            return opener.messageProperty().get();
        }
        if (merge.status().isBusy() && !merge.status().messageProperty().get().isEmpty()) {
            return merge.status().messageProperty().get();
        }
        if (documents.busyProperty().get() && !documents.messageProperty().get().isEmpty()) {
            return documents.messageProperty().get();
        }
        LoadedDataset loaded = model.getLoaded();
        if (loaded == null) {
            return "No dataset open";
        }
        FilterResult result = model.getFilterResult();
        int total = loaded.dataset().events().size();
        int shown = result == null ? total : result.visibleCount();
        String events = shown == total ? String.format(total == 1 ? "%,d event" : "%,d events", total)
                : String.format("%,d of %,d events", shown, total);
        String filters = "";
        EventFilter filter = model.getFilter();
        if (filter != null && filter.activeCount() > 0) {
            filters = " · " + filter.activeCount() + (filter.activeCount() == 1 ? " filter active" : " filters active");
        }
        String working = model.filteringProperty().get() ? " · filtering…"
                : model.filterProblemProperty().get().isEmpty() ? "" : " · " + model.filterProblemProperty().get();
        return loaded.displayName() + " · " + events + filters + " · "
                + String.format(loaded.dataset().actors().size() == 1 ? "%,d actor" : "%,d actors",
                loaded.dataset().actors().size()) + working;
    }

    static String quotesText(LoadedDataset loaded) {
        if (loaded == null) {
            return "";
        }
        ReadResult read = loaded.read();
        if (read.quotesTotal() == 0) {
            return "no quotes";
        }
        String text = read.quotesVerified() == read.quotesTotal()
                ? (read.quotesTotal() == 1 ? "the one quote verified" : "all " + read.quotesTotal() + " quotes verified")
                : read.quotesVerified() + " of " + read.quotesTotal() + " quotes verified";
        int warnings = read.warnings().size();
        return warnings == 0 ? text : text + " · " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    // ----- menus ---------------------------------------------------------------------------

    private MenuBar createMenuBar() {
        MenuItem fromArticle = item("_New Dataset from Article…", "Shortcut+Shift+N", this::newDatasetFromArticle);
        fromArticle.setId("menu-new-from-article");
        MenuItem fromClipboard = item("New Dataset from _Clipboard", null, this::newDatasetFromClipboard);
        fromClipboard.setId("menu-new-from-clipboard");
        MenuItem open = item("_Open…", "Shortcut+O", this::showOpenDialog);
        open.setId("menu-open");
        MenuItem openBundled = item("Open _Bundled Dataset", null, this::openBundledAsked);
        MenuItem mergeDataset = item("_Merge Dataset…", "Shortcut+Shift+M", merge::chooseAndMerge);
        mergeDataset.setId("menu-merge");
        mergeDataset.disableProperty().bind(model.loadedProperty().isNull().or(merge.status().busyProperty()));
        MenuItem addArticleItem = item("A_dd Article to Dataset…", null, addArticle::choose);
        addArticleItem.setId("menu-add-article");
        addArticleItem.disableProperty().bind(model.loadedProperty().isNull());
        MenuItem save = item("_Save", "Shortcut+S", documents::save);
        save.setId("menu-save");
        save.disableProperty().bind(model.loadedProperty().isNull().or(documents.busyProperty()));
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", documents::saveAs);
        saveAs.setId("menu-save-as");
        saveAs.disableProperty().bind(save.disableProperty());
        MenuItem quit = item("_Quit", "Shortcut+Q", documents::quit);
        quit.setId("menu-quit");
        MenuItem exportPng = item("Export Timeline as _PNG…", "Shortcut+E", pngExport::showDialog);
        exportPng.setId("menu-export-png");
        exportPng.disableProperty().bind(model.loadedProperty().isNull().or(pngExport.busyProperty()));
        Menu file = new Menu("_File", null, fromArticle, fromClipboard, new SeparatorMenuItem(), open, recentMenu,
                openBundled, new SeparatorMenuItem(), addArticleItem, mergeDataset, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportPng,
                exportMenu.menu(), new SeparatorMenuItem(), quit);

        MenuItem next = item("Select _Next Event", "Shortcut+Period", model::selectNext);
        MenuItem previous = item("Select _Previous Event", "Shortcut+Comma", model::selectPrevious);
        MenuItem clear = item("_Clear Filters", "Shortcut+Shift+L", model::clearFilter);
        MenuItem zoomIn = item("Zoom _In", "Shortcut+Equals", timeline::zoomIn);
        MenuItem zoomOut = item("Zoom _Out", "Shortcut+Minus", timeline::zoomOut);
        MenuItem fit = item("_Fit All", "Shortcut+0", timeline::fitAll);
        // Ctrl+Shift+Z is Redo; Enter zooms to the selection in the timeline.
        MenuItem zoomSelection = item("Zoom to _Selection", "Shortcut+Shift+Enter", timeline::zoomToSelection);
        javafx.scene.control.CheckMenuItem legend = new javafx.scene.control.CheckMenuItem("Show _Legend");
        legend.setId("menu-legend");
        legend.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        legend.selectedProperty().bindBidirectional(timeline.showLegendProperty());
        javafx.scene.control.CheckMenuItem compact = new javafx.scene.control.CheckMenuItem("_Compact Timeline");
        compact.setId("menu-compact");
        compact.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        compact.setOnAction(e -> timeline.modeProperty().set(compact.isSelected()
                ? org.sourceline.render.layout.TimelineLayout.Mode.COMPACT
                : org.sourceline.render.layout.TimelineLayout.Mode.LANES));
        MenuItem resetLanes = item("Order Lanes by _Number of Events", null, () -> timeline.getLaneOrder().clear());
        javafx.scene.control.CheckMenuItem timePhrases = new javafx.scene.control.CheckMenuItem("Show _Time Phrases");
        timePhrases.setId("menu-time-phrases");
        timePhrases.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        // Remembered between runs; the reader reads the phrases only once they are shown.
        sourcePanel.reader().showTimePhrasesProperty().set(settings.values().showTimePhrases);
        timePhrases.selectedProperty().bindBidirectional(sourcePanel.reader().showTimePhrasesProperty());
        timePhrases.selectedProperty().addListener((obs, old, now) -> settings.values().showTimePhrases = now);
        Menu view = new Menu("_View", null, zoomIn, zoomOut, fit, zoomSelection, new SeparatorMenuItem(), legend, compact,
                createTimeScaleMenu(), resetLanes, new SeparatorMenuItem(), timePhrases, new SeparatorMenuItem(), next,
                previous, new SeparatorMenuItem(), clear);

        MenuItem shortcuts = item("_Keyboard Shortcuts", "F1", this::showShortcuts);
        MenuItem about = item("_About Sourceline", null, this::showAbout);
        Menu help = new Menu("_Help", null, shortcuts, about);

        MenuBar bar = new MenuBar(file, editing.menu(), view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * View → Time Scale: linear, events evenly spaced, gaps shrunk. A choice is remembered for the
     * dataset and shows that mode's first view.
     */
    private Menu createTimeScaleMenu() {
        Menu menu = new Menu("_Time Scale");
        menu.setId("menu-time-scale");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        String[] names = {"_Linear", "_Events Evenly Spaced", "_Gaps Shrunk"};
        for (org.sourceline.render.layout.TimeScaleMode mode : org.sourceline.render.layout.TimeScaleMode.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(names[mode.ordinal()]);
            item.setId("menu-time-scale-" + mode.id());
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (mode.ordinal() + 1)));
            item.setSelected(timeline.getTimeScale() == mode);
            item.setOnAction(e -> chooseTimeScale(mode));
            timeline.timeScaleProperty().addListener((obs, old, now) -> item.setSelected(now == mode));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Shows the timeline in a time scale mode, from that mode's first view, and remembers it for the dataset. */
    public void chooseTimeScale(org.sourceline.render.layout.TimeScaleMode mode) {
        timeline.setTimeScale(mode);
        timeline.showFirstView();
        LoadedDataset loaded = model.getLoaded();
        if (loaded != null) {
            settings.rememberTimeScale(loaded.key(), mode);
            settings.save();
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rebuildRecentMenu() {
        List<Path> recent = settings.recentFiles();
        recentMenu.getItems().clear();
        for (Path path : recent) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.confirmDiscard("before opening another file", () -> open(path)));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent Files", null, () -> {
                settings.values().recentFiles.clear();
                settings.save();
                rebuildRecentMenu();
            }));
        }
    }

    // ----- opening -------------------------------------------------------------------------

    private void showOpenDialog() {
        documents.confirmDiscard("before opening another file", this::chooseAndOpen);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sourceline datasets and TimelineJS files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String folder = settings.values().lastOpenFolder;
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            settings.values().lastOpenFolder = chosen.getParent();
            open(chosen.toPath());
        }
    }

    /**
     * Opens a dataset file in the background; on any problem the open dataset stays. For a
     * TimelineJS file the user first says what its groups stand for (actors or event types).
     */
    public void open(Path file) {
        if (DatasetFormats.detect(file) != DatasetFormats.Format.TIMELINEJS) {
            open(file, ReadOptions.DEFAULT);
            return;
        }
        var dialog = TimelineJsImportDialog.create(stage, String.valueOf(file.getFileName()));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                open(file, ReadOptions.DEFAULT.withGroups(dialog.getResult()));
            }
        });
        dialog.show();
    }

    /** Opens a dataset file in the background with these options; on any problem the open dataset stays. */
    public void open(Path file, ReadOptions options) {
        opener.open(file, options, loaded -> {
            show(loaded);
            settings.addRecent(file);
            settings.save();
            rebuildRecentMenu();
        }, failure -> {
            if (failure.result() != null && failure.result().unreadable()) {
                settings.removeRecent(file);
                rebuildRecentMenu();
            }
            LoadedDataset current = model.getLoaded();
            Alert alert = ProblemsDialog.create(stage, file.getFileName().toString(),
                    failure.result() == null ? List.of() : failure.result().problems(), failure.message(),
                    current == null ? null : current.displayName());
            alert.show();
        });
    }

    /** File → Open Bundled Dataset (asks about unsaved changes first). */
    private void openBundledAsked() {
        documents.confirmDiscard("before opening the bundled dataset", this::openBundled);
    }

    private void newDatasetFromArticle() {
        documents.confirmDiscard("before making a new dataset", newDataset::fromArticle);
    }

    private void newDatasetFromClipboard() {
        documents.confirmDiscard("before making a new dataset", newDataset::fromClipboard);
    }

    /** Opens a dataset made in the app (unsaved): the editor is ready for the first event. */
    public void showNew(org.sourceline.model.Dataset dataset) {
        if (newDataset.lastFolder() != null) {
            settings.values().lastOpenFolder = newDataset.lastFolder();
        }
        model.open(LoadedDataset.created(dataset), EventFilter.NONE, false);
        showEditor();
        // Room for the article: the timeline is empty yet.
        javafx.scene.Node middle = root.lookup("#middle-split");
        if (middle instanceof SplitPane split) {
            split.setDividerPositions(0.3);
        }
        sourcePanel.setDividerPositions(0.22);
    }

    /** Offers what a session that crashed left unsaved (called once the window is up). */
    public void offerRecovery() {
        documents.offerRecovery(loaded -> model.open(loaded, EventFilter.NONE, false));
    }

    /** Opens the dataset bundled with Sourceline (small: read on the calling thread). */
    public void openBundled() {
        ReadResult read = new DatasetReader().readResource(DatasetReader.BUNDLED);
        if (read.hasErrors()) {
            ProblemsDialog.create(stage, read.file(), read.problems(), null, null).show();
            return;
        }
        show(LoadedDataset.of(read, null));
    }

    /** Makes a loaded dataset the open one, restoring the filter and time scale remembered for it. */
    public void show(LoadedDataset loaded) {
        timeline.setTimeScale(settings.timeScaleOf(loaded.key()));
        model.open(loaded, FilterMemory.restore(settings, loaded));
    }

    private void rememberFilter(EventFilter filter) {
        LoadedDataset loaded = model.getLoaded();
        if (loaded != null) {
            FilterMemory.remember(settings, loaded, filter);
        }
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().toLowerCase().endsWith(".json"))) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            for (File f : e.getDragboard().getFiles()) {
                if (f.getName().toLowerCase().endsWith(".json")) {
                    documents.confirmDiscard("before opening another file", () -> open(f.toPath()));
                    done = true;
                    break;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // ----- help ----------------------------------------------------------------------------

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(KeyboardShortcuts.table());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Sourceline");
        alert.setHeaderText("Sourceline " + org.sourceline.Version.get());
        LoadedDataset loaded = model.getLoaded();
        String dataset = loaded == null ? "" : "\n\nOpen dataset: " + loaded.displayName()
                + (loaded.dataset().article().credit().isEmpty() ? "" : "\nSource: " + loaded.dataset().article().credit());
        alert.setContentText("A timeline explorer for events drawn from news articles; every event traces to the "
                + "exact words of its source.\n\nJava " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version") + "\nLicensed under the Apache License 2.0." + dataset);
        alert.show();
    }

    // ----- window placement ----------------------------------------------------------------

    private void restorePlacement() {
        Settings.Values v = settings.values();
        if (v.x != null && v.y != null) {
            Rectangle2D wanted = new Rectangle2D(v.x, v.y, Math.max(200, v.width), Math.max(200, v.height));
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
            if (visible) {
                stage.setX(v.x);
                stage.setY(v.y);
            }
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(v.width, screen.getWidth()));
        stage.setHeight(Math.min(v.height, screen.getHeight()));
        stage.setMaximized(v.maximized);
    }

    private void savePlacement() {
        Settings.Values v = settings.values();
        v.maximized = stage.isMaximized();
        // A window that was never shown has no position or size (NaN): nothing is stored then.
        if (!stage.isMaximized() && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
            v.x = stage.getX();
            v.y = stage.getY();
        }
        if (!stage.isMaximized() && Double.isFinite(stage.getWidth()) && Double.isFinite(stage.getHeight())) {
            v.width = stage.getWidth();
            v.height = stage.getHeight();
        }
        settings.save();
    }
}
