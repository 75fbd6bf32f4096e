package org.sourceline.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.data.AtomicFiles;
import org.sourceline.render.layout.TimeScaleMode;

/**
 * What the app remembers between runs: window placement, recent files, folders and, per dataset,
 * the filter. Stored as JSON in {@code $XDG_CONFIG_HOME/sourceline/settings.json} (or
 * {@code ~/.config/sourceline}); the system property {@code sourceline.config.dir} overrides the
 * folder (tests use it).
 *
 * <p>Nothing stored is ever NaN or infinite (a window never shown has no position: it is left
 * out). A settings file that cannot be read, is not valid JSON or holds values of the wrong kind
 * is reset: the app starts with defaults, keeps the old file beside the new one as
 * {@code settings.json.bad} and says so ({@link #problem()}); it never fails to start.
 */
public final class Settings {
    /** Recent files kept. */
    public static final int MAX_RECENT = 10;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Default window size: the size the layout is checked at. */
    public static final double DEFAULT_WIDTH = 1440;
    public static final double DEFAULT_HEIGHT = 900;

    /** The stored values; public fields for Jackson. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Values {
        /** Window position, or null when not known (never NaN). */
        public Double x;
        public Double y;
        public double width = DEFAULT_WIDTH;
        public double height = DEFAULT_HEIGHT;
        public boolean maximized;
        public List<String> recentFiles = new ArrayList<>();
        public String lastOpenFolder;
        public String lastExportFolder;
        public Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        public Map<String, Double> dividers = new LinkedHashMap<>();
        /** View → Show Time Phrases. */
        public boolean showTimePhrases;
        /** Each dataset's time scale mode ({@code linear}, {@code events}, {@code gaps}), by dataset key. */
        public Map<String, String> timeScales = new LinkedHashMap<>();
    }

    private final Path file;
    private final String problem;
    private Values values;

    private Settings(Path file, Values values, String problem) {
        this.file = file;
        this.values = values;
        this.problem = problem;
    }

    /** Loads the user's settings, or defaults when there are none or they cannot be read. */
    public static Settings load() {
        return load(defaultFolder().resolve("settings.json"));
    }

    public static Settings load(Path file) {
        if (!Files.exists(file)) {
            return new Settings(file, new Values(), null);
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            Values values = JSON.readValue(file.toFile(), Values.class);
            if (values == null) {
                throw new IOException("the file is empty");
            }
            return new Settings(file, sanitised(values), null);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            String kept = keepAside(file);
            String message = "Your settings could not be read (" + reason + ") and have been reset to the defaults"
                    + (kept == null ? "." : "; the old file is kept as " + kept + ".");
            System.err.println("sourceline: " + message);
            return new Settings(file, new Values(), message);
        }
    }

    /** Moves a broken settings file aside, so the next save does not destroy it; its new name, or null. */
    private static String keepAside(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                Path aside = file.resolveSibling(file.getFileName() + ".bad");
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return aside.getFileName().toString();
            }
        } catch (IOException e) {
            // Left where it is: the next save replaces it, which is what resetting means.
        }
        return null;
    }

    /** Values of the right kind but unusable (missing lists, NaN, absurd sizes, bad paths) become defaults. */
    private static Values sanitised(Values v) {
        Values defaults = new Values();
        if (v.x != null && !Double.isFinite(v.x) || v.y != null && !Double.isFinite(v.y)) {
            v.x = null;
            v.y = null;
        }
        if (!Double.isFinite(v.width) || v.width < 200 || v.width > 100_000) {
            v.width = defaults.width;
        }
        if (!Double.isFinite(v.height) || v.height < 200 || v.height > 100_000) {
            v.height = defaults.height;
        }
        List<String> recent = new ArrayList<>();
        if (v.recentFiles != null) {
            for (String path : v.recentFiles) {
                if (isPath(path) && !recent.contains(path)) {
                    recent.add(path);
                }
            }
        }
        v.recentFiles = recent;
        v.lastOpenFolder = isPath(v.lastOpenFolder) ? v.lastOpenFolder : null;
        v.lastExportFolder = isPath(v.lastExportFolder) ? v.lastExportFolder : null;
        v.filters = v.filters == null ? new LinkedHashMap<>() : v.filters;
        v.filters.values().removeIf(java.util.Objects::isNull);
        v.dividers = v.dividers == null ? new LinkedHashMap<>() : v.dividers;
        v.dividers.values().removeIf(d -> d == null || !Double.isFinite(d));
        v.timeScales = v.timeScales == null ? new LinkedHashMap<>() : v.timeScales;
        v.timeScales.values().removeIf(id -> TimeScaleMode.fromId(id) == null);
        return v;
    }

    private static boolean isPath(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Path.of(text);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Why the settings were reset when they were loaded, or null when they were read as they are. */
    public String problem() {
        return problem;
    }

    /** The time scale remembered for a dataset (linear when none is). */
    public TimeScaleMode timeScaleOf(String datasetKey) {
        TimeScaleMode mode = TimeScaleMode.fromId(values.timeScales.get(datasetKey));
        return mode == null ? TimeScaleMode.LINEAR : mode;
    }

    /** Remembers a dataset's time scale (linear, the default, is not stored); keeps the last 50 datasets. */
    public void rememberTimeScale(String datasetKey, TimeScaleMode mode) {
        values.timeScales.remove(datasetKey);
        if (mode != null && mode != TimeScaleMode.LINEAR) {
            values.timeScales.put(datasetKey, mode.id());
        }
        while (values.timeScales.size() > 50) {
            values.timeScales.remove(values.timeScales.keySet().iterator().next());
        }
    }

    static Path defaultFolder() {
        String override = System.getProperty("sourceline.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("sourceline");
    }

    /** The folder the settings live in (other per-user files, such as recovery copies, go beside them). */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }

    public Values values() {
        return values;
    }

    /** Writes the settings (never a NaN: see {@link #sanitised}); failures are reported on stderr and otherwise ignored. */
    public void save() {
        sanitised(values);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> JSON.writeValue(out, values));
        } catch (IOException e) {
            System.err.println("sourceline: could not save settings to " + file + ": " + e.getMessage());
        }
    }

    /** Puts a file first in the recent list. */
    public void addRecent(Path path) {
        String key = path.toAbsolutePath().normalize().toString();
        values.recentFiles.remove(key);
        values.recentFiles.add(0, key);
        while (values.recentFiles.size() > MAX_RECENT) {
            values.recentFiles.remove(values.recentFiles.size() - 1);
        }
    }

    public void removeRecent(Path path) {
        values.recentFiles.remove(path.toAbsolutePath().normalize().toString());
    }

    public List<Path> recentFiles() {
        return values.recentFiles.stream().map(Path::of).toList();
    }
}
