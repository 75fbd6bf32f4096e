package org.sourceline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;

/**
 * Helpers for the files a dataset is kept in, shared by every reader and writer: opening a file for
 * a reader (strict UTF-8, a clear word for a folder or pipe), and the article text files a dataset
 * names. Which reader reads a file is decided above the readers, in
 * {@link org.sourceline.data.formats.DatasetFormats}.
 */
public final class DatasetFiles {
    /** Reads an open stream of a dataset file. */
    @FunctionalInterface
    public interface StreamReader {
        ReadResult read(InputStream in) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private DatasetFiles() {
    }

    /**
     * Opens a file and hands its stream to {@code reader}, turning a file that cannot be read (missing,
     * a folder, a device or named pipe, no permission) into an {@linkplain ReadResult#unreadable
     * unreadable} result. The bytes are checked as strict UTF-8 on the way ({@link Utf8#strict}):
     * bytes that are not, or an escape that is half a character, are an error at their line and column.
     */
    public static ReadResult readStream(Path file, StreamReader reader) {
        String name = file.toString();
        String notAFile = notAFile(file);
        if (notAFile != null) {
            return ReadResult.unreadable(name, notAFile);
        }
        try (InputStream in = Utf8.strict(Files.newInputStream(file))) {
            return reader.read(in);
        } catch (Utf8.MalformedStreamException e) {
            int[] at = {1, 1};
            try (InputStream again = Files.newInputStream(file)) {
                at = Utf8.lineColumnAt(again, e.offset());
            } catch (IOException ignored) {
                // The position stays at the start of the file.
            }
            Problem problem = new Problem(Severity.ERROR, name, at[0], at[1], null, e.getMessage());
            return ReadResult.invalid(name, problem);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return ReadResult.unreadable(name, "no such file");
        } catch (AccessDeniedException e) {
            return ReadResult.unreadable(name, "permission denied");
        } catch (IOException e) {
            return ReadResult.unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Why a path cannot be a dataset file, told without opening it (a named pipe would block, a
     * device never end): "is a folder, not a dataset file", "is a named pipe (FIFO), not a
     * regular file", …; null for a regular file or a path that does not exist.
     */
    public static String notAFile(Path file) {
        String kind = FileKind.describeIfNotRegular(file);
        if (kind == null) {
            return null;
        }
        return kind.equals("a folder") ? "is a folder, not a dataset file" : "is " + kind + ", not a regular file";
    }

    /**
     * The files a dataset read from {@code file} was made from: the file itself and the article
     * text file it names, if any. An output must never be one of them. Empty for the bundled dataset.
     */
    public static List<Path> inputsOf(Path file, Dataset dataset) {
        if (file == null) {
            return List.of();
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        for (Article article : dataset == null ? List.<Article>of() : dataset.articles()) {
            if (article.textFile() != null && TextFiles.nameProblem(article.textFile()) == null) {
                try {
                    inputs.add(file.resolveSibling(article.textFile()));
                } catch (java.nio.file.InvalidPathException e) {
                    // Such a name was refused when the dataset was read.
                }
            }
        }
        return List.copyOf(inputs);
    }

    /**
     * The {@code article.textFile} (format 1) or first {@code articles[].textFile} (format 2) an
     * existing dataset file names, or null (no file, not a dataset, inline text).
     */
    public static String textFileNamedBy(Path dataset) {
        List<String> names = textFilesNamedBy(dataset);
        return names.isEmpty() ? null : names.get(0);
    }

    /**
     * Every article text file an existing dataset file names, in file order: format 1's
     * {@code article.textFile} or format 2's {@code articles[].textFile}; empty when there is no
     * such file or it is not a dataset. Reads only up to the articles, which {@link DatasetWriter}
     * puts first.
     */
    public static List<String> textFilesNamedBy(Path dataset) {
        List<String> names = new ArrayList<>();
        if (!Files.isRegularFile(dataset)) {
            return names;
        }
        try (InputStream in = Files.newInputStream(dataset); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return names;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("article") && value == JsonToken.START_OBJECT) {
                    addTextFile(p, names);
                    return names;
                }
                if (field.equals("articles") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        addTextFile(p, names);
                    }
                    return names;
                }
                if (field.equals("events") || p.currentLocation().getByteOffset() > (1 << 20)) {
                    return names;
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Not a dataset of ours: nothing more to name.
        }
        return names;
    }

    /** Reads one article object (the parser on its start) and adds its {@code textFile}, if any. */
    private static void addTextFile(JsonParser p, List<String> names) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String articleField = p.currentName();
            JsonToken articleValue = p.nextToken();
            if (articleField.equals("textFile") && articleValue == JsonToken.VALUE_STRING) {
                names.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
    }
}
