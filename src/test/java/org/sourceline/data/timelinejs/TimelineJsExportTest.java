package org.sourceline.data.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * What Sourceline exports opens in TimelineJS unchanged (checked against the documented format),
 * and reading it back keeps titles, bounds, actors (as groups) and quotes.
 */
class TimelineJsExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema documented;
    private static Dataset bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        documented = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(Path.of("src/test/resources/timelinejs/timelinejs3-documented.schema.json").toFile()));
        bundled = DatasetReader.loadBundled();
    }

    private Path export(Dataset dataset, List<Event> events, GroupMapping groups) throws IOException {
        Path file = dir.resolve("timeline.json");
        new TimelineJsWriter().groupBy(groups).write(dataset, events, file);
        return file;
    }

    @Test
    void exportFollowsTheDocumentedFormat() throws IOException {
        JsonNode tree = JSON.readTree(export(bundled, bundled.events(), GroupMapping.ACTOR).toFile());
        assertThat(documented.validate(tree)).isEmpty();
        assertThat(tree.get("events")).hasSize(bundled.events().size());
        Set<String> ids = new HashSet<>();
        for (JsonNode slide : tree.get("events")) {
            assertThat(ids.add(slide.get("unique_id").asText())).as("unique ids").isTrue();
            assertThat(slide.at("/start_date/year").isIntegralNumber()).isTrue();
            if (slide.has("end_date")) {
                assertThat(firstDay(slide.get("end_date"))).as(slide.get("unique_id").asText())
                        .isAfterOrEqualTo(firstDay(slide.get("start_date")));
            }
            assertThat(slide.at("/text/headline").asText()).isNotBlank();
        }
        assertThat(tree.at("/title/text/headline").asText()).isEqualTo("Iran and Russia Are Closer Than Ever Before");
        assertThat(tree.has("scale")).isFalse();
    }

    @Test
    void severalArticlesCreditEveryQuoteAndLinkTheFirstSupportingSource() throws IOException {
        Dataset two = org.sourceline.TestDatasets.threeArticles();
        JsonNode tree = JSON.readTree(export(two, two.events(), GroupMapping.ACTOR).toFile());
        assertThat(documented.validate(tree)).isEmpty();
        assertThat(tree.at("/title/text/headline").asText()).isEqualTo("Three reports");
        assertThat(tree.at("/title/text/text").asText()).contains("<li>Wire — “Alpha meets Beta”</li>")
                .contains("<a href=\"https://paper.example/no-meeting\">Paper — “No meeting”</a>");
        JsonNode slide = tree.get("events").get(0);
        assertThat(slide.get("unique_id").asText()).isEqualTo("meeting");
        // The wire has no URL: the media links to the paper, the first supporting article that has one.
        assertThat(slide.at("/media/url").asText()).isEqualTo("https://paper.example/no-meeting");
        assertThat(slide.at("/media/credit").asText()).isEqualTo("Paper — “No meeting”");
        String text = slide.at("/text/text").asText();
        assertThat(text).contains("<blockquote>Alpha met Beta in 2022.</blockquote><p>— <cite>Wire — “Alpha meets Beta”</cite></p>")
                .contains("<blockquote>Beta denied meeting Alpha.</blockquote><p>— <cite>Paper — “No meeting”</cite>"
                        + " (disputes this)</p>");
        // One article: no credits after the quotes (the title slide is the article) and no media per slide.
        JsonNode one = JSON.readTree(export(bundled, bundled.events(), GroupMapping.ACTOR).toFile());
        assertThat(one.get("events").get(0).has("media")).isFalse();
        assertThat(one.get("events").get(0).at("/text/text").asText()).doesNotContain("<cite>");
    }

    private static LocalDate firstDay(JsonNode date) {
        return LocalDate.of(date.get("year").asInt(), date.path("month").asInt(1), date.path("day").asInt(1));
    }

    @Test
    void fuzzyTimeBecomesBoundsAndThePhrase() throws IOException {
        JsonNode tree = JSON.readTree(export(bundled, bundled.events(), GroupMapping.ACTOR).toFile());
        for (JsonNode slide : tree.get("events")) {
            Event event = bundled.event(slide.get("unique_id").asText());
            if (event.time().phrase() != null) {
                assertThat(slide.get("display_date").asText()).isEqualTo(event.time().phrase());
            }
            if (!event.time().isOpenStart() && !event.time().isOpenEnd()) {
                assertThat(firstDay(slide.get("start_date"))).isEqualTo(Days.toDate(event.time().earliest()));
            }
        }
    }

    @Test
    void quoteAndAttributionAreInTheSlideText() throws IOException {
        Event claimed = bundled.events().stream().filter(e -> !e.certainty().attributedTo().isEmpty()).findFirst()
                .orElseThrow();
        String html = TimelineJsWriter.slideText(bundled, claimed);
        HtmlText.Plain plain = HtmlText.parse(html);
        assertThat(plain.quotes()).containsExactlyElementsOf(claimed.evidence().stream().map(Evidence::exact).toList());
        assertThat(plain.text()).contains("— " + claimed.certainty().describe());
    }

    @Test
    void roundTripKeepsTitlesBoundsActorsAndQuotes() throws IOException {
        Path file = export(bundled, bundled.events(), GroupMapping.ACTOR);
        assertThat(DatasetFormats.detect(file)).isEqualTo(DatasetFormats.Format.TIMELINEJS);
        ReadResult read = DatasetFormats.read(file);
        assertThat(read.errors()).isEmpty();
        Dataset back = read.dataset();
        assertThat(back.title()).isEqualTo(bundled.article().title());
        assertThat(back.article().text()).isEqualTo(bundled.article().text());
        assertThat(back.events()).hasSameSizeAs(bundled.events());
        int quotes = 0;
        for (Event original : bundled.events()) {
            Event copy = back.event(original.id());
            assertThat(copy).as(original.id()).isNotNull();
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(copy.time().phrase()).isEqualTo(original.time().phrase());
            if (!original.time().isOpenStart() && !original.time().isOpenEnd()) {
                assertThat(copy.time().earliest()).as("earliest of %s", original.id()).isEqualTo(original.time().earliest());
                assertThat(copy.time().latest()).as("latest of %s", original.id()).isEqualTo(original.time().latest());
            }
            assertThat(copy.participants()).extracting(a -> a.name())
                    .containsExactly(original.actors().get(0).name());
            assertThat(copy.evidence()).extracting(Evidence::exact)
                    .containsExactlyElementsOf(original.evidence().stream().map(Evidence::exact).toList());
            assertThat(copy.evidence()).extracting(Evidence::start)
                    .containsExactlyElementsOf(original.evidence().stream().map(Evidence::start).toList());
            quotes += original.evidence().size();
        }
        assertThat(read.quotesVerified()).isEqualTo(read.quotesTotal()).isEqualTo(quotes);
    }

    @Test
    void filteredEventsAndGroupsByType() throws IOException {
        List<Event> some = bundled.events().subList(0, 3);
        Path file = export(bundled, some, GroupMapping.TYPE);
        JsonNode tree = JSON.readTree(file.toFile());
        assertThat(documented.validate(tree)).isEmpty();
        assertThat(tree.get("events")).hasSize(3);
        Dataset back = DatasetFormats.read(file, ReadOptions.DEFAULT.withGroups(GroupMapping.TYPE)).dataset();
        assertThat(back.events()).extracting(Event::type).containsExactlyElementsOf(some.stream().map(Event::type).toList());
    }

    @Test
    void erasAndOpenSpans() throws IOException {
        Event first = bundled.events().get(0);
        long start = Days.of(2022, 2, 24);
        Event openEnd = withTime(first, "open-end", new TimeSpan("2023-01~/..", null, Days.of(2023, 1, 1), Days.OPEN_END,
                Qualifier.APPROXIMATE, Qualifier.OPEN, null));
        Event openStart = withTime(first, "open-start", new TimeSpan("../2021", "before 2022", Days.OPEN_START,
                Days.of(2021, 12, 31), Qualifier.OPEN, Qualifier.EXACT, null));
        Dataset dataset = new Dataset("Spans", null, bundled.article(), bundled.actors(), List.of(openEnd, openStart),
                List.of(new Era("War", new TimeSpan("2022-02-24/2023-01-31", null, start, Days.of(2023, 1, 31),
                        Qualifier.EXACT, Qualifier.EXACT, null)),
                        new Era("Open era", new TimeSpan("2022/..", null, Days.of(2022, 1, 1), Days.OPEN_END,
                                Qualifier.EXACT, Qualifier.OPEN, null))));
        JsonNode tree = JSON.readTree(export(dataset, dataset.events(), GroupMapping.ACTOR).toFile());
        assertThat(documented.validate(tree)).isEmpty();
        JsonNode slides = tree.get("events");
        assertThat(slides.get(0).get("display_date").asText()).isEqualTo("from 2023-01-01");
        assertThat(slides.get(0).has("end_date")).isFalse();
        assertThat(slides.get(1).get("display_date").asText()).isEqualTo("before 2022");
        assertThat(firstDay(slides.get(1).get("start_date"))).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(tree.get("eras")).hasSize(1);
        assertThat(tree.at("/eras/0/text/headline").asText()).isEqualTo("War");
        Dataset back = DatasetFormats.read(dir.resolve("timeline.json")).dataset();
        assertThat(back.eras()).extracting(Era::title).containsExactly("War");
        assertThat(back.eras().get(0).time().earliest()).isEqualTo(start);
    }

    @Test
    void cosmologicalYearsSwitchTheScale() throws IOException {
        Event first = bundled.events().get(0);
        long bigBang = Days.yearStart(-13_800_000_000L);
        Event early = withTime(first, "big-bang", new TimeSpan("Y-13800000000", "13.8 billion years ago", bigBang,
                Days.yearStart(-13_799_999_999L) - 1, Qualifier.EXACT, Qualifier.EXACT, null));
        Dataset dataset = new Dataset("Deep", null, bundled.article(), bundled.actors(), List.of(early, first));
        JsonNode tree = JSON.readTree(export(dataset, dataset.events(), GroupMapping.ACTOR).toFile());
        assertThat(documented.validate(tree)).isEmpty();
        assertThat(tree.get("scale").asText()).isEqualTo("cosmological");
        assertThat(tree.at("/events/0/start_date/year").asLong()).isEqualTo(-13_800_000_000L);
        assertThat(tree.at("/events/0/end_date").isMissingNode()).isTrue();
        Dataset back = DatasetFormats.read(dir.resolve("timeline.json")).dataset();
        assertThat(back.event("big-bang").time().earliest()).isEqualTo(bigBang);
    }

    @Test
    void aFailedExportLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("keep.json");
        Files.writeString(file, "old");
        Event broken = withTime(bundled.events().get(0), "x", bundled.events().get(0).time());
        Dataset dataset = new Dataset("T", null, bundled.article(), bundled.actors(), List.of(broken));
        List<Event> failing = new java.util.AbstractList<>() {
            @Override
            public Event get(int index) {
                throw new IllegalStateException("disk full, say");
            }

            @Override
            public int size() {
                return 1;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TimelineJsWriter().write(dataset, failing, file))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.json");
        }
    }

    private static Event withTime(Event e, String id, TimeSpan time) {
        return new Event(id, e.title(), e.summary(), time, e.type(), e.mode(), e.place(), e.sources(), e.targets(),
                e.participants(), e.certainty(), e.evidence());
    }
}
