package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.TimeSpan;

/**
 * The JSON Schema shipped in {@code resources/schema} says what {@link DatasetReader} accepts:
 * the bundled dataset passes it, and each structural mistake is refused by both.
 */
class DatasetSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA_FILE = Path.of("resources/schema/sourceline-dataset-1.schema.json");
    private static final Path SCHEMA_2_FILE = Path.of("resources/schema/sourceline-dataset-2.schema.json");
    private static final Path BUNDLED = Path.of("resources/datasets/iran-russia-2023.json");
    private static Schema schema;
    private static Schema schema2;
    private static JsonNode schemaTree;
    private static JsonNode schema2Tree;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaTree = JSON.readTree(SCHEMA_FILE.toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
        schema2Tree = JSON.readTree(SCHEMA_2_FILE.toFile());
        schema2 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema2Tree);
    }

    /** Checks a document against the schema of the format it declares. */
    private static List<Error> validate(JsonNode document) {
        boolean second = DatasetReader.FORMAT.equals(document.path("format").asText());
        return (second ? schema2 : schema).validate(document);
    }

    @Test
    void theSchemaIsItselfValidDraft202012() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaTree)).isEmpty();
        assertThat(meta.validate(schema2Tree)).isEmpty();
        assertThat(schemaTree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema2Tree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void bundledDatasetMatchesTheSchema() throws IOException {
        assertThat(validate(JSON.readTree(BUNDLED.toFile()))).isEmpty();
    }

    @Test
    void theTestArticlesFormat2DatasetMatchesSchema2() throws IOException {
        JsonNode document = JSON.readTree(NasaDatasetTest.FILE.toFile());
        assertThat(document.get("format").asText()).isEqualTo("sourceline-dataset/2");
        assertThat(schema2.validate(document)).isEmpty();
    }

    @Test
    void whatTheWriterWritesMatchesTheSchema() throws IOException {
        Dataset bundled = DatasetReader.loadBundled();
        Dataset withEra = new Dataset(bundled.title(), bundled.description(), bundled.article(), bundled.actors(),
                bundled.events(), List.of(new Era("War in Ukraine", new TimeSpan("2022-02-24/..", "since February 2022",
                        org.sourceline.model.Days.of(2022, 2, 24), org.sourceline.model.Days.OPEN_END,
                        org.sourceline.model.Qualifier.EXACT, org.sourceline.model.Qualifier.OPEN, null))));
        Path file = dir.resolve("written.json");
        new DatasetWriter().write(withEra, file);
        assertThat(JSON.readTree(file.toFile()).get("format").asText()).isEqualTo(DatasetReader.FORMAT);
        assertThat(validate(JSON.readTree(file.toFile()))).isEmpty();
        assertThat(new DatasetReader().read(file).dataset().eras()).hasSize(1);
    }

    /** A mistake made to a copy of the bundled dataset, which both the schema and the reader refuse. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("unknown top-level field", root -> root.put("author", "me")),
                mistake("unknown event field", root -> event(root).put("colour", "red")),
                mistake("unknown actor field", root -> actor(root).put("nickname", "x")),
                mistake("unknown time field", root -> ((ObjectNode) event(root).get("time")).put("start", "2022")),
                mistake("event type not in the vocabulary", root -> event(root).put("type", "NEGOTIATE")),
                mistake("event type in lower case", root -> event(root).put("type", "agree")),
                mistake("actor kind not in the vocabulary", root -> actor(root).put("kind", "country")),
                mistake("certainty level not in the vocabulary", root -> ((ObjectNode) event(root).get("certainty"))
                        .put("level", "rumoured")),
                mistake("missing event title", root -> event(root).remove("title")),
                mistake("null event title", root -> event(root).putNull("title")),
                mistake("null dataset title", root -> root.putNull("title")),
                mistake("wrong format", root -> root.put("format", "sourceline-dataset/1")),
                mistake("EDTF that is not EDTF", root -> ((ObjectNode) event(root).get("time")).put("edtf", "late 2022")),
                mistake("bound that is not a date", root -> ((ObjectNode) event(root).get("time")).put("earliest", "22/09/2022")),
                mistake("negative offset", root -> ((ObjectNode) event(root).get("evidence").get(0)).put("start", -1)),
                mistake("offset as a string", root -> ((ObjectNode) event(root).get("evidence").get(0)).put("end", "12")),
                mistake("empty quote", root -> ((ObjectNode) event(root).get("evidence").get(0)).put("exact", "")),
                mistake("event without actors", root -> {
                    ObjectNode e = event(root);
                    e.putArray("source");
                    e.putArray("target");
                    e.putArray("participants");
                }),
                mistake("era without time", root -> root.putArray("eras").addObject().put("title", "An era")),
                mistake("text and textFile both", root -> ((ObjectNode) root.get("articles").get(0)).put("text", "x")));
    }

    private static Arguments mistake(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    private static ObjectNode event(ObjectNode root) {
        return (ObjectNode) root.get("events").get(0);
    }

    private static ObjectNode actor(ObjectNode root) {
        return (ObjectNode) root.get("actors").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void schemaAndReaderBothRefuse(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BUNDLED.toFile());
        change.accept(root);
        assertThat(validate(root)).as("schema verdict on: %s", name).isNotEmpty();
        Path file = dir.resolve("changed.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        Files.copy(BUNDLED.resolveSibling("iran-russia-2023.txt"), dir.resolve("iran-russia-2023.txt"));
        assertThat(new DatasetReader().read(file).hasErrors()).as("reader verdict on: %s", name).isTrue();
    }

    @Test
    void optionalAndNullableFieldsPassBoth() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BUNDLED.toFile());
        root.putNull("description");
        ObjectNode e = event(root);
        e.putNull("summary");
        e.putNull("mode");
        e.putNull("participants");
        ((ObjectNode) e.get("time")).remove("earliest");
        ((ObjectNode) e.get("certainty")).putNull("attributedTo");
        ArrayNode eras = root.putArray("eras");
        ObjectNode era = eras.addObject().put("title", "The war");
        era.putObject("time").put("edtf", "2022-02-24/..").putNull("latest");
        assertThat(validate(root)).isEmpty();
        Path file = dir.resolve("nullable.json");
        JSON.writeValue(file.toFile(), root);
        Files.copy(BUNDLED.resolveSibling("iran-russia-2023.txt"), dir.resolve("iran-russia-2023.txt"));
        ReadResult read = new DatasetReader().read(file);
        assertThat(read.errors()).isEmpty();
        assertThat(read.dataset().eras()).extracting(Era::title).containsExactly("The war");
    }

    private static Pattern edtfPattern() {
        return Pattern.compile(schemaTree.at("/$defs/edtf/pattern").asText());
    }

    /** The pattern is a syntax check: every value the parser accepts must match it. */
    @ParameterizedTest
    @ValueSource(strings = {"2023", "2022-10", "2023-01-02", "-0044", "-0044-03-15", "Y-170000002", "Y170000002",
            "Y-13800000000~", "2022-21", "2022-24", "201X", "19XX", "-01XX", "2004-XX", "2004-XX-XX", "2004-06-XX",
            "2022~", "2022?", "2022%", "2022-10~", "2023-01-01/2023-01-02", "../2021", "2023-01~/..", "2019/",
            "/2019", "2022?/2023-01~", "../2023-01~", "2022-02-30", "2022-12-31"})
    void edtfPatternAcceptsWhatTheParserMayAccept(String value) {
        assertThat(edtfPattern().matcher(value).matches()).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22", "2022-1", "20X2", "XXXX", "..", "../..", "/", "../", "/..", "late 2022",
            "2022-10/2022-11/2022-12", "?", "2022~~", "Y1234", "201X-10", "2022-10-XX-XX", "2022-23-01", "2022-13", "2022-00", "2022-10-32"})
    void edtfPatternRefusesWhatTheParserRefuses(String value) {
        assertThat(Edtf.isValid(value)).as("parser on %s", value).isFalse();
        assertThat(edtfPattern().matcher(value).matches()).as(value).isFalse();
    }

    @Test
    void everyEdtfValueOfTheBundledDatasetMatches() throws IOException {
        JsonNode root = JSON.readTree(BUNDLED.toFile());
        for (JsonNode event : root.get("events")) {
            assertThat(edtfPattern().matcher(event.at("/time/edtf").asText()).matches())
                    .as(event.get("id").asText()).isTrue();
        }
    }

    @Test
    void schemaIsOnTheClasspathToo() throws IOException {
        try (InputStream in = DatasetSchemaTest.class.getResourceAsStream("/schema/sourceline-dataset-1.schema.json")) {
            assertThat(in).isNotNull();
        }
    }
}
