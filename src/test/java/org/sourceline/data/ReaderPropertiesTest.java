package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sourceline.data.timelinejs.TimelineJsReader;
import org.sourceline.model.Days;

/**
 * Random and mutated inputs never make the readers, the EDTF parser or the quote anchoring throw
 * anything but their own errors: a broken file is a list of problems, never a crash.
 */
class ReaderPropertiesTest {
    private static final byte[] BUNDLED = read("resources/datasets/iran-russia-2023.json");
    private static final byte[] MOON = read("src/test/resources/timelinejs/moon-example.json");
    private static final String ARTICLE = new String(read("resources/datasets/iran-russia-2023.txt"),
            java.nio.charset.StandardCharsets.UTF_8);

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A few byte-level edits: flips, insertions of awkward bytes, deletions, a truncation. */
    record Mutation(int kind, int position, int value) {
        byte[] apply(byte[] bytes) {
            int at = Math.floorMod(position, Math.max(1, bytes.length));
            byte b = (byte) INTERESTING[Math.floorMod(value, INTERESTING.length)];
            return switch (kind) {
                case 0 -> { byte[] copy = bytes.clone(); copy[at] = b; yield copy; }
                case 1 -> { byte[] copy = new byte[bytes.length + 1]; System.arraycopy(bytes, 0, copy, 0, at);
                    copy[at] = b; System.arraycopy(bytes, at, copy, at + 1, bytes.length - at); yield copy; }
                case 2 -> { byte[] copy = new byte[bytes.length - 1]; System.arraycopy(bytes, 0, copy, 0, at);
                    System.arraycopy(bytes, at + 1, copy, at, bytes.length - at - 1); yield copy; }
                default -> Arrays.copyOf(bytes, at);
            };
        }
    }

    private static final int[] INTERESTING = {'{', '}', '[', ']', '"', ',', ':', '\\', 'u', '0', '9', '-', 'e', '.', ' ',
        '\n', 0, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF, 'n', 't', 'X', '/', '~', '?'};

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers(), Arbitraries.integers()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] mutate(byte[] bytes, List<Mutation> mutations) {
        byte[] result = bytes;
        for (Mutation m : mutations) {
            result = result.length == 0 ? result : m.apply(result);
        }
        return result;
    }

    @Property(tries = 150)
    void aMutatedDatasetIsAResultNeverACrash(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] bytes = mutate(BUNDLED, mutations);
        ReadResult result = readChecked(bytes, in -> new DatasetReader().read(in, "mutated.json",
                TextFiles.besidesResource(DatasetReader.BUNDLED)));
        if (result != null && !result.hasErrors()) {
            assertThat(result.dataset().events()).isNotEmpty();
        }
    }

    @Property(tries = 150)
    void aMutatedTimelineIsAResultNeverACrash(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] bytes = mutate(MOON, mutations);
        readChecked(bytes, in -> new TimelineJsReader(ReadOptions.DEFAULT).read(in, "mutated.json", "mutated"));
    }

    /** Reads through the strict UTF-8 check, as files are: its error is ours too. */
    private static ReadResult readChecked(byte[] bytes, DatasetFiles.StreamReader reader) throws IOException {
        try (InputStream in = Utf8.strict(new ByteArrayInputStream(bytes))) {
            ReadResult result = reader.read(in);
            assertThat(result).isNotNull();
            assertThat(result.hasErrors()).isEqualTo(result.dataset() == null);
            for (Problem problem : result.problems()) {
                assertThat(problem.format()).doesNotContain("\u0000").doesNotContain("Exception").doesNotContain("`");
            }
            return result;
        } catch (Utf8.MalformedStreamException e) {
            assertThat(e.offset()).isBetween(0L, (long) bytes.length);
            return null;
        }
    }

    @Provide
    Arbitrary<String> edtfLike() {
        Arbitrary<String> pieces = Arbitraries.of("2022", "-", "0", "1", "9", "X", "Y", "Y-", "/", "..", "~", "?", "%",
                "21", "24", "12", "31", "99999", "99999999999999999999", "-0044", "2023-01-02", " ", "", "T", "+");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void edtfParsesOrSaysWhereItIsWrong(@ForAll("edtfLike") String value) {
        try {
            Edtf.Bounds bounds = Edtf.parse(value);
            assertThat(bounds.earliest()).isLessThanOrEqualTo(bounds.latest());
            if (!Days.isOpen(bounds.earliest())) {
                assertThat(Math.abs(Days.yearOf(bounds.earliest()))).isLessThanOrEqualTo(Edtf.MAX_YEAR + 1);
            }
        } catch (EdtfException e) {
            assertThat(e.offset()).isBetween(0, Math.max(0, value.length()));
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void anyStringIsAnchoredOrNotFoundNeverACrash(@ForAll String exact, @ForAll @IntRange(min = -1, max = 30_000) int start,
                                                  @ForAll @IntRange(min = -1, max = 30_000) int end) {
        QuoteAnchor.Result r = QuoteAnchor.anchor(ARTICLE, exact, null, null, start, end);
        if (r.status() == QuoteAnchor.Status.AMBIGUOUS) {
            assertThat(r.candidates()).hasSizeGreaterThan(1)
                    .allSatisfy(at -> assertThat(ARTICLE.startsWith(exact, at)).isTrue());
        } else if (r.status() != QuoteAnchor.Status.NOT_FOUND) {
            assertThat(ARTICLE.substring(r.start(), r.end())).isEqualTo(exact);
        }
    }

    @Property(tries = 300)
    void aPassageOfTheArticleIsFoundWhereverItIs(@ForAll @IntRange(min = 0, max = 20_000) int from,
                                                 @ForAll @IntRange(min = 1, max = 200) int length,
                                                 @ForAll @IntRange(min = -1, max = 30_000) int recordedStart) {
        int start = Math.min(from, ARTICLE.length() - 1);
        int end = Math.min(ARTICLE.length(), start + length);
        String exact = ARTICLE.substring(start, end);
        QuoteAnchor.Result r = QuoteAnchor.anchor(ARTICLE, exact, null, null, recordedStart,
                recordedStart < 0 ? -1 : recordedStart + exact.length());
        if (QuoteAnchor.halfCharacter(exact) != null) {
            assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
            return;
        }
        assertThat(r.status()).isNotEqualTo(QuoteAnchor.Status.NOT_FOUND);
        if (r.status() == QuoteAnchor.Status.AMBIGUOUS) {
            // Found at several places and nothing (no context, offsets elsewhere) to choose: never a guess.
            assertThat(r.candidates()).contains(start);
            assertThat(recordedStart).isNotEqualTo(start);
            return;
        }
        assertThat(ARTICLE.substring(r.start(), r.end())).isEqualTo(exact);
        if (recordedStart == start) {
            assertThat(r.status()).isEqualTo(QuoteAnchor.Status.VERIFIED);
        }
    }
}
