package dev.chargeback.archive.internal;

import dev.chargeback.archive.ArchiveException;
import dev.chargeback.archive.InputArchive;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import static dev.chargeback.db.Tables.INPUT_ARCHIVE;
import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;
import static dev.chargeback.db.Sequences.INPUT_ARCHIVE_ATTEMPT;

/**
 * The archive in the database: a file's compressed bytes ({@link Compression}) as numbered chunks ({@link Compressor},
 * on a thread of its own, hands them over as they fill), committed a few at a time ({@link #perCommit}), then its
 * header
 * row, which makes the file archived and names its chunks (sql/V010); read back chunk by chunk ({@link ChunkInput})
 * with the compression its row names, after a first pass that checks the whole file against its hash.
 */
final class ArchiveStore implements InputArchive {
    /**
     * Chunks per transaction (see sql/V010: H2 then never holds tens of MB uncommitted). On H2 512 KiB: a commit there
     * writes what it made committed, and H2 wrote a larger transaction's chunks twice, once as its buffer filled and
     * again at the commit (archiving a 3M-row file, two interleaved rounds of two months: 4 MiB 0.8 s each, 1 MiB
     * 0.6-0.7 s, 512 KiB 0.5-0.6 s, 256 KiB 0.4-0.6 s). On PostgreSQL, where each commit waits for the write-ahead
     * log to reach the disk, 4 MiB.
     */
    private final int perCommit;
    /** An attempt's chunks are numbered from attempt x 2^24 + 1 (sql/V010): at most 2^24 chunks, 4 TiB stored. */
    private static final int ATTEMPT_SHIFT = 24;
    private static final int MAX_CHUNKS = 1 << ATTEMPT_SHIFT;

    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Compression compression;

    ArchiveStore(DSLContext db, PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.compression = Compression.forWriting();
        this.perCommit = db.dialect().family() == org.jooq.SQLDialect.H2 ? 2 : 16;
    }

    @Override
    public boolean keep(String sha256, Path file) {
        if (find(sha256).isPresent()) {
            return false;
        }
        long first = (db.nextval(INPUT_ARCHIVE_ATTEMPT) << ATTEMPT_SHIFT) + 1;
        Stored stored = storeChunks(sha256, file, first);
        try {
            transaction.executeWithoutResult(status -> db.insertInto(INPUT_ARCHIVE)
                    .set(INPUT_ARCHIVE.FILE_SHA256, sha256).set(INPUT_ARCHIVE.SIZE_BYTES, stored.read().size())
                    .set(INPUT_ARCHIVE.STORED_BYTES, stored.bytes()).set(INPUT_ARCHIVE.CHUNK_COUNT, stored.chunks())
                    .set(INPUT_ARCHIVE.FIRST_CHUNK_NO, first).set(INPUT_ARCHIVE.COMPRESSION, compression.word())
                    .set(INPUT_ARCHIVE.ARCHIVED_AT, OffsetDateTime.now(clock)).execute());
            return true;
        } catch (DataAccessException e) {
            if (find(sha256).isPresent()) { // another run archived the same file at the same moment
                return false;
            }
            throw e;
        }
    }

    /** What an attempt stored: the file as read (its hash and size), its chunks and their bytes. */
    private record Stored(Compressor.Read read, int chunks, long bytes) {
    }

    /**
     * Writes the file's compressed chunks, numbered from {@code first}, {@link #perCommit} to a transaction; refused
     * when the bytes read do not have the hash the import recorded (the chunks written then belong to no file).
     */
    private Stored storeChunks(String sha256, Path file, long first) {
        Chunks chunks = new Chunks(sha256, file, first);
        Compressor.Read read;
        try (Compressor compressor = new Compressor(file, compression)) {
            while (Boolean.TRUE.equals(transaction.execute(status -> chunks.writeSome(compressor)))) {
                // each transaction wrote and committed up to perCommit chunks
            }
            read = compressor.read();
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) { // the compressor's failure, from inside a transaction
            throw unreadable(file, e.getCause());
        }
        if (!read.sha256().equals(sha256)) {
            throw new ArchiveException("cannot archive " + file + ": its SHA-256 is now " + read.sha256() + ", not the "
                    + sha256 + " the import recorded; the file changed during the run. Run again");
        }
        return new Stored(read, chunks.count, chunks.bytes);
    }

    /** One attempt's chunks as they are written: how many, and their bytes. */
    private final class Chunks {
        private final String sha256;
        private final Path file;
        private final long first;
        private int count;
        private long bytes;

        Chunks(String sha256, Path file, long first) {
            this.sha256 = sha256;
            this.file = file;
            this.first = first;
        }

        /** Writes up to {@link #perCommit} chunks; false once the compressor has handed over its last. */
        boolean writeSome(Compressor compressor) {
            for (int i = 0; i < perCommit; i++) {
                byte[] chunk = next(compressor);
                if (chunk == null) {
                    return false;
                }
                if (count == MAX_CHUNKS) {
                    throw new ArchiveException("cannot archive " + file + ": it compresses to more than " + MAX_CHUNKS
                            + " chunks of " + ChunkOutput.CHUNK + " bytes");
                }
                db.insertInto(INPUT_ARCHIVE_CHUNK).set(INPUT_ARCHIVE_CHUNK.FILE_SHA256, sha256)
                        .set(INPUT_ARCHIVE_CHUNK.CHUNK_NO, first + count).set(INPUT_ARCHIVE_CHUNK.DATA, chunk)
                        .execute();
                count++;
                bytes += chunk.length;
            }
            return true;
        }
    }

    private static RuntimeException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ArchiveException("cannot archive " + file + ": the file is gone (it was read by the import a"
                    + " moment ago)", e);
        }
        return new UncheckedIOException("cannot archive " + file + ": " + e.getMessage(), e);
    }

    private static byte[] next(Compressor compressor) {
        try {
            return compressor.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean writesAlongside() {
        return db.dialect().family() != org.jooq.SQLDialect.H2;
    }

    @Override
    public Holdings holdings() {
        var files = db.select(DSL.count(), DSL.coalesce(DSL.sum(INPUT_ARCHIVE.SIZE_BYTES), BigDecimal.ZERO),
                DSL.coalesce(DSL.sum(INPUT_ARCHIVE.STORED_BYTES), BigDecimal.ZERO)).from(INPUT_ARCHIVE).fetchSingle();
        var file = INPUT_ARCHIVE.as("file");
        int stray = db.fetchCount(db.select(INPUT_ARCHIVE_CHUNK.FILE_SHA256, INPUT_ARCHIVE_CHUNK.CHUNK_NO)
                .from(INPUT_ARCHIVE_CHUNK).whereNotExists(DSL.selectOne().from(file)
                        .where(file.FILE_SHA256.eq(INPUT_ARCHIVE_CHUNK.FILE_SHA256),
                                INPUT_ARCHIVE_CHUNK.CHUNK_NO.between(file.FIRST_CHUNK_NO,
                                        file.FIRST_CHUNK_NO.plus(file.CHUNK_COUNT).minus(1L)))));
        return new Holdings(files.value1(), files.value2().longValueExact(), files.value3().longValueExact(), stray);
    }

    @Override
    public Optional<ArchivedFile> find(String sha256) {
        return db.selectFrom(INPUT_ARCHIVE).where(INPUT_ARCHIVE.FILE_SHA256.eq(sha256))
                .fetchOptional(r -> new ArchivedFile(r.getFileSha256(), r.getSizeBytes(), r.getStoredBytes(),
                        r.getFirstChunkNo(), r.getChunkCount(), r.getCompression()));
    }

    @Override
    public InputStream open(String sha256) {
        ArchivedFile file = find(sha256).orElseThrow(() -> new ArchiveException("the input archive holds no file "
                + "with SHA-256 " + sha256 + " (runs posted before the archive existed have none)"));
        Compression stored;
        try {
            stored = Compression.named(file.compression()).readable();
        } catch (ArchiveException e) {
            throw new ArchiveException("cannot read the archived file " + sha256 + ": " + e.getMessage(), e);
        }
        check(file, stored);
        try {
            return inflated(file, stored);
        } catch (IOException e) {
            throw new ArchiveException(refusal(file, "its stored bytes cannot be read back (" + e.getMessage()
                    + ")"), e);
        }
    }

    /** Reads the whole stored file once, refusing it when its chunks, size or hash are not what was archived. */
    private void check(ArchivedFile file, Compression stored) {
        var digest = Sha256Digest.create();
        long size;
        try (InputStream in = new DigestInputStream(inflated(file, stored), digest)) {
            size = in.transferTo(OutputSink.NOWHERE);
        } catch (IOException | ArchiveException e) {
            throw new ArchiveException(refusal(file, "its stored bytes cannot be read back (" + e.getMessage()
                    + ")"), e);
        }
        String found = HexFormat.of().formatHex(digest.digest());
        if (!found.equals(file.sha256()) || size != file.sizeBytes()) {
            throw new ArchiveException(refusal(file, "its stored bytes have SHA-256 " + found + " and " + size
                    + " bytes (expected " + file.sizeBytes() + ")"));
        }
    }

    private static String refusal(ArchivedFile file, String what) {
        return "the archived file " + file.sha256() + " does not match its hash: " + what
                + "; the archive was altered, and the file is not used";
    }

    private InputStream inflated(ArchivedFile file, Compression stored) throws IOException {
        return stored.decompressing(new ChunkInput(db, file.sha256(), file.firstChunk(), file.chunks()));
    }
}
