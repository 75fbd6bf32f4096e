package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoPart() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");  // not about a file: said as it is
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void successfulWriteReplaces() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/out.json"), out -> { }))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void anInputIsRefusedByAnyNameAndLeftAlone() throws IOException {
        Path input = dir.resolve("data.json");
        Files.writeString(input, "the dataset");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, input);
        Path hardLink = Files.createLink(dir.resolve("hard.json"), input);
        Path roundabout = dir.resolve("sub/../data.json");
        Files.createDirectories(dir.resolve("sub"));
        for (Path output : List.of(input, link, hardLink, roundabout, Path.of(".").toAbsolutePath().relativize(input))) {
            assertThatThrownBy(() -> AtomicFiles.write(output, List.of(input), out -> out.write("export".getBytes())))
                    .as(output.toString()).isInstanceOfSatisfying(RefusedOutputException.class, e -> {
                        assertThat(e.why()).isEqualTo(RefusedOutputException.Why.IS_INPUT);
                        assertThat(e.getFile()).isEqualTo(output.toString());
                        assertThat(e.getReason()).contains("a file being read");
                    });
        }
        assertThat(Files.readString(input)).isEqualTo("the dataset");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(parts()).isEmpty();
    }

    @Test
    void whatIsNotARegularFileIsRefused() throws Exception {
        assertThatThrownBy(() -> AtomicFiles.write(dir, out -> { }))
                .isInstanceOfSatisfying(RefusedOutputException.class, e -> assertThat(e.getReason()).contains("a folder"));
        assertThatThrownBy(() -> AtomicFiles.write(Path.of(""), out -> { }))
                .isInstanceOfSatisfying(RefusedOutputException.class,
                        e -> assertThat(e.why()).isEqualTo(RefusedOutputException.Why.NO_NAME));
        Path broken = dir.resolve("broken.csv");
        Files.createSymbolicLink(broken, dir.resolve("nothing-here"));
        assertThatThrownBy(() -> AtomicFiles.write(broken, out -> { }))
                .isInstanceOfSatisfying(RefusedOutputException.class, e -> assertThat(e.getReason()).contains("does not exist"));
        assertThat(Files.exists(dir.resolve("nothing-here"))).isFalse();
        if (Files.exists(Path.of("/dev/null"))) {
            // A device is never replaced by a regular file (as root, /dev/full itself would be).
            Path device = dir.resolve("device-link");
            Files.createSymbolicLink(device, Path.of("/dev/null"));
            for (Path output : List.of(Path.of("/dev/null"), device)) {
                assertThatThrownBy(() -> AtomicFiles.write(output, out -> out.write(1)))
                        .isInstanceOfSatisfying(RefusedOutputException.class,
                                e -> assertThat(e.getReason()).contains("a character device, not a regular file"));
            }
            assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        }
        Path fifo = dir.resolve("pipe");
        HostileInputTest.makeFifo(fifo);
        assertThatThrownBy(() -> AtomicFiles.write(fifo, out -> { }))
                .isInstanceOfSatisfying(RefusedOutputException.class, e -> assertThat(e.getReason()).contains("named pipe"));
        assertThat(parts()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("real"));
        Path target = folder.resolve("out.csv");
        Files.writeString(target, "old");
        Path link = dir.resolve("out.csv");
        Files.createSymbolicLink(link, target);
        AtomicFiles.write(link, out -> out.write("new".getBytes()));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void newFilesGetTheUmasksPermissionsAndReplacedOnesKeepTheirs() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain"));  // what the umask gives a new file here
        Path written = dir.resolve("written.csv");
        AtomicFiles.write(written, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));

        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(written, own);
        AtomicFiles.write(written, out -> out.write(2));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(own);
    }

    @Test
    void errorsNameTheTargetNeverTheTemporaryFile() throws IOException {
        Path target = dir.resolve("out.json");
        // The temporary file vanishes under the writer (as on a flaky network drive).
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            for (Path part : parts()) {
                Files.delete(part);
            }
        })).isInstanceOfSatisfying(java.nio.file.FileSystemException.class, e -> {
            assertThat(e.getFile()).isEqualTo(target.toString());
            assertThat(e.getMessage()).doesNotContain(".part");
        });
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedOthersKept() throws IOException {
        Path stale = Files.writeString(dir.resolve(".out.json.8123456789012345678.part"), "killed");
        Path fresh = Files.writeString(dir.resolve(".other.csv.12345.part"), "being written");
        Path notOurs = Files.writeString(dir.resolve(".notes.part"), "someone else's");
        Path download = Files.writeString(dir.resolve("movie.mkv.part"), "a browser's");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : List.of(stale, notOurs, download)) {
            Files.setLastModifiedTime(p, twoHoursAgo);
        }
        AtomicFiles.write(dir.resolve("out.json"), out -> out.write("{}".getBytes()));
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
        assertThat(download).exists();
    }

    private List<Path> parts() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void aNewFileIsWrittenOnlyWhenThereIsNone() throws IOException {
        Path target = dir.resolve("classes-1.jar");
        assertThat(AtomicFiles.writeNew(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(Files.readString(target)).isEqualTo("first");
        // One there already (another process's, named after the same content) stays as it is.
        assertThat(AtomicFiles.writeNew(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(Files.readString(target)).isEqualTo("first");
        // Another process makes it while this one writes: its file stays, whole; no temporary left.
        Path raced = dir.resolve("classes-2.jar");
        assertThat(AtomicFiles.writeNew(raced, out -> {
            Files.writeString(raced, "theirs");
            out.write("ours".getBytes(StandardCharsets.UTF_8));
        })).isFalse();
        assertThat(Files.readString(raced)).isEqualTo("theirs");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(target, raced);
        }
    }
}
