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

/** Says why a file could not be opened, listing every problem with its position. */
public final class ProblemsDialog {
    private ProblemsDialog() {
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
            TextArea list = new TextArea(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
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
