package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sourceline.model.ActorKind;
import org.sourceline.model.EventType;

/** Every colour is defined once, in the root stylesheet; the palette and the other stylesheets use its names. */
class PaletteTest {
    private static final Path CSS = Path.of("resources/css");

    @Test
    void thePaletteIsReadFromTheRootStylesheet() {
        assertThat(Palette.all()).containsKeys("-sl-text", "-sl-accent", "-sl-background", "-sl-type-agree");
        assertThat(Palette.TEXT).isEqualTo(Palette.all().get("-sl-text"));
        assertThat(Palette.SELECTION).isEqualTo(Color.web("#0969DA"));
        for (EventType type : EventType.values()) {
            assertThat(Palette.of(type)).as(type.name()).isEqualTo(Palette.all().get(Palette.typeName(type)));
        }
        for (ActorKind kind : ActorKind.values()) {
            assertThat(Palette.of(kind)).as(kind.name()).isNotNull();
        }
    }

    @Test
    void eventTypesHaveDistinctColours() {
        assertThat(Stream.of(EventType.values()).map(Palette::of).distinct()).hasSize(EventType.values().length);
    }

    @Test
    void noStylesheetButTheRootOneWritesAColourValue() throws IOException {
        Pattern colourValue = Pattern.compile("#[0-9A-Fa-f]{3,8}\\b|rgba?\\(|\\b(white|black)\\b");
        List<Path> sheets = cssFiles();
        assertThat(sheets).hasSizeGreaterThan(1);
        for (Path sheet : sheets) {
            if (sheet.getFileName().toString().equals("sourceline.css")) {
                continue;
            }
            String text = withoutComments(Files.readString(sheet));
            assertThat(colourValue.matcher(text).find()).as(sheet + " writes a colour value").isFalse();
        }
    }

    @Test
    void everyColourNameAStylesheetUsesIsDefined() throws IOException {
        Pattern use = Pattern.compile(":\\s*[^;]*?(-sl-[a-z0-9-]+)");
        for (Path sheet : cssFiles()) {
            Matcher m = use.matcher(withoutComments(Files.readString(sheet)));
            while (m.find()) {
                assertThat(Palette.all()).as(sheet + " uses " + m.group(1)).containsKey(m.group(1));
            }
        }
    }

    private static List<Path> cssFiles() throws IOException {
        try (Stream<Path> files = Files.list(CSS)) {
            return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
