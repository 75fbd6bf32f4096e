package org.sourceline.data.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.NotEnoughMemoryError;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.timelinejs.TimelineJsReader;

/**
 * The one way in for dataset files: tells Sourceline's own format from TimelineJS JSON by
 * looking at the file, and reads it with the right reader. The app (File → Open, Open Recent,
 * drag and drop) and every command-line command read files through here. It sits above the
 * readers it chooses between ({@code data} and {@code data.timelinejs}), so neither depends on
 * the other.
 */
public final class DatasetFormats {
    /** The formats Sourceline reads. */
    public enum Format {
        /** {@code "format": "sourceline-dataset/2"} (or 1), see {@link org.sourceline.data.DatasetReader}. */
        SOURCELINE("Sourceline dataset"),
        /** TimelineJS3 JSON: {@code events} of slides, optional {@code title}, {@code eras}, {@code scale}. */
        TIMELINEJS("TimelineJS JSON");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Top-level fields only Sourceline datasets have. */
    private static final Set<String> SOURCELINE_FIELDS = Set.of("format", "article", "articles", "actors", "description");
    /** Top-level fields only TimelineJS has. */
    private static final Set<String> TIMELINEJS_FIELDS = Set.of("eras", "scale");
    /** Fields of a TimelineJS slide that a Sourceline event never has. */
    private static final Set<String> SLIDE_FIELDS = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "unique_id", "background", "autolink");
    /** Past this many bytes detection gives up and says {@link Format#SOURCELINE}. */
    private static final long DETECTION_LIMIT = 16L << 20;
    private static final JsonFactory JSON = new JsonFactory();

    private DatasetFormats() {
    }

    /** Reads a file in whichever format it is in; never throws for bad input. */
    public static ReadResult read(Path file, ReadOptions options) {
        String notAFile = DatasetFiles.notAFile(file);
        if (notAFile != null) {
            return ReadResult.unreadable(file.toString(), notAFile);
        }
        try {
            if (detect(file) == Format.TIMELINEJS) {
                return new TimelineJsReader(options).read(file);
            }
            return new DatasetReader().withProgress(options.progress()).withCancellation(options.cancelled()).read(file);
        } catch (NotEnoughMemoryError e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryError(file.toString(), 0);
        }
    }

    /** Reads a file with the default options (TimelineJS groups as actors). */
    public static ReadResult read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /**
     * The format of a file, decided from its first top-level fields: {@code format}, {@code article(s)}
     * or {@code actors} say Sourceline; {@code eras}, {@code scale}, a {@code title} that is an
     * object or slides in {@code events} say TimelineJS. Files that are unreadable, not JSON or
     * undecided are called Sourceline, whose reader then explains what is wrong with them.
     */
    public static Format detect(Path file) {
        if (DatasetFiles.notAFile(file) != null) {
            return Format.SOURCELINE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        } catch (IOException | RuntimeException e) {
            return Format.SOURCELINE;
        }
    }

    /** The format of a dataset given as a stream (read partly; not closed). */
    public static Format detect(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Format.SOURCELINE;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (SOURCELINE_FIELDS.contains(name)) {
                    return Format.SOURCELINE;
                }
                if (TIMELINEJS_FIELDS.contains(name) || (name.equals("title") && value == JsonToken.START_OBJECT)) {
                    return Format.TIMELINEJS;
                }
                if (name.equals("events") && value == JsonToken.START_ARRAY) {
                    Format byFirstEvent = firstEventSays(p);
                    if (byFirstEvent != null) {
                        return byFirstEvent;
                    }
                }
                p.skipChildren();
                if (p.currentLocation().getByteOffset() > DETECTION_LIMIT) {
                    return Format.SOURCELINE;
                }
            }
            return Format.SOURCELINE;
        } catch (IOException e) {
            return Format.SOURCELINE;
        }
    }

    /** Looks at the field names of the first element of {@code events}; null when they say nothing. */
    private static Format firstEventSays(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (SLIDE_FIELDS.contains(name)) {
                return Format.TIMELINEJS;
            }
            if (name.equals("id") || name.equals("time") || name.equals("certainty")) {
                return Format.SOURCELINE;
            }
            p.nextToken();
            p.skipChildren();
        }
        return null;
    }
}
