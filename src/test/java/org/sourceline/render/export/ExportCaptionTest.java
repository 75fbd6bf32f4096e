package org.sourceline.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.TestDatasets;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;

/** What an exported image says of its sources. */
class ExportCaptionTest {
    @Test
    void oneArticleIsDescribedInFullSeveralAreListed() {
        Dataset bundled = DatasetReader.loadBundled();
        assertThat(ExportCaption.sourceLine(bundled)).isEqualTo(ExportCaption.sourceLine(bundled.article()))
                .startsWith("Foreign Policy — “Iran and Russia Are Closer Than Ever Before” · URL unknown");
        assertThat(ExportCaption.sourceLine(TestDatasets.threeArticles()))
                .isEqualTo("3 articles: Wire — “Alpha meets Beta”; Paper — “No meeting”; “Notes”");
        List<Article> many = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            many.add(new Article("a" + i, "Report " + i, null, null, null, null, null, null, null, null, null));
        }
        Dataset six = new Dataset("Six", null, many, List.of(), List.of(), List.of());
        assertThat(ExportCaption.sourceLine(six))
                .isEqualTo("6 articles: “Report 1”; “Report 2”; “Report 3”; “Report 4”; and 2 more");
    }
}
