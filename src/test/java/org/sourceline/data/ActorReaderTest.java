package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.TestDatasets;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;

/** The roles of events as read: one known actor (shared lists), several, repeated, unknown and malformed ids. */
class ActorReaderTest {
    @TempDir
    Path dir;

    private static String dataset(String... sources) {
        String[] certainties = new String[sources.length];
        java.util.Arrays.fill(certainties, "{\"level\": \"stated\"}");
        return dataset(sources, certainties);
    }

    private static String dataset(String[] sources, String[] certainties) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < sources.length; i++) {
            events.append(i == 0 ? "" : ",\n").append("""
                        {"id": "e%d", "title": "T", "time": {"edtf": "2022"}, "type": "CONSULT",
                         "source": %s, "target": ["beta"], "certainty": %s,
                         "evidence": [{"exact": "Alpha met Beta", "start": 0, "end": 14}]}""".formatted(i, sources[i],
                    certainties[i]));
        }
        return TestDatasets.alphaBetaJson("Roles", events);
    }

    private ReadResult read(String json) throws IOException {
        Path file = dir.resolve("roles.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new DatasetReader().read(file);
    }

    private static java.util.List<String> ids(Event event) {
        return event.sources().stream().map(Actor::id).toList();
    }

    @Test
    void rolesOfKnownActors() throws IOException {
        ReadResult r = read(dataset("[\"alpha\"]", "[\"alpha\", \"beta\"]", "[\"beta\", \"alpha\", \"beta\"]",
                "[\"alpha\", \"alpha\"]", "[\"alpha\"]", "[]"));
        assertThat(r.problems()).isEmpty();
        assertThat(ids(r.dataset().event("e0"))).containsExactly("alpha");
        assertThat(ids(r.dataset().event("e1"))).containsExactly("alpha", "beta");
        assertThat(ids(r.dataset().event("e2"))).containsExactly("beta", "alpha");
        assertThat(ids(r.dataset().event("e3"))).containsExactly("alpha");
        assertThat(r.dataset().event("e4").sources()).isSameAs(r.dataset().event("e0").sources());
        assertThat(r.dataset().event("e5").sources()).isEmpty();
    }

    @Test
    void unknownAndMalformedIdsAreReportedWhereTheyAre() throws IOException {
        String json = dataset("[\"alpha\", \"ghost\"]", "[\"ghoul\"]", "[7, \"alpha\"]", "[\"alpha\", 8]", "[\"alpha\"]");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.eventId())
                .containsExactly(TestDatasets.lineColumn(json, "\"ghost\"") + " e0",
                        TestDatasets.lineColumn(json, "\"ghoul\"") + " e1",
                        TestDatasets.lineColumn(json, "7, ") + " e2",
                        TestDatasets.lineColumn(json, "8]") + " e3");
        assertThat(r.problems().get(0).message()).contains("ghost");
        assertThat(r.problems().get(2).message()).contains("source: expected an actor id (a string), found");
    }

    @Test
    void certaintiesSaidByOneActorAreShared() throws IOException {
        String[] sources = new String[7];
        java.util.Arrays.fill(sources, "[\"alpha\"]");
        ReadResult r = read(dataset(sources, new String[] {
            "{\"level\": \"reported\", \"attributedTo\": [\"beta\"]}",
            "{\"level\": \"reported\", \"attributedTo\": [\"beta\", \"beta\"]}",
            "{\"level\": \"claimed\", \"attributedTo\": [\"beta\"]}",
            "{\"level\": \"reported\", \"attributedTo\": [\"alpha\"]}",
            "{\"level\": \"reported\", \"attributedTo\": [\"beta\", \"alpha\"]}",
            "{\"level\": \"reported\", \"attributedTo\": [\"beta\"], \"note\": \"via a wire\"}",
            "{\"level\": \"reported\", \"attributedTo\": [\"beta\"]}"}));
        assertThat(r.problems()).isEmpty();
        java.util.function.IntFunction<org.sourceline.model.Certainty> c = i -> r.dataset().event("e" + i).certainty();
        assertThat(c.apply(0).level()).isEqualTo(org.sourceline.model.CertaintyLevel.REPORTED);
        assertThat(c.apply(0).attributedTo()).extracting(Actor::id).containsExactly("beta");
        assertThat(c.apply(1)).isSameAs(c.apply(0));
        assertThat(c.apply(6)).isSameAs(c.apply(0));
        assertThat(c.apply(2).level()).isEqualTo(org.sourceline.model.CertaintyLevel.CLAIMED);
        assertThat(c.apply(2).attributedTo()).extracting(Actor::id).containsExactly("beta");
        assertThat(c.apply(3).attributedTo()).extracting(Actor::id).containsExactly("alpha");
        assertThat(c.apply(4).attributedTo()).extracting(Actor::id).containsExactly("beta", "alpha");
        assertThat(c.apply(5).note()).isEqualTo("via a wire");
        assertThat(c.apply(5).attributedTo()).extracting(Actor::id).containsExactly("beta");
    }
}
