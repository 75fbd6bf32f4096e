package org.sourceline.ui.edit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sourceline.data.article.ArticleFormat;
import org.sourceline.data.article.ArticleImportException;
import org.sourceline.data.article.ArticleImporter;
import org.sourceline.data.article.ImportedArticle;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;

/**
 * File → New Dataset from Article… and New Dataset from Clipboard: reads the article (a text,
 * Markdown or saved web page file, or what was copied), shows what was found for the person to
 * confirm or complete (title, outlet, author, URL, publication date — unknown stays unknown), and
 * makes a dataset of that one article with no events yet, open and unsaved, ready for passages
 * to be selected. A file that is not an article (binary, empty, a page with no article body)
 * gets a message and nothing is made.
 */
public final class NewDataset {
    private final Window owner;
    private final Consumer<Dataset> open;
    private String lastFolder;

    /** @param open shows the new dataset (unsaved) */
    public NewDataset(Window owner, Consumer<Dataset> open) {
        this.owner = owner;
        this.open = open;
    }

    /** The folder the file dialog starts in. */
    public void setLastFolder(String folder) {
        this.lastFolder = folder;
    }

    public String lastFolder() {
        return lastFolder;
    }

    /** Asks for an article file, then imports it (in the background) and confirms its details. */
    public void fromArticle() {
        File chosen = chooseArticleFile("New Dataset from Article");
        if (chosen != null) {
            fromFile(chosen.toPath());
        }
    }

    /** Asks for an article file (text, Markdown, saved web page), starting in the last folder used; null when cancelled. */
    File chooseArticleFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = new ArrayList<>();
        for (ArticleFormat format : ArticleFormat.values()) {
            for (String extension : format.extensions()) {
                patterns.add("*" + (extension.startsWith(".") ? extension : "." + extension));
            }
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles: text, Markdown, saved web pages", patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && Files.isDirectory(Path.of(lastFolder))) {
            chooser.setInitialDirectory(new File(lastFolder));
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParent();
        }
        return chosen;
    }

    /** Imports an article file in the background, then confirms its details. */
    public void fromFile(Path file) {
        importFile(file, "No dataset was made from ",
                imported -> confirm(imported, "“" + file.getFileName() + "”", textFileFor(file)));
    }

    /**
     * Reads an article file in the background; then hands it on, or says why it is not an
     * article (the header begins with {@code refusal}, e.g. "No dataset was made from ").
     */
    void importFile(Path file, String refusal, Consumer<ImportedArticle> then) {
        Task<ImportedArticle> task = new Task<>() {
            @Override
            protected ImportedArticle call() throws ArticleImportException {
                return ArticleImporter.importFile(file);
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> refuse(refusal, file.getFileName().toString(), task.getException()));
        Thread thread = new Thread(task, "sourceline-import");
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes a dataset of what the clipboard holds (its HTML when it has some, else its text). */
    public void fromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        String text = clipboard.hasString() ? clipboard.getString() : null;
        try {
            confirm(ArticleImporter.fromClipboard(html, text), "the clipboard", null);
        } catch (ArticleImportException e) {
            refuse("No dataset was made from ", "the clipboard", e);
        }
    }

    /** The text file the article is kept in beside the dataset: the source's name, as .txt. */
    static String textFileFor(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        // A name that makes a good article id is kept as it is; others become a slug ("My Story!" → my-story).
        boolean plain = Article.idFromFileName(stem + ".txt").equals(stem);
        return (plain ? stem : org.sourceline.edit.EventIds.slug(stem, "article")) + ".txt";
    }

    private void confirm(ImportedArticle article, String from, String textFile) {
        ArticleDetailsDialog.Details found = new ArticleDetailsDialog.Details(article.title(), article.outlet(),
                article.author(), article.url(), article.published(), null);
        List<String> notes = new ArrayList<>(article.warnings());
        String preview = article.text().length() > 1200 ? article.text().substring(0, 1200) + "…" : article.text();
        new ArticleDetailsDialog(owner, "New dataset from " + from + ": check what is known about the article",
                "Create Dataset", found, notes, preview).show(details -> {
                    ImportedArticle confirmed = article.withMetadata(details.title(), details.outlet(), details.author(),
                            details.url(), details.publishedEdtf());
                    open.accept(confirmed.toEmptyDataset(textFile));
                });
    }

    private void refuse(String refusal, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Not an article");
        alert.setHeaderText(refusal + what);
        String message = error instanceof ArticleImportException ie ? ie.getMessage() : String.valueOf(error);
        alert.setContentText(message);
        alert.getDialogPane().setId("import-failed-dialog");
        alert.setResizable(true);
        alert.show();
    }
}
