package org.sourceline.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;

/**
 * Saves a dataset the way the app keeps it: the JSON file, and each article's text in a text file
 * beside it, so the dataset stays small and diffable and the article readable. The writing is
 * {@link DatasetWriter#stream}'s (the one writer path): texts first, then the dataset naming them,
 * each atomically; a text file of the same content is kept, another file is never overwritten (the
 * text goes to {@code NAME-2.txt}), and a failure leaves the old dataset and its texts as they were.
 *
 * <p>What this adds: an article that has no text file yet (made from the clipboard, or recovered
 * with its text inline) gets one named after the dataset ({@code story.json} → {@code story.txt},
 * further articles {@code story-ID.txt}); and progress while the events are written.
 */
public final class DatasetSaver {
    private DatasetSaver() {
    }

    /**
     * Writes {@code dataset} to {@code target} with its article texts beside it.
     *
     * @param progress receives 0..1 while the events are written (a failure it throws ends the save
     *                 as a failed write does: the old files stay as they were)
     * @return the dataset as written: each article names the text file it is in
     */
    public static Dataset save(Dataset dataset, Path target, DoubleConsumer progress) throws IOException {
        Dataset written = withTextFiles(dataset, target);
        List<Event> events = written.events();
        int total = events.size();
        DatasetWriter writer = new DatasetWriter();
        try {
            writer.stream(written.title(), written.description(), written.articles(), written.actors(), written.eras(),
                    target, sink -> {
                        for (int e = 0; e < total; e++) {
                            sink.write(events.get(e));
                            if ((e & 1023) == 0) {
                                progress.accept((double) e / total);
                            }
                        }
                        progress.accept(1);
                    });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return named(written, writer.writtenTextFiles());
    }

    /** The dataset with each article naming the text file the writer put it in. */
    static Dataset named(Dataset dataset, java.util.Map<String, String> textFiles) {
        List<Article> articles = new ArrayList<>(dataset.articles().size());
        boolean changed = false;
        for (Article a : dataset.articles()) {
            String file = textFiles.get(a.id());
            if (file != null && !file.equals(a.textFile())) {
                a = a.withTextFile(file);
                changed = true;
            }
            articles.add(a);
        }
        return changed ? new Dataset(dataset.title(), dataset.description(), articles, dataset.actors(),
                dataset.events(), dataset.eras()) : dataset;
    }

    /** The dataset with a text file name for every article that has a text but no file yet. */
    static Dataset withTextFiles(Dataset dataset, Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Article> articles = new ArrayList<>(dataset.articles().size());
        boolean changed = false;
        for (int i = 0; i < dataset.articles().size(); i++) {
            Article a = dataset.articles().get(i);
            if (a.hasText() && a.textFile() == null) {
                String file = i == 0 ? stem + ".txt" : stem + "-" + a.id() + ".txt";
                a = a.withTextFile(file);
                changed = true;
            }
            articles.add(a);
        }
        return changed ? new Dataset(dataset.title(), dataset.description(), articles, dataset.actors(),
                dataset.events(), dataset.eras()) : dataset;
    }
}
