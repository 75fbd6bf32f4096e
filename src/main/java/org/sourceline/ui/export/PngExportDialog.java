package org.sourceline.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.RefusedOutputException;
import org.sourceline.model.Days;
import org.sourceline.render.export.TiledPngExporter;
import org.sourceline.render.export.PngExportJob;

/**
 * Asks what to export and how big: the visible range or the whole timeline; 1×, 2×, 4× or a
 * width in pixels; title, legend and caption; and the file (typed, or chosen with "Choose…",
 * starting in the last export folder). The Export button stays disabled while an entry is invalid,
 * and a line says why and what size the image will have.
 */
public final class PngExportDialog extends Dialog<PngExportDialog.Request> {
    /** What the user chose. */
    public record Request(boolean wholeTimeline, double scale, Integer widthPixels, boolean title, boolean legend,
                          boolean caption, Path file) {
    }

    private final RadioButton visibleRange = new RadioButton();
    private final RadioButton whole = new RadioButton();
    private final RadioButton scale1 = new RadioButton("1×");
    private final RadioButton scale2 = new RadioButton("2×");
    private final RadioButton scale4 = new RadioButton("4×");
    private final RadioButton byWidth = new RadioButton("Width");
    private final TextField widthField = new TextField("4000");
    private final CheckBox title = new CheckBox("Title");
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox caption = new CheckBox("Caption (filters and source)");
    private final TextField fileField = new TextField();
    private final Label summary = new Label();
    private final List<Path> inputs;

    /**
     * @param visible      the days the timeline shows now
     * @param wholeRange   the days of the whole timeline
     * @param screenWidth  the timeline's width on screen, in points (the 1× width)
     * @param initialFile  suggested file
     */
    public PngExportDialog(Window owner, double[] visible, double[] wholeRange, double screenWidth, Path initialFile) {
        this(owner, visible, wholeRange, screenWidth, initialFile, List.of());
    }

    /**
     * @param inputs files the image is made from (the dataset and its article text): the dialog
     *               refuses them as the file to write, as it refuses folders and devices
     */
    public PngExportDialog(Window owner, double[] visible, double[] wholeRange, double screenWidth, Path initialFile,
                           Collection<Path> inputs) {
        this.inputs = List.copyOf(inputs);
        initOwner(owner);
        setTitle("Export Timeline as PNG");
        setHeaderText("Export the timeline as a PNG image");
        getDialogPane().setId("png-export-dialog");
        ButtonType export = new ButtonType("Export", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        ToggleGroup what = new ToggleGroup();
        visibleRange.setText("Visible range (" + range(visible) + ")");
        whole.setText("Whole timeline (" + range(wholeRange) + ")");
        visibleRange.setToggleGroup(what);
        whole.setToggleGroup(what);
        visibleRange.setSelected(true);
        visibleRange.setId("export-visible");
        whole.setId("export-whole");

        ToggleGroup size = new ToggleGroup();
        for (RadioButton b : new RadioButton[] {scale1, scale2, scale4, byWidth}) {
            b.setToggleGroup(size);
        }
        scale2.setSelected(true);
        scale1.setId("export-scale-1");
        scale2.setId("export-scale-2");
        scale4.setId("export-scale-4");
        byWidth.setId("export-by-width");
        widthField.setId("export-width");
        widthField.setPrefColumnCount(6);
        widthField.disableProperty().bind(byWidth.selectedProperty().not());
        HBox sizes = new HBox(12, scale1, scale2, scale4, byWidth, widthField, new Label("px"));
        sizes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        title.setSelected(true);
        legend.setSelected(true);
        caption.setSelected(true);
        title.setId("export-title");
        legend.setId("export-legend");
        caption.setId("export-caption");

        fileField.setId("export-file");
        fileField.setText(initialFile.toString());
        fileField.setPrefColumnCount(36);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFile(owner));
        HBox.setHgrow(fileField, Priority.ALWAYS);

        summary.setId("export-summary");
        summary.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 10, 0, 10));
        grid.addRow(0, new Label("Show"), visibleRange);
        grid.add(whole, 1, 1);
        grid.addRow(2, new Label("Size"), sizes);
        grid.addRow(3, new Label("Include"), new HBox(16, title, legend, caption));
        grid.addRow(4, new Label("File"), new HBox(8, fileField, choose));
        grid.add(summary, 1, 5);
        getDialogPane().setContent(grid);
        org.sourceline.ui.Theme.applyTo(getDialogPane());

        double baseWidth = Math.max(PngExportJob.MIN_LOGICAL_WIDTH, screenWidth);
        ObservableValue<String> problem = Bindings.createStringBinding(this::problem,
                size.selectedToggleProperty(), widthField.textProperty(), fileField.textProperty());
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = problem.getValue();
            return p != null ? p : "The image will be " + pixelWidth(baseWidth) + " pixels wide; its height fits every lane.";
        }, problem));
        summary.styleProperty().bind(Bindings.createStringBinding(() -> problem.getValue() == null
                ? "-fx-text-fill: -sl-text-muted;" : "-fx-text-fill: -sl-danger;", problem));
        getDialogPane().lookupButton(export).disableProperty().bind(Bindings.createBooleanBinding(
                () -> problem.getValue() != null, problem));

        setResultConverter(button -> button == export ? new Request(whole.isSelected(), presetScale(),
                byWidth.isSelected() ? parseWidth() : null, title.isSelected(), legend.isSelected(),
                caption.isSelected(), Path.of(fileField.getText().strip())) : null);
    }

    private double presetScale() {
        return scale1.isSelected() ? 1 : scale4.isSelected() ? 4 : 2;
    }

    private static String range(double[] days) {
        return Days.format((long) Math.floor(days[0])) + " – " + Days.format((long) Math.ceil(days[1]) - 1);
    }

    private int pixelWidth(double baseWidth) {
        Integer w = byWidth.isSelected() ? parseWidth() : null;
        return w != null ? w : (int) Math.round(baseWidth * presetScale());
    }

    /**
     * Logical width and scale for a request: presets scale the on-screen width; a width in pixels
     * keeps the on-screen layout and draws it finer (or, when narrower than the screen, lays it
     * out at that width at scale 1). Never upscaled from a bitmap.
     */
    public static double[] logicalWidthAndScale(Request request, double screenWidth) {
        double base = Math.max(PngExportJob.MIN_LOGICAL_WIDTH, screenWidth);
        if (request.widthPixels() == null) {
            return new double[] {base, request.scale()};
        }
        int w = request.widthPixels();
        return w >= base ? new double[] {base, w / base} : new double[] {w, 1};
    }

    private Integer parseWidth() {
        try {
            return Integer.parseInt(widthField.getText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What is wrong with the entries, or null. */
    private String problem() {
        if (byWidth.isSelected()) {
            Integer w = parseWidth();
            if (w == null) {
                return "The width must be a whole number of pixels.";
            }
            if (w < PngExportJob.MIN_LOGICAL_WIDTH || w > TiledPngExporter.MAX_SIDE) {
                return "The width must be between " + (int) PngExportJob.MIN_LOGICAL_WIDTH + " and "
                        + TiledPngExporter.MAX_SIDE + " pixels.";
            }
        }
        String text = fileField.getText().strip();
        if (text.isEmpty()) {
            return "Choose a file to write.";
        }
        try {
            Path path = Path.of(text);
            Path folder = path.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                return "The folder " + folder + " does not exist.";
            }
            AtomicFiles.check(path, inputs);
        } catch (InvalidPathException e) {
            return "That is not a valid file name.";
        } catch (RefusedOutputException e) {
            return "Cannot export there: " + e.getReason() + ".";
        } catch (IOException e) {
            return "That file cannot be written: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return null;
    }

    private void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Timeline as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        try {
            Path current = Path.of(fileField.getText().strip()).toAbsolutePath();
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
        } catch (InvalidPathException e) {
            // Start wherever the chooser likes.
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            fileField.setText(chosen.getPath().endsWith(".png") ? chosen.getPath() : chosen.getPath() + ".png");
        }
    }
}
