package org.sourceline.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import org.sourceline.render.Palette;

/**
 * The app's look: the root stylesheet ({@link Palette#STYLESHEET}), which defines every colour as
 * a looked-up colour ({@code -sl-accent}, {@code -sl-text}, …), and the views' own stylesheets,
 * which use those names. A view shown in the main window finds the names on the scene's root; a
 * view shown on its own (a test, another window) brings the root stylesheet itself, so its names
 * always resolve, and a theme set on the window is never overridden by a view.
 */
public final class Theme {
    /** The style class that carries the colour names on a view shown outside the main window. */
    static final String THEMED = "sl-theme";

    private Theme() {
    }

    /** The root stylesheet's URL, for a scene. */
    public static String rootStylesheet() {
        return Theme.class.getResource(Palette.STYLESHEET).toExternalForm();
    }

    /** Puts the root stylesheet on a scene (the main window and dialogs of their own). */
    public static void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(rootStylesheet())) {
            scene.getStylesheets().add(0, rootStylesheet());
        }
    }

    /** Lets a dialog's own content use the colour names (a dialog is a scene of its own). */
    public static void applyTo(javafx.scene.control.DialogPane pane) {
        if (!pane.getStylesheets().contains(rootStylesheet())) {
            pane.getStylesheets().add(0, rootStylesheet());
            pane.getStyleClass().add(THEMED);
        }
    }

    /** Gives a view its own stylesheet (a class-path resource) and the colour names wherever it is shown. */
    public static void style(Parent view, String ownStylesheet) {
        view.getStylesheets().add(Theme.class.getResource(ownStylesheet).toExternalForm());
        view.sceneProperty().addListener((obs, old, scene) -> bringNamesIfMissing(view, scene));
        bringNamesIfMissing(view, view.getScene());
    }

    private static void bringNamesIfMissing(Parent view, Scene scene) {
        String root = rootStylesheet();
        boolean sceneHasNames = scene != null && (scene.getStylesheets().contains(root)
                || (scene.getRoot() != view && scene.getRoot() != null && scene.getRoot().getStylesheets().contains(root)));
        if (sceneHasNames) {
            view.getStylesheets().remove(root);
            view.getStyleClass().remove(THEMED);
        } else if (scene != null && !view.getStylesheets().contains(root)) {
            view.getStylesheets().add(0, root);
            view.getStyleClass().add(THEMED);
        }
    }
}
