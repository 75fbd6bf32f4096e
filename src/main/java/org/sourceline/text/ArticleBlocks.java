package org.sourceline.text;

import java.util.Arrays;

/**
 * The article text cut into the blocks a reader shows one below the other: its paragraphs
 * (text between line breaks; blank lines only separate), with very long paragraphs cut into
 * pieces at a sentence or word end so that no block is costly to lay out. A reader then builds
 * nodes only for the blocks on screen.
 *
 * <p>Blocks keep the article's offsets: block b is {@code text[start(b), end(b))}, never holding
 * a line break. A piece cut from a longer paragraph is a {@linkplain #continues continuation},
 * drawn without a paragraph gap above it.
 */
public final class ArticleBlocks {
    /** Longest block a paragraph is cut into (UTF-16 units); about 15 lines at 70 characters. */
    public static final int MAX_BLOCK = 1200;

    private final int[] start;
    private final int[] end;
    private final boolean[] continues;

    private ArticleBlocks(int[] start, int[] end, boolean[] continues) {
        this.start = start;
        this.end = end;
        this.continues = continues;
    }

    /** Blocks of a text, cutting paragraphs longer than {@link #MAX_BLOCK}. */
    public static ArticleBlocks of(String text) {
        return of(text, MAX_BLOCK);
    }

    /** Blocks of a text, cutting paragraphs longer than {@code maxBlock} units. */
    public static ArticleBlocks of(String text, int maxBlock) {
        if (maxBlock < 2) {
            throw new IllegalArgumentException("maxBlock must be at least 2");
        }
        int capacity = Math.max(4, text.length() / 256);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] cont = new boolean[capacity];
        int count = 0;
        int length = text.length();
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int from = lineStart;
            int to = lineEnd > from && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (!isBlank(text, from, to)) {
                boolean first = true;
                while (from < to) {
                    int cut = to - from <= maxBlock ? to : cutPoint(text, from, from + maxBlock);
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                        cont = Arrays.copyOf(cont, count * 2);
                    }
                    starts[count] = from;
                    ends[count] = cut;
                    cont[count] = !first;
                    count++;
                    first = false;
                    from = cut;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new ArticleBlocks(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(cont, count));
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Where to cut [from, limit): after the last sentence end, else after the last space, else at the limit. */
    private static int cutPoint(String text, int from, int limit) {
        int floor = from + (limit - from) / 2;
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (c == '.' || c == '?' || c == '!' || c == '”' || c == '"')) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (text.charAt(i) == ' ') {
                return i + 1;
            }
        }
        // No space: do not split a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** Number of blocks. */
    public int size() {
        return start.length;
    }

    /** First offset of block b. */
    public int start(int block) {
        return start[block];
    }

    /** Offset just after block b. */
    public int end(int block) {
        return end[block];
    }

    /** True when block b continues the paragraph of the block before it. */
    public boolean continues(int block) {
        return continues[block];
    }

    /**
     * The block holding an offset; an offset between blocks (a line break, a blank line) belongs to
     * the next block, an offset after the last block to the last. -1 when there are no blocks.
     */
    public int blockAt(int offset) {
        if (start.length == 0) {
            return -1;
        }
        return Math.min(SortedInts.firstGreaterThan(end, offset), start.length - 1);
    }
}
