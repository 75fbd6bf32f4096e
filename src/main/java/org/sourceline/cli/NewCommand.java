package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.DatasetWriter;
import org.sourceline.data.Edtf;
import org.sourceline.data.EdtfException;
import org.sourceline.data.article.ArticleImportException;
import org.sourceline.data.article.ArticleImporter;
import org.sourceline.data.article.ImportedArticle;
import org.sourceline.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sourceline new ARTICLE -o DATASET.json [--title T] …}: a new, empty dataset (no events,
 * no actors) on an article file, its text stored beside the dataset.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Makes an empty dataset (no events, no actors yet) from an article: plain text (.txt), "
                + "Markdown (.md) or a saved web page (.html).%n"
                + "The article's text is stored beside DATASET, named after it with .txt (line ends \\n, paragraphs "
                + "separated by one blank line). What the article says about itself (title, outlet, author, URL, "
                + "publication date) is read from it; the options below replace it; anything unknown stays unknown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the article holds no usable text, or the files could not be written",
                "2:usage error, an unreadable article, or a file that would be overwritten without --force"})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "the article: .txt, .md or .html")
    Path article;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DATASET", description = "the dataset file to make")
    Path output;

    @Option(names = "--title", paramLabel = "T", description = "the article's title (needed when the article names none)")
    String title;

    @Option(names = "--outlet", paramLabel = "O", description = "the publication, e.g. \"Foreign Policy\"")
    String outlet;

    @Option(names = "--author", paramLabel = "A", description = "the byline")
    String author;

    @Option(names = "--url", paramLabel = "U", description = "the article's address")
    String url;

    @Option(names = "--published", paramLabel = "EDTF",
            description = "when it was published, as EDTF: 2023-01-05, 2023-01, 2023-01~ (approximately) …")
    String published;

    @Option(names = "--force", description = "replace DATASET if it exists; a text file of its name that holds "
            + "another text is kept, and the article's text goes to NAME-2.txt")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (published != null && !published.isBlank()) {
            try {
                Edtf.parse(published.strip());
            } catch (EdtfException e) {
                throw new CommandFailure(CommandFailure.USAGE, "sourceline new: --published: \"" + published
                        + "\" is not an EDTF date: " + e.getMessage() + " (e.g. 2023-01-05, 2023-01 or 2023-01~)");
            }
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(CommandFailure.USAGE, output + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(output)) {
            throw new CommandFailure(CommandFailure.USAGE, output + ": is a folder; give a file name");
        }
        try {
            // Never over the article itself, --force or not: the output is refused like any export's.
            AtomicFiles.check(output, List.of(article));
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        if (Files.exists(output) && !force) {
            throw new CommandFailure(CommandFailure.USAGE, output + ": already exists; choose another name, or pass "
                    + "--force to replace it");
        }

        ImportedArticle imported;
        try {
            imported = ArticleImporter.importFile(article);
        } catch (ArticleImportException e) {
            throw new CommandFailure(e.unreadable() ? CommandFailure.USAGE : CommandFailure.FAILED, e.format());
        }
        imported = imported.withMetadata(given(title, imported.title()), given(outlet, imported.outlet()),
                given(author, imported.author()), given(url, imported.url()), given(published, imported.published()));
        if (imported.title() == null) {
            throw new CommandFailure(CommandFailure.USAGE, article + ": the article names no title (in plain text, a first "
                    + "line standing alone like a headline is taken as one); give one with --title");
        }

        String textFile = textFileName(output, article);
        Path textPath = output.resolveSibling(textFile);
        if (!force && Files.exists(textPath) && !sameText(textPath, imported.text())) {
            throw new CommandFailure(CommandFailure.USAGE, textPath + ": already exists and holds another text; "
                    + "choose another dataset name, or pass --force to keep it and store the article's text under "
                    + "another name");
        }
        Dataset dataset = imported.toEmptyDataset(textFile);
        boolean textExisted = Files.exists(textPath);
        DatasetWriter writer = new DatasetWriter().textFile(textFile);
        try {
            writer.write(dataset, output);
        } catch (IOException e) {
            // The text is written first: a dataset that could not follow it must not leave it behind.
            if (!textExisted) {
                deleteQuietly(textPath);
            }
            throw OutputFile.cannotWrite(output, e);
        }

        for (String warning : imported.warnings()) {
            err.println(article + ":1:1: warning: " + warning);
        }
        out.printf(Locale.ROOT, "%s: a new dataset on “%s” (%s %s), no events yet%n", output, imported.title(),
                imported.format().label(), article.getFileName());
        // The writer never replaces a file holding another text: it then names the next free one.
        String written = writer.writtenTextFile() != null ? writer.writtenTextFile() : textFile;
        out.printf(Locale.ROOT, "  text: %s, %,d paragraphs, %,d characters%s%n", written,
                paragraphs(imported.text()), imported.text().length(),
                written.equals(textFile) ? "" : " (" + textFile + " holds another text and was kept)");
        out.printf(Locale.ROOT, "  outlet: %s · author: %s · url: %s · published: %s%n", known(imported.outlet()),
                known(imported.author()), known(imported.url()), known(imported.published()));
        for (String note : imported.notes()) {
            out.println("  note: " + note);
        }
        out.flush();
        err.flush();
        return 0;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    /** The option when given (blank clears the value), else what the import found. */
    private static String given(String option, String found) {
        return option != null ? option : found;
    }

    private static String known(String value) {
        return value == null ? "unknown" : value;
    }

    private static int paragraphs(String text) {
        return text.isEmpty() ? 0 : text.split("\n\n", -1).length;
    }

    private static boolean sameText(Path file, String text) {
        try {
            return Arrays.equals(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code story.json} → {@code story.txt}; never the article file itself (a {@code story.txt}
     * article next to {@code story.json} keeps its bytes: the text goes to {@code story.article.txt}).
     */
    static String textFileName(Path dataset, Path article) {
        String name = GenerateCommand.textFileName(dataset);
        Path text = dataset.toAbsolutePath().resolveSibling(name).normalize();
        if (text.equals(article.toAbsolutePath().normalize())) {
            String base = name.substring(0, name.length() - 4);
            return base + ".article.txt";
        }
        return name;
    }
}
