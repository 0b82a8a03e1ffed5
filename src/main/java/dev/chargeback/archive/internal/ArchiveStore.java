package dev.chargeback.archive.internal;

import dev.chargeback.archive.ArchiveException;
import dev.chargeback.archive.InputArchive;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import static dev.chargeback.db.Tables.INPUT_ARCHIVE;
import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;

/**
 * The archive in the database: a file's compressed bytes ({@link Compression}) as numbered chunks ({@link Compressor},
 * on a thread of its own, hands them over as they fill), then its header row, in one transaction; read back chunk by
 * chunk ({@link ChunkInput}) with the compression its row names, after a first pass that checks the whole file
 * against its hash.
 */
final class ArchiveStore implements InputArchive {
    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Compression compression;

    ArchiveStore(DSLContext db, PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.compression = Compression.forWriting();
    }

    @Override
    public boolean keep(String sha256, Path file) {
        if (find(sha256).isPresent()) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> store(sha256, file));
            return true;
        } catch (DataAccessException e) {
            if (find(sha256).isPresent()) { // another run archived the same file at the same moment
                return false;
            }
            throw e;
        }
    }

    private void store(String sha256, Path file) {
        Compressor.Read read;
        int count = 0;
        long stored = 0;
        try (Compressor compressor = new Compressor(file, compression)) {
            for (byte[] chunk = compressor.next(); chunk != null; chunk = compressor.next()) {
                db.insertInto(INPUT_ARCHIVE_CHUNK).set(INPUT_ARCHIVE_CHUNK.FILE_SHA256, sha256)
                        .set(INPUT_ARCHIVE_CHUNK.CHUNK_NO, ++count).set(INPUT_ARCHIVE_CHUNK.DATA, chunk).execute();
                stored += chunk.length;
            }
            read = compressor.read();
        } catch (NoSuchFileException e) {
            throw new ArchiveException("cannot archive " + file + ": the file is gone (it was read by the import a"
                    + " moment ago)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file + ": " + e.getMessage(), e);
        }
        if (!read.sha256().equals(sha256)) {
            throw new ArchiveException("cannot archive " + file + ": its SHA-256 is now " + read.sha256() + ", not the "
                    + sha256 + " the import recorded; the file changed during the run. Run again");
        }
        db.insertInto(INPUT_ARCHIVE).set(INPUT_ARCHIVE.FILE_SHA256, sha256).set(INPUT_ARCHIVE.SIZE_BYTES, read.size())
                .set(INPUT_ARCHIVE.STORED_BYTES, stored).set(INPUT_ARCHIVE.CHUNK_COUNT, count)
                .set(INPUT_ARCHIVE.COMPRESSION, compression.word())
                .set(INPUT_ARCHIVE.ARCHIVED_AT, OffsetDateTime.now(clock)).execute();
    }

    @Override
    public boolean writesAlongside() {
        return db.dialect().family() != org.jooq.SQLDialect.H2;
    }

    @Override
    public Optional<ArchivedFile> find(String sha256) {
        return db.selectFrom(INPUT_ARCHIVE).where(INPUT_ARCHIVE.FILE_SHA256.eq(sha256))
                .fetchOptional(r -> new ArchivedFile(r.getFileSha256(), r.getSizeBytes(), r.getStoredBytes(),
                        r.getChunkCount(), r.getCompression()));
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
        return stored.decompressing(new ChunkInput(db, file.sha256(), file.chunks()));
    }
}
