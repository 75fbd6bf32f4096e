package org.sourceline.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Saves a dataset the way the app keeps it: the JSON file, and each article's text in a text file
 * beside it ({@code "textFile"}), so the dataset stays small and diffable and the article readable.
 *
 * <p>It never overwrites a file that is not the dataset's own: a text file of the chosen name that
 * holds other text, in a folder where this dataset did not put it, makes the text go to a new name
 * ({@code story-2.txt}). A text file that already holds the text is left alone. Every file is
 * written atomically (texts first, then the dataset that names them), so a failure leaves the old
 * dataset as it was; text files this save created are removed again when the dataset itself
 * cannot be written.
 */
public final class DatasetSaver {
    /**
     * What a save wrote.
     *
     * @param file      the dataset file
     * @param textFiles article id → name of its text file beside the dataset
     */
    public record Saved(Path file, Map<String, String> textFiles) {
        public Saved {
            textFiles = Map.copyOf(textFiles);
        }
    }

    private DatasetSaver() {
    }

    /**
     * Writes {@code dataset} to {@code target} with its article texts beside it.
     *
     * @param owned    article id → text file name that this dataset already keeps in
     *                 {@code target}'s folder (from the last save or the file it was read from
     *                 there); such files may be overwritten. Empty for a folder it has never been in.
     * @param progress receives 0..1 while the events are written
     */
    public static Saved save(Dataset dataset, Path target, Map<String, String> owned, DoubleConsumer progress)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(folder), null, "folder does not exist");
        }
        String stem = stem(absolute.getFileName().toString());
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(absolute.getFileName().toString());
        List<Path> created = new ArrayList<>();
        boolean done = false;
        try {
            List<Article> articles = dataset.articles();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                if (!article.hasText()) {
                    continue;
                }
                byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
                String ours = owned.get(article.id());
                String preferred = ours != null ? ours : plainName(article.textFile()) != null
                        ? plainName(article.textFile()) : i == 0 ? stem + ".txt" : stem + "-" + article.id() + ".txt";
                String name = place(folder, preferred, bytes, preferred.equals(ours), taken);
                taken.add(name);
                names.put(article.id(), name);
                Path file = folder.resolve(name);
                if (!holds(file, bytes)) {
                    boolean existed = Files.exists(file);
                    AtomicFiles.write(file, out -> out.write(bytes));
                    if (!existed) {
                        created.add(file);
                    }
                }
            }
            List<Event> events = dataset.events();
            int total = events.size();
            new DatasetWriter().textFiles(names).stream(dataset.title(), dataset.description(), dataset.articles(),
                    dataset.actors(), dataset.eras(), absolute, sink -> {
                        for (int e = 0; e < total; e++) {
                            sink.write(events.get(e));
                            if ((e & 1023) == 0) {
                                progress.accept((double) e / total);
                            }
                        }
                        progress.accept(1);
                    });
            done = true;
        } finally {
            if (!done) {
                for (Path file : created) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return new Saved(absolute, names);
    }

    /**
     * The name the text goes to: {@code preferred} when that file is free, already holds the text
     * or is the dataset's own; otherwise the first free {@code stem-N.txt}.
     */
    private static String place(Path folder, String preferred, byte[] bytes, boolean isOwn, Set<String> taken)
            throws IOException {
        String stem = stem(preferred);
        String extension = preferred.substring(stem.length());
        for (int n = 1; ; n++) {
            String name = n == 1 ? preferred : stem + "-" + n + extension;
            if (taken.contains(name)) {
                continue;
            }
            Path file = folder.resolve(name);
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || holds(file, bytes)) {
                return name;
            }
            if (n == 1 && isOwn) {
                // The dataset's own text file: overwritten (if something else now blocks it, the write says so).
                return name;
            }
        }
    }

    /** True when the file exists and holds exactly these bytes. */
    private static boolean holds(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** A text file name without folders, or null when it has none to give. */
    private static String plainName(String textFile) {
        if (textFile == null) {
            return null;
        }
        String name = textFile.substring(Math.max(textFile.lastIndexOf('/'), textFile.lastIndexOf('\\')) + 1);
        return name.isBlank() || name.equals("..") || name.equals(".") ? null : name;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
