package org.sourceline.render;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.EventType;

/**
 * The colours every view and every export share, so a legend means the same everywhere: one
 * hue per event type (colour-blind-safe Okabe–Ito hues first, grouped by PLOVER family: greens
 * and blues for cooperation, ambers for demands and criticism, reds for force), one colour per
 * actor kind, and neutral tones for text and chrome.
 */
public final class Palette {
    private static final Map<EventType, Color> TYPE = new EnumMap<>(EventType.class);
    private static final Map<ActorKind, Color> KIND = new EnumMap<>(ActorKind.class);

    static {
        TYPE.put(EventType.AGREE, Color.web("#009E73"));
        TYPE.put(EventType.CONSULT, Color.web("#0072B2"));
        TYPE.put(EventType.SUPPORT, Color.web("#56B4E9"));
        TYPE.put(EventType.COOPERATE, Color.web("#6A3D9A"));
        TYPE.put(EventType.AID, Color.web("#CC79A7"));
        TYPE.put(EventType.DEMAND, Color.web("#E69F00"));
        TYPE.put(EventType.DISAPPROVE, Color.web("#B8860B"));
        TYPE.put(EventType.REJECT, Color.web("#8C6D31"));
        TYPE.put(EventType.PROTEST, Color.web("#C9A227"));
        TYPE.put(EventType.THREATEN, Color.web("#D55E00"));
        TYPE.put(EventType.SANCTION, Color.web("#8B4513"));
        TYPE.put(EventType.MOBILIZE, Color.web("#7B7FBF"));
        TYPE.put(EventType.COERCE, Color.web("#A50F15"));
        TYPE.put(EventType.ASSAULT, Color.web("#E31A1C"));
        TYPE.put(EventType.FIGHT, Color.web("#99000D"));
        TYPE.put(EventType.OTHER, Color.web("#7F7F7F"));

        KIND.put(ActorKind.STATE, Color.web("#3B5B92"));
        KIND.put(ActorKind.PERSON, Color.web("#C27C0E"));
        KIND.put(ActorKind.ORGANIZATION, Color.web("#4E8F62"));
        KIND.put(ActorKind.GROUP, Color.web("#8E5A9B"));
    }

    /** Main text. */
    public static final Color TEXT = Color.web("#1F2328");
    /** Secondary text: axis labels, counts. */
    public static final Color TEXT_MUTED = Color.web("#57606A");
    /** Background of drawing areas. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Alternate lane / band background. */
    public static final Color BAND = Color.web("#F6F8FA");
    /** Grid lines and separators. */
    public static final Color GRID = Color.web("#D8DEE4");
    /** The selection outline and emphasis. */
    public static final Color SELECTION = Color.web("#0969DA");
    /** Things filtered out but still shown for context. */
    public static final Color DIMMED = Color.web("#C8CCD1");

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

    /** CSS form of a colour, e.g. {@code #0072B2}, for styles and HTML. */
    public static String css(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
