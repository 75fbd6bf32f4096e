package org.sourceline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.data.ReadResult;
import org.sourceline.data.Utf8;
import org.sourceline.data.article.ArticleFormat;
import org.sourceline.data.article.ArticleImportException;
import org.sourceline.data.article.ArticleImporter;
import org.sourceline.data.article.ImportedArticle;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.Article;
import org.sourceline.timephrase.Dateline;
import org.sourceline.timephrase.Evaluation;
import org.sourceline.timephrase.GoldList;
import org.sourceline.timephrase.ReferenceDate;
import org.sourceline.timephrase.TimePhrase;
import org.sourceline.timephrase.TimePhrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sourceline times ARTICLE [--published DATE_OR_EDTF] [--json]}: every time phrase of an
 * article and what it means; {@code --evaluate GOLD...} measures the reader against gold lists.
 */
@Command(name = "times", mixinStandardHelpOptions = true,
        versionProvider = SourcelineCommand.VersionProvider.class,
        description = "Prints every time phrase of an English article and what it means: EDTF, "
                + "earliest and latest day, and a note saying what was assumed.%n"
                + "The article is a UTF-8 text file, a saved web page (.html) or Markdown (.md) file, or a dataset "
                + "(.json), whose every article is read.%n"
                + "Relative phrases (\"last month\", \"on Tuesday\") are read against --published, else against the "
                + "publication date the page or dataset gives, else against the dateline at the top of the article; "
                + "without any they stay unresolved and say so.%n"
                + "Offsets count UTF-16 code units, end exclusive, of the text as read (a text file: line ends as they "
                + "are, a UTF-8 byte order mark is not part of the text; a web page or Markdown file: its text as "
                + "'sourceline new' stores it; a dataset: each article's text, the offsets its quotes use).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a gold list does not match its article, or the dataset has errors",
                "2:usage error, malformed date or unreadable file"})
final class TimesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE",
            description = "the article: a UTF-8 text file, a saved web page (.html) or Markdown (.md), "
                    + "or a dataset (.json): each of its articles, read against its publication date")
    Path article;

    @Option(names = "--published", paramLabel = "DATE_OR_EDTF",
            description = "publication date: a day (2011-04-13) or EDTF (2023-01~, 2023-01-03/2023-01-31)")
    String published;

    @Option(names = "--json", description = "one JSON object per line: start, end, phrase, edtf, earliest, latest, note")
    boolean json;

    @Option(names = "--evaluate", paramLabel = "GOLD", arity = "1..*",
            description = "measure recall, precision and normalisation accuracy against gold lists (see the README)")
    List<Path> gold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (gold != null && !gold.isEmpty()) {
            if (article != null || published != null || json) {
                throw new CommandFailure(CommandFailure.USAGE,
                        "sourceline times: --evaluate takes gold lists only (each names its article and date)");
            }
            return evaluate(out);
        }
        if (article == null) {
            throw new CommandFailure(CommandFailure.USAGE, "sourceline times: missing ARTICLE (try 'sourceline times --help')");
        }
        ReferenceDate reference = null;
        if (published != null) {
            try {
                reference = ReferenceDate.parse(published, "given");
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(CommandFailure.USAGE, "sourceline times: --published: " + e.getMessage());
            }
        }
        List<Source> sources = sources(article, reference);
        for (Source source : sources) {
            TimePhrases.Reading reading = TimePhrases.read(source.text(), source.reference());
            if (json) {
                for (TimePhrase p : reading.phrases()) {
                    out.println(toJson(source.articleId(), p));
                }
            } else {
                out.println(source.label() + ": " + reading.phrases().size()
                        + (reading.phrases().size() == 1 ? " time phrase" : " time phrases") + ", "
                        + (reading.reference() == null ? "no publication date ("
                                + Dateline.ambiguousAtTop(source.text()).map(d -> d + " at the top reads two ways; ").orElse("")
                                + "give --published): relative phrases unresolved"
                        : "read against " + describe(reading.reference())));
                for (TimePhrase p : reading.phrases()) {
                    out.println(p.start() + "-" + p.end() + "\t" + p.phrase().replace('\n', ' ') + "\t"
                            + (p.edtf() == null ? "unresolved" : p.edtf()) + "\t"
                            + (p.earliest() == null ? ".." : p.earliest()) + " – " + (p.latest() == null ? ".." : p.latest())
                            + (p.note().isEmpty() ? "" : "\t" + p.note()));
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * A text to read: its label on the header line, the article's id (for a dataset's articles,
     * else null), the text the offsets count in, and the date to read it against (null: the
     * dateline, if any).
     */
    record Source(String label, String articleId, String text, ReferenceDate reference) {
    }

    /**
     * The texts {@code file} holds: a dataset ({@code .json}) gives each article's text, read
     * against {@code --published} or else the article's own publication date; a saved web page or
     * Markdown file gives its text as {@code new} would store it; any other file is read as it is.
     */
    private List<Source> sources(Path file, ReferenceDate given) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return datasetSources(file, given);
        }
        ArticleFormat format = ArticleFormat.ofFileName(name);
        if (format == ArticleFormat.HTML || format == ArticleFormat.MARKDOWN) {
            ImportedArticle imported;
            try {
                imported = ArticleImporter.importFile(file);
            } catch (ArticleImportException e) {
                throw new CommandFailure(CommandFailure.USAGE, e.format());
            }
            ReferenceDate reference = given != null ? given : publishedOf(imported.published(), format);
            return List.of(new Source(file + " (" + format.label() + ", its text as `sourceline new` stores it)", null,
                    imported.text(), reference));
        }
        return List.of(new Source(file.toString(), null, readText(file), given));
    }

    private static ReferenceDate publishedOf(String edtf, ArticleFormat format) {
        if (edtf == null || edtf.isBlank()) {
            return null;
        }
        try {
            return ReferenceDate.parse(edtf, "the " + (format == ArticleFormat.HTML ? "page" : "file") + "'s publication date");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every article of a dataset that has a text; exit 2 when the file cannot be read, 1 when it has errors. */
    private List<Source> datasetSources(Path file, ReferenceDate given) {
        ReadResult result = DatasetFormats.read(file);
        PrintWriter err = spec.commandLine().getErr();
        if (result.unreadable()) {
            throw new CommandFailure(CommandFailure.USAGE, result.problems().get(0).format());
        }
        if (result.dataset() == null) {
            result.problems().forEach(p -> err.println(p.format()));
            err.flush();
            throw new CommandFailure(CommandFailure.FAILED,
                    "sourceline times: " + file + " has errors; fix them first (see 'sourceline validate')");
        }
        List<Source> sources = new ArrayList<>();
        for (Article a : result.dataset().articles()) {
            if (!a.hasText()) {
                continue;
            }
            ReferenceDate reference = given != null ? given
                    : ReferenceDate.of(a.published(), "the article's publication date");
            String text = a.textFile() == null ? "its text" : a.textFile();
            sources.add(new Source(file + " (article " + a.id() + ", " + text + ")", a.id(), a.text(), reference));
        }
        if (sources.isEmpty()) {
            throw new CommandFailure(CommandFailure.FAILED, file + ":1:1: error: the dataset holds no article text to read");
        }
        return sources;
    }

    private static String describe(ReferenceDate reference) {
        String span = reference.isExact() ? "" : " (" + java.time.LocalDate.ofEpochDay(reference.earliest()) + " – "
                + java.time.LocalDate.ofEpochDay(reference.latest()) + ")";
        return reference.edtf() + span + ", " + reference.source();
    }

    /** Reads a UTF-8 text file; exit 2 with {@code FILE:LINE:COLUMN: error: …} when it cannot be read or is not UTF-8. */
    static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(CommandFailure.USAGE, file + ":1:1: error: is a folder, not a text file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(CommandFailure.USAGE, file + ":1:1: error: no such file");
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.USAGE, file + ":1:1: error: cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        String binary = ArticleImporter.binaryKind(bytes);
        if (binary != null) {
            throw new CommandFailure(CommandFailure.USAGE, file + ":1:1: error: not a text file: " + binary);
        }
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.MalformedTextException e) {
            throw new CommandFailure(CommandFailure.USAGE, file + ":" + e.line() + ":" + e.column() + ": error: "
                    + e.getMessage());
        }
    }

    static String toJson(TimePhrase p) {
        return toJson(null, p);
    }

    /** One JSON line; {@code articleId}, when not null, comes first (a dataset's phrases say whose they are). */
    static String toJson(String articleId, TimePhrase p) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(buffer)) {
            g.writeStartObject();
            if (articleId != null) {
                g.writeStringField("article", articleId);
            }
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeStringField("phrase", p.phrase());
            g.writeStringField("edtf", p.edtf());
            g.writeStringField("earliest", p.earliest() == null ? null : p.earliest().toString());
            g.writeStringField("latest", p.latest() == null ? null : p.latest().toString());
            g.writeStringField("note", p.note());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }

    private int evaluate(PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path file : gold) {
            GoldList list;
            try {
                list = GoldList.parse(readText(file));
            } catch (IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                exit = Math.max(exit, CommandFailure.FAILED);
                continue;
            }
            Path articleFile = file.toAbsolutePath().getParent().resolve(list.article()).normalize();
            String text = readText(articleFile);
            List<String> problems = list.check(text);
            if (!problems.isEmpty()) {
                problems.forEach(problem -> err.println(file + ": " + problem));
                exit = Math.max(exit, CommandFailure.FAILED);
                continue;
            }
            TimePhrases.Reading reading = TimePhrases.read(text, list.reference());
            Evaluation e = Evaluation.of(list, reading.phrases());
            out.println(file + ": " + e.summary());
            e.missed().forEach(m -> out.println("  missed: " + m));
            e.spurious().forEach(s -> out.println("  not a time expression: " + s));
            e.inaccurate().forEach(i -> out.println("  inaccurate: " + i));
        }
        out.flush();
        return exit;
    }
}
