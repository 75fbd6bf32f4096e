package org.sourceline.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.ReadResult;
import org.sourceline.data.TextFiles;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;

class SyntheticDatasetGeneratorTest {
    @TempDir
    static Path dir;

    static Path file;
    static String textName;
    static ReadResult read;

    @BeforeAll
    static void generate() throws IOException {
        file = dir.resolve("synthetic.json");
        textName = new SyntheticDatasetGenerator(3000, 120, 42).write(file, "synthetic.txt");
        read = new DatasetReader().read(file);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Path again = dir.resolve("again/synthetic.json");
        Files.createDirectories(again.getParent());
        assertThat(new SyntheticDatasetGenerator(3000, 120, 42).write(again, "synthetic.txt")).isEqualTo(textName);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        assertThat(Files.readAllBytes(again.resolveSibling(textName)))
                .isEqualTo(Files.readAllBytes(dir.resolve(textName)));

        Path other = dir.resolve("other.json");
        new SyntheticDatasetGenerator(3000, 120, 43).write(other, "other.txt");
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(file));
    }

    @Test
    void validatesWithoutErrorsOrWarnings() {
        assertThat(read.problems()).isEmpty();
        assertThat(read.eventCount()).isEqualTo(3000);
        assertThat(read.actorCount()).isEqualTo(120);
        assertThat(read.quotesVerified()).isEqualTo(read.quotesTotal()).isGreaterThanOrEqualTo(3000);
        // Written under the name asked for (a fresh folder holds no other file of that name).
        assertThat(textName).isEqualTo("synthetic.txt");
        assertThat(read.dataset().article().textFile()).isEqualTo(textName);
    }

    @Test
    void hasTheVarietyOfRealData() {
        Dataset dataset = read.dataset();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<CertaintyLevel> levels = EnumSet.noneOf(CertaintyLevel.class);
        Set<Integer> actorCounts = new HashSet<>();
        boolean exactDay = false, season = false, month = false, approximate = false, uncertain = false;
        boolean openStart = false, openEnd = false, decade = false, unknownEnd = false;
        boolean withParticipants = false, withoutTarget = false, attributed = false, twoQuotes = false;
        long firstYear = Long.MAX_VALUE, lastYear = Long.MIN_VALUE;
        for (Event e : dataset.events()) {
            types.add(e.type());
            levels.add(e.certainty().level());
            actorCounts.add(e.actors().size());
            String edtf = e.time().edtf();
            exactDay |= e.time().isExactDay();
            season |= edtf.matches("\\d{4}-2[1-4][?]?");
            month |= edtf.matches("\\d{4}-\\d{2}");
            approximate |= e.time().startQualifier() == Qualifier.APPROXIMATE;
            uncertain |= e.time().startQualifier() == Qualifier.UNCERTAIN;
            openStart |= e.time().isOpenStart();
            openEnd |= e.time().endQualifier() == Qualifier.OPEN;
            unknownEnd |= e.time().endQualifier() == Qualifier.UNKNOWN;
            decade |= edtf.matches("\\d{3}X[?]?");
            withParticipants |= !e.participants().isEmpty();
            withoutTarget |= e.targets().isEmpty();
            attributed |= !e.certainty().attributedTo().isEmpty();
            twoQuotes |= e.evidence().size() == 2;
            if (!e.time().isOpenStart()) {
                firstYear = Math.min(firstYear, e.time().earliestDate().orElseThrow().getYear());
                lastYear = Math.max(lastYear, e.time().earliestDate().orElseThrow().getYear());
            }
            if (e.certainty().level() == CertaintyLevel.CLAIMED) {
                assertThat(e.certainty().attributedTo()).as(e.id()).isNotEmpty();
            }
        }
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        assertThat(levels).containsExactlyInAnyOrder(CertaintyLevel.values());
        assertThat(actorCounts).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(new boolean[] {exactDay, season, month, approximate, uncertain, openStart, openEnd, decade,
            unknownEnd, withParticipants, withoutTarget, attributed, twoQuotes}).containsOnly(true);
        assertThat(lastYear - firstYear).as("spread over decades").isGreaterThan(50);

        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        int affiliated = 0;
        for (Actor actor : dataset.actors()) {
            kinds.add(actor.kind());
            affiliated += actor.affiliationId() != null ? 1 : 0;
        }
        assertThat(kinds).containsExactlyInAnyOrder(ActorKind.values());
        assertThat(affiliated).isBetween(10, 110);
        // The article has the typography of real ones: curly quotes, dashes, non-breaking spaces.
        assertThat(dataset.article().text()).contains("\u201C", "\u201D", "\u2014", "\u00A0");
    }

    @Test
    void everyQuoteIsInTheTextAtItsOffsetsWithItsPrefixAndSuffix() throws IOException {
        String text = Files.readString(dir.resolve(textName));
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int checked = 0;
        for (JsonNode event : root.get("events")) {
            for (JsonNode quote : event.get("evidence")) {
                int start = quote.get("start").asInt();
                int end = quote.get("end").asInt();
                String exact = quote.get("exact").asText();
                String prefix = quote.get("prefix").asText();
                String suffix = quote.get("suffix").asText();
                assertThat(text.substring(start, end)).isEqualTo(exact);
                assertThat(text.substring(start - prefix.length(), start)).isEqualTo(prefix);
                assertThat(text.substring(end, end + suffix.length())).isEqualTo(suffix);
                assertThat(prefix.length()).isEqualTo(Math.min(32, start));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(read.quotesTotal());
    }

    @Test
    void inlineTextAlsoValidates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticDatasetGenerator(50, 10, 5).pretty(false).write(out);
        ReadResult inline = new DatasetReader().read(new ByteArrayInputStream(out.toByteArray()), "inline.json",
                TextFiles.none());
        assertThat(inline.problems()).isEmpty();
        assertThat(inline.dataset().events()).hasSize(50);
        assertThat(inline.dataset().article().textFile()).isNull();
    }

    @Test
    void tinyDatasetsUseEveryActor() throws IOException {
        Path tiny = dir.resolve("tiny.json");
        new SyntheticDatasetGenerator(3, 3, 9).write(tiny, "tiny.txt");
        assertThat(new DatasetReader().read(tiny).problems()).isEmpty();
    }

    @Test
    void severalArticlesShareTheEventsSomeRepeatedSomeDisputed() throws IOException {
        Path many = dir.resolve("many.json");
        new SyntheticDatasetGenerator(2000, 80, 7).articles(12).write(many, "many.txt");
        ReadResult result = new DatasetReader().read(many);
        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.articles()).hasSize(12);
        assertThat(dataset.articles()).extracting(org.sourceline.model.Article::id).startsWith("a0001", "a0002");
        assertThat(dataset.articles()).extracting(org.sourceline.model.Article::textFile)
                .allMatch(name -> name.matches("many-a\\d{4}\\.txt"));
        assertThat(dataset.articles().stream().map(org.sourceline.model.Article::outlet).distinct().count())
                .isGreaterThan(1);
        for (org.sourceline.model.Article article : dataset.articles()) {
            assertThat(dir.resolve(article.textFile())).exists();
            assertThat(dataset.events().stream().anyMatch(e -> e.cites(article.id()))).as(article.id()).isTrue();
        }
        long repeated = dataset.events().stream().filter(e -> e.sourceCount() >= 2).count();
        long disputed = dataset.events().stream().filter(Event::isDisputed).count();
        // A quarter repeated and 4% disputed, give or take the randomness of 2,000 draws.
        assertThat(repeated).isBetween(400L, 600L);
        assertThat(disputed).isBetween(40L, 130L);
        assertThat(dataset.events()).allMatch(e -> e.sourceCount() >= 1);

        Path again = dir.resolve("again-many/many.json");
        Files.createDirectories(again.getParent());
        new SyntheticDatasetGenerator(2000, 80, 7).articles(12).write(again, "many.txt");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(many));
    }

    @Test
    void oneArticleIsTheDefault() {
        assertThat(read.dataset().articles()).hasSize(1);
        assertThat(read.dataset().article().textFile()).isEqualTo("synthetic.txt");
        assertThat(read.dataset().events()).allMatch(e -> e.sourceCount() == 1 && !e.isDisputed());
    }

    @Test
    void refusesCountsOutOfRange() {
        assertThatThrownBy(() -> new SyntheticDatasetGenerator(10, 2, 1).articles(0)).hasMessageContaining("--articles");
        assertThatThrownBy(() -> new SyntheticDatasetGenerator(10, 2, 1).articles(11))
                .hasMessageContaining("must not exceed --events");
        assertThatThrownBy(() -> new SyntheticDatasetGenerator(0, 1, 1)).hasMessageContaining("--events");
        assertThatThrownBy(() -> new SyntheticDatasetGenerator(10, 0, 1)).hasMessageContaining("--actors");
        assertThatThrownBy(() -> new SyntheticDatasetGenerator(10, 11, 1)).hasMessageContaining("must not exceed --events");
    }
}
