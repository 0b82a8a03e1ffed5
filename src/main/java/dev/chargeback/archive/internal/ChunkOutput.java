package dev.chargeback.archive.internal;

import org.jooq.DSLContext;

import java.io.OutputStream;
import java.util.Arrays;

import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;

/** Compressed bytes of one file, inserted as numbered chunks of {@link #CHUNK} bytes as they come. */
final class ChunkOutput extends OutputStream {
    /** 256 KiB: small enough for any database row, large enough that a 200 MB file is a few hundred rows. */
    static final int CHUNK = 1 << 18;

    private final DSLContext db;
    private final String sha256;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private int count;
    private long stored;

    ChunkOutput(DSLContext db, String sha256) {
        this.db = db;
        this.sha256 = sha256;
    }

    @Override
    public void write(int b) {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, CHUNK - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == CHUNK) {
                flushChunk();
            }
        }
    }

    @Override
    public void close() {
        if (filled > 0 || count == 0) {
            flushChunk();
        }
    }

    private void flushChunk() {
        db.insertInto(INPUT_ARCHIVE_CHUNK).set(INPUT_ARCHIVE_CHUNK.FILE_SHA256, sha256)
                .set(INPUT_ARCHIVE_CHUNK.CHUNK_NO, ++count)
                .set(INPUT_ARCHIVE_CHUNK.DATA, Arrays.copyOf(buffer, filled)).execute();
        stored += filled;
        filled = 0;
    }

    int count() {
        return count;
    }

    long storedBytes() {
        return stored;
    }
}
