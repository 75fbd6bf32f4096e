package org.sourceline.data.snapshot;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.sourceline.Version;
import org.sourceline.data.AtomicFiles;
import org.sourceline.data.DatasetFiles;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadResult;
import org.sourceline.data.TextHash;

/**
 * Binary snapshots of datasets read before, so that opening the same file again skips parsing
 * the JSON. One file per dataset path in the user's cache folder
 * ({@code $XDG_CACHE_HOME/sourceline} or {@code ~/.cache/sourceline}; the system property
 * {@code sourceline.cache.dir} overrides it).
 *
 * <p>A snapshot is never trusted over the file. It serves only when all of these are as when it
 * was written: its format number, the Sourceline build that wrote it, the reading options, the
 * name the file is opened by, and for the dataset and every article text file it names: absolute
 * path, size, modification time and CRC-32C of the bytes (hashed while the snapshot is decoded).
 * Its own bytes carry a CRC-32C too. Any difference, a damaged or truncated snapshot, or any
 * error reading it means "read the JSON": a stale or damaged one is replaced by the next write.
 *
 * <p>Writing goes through {@link AtomicFiles} (a temporary file moved over the old one), so two
 * app instances writing the same snapshot at once leave one whole snapshot, never a mix; a reader
 * sees the old file or the new one. The folder is kept under {@link #DEFAULT_MAX_BYTES} by
 * removing the snapshots used least recently.
 *
 * <p>Layout: magic, format number, header (key), body ({@link SnapshotCodec}), the columns kept
 * with it ({@link SnapshotColumns}, a zero byte when none), then the length of everything before
 * the trailer and its CRC-32C.
 */
public final class SnapshotCache {
    /** Changes whenever the layout or the body's encoding changes. */
    public static final int FORMAT = 2;
    /** Files smaller than this are read from JSON every time: parsing them costs less than a snapshot's disk space. */
    public static final long DEFAULT_MIN_BYTES = 4L << 20;
    /** The cache folder is kept at most this big. */
    public static final long DEFAULT_MAX_BYTES = 4L << 30;
    /** The system property naming the cache folder. */
    public static final String FOLDER_PROPERTY = "sourceline.cache.dir";

    private static final byte[] MAGIC = "SLSNAP\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = Long.BYTES + Integer.BYTES;
    /** A snapshot is mapped whole: at most this big. */
    private static final long MAX_SNAPSHOT = Integer.MAX_VALUE;
    private static final String SUFFIX = ".snapshot";

    private final Path folder;
    private final long minBytes;
    private final long maxBytes;

    /**
     * @param folder   where the snapshots go (created when first written)
     * @param minBytes datasets smaller than this get no snapshot
     * @param maxBytes the folder's snapshots are kept under this many bytes in all
     */
    public SnapshotCache(Path folder, long minBytes, long maxBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    /** The user's cache folder (see the class comment) with the default limits. */
    public static SnapshotCache standard() {
        return new SnapshotCache(defaultFolder(), DEFAULT_MIN_BYTES, DEFAULT_MAX_BYTES);
    }

    /** {@code sourceline.cache.dir}, else {@code $XDG_CACHE_HOME/sourceline}, else {@code ~/.cache/sourceline}. */
    public static Path defaultFolder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sourceline");
    }

    public Path folder() {
        return folder;
    }

    /** The snapshot file that serves {@code dataset} (whether or not it exists). */
    public Path snapshotFile(Path dataset) {
        String key = dataset.toAbsolutePath().normalize().toString();
        return folder.resolve(TextHash.sha256(key).substring(0, 32) + SUFFIX);
    }

    /**
     * Size and time of a dataset file, taken before it is read from JSON and handed to
     * {@link #write}: a file that changed while it was read gets no snapshot. Null when there is
     * nothing to stamp (not a regular file, unreadable).
     */
    public static SourceStamp stampBeforeReading(Path dataset) {
        try {
            return SourceStamp.stat(dataset);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The dataset read from {@code dataset}'s snapshot, or null when there is none that serves
     * (see the class comment); never throws for a bad snapshot. A damaged one is deleted.
     *
     * @param name     the file as the user named it (the read result and its messages carry it)
     * @param progress told how many events have been read so far
     */
    public ReadResult read(Path dataset, String name, GroupMapping groups, IntConsumer progress) {
        Snapshot snapshot = readSnapshot(dataset, name, groups);
        if (snapshot == null) {
            return null;
        }
        try {
            snapshot.events().decodeAll(progress);
        } catch (SnapshotEvents.DamagedSnapshotException e) {
            return null;
        }
        return snapshot.result();
    }

    /**
     * What a snapshot holds: the dataset as read, the columns kept with it (empty when it was
     * written without any), and the dataset's events, which are decoded when first used (see
     * {@link SnapshotEvents}: until it is complete, the dataset serves views, not edits or saves).
     */
    public record Snapshot(ReadResult result, SnapshotColumns columns, SnapshotEvents events) {
    }

    /**
     * The dataset read from {@code dataset}'s snapshot with the columns kept with it, or null when
     * there is no snapshot that serves; as {@link #read}, except that the events are not decoded
     * yet: a chunk of them is decoded when first used, or all by {@link SnapshotEvents#decodeAll}.
     * Everything the snapshot holds has been checked against its checksum; should a chunk still
     * not decode, the snapshot is deleted (the next open reads the JSON).
     */
    public Snapshot readSnapshot(Path dataset, String name, GroupMapping groups) {
        Path snapshot = snapshotFile(dataset);
        try {
            SourceStamp now = SourceStamp.stat(dataset);
            if (now == null || now.size() < minBytes || !Files.isRegularFile(snapshot)) {
                return null;
            }
            try (FileChannel channel = FileChannel.open(snapshot)) {
                long size = channel.size();
                if (size < MAGIC.length + Integer.BYTES + TRAILER || size > MAX_SNAPSHOT) {
                    discard(snapshot);
                    return null;
                }
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
                byte[] magic = new byte[MAGIC.length];
                map.get(magic);
                if (!java.util.Arrays.equals(magic, MAGIC)) {
                    discard(snapshot);
                    return null;
                }
                if (map.getInt() != FORMAT) {
                    return null;
                }
                Header header = Header.read(map);
                if (header == null || !header.codeStamp.equals(codeStamp()) || !header.groups.equals(groups.name())
                        || !header.name.equals(name) || header.sources.isEmpty()
                        || !header.sources.get(0).path().equals(now.path())) {
                    return null;
                }
                for (SourceStamp source : header.sources) {
                    if (!source.sameSizeAndTime(SourceStamp.stat(Path.of(source.path())))) {
                        return null;
                    }
                }
                int end = (int) (size - TRAILER);
                // The sources' bytes are hashed on another core while this one checks and reads the snapshot.
                CompletableFuture<Boolean> unchanged = new CompletableFuture<>();
                Thread hasher = new Thread(() -> unchanged.complete(sameContent(header.sources)), "sourceline-snapshot-check");
                hasher.setDaemon(true);
                hasher.start();
                if (map.getLong(end) != end || map.getInt(end + Long.BYTES) != (int) crc(map.slice(0, end))) {
                    discard(snapshot);
                    return null;
                }
                ByteBuffer body = map.slice(map.position(), end - map.position());
                SnapshotCodec.PendingRead pending;
                SnapshotCodec.LazyRead lazy;
                SnapshotColumns columns;
                try {
                    pending = SnapshotCodec.readLazily(body, () -> discard(snapshot));
                    columns = body.get() == 0 ? new SnapshotColumns() : SnapshotColumns.read(body);
                    if (body.hasRemaining()) {
                        throw new SnapshotCodec.SnapshotFormatException("bytes after the end of the snapshot");
                    }
                    lazy = pending.finish();
                } catch (SnapshotCodec.SnapshotFormatException | java.nio.BufferUnderflowException e) {
                    discard(snapshot);
                    return null;
                }
                if (!unchanged.get() || !name.equals(lazy.result().file())) {
                    return null;
                }
                Files.setLastModifiedTime(snapshot, FileTime.fromMillis(System.currentTimeMillis()));
                return new Snapshot(lazy.result(), columns, lazy.events());
            }
        } catch (IOException | RuntimeException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Writes the snapshot of a dataset just read from {@code dataset} without errors, replacing
     * any old one atomically. Writes nothing for a small file, or when the dataset or one of its
     * text files changed since {@code before} was taken or while they were hashed.
     *
     * @param before    from {@link #stampBeforeReading}, taken before the JSON was read
     * @param cancelled checked now and then; true stops the write and leaves the old snapshot
     * @return true when a snapshot was written
     * @throws IOException when the cache folder or the snapshot cannot be written
     */
    public boolean write(Path dataset, GroupMapping groups, ReadResult read, SourceStamp before, BooleanSupplier cancelled)
            throws IOException {
        return write(dataset, groups, read, null, before, cancelled);
    }

    /**
     * As {@link #write(Path, GroupMapping, ReadResult, SourceStamp, BooleanSupplier)}, keeping
     * {@code columns} (may be null) with the dataset: {@link #readSnapshot} gives them back.
     */
    public boolean write(Path dataset, GroupMapping groups, ReadResult read, SnapshotColumns columns, SourceStamp before,
                         BooleanSupplier cancelled) throws IOException {
        if (read.dataset() == null || before == null || before.size() < minBytes) {
            return false;
        }
        List<SourceStamp> sources = new ArrayList<>();
        for (Path input : DatasetFiles.inputsOf(dataset, read.dataset())) {
            SourceStamp first = SourceStamp.stat(input);
            if (first == null || (sources.isEmpty() && !first.sameSizeAndTime(before))) {
                return false;
            }
            long crc = SourceStamp.crc32c(input);
            if (!first.sameSizeAndTime(SourceStamp.stat(input)) || cancelled.getAsBoolean()) {
                return false;
            }
            sources.add(first.withCrc(crc));
        }
        Header header = new Header(codeStamp(), groups.name(), read.file(), sources);
        Files.createDirectories(folder);
        Path target = snapshotFile(dataset);
        try {
            AtomicFiles.write(target, out -> {
                CRC32C crc = new CRC32C();
                LimitedOutputStream limited = new LimitedOutputStream(out, MAX_SNAPSHOT - TRAILER);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(limited, crc), 1 << 16));
                data.write(MAGIC);
                data.writeInt(FORMAT);
                header.write(data);
                SnapshotCodec.write(read, data, cancelled);
                if (columns == null || columns.size() == 0) {
                    data.writeByte(0);
                } else {
                    data.writeByte(1);
                    columns.write(data);
                }
                data.flush();
                DataOutputStream trailer = new DataOutputStream(out);
                trailer.writeLong(limited.count);
                trailer.writeInt((int) crc.getValue());
                trailer.flush();
            });
        } catch (SnapshotCodec.NotSnapshottableException | SnapshotCodec.CancelledException e) {
            return false;
        }
        prune(target);
        return true;
    }

    /** Removes every snapshot in the folder; true when the folder holds none afterwards. */
    public boolean clear() {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        boolean all = true;
        for (Path snapshot : snapshots()) {
            all &= discard(snapshot);
        }
        return all;
    }

    private List<Path> snapshots() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Keeps the folder under its limit, the snapshots used least recently going first (never {@code kept}). */
    private void prune(Path kept) {
        record Entry(Path file, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Path snapshot : snapshots()) {
            try {
                entries.add(new Entry(snapshot, Files.size(snapshot), Files.getLastModifiedTime(snapshot).toMillis()));
            } catch (IOException e) {
                // Gone meanwhile (another instance pruned it).
            }
        }
        entries.sort(Comparator.comparingLong(Entry::used).reversed());
        long total = 0;
        for (Entry entry : entries) {
            total += entry.size();
            if (total > maxBytes && !entry.file().equals(kept)) {
                discard(entry.file());
            }
        }
    }

    private static boolean discard(Path snapshot) {
        try {
            Files.deleteIfExists(snapshot);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sameContent(List<SourceStamp> sources) {
        try {
            for (SourceStamp source : sources) {
                Path file = Path.of(source.path());
                if (SourceStamp.crc32c(file) != source.crc() || !source.sameSizeAndTime(SourceStamp.stat(file))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long crc(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private static String codeStamp;

    /**
     * Which build of Sourceline reads and writes snapshots: its version and the size and time of
     * the jar (or of the reader's class file when run from a classes folder), so that a snapshot
     * made by another build, whose reader may have read the JSON differently, is not used.
     */
    static synchronized String codeStamp() {
        if (codeStamp == null) {
            String where;
            try {
                Path code = Path.of(DatasetReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    code = code.resolve(DatasetReader.class.getName().replace('.', '/') + ".class");
                }
                where = code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                where = "unknown";
            }
            codeStamp = Version.get() + " " + where;
        }
        return codeStamp;
    }

    /** The key of a snapshot: what must be unchanged for it to serve. */
    private record Header(String codeStamp, String groups, String name, List<SourceStamp> sources) {
        void write(DataOutputStream out) throws IOException {
            out.writeUTF(codeStamp);
            out.writeUTF(groups);
            out.writeUTF(name);
            out.writeInt(sources.size());
            for (SourceStamp source : sources) {
                out.writeUTF(source.path());
                out.writeLong(source.size());
                out.writeLong(source.modified());
                out.writeLong(source.crc());
            }
        }

        /** Reads a header from the buffer's position on; null when it is malformed. */
        static Header read(ByteBuffer buffer) {
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.InputStream() {
                @Override
                public int read() {
                    return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
                }
            });
            try {
                String codeStamp = in.readUTF();
                String groups = in.readUTF();
                String name = in.readUTF();
                int count = in.readInt();
                if (count < 0 || count > 1 << 16) {
                    return null;
                }
                List<SourceStamp> sources = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    sources.add(new SourceStamp(in.readUTF(), in.readLong(), in.readLong(), in.readLong()));
                }
                return new Header(codeStamp, groups, name, sources);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** Counts bytes and refuses to write more than a snapshot may hold. */
    private static final class LimitedOutputStream extends FilterOutputStream {
        private final long limit;
        long count;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            grow(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            grow(len);
            out.write(b, off, len);
        }

        private void grow(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new SnapshotCodec.NotSnapshottableException("too big for a snapshot");
            }
        }
    }
}
