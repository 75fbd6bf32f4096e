package org.sourceline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;

class ArticleBlocksTest {

    private static String block(String text, ArticleBlocks blocks, int b) {
        return text.substring(blocks.start(b), blocks.end(b));
    }

    @Test
    void paragraphsAreBlocksAndBlankLinesOnlySeparate() {
        String text = "Title\n\n\nFirst paragraph.\r\nSecond line\n   \n\u00A0\nLast";
        ArticleBlocks blocks = ArticleBlocks.of(text);
        assertThat(blocks.size()).isEqualTo(4);
        assertThat(block(text, blocks, 0)).isEqualTo("Title");
        assertThat(block(text, blocks, 1)).isEqualTo("First paragraph.");
        assertThat(block(text, blocks, 2)).isEqualTo("Second line");
        assertThat(block(text, blocks, 3)).isEqualTo("Last");
        assertThat(blocks.continues(1)).isFalse();
    }

    @Test
    void longParagraphsAreCutAfterASentence() {
        String sentence = "This sentence has some words in it. ";
        String text = sentence.repeat(10).trim();
        ArticleBlocks blocks = ArticleBlocks.of(text, 100);
        assertThat(blocks.size()).isGreaterThan(3);
        StringBuilder joined = new StringBuilder();
        for (int b = 0; b < blocks.size(); b++) {
            String piece = block(text, blocks, b);
            assertThat(piece.length()).isLessThanOrEqualTo(100);
            if (b + 1 < blocks.size()) {
                assertThat(piece).endsWith(". ");
            }
            assertThat(blocks.continues(b)).isEqualTo(b > 0);
            joined.append(piece);
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void aWordLongerThanABlockIsCutWithoutSplittingASurrogatePair() {
        String text = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(9);
        ArticleBlocks blocks = ArticleBlocks.of(text, 10);
        assertThat(blocks.end(0)).isEqualTo(9);
        assertThat(block(text, blocks, 1)).startsWith("\uD83D\uDE00");
    }

    @Test
    void findsTheBlockOfAnOffset() {
        String text = "ab\n\ncd\nef";
        ArticleBlocks blocks = ArticleBlocks.of(text);
        assertThat(blocks.blockAt(0)).isEqualTo(0);
        assertThat(blocks.blockAt(1)).isEqualTo(0);
        assertThat(blocks.blockAt(2)).isEqualTo(1); // the line break belongs to the next block
        assertThat(blocks.blockAt(4)).isEqualTo(1);
        assertThat(blocks.blockAt(8)).isEqualTo(2);
        assertThat(blocks.blockAt(99)).isEqualTo(2);
        assertThat(ArticleBlocks.of("").blockAt(0)).isEqualTo(-1);
    }

    @Test
    void theBundledArticleKeepsEveryCharacterOutsideLineBreaks() {
        String text = DatasetReader.loadBundled().article().text();
        ArticleBlocks blocks = ArticleBlocks.of(text);
        StringBuilder kept = new StringBuilder();
        for (int b = 0; b < blocks.size(); b++) {
            kept.append(block(text, blocks, b));
        }
        assertThat(kept.toString()).isEqualTo(text.replace("\n", ""));
        assertThat(block(text, blocks, 0)).isEqualTo("Iran and Russia Are Closer Than Ever Before");
    }
}
