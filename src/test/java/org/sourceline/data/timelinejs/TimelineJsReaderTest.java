package org.sourceline.data.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.Problem;
import org.sourceline.data.ReadOptions;
import org.sourceline.data.ReadResult;
import org.sourceline.data.formats.DatasetFormats;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;

/** TimelineJS3 JSON opens as a dataset, with what its documentation allows and clear errors for the rest. */
class TimelineJsReaderTest {
    static final Path EXAMPLE = Path.of("src/test/resources/timelinejs/moon-example.json");

    @TempDir
    Path dir;

    private ReadResult read(String json) throws IOException {
        return read(json, ReadOptions.DEFAULT);
    }

    private ReadResult read(String json, ReadOptions options) throws IOException {
        Path file = dir.resolve("timeline.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new TimelineJsReader(options).read(file);
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void theExampleIsDetectedAndOpens() {
        assertThat(DatasetFormats.detect(EXAMPLE)).isEqualTo(DatasetFormats.Format.TIMELINEJS);
        ReadResult read = DatasetFormats.read(EXAMPLE);
        assertThat(read.errors()).isEmpty();
        Dataset d = read.dataset();
        assertThat(d.title()).isEqualTo("Reaching the Moon");
        assertThat(d.events()).extracting(Event::title).containsExactly(
                "Hipparchus estimates the distance to the Moon", "Luna 2 reaches the surface", "Kennedy sets the goal",
                "Apollo 11 lands", "Apollo 13 returns safely");
        assertThat(d.events()).extracting(Event::id).containsExactly(
                "hipparchus-estimates-the-distance-to-the-moon", "luna-2", "kennedy-goal", "apollo-11-lands", "apollo-13");
        assertThat(read.summary()).isEqualTo(EXAMPLE + ": 5 events, 4 actors, 1 of 1 quote verified");
    }

    @Test
    void titleSlideBecomesTheArticle() {
        Dataset d = DatasetFormats.read(EXAMPLE).dataset();
        assertThat(d.article().title()).isEqualTo("Reaching the Moon");
        assertThat(d.article().text()).startsWith("From the first measurements").contains("\n\nIn 1961 President Kennedy")
                .contains("“landing a man on the moon and returning him safely to the earth”");
        assertThat(d.article().note()).isEqualTo("Credit: Example Photo Desk · The Moon seen from Earth");
        assertThat(d.article().url()).isEqualTo("https://example.org/images/moon.jpg");
    }

    @Test
    void erasLoad() {
        Dataset d = DatasetFormats.read(EXAMPLE).dataset();
        assertThat(d.eras()).extracting(Era::title).containsExactly("Apollo programme", "Space Race");
        Era apollo = d.eras().get(0);
        assertThat(apollo.time().earliest()).isEqualTo(day("1961-01-01"));
        assertThat(apollo.time().latest()).isEqualTo(day("1972-12-19"));
        assertThat(d.eras().get(1).time().edtf()).isEqualTo("1957-10-04/1975-07-17");
    }

    @Test
    void numbersAsStringsEmptyStringsAndNegativeYears() {
        Dataset d = DatasetFormats.read(EXAMPLE).dataset();
        Event hipparchus = d.events().get(0);
        assertThat(hipparchus.time().edtf()).isEqualTo("-0150");
        assertThat(hipparchus.time().earliest()).isEqualTo(Days.of(-150, 1, 1));
        assertThat(hipparchus.time().latest()).isEqualTo(Days.of(-150, 12, 31));
        assertThat(hipparchus.time().phrase()).isEqualTo("around 150 BCE");
        Event luna = d.event("luna-2");
        assertThat(luna.time().edtf()).isEqualTo("1959-09-14");
        assertThat(luna.summary()).isNull();
        Event kennedy = d.event("kennedy-goal");
        assertThat(kennedy.time().earliest()).isEqualTo(day("1961-05-25")).isEqualTo(kennedy.time().latest());
        Event apollo13 = d.event("apollo-13");
        assertThat(apollo13.time().edtf()).isEqualTo("1970-04-11/1970-04-17");
        assertThat(apollo13.time().phrase()).isEqualTo("11–17 April 1970");
    }

    @Test
    void htmlIsStrippedAndDisplayDateIsThePhrase() {
        Event apollo11 = DatasetFormats.read(EXAMPLE).dataset().event("apollo-11-lands");
        assertThat(apollo11.title()).isEqualTo("Apollo 11 lands");
        assertThat(apollo11.summary()).isEqualTo("Tranquility Base — the first crewed landing.");
        assertThat(apollo11.time().phrase()).isEqualTo("20 July 1969");
    }

    @Test
    void groupsAreActorsAndCreditsAreAttribution() {
        Dataset d = DatasetFormats.read(EXAMPLE).dataset();
        assertThat(d.actors()).extracting(a -> a.id() + "=" + a.name()).containsExactly(
                "astronomers=Astronomers", "soviet-union=Soviet Union", "tass=TASS", "nasa=NASA");
        Event luna = d.event("luna-2");
        assertThat(luna.participants()).extracting(a -> a.name()).containsExactly("Soviet Union");
        assertThat(luna.certainty().level()).isEqualTo(CertaintyLevel.REPORTED);
        assertThat(luna.certainty().describe()).isEqualTo("Reported by TASS");
        Event apollo11 = d.event("apollo-11-lands");
        // The credit names the group's actor: the same actor, not a second one.
        assertThat(apollo11.certainty().attributedTo()).containsExactly(d.actor("nasa"));
        assertThat(apollo11.certainty().note()).isEqualTo("Live broadcast");
        assertThat(d.events()).extracting(Event::type).containsOnly(EventType.OTHER);
    }

    @Test
    void blockQuotesFoundInTheTitleSlideAreEvidence() {
        ReadResult read = DatasetFormats.read(EXAMPLE);
        Event kennedy = read.dataset().event("kennedy-goal");
        assertThat(kennedy.evidence()).singleElement().satisfies(e ->
                assertThat(e.exact()).isEqualTo("landing a man on the moon and returning him safely to the earth"));
        assertThat(kennedy.summary()).isEqualTo("In a speech to Congress:");
        assertThat(read.warnings()).extracting(Problem::message)
                .filteredOn(m -> m.startsWith("no evidence")).hasSize(4);
    }

    @Test
    void unknownFieldsAreWarningsAtTheirPosition() throws IOException {
        ReadResult read = DatasetFormats.read(EXAMPLE);
        String json = Files.readString(EXAMPLE);
        int offset = json.indexOf("\"x-editor-note\"");
        int line = (int) json.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - json.lastIndexOf('\n', offset - 1);
        assertThat(read.warnings()).extracting(Problem::format).contains(EXAMPLE + ":" + line + ":" + column
                + ": warning: unknown field \"x-editor-note\" ignored, as TimelineJS ignores it (known: start_date, "
                + "end_date, text, media, group, display_date, background, autolink, unique_id)");
    }

    @Test
    void groupsCanBeEventTypes() throws IOException {
        String json = """
                {"events": [
                  {"start_date": {"year": 2022}, "text": {"headline": "Deal"}, "group": "Agree"},
                  {"start_date": {"year": 2022}, "text": {"headline": "Talks"}, "group": "CONSULT"},
                  {"start_date": {"year": 2023}, "text": {"headline": "Other"}, "group": "Politics"},
                  {"start_date": {"year": 2023}, "text": {"headline": "Other 2"}, "group": "Politics"}
                ]}""";
        ReadResult read = read(json, ReadOptions.DEFAULT.withGroups(GroupMapping.TYPE));
        assertThat(read.errors()).isEmpty();
        assertThat(read.dataset().events()).extracting(Event::type)
                .containsExactly(EventType.AGREE, EventType.CONSULT, EventType.OTHER, EventType.OTHER);
        assertThat(read.dataset().actors()).isEmpty();
        assertThat(read.warnings()).extracting(Problem::message)
                .filteredOn(m -> m.startsWith("group \"Politics\" is not an event type")).hasSize(1);
        assertThat(read.dataset().title()).isEqualTo("timeline");
    }

    @Test
    void cosmologicalScaleGoesBeyondTheCalendar() throws IOException {
        String json = """
                {"scale": "cosmological",
                 "title": {"text": {"headline": "Deep time"}},
                 "events": [
                  {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}, "display_date": "13.8 billion years ago"},
                  {"start_date": {"year": "-4540000000", "month": "3"}, "text": {"headline": "Earth forms"}},
                  {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon landing"}}
                ]}""";
        ReadResult read = read(json);
        assertThat(read.errors()).isEmpty();
        Event bigBang = read.dataset().events().get(0);
        assertThat(bigBang.time().edtf()).isEqualTo("Y-13800000000");
        assertThat(Days.isCalendarDay(bigBang.time().earliest())).isFalse();
        assertThat(bigBang.time().boundsText()).isEqualTo("Y-13800000000 – Y-13800000000");
        assertThat(read.dataset().events().get(1).time().edtf()).isEqualTo("Y-4540000000");
        // Only years count on the cosmological scale.
        assertThat(read.dataset().events().get(2).time().edtf()).isEqualTo("1969");
    }

    @Test
    void errorsHaveTheirPositions() throws IOException {
        String json = """
                {"events": [
                  {"start_date": {"month": 3}, "text": {"headline": "No year"}},
                  {"start_date": {"year": 2022, "month": 13}},
                  {"start_date": {"year": "twenty"}},
                  {"start_date": {"year": 2022, "month": 4, "day": 31}},
                  {"start_date": {"year": 2022}, "end_date": {"year": 2021}},
                  {"text": {"headline": "No start"}},
                  {"start_date": {"year": 2022.5}}
                ]}""";
        ReadResult read = read(json);
        assertThat(read.hasErrors()).isTrue();
        String file = dir.resolve("timeline.json").toString();
        assertThat(read.errors()).extracting(Problem::format).containsExactly(
                file + ":2:18: error: start_date: \"year\" is required (a number; negative for BCE)",
                file + ":3:42: error: start_date.month: 13 is not a month (1–12)",
                file + ":4:27: error: start_date.year: expected a whole number (e.g. 2022 or \"2022\"), found \"twenty\"",
                file + ":5:18: error: event \"slide-4\": start_date: day 31 does not exist in 2022-04",
                file + ":6:46: error: event \"slide-5\": end_date is before start_date",
                file + ":7:3: error: event: missing \"start_date\" (with at least a year)",
                file + ":8:27: error: start_date.year: expected a whole number (e.g. 2022 or \"2022\"), found 2022.5");
        assertThat(read.dataset()).isNull();
    }

    @Test
    void malformedJsonAndWrongShapes() throws IOException {
        String file = dir.resolve("timeline.json").toString();
        assertThat(read("{\"events\": [ {\"start_date\": {\"year\": 2022}} ").errors()).extracting(Problem::format)
                .singleElement().asString().startsWith(file + ":1:").contains("malformed JSON");
        assertThat(read("{\"title\": {}}").errors()).extracting(Problem::message)
                .containsExactly("missing required field \"events\" (a TimelineJS file lists its slides there)");
        assertThat(read("{\"events\": []}").errors()).extracting(Problem::message)
                .containsExactly("\"events\" is empty: TimelineJS needs at least one slide");
        assertThat(read("{\"events\": {}, \"scale\": \"geological\"}").errors()).extracting(Problem::format).containsExactly(
                file + ":1:12: error: events: expected an array ([ … ]), found an object",
                file + ":1:25: error: scale: expected \"human\" or \"cosmological\", found \"geological\"");
        assertThat(read("").errors()).extracting(Problem::message).containsExactly("the file is empty");
    }

    @Test
    void eraWithoutEndIsAnError() throws IOException {
        ReadResult read = read("""
                {"events": [{"start_date": {"year": 2022}}],
                 "eras": [{"start_date": {"year": 2020}, "text": {"headline": "Open"}}]}""");
        assertThat(read.errors()).extracting(Problem::format).containsExactly(
                dir.resolve("timeline.json") + ":2:11: error: era: TimelineJS needs both \"start_date\" and \"end_date\"");
    }

    @Test
    void duplicateUniqueIdsAreRenamedWithAWarning() throws IOException {
        ReadResult read = read("""
                {"events": [
                  {"start_date": {"year": 2022}, "unique_id": "a", "text": {"headline": "One"}},
                  {"start_date": {"year": 2023}, "unique_id": "a", "text": {"headline": "Two"}}
                ]}""");
        assertThat(read.dataset().events()).extracting(Event::id).containsExactly("a", "a-2");
        assertThat(read.warnings()).extracting(Problem::message).contains("unique_id \"a\" is used by an earlier slide; this one is \"a-2\"");
    }

    @Test
    void ourOwnFormatIsNotMistakenForTimelineJs() {
        assertThat(DatasetFormats.detect(Path.of("resources/datasets/iran-russia-2023.json")))
                .isEqualTo(DatasetFormats.Format.SOURCELINE);
        assertThat(DatasetFormats.detect(dir.resolve("missing.json"))).isEqualTo(DatasetFormats.Format.SOURCELINE);
    }

    @Test
    void slugsAreAsciiIds() {
        assertThat(TimelineJsReader.slug("Volodymyr Zelensky")).isEqualTo("volodymyr-zelensky");
        assertThat(TimelineJsReader.slug("  Ébauche — «test» ")).isEqualTo("ebauche-test");
        assertThat(TimelineJsReader.slug("???")).isEmpty();
    }
}
