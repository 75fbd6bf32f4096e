package org.sourceline.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sourceline.data.Problem;

/** Says why a file could not be opened, listing its problems with their positions. */
public final class ProblemsDialog {
    /**
     * Problems listed at most: a file broken throughout can have a million, and a text area of a
     * million lines held the JavaFX thread for minutes. The command line lists them all.
     */
    static final int MAX_LISTED = 1_000;

    private ProblemsDialog() {
    }

    /** The problems one per line, the first {@link #MAX_LISTED}, and how many more there are. */
    static String listed(List<Problem> problems, String fileName) {
        String shown = problems.stream().limit(MAX_LISTED).map(Problem::format).collect(Collectors.joining("\n"));
        int more = problems.size() - MAX_LISTED;
        return more <= 0 ? shown : shown + String.format(java.util.Locale.ROOT,
                "\n… and %,d more (sourceline validate %s lists them all)", more, fileName);
    }

    /** Builds (does not show) the dialog; {@code keptName} names the dataset that stays open. */
    public static Alert create(Window owner, String fileName, List<Problem> problems, String message, String keptName) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Could not open " + fileName);
        long errors = problems.stream().filter(Problem::isError).count();
        alert.setHeaderText(errors > 0
                ? fileName + " has " + errors + (errors == 1 ? " problem" : " problems") + " and was not opened."
                : "Could not open " + fileName + ".");
        String kept = keptName == null ? "" : "\n“" + keptName + "” stays open.";
        Label summary = new Label((message != null ? message + "\n" : "") + kept.strip());
        summary.setWrapText(true);
        VBox content = new VBox(8, summary);
        if (!problems.isEmpty()) {
            TextArea list = new TextArea(listed(problems, fileName));
            list.setEditable(false);
            list.setWrapText(false);
            list.setPrefRowCount(Math.min(12, problems.size() + 1));
            list.setPrefColumnCount(90);
            list.setId("problem-list");
            list.getStyleClass().add("problem-list");
            VBox.setVgrow(list, Priority.ALWAYS);
            content.getChildren().add(list);
        }
        BorderPane pane = new BorderPane(content);
        alert.getDialogPane().setContent(pane);
        alert.getDialogPane().setId("problems-dialog");
        alert.setResizable(true);
        return alert;
    }
}
