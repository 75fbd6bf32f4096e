package org.sourceline.ui.edit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.sourceline.data.article.ImportedArticle;
import org.sourceline.edit.ArticleEdits;
import org.sourceline.edit.EditException;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.ui.AppModel;

/**
 * File → Add Article to Dataset…: reads another article (text, Markdown or a saved web page) as
 * New Dataset from Article does, asks the person to confirm what is known about it in the same
 * dialog, and adds it to the open dataset as one edit (Edit → Undo takes it out again). Its text
 * is kept in a file of its own beside the dataset when saved. The reader then shows it, so its
 * passages can be selected as evidence.
 */
public final class AddArticle {
    private final Window owner;
    private final AppModel model;
    private final NewDataset files;
    private final Consumer<String> showArticle;

    /**
     * @param files       shares the file dialog (and its last folder) and the import with New Dataset from Article
     * @param showArticle shows the added article (by id) in the reader
     */
    public AddArticle(Window owner, AppModel model, NewDataset files, Consumer<String> showArticle) {
        this.owner = owner;
        this.model = model;
        this.files = files;
        this.showArticle = showArticle;
    }

    /** Asks for an article file, then imports it and confirms its details. */
    public void choose() {
        if (model.getDataset() == null) {
            return;
        }
        File chosen = files.chooseArticleFile("Add Article to Dataset");
        if (chosen != null) {
            fromFile(chosen.toPath());
        }
    }

    /** Imports an article file in the background, then confirms its details and adds it. */
    public void fromFile(Path file) {
        files.importFile(file, "No article was added from ", imported -> confirm(imported, file));
    }

    private void confirm(ImportedArticle imported, Path file) {
        Dataset dataset = model.getDataset();
        if (dataset == null) {
            return;
        }
        List<String> notes = new ArrayList<>(imported.warnings());
        Article same = sameText(dataset, imported);
        if (same != null) {
            notes.add(0, "This dataset already has this text, as “" + (same.title() == null ? same.id() : same.title())
                    + "”: adding it again makes a second copy.");
        }
        ArticleDetailsDialog.Details found = new ArticleDetailsDialog.Details(imported.title(), imported.outlet(),
                imported.author(), imported.url(), imported.published(), null);
        String preview = imported.text().length() > 1200 ? imported.text().substring(0, 1200) + "…" : imported.text();
        new ArticleDetailsDialog(owner, "Add “" + file.getFileName() + "” to the dataset: check what is known about the article",
                "Add Article", found, notes, preview).show(details -> {
                    ImportedArticle confirmed = imported.withMetadata(details.title(), details.outlet(), details.author(),
                            details.url(), details.publishedEdtf());
                    add(confirmed.toArticle(NewDataset.textFileFor(file)));
                });
    }

    /** Adds the article (under an id and text file name no other article of the dataset has) and shows it. */
    void add(Article article) {
        Dataset dataset = model.getDataset();
        if (dataset == null) {
            return;
        }
        Article unique = unique(article, dataset);
        try {
            model.apply(ArticleEdits.add(unique));
            showArticle.accept(unique.id());
        } catch (EditException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setHeaderText("Could not add the article");
            alert.setContentText(String.join("\n", e.problems()));
            alert.show();
        }
    }

    /**
     * The article under an id no article of the dataset has ({@code story}, else {@code story-2},
     * {@code story-3} …), its text file named after that id so two articles never share one.
     */
    static Article unique(Article article, Dataset dataset) {
        String base = article.id();
        String id = base;
        for (int n = 2; dataset.article(id) != null || textFileTaken(dataset, fileFor(article, id, base)); n++) {
            id = base + "-" + n;
        }
        String textFile = fileFor(article, id, base);
        if (id.equals(base) && java.util.Objects.equals(textFile, article.textFile())) {
            return article;
        }
        return new Article(id, article.title(), article.outlet(), article.author(), article.url(), article.published(),
                article.language(), article.text(), textFile, article.sha256(), article.note());
    }

    private static String fileFor(Article article, String id, String base) {
        if (article.textFile() == null || id.equals(base)) {
            return article.textFile();
        }
        String name = article.textFile();
        int dot = name.lastIndexOf('.');
        return id + (dot > 0 ? name.substring(dot) : ".txt");
    }

    private static boolean textFileTaken(Dataset dataset, String textFile) {
        if (textFile == null) {
            return false;
        }
        for (Article a : dataset.articles()) {
            if (textFile.equals(a.textFile())) {
                return true;
            }
        }
        return false;
    }

    private static Article sameText(Dataset dataset, ImportedArticle imported) {
        for (Article a : dataset.articles()) {
            if (a.text().equals(imported.text())) {
                return a;
            }
        }
        return null;
    }
}
