package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.formats.DatasetFormats;

/**
 * A dataset may come from anyone: what it names and what its bytes say must never make
 * Sourceline read another file, block, run out of memory or print what it should not.
 */
class HostileInputTest {
    private static final String TEXT = "Alpha met “Beta” in 2022. Then\\u00A0Gamma left.";

    @TempDir
    Path dir;

    /** The valid test dataset with its article text in a file named {@code textFile} (JSON-escaped). */
    private static String withTextFile(String textFile) {
        return DatasetReaderTest.VALID.replace("\"text\": \"" + TEXT + "\"", "\"textFile\": \"" + textFile + "\"");
    }

    private ReadResult read(String json) throws IOException {
        Path file = dir.resolve("test.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return DatasetFormats.read(file);
    }

    /** "line:column" of the first {@code needle} in {@code json}. */
    private static String at(String json, String needle) {
        int offset = json.indexOf(needle);
        assertThat(offset).isNotNegative();
        String before = json.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (offset - before.lastIndexOf('\n'));
    }

    private static String firstError(ReadResult r) {
        assertThat(r.errors()).as("problems: %s", r.problems()).isNotEmpty();
        return r.errors().get(0).format();
    }

    // ----- textFile: never another file ------------------------------------------------------

    @Test
    void anAbsoluteTextFileIsRefusedAtItsValue() throws IOException {
        String json = withTextFile("/etc/passwd");
        ReadResult r = read(json);
        assertThat(r.dataset()).isNull();
        assertThat(firstError(r)).contains("test.json:" + at(json, "\"/etc/passwd\"") + ": error: article text file")
                .contains("absolute path");
    }

    @Test
    void aTextFileOutsideTheFolderIsRefused() throws IOException {
        String json = withTextFile("../../../../../../../../etc/passwd");
        assertThat(firstError(read(json))).contains(":" + at(json, "\"../../") + ":")
                .contains("outside the dataset's folder");
        assertThat(firstError(read(withTextFile("sub/../../x.txt")))).contains("outside the dataset's folder");
        assertThat(firstError(read(withTextFile(".")))).contains("is the dataset's folder");
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path secret = Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(secret, "Alpha met “Beta” in 2022. Then\u00A0Gamma left.");
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Files.createSymbolicLink(folder.resolve("article.txt"), secret);
        Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
        Path dataset = folder.resolve("d.json");
        Files.writeString(dataset, withTextFile("article.txt"));
        assertThat(firstError(DatasetFormats.read(dataset))).contains("through a symbolic link");
        Files.writeString(dataset, withTextFile("zero.txt"));
        ReadResult zero = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DatasetFormats.read(dataset));
        assertThat(firstError(zero)).contains("through a symbolic link");
    }

    @Test
    void aLinkInsideTheFolderIsFollowed() throws IOException {
        Files.writeString(dir.resolve("real.txt"), "Alpha met “Beta” in 2022. Then\u00A0Gamma left.");
        Files.createSymbolicLink(dir.resolve("article.txt"), dir.resolve("real.txt"));
        assertThat(read(withTextFile("article.txt")).problems()).isEmpty();
    }

    @Test
    void aNamedPipeIsRefusedAtOnceWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        makeFifo(fifo);
        // Opening a FIFO for reading would block until a writer comes: the test would hang.
        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(withTextFile("pipe.txt")));
        assertThat(firstError(r)).contains("named pipe (FIFO), not a regular file");
        // The dataset file itself, too.
        ReadResult asDataset = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DatasetFormats.read(fifo));
        assertThat(asDataset.unreadable()).isTrue();
        assertThat(asDataset.problems().get(0).message()).contains("named pipe");
    }

    @Test
    void aDeviceAsTheDatasetIsUnreadableAtOnce() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DatasetFormats.read(Path.of("/dev/zero")));
        assertThat(r.unreadable()).isTrue();
        assertThat(r.problems().get(0).format()).contains("/dev/zero").contains("character device");
    }

    @Test
    void aTextFileOverTheLimitIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextFiles.MAX_BYTES + 1); // sparse: no disk used, and never read
        }
        assertThat(firstError(read(withTextFile("huge.txt")))).contains("at most 1,073,741,824 (1 GiB)");
    }

    @Test
    void controlCharactersInTheNameAreRefusedAndNeverPrintedRaw() throws IOException {
        String json = withTextFile("article\\u0000.txt");
        ReadResult r = read(json);
        String message = firstError(r);
        assertThat(message).contains(":" + at(json, "\"article\\u0000") + ":")
                .contains("control character (U+0000 at character 8)").contains("article\\u0000.txt")
                .doesNotContain("\u0000");
        assertThat(firstError(read(withTextFile("a\\u001b[2Jb.txt")))).doesNotContain("\u001b").contains("\\u001B");
    }

    @Test
    void theBundledDatasetStillReadsItsTextFromTheClasspath() {
        ReadResult r = new DatasetReader().readResource(DatasetReader.BUNDLED);
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().article().textFile()).isEqualTo("iran-russia-2023.txt");
        assertThatThrownBy(() -> TextFiles.besidesResource(DatasetReader.BUNDLED).read("../schema/x.json"))
                .isInstanceOf(TextFiles.RefusedTextFileException.class);
    }

    // ----- bytes and characters --------------------------------------------------------------

    @Test
    void overlongUtf8IsNotUtf8() throws IOException {
        byte[] json = DatasetReaderTest.VALID.replace("Test Outlet", "Test@Outlet").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(json, (byte) '@');
        json[at] = (byte) 0xC0; // C0 AF: an overlong '/'
        byte[] longer = new byte[json.length + 1];
        System.arraycopy(json, 0, longer, 0, at + 1);
        longer[at + 1] = (byte) 0xAF;
        System.arraycopy(json, at + 1, longer, at + 2, json.length - at - 1);
        Path file = dir.resolve("overlong.json");
        Files.write(file, longer);
        ReadResult r = DatasetFormats.read(file);
        assertThat(r.dataset()).isNull();
        assertThat(firstError(r)).contains("overlong.json:" + at(DatasetReaderTest.VALID, "Test Outlet").split(":")[0] + ":")
                .contains("not valid UTF-8: byte 0xC0").contains("overlong");
    }

    @Test
    void encodedSurrogatesAndStrayBytesAreNotUtf8() throws IOException {
        for (byte[] bad : new byte[][] {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF5, (byte) 0x80},
                {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write("{\"format\": \"".getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
            Path file = dir.resolve("bad.json");
            Files.write(file, out.toByteArray());
            assertThat(firstError(DatasetFormats.read(file))).startsWith(file + ":1:13: error: not valid UTF-8")
                    .contains(String.format("0x%02X", bad[0] & 0xFF)).contains("at byte offset 12");
        }
    }

    @Test
    void validUtf8AndEmojiPass() throws IOException {
        String json = DatasetReaderTest.VALID.replace("Test Outlet", "Tést 😀 Outlet \\ud83d\\ude00 \\\\ud800");
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().article().outlet()).isEqualTo("Tést 😀 Outlet 😀 \\ud800");
    }

    @Test
    void loneSurrogateEscapesAreRejected() throws IOException {
        String high = DatasetReaderTest.VALID.replace("Test Outlet", "Test \\ud800 Outlet");
        assertThat(firstError(read(high))).contains(":" + at(high, "\\ud800") + ": error: invalid text: the escape \\uD800")
                .contains("first half");
        String low = DatasetReaderTest.VALID.replace("Test Outlet", "Test \\udc00 Outlet");
        assertThat(firstError(read(low))).contains(":" + at(low, "\\udc00") + ":").contains("second half");
        String twoHighs = DatasetReaderTest.VALID.replace("Test Outlet", "Test \\ud83d\\ud83d Outlet");
        assertThat(firstError(read(twoHighs))).contains("first half");
    }

    @Test
    void aQuoteThatWouldSplitAnEmojiIsRejected() {
        String text = "Alpha 😀 met Beta.";
        int emoji = text.indexOf("😀");
        QuoteAnchor.Result r = QuoteAnchor.anchor(text, text.substring(emoji + 1, emoji + 5), null, null, emoji + 1, emoji + 5);
        assertThat(r.status()).isEqualTo(QuoteAnchor.Status.NOT_FOUND);
        assertThat(r.nearMissDetail()).contains("would split a character");
        assertThat(QuoteAnchor.anchor(text, text.substring(0, emoji + 1), null, null, 0, emoji + 1).nearMissDetail())
                .contains("ends with the first half");
        assertThat(QuoteAnchor.anchor(text, "😀 met", null, null, emoji, emoji + 6).status())
                .isEqualTo(QuoteAnchor.Status.VERIFIED);
    }

    @Test
    void aNonIntegerOffsetIsOneErrorWithoutANoOffsetsWarning() throws IOException {
        String json = DatasetReaderTest.VALID.replace("\"start\": 0", "\"start\": \"zero\"");
        ReadResult r = read(json);
        assertThat(r.problems()).extracting(Problem::format).singleElement().asString()
                .contains(":" + at(json, "\"zero\"").split(":")[0] + ":").contains("start must be a whole number");
    }

    @Test
    void jacksonSpeaksOurWords() throws IOException {
        String[] inputs = {
            "{\"format\": " + "[".repeat(1100) + "]".repeat(1100) + "}",
            "{\"format\": NaN}",
            "{\"format\": +1}",
            "{\"format\": 1 /* a comment */}",
            "{\"format\": 1 ]",
            "{\"format\": 1",
            "{\"format\": \"a\tb\"}",
            "{\"format\": " + "9".repeat(150) + "}",
        };
        String[] expected = {
            "nested too deeply", "'NaN' is not a JSON value", "cannot start with '+'", "comments are not allowed",
            "for the object starting at line 1, column 1", "the file ends before the object that starts at line 1, column 1",
            "U+0009, a tab", "a number has 150 digits",
        };
        for (int i = 0; i < inputs.length; i++) {
            ReadResult r = read(inputs[i]);
            String all = r.problems().stream().map(Problem::format).reduce("", (a, b) -> a + b + "\n");
            assertThat(all).as(inputs[i]).contains(expected[i]).doesNotContain("`").doesNotContain("Feature")
                    .doesNotContain("StreamRead").doesNotContain("REDACTED").doesNotContain("(code ");
        }
    }

    // ----- years beyond the model ------------------------------------------------------------

    @Test
    void yearsBeyondTheModelAreAnErrorAtTheirPlace() throws IOException {
        for (String year : new String[] {"Y-99999999999999999999", "Y50000000000000000", "Y1000000000000"}) {
            String json = DatasetReaderTest.VALID.replace("\"edtf\": \"2022\"", "\"edtf\": \"" + year + "\"");
            ReadResult r = read(json);
            assertThat(r.errors()).extracting(Problem::format).anySatisfy(s -> assertThat(s)
                    .contains("test.json:" + at(json, year).split(":")[0] + ":")
                    .contains("invalid EDTF \"" + year + "\": the year is beyond what Sourceline holds"));
        }
        String largest = DatasetReaderTest.VALID.replace("\"edtf\": \"2022\", \"phrase\": \"in 2022\"",
                "\"edtf\": \"Y-999999999999\"");
        assertThat(read(largest).problems()).isEmpty();
    }

    // ----- TimelineJS ------------------------------------------------------------------------

    @Test
    void aTimelineJsYearBeyondTheModelIsAnError() throws IOException {
        Path file = dir.resolve("years.json");
        Files.writeString(file, """
                {"events": [
                  {"start_date": {"year": 50000000000000000}, "text": {"headline": "Far"}},
                  {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}}
                ]}
                """);
        ReadResult r = DatasetFormats.read(file);
        assertThat(r.errors()).extracting(Problem::format).singleElement().asString()
                .contains("years.json:2:").contains("is beyond what Sourceline holds");
    }

    @Test
    void aNullSlideIsAWarning() throws IOException {
        String json = """
                {"events": [
                  {"start_date": {"year": 2020}, "text": {"headline": "One"}},
                  null,
                  {"start_date": {"year": 2021}, "text": {"headline": "Two"}}
                ]}
                """;
        Path file = dir.resolve("timeline.json");
        Files.writeString(file, json);
        ReadResult r = DatasetFormats.read(file);
        assertThat(r.dataset().events()).hasSize(2);
        assertThat(r.warnings()).extracting(Problem::format)
                .anySatisfy(s -> assertThat(s).contains("timeline.json:3:3: warning: events[1] is null, not a slide"));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static void makeFifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this machine");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    }
}
