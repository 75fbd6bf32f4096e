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

/**
 * What the app remembers between runs: window placement, recent files, folders and, per dataset,
 * the filter. Stored as JSON in {@code $XDG_CONFIG_HOME/sourceline/settings.json} (or
 * {@code ~/.config/sourceline}); the system property {@code sourceline.config.dir} overrides the
 * folder (tests use it). A damaged settings file is ignored, never fatal.
 */
public final class Settings {
    /** Recent files kept. */
    public static final int MAX_RECENT = 10;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The stored values; public fields for Jackson. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Values {
        public double x = Double.NaN;
        public double y = Double.NaN;
        public double width = 1440;
        public double height = 900;
        public boolean maximized;
        public List<String> recentFiles = new ArrayList<>();
        public String lastOpenFolder;
        public String lastExportFolder;
        public Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        public Map<String, Double> dividers = new LinkedHashMap<>();
        /** View → Show Time Phrases. */
        public boolean showTimePhrases;
    }

    private final Path file;
    private Values values;

    private Settings(Path file, Values values) {
        this.file = file;
        this.values = values;
    }

    /** Loads the user's settings, or defaults when there are none or they cannot be read. */
    public static Settings load() {
        return load(defaultFolder().resolve("settings.json"));
    }

    public static Settings load(Path file) {
        Values values = new Values();
        if (Files.isRegularFile(file)) {
            try {
                values = JSON.readValue(file.toFile(), Values.class);
                if (values.recentFiles == null) {
                    values.recentFiles = new ArrayList<>();
                }
                if (values.filters == null) {
                    values.filters = new LinkedHashMap<>();
                }
                if (values.dividers == null) {
                    values.dividers = new LinkedHashMap<>();
                }
            } catch (IOException e) {
                System.err.println("sourceline: ignoring unreadable settings " + file + ": " + e.getMessage());
                values = new Values();
            }
        }
        return new Settings(file, values);
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

    /** Writes the settings; failures are reported on stderr and otherwise ignored. */
    public void save() {
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
