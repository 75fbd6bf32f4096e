package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.render.layout.TimeScaleMode;

/** Settings never store NaN, and a file that cannot be used is reset with a message, never a crash. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void aWindowNeverShownStoresNoPositionAndNoNaN() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings settings = Settings.load(file);
        settings.values().width = Double.NaN;
        settings.values().height = Double.POSITIVE_INFINITY;
        settings.values().dividers.put("outer", Double.NaN);
        settings.save();
        String json = Files.readString(file);
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
        Settings again = Settings.load(file);
        assertThat(again.problem()).isNull();
        assertThat(again.values().x).isNull();
        assertThat(again.values().width).isEqualTo(Settings.DEFAULT_WIDTH);
        assertThat(again.values().height).isEqualTo(Settings.DEFAULT_HEIGHT);
        assertThat(again.values().dividers).isEmpty();
    }

    @Test
    void nanWrittenByAnOlderVersionIsReadAsUnknown() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"x\": \"NaN\", \"y\": \"NaN\", \"width\": \"NaN\", \"height\": 700}");
        Settings settings = Settings.load(file);
        assertThat(settings.problem()).isNull();
        assertThat(settings.values().x).isNull();
        assertThat(settings.values().y).isNull();
        assertThat(settings.values().width).isEqualTo(Settings.DEFAULT_WIDTH);
        assertThat(settings.values().height).isEqualTo(700);
    }

    @Test
    void garbageIsResetWithAMessageAndKeptAside() throws IOException {
        for (String garbage : new String[] {"{\"width\": 1440, \"recent", "not json at all", "[1, 2, 3]",
                "{\"width\": \"wide\"}", "{\"filters\": 7}", ""}) {
            Path file = dir.resolve("settings.json");
            Files.writeString(file, garbage);
            Settings settings = Settings.load(file);
            assertThat(settings.problem()).as(garbage).contains("reset").contains("settings.json.bad");
            assertThat(settings.values().width).isEqualTo(Settings.DEFAULT_WIDTH);
            assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo(garbage);
            settings.save();
            assertThat(Settings.load(file).problem()).isNull();
        }
    }

    @Test
    void unusableEntriesAreDroppedNotFatal() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"recentFiles\": [null, \"\", \"/tmp/a.json\", \"/tmp/a.json\", \"bad\\u0000path\"],"
                + " \"width\": -5, \"timeScales\": {\"a\": \"events\", \"b\": \"sideways\"}, \"dividers\": null}");
        Settings settings = Settings.load(file);
        assertThat(settings.problem()).isNull();
        assertThat(settings.values().recentFiles).containsExactly("/tmp/a.json");
        assertThat(settings.recentFiles()).hasSize(1);
        assertThat(settings.values().width).isEqualTo(Settings.DEFAULT_WIDTH);
        assertThat(settings.timeScaleOf("a")).isEqualTo(TimeScaleMode.EVENTS);
        assertThat(settings.timeScaleOf("b")).isEqualTo(TimeScaleMode.LINEAR);
        assertThat(settings.values().dividers).isEmpty();
    }

    @Test
    void anUnreadableSettingsPathIsReportedNotFatal() throws IOException {
        Path folder = dir.resolve("settings.json");
        Files.createDirectories(folder);
        Settings settings = Settings.load(folder);
        assertThat(settings.problem()).contains("could not be read").contains("not a regular file");
        assertThat(settings.values().recentFiles).isEmpty();
    }

    @Test
    void theTimeScaleIsRememberedPerDataset() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings settings = Settings.load(file);
        settings.rememberTimeScale("/data/news.json", TimeScaleMode.GAPS);
        settings.rememberTimeScale("/data/other.json", TimeScaleMode.EVENTS);
        settings.rememberTimeScale("/data/other.json", TimeScaleMode.LINEAR);
        settings.save();
        Settings again = Settings.load(file);
        assertThat(again.timeScaleOf("/data/news.json")).isEqualTo(TimeScaleMode.GAPS);
        assertThat(again.timeScaleOf("/data/other.json")).isEqualTo(TimeScaleMode.LINEAR);
        assertThat(again.values().timeScales).containsOnlyKeys("/data/news.json");
    }
}
