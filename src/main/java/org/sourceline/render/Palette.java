package org.sourceline.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;

/**
 * The colours every view and every export share, so a legend means the same everywhere: one
 * hue per event type, one colour per actor kind, and neutral tones for text and chrome.
 *
 * <p>The values are not written here: they are the looked-up colours ({@code -sl-text},
 * {@code -sl-type-agree}, …) of the app's root stylesheet, {@value #STYLESHEET}, read once. The
 * controls style themselves with the same names, so a colour is defined in one place for the
 * canvas drawings, the PNG exports and the controls alike (and a dark theme is one block of
 * that file). Reading a text resource keeps this class free of any control.
 */
public final class Palette {
    /** The root stylesheet that defines every colour (class-path resource). */
    public static final String STYLESHEET = "/css/sourceline.css";

    /** Declarations of the form {@code -sl-name: #RRGGBB;} (any colour JavaFX reads). */
    private static final Pattern DECLARATION = Pattern.compile("(-sl-[a-z0-9-]+)\\s*:\\s*([^;{}]+?)\\s*;");
    private static final Map<String, Color> NAMED = readStylesheet();
    private static final Map<EventType, Color> TYPE = new EnumMap<>(EventType.class);
    private static final Map<ActorKind, Color> KIND = new EnumMap<>(ActorKind.class);

    static {
        for (EventType type : EventType.values()) {
            TYPE.put(type, named(typeName(type)));
        }
        for (ActorKind kind : ActorKind.values()) {
            KIND.put(kind, named(kindName(kind)));
        }
    }

    /** Main text ({@code -sl-text}). */
    public static final Color TEXT = named("-sl-text");
    /** Secondary text: axis labels, counts ({@code -sl-text-muted}). */
    public static final Color TEXT_MUTED = named("-sl-text-muted");
    /** Background of drawing areas ({@code -sl-background}). */
    public static final Color BACKGROUND = named("-sl-background");
    /** Alternate lane / band background ({@code -sl-band}). */
    public static final Color BAND = named("-sl-band");
    /** Grid lines and separators ({@code -sl-grid}). */
    public static final Color GRID = named("-sl-grid");
    /** Borders of controls and pale links such as affiliations ({@code -sl-border}). */
    public static final Color BORDER = named("-sl-border");
    /** The selection outline and emphasis ({@code -sl-accent}). */
    public static final Color SELECTION = named("-sl-accent");
    /** Things filtered out but still shown for context ({@code -sl-dimmed}). */
    public static final Color DIMMED = named("-sl-dimmed");
    /** Marks an event or quote that a source disputes ({@code -sl-disputed}). */
    public static final Color DISPUTED = named("-sl-disputed");
    /** Shades of named periods (eras) behind the timeline, used in turn ({@code -sl-era-1}, {@code -sl-era-2}). */
    public static final Color[] ERAS = {named("-sl-era-1"), named("-sl-era-2")};

    private Palette() {
    }

    public static Color of(EventType type) {
        return TYPE.get(type);
    }

    public static Color of(ActorKind kind) {
        return KIND.get(kind);
    }

    /** How an event of this certainty is drawn; see {@link CertaintyStyle}. */
    public static CertaintyStyle style(CertaintyLevel level) {
        return CertaintyStyle.of(level);
    }

    /** The looked-up colour name of an event type, e.g. {@code -sl-type-agree}, for styles. */
    public static String typeName(EventType type) {
        return "-sl-type-" + type.name().toLowerCase(Locale.ROOT);
    }

    /** The looked-up colour name of an actor kind, e.g. {@code -sl-kind-state}. */
    public static String kindName(ActorKind kind) {
        return "-sl-kind-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Every looked-up colour of the stylesheet, by name, in the file's order. */
    public static Map<String, Color> all() {
        return Collections.unmodifiableMap(NAMED);
    }

    /** CSS form of a colour, e.g. {@code #0072B2}, for styles and HTML. */
    public static String css(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    private static Color named(String name) {
        Color color = NAMED.get(name);
        if (color == null) {
            throw new IllegalStateException(STYLESHEET + " defines no colour " + name);
        }
        return color;
    }

    private static Map<String, Color> readStylesheet() {
        try (InputStream in = Palette.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, Color> colours = new LinkedHashMap<>();
            Matcher m = DECLARATION.matcher(css);
            while (m.find()) {
                // A name defined with another name (-sl-a: -sl-b) takes that colour.
                String value = m.group(2);
                colours.put(m.group(1), value.startsWith("-sl-") ? colours.get(value) : Color.web(value));
            }
            return colours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
