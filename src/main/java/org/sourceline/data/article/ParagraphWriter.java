package org.sourceline.data.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article's text from paragraphs, with the same rules whatever the source format:
 * <ul>
 *   <li>inside a paragraph, each run of white space (spaces, tabs, line breaks and the other
 *       Unicode spaces) becomes one space;</li>
 *   <li>non-breaking spaces (U+00A0, U+2007, U+202F) are kept as they are inside a paragraph, so a
 *       quote copied from the article still matches it, but trimmed from its ends like any space;</li>
 *   <li>control characters and U+FEFF (a stray byte order mark) are dropped;</li>
 *   <li>a paragraph holding nothing but space is dropped;</li>
 *   <li>paragraphs are separated by one blank line ({@code "\n\n"}) and the text ends with one
 *       {@code "\n"}; no line has spaces at its end.</li>
 * </ul>
 */
final class ParagraphWriter {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean pendingSpace;
    private int collapsedRuns;
    private int droppedControls;
    private int totalChars;

    /** Adds text to the current paragraph. */
    ParagraphWriter text(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isCollapsible(c)) {
                if (pendingSpace || c != ' ') {
                    collapsedRuns++;
                }
                pendingSpace = true;
                continue;
            }
            if (isDropped(c)) {
                droppedControls++;
                continue;
            }
            if (isNonBreaking(c) && current.length() == 0) {
                continue;
            }
            if (pendingSpace && current.length() > 0) {
                current.append(' ');
            }
            pendingSpace = false;
            current.append(c);
        }
        return this;
    }

    /** Ends the current paragraph (nothing happens when it is empty). */
    ParagraphWriter endParagraph() {
        int end = current.length();
        while (end > 0 && (current.charAt(end - 1) == ' ' || isNonBreaking(current.charAt(end - 1)))) {
            end--;
        }
        if (end > 0) {
            String paragraph = current.substring(0, end);
            paragraphs.add(paragraph);
            totalChars += paragraph.length();
        }
        current.setLength(0);
        pendingSpace = false;
        return this;
    }

    /** The end of the paragraph being written (up to 8 characters), with a space when one is pending. */
    String tail() {
        String t = current.substring(Math.max(0, current.length() - 8));
        return pendingSpace && current.length() > 0 ? t + " " : t;
    }

    boolean isEmpty() {
        return paragraphs.isEmpty() && current.length() == 0;
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** Characters in the paragraphs ended so far. */
    int length() {
        return totalChars;
    }

    /** Runs of white space that were not a single space (tabs, line breaks, several spaces). */
    int collapsedRuns() {
        return collapsedRuns;
    }

    int droppedControls() {
        return droppedControls;
    }

    /** The text: paragraphs separated by a blank line, ending with a line break; "" when there are none. */
    String build() {
        endParagraph();
        if (paragraphs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(totalChars + paragraphs.size() * 2);
        for (String paragraph : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(paragraph);
        }
        return sb.append('\n').toString();
    }

    /** White space that collapses: ASCII space and controls, and Unicode spaces that may break. */
    static boolean isCollapsible(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\u000B', '\u0085', '\u1680', '\u2028', '\u2029', '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A' && c != '\u2007';
        };
    }

    /** Spaces that do not break a line; kept inside a paragraph. */
    static boolean isNonBreaking(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isDropped(char c) {
        return (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF') && !isCollapsible(c);
    }
}
